#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>

namespace Signalbox {

// The languages Signalbox is translated into, as codes ("en", "ko", "zh_CN", "ja").
QStringList availableLanguages();
// A language's own name for itself ("English", "한국어", "简体中文", "日本語"); the code
// when unknown.
QString languageName(const QString &code);
// The first of `locale`'s UI languages that Signalbox has, or "en". Any Simplified
// Chinese (zh_CN, zh-Hans, zh_SG) gives "zh_CN"; Traditional Chinese (zh_TW, zh_HK)
// is not among them.
QString languageFor(const QLocale &locale);

// Installs the translations of `language` on the application: core's and ui's
// from :/i18n and Qt's own qtbase_<lang>.qm from QLibraryInfo::TranslationsPath
// when present. "" or "system" follows QLocale::system(). Replaces the
// translators an earlier call installed (widgets made before keep their text).
// A language chosen other than the system's also becomes QLocale's default.
// Returns whether our translations for the language were loaded (English
// needs none beyond plurals and loads them too); false leaves the source
// texts. Needs a QCoreApplication; main thread only.
bool installTranslations(const QString &language);

// The language chosen in the settings (QSettings "language"): a code from
// availableLanguages(), or "system" (the default).
QString languageSetting();
void setLanguageSetting(const QString &language);

} // namespace Signalbox
