// Each translation (Korean, Simplified Chinese, Japanese) covers what the
// windows show: with it installed, the main window, a connection page in each
// of its views and the connection editor show no English words beyond
// technical names. English still shows English, with its plurals; core's
// sentences are translated too, and no .ts file leaves a message unfinished.
#include "connectioneditor.h"
#include "connectionpage.h"
#include "mainwindow.h"
#include "payload/numericvalue.h"
#include "payload/payloadformat.h"
#include "mqtt/packetdecoder.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "mqtt/topic.h"
#include "translation.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QRegularExpression>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QXmlStreamReader>

using namespace Signalbox;

namespace {

// Words that stay as they are in every language: protocol, format and product
// names, units, MQTT's own option names, and example topics, hosts and paths.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"MQTT",       "QoS",   "JSON",      "CBOR",      "MessagePack", "Base",     "Hex",     "TLS",
              "SSL",        "URL",   "WebSocket", "SYS",       "UTF",         "PNG",      "CSV",     "EMQX",
              "KiB",        "MiB",   "GiB",       "Signalbox", "signalbox",   "Ctrl",     "Enter",   "PEM",
              "SNI",        "ALPN",  "UUID",      "MAC",       "AUTH",        "CONNECT",  "PUBLISH", "SCRAM",
              "SHA",        "mqtt",  "mqtts",     "wss",       "Mosquitto",   "HiveMQ",   "Eclipse", "IoT",
              "Flespi",     "DIoTY", "Fluux",     "temp",      "Sparkplug",   "Protobuf", "Avro",    "Schema",
              "JavaScript", "NCMD",  "NBIRTH",    "DBIRTH",    "NDEATH",      "DDEATH",   "STATE",   "bdSeq",
              "Rebirth",    "Node",  "Control",   "NDATA",     "DDATA",       "PSK",      "OpenSSL", "unix"})
            set.insert(QLatin1String(w));
        return set;
    }();
    return words;
}

QStringList englishWords(const QString &text)
{
    static const QStringList names{QStringLiteral("Payload Format Indicator"), QStringLiteral("No Local"),
                                   QStringLiteral("Retain As Published"), QStringLiteral("JSON Lines"),
                                   QStringLiteral("(MQTT Dashboard)")};
    // broker.example.com, data.values[0], sensors/+/temp, application/json
    static const QRegularExpression example(QStringLiteral("[\\w$-]+(?:[./][\\w+#$:/-]+|\\[\\d+\\])+"));
    static const QRegularExpression word(QStringLiteral("[A-Za-z]{3,}"));
    QString rest = text;
    for (const QString &name : names)
        rest.remove(name);
    rest.remove(example);
    QStringList found;
    for (auto it = word.globalMatch(rest); it.hasNext();) {
        const QString w = it.next().captured();
        if (!allowedWords().contains(w))
            found.append(w);
    }
    return found;
}

void addMenuTexts(const QMenu *menu, QStringList &texts)
{
    if (menu->objectName() == QLatin1String("languageMenu"))
        return; // language names are in their own language on purpose
    texts.append(menu->title());
    for (const QAction *a : menu->actions()) {
        if (a->menu())
            addMenuTexts(a->menu(), texts);
        else if (!a->isSeparator())
            texts.append(a->text());
    }
}

// Every text the user can read in `root` now: widgets that are visible, their
// tool tips, tab titles, combo box entries, placeholders and column headers.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *w : std::as_const(widgets)) {
        if (!w->isVisible())
            continue;
        texts.append(w->toolTip());
        if (auto *label = qobject_cast<QLabel *>(w))
            texts.append(label->text());
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts.append(button->text());
        else if (auto *box = qobject_cast<QGroupBox *>(w))
            texts.append(box->title());
        else if (auto *tabs = qobject_cast<QTabBar *>(w))
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        else if (auto *edit = qobject_cast<QLineEdit *>(w))
            texts.append(edit->placeholderText());
        else if (auto *combo = qobject_cast<QComboBox *>(w))
            for (int i = 0; i < combo->count(); ++i)
                texts.append(combo->itemText(i));
        else if (auto *header = qobject_cast<QHeaderView *>(w); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    texts.append(header->model()->headerData(i, header->orientation()).toString());
            }
        } else if (auto *menuBar = qobject_cast<QMenuBar *>(w)) {
            for (const QAction *a : menuBar->actions()) {
                if (a->menu())
                    addMenuTexts(a->menu(), texts);
            }
        }
    }
    texts.removeAll(QString());
    return texts;
}

// The languages other than English, as rows of a data-driven test.
void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    for (const QString &code : availableLanguages()) {
        if (code != QLatin1String("en"))
            QTest::newRow(qPrintable(code)) << code;
    }
}

// Letters only this language's text has: Hangul, Chinese characters, kana.
QRegularExpression scriptOf(const QString &language)
{
    if (language == QLatin1String("ko"))
        return QRegularExpression(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    if (language == QLatin1String("ja"))
        return QRegularExpression(QStringLiteral("[\\x{3040}-\\x{30FF}]"));
    return QRegularExpression(QStringLiteral("[\\x{4E00}-\\x{9FFF}]"));
}

// A message of a .ts file: where it is looked up, and whether it is done.
struct TsMessage
{
    QString context, source, comment;
    bool plural = false, finished = false;
};

// The messages of translations/<file>, or none when it cannot be read.
QList<TsMessage> readTs(const QString &file)
{
    QFile f(QStringLiteral(SIGNALBOX_TRANSLATIONS_DIR "/") + file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    QList<TsMessage> messages;
    QString context;
    TsMessage m;
    QXmlStreamReader xml(&f);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == QLatin1String("message"))
            messages.append(m);
        if (!xml.isStartElement())
            continue;
        const auto name = xml.name();
        if (name == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (name == QLatin1String("message")) {
            m = TsMessage{context, {}, {}, xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes")};
        } else if (name == QLatin1String("source")) {
            m.source = xml.readElementText();
        } else if (name == QLatin1String("comment")) {
            m.comment = xml.readElementText();
        } else if (name == QLatin1String("translation")) {
            // type="unfinished", "vanished" or "obsolete" all mean not shown as it is
            const bool typed = !xml.attributes().value(QLatin1String("type")).isEmpty();
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            m.finished = !typed && !text.trimmed().isEmpty();
        } else if (name == QLatin1String("location") || name == QLatin1String("extracomment")) {
            xml.skipCurrentElement();
        }
    }
    return xml.hasError() ? QList<TsMessage>() : messages;
}

QStringList offenders(const QStringList &texts)
{
    QStringList bad;
    for (const QString &text : texts)
        if (!englishWords(text).isEmpty() && !bad.contains(text))
            bad.append(text);
    return bad;
}

} // namespace

class TestTranslation : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    // Texts of the main window in each connection view, and of the editor.
    // With switchTo, the window is made in the language installed now and
    // switched to switchTo from its Language menu once a connection is open,
    // as a person would: every text must follow.
    QStringList walk(const QString &what, const QString &switchTo = {})
    {
        ProfileStore profiles(m_dir.filePath(what + switchTo + QStringLiteral(".json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        QStringList texts;
        if (switchTo.isEmpty())
            texts = visibleTexts(&window); // no connection chosen yet

        ConnectionProfile p;
        p.name = QStringLiteral("시험");
        p.host = QStringLiteral("127.0.0.1");
        p.port = 1;
        p.version = ProtocolVersion::V5;
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        if (!page)
            return {};
        if (!switchTo.isEmpty()) {
            auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
            const QList<QAction *> actions = menu ? menu->actions() : QList<QAction *>();
            const auto chosen = std::find_if(actions.cbegin(), actions.cend(), [&switchTo](const QAction *a) {
                return a->text() == languageName(switchTo);
            });
            if (chosen == actions.cend())
                return {};
            (*chosen)->trigger();
            QApplication::processEvents(); // the LanguageChange events
            QApplication::processEvents(); // and what they deferred
            window.showWelcome();
            QApplication::processEvents();
            texts += visibleTexts(&window);
            window.openProfile(page->profile().id);
        }
        for (auto view : {ConnectionPage::View::Messages, ConnectionPage::View::Topics, ConnectionPage::View::Traffic,
                          ConnectionPage::View::Charts, ConnectionPage::View::Retained, ConnectionPage::View::Broker,
                          ConnectionPage::View::Sparkplug}) {
            page->showView(view);
            QApplication::processEvents();
            texts += visibleTexts(&window);
        }
        page->showPacketInspector();
        QApplication::processEvents();
        texts += visibleTexts(&window);

        ConnectionEditor editor(page->profile(), &window);
        editor.show();
        QApplication::processEvents();
        const QList<QTabWidget *> tabWidgets = editor.findChildren<QTabWidget *>();
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                QApplication::processEvents();
                texts += visibleTexts(&editor);
            }
        }
        texts += visibleTexts(&editor);
        return texts;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("ko"), QStringLiteral("zh_CN"),
                                                    QStringLiteral("ja")}));
        QCOMPARE(languageName(QStringLiteral("ko")), QStringLiteral("한국어"));
        QCOMPARE(languageName(QStringLiteral("zh_CN")), QStringLiteral("简体中文"));
        QCOMPARE(languageName(QStringLiteral("ja")), QStringLiteral("日本語"));
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

    // The system's locale picks the language: Simplified Chinese in any of its
    // names, Traditional Chinese (which we do not have) English.
    void systemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("expected");
        QTest::newRow("ko_KR") << "ko_KR"
                               << "ko";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "zh_CN";
        QTest::newRow("zh-Hans") << "zh-Hans"
                                 << "zh_CN";
        QTest::newRow("zh_SG") << "zh_SG"
                               << "zh_CN";
        QTest::newRow("zh") << "zh"
                            << "zh_CN";
        QTest::newRow("zh_TW") << "zh_TW"
                               << "en";
        QTest::newRow("zh_HK") << "zh_HK"
                               << "en";
        QTest::newRow("zh-Hant") << "zh-Hant"
                                 << "en";
        QTest::newRow("ja_JP") << "ja_JP"
                               << "ja";
        QTest::newRow("en_US") << "en_US"
                               << "en";
        QTest::newRow("de_DE") << "de_DE"
                               << "en";
    }

    void systemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, expected);
        QCOMPARE(languageFor(QLocale(locale)), expected);
    }

    void languageSetting()
    {
        QSettings().remove(QStringLiteral("language"));
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("system"));
        setLanguageSetting(QStringLiteral("ko"));
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("ko"));
        setLanguageSetting(QStringLiteral("xx"));
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("system"));
        QSettings().remove(QStringLiteral("language"));
        QVERIFY(!installTranslations(QStringLiteral("xx")));
    }

    // View ▸ Language stores the choice for the next start and says so.
    void languageMenu()
    {
        QSettings().remove(QStringLiteral("language"));
        ProfileStore profiles(m_dir.filePath(QStringLiteral("menu.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        auto *menu = window.findChild<QMenu *>(QStringLiteral("languageMenu"));
        QVERIFY(menu);
        QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 5); // System (…), English, 한국어, 简体中文, 日本語
        QVERIFY(actions.at(0)->isChecked());
        QVERIFY2(!actions.at(0)->text().contains(QLatin1String("()")), qPrintable(actions.at(0)->text()));
        QCOMPARE(actions.at(2)->text(), QStringLiteral("한국어"));
        QCOMPARE(actions.at(3)->text(), QStringLiteral("简体中文"));
        QCOMPARE(actions.at(4)->text(), QStringLiteral("日本語"));
        actions.at(3)->trigger();
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("zh_CN"));
        actions.at(2)->trigger();
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("ko"));
        // At once, without a restart: the menus are made again in Korean.
        QTRY_VERIFY(window.menuBar()->actions().constFirst()->text().contains(QStringLiteral("파일")));
        // The menu was made again: its entries are new ones (the old menu goes later).
        menu = window.findChildren<QMenu *>(QStringLiteral("languageMenu")).constLast();
        actions = menu->actions();
        actions.at(0)->trigger();
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("system"));
    }

    void translated_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("subscribe");
        QTest::addColumn<QString>("emptyTopic");
        QTest::addColumn<QString>("jsonPath");
        QTest::addColumn<QString>("base64");
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("cborStart");
        QTest::addColumn<QString>("cbor");
        QTest::addColumn<QString>("connections");
        QTest::addColumn<QString>("cancel"); // Qt's own, from qtbase_<lang>.qm
        QTest::newRow("ko") << "ko"
                            << "구독"
                            << "토픽 이름은 비어 있을 수 없습니다."
                            << "JSON 경로는 '.'로 끝날 수 없습니다."
                            << "올바른 Base64 텍스트가 아닙니다."
                            << "줄 1, 열 1(바이트 0)에 잘못된 JSON이 있습니다: JSON 값이 필요한데 아무것도 없습니다."
                            << "바이트 "
                            << "잘못된 CBOR"
                            << "연결 3개"
                            << "취소";
        QTest::newRow("zh_CN") << "zh_CN"
                               << "订阅"
                               << "主题名不能为空。"
                               << "JSON 路径不能以“.”结尾。"
                               << "该文本不是有效的 Base64。"
                               << "第 1 行第 1 列（字节 0）处的 JSON 无效：应为 JSON 值，但什么也没有。"
                               << "字节 "
                               << "CBOR 无效"
                               << "3 个连接"
                               << "取消";
        QTest::newRow("ja") << "ja"
                            << "購読"
                            << "トピック名は空にできません。"
                            << "JSON パスは「.」で終わることはできません。"
                            << "テキストが有効な Base64 ではありません。"
                            << "1 行 1 列（バイト 0）の JSON が無効です：JSON の値が必要ですが、何もありません。"
                            << "バイト "
                            << "CBOR が無効"
                            << "3 件の接続"
                            << "キャンセル";
    }

    void translated()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(language));
        const QStringList texts = walk(language);
        QVERIFY(texts.size() > 100);
        QFETCH(QString, subscribe);
        QVERIFY2(texts.contains(subscribe), qPrintable(texts.join(QStringLiteral(" | "))));
        if (qEnvironmentVariableIsSet("SIGNALBOX_DUMP_TEXTS"))
            qInfo().noquote() << texts.join(u'\n');
        const QStringList bad = offenders(texts);
        if (!bad.isEmpty()) // QVERIFY2 cuts its message short
            qInfo().noquote() << bad.join(u'\n');
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n%2").arg(bad.size()).arg(bad.join(u'\n'))));

        // core's sentences, including those of its file-local tr() helpers
        QFETCH(QString, emptyTopic);
        QCOMPARE(TopicName::validate(u"").value_or(QString()), emptyTopic);
        QString error;
        QVERIFY(!JsonPath::parse(u"a.", &error));
        QFETCH(QString, jsonPath);
        QCOMPARE(error, jsonPath);
        // payload/: payloadformat.cpp, json.cpp and binaryformats.cpp share the context Signalbox::PayloadFormat
        QVERIFY(!encodePayload(QStringLiteral("a$b"), PayloadFormat::Base64, &error));
        QFETCH(QString, base64);
        QCOMPARE(error, base64);
        QVERIFY(!encodePayload(QString(), PayloadFormat::Json, &error));
        QFETCH(QString, json);
        QCOMPARE(error, json);
        QFETCH(QString, cborStart);
        QFETCH(QString, cbor);
        const QString cborError = renderPayload(QByteArray::fromHex("a1"), PayloadFormat::Cbor).error;
        QVERIFY2(cborError.startsWith(cborStart) && cborError.contains(cbor), qPrintable(cborError));
        QFETCH(QString, connections);
        QCOMPARE(QCoreApplication::translate("Signalbox::ConnectionSidebar", "%n connection(s)", nullptr, 3),
                 connections);
        QFETCH(QString, cancel);
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), cancel);
    }

    // Every message of every language's .ts files is translated (none
    // unfinished, vanished or obsolete), the languages have the same messages,
    // and the .qm built into the program answers each of them.
    // A language chosen while the window is open reaches every text.
    void liveSwitch_data() { addLanguageRows(); }
    void liveSwitch()
    {
        QFETCH(QString, language);
        QVERIFY(installTranslations(QStringLiteral("en")));
        const QStringList texts = walk(QStringLiteral("live"), language);
        QVERIFY(texts.size() > 100);
        const QStringList bad = offenders(texts);
        if (!bad.isEmpty()) // QVERIFY2 cuts its message short
            qInfo().noquote() << bad.join(u'\n');
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n%2").arg(bad.size()).arg(bad.join(u'\n'))));
        QSettings().remove(QStringLiteral("language"));
    }

    void complete_data() { addLanguageRows(); }

    void complete()
    {
        QFETCH(QString, language);
        for (const QString &library : {QStringLiteral("signalbox_core"), QStringLiteral("signalbox_ui")}) {
            const QList<TsMessage> messages = readTs(library + u'_' + language + QStringLiteral(".ts"));
            const QList<TsMessage> korean = readTs(library + QStringLiteral("_ko.ts"));
            QVERIFY2(messages.size() > 100, qPrintable(library));
            QStringList unfinished;
            QSet<QString> keys, koreanKeys;
            const auto key = [](const TsMessage &m) -> QString { return m.context + u'|' + m.source + u'|' + m.comment; };
            for (const TsMessage &m : korean)
                koreanKeys.insert(key(m));
            QTranslator translator;
            QVERIFY(translator.load(QStringLiteral(":/i18n/%1_%2.qm").arg(library, language)));
            for (const TsMessage &m : messages) {
                keys.insert(key(m));
                const QString shown = translator.translate(qPrintable(m.context), qPrintable(m.source),
                                                           m.comment.isEmpty() ? nullptr : qPrintable(m.comment),
                                                           m.plural ? 2 : -1);
                if (!m.finished || shown.isEmpty())
                    unfinished.append(m.context + QStringLiteral(": ") + m.source);
            }
            QVERIFY2(unfinished.isEmpty(), qPrintable(QStringLiteral("%1 %2: %3 not translated:\n%4")
                                                          .arg(library, language)
                                                          .arg(unfinished.size())
                                                          .arg(unfinished.join(u'\n'))));
            QCOMPARE(keys, koreanKeys);
        }
    }

    // The decoder's reasons ("The broker sent a malformed packet: …") are translated whole.
    void decoderMessages_data() { addLanguageRows(); }

    void decoderMessages()
    {
        QFETCH(QString, language);
        const QByteArray tooLong = QByteArray::fromHex("30ffffffff01"); // a Remaining Length of five bytes
        const QByteArray cutShort = QByteArray::fromHex("3003000561"); // a topic name past the end
        const auto reason = [](const QByteArray &bytes) {
            PacketDecoder decoder;
            QList<Packet> packets;
            return decoder.feed(bytes, packets) ? QString() : decoder.error().message;
        };
        QVERIFY(installTranslations(language));
        const QRegularExpression script = scriptOf(language);
        for (const QByteArray &bytes : {tooLong, cutShort}) {
            const QString message = reason(bytes);
            QVERIFY2(message.contains(script), qPrintable(message));
            QVERIFY2(englishWords(message).isEmpty(), qPrintable(message));
        }
        QVERIFY(installTranslations(QStringLiteral("en")));
        QCOMPARE(reason(tooLong),
                 QStringLiteral("PUBLISH: the remaining length is not a valid variable byte integer."));
        QCOMPARE(reason(cutShort), QStringLiteral("PUBLISH: the topic name runs past the end of the packet."));
    }

    void english()
    {
        QVERIFY(installTranslations(QStringLiteral("en")));
        const QStringList texts = walk(QStringLiteral("en"));
        QVERIFY2(texts.contains(QStringLiteral("Subscribe")), qPrintable(texts.join(QStringLiteral(" | "))));
        QVERIFY(texts.contains(QStringLiteral("&Connection")));
        QVERIFY(!offenders(texts).isEmpty()); // the walk does see English
        QCOMPARE(TopicName::validate(u"").value_or(QString()), QStringLiteral("A topic name may not be empty."));
        QCOMPARE(QCoreApplication::translate("Signalbox::ConnectionSidebar", "%n connection(s)", nullptr, 1),
                 QStringLiteral("1 connection"));
        QCOMPARE(QCoreApplication::translate("Signalbox::ConnectionSidebar", "%n connection(s)", nullptr, 3),
                 QStringLiteral("3 connections"));
    }
};

QTEST_MAIN(TestTranslation)
#include "tst_translation.moc"
