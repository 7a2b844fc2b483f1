// The window's command line (signalbox --help): what each option asks for,
// the one sentence a bad value gets, and the help, in English and in Korean.
#include "mqtt/topic.h"
#include "payload/numericvalue.h"
#include "startupoptions.h"
#include "translation.h"

#include <QRegularExpression>
#include <QDir>
#include <QTest>

using namespace Signalbox;

namespace {

// The program's name, then `line` split at spaces.
QStringList arguments(const char *line)
{
    return QStringList{QStringLiteral("signalbox")} + QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

std::optional<StartupOptions> parse(const QStringList &args, QString *error = nullptr)
{
    QString sentence;
    auto options = parseStartupOptions(args, &sentence);
    if (error)
        *error = sentence;
    else if (!options)
        qWarning("%s", qPrintable(sentence));
    return options;
}

// The sentence parsing `args` ends with; empty when it parses.
QString errorOf(const QStringList &args)
{
    QString error;
    return parse(args, &error) ? QString() : error;
}

} // namespace

class TestStartupOptions : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { installTranslations(QStringLiteral("en")); }

    void noOptions();
    void connection();
    void connectionName();
    void positionalUrl();
    void badUrl_data();
    void badUrl();
    void pageOptions();
    void view_data();
    void view();
    void unknownView();
    void plots();
    void badPlot_data();
    void badPlot();
    void screenshot();
    void badDelay_data();
    void badDelay();
    void parserErrors_data();
    void parserErrors();
    void helpAndVersion_data();
    void helpAndVersion();
    void helpText();
    void korean();
};

void TestStartupOptions::noOptions()
{
    const auto options = parse(arguments(""));
    QVERIFY(options);
    QCOMPARE(*options, StartupOptions());
    QVERIFY(!options->connection);
    QCOMPARE(options->screenshotDelayMs, 3000);
    QVERIFY(options->profilesFile.isEmpty());
}

void TestStartupOptions::connection()
{
    const auto options = parse(arguments("--connect mqtts://alice:pw@broker.example:8884 --profiles /tmp/p.json"));
    QVERIFY(options);
    QVERIFY(options->connection);
    const ConnectionProfile &profile = *options->connection;
    QCOMPARE(profile.scheme, TransportScheme::Tls);
    QCOMPARE(profile.host, QStringLiteral("broker.example"));
    QCOMPARE(profile.port, quint16(8884));
    QCOMPARE(profile.username, std::optional<QString>(QStringLiteral("alice")));
    QCOMPARE(profile.password, std::optional<QString>(QStringLiteral("pw")));
    QCOMPARE(profile.name, QStringLiteral("broker.example")); // the host without --connection-name
    QCOMPARE(profile.version, ProtocolVersion::V5);
    QCOMPARE(options->profilesFile, QStringLiteral("/tmp/p.json"));

    const auto ws = parse(arguments("--connect=ws://127.0.0.1:9001/ws"));
    QVERIFY(ws && ws->connection);
    QCOMPARE(ws->connection->scheme, TransportScheme::WebSocket);
    QCOMPARE(ws->connection->webSocketPath, QStringLiteral("/ws"));
}

void TestStartupOptions::connectionName()
{
    auto options = parse(arguments("--connect mqtt://localhost:1884 --connection-name Kitchen"));
    QVERIFY(options && options->connection);
    QCOMPARE(options->connection->name, QStringLiteral("Kitchen"));
    QCOMPARE(options->connection->port, quint16(1884));
    // without --connect there is nothing to name
    options = parse(arguments("--connection-name Kitchen"));
    QVERIFY(options);
    QVERIFY(!options->connection);
}

// `signalbox mqtt://host:port` is --connect without the word; one URL only.
void TestStartupOptions::positionalUrl()
{
    auto options = parse(arguments("wss://broker.example:8884/mqtt --connection-name Lab"));
    QVERIFY(options && options->connection);
    QCOMPARE(options->connection->scheme, TransportScheme::SecureWebSocket);
    QCOMPARE(options->connection->host, QStringLiteral("broker.example"));
    QCOMPARE(options->connection->port, quint16(8884));
    QCOMPARE(options->connection->name, QStringLiteral("Lab"));
    QString error;
    QVERIFY(!parseStartupOptions(arguments("mqtt://a mqtt://b"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!parseStartupOptions(arguments("mqtt://a --connect mqtt://b"), &error));
    QVERIFY(!parseStartupOptions(arguments("ftp://a"), &error));
    QVERIFY(startupHelpText().contains(QStringLiteral("[URL]")));
}

void TestStartupOptions::badUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::newRow("no host") << QStringLiteral("mqtt://");
    QTest::newRow("unknown scheme") << QStringLiteral("ftp://broker.example");
    QTest::newRow("port out of range") << QStringLiteral("mqtt://broker.example:70000");
}

// A bad --connect URL ends with the profile's own sentence, before any window.
void TestStartupOptions::badUrl()
{
    QFETCH(QString, url);
    QString expected;
    QVERIFY(!ConnectionProfile::fromUrl(url, &expected));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(errorOf({QStringLiteral("signalbox"), QStringLiteral("--connect"), url}), expected);
}

void TestStartupOptions::pageOptions()
{
    const auto options = parse(arguments("--connect mqtt://h --subscribe a/# --subscribe b/+ --chat --packets "
                                         "--scan-retained home/#"));
    QVERIFY(options);
    QCOMPARE(options->subscriptions, (QStringList{QStringLiteral("a/#"), QStringLiteral("b/+")}));
    QVERIFY(options->chat);
    QVERIFY(options->packets);
    QCOMPARE(options->scanRetained, QStringLiteral("home/#"));
    QVERIFY(!options->view);

    const auto none = parse(arguments("--connect mqtt://h"));
    QVERIFY(none);
    QVERIFY(none->subscriptions.isEmpty());
    QVERIFY(!none->chat && !none->packets);
    QVERIFY(none->scanRetained.isEmpty());
    QVERIFY(none->scriptFile.isEmpty());

    // --script: made absolute, so that the binding still finds it from elsewhere.
    const auto script = parse(arguments("--connect mqtt://h --subscribe a/# --script f.js --view sparkplug"));
    QVERIFY(script);
    QCOMPARE(script->scriptFile, QDir::current().absoluteFilePath(QStringLiteral("f.js")));
    QCOMPARE(script->view, ConnectionPage::View::Sparkplug);
}

void TestStartupOptions::view_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<ConnectionPage::View>("view");
    QTest::newRow("messages") << QStringLiteral("--view messages") << ConnectionPage::View::Messages;
    QTest::newRow("topics") << QStringLiteral("--view topics") << ConnectionPage::View::Topics;
    QTest::newRow("traffic") << QStringLiteral("--view traffic") << ConnectionPage::View::Traffic;
    QTest::newRow("charts") << QStringLiteral("--view=charts") << ConnectionPage::View::Charts;
    QTest::newRow("retained") << QStringLiteral("--view retained") << ConnectionPage::View::Retained;
    QTest::newRow("broker") << QStringLiteral("--view broker") << ConnectionPage::View::Broker;
    QTest::newRow("any case") << QStringLiteral("--view Traffic") << ConnectionPage::View::Traffic;
    QTest::newRow("--topics") << QStringLiteral("--topics") << ConnectionPage::View::Topics;
    QTest::newRow("--broker") << QStringLiteral("--broker") << ConnectionPage::View::Broker;
    QTest::newRow("--broker over --topics") << QStringLiteral("--topics --broker") << ConnectionPage::View::Broker;
    QTest::newRow("--view over --broker") << QStringLiteral("--broker --view charts") << ConnectionPage::View::Charts;
}

void TestStartupOptions::view()
{
    QFETCH(QString, line);
    QFETCH(ConnectionPage::View, view);
    const auto options = parse(arguments(qPrintable(QStringLiteral("--connect mqtt://h ") + line)));
    QVERIFY(options);
    QCOMPARE(options->view, std::optional<ConnectionPage::View>(view));
}

void TestStartupOptions::unknownView()
{
    const QString expected = QStringLiteral(
        "--view is one of: messages, topics, traffic, charts, retained, broker, sparkplug.");
    QCOMPARE(errorOf(arguments("--connect mqtt://h --view chart")), expected);
    QCOMPARE(errorOf(arguments("--view log")), expected);
}

void TestStartupOptions::plots()
{
    const auto options = parse({QStringLiteral("signalbox"), QStringLiteral("--connect"), QStringLiteral("mqtt://h"),
                                QStringLiteral("--plot"), QStringLiteral("sensors/+/temp"), QStringLiteral("--plot"),
                                QStringLiteral("imu|ax"), QStringLiteral("--plot=a/b| x.y[0]")});
    QVERIFY(options);
    // the path as given: the chart trims it
    QCOMPARE(options->plots, (QList<StartupPlot>{{QStringLiteral("sensors/+/temp"), QString()},
                                                 {QStringLiteral("imu"), QStringLiteral("ax")},
                                                 {QStringLiteral("a/b"), QStringLiteral(" x.y[0]")}}));
}

void TestStartupOptions::badPlot_data()
{
    QTest::addColumn<QString>("plot");
    QTest::addColumn<QString>("filter");
    QTest::addColumn<QString>("path");
    // MQTT 5.0 §4.7.1.2: '#' must be last
    QTest::newRow("# not last") << QStringLiteral("a/#/b") << QStringLiteral("a/#/b") << QString();
    QTest::newRow("empty filter") << QStringLiteral("|x") << QString() << QStringLiteral("x");
    QTest::newRow("path ends in .") << QStringLiteral("a/b|x.") << QStringLiteral("a/b") << QStringLiteral("x.");
}

// A plot is checked as the chart checks it, and fails with the chart's sentence.
void TestStartupOptions::badPlot()
{
    QFETCH(QString, plot);
    QFETCH(QString, filter);
    QFETCH(QString, path);
    QString expected = TopicFilter::validate(filter).value_or(QString());
    if (expected.isEmpty())
        QVERIFY(!JsonPath::parse(path, &expected));
    QVERIFY(!expected.isEmpty());
    QCOMPARE(errorOf({QStringLiteral("signalbox"), QStringLiteral("--plot"), plot}), expected);
}

void TestStartupOptions::screenshot()
{
    auto options = parse(arguments("--screenshot /tmp/w.png --screenshot-editor /tmp/e.png --screenshot-delay 0"));
    QVERIFY(options);
    QCOMPARE(options->screenshotFile, QStringLiteral("/tmp/w.png"));
    QCOMPARE(options->editorScreenshotFile, QStringLiteral("/tmp/e.png"));
    QCOMPARE(options->screenshotDelayMs, 0);
    options = parse(arguments("--screenshot /tmp/w.png"));
    QVERIFY(options);
    QCOMPARE(options->screenshotDelayMs, 3000);
    QVERIFY(options->editorScreenshotFile.isEmpty());
    options = parse(arguments("--screenshot-delay=1500"));
    QVERIFY(options);
    QCOMPARE(options->screenshotDelayMs, 1500);
}

void TestStartupOptions::badDelay_data()
{
    QTest::addColumn<QString>("delay");
    QTest::newRow("negative") << QStringLiteral("-5");
    QTest::newRow("not a number") << QStringLiteral("soon");
    QTest::newRow("fraction") << QStringLiteral("1.5");
    QTest::newRow("too large") << QStringLiteral("3000000000");
}

void TestStartupOptions::badDelay()
{
    QFETCH(QString, delay);
    QCOMPARE(errorOf({QStringLiteral("signalbox"), QStringLiteral("--screenshot"), QStringLiteral("/tmp/w.png"),
                      QStringLiteral("--screenshot-delay"), delay}),
             QStringLiteral("--screenshot-delay needs a number of milliseconds, 0 or more, not '%1'.").arg(delay));
}

void TestStartupOptions::parserErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown option") << arguments("--frobnicate") << QStringLiteral("Unknown option 'frobnicate'.");
    QTest::newRow("missing URL") << arguments("--connect") << QStringLiteral("Missing value after '--connect'.");
    QTest::newRow("missing view") << arguments("--connect mqtt://h --view")
                                  << QStringLiteral("Missing value after '--view'.");
    QTest::newRow("flag with a value") << arguments("--chat=yes") << QStringLiteral("Unexpected value after '--chat'.");
}

// QCommandLineParser's own sentences, as they were before the options had a struct.
void TestStartupOptions::parserErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

void TestStartupOptions::helpAndVersion_data()
{
    QTest::addColumn<QString>("line");
    QTest::addColumn<bool>("help");
    QTest::addColumn<bool>("helpAll");
    QTest::addColumn<bool>("version");
    QTest::newRow("--help") << QStringLiteral("--help") << true << false << false;
    QTest::newRow("-h") << QStringLiteral("-h") << true << false << false;
    QTest::newRow("--help-all") << QStringLiteral("--help-all") << false << true << false;
    QTest::newRow("--version") << QStringLiteral("--version") << false << false << true;
    QTest::newRow("-v") << QStringLiteral("-v") << false << false << true;
    // what else is given is not looked at
    QTest::newRow("--help with a bad view") << QStringLiteral("--view log --help") << true << false << false;
    QTest::newRow("--version with a bad URL") << QStringLiteral("--connect mqtt:// --version") << false << false << true;
}

void TestStartupOptions::helpAndVersion()
{
    QFETCH(QString, line);
    QFETCH(bool, help);
    QFETCH(bool, helpAll);
    QFETCH(bool, version);
    const auto options = parse(arguments(qPrintable(line)));
    QVERIFY(options);
    QCOMPARE(options->help, help);
    QCOMPARE(options->helpAll, helpAll);
    QCOMPARE(options->version, version);
    QVERIFY(!options->connection);
    QVERIFY(!options->view);
}

// --help lists every option with its value's name and its description.
void TestStartupOptions::helpText()
{
    const QString help = startupHelpText();
    QVERIFY2(help.contains(QLatin1String("A native desktop MQTT client.")), qPrintable(help));
    const QList<std::pair<const char *, const char *>> options = {
        {"--connect <URL>", "Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect."},
        {"--connection-name <NAME>", "Name of that connection."},
        {"--subscribe <FILTER>", "Subscribe that connection to FILTER (repeatable)."},
        {"--profiles <FILE>", "Keep connection profiles in FILE."},
        {"--screenshot <FILE>", "Save a picture of the window to FILE after --screenshot-delay ms, then quit."},
        {"--screenshot-delay <MS>", "Milliseconds before the screenshot (3000)."},
        {"--chat", "Show the message log as a chat."},
        {"--packets", "Show the packet inspector beside the log."},
        {"--topics", "Show the topic tree instead of the message log."},
        {"--broker", "Show the broker's $SYS dashboard instead of the message log."},
        {"--view <VIEW>", "Show VIEW in the middle: messages, topics, traffic, charts, retained, broker or sparkplug."},
        {"--plot <FILTER[|PATH]>", "Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable)."},
        {"--scan-retained <FILTER>", "List the retained messages under FILTER once connected."},
        {"--screenshot-editor <FILE>", "With --screenshot: also save a picture of the connection editor to FILE."},
        {"--help", "Displays help on commandline options."},
        {"--version", "Displays version information."},
    };
    // QCommandLineParser wraps long descriptions: compare with the spaces folded
    const QString folded = help.simplified();
    for (const auto &[names, description] : options) {
        const qsizetype at = folded.indexOf(QLatin1String(names));
        QVERIFY2(at >= 0, names);
        QVERIFY2(folded.indexOf(QLatin1String(description), at) > at, description);
    }
}

// The help and the sentences keep their translations (context "main").
void TestStartupOptions::korean()
{
    QVERIFY(installTranslations(QStringLiteral("ko")));
    const QString help = startupHelpText().simplified();
    QVERIFY2(help.contains(QStringLiteral("네이티브 데스크톱 MQTT 클라이언트입니다.")), qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("URL(mqtt://, mqtts://, ws://, wss://)로 연결을 열고 접속합니다.")),
             qPrintable(help));
    QVERIFY2(help.contains(QStringLiteral("메시지 로그를 채팅 형식으로 표시합니다.")), qPrintable(help));
    QVERIFY(!help.contains(QLatin1String("Show the message log as a chat.")));

    static const QRegularExpression hangul(QStringLiteral("[\\x{AC00}-\\x{D7A3}]"));
    for (const char *line : {"--view log", "--screenshot-delay -1"}) {
        const QString error = errorOf(arguments(line));
        QVERIFY2(error.contains(hangul), qPrintable(error));
    }
    QCOMPARE(
        errorOf(arguments("--view log")),
        QStringLiteral("--view는 다음 중 하나입니다: messages, topics, traffic, charts, retained, broker, sparkplug."));
}

QTEST_MAIN(TestStartupOptions)
#include "tst_startupoptions.moc"
