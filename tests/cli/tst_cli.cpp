// signalbox-cli: option parsing and output formats as units, then the built
// binary run with QProcess against a real mosquitto (MosquittoBroker).

#include "democommand.h"
#include "messageformatter.h"
#include "mosquittobroker.h"
#include "options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QtTest>

#include <cstdlib>
#include <ctime>

#ifdef Q_OS_LINUX
#include <sys/resource.h>
#endif

// AddressSanitizer's quarantine keeps freed memory resident: no memory checks.
#if defined(__SANITIZE_ADDRESS__)
#define SIGNALBOX_TEST_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define SIGNALBOX_TEST_ASAN 1
#endif
#endif

using namespace Signalbox;
using namespace Signalbox::Cli;
using Signalbox::Test::MosquittoBroker;

namespace {

constexpr int ProcessTimeoutMs = 30000;

struct Run
{
    int exitCode = -1;
    bool crashed = false;
    bool finished = false;
    QByteArray out;
    QByteArray err;
    QList<QByteArray> errLines() const
    {
        QList<QByteArray> lines = err.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
};

QList<QByteArray> toArgs(const QStringList &args)
{
    QList<QByteArray> out{QByteArrayLiteral("signalbox-cli")};
    for (const QString &a : args)
        out.append(a.toUtf8());
    return out;
}

// Waits for a process to end while the event loop runs (a fake broker in this
// process must keep answering).
Run finish(QProcess &process, int timeoutMs = ProcessTimeoutMs)
{
    Run run;
    if (process.state() != QProcess::NotRunning) {
        QSignalSpy spy(&process, &QProcess::finished);
        if (process.state() != QProcess::NotRunning)
            spy.wait(timeoutMs);
    }
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.crashed = process.exitStatus() == QProcess::CrashExit;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

Run runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = ProcessTimeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH), args);
    if (!process.waitForStarted(10000))
        return {};
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    return finish(process, timeoutMs);
}

// `count` lines of `size` bytes with their '\n', each starting with its number.
QByteArray numberedLines(int count, int size)
{
    QByteArray out;
    out.reserve(qsizetype(count) * size);
    for (int i = 0; i < count; ++i) {
        out += QByteArray::number(i).rightJustified(8, '0').leftJustified(size - 1, 'x');
        out += '\n';
    }
    return out;
}

// The peak resident memory (VmHWM) of a running process in KiB; -1 where
// unknown (not Linux, or it has ended).
qint64 peakRssKiB(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

Message sampleMessage()
{
    Message m;
    m.topic = QStringLiteral("sensors/kitchen/temp");
    m.payload = QByteArrayLiteral("21.5");
    m.qos = 1;
    m.retain = true;
    m.packetId = 42;
    m.receivedAtMs = 1700000000123;
    return m;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // units
    void parseOptions_data();
    void parseOptions();
    void parseConnection();
    void format_data();
    void format();
    void formatNoEol();
    void formatJsonLine();
    void formatMosquittoJson();
    void utf8Validation_data();
    void utf8Validation();
    void demoReadings();

    // the binary against mosquitto
    void helpAndVersion();
    void pubSub_data();
    void pubSub();
    void subFormats_data();
    void subFormats();
    void subJsonV5Properties();
    void subFilterOut();
    void subNoRetained();
    void subInvalidFilter();
    void subConnectionRefused();
    void subWrongPassword_data();
    void subWrongPassword();
    void subTimeout();
    void subTls_data();
    void subTls();
    void subWebSocket();
    void subSigtermDisconnectsCleanly();
    void pubStdinLines();
    void pubStdinWhole();
    void pubStdinLinesInOrder_data();
    void pubStdinLinesInOrder();
    void pubStdinLinePublishedOnArrival();
    void pubStdinLinesBoundedMemory_data();
    void pubStdinLinesBoundedMemory();
    void pubPayloadTooLarge_data();
    void pubPayloadTooLarge();
    void pubDeniedQos1FailsV5();
    void demoPublishes();
    void subBrokerStopsAnswering();
    void subMalformedPacket();
    void subConnectionLost();

private:
    QProcess *startSub(const QStringList &args, const QString &filter, int qos = 0);
    QString nextId(const char *prefix) { return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_ids); }
    QStringList plain() const
    {
        return {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"), QString::number(m_broker.plainPort())};
    }

    MosquittoBroker m_broker;
    int m_ids = 0;
};

void TestCli::initTestCase()
{
    qputenv("TZ", "UTC");
#ifdef Q_OS_UNIX
    tzset();
#endif
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

// Starts `sub` and returns once the broker has logged its subscription.
QProcess *TestCli::startSub(const QStringList &args, const QString &filter, int qos)
{
    const QString id = nextId("sub");
    const qint64 from = m_broker.logSize();
    auto *process = new QProcess(this);
    process->start(QStringLiteral(SIGNALBOX_CLI_PATH),
                   QStringList{QStringLiteral("sub"), QStringLiteral("-i"), id} + args);
    process->closeWriteChannel();
    const QByteArray needle = id.toUtf8() + ' ' + QByteArray::number(qos) + ' ' + filter.toUtf8();
    if (!m_broker.waitForLog(needle, from, 20000)) {
        qWarning("subscription '%s' not seen; stderr: %s", needle.constData(),
                 process->readAllStandardError().constData());
        return nullptr;
    }
    return process;
}

// ---------------------------------------------------------------- units

void TestCli::parseOptions_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error"); // a part of the error, empty: parses

    const auto l = [](const char *s) { return QString::fromLatin1(s).split(QLatin1Char(' '), Qt::SkipEmptyParts); };
    QTest::newRow("sub minimal") << l("sub -t a/b") << QString();
    QTest::newRow("sub repeated -t") << l("sub -t a -t b/# -t +/c") << QString();
    QTest::newRow("no command") << QStringList{} << QStringLiteral("No command");
    QTest::newRow("unknown command") << l("subscribe -t a") << QStringLiteral("Unknown command");
    QTest::newRow("sub no topic") << l("sub -h x") << QStringLiteral("-t");
    // MQTT 5.0 §4.7.1.2: '#' must be last
    QTest::newRow("sub # not last") << l("sub -t a/#/b") << QStringLiteral("a/#/b");
    // MQTT 5.0 §4.7.1.3: '+' takes a whole level
    QTest::newRow("sub + in level") << l("sub -t a+/b") << QStringLiteral("a+/b");
    QTest::newRow("sub bad -T") << l("sub -t a -T a#") << QStringLiteral("a#");
    QTest::newRow("sub -F and --json") << l("sub -t a -F %p --json") << QStringLiteral("--json");
    QTest::newRow("sub -m") << l("sub -t a -m x") << QStringLiteral("-m");
    QTest::newRow("qos 3") << l("sub -t a -q 3") << QStringLiteral("-q");
    QTest::newRow("port 0") << l("sub -t a -p 0") << QStringLiteral("-p");
    QTest::newRow("missing value") << l("sub -t") << QStringLiteral("needs a value");
    QTest::newRow("unknown option") << l("sub -t a --frobnicate") << QStringLiteral("--frobnicate");
    QTest::newRow("unsupported mosquitto option") << l("sub -t a --psk 00") << QStringLiteral("--psk");
    QTest::newRow("-c needs -i") << l("sub -t a -c") << QStringLiteral("-i");
    QTest::newRow("-i and -I") << l("sub -t a -i x -I y") << QStringLiteral("-I");
    QTest::newRow("bad version") << l("sub -t a -V 4") << QStringLiteral("4");
    QTest::newRow("-D with -V 311") << l("sub -t a -V 311 -D connect session-expiry-interval 5")
                                    << QStringLiteral("-V 5");
    QTest::newRow("-D unknown property") << l("pub -t a -m x -D publish flavour 5") << QStringLiteral("flavour");
    QTest::newRow("-D not allowed in packet")
        << l("pub -t a -m x -D publish session-expiry-interval 5") << QStringLiteral("PUBLISH");
    QTest::newRow("-D number range") << l("pub -t a -m x -D publish payload-format-indicator 300")
                                     << QStringLiteral("255");
    QTest::newRow("pub minimal") << l("pub -t a -m x") << QString();
    QTest::newRow("pub no message") << l("pub -t a") << QStringLiteral("-m");
    QTest::newRow("pub two sources") << l("pub -t a -m x -n") << QStringLiteral("only one");
    QTest::newRow("pub wildcard topic") << l("pub -t a/# -m x") << QStringLiteral("a/#");
    QTest::newRow("pub two topics") << l("pub -t a -t b -m x") << QStringLiteral("one topic");
    QTest::newRow("will payload without topic")
        << l("pub -t a -m x --will-payload bye") << QStringLiteral("--will-topic");
    QTest::newRow("cert without key") << l("sub -t a --cert c.pem") << QStringLiteral("--key");
    QTest::newRow("demo") << l("demo --interval 100 --count 3") << QString();
    QTest::newRow("demo -t") << l("demo -t a") << QStringLiteral("-t");
    QTest::newRow("long option =") << l("sub --topic=a/b --qos=1") << QString();
}

void TestCli::parseOptions()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    const ParseResult result = OptionParser::parse(toArgs(args));
    if (error.isEmpty()) {
        QVERIFY2(result.options.has_value(), qPrintable(result.error));
    } else {
        QVERIFY(!result.options.has_value());
        QVERIFY2(result.error.contains(error), qPrintable(result.error));
        QVERIFY(!result.error.contains(QLatin1Char('\n')));
    }
}

void TestCli::parseConnection()
{
    const auto parse = [](const char *line) {
        const ParseResult r = OptionParser::parse(toArgs(QString::fromLatin1(line).split(QLatin1Char(' '))));
        if (!r.options)
            qWarning("%s", qPrintable(r.error));
        return r.options;
    };

    auto o = parse("sub -t a -h broker.local -p 1884 -u alice -P secret -k 30 -i me -q 2 -C 5 -v -N -R");
    QVERIFY(o);
    QCOMPARE(o->profile.host, QStringLiteral("broker.local"));
    QCOMPARE(o->profile.port, quint16(1884));
    QCOMPARE(o->profile.username, QStringLiteral("alice"));
    QCOMPARE(o->profile.password, QStringLiteral("secret"));
    QCOMPARE(o->profile.keepAlive, quint16(30));
    QCOMPARE(o->profile.clientId, QStringLiteral("me"));
    QCOMPARE(o->profile.version, ProtocolVersion::V311);
    QCOMPARE(o->qos, quint8(2));
    QCOMPARE(o->count, 5);
    QVERIFY(o->verbose && !o->eol && o->noRetained);

    // mosquitto: -c under MQTT 5 means a session that does not expire unless -x says otherwise
    o = parse("sub -t a -c -i me -V mqttv5");
    QVERIFY(o);
    QVERIFY(!o->profile.cleanStart);
    QCOMPARE(o->profile.sessionExpiryInterval, std::optional<quint32>(4294967295u));
    o = parse("sub -t a -c -i me -V 5 -x 120");
    QVERIFY(o);
    QCOMPARE(o->profile.sessionExpiryInterval, std::optional<quint32>(120));
    o = parse("sub -t a -V 5");
    QVERIFY(o);
    QVERIFY(o->profile.cleanStart);
    QVERIFY(!o->profile.sessionExpiryInterval);

    // -L as mosquitto: the path is the topic; TLS from the scheme
    o = parse("sub -L mqtts://bob:pw@example.org:8884/a/+/c/#");
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Tls);
    QCOMPARE(o->profile.host, QStringLiteral("example.org"));
    QCOMPARE(o->profile.port, quint16(8884));
    QCOMPARE(o->profile.username, QStringLiteral("bob"));
    QCOMPARE(o->profile.password, QStringLiteral("pw"));
    QCOMPARE(o->topics, QStringList{QStringLiteral("a/+/c/#")});
    o = parse("pub -L mqtt://example.org/x/y -m hi");
    QVERIFY(o);
    QCOMPARE(o->profile.port, quint16(1883));
    QCOMPARE(o->topics, QStringList{QStringLiteral("x/y")});

    // --url with WebSockets: the path is the WebSocket path
    o = parse("sub --url ws://127.0.0.1:9001/ws -t a");
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::WebSocket);
    QCOMPARE(o->profile.port, quint16(9001));
    QCOMPARE(o->profile.webSocketPath, QStringLiteral("/ws"));
    QCOMPARE(o->topics, QStringList{QStringLiteral("a")});
    o = parse("sub --url wss://h -t a");
    QVERIFY(o);
    QCOMPARE(o->profile.port, quint16(443));

    // TLS options turn TLS on and move the default port, as mosquitto's --cafile does
    QTemporaryFile ca;
    QVERIFY(ca.open());
    o = parse(
        qPrintable(QStringLiteral("sub -t a --cafile %1 --alpn mqtt,x --tls-server-name n.example").arg(ca.fileName())));
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Tls);
    QCOMPARE(o->profile.port, quint16(8883));
    QCOMPARE(o->profile.tls.caFile, ca.fileName());
    QVERIFY(!o->profile.tls.useSystemCaCertificates);
    QCOMPARE(o->profile.tls.alpn, (QStringList{QStringLiteral("mqtt"), QStringLiteral("x")}));
    QCOMPARE(o->profile.tls.serverName, QStringLiteral("n.example"));
    o = parse("sub -t a --tls --insecure -p 9999");
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Tls);
    QCOMPARE(o->profile.port, quint16(9999));
    QVERIFY(o->profile.tls.allowInsecure);

    // -D: properties per packet; -D alone selects MQTT 5
    o = parse(
        "pub -t a -m x -D publish user-property k v -D publish user-property k w -D publish content-type text/plain "
        "-D connect session-expiry-interval 60 -D connect user-property who me -D will message-expiry-interval 9 "
        "--will-topic w --will-payload bye --will-qos 1 --will-retain");
    QVERIFY(o);
    QCOMPARE(o->profile.version, ProtocolVersion::V5);
    QCOMPARE(o->publishProperties.userProperties(), (QList<UserProperty>{{QStringLiteral("k"), QStringLiteral("v")},
                                                                         {QStringLiteral("k"), QStringLiteral("w")}}));
    QCOMPARE(o->publishProperties.string(PropertyId::ContentType), QStringLiteral("text/plain"));
    QCOMPARE(o->profile.sessionExpiryInterval, std::optional<quint32>(60));
    QCOMPARE(o->profile.userProperties, (QList<UserProperty>{{QStringLiteral("who"), QStringLiteral("me")}}));
    QVERIFY(o->profile.will.enabled);
    QCOMPARE(o->profile.will.topic, QStringLiteral("w"));
    QCOMPARE(o->profile.will.payload, QByteArrayLiteral("bye"));
    QCOMPARE(o->profile.will.qos, quint8(1));
    QVERIFY(o->profile.will.retain);
    QCOMPARE(o->profile.will.properties.integer(PropertyId::MessageExpiryInterval), std::optional<quint32>(9));

    o = parse("sub -t a -D subscribe subscription-identifier 7 -D disconnect reason-string bye");
    QVERIFY(o);
    QCOMPARE(o->subscribeProperties.subscriptionIdentifiers(), QList<quint32>{7});
    QCOMPARE(o->disconnectProperties.string(PropertyId::ReasonString), QStringLiteral("bye"));

    o = parse("pub -t a -l -q 1 -r");
    QVERIFY(o);
    QCOMPARE(o->payloadSource, PayloadSource::StdinLines);
    QVERIFY(o->retain);
    o = parse("pub -t a -m x --repeat 3 --repeat-delay 0.5");
    QVERIFY(o);
    QCOMPARE(o->repeat, 3);
    QCOMPARE(o->repeatDelaySeconds, 0.5);
    o = parse("sub -t a -I pre-");
    QVERIFY(o);
    QVERIFY(o->profile.clientId.startsWith(QStringLiteral("pre-")));
    QVERIFY(o->profile.clientId.size() > 4);
}

void TestCli::format_data()
{
    QTest::addColumn<QByteArray>("format");
    QTest::addColumn<QByteArray>("expected");

    // mosquitto_sub(1), OUTPUT FORMAT
    QTest::newRow("topic payload") << QByteArray("%t %p") << QByteArray("sensors/kitchen/temp 21.5\n");
    QTest::newRow("qos retain length mid") << QByteArray("%q %r %l %m") << QByteArray("1 1 4 42\n");
    QTest::newRow("hex") << QByteArray("%x %X") << QByteArray("32312e35 32312E35\n");
    QTest::newRow("percent") << QByteArray("100%%") << QByteArray("100%\n");
    QTest::newRow("escapes") << QByteArray("a\\tb\\\\c\\nd\\0e") << QByteArray("a\tb\\c\nd\0e\n", 10);
    QTest::newRow("unknown escape and sequence") << QByteArray("\\q%Z.") << QByteArray(".\n");
    QTest::newRow("width") << QByteArray("[%25t]") << QByteArray("[     sensors/kitchen/temp]\n");
    QTest::newRow("left width") << QByteArray("[%-8p]") << QByteArray("[21.5    ]\n");
    QTest::newRow("precision cuts") << QByteArray("[%.7t]") << QByteArray("[sensors]\n");
    QTest::newRow("zero padded number") << QByteArray("%05m") << QByteArray("00042\n");
    QTest::newRow("width cuts payload") << QByteArray("%2p") << QByteArray("21\n");
    QTest::newRow("iso time") << QByteArray("%I") << QByteArray("2023-11-14T22:13:20+0000\n");
    QTest::newRow("unix time") << QByteArray("%U") << QByteArray("1700000000.123456789\n");
    QTest::newRow("strftime") << QByteArray("@Y-@m-@d @H:@M:@S.@N @@") << QByteArray("2023-11-14 22:13:20.123456789 @\n");
    QTest::newRow("absent v5 properties") << QByteArray("[%C][%E][%R][%S][%A][%P][%D]") << QByteArray("[][][][][][][]\n");
    QTest::newRow("trailing %") << QByteArray("x%") << QByteArray("x\n");
}

void TestCli::format()
{
    QFETCH(QByteArray, format);
    QFETCH(QByteArray, expected);
    MessageFormatter::Settings settings;
    settings.format = format;
    MessageFormatter formatter(settings);
    formatter.beginBatch(1700000000, 123456789);
    QByteArray out;
    formatter.append(out, sampleMessage());
    QCOMPARE(out, expected);
}

void TestCli::formatNoEol()
{
    Message m = sampleMessage();
    QByteArray out;
    MessageFormatter plain({});
    plain.beginBatch();
    plain.append(out, m);
    QCOMPARE(out, QByteArray("21.5\n"));

    MessageFormatter::Settings s;
    s.verbose = true;
    MessageFormatter verbose(s);
    out.clear();
    verbose.append(out, m);
    m.payload.clear();
    verbose.append(out, m); // mosquitto_sub -v prints "(null)" for an empty payload
    plain.append(out, m); // and nothing without -v
    QCOMPARE(out, QByteArray("sensors/kitchen/temp 21.5\nsensors/kitchen/temp (null)\n"));

    s.eol = false;
    MessageFormatter noEol(s);
    out.clear();
    m.payload = "x";
    noEol.append(out, m);
    noEol.append(out, m);
    QCOMPARE(out, QByteArray("sensors/kitchen/temp xsensors/kitchen/temp x"));

    // MQTT 5 properties in -F
    m.properties.set(PropertyId::ContentType, QStringLiteral("text/plain"));
    m.properties.set(PropertyId::MessageExpiryInterval, 60u);
    m.properties.set(PropertyId::ResponseTopic, QStringLiteral("reply/here"));
    m.properties.set(PropertyId::CorrelationData, QByteArrayLiteral("abc"));
    m.properties.add(PropertyId::SubscriptionIdentifier, 7u);
    m.properties.addUserProperty(QStringLiteral("k1"), QStringLiteral("v1"));
    m.properties.addUserProperty(QStringLiteral("k2"), QStringLiteral("v2"));
    MessageFormatter::Settings f;
    f.format = QByteArray("%C|%E|%R|%D|%S|%P");
    MessageFormatter props(f);
    out.clear();
    props.append(out, m);
    QCOMPARE(out, QByteArray("text/plain|60|reply/here|abc|7|k1:v1 k2:v2\n"));
}

void TestCli::formatJsonLine()
{
    Message m = sampleMessage();
    m.payload = QByteArray("h\xc3\xa9llo \"q\"\n");
    m.subscriptions = {QStringLiteral("sensors/#")};
    m.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    MessageFormatter::Settings s;
    s.json = true;
    MessageFormatter formatter(s);
    QByteArray out;
    formatter.append(out, m);
    m.payload = QByteArray("\xff\x00\x01", 3); // not UTF-8: base64
    m.properties = {};
    formatter.append(out, m);

    const QList<QByteArray> lines = out.split('\n');
    QCOMPARE(lines.size(), 3);
    QVERIFY(lines.at(2).isEmpty());
    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(first.value(QLatin1String("topic")).toString(), QStringLiteral("sensors/kitchen/temp"));
    QCOMPARE(first.value(QLatin1String("payload")).toString(), QString::fromUtf8("h\xc3\xa9llo \"q\"\n"));
    QCOMPARE(first.value(QLatin1String("qos")).toInt(), 1);
    QCOMPARE(first.value(QLatin1String("retain")).toBool(), true);
    QCOMPARE(first.value(QLatin1String("dup")).toBool(), false);
    QCOMPARE(first.value(QLatin1String("subscriptions")).toArray(), QJsonArray{QStringLiteral("sensors/#")});
    QCOMPARE(first.value(QLatin1String("received")).toString(), QStringLiteral("2023-11-14T22:13:20.123Z"));
    Properties expected;
    expected.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    QCOMPARE(first.value(QLatin1String("properties")).toObject(), expected.toJson());
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QVERIFY(!second.contains(QLatin1String("payload")));
    QCOMPARE(QByteArray::fromBase64(second.value(QLatin1String("payload_base64")).toString().toLatin1()),
             QByteArray("\xff\x00\x01", 3));
}

void TestCli::formatMosquittoJson()
{
    Message m = sampleMessage();
    m.properties.set(PropertyId::ContentType, QStringLiteral("application/json"));
    m.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    MessageFormatter::Settings s;
    s.format = QByteArray("%j");
    MessageFormatter escaped(s);
    escaped.beginBatch(1700000000, 123456789);
    QByteArray out;
    escaped.append(out, m);
    QCOMPARE(out, QByteArray(R"({"tst":"2023-11-14T22:13:20.123456+0000","topic":"sensors/kitchen/temp","qos":1,)"
                             R"("retain":true,"payloadlen":4,"mid":42,"properties":{"content-type":"application/json",)"
                             R"("user-properties":[{"k":"v"}]},"payload":"21.5"})"
                             "\n"));

    s.format = QByteArray("%J");
    MessageFormatter raw(s);
    out.clear();
    m.payload = R"({"t": 21.5})";
    m.properties = {};
    raw.append(out, m);
    const QJsonObject o = QJsonDocument::fromJson(out).object();
    QCOMPARE(o.value(QLatin1String("payload")).toObject().value(QLatin1String("t")).toDouble(), 21.5);
    QVERIFY(raw.takeWarnings().isEmpty());
    m.payload = "not json";
    out.clear();
    raw.append(out, m);
    QCOMPARE(out, QByteArray("\n"));
    QVERIFY(raw.takeWarnings().contains("not valid JSON"));

    s.pretty = true;
    s.format = QByteArray("%j");
    MessageFormatter pretty(s);
    out.clear();
    pretty.append(out, m);
    QVERIFY(out.count('\n') > 3);
    QCOMPARE(QJsonDocument::fromJson(out).object().value(QLatin1String("payload")).toString(),
             QStringLiteral("not json"));
}

void TestCli::utf8Validation_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("valid");
    QTest::newRow("ascii") << QByteArray("hello") << true;
    QTest::newRow("empty") << QByteArray() << true;
    QTest::newRow("two bytes") << QByteArray("\xc3\xa9") << true;
    QTest::newRow("four bytes") << QByteArray("\xf0\x9f\x98\x80") << true;
    QTest::newRow("nul is valid") << QByteArray("a\0b", 3) << true;
    QTest::newRow("overlong") << QByteArray("\xc0\xaf") << false;
    QTest::newRow("surrogate") << QByteArray("\xed\xa0\x80") << false;
    QTest::newRow("truncated") << QByteArray("\xe2\x82") << false;
    QTest::newRow("beyond U+10FFFF") << QByteArray("\xf4\x90\x80\x80") << false;
    QTest::newRow("lone continuation") << QByteArray("\x80") << false;
}

void TestCli::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(MessageFormatter::isValidUtf8(bytes.constData(), bytes.size()), valid);
}

void TestCli::demoReadings()
{
    for (qint64 tick = 0; tick < 20; ++tick) {
        const QList<OutgoingMessage> messages = DemoCommand::readings(tick, 1.0, 1700000000000 + tick * 1000);
        QCOMPARE(messages.size(), 3);
        QCOMPARE(messages[0].topic, QStringLiteral("Sensor/imu/value"));
        QCOMPARE(messages[1].topic, QStringLiteral("Sensor/ultrasonic/distance"));
        QCOMPARE(messages[2].topic, QStringLiteral("Sensor/cds/value"));
        for (const OutgoingMessage &m : messages) {
            QJsonParseError error;
            const QJsonObject o = QJsonDocument::fromJson(m.payload, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QVERIFY(o.value(QLatin1String("timestamp")).isString());
        }
        const QJsonObject imu = QJsonDocument::fromJson(messages[0].payload).object();
        QVERIFY(qAbs(imu.value(QLatin1String("az")).toDouble() - 9.81) < 0.5);
        QVERIFY(imu.value(QLatin1String("ax")).isDouble() && imu.value(QLatin1String("ay")).isDouble()
                && imu.value(QLatin1String("gx")).isDouble());
        const double distance =
            QJsonDocument::fromJson(messages[1].payload).object().value(QLatin1String("distance_cm")).toDouble();
        QVERIFY(distance >= 2 && distance <= 400);
        QVERIFY(QJsonDocument::fromJson(messages[2].payload).object().value(QLatin1String("lux")).toDouble() >= 0);
    }
}

// ---------------------------------------------------------------- against mosquitto

void TestCli::helpAndVersion()
{
    Run r = runCli({QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("sub"));
    r = runCli({QStringLiteral("sub"), QStringLiteral("--help")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.contains("-F"));
    r = runCli({QStringLiteral("--version")});
    QCOMPARE(r.exitCode, 0);
    QVERIFY(r.out.startsWith("signalbox-cli "));
    r = runCli({});
    QVERIFY(r.exitCode != 0);
    QCOMPARE(r.errLines().size(), 1);
}

void TestCli::pubSub_data()
{
    QTest::addColumn<int>("qos");
    QTest::addColumn<QString>("version");
    for (int qos = 0; qos <= 2; ++qos) {
        QTest::addRow("qos %d 3.1.1", qos) << qos << QStringLiteral("mqttv311");
        QTest::addRow("qos %d 5", qos) << qos << QStringLiteral("5");
    }
}

void TestCli::pubSub()
{
    QFETCH(int, qos);
    QFETCH(QString, version);
    const QString topic = QStringLiteral("pubsub/%1/%2").arg(qos).arg(version);
    const QString q = QString::number(qos);
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("pubsub/#"), QStringLiteral("-q"),
                                               q, QStringLiteral("-v"), QStringLiteral("-C"), QStringLiteral("3"),
                                               QStringLiteral("-V"), version},
                             QStringLiteral("pubsub/#"), qos);
    QVERIFY(sub);
    for (const char *payload : {"one", "two two", "three"}) {
        const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                               + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), q, QStringLiteral("-m"),
                                             QString::fromLatin1(payload), QStringLiteral("-V"), version});
        QCOMPARE(pub.exitCode, 0);
        QCOMPARE(pub.err, QByteArray());
    }
    const Run r = finish(*sub);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.err, QByteArray());
    const QByteArray t = topic.toUtf8();
    QCOMPARE(r.out, t + " one\n" + t + " two two\n" + t + " three\n");
}

void TestCli::subFormats_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("topic|payload|qos|retain|len")
        << QStringLiteral("%t|%p|%q|%r|%l") << QByteArray("fmt/a|hello|1|0|5\n");
    QTest::newRow("hex") << QStringLiteral("%x") << QByteArray("68656c6c6f\n");
    QTest::newRow("escapes") << QStringLiteral("%t\\t%p") << QByteArray("fmt/a\thello\n");
}

void TestCli::subFormats()
{
    QFETCH(QString, format);
    QFETCH(QByteArray, expected);
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("fmt/#"), QStringLiteral("-q"),
                                               QStringLiteral("1"), QStringLiteral("-C"), QStringLiteral("1"),
                                               QStringLiteral("-F"), format},
                             QStringLiteral("fmt/#"), 1);
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), QStringLiteral("fmt/a"), QStringLiteral("-q"),
                                  QStringLiteral("1"), QStringLiteral("-m"), QStringLiteral("hello")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
}

void TestCli::subJsonV5Properties()
{
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("json/#"), QStringLiteral("-C"),
                                               QStringLiteral("2"), QStringLiteral("--json"), QStringLiteral("-V"),
                                               QStringLiteral("5")},
                             QStringLiteral("json/#"));
    QVERIFY(sub);
    Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                     + QStringList{QStringLiteral("-V"), QStringLiteral("5"), QStringLiteral("-t"),
                                   QStringLiteral("json/a"), QStringLiteral("-m"), QStringLiteral("{\"v\":1}"),
                                   QStringLiteral("-D"), QStringLiteral("publish"), QStringLiteral("user-property"),
                                   QStringLiteral("source"), QStringLiteral("test"), QStringLiteral("-D"),
                                   QStringLiteral("publish"), QStringLiteral("content-type"),
                                   QStringLiteral("application/json")});
    QCOMPARE(pub.exitCode, 0);
    QTemporaryFile binary;
    QVERIFY(binary.open());
    binary.write(QByteArray("\x00\xff\xfe", 3));
    binary.close();
    pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                 + QStringList{QStringLiteral("-t"), QStringLiteral("json/b"), QStringLiteral("-f"), binary.fileName()});
    QCOMPARE(pub.exitCode, 0);

    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 3);
    QJsonParseError error;
    const QJsonObject first = QJsonDocument::fromJson(lines.at(0), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(first.value(QLatin1String("topic")).toString(), QStringLiteral("json/a"));
    QCOMPARE(first.value(QLatin1String("payload")).toString(), QStringLiteral("{\"v\":1}"));
    QCOMPARE(first.value(QLatin1String("qos")).toInt(), 0);
    QCOMPARE(first.value(QLatin1String("retain")).toBool(), false);
    QCOMPARE(first.value(QLatin1String("subscriptions")).toArray(), QJsonArray{QStringLiteral("json/#")});
    QVERIFY(first.value(QLatin1String("received")).isString());
    const QJsonObject props = first.value(QLatin1String("properties")).toObject();
    Properties expected;
    expected.addUserProperty(QStringLiteral("source"), QStringLiteral("test"));
    expected.set(PropertyId::ContentType, QStringLiteral("application/json"));
    const QJsonObject expectedJson = expected.toJson();
    for (auto it = expectedJson.begin(); it != expectedJson.end(); ++it)
        QCOMPARE(props.value(it.key()), it.value());
    const QJsonObject second = QJsonDocument::fromJson(lines.at(1), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(QByteArray::fromBase64(second.value(QLatin1String("payload_base64")).toString().toLatin1()),
             QByteArray("\x00\xff\xfe", 3));
}

void TestCli::subFilterOut()
{
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("fo/#"), QStringLiteral("-T"),
                                               QStringLiteral("fo/skip/#"), QStringLiteral("-v"), QStringLiteral("-C"),
                                               QStringLiteral("2")},
                             QStringLiteral("fo/#"));
    QVERIFY(sub);
    for (const char *topic : {"fo/skip/x", "fo/skip", "fo/a", "fo/skip/y/z", "fo/b"}) {
        QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                        + QStringList{QStringLiteral("-t"), QString::fromLatin1(topic), QStringLiteral("-m"),
                                      QStringLiteral("m")})
                     .exitCode,
                 0);
    }
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("fo/a m\nfo/b m\n"));
}

void TestCli::subNoRetained()
{
    QCOMPARE(
        runCli(QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"), QStringLiteral("ret/old"), QStringLiteral("-m"),
                             QStringLiteral("stale"), QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1")})
            .exitCode,
        0);
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("ret/#"), QStringLiteral("-R"),
                                               QStringLiteral("-C"), QStringLiteral("1")},
                             QStringLiteral("ret/#"));
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), QStringLiteral("ret/new"), QStringLiteral("-m"),
                                  QStringLiteral("fresh")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("fresh\n"));

    // without -R the retained message comes first
    QProcess *all = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("ret/old"), QStringLiteral("-C"),
                                               QStringLiteral("1"), QStringLiteral("-F"), QStringLiteral("%r %p")},
                             QStringLiteral("ret/old"));
    QVERIFY(all);
    const Run r2 = finish(*all);
    QCOMPARE(r2.exitCode, 0);
    QCOMPARE(r2.out, QByteArray("1 stale\n"));
}

void TestCli::subInvalidFilter()
{
    const qint64 from = m_broker.logSize();
    const Run r = runCli(
        QStringList{QStringLiteral("sub")} + plain()
        + QStringList{QStringLiteral("-t"), QStringLiteral("ok/#"), QStringLiteral("-t"), QStringLiteral("bad/#/x")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains("bad/#/x"), r.err.constData());
    QVERIFY(r.out.isEmpty());
    // nothing reached the broker
    QTest::qWait(200);
    QVERIFY(!m_broker.log(from).contains("New connection"));
}

void TestCli::subConnectionRefused()
{
    const Run r = runCli({QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                          QStringLiteral("-p"), QString::number(freePort()), QStringLiteral("-t"), QStringLiteral("a")});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.toLower().contains("refused"), r.err.constData());
}

void TestCli::subWrongPassword_data()
{
    QTest::addColumn<QString>("version");
    QTest::newRow("3.1.1") << QStringLiteral("311");
    QTest::newRow("5") << QStringLiteral("5");
}

void TestCli::subWrongPassword()
{
    QFETCH(QString, version);
    const Run r = runCli({QStringLiteral("sub"), QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"),
                          QString::number(m_broker.authPort()), QStringLiteral("-u"), MosquittoBroker::aliceUser(),
                          QStringLiteral("-P"), QStringLiteral("wrong"), QStringLiteral("-t"),
                          QStringLiteral("alice/#"), QStringLiteral("-V"), version});
    QVERIFY(r.finished);
    QCOMPARE(r.errLines().size(), 1);
    const QByteArray err = r.err.toLower();
    QVERIFY2(err.contains("not authorized") || err.contains("bad user name or password"), r.err.constData());
    // mosquitto_sub's exit code for a refused connection: the CONNACK code
    QVERIFY2(QList<int>({4, 5, 0x86, 0x87}).contains(r.exitCode), QByteArray::number(r.exitCode).constData());

    // the right password works
    const Run ok = runCli({QStringLiteral("sub"), QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"),
                           QString::number(m_broker.authPort()), QStringLiteral("-u"), MosquittoBroker::aliceUser(),
                           QStringLiteral("-P"), MosquittoBroker::alicePassword(), QStringLiteral("-t"),
                           QStringLiteral("alice/#"), QStringLiteral("-E"), QStringLiteral("-V"), version});
    QCOMPARE(ok.exitCode, 0);
    QCOMPARE(ok.err, QByteArray());
}

void TestCli::subTimeout()
{
    const Run r = runCli(
        QStringList{QStringLiteral("sub")} + plain()
        + QStringList{QStringLiteral("-t"), QStringLiteral("nothing/here"), QStringLiteral("-W"), QStringLiteral("1")});
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 27); // as mosquitto_sub -W
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(r.err.contains("Timed out"));
}

void TestCli::subTls_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<bool>("works");
    QTest::addColumn<QByteArray>("problem");
    QTest::newRow("ca file") << QStringLiteral("ca") << true << QByteArray();
    QTest::newRow("no ca file") << QStringLiteral("none") << false << QByteArray("certificate");
    QTest::newRow("wrong ca") << QStringLiteral("wrong-ca") << false << QByteArray("certificate");
    QTest::newRow("expired") << QStringLiteral("expired") << false << QByteArray("expired");
    QTest::newRow("wrong host") << QStringLiteral("wrong-host") << false << QByteArray("certificate");
    QTest::newRow("mtls with client certificate") << QStringLiteral("mtls") << true << QByteArray();
}

void TestCli::subTls()
{
    QFETCH(QString, which);
    QFETCH(bool, works);
    QFETCH(QByteArray, problem);
    quint16 port = m_broker.tlsPort();
    QStringList tls;
    if (which == QLatin1String("ca")) {
        tls = {QStringLiteral("--cafile"), m_broker.caFile()};
    } else if (which == QLatin1String("none")) {
        tls = {QStringLiteral("--tls")};
    } else if (which == QLatin1String("wrong-ca")) {
        tls = {QStringLiteral("--cafile"), m_broker.wrongCaFile()};
    } else if (which == QLatin1String("expired")) {
        tls = {QStringLiteral("--cafile"), m_broker.caFile()};
        port = m_broker.expiredTlsPort();
    } else if (which == QLatin1String("wrong-host")) {
        tls = {QStringLiteral("--cafile"), m_broker.caFile()};
        port = m_broker.wrongHostTlsPort();
    } else if (which == QLatin1String("mtls")) {
        tls = {QStringLiteral("--cafile"), m_broker.caFile(),       QStringLiteral("--cert"),
               m_broker.clientCertFile(),  QStringLiteral("--key"), m_broker.clientKeyFile()};
        port = m_broker.mtlsPort();
    }
    const QStringList args = QStringList{QStringLiteral("-h"),  QStringLiteral("localhost"), QStringLiteral("-p"),
                                         QString::number(port), QStringLiteral("-t"),        QStringLiteral("tls/#")}
                             + tls;
    if (!works) {
        const Run r = runCli(QStringList{QStringLiteral("sub")} + args);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, 8);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.toLower().contains(problem), r.err.constData());
        return;
    }
    QProcess *sub = startSub(args + QStringList{QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-v")},
                             QStringLiteral("tls/#"));
    QVERIFY(sub);
    const Run pub = runCli(QStringList{QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("localhost"),
                                       QStringLiteral("-p"), QString::number(port), QStringLiteral("-t"),
                                       QStringLiteral("tls/x"), QStringLiteral("-m"), QStringLiteral("secret"),
                                       QStringLiteral("-q"), QStringLiteral("1")}
                           + tls);
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("tls/x secret\n"));
}

void TestCli::subWebSocket()
{
    const QString url = QStringLiteral("ws://127.0.0.1:%1/").arg(m_broker.wsPort());
    QProcess *sub = startSub({QStringLiteral("--url"), url, QStringLiteral("-t"), QStringLiteral("ws/#"),
                              QStringLiteral("-C"), QStringLiteral("2"), QStringLiteral("-v")},
                             QStringLiteral("ws/#"));
    QVERIFY(sub);
    // one over TCP, one over WebSocket
    QCOMPARE(
        runCli(QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"), QStringLiteral("ws/tcp"), QStringLiteral("-m"), QStringLiteral("a")})
            .exitCode,
        0);
    const Run pub = runCli({QStringLiteral("pub"), QStringLiteral("--url"), url, QStringLiteral("-t"),
                            QStringLiteral("ws/ws"), QStringLiteral("-m"), QStringLiteral("b"), QStringLiteral("-q"),
                            QStringLiteral("2")});
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("ws/tcp a\nws/ws b\n"));
}

void TestCli::subSigtermDisconnectsCleanly()
{
#ifdef Q_OS_UNIX
    QProcess *sub = startSub(plain() + QStringList{QStringLiteral("-t"), QStringLiteral("term/#")},
                             QStringLiteral("term/#"));
    QVERIFY(sub);
    const QString id = sub->arguments().at(2);
    const qint64 from = m_broker.logSize();
    sub->terminate();
    const Run r = finish(*sub);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QVERIFY(!r.crashed);
    QCOMPARE(r.err, QByteArray());
    // mosquitto logs "Client <id> disconnected." for a DISCONNECT (else "closed its connection")
    QVERIFY(m_broker.waitForLog("Client " + id.toUtf8() + " disconnected.", from, 10000));
#else
    QSKIP("POSIX signals");
#endif
}

void TestCli::pubStdinLines()
{
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("lines/#"), QStringLiteral("-q"),
                                               QStringLiteral("1"), QStringLiteral("-C"), QStringLiteral("4")},
                             QStringLiteral("lines/#"), 1);
    QVERIFY(sub);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                               + QStringList{QStringLiteral("-t"), QStringLiteral("lines/x"), QStringLiteral("-l"),
                                             QStringLiteral("-q"), QStringLiteral("1")},
                           QByteArray("first\nsecond line\n\nlast without newline"));
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    // an empty line is an empty message, which mosquitto_sub prints as nothing
    QCOMPARE(r.out, QByteArray("first\nsecond line\nlast without newline\n"));
}

void TestCli::pubStdinWhole()
{
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("whole/#"), QStringLiteral("-C"),
                                               QStringLiteral("3"), QStringLiteral("-F"), QStringLiteral("%l:%p")},
                             QStringLiteral("whole/#"));
    QVERIFY(sub);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                               + QStringList{QStringLiteral("-t"), QStringLiteral("whole/x"), QStringLiteral("-s"),
                                             QStringLiteral("--repeat"), QStringLiteral("2")},
                           QByteArray("a\nb"));
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), QStringLiteral("whole/x"), QStringLiteral("-n")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("3:a\nb\n3:a\nb\n0:\n"));
}

void TestCli::pubStdinLinesInOrder_data()
{
    QTest::addColumn<int>("qos");
    for (int qos = 0; qos <= 2; ++qos)
        QTest::addRow("qos %d", qos) << qos;
}

// More lines than the reader's read-ahead and the publisher's bounds hold, so
// that reading pauses and resumes many times: every line arrives, in order.
void TestCli::pubStdinLinesInOrder()
{
    QFETCH(int, qos);
    constexpr int Lines = 20000;
    const QString topic = QStringLiteral("ordered/%1").arg(qos);
    const QString q = QString::number(qos);
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), q,
                                               QStringLiteral("-C"), QString::number(Lines)},
                             topic, qos);
    QVERIFY(sub);
    const QByteArray input = numberedLines(Lines, 100);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                               + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-l"), QStringLiteral("-q"), q},
                           input, 120000);
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub, 120000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out.count('\n'), Lines);
    QVERIFY(r.out == input);
}

// A line from a pipe goes out as it arrives, not when a buffer fills or the
// input ends.
void TestCli::pubStdinLinePublishedOnArrival()
{
    QProcess *sub = startSub(
        plain()
            + QStringList{QStringLiteral("-t"), QStringLiteral("arrival/x"), QStringLiteral("-C"), QStringLiteral("2")},
        QStringLiteral("arrival/x"));
    QVERIFY(sub);
    QProcess pub;
    pub.start(QStringLiteral(SIGNALBOX_CLI_PATH),
              QStringList{QStringLiteral("pub")} + plain()
                  + QStringList{QStringLiteral("-t"), QStringLiteral("arrival/x"), QStringLiteral("-l"),
                                QStringLiteral("-q"), QStringLiteral("1")});
    QVERIFY(pub.waitForStarted(10000));
    pub.write("first\n");
    QVERIFY(pub.waitForBytesWritten(10000));
    QByteArray received;
    while (!received.contains('\n') && sub->waitForReadyRead(ProcessTimeoutMs))
        received += sub->readAllStandardOutput();
    QCOMPARE(received, QByteArray("first\n"));
    QCOMPARE(pub.state(), QProcess::Running); // its stdin is still open
    pub.write("second\n");
    pub.closeWriteChannel();
    const Run p = finish(pub);
    QCOMPARE(p.err, QByteArray());
    QCOMPARE(p.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(received + r.out, QByteArray("first\nsecond\n"));
}

void TestCli::pubStdinLinesBoundedMemory_data()
{
    QTest::addColumn<int>("qos");
    for (int qos = 0; qos <= 2; ++qos)
        QTest::addRow("qos %d", qos) << qos;
}

// Reading stdin is paced by what the client still holds: fed 24 MB of lines
// (242 bytes each, as bench/pub-memory.sh) through a pipe as fast as it takes
// them, the command's peak resident memory grows by far less than the input's
// size over what it had once connected. (Unpaced, the input piled up in the
// client's queue: 40 MB more at QoS 1 and 2.)
void TestCli::pubStdinLinesBoundedMemory()
{
#if defined(SIGNALBOX_TEST_ASAN)
    QSKIP("AddressSanitizer's quarantine keeps freed memory resident");
#elif defined(Q_OS_LINUX)
    QFETCH(int, qos);
    constexpr int Lines = 100000;
    constexpr qint64 GrowthLimitKiB = 12 * 1024;
    const QByteArray input = numberedLines(Lines, 242);
    const QString id = nextId("paced");
    const qint64 from = m_broker.logSize();
    QProcess pub;
    pub.start(QStringLiteral(SIGNALBOX_CLI_PATH),
              QStringList{QStringLiteral("pub"), QStringLiteral("-i"), id} + plain()
                  + QStringList{QStringLiteral("-t"), QStringLiteral("paced/x"), QStringLiteral("-l"),
                                QStringLiteral("-q"), QString::number(qos)});
    QVERIFY(pub.waitForStarted(10000));
    // mosquitto: "New client connected from 127.0.0.1:port as <id> (p2, c1, k60)."
    QVERIFY(m_broker.waitForLog(" as " + id.toUtf8() + " (", from, 20000));
    const qint64 connected = peakRssKiB(pub.processId());
    QVERIFY(connected > 0);
    qint64 peak = connected;
    constexpr qsizetype Piece = 256 * 1024;
    for (qsizetype at = 0; at < input.size() && pub.state() == QProcess::Running; at += Piece) {
        pub.write(input.mid(at, Piece));
        while (pub.bytesToWrite() > 0 && pub.waitForBytesWritten(ProcessTimeoutMs)) { }
        peak = std::max(peak, peakRssKiB(pub.processId()));
    }
    pub.closeWriteChannel();
    while (pub.state() == QProcess::Running && !pub.waitForFinished(50))
        peak = std::max(peak, peakRssKiB(pub.processId()));
    const Run r = finish(pub, 120000);
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    QVERIFY2(peak - connected < GrowthLimitKiB,
             qPrintable(QStringLiteral("peak RSS %1 KiB, %2 KiB once connected, for %3 bytes of input")
                            .arg(peak)
                            .arg(connected)
                            .arg(input.size())));
#else
    QSKIP("VmHWM in /proc/<pid>/status is Linux's");
#endif
}

void TestCli::pubPayloadTooLarge_data()
{
    QTest::addColumn<QString>("option");
    QTest::addColumn<bool>("pipe");
    QTest::newRow("-f file") << QStringLiteral("-f") << false;
    QTest::newRow("-s from a file") << QStringLiteral("-s") << false;
    QTest::newRow("-s from an endless pipe") << QStringLiteral("-s") << true;
}

// MQTT 5.0 §1.5.5: a Remaining Length is at most 268,435,455 bytes, of which
// the topic "big/x" takes 7. A file larger than that is refused by its size,
// before it is read (a sparse file of 300 MB); a pipe once it is past the limit.
void TestCli::pubPayloadTooLarge()
{
    QFETCH(QString, option);
    QFETCH(bool, pipe);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("big.bin"));
    {
        QFile big(path);
        QVERIFY(big.open(QIODevice::WriteOnly));
        QVERIFY(big.resize(300 * 1000 * 1000));
    }
    QStringList args = QStringList{QStringLiteral("pub")} + plain()
                       + QStringList{QStringLiteral("-t"), QStringLiteral("big/x")};
    args += option;
    if (option == QLatin1String("-f"))
        args += path;
    QProcess process;
    if (pipe) {
#ifdef Q_OS_UNIX
        // the pipe never ends: the command must stop reading by itself
        process.start(QStringLiteral("/bin/sh"),
                      QStringList{QStringLiteral("-c"), QStringLiteral("cat /dev/zero | \"$0\" \"$@\""),
                                  QStringLiteral(SIGNALBOX_CLI_PATH)}
                          + args);
#else
        QSKIP("a shell pipe");
#endif
    } else {
        if (option == QLatin1String("-s"))
            process.setStandardInputFile(path);
        process.start(QStringLiteral(SIGNALBOX_CLI_PATH), args);
    }
    QVERIFY(process.waitForStarted(10000));
    process.closeWriteChannel();
    const Run r = finish(process, 120000);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 1); // as mosquitto_pub
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains("268435448 bytes one MQTT message to this topic can carry"), r.err.constData());
    if (option == QLatin1String("-f"))
        QVERIFY2(r.err.contains(path.toLocal8Bit()), r.err.constData());
    QVERIFY2(r.err.contains(pipe ? "holds more than" : "is 300000000 bytes"), r.err.constData());
#if defined(Q_OS_LINUX) && !defined(SIGNALBOX_TEST_ASAN)
    if (!pipe) {
        // not read: the largest child this test process has waited for stayed small
        rusage usage{};
        QCOMPARE(getrusage(RUSAGE_CHILDREN, &usage), 0);
        QVERIFY2(usage.ru_maxrss < 200 * 1024, qPrintable(QString::number(usage.ru_maxrss)));
    }
#endif
}

void TestCli::pubDeniedQos1FailsV5()
{
    // bob may not publish to public/denied/#; under MQTT 5 mosquitto says so in PUBACK
    const Run r = runCli({QStringLiteral("pub"), QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"),
                          QString::number(m_broker.authPort()), QStringLiteral("-u"), MosquittoBroker::bobUser(),
                          QStringLiteral("-P"), MosquittoBroker::bobPassword(), QStringLiteral("-V"),
                          QStringLiteral("5"), QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-t"),
                          QStringLiteral("public/denied/x"), QStringLiteral("-m"), QStringLiteral("no")});
    QVERIFY(r.finished);
    QVERIFY(r.exitCode != 0);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains("public/denied/x"), r.err.constData());
}

void TestCli::demoPublishes()
{
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("Sensor/#"), QStringLiteral("-C"),
                                               QStringLiteral("6"), QStringLiteral("-v")},
                             QStringLiteral("Sensor/#"));
    QVERIFY(sub);
    const Run demo = runCli(QStringList{QStringLiteral("demo")} + plain()
                            + QStringList{QStringLiteral("--interval"), QStringLiteral("100"),
                                          QStringLiteral("--count"), QStringLiteral("2")});
    QCOMPARE(demo.err, QByteArray());
    QCOMPARE(demo.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QMap<QString, int> seen;
    const QList<QByteArray> lines = r.out.split('\n');
    QCOMPARE(lines.size(), 7);
    for (const QByteArray &line : lines.first(6)) {
        const qsizetype space = line.indexOf(' ');
        QVERIFY(space > 0);
        const QString topic = QString::fromUtf8(line.left(space));
        QJsonParseError error;
        const QJsonObject o = QJsonDocument::fromJson(line.mid(space + 1), &error).object();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QVERIFY(o.contains(QLatin1String("timestamp")));
        if (topic == QLatin1String("Sensor/imu/value"))
            QVERIFY(o.contains(QLatin1String("ax")) && o.contains(QLatin1String("az")) && o.contains(QLatin1String("gx")));
        else if (topic == QLatin1String("Sensor/ultrasonic/distance"))
            QVERIFY(o.contains(QLatin1String("distance_cm")));
        else if (topic == QLatin1String("Sensor/cds/value"))
            QVERIFY(o.contains(QLatin1String("lux")));
        else
            QFAIL(qPrintable(topic));
        ++seen[topic];
    }
    QCOMPARE(seen.size(), 3);
    for (int n : std::as_const(seen))
        QCOMPARE(n, 2);
}

// A broker that accepts CONNECT and then says nothing more: the keep-alive must end the command.
void TestCli::subBrokerStopsAnswering()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket *> sockets;
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        sockets.append(socket);
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            const QByteArray data = socket->readAll();
            if (data.startsWith('\x10'))
                socket->write(QByteArray("\x20\x02\x00\x00", 4)); // CONNACK accepted
            else if (data.startsWith('\x82'))
                socket->write(QByteArray("\x90\x03", 2) + data.mid(2, 2) + QByteArray(1, '\0')); // SUBACK
        });
    });
    QProcess process;
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH),
                  {QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(server.serverPort()), QStringLiteral("-t"), QStringLiteral("a"),
                   QStringLiteral("-k"), QStringLiteral("2")});
    const Run r = finish(process);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 19); // MOSQ_ERR_KEEPALIVE
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.contains("stopped answering"), r.err.constData());
}

void TestCli::subMalformedPacket()
{
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost, 0));
    connect(&server, &QTcpServer::newConnection, this, [&] {
        QTcpSocket *socket = server.nextPendingConnection();
        connect(socket, &QTcpSocket::readyRead, socket, [socket] {
            if (socket->readAll().startsWith('\x10')) {
                // CONNACK, then a PUBLISH whose Remaining Length runs past 4 bytes (MQTT 5.0 §1.5.5)
                socket->write(QByteArray("\x20\x02\x00\x00\x30\xff\xff\xff\xff\x7f", 10));
            }
        });
    });
    QProcess process;
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH),
                  {QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                   QString::number(server.serverPort()), QStringLiteral("-t"), QStringLiteral("a")});
    const Run r = finish(process);
    QVERIFY(r.finished);
    QVERIFY(r.exitCode == 26 || r.exitCode == 2);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.toLower().contains("malformed"), r.err.constData());
}

void TestCli::subConnectionLost()
{
    MosquittoBroker::Options options;
    options.tls = false;
    options.websockets = false;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    const QStringList args{QStringLiteral("-h"), broker.host(),
                           QStringLiteral("-p"), QString::number(broker.plainPort()),
                           QStringLiteral("-t"), QStringLiteral("lost/#"),
                           QStringLiteral("-k"), QStringLiteral("5")};

    // by default: one line and a non-zero exit
    QProcess sub;
    sub.start(QStringLiteral(SIGNALBOX_CLI_PATH),
              QStringList{QStringLiteral("sub"), QStringLiteral("-i"), QStringLiteral("lost-1")} + args);
    QVERIFY(broker.waitForLog("lost-1 0 lost/#", 0, 20000));

    // --reconnect: keeps going and gets messages after the broker is back
    QProcess again;
    again.start(QStringLiteral(SIGNALBOX_CLI_PATH),
                QStringList{QStringLiteral("sub"), QStringLiteral("-i"), QStringLiteral("lost-2"),
                            QStringLiteral("--reconnect"), QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-v")}
                    + args);
    QVERIFY(broker.waitForLog("lost-2 0 lost/#", 0, 20000));

    broker.kill();
    const Run r = finish(sub);
    QVERIFY(r.finished);
    QCOMPARE(r.exitCode, 7); // MOSQ_ERR_CONN_LOST
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY(again.state() != QProcess::NotRunning);

    qint64 from = broker.logSize();
    QVERIFY(broker.restart());
    if (broker.logSize() < from)
        from = 0; // the log started over
    QVERIFY(broker.waitForLog("lost-2 0 lost/#", from, 30000));
    QCOMPARE(runCli({QStringLiteral("pub"), QStringLiteral("-h"), broker.host(), QStringLiteral("-p"),
                     QString::number(broker.plainPort()), QStringLiteral("-t"), QStringLiteral("lost/x"),
                     QStringLiteral("-m"), QStringLiteral("back")})
                 .exitCode,
             0);
    const Run r2 = finish(again);
    QCOMPARE(r2.exitCode, 0);
    QCOMPARE(r2.out, QByteArray("lost/x back\n"));
    QVERIFY(r2.err.toLower().contains("reconnecting"));
}

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
