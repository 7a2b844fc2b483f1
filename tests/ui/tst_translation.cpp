// The Korean translation covers what the windows show: with it installed, the
// main window, a connection page in each of its views and the connection
// editor show no English words beyond technical names. English still shows
// English, with its plurals; core's sentences are translated too.
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

using namespace Signalbox;

namespace {

// Words that stay as they are in every language: protocol, format and product
// names, units, MQTT's own option names, and example topics, hosts and paths.
const QSet<QString> &allowedWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> set;
        for (const char *w :
             {"MQTT",      "QoS",       "JSON",      "CBOR",    "MessagePack", "Base",  "Hex",   "TLS",   "SSL",
              "URL",       "WebSocket", "SYS",       "UTF",     "PNG",         "CSV",   "EMQX",  "KiB",   "MiB",
              "GiB",       "Signalbox", "signalbox", "Ctrl",    "Enter",       "PEM",   "SNI",   "ALPN",  "UUID",
              "MAC",       "AUTH",      "CONNECT",   "PUBLISH", "SCRAM",       "SHA",   "mqtt",  "mqtts", "wss",
              "Mosquitto", "HiveMQ",    "Eclipse",   "IoT",     "Flespi",      "DIoTY", "Fluux", "temp"})
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
    QStringList walk(const QString &what)
    {
        ProfileStore profiles(m_dir.filePath(what + QStringLiteral(".json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.resize(1400, 900);
        window.show();
        if (!QTest::qWaitForWindowExposed(&window))
            return {};
        QStringList texts = visibleTexts(&window); // no connection chosen yet

        ConnectionProfile p;
        p.name = QStringLiteral("시험");
        p.host = QStringLiteral("127.0.0.1");
        p.port = 1;
        p.version = ProtocolVersion::V5;
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        if (!page)
            return {};
        for (auto view : {ConnectionPage::View::Messages, ConnectionPage::View::Topics, ConnectionPage::View::Traffic,
                          ConnectionPage::View::Charts, ConnectionPage::View::Retained, ConnectionPage::View::Broker}) {
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
        QCOMPARE(availableLanguages(), QStringList({QStringLiteral("en"), QStringLiteral("ko")}));
        QCOMPARE(languageName(QStringLiteral("ko")), QStringLiteral("한국어"));
    }

    void cleanup() { installTranslations(QStringLiteral("en")); }

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
        const QList<QAction *> actions = menu->actions();
        QCOMPARE(actions.size(), 3); // System (…), English, 한국어
        QVERIFY(actions.at(0)->isChecked());
        QCOMPARE(actions.at(2)->text(), QStringLiteral("한국어"));
        actions.at(2)->trigger();
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("ko"));
        QVERIFY(!window.statusBar()->currentMessage().isEmpty());
        actions.at(0)->trigger();
        QCOMPARE(Signalbox::languageSetting(), QStringLiteral("system"));
    }

    void korean()
    {
        QVERIFY(installTranslations(QStringLiteral("ko")));
        const QStringList texts = walk(QStringLiteral("ko"));
        QVERIFY(texts.size() > 100);
        QVERIFY2(texts.contains(QStringLiteral("구독")), qPrintable(texts.join(QStringLiteral(" | "))));
        if (qEnvironmentVariableIsSet("SIGNALBOX_DUMP_TEXTS"))
            qInfo().noquote() << texts.join(u'\n');
        const QStringList bad = offenders(texts);
        QVERIFY2(bad.isEmpty(), qPrintable(QStringLiteral("%1 untranslated:\n%2").arg(bad.size()).arg(bad.join(u'\n'))));

        // core's sentences, including those of its file-local tr() helpers
        QCOMPARE(TopicName::validate(u"").value_or(QString()), QStringLiteral("토픽 이름은 비어 있을 수 없습니다."));
        QString error;
        QVERIFY(!JsonPath::parse(u"a.", &error));
        QCOMPARE(error, QStringLiteral("JSON 경로는 '.'로 끝날 수 없습니다."));
        // payload/: payloadformat.cpp, json.cpp and binaryformats.cpp share the context Signalbox::PayloadFormat
        QVERIFY(!encodePayload(QStringLiteral("a$b"), PayloadFormat::Base64, &error));
        QCOMPARE(error, QStringLiteral("올바른 Base64 텍스트가 아닙니다."));
        QVERIFY(!encodePayload(QString(), PayloadFormat::Json, &error));
        QCOMPARE(error, QStringLiteral(
                            "줄 1, 열 1(바이트 0)에 잘못된 JSON이 있습니다: JSON 값이 필요한데 아무것도 없습니다."));
        const QString cbor = renderPayload(QByteArray::fromHex("a1"), PayloadFormat::Cbor).error;
        QVERIFY2(cbor.startsWith(QStringLiteral("바이트 ")) && cbor.contains(QStringLiteral("잘못된 CBOR")),
                 qPrintable(cbor));
        QCOMPARE(QCoreApplication::translate("Signalbox::ConnectionSidebar", "%n connection(s)", nullptr, 3),
                 QStringLiteral("연결 3개"));
    }

    // The decoder's reasons ("The broker sent a malformed packet: …") are translated whole.
    void decoderMessages()
    {
        const QByteArray tooLong = QByteArray::fromHex("30ffffffff01"); // a Remaining Length of five bytes
        const QByteArray cutShort = QByteArray::fromHex("3003000561"); // a topic name past the end
        const auto reason = [](const QByteArray &bytes) {
            PacketDecoder decoder;
            QList<Packet> packets;
            return decoder.feed(bytes, packets) ? QString() : decoder.error().message;
        };
        QVERIFY(installTranslations(QStringLiteral("ko")));
        static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
        for (const QByteArray &bytes : {tooLong, cutShort}) {
            const QString message = reason(bytes);
            QVERIFY2(message.contains(hangul), qPrintable(message));
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
