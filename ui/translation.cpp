#include "translation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

#include <memory>
#include <vector>

namespace Signalbox {

namespace {

const QString SystemLanguage = QStringLiteral("system");

std::vector<std::unique_ptr<QTranslator>> &installed()
{
    static std::vector<std::unique_ptr<QTranslator>> translators;
    return translators;
}

} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("zh_CN"), QStringLiteral("ja")};
}

QString languageFor(const QLocale &locale)
{
    const QStringList available = availableLanguages();
    for (const QString &name : locale.uiLanguages()) {
        const QLocale ui(name);
        QString code = ui.name().section(QLatin1Char('_'), 0, 0);
        // Our Chinese is Simplified (zh_CN, zh-Hans, zh_SG); Traditional (zh_TW,
        // zh_HK, zh-Hant) readers get the next language they read, or English.
        if (ui.language() == QLocale::Chinese) {
            if (ui.script() != QLocale::SimplifiedHanScript)
                continue;
            code = QStringLiteral("zh_CN");
        }
        if (available.contains(code))
            return code;
    }
    return QStringLiteral("en");
}

QString languageName(const QString &code)
{
    if (code == QLatin1String("en"))
        return QStringLiteral("English");
    if (code == QLatin1String("ko"))
        return QStringLiteral("한국어");
    if (code == QLatin1String("zh_CN"))
        return QStringLiteral("简体中文");
    if (code == QLatin1String("ja"))
        return QStringLiteral("日本語");
    return code;
}

bool installTranslations(const QString &language)
{
    auto &translators = installed();
    for (const auto &translator : translators)
        QCoreApplication::removeTranslator(translator.get());
    translators.clear();

    const bool system = language.isEmpty() || language == SystemLanguage;
    const QString code = system ? languageFor(QLocale::system()) : language;
    if (!availableLanguages().contains(code))
        return false;
    // Sizes and dates say "bytes" or "바이트" through QLocale: they follow the
    // chosen language, and keep the system's formats when it speaks it (in the
    // same script: a zh_TW system choosing zh_CN gets Simplified Chinese's).
    const QLocale chosen(code);
    if (system || (QLocale::system().language() == chosen.language() && QLocale::system().script() == chosen.script()))
        QLocale::setDefault(QLocale::system());
    else
        QLocale::setDefault(chosen);

    bool ours = true;
    for (const QString &library : {QStringLiteral("signalbox_core"), QStringLiteral("signalbox_ui")}) {
        auto translator = std::make_unique<QTranslator>();
        if (translator->load(QStringLiteral(":/i18n/%1_%2.qm").arg(library, code))) {
            QCoreApplication::installTranslator(translator.get());
            translators.push_back(std::move(translator));
        } else {
            ours = false;
        }
    }
    auto qt = std::make_unique<QTranslator>();
    if (qt->load(chosen, QStringLiteral("qtbase"), QStringLiteral("_"),
                 QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt.get());
        translators.push_back(std::move(qt));
    }
    return ours;
}

QString languageSetting()
{
    const QString value = QSettings().value(QStringLiteral("language"), SystemLanguage).toString();
    return availableLanguages().contains(value) ? value : SystemLanguage;
}

void setLanguageSetting(const QString &language)
{
    QSettings().setValue(QStringLiteral("language"), availableLanguages().contains(language) ? language : SystemLanguage);
}

} // namespace Signalbox
