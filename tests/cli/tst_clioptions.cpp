// signalbox-cli as units, with no broker and no process: the command line
// (OptionParser) against what a user sees, the output formats
// (MessageFormatter) and the demo readings. tst_cli runs the built binary.

#include "democommand.h"
#include "decoders/sparkplug.h"
#include "messageformatter.h"
#include "options.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTemporaryFile>
#include <QtTest>

#include <ctime>

using namespace Signalbox;
using namespace Signalbox::Cli;

namespace {

QList<QByteArray> toArgs(const QStringList &args)
{
    QList<QByteArray> out{QByteArrayLiteral("signalbox-cli")};
    for (const QString &a : args)
        out.append(a.toUtf8());
    return out;
}

// A command line written as one string, split at spaces.
QStringList words(const char *line)
{
    return QString::fromUtf8(line).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

// The sentence parsing `line` ends with; empty when it parses.
QString errorOf(const QStringList &args)
{
    const ParseResult result = OptionParser::parse(toArgs(args));
    return result.options ? QString() : result.error;
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

class TestCliOptions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // the command line
    void parseOptions_data();
    void parseOptions();
    void parseConnection();
    void parseTransportOptions();
    void optionNotForCommand_data();
    void optionNotForCommand();
    void optionForCommand_data();
    void optionForCommand();
    void missingValue_data();
    void missingValue();
    void repeatedOption_data();
    void repeatedOption();
    void repeatedOptionKeepsEvery();
    void unknownOption_data();
    void unknownOption();
    void badValue_data();
    void badValue();
    void helpAndVersion();
    void readOptionsFile_data();
    void readOptionsFile();
    void optionsFile();
    void refusedOption_data();
    void refusedOption();
    void helpListsTheCommandsOptions_data();
    void helpListsTheCommandsOptions();

    // the output
    void format_data();
    void format();
    void formatNoEol();
    void formatJsonLine();
    void formatMosquittoJson();
    void utf8Validation_data();
    void utf8Validation();
    void demoReadings();
    void demoSparkplug();

private:
    QTemporaryDir m_config;
};

void TestCliOptions::initTestCase()
{
    // %I, %U and @X print local time
    qputenv("TZ", "UTC");
#ifdef Q_OS_UNIX
    tzset();
#endif
    // no mosquitto_sub/mosquitto_pub options file of the user's
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
}

// ---------------------------------------------------------------- the command line

void TestCliOptions::parseOptions_data()
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
    QTest::newRow("unsupported mosquitto option") << l("sub -t a --keyform engine") << QStringLiteral("--keyform");
    QTest::newRow("-c needs -i") << l("sub -t a -c") << QStringLiteral("-i");
    QTest::newRow("--psk without identity") << l("sub -t a --psk 0a0b") << QStringLiteral("--psk-identity");
    QTest::newRow("--psk not hex") << l("sub -t a --psk 0xzz --psk-identity me") << QStringLiteral("'0xzz'");
    QTest::newRow("--psk odd digits") << l("sub -t a --psk abc --psk-identity me") << QStringLiteral("'abc'");
    QTest::newRow("--psk and --cert") << l("sub -t a --psk 0a --psk-identity me --cert c --key k")
                                      << QStringLiteral("either --psk");
    QTest::newRow("--tls-version old") << l("sub -t a --tls-version tlsv1.1") << QStringLiteral("'tlsv1.1'");
    QTest::newRow("--ciphers unknown") << l("sub -t a --ciphers ECDHE-ECDSA-AES128-GCM-SHA256:NOPE-CIPHER")
                                       << QStringLiteral("'NOPE-CIPHER'");
    QTest::newRow("--capath missing") << l("sub -t a --capath /no/such/dir") << QStringLiteral("/no/such/dir");
    QTest::newRow("--unix and TLS") << l("sub -t a --unix /tmp/s --cafile c") << QStringLiteral("--unix");
    QTest::newRow("--unix and -h") << l("sub -t a --unix /tmp/s -h b") << QStringLiteral("--unix");
    QTest::newRow("-i and -I") << l("sub -t a -i x -I y") << QStringLiteral("-I");
    QTest::newRow("bad version") << l("sub -t a -V 4") << QStringLiteral("4");
    QTest::newRow("-D with -V 311") << l("sub -t a -V 311 -D connect session-expiry-interval 5")
                                    << QStringLiteral("-V 5");
    QTest::newRow("-D unknown property") << l("pub -t a -m x -D publish flavour 5") << QStringLiteral("flavour");
    QTest::newRow("pub --sparkplug") << l("pub -t spBv1.0/G/NDATA/E --sparkplug -m {}") << QString();
    QTest::newRow("pub --sparkplug -l") << l("pub -t spBv1.0/G/NDATA/E --sparkplug -l") << QString();
    QTest::newRow("pub --sparkplug -n") << l("pub -t a --sparkplug -n") << QStringLiteral("--sparkplug");
    QTest::newRow("demo --sparkplug") << l("demo --sparkplug --count 2") << QString();
    QTest::newRow("sub --sparkplug") << l("sub -t a --sparkplug") << QStringLiteral("--sparkplug");
    QTest::newRow("pub --proto") << l("pub -t a --proto r.proto --proto-type p.R --proto-path inc -m {}") << QString();
    QTest::newRow("pub --proto without a type") << l("pub -t a --proto r.proto -m {}") << QStringLiteral("--proto-type");
    QTest::newRow("pub --proto-type alone") << l("pub -t a --proto-type p.R -m {}") << QStringLiteral("--proto");
    QTest::newRow("pub --avro") << l("pub -t a --avro r.avsc -l") << QString();
    QTest::newRow("pub --script") << l("pub -t a --script p.js -m x") << QString();
    QTest::newRow("pub --proto and --avro")
        << l("pub -t a --proto r.proto --proto-type p.R --avro r.avsc -m {}") << QStringLiteral("only one of");
    QTest::newRow("pub --sparkplug and --avro") << l("pub -t a --sparkplug --avro r.avsc -m {}")
                                                << QStringLiteral("Give only one of --sparkplug, --proto and --avro");
    QTest::newRow("pub --sparkplug and --proto")
        << l("pub -t a --sparkplug --proto r.proto --proto-type p.R -m {}") << QStringLiteral("only one of");
    QTest::newRow("pub --avro -n") << l("pub -t a --avro r.avsc -n") << QStringLiteral("--avro needs a message");
    QTest::newRow("pub --proto -n") << l("pub -t a --proto r.proto --proto-type p.R -n")
                                    << QStringLiteral("--proto needs a message");
    // publish() may make JSON out of nothing.
    QTest::newRow("pub --avro -n --script") << l("pub -t a --avro r.avsc -n --script p.js") << QString();
    QTest::newRow("pub --sparkplug -n --script") << l("pub -t a --sparkplug -n --script p.js") << QString();
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

void TestCliOptions::parseOptions()
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

void TestCliOptions::parseTransportOptions()
{
    const auto parse = [](const QString &line) {
        const ParseResult r = OptionParser::parse(toArgs(line.split(QLatin1Char(' '))));
        if (!r.options)
            qWarning("%s", qPrintable(r.error));
        return r.options;
    };
    // mosquitto_sub's --psk and --psk-identity: TLS on, no certificates
    auto o = parse(QStringLiteral("sub -t a --psk 0A1b2c --psk-identity dev-1"));
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Tls);
    QCOMPARE(o->profile.port, quint16(8883));
    QCOMPARE(o->profile.tls.psk, QByteArray::fromHex("0a1b2c"));
    QCOMPARE(o->profile.tls.pskIdentity, QStringLiteral("dev-1"));

    o = parse(QStringLiteral("pub -t a -m x --tls-version tlsv1.3 --ciphers TLS_AES_128_GCM_SHA256"));
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Tls);
    QCOMPARE(o->profile.tls.version, TlsVersion::Tls13);
    QCOMPARE(o->profile.tls.ciphers, QStringLiteral("TLS_AES_128_GCM_SHA256"));

    // --capath replaces the system store as --cafile does, unless --tls-use-os-certs
    QTemporaryDir dir;
    o = parse(QStringLiteral("sub -t a --capath ") + dir.path());
    QVERIFY(o);
    QCOMPARE(o->profile.tls.caDirectory, dir.path());
    QVERIFY(!o->profile.tls.useSystemCaCertificates);
    o = parse(QStringLiteral("sub -t a --tls-use-os-certs --capath ") + dir.path());
    QVERIFY(o);
    QVERIFY(o->profile.tls.useSystemCaCertificates);

    o = parse(QStringLiteral("sub -t a --unix /run/mosquitto/mqtt.sock"));
    QVERIFY(o);
    QCOMPARE(o->profile.scheme, TransportScheme::Unix);
    QCOMPARE(o->profile.socketPath, QStringLiteral("/run/mosquitto/mqtt.sock"));
}

void TestCliOptions::parseConnection()
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
    // --auth-method: enhanced authentication, MQTT 5; SCRAM takes -u and -P, other methods --auth-data
    o = parse("pub -t a -m x --auth-method SCRAM-SHA-256 -u user -P pencil");
    QVERIFY(o);
    QCOMPARE(o->profile.version, ProtocolVersion::V5);
    QCOMPARE(o->profile.authenticationMethod, QStringLiteral("SCRAM-SHA-256"));
    QVERIFY(o->profile.authenticationData.isEmpty());
    QCOMPARE(o->profile.password, QStringLiteral("pencil"));
    o = parse("sub -t a --auth-method TOKEN --auth-data abc -V 5");
    QVERIFY(o);
    QCOMPARE(o->profile.authenticationMethod, QStringLiteral("TOKEN"));
    QCOMPARE(o->profile.authenticationData, QByteArray("abc"));
    o = parse("sub -t a -D connect authentication-method SCRAM-SHA-1 -u u -P p");
    QVERIFY(o);
    QCOMPARE(o->profile.authenticationMethod, QStringLiteral("SCRAM-SHA-1"));

    o = parse("sub -t a -I pre-");
    QVERIFY(o);
    QVERIFY(o->profile.clientId.startsWith(QStringLiteral("pre-")));
    QVERIFY(o->profile.clientId.size() > 4);
}

void TestCliOptions::optionNotForCommand_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");

    const auto notFor = [](const char *command, const char *needed, const QList<const char *> &options) {
        for (const char *option : options) {
            const QStringList given = words(option); // the option, and a value where it takes one
            QTest::addRow("%s %s", command, option)
                << words(command) + words(needed) + given
                << QStringLiteral("The option %1 is not valid for '%2' (see 'signalbox-cli %2 --help').")
                       .arg(given.constFirst(), QLatin1String(command));
        }
    };
    notFor("sub", "-t a",
           {"-m x", "--message x", "-f x", "--file x", "-l", "--stdin-line", "-n", "--null-message", "-s",
            "--stdin-file", "-r", "--retain", "--repeat 2", "--repeat-delay 1", "--interval 5"});
    notFor("pub", "-t a -m x",
           {"-T a",
            "--filter-out a",
            "-U a",
            "--unsubscribe a",
            "-C 1",
            "--count 1",
            "--interval 5",
            "-v",
            "--verbose",
            "-N",
            "-R",
            "-E",
            "-F %p",
            "--format %p",
            "--json",
            "--pretty",
            "--retained-only",
            "--remove-retained",
            "--retain-as-published",
            "--random-filter 50",
            "--decode",
            "--schema x"});
    notFor("demo", "",
           {"-t a",
            "--topic a",
            "-T a",
            "--filter-out a",
            "-U a",
            "--unsubscribe a",
            "-m x",
            "--message x",
            "-f x",
            "--file x",
            "-l",
            "--stdin-line",
            "-n",
            "--null-message",
            "-s",
            "--stdin-file",
            "--repeat 2",
            "--repeat-delay 1",
            "-v",
            "--verbose",
            "-N",
            "-R",
            "-E",
            "-F %p",
            "--format %p",
            "--json",
            "--pretty",
            "--retained-only",
            "--remove-retained",
            "--retain-as-published",
            "--random-filter 50",
            "--proto x",
            "--proto-type x",
            "--proto-path x",
            "--avro x",
            "--script x"});

    // The command is checked before "takes no value" and before a bad number.
    QTest::newRow("sub --retain=1") << words("sub -t a --retain=1")
                                    << QStringLiteral("The option --retain is not valid for 'sub' (see "
                                                      "'signalbox-cli sub --help').");
    QTest::newRow("sub --repeat x") << words("sub -t a --repeat x")
                                    << QStringLiteral("The option --repeat is not valid for 'sub' (see "
                                                      "'signalbox-cli sub --help').");
    // As always: -C, -m ... check the command before their value; -t, -T and -U after it.
    QTest::newRow("pub -C, no value") << words("pub -t a -m x -C")
                                      << QStringLiteral("The option -C is not valid for 'pub' (see "
                                                        "'signalbox-cli pub --help').");
    QTest::newRow("demo -t, no value") << words("demo -t") << QStringLiteral("The option -t needs a value.");
    QTest::newRow("pub -U, no value") << words("pub -t a -m x -U") << QStringLiteral("The option -U needs a value.");
}

void TestCliOptions::optionNotForCommand()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

void TestCliOptions::optionForCommand_data()
{
    QTest::addColumn<QStringList>("args");

    const auto takes = [](const char *command, const char *needed, const QList<const char *> &options) {
        for (const char *option : options)
            QTest::addRow("%s %s", command, option) << words(command) + words(needed) + words(option);
    };
    // the connection's options, and --help and --version
    const QList<const char *> everyCommand = {"-q 1",
                                              "--qos=2",
                                              "-h x",
                                              "-p 2",
                                              "-L mqtt://h",
                                              "--ws-path /w",
                                              "-V 5",
                                              "-i me",
                                              "-I pre-",
                                              "-u u",
                                              "-u u -P p",
                                              "-u u --pw p",
                                              "-u u --password p",
                                              "--auth-method SCRAM-SHA-256 -u u -P p",
                                              "--auth-method TOKEN --auth-data d",
                                              "-k 5",
                                              "-c -i me",
                                              "-x 5",
                                              "--session-db f -i me",
                                              "--history --session-db f -i me",
                                              "-D connect user-property a b",
                                              "-W 5",
                                              "-d",
                                              "--quiet",
                                              "--reconnect",
                                              "--nodelay",
                                              "--will-topic w",
                                              "--will-payload p --will-topic w",
                                              "--will-qos 1 --will-topic w",
                                              "--will-retain --will-topic w",
                                              "--tls",
                                              "--insecure",
                                              "--alpn a",
                                              "--tls-server-name n",
                                              "--sni n",
                                              "--help",
                                              "--version"};
    takes("sub", "-t a", everyCommand);
    takes("pub", "-t a -m x", everyCommand);
    takes("demo", "", everyCommand);
    takes("sub", "-t a", {"-C 1", "--count 1"});
    takes("demo", "", {"-C 1", "--count 1", "-r", "--retain"});
    takes("pub", "-t a -m x", {"-r", "--retain"});
}

// What a command takes is accepted (tst_cli's runs and parseConnection check what it does).
void TestCliOptions::optionForCommand()
{
    QFETCH(QStringList, args);
    QCOMPARE(errorOf(args), QString());
}

void TestCliOptions::missingValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");

    const auto last = [](const char *command, const char *needed, const QList<const char *> &options) {
        for (const char *option : options) {
            QTest::addRow("%s %s", command, option)
                << words(command) + words(needed) + words(option)
                << QStringLiteral("The option %1 needs a value.").arg(QLatin1String(option));
        }
    };
    last("sub", "-t a",
         {"-t", "--topic", "-T", "--filter-out", "-U", "--unsubscribe", "-q", "--qos", "-C", "--count", "-F",
          "--format", "--random-filter"});
    last("pub", "-t a -m x", {"-t", "-m", "--message", "-f", "--file", "-q", "--repeat", "--repeat-delay"});
    last("demo", "", {"--interval", "--count", "-C", "-q"});
    // the connection, for every command
    for (const char *command : {"sub", "pub", "demo"}) {
        last(command, "",
             {"-h",
              "--host",
              "-p",
              "--port",
              "-L",
              "--url",
              "--ws-path",
              "-V",
              "--protocol-version",
              "-i",
              "--id",
              "-I",
              "--id-prefix",
              "-u",
              "--username",
              "-P",
              "--pw",
              "--password",
              "-k",
              "--keepalive",
              "-x",
              "--session-expiry",
              "--session-db",
              "-D",
              "--property",
              "-W",
              "--timeout",
              "--will-topic",
              "--will-payload",
              "--will-qos",
              "--cafile",
              "--cert",
              "--key",
              "--key-passphrase",
              "--alpn",
              "--tls-alpn",
              "--tls-server-name",
              "--sni"});
    }
    // -D takes three values, four for a user property
    QTest::newRow("-D packet only") << words("sub -t a -D connect") << QStringLiteral("The option -D needs a value.");
    QTest::newRow("-D no value") << words("sub -t a -D connect session-expiry-interval")
                                 << QStringLiteral("The option -D needs a value.");
    QTest::newRow("-D user property, no value")
        << words("sub -t a -D connect user-property k") << QStringLiteral("The option -D needs a value.");
    QTest::newRow("--property=packet") << words("sub -t a --property=connect")
                                       << QStringLiteral("The option --property needs a value.");
}

void TestCliOptions::missingValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

void TestCliOptions::repeatedOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("pub -t twice") << words("pub -t a -t b -m x")
                                  << QStringLiteral("Give only one topic (-t) to publish to.");
    QTest::newRow("pub --topic= twice") << words("pub --topic=a --topic=a -m x")
                                        << QStringLiteral("Give only one topic (-t) to publish to.");
    QTest::newRow("pub -t and a URL topic") << words("pub -L mqtt://h/x -t y -m z")
                                            << QStringLiteral("Give only one topic (-t or in the URL) to publish to.");
    QTest::newRow("pub -m twice") << words("pub -t a -m x -m y")
                                  << QStringLiteral("Give only one of -m, -f, -l, -s and -n.");
    QTest::newRow("pub -l twice") << words("pub -t a -l -l") << QStringLiteral("Give only one of -m, -f, -l, -s and -n.");
    QTest::newRow("pub -m and -f") << words("pub -t a -m x -f y")
                                   << QStringLiteral("Give only one of -m, -f, -l, -s and -n.");
    QTest::newRow("-i and -I") << words("sub -t a -i x -I y") << QStringLiteral("Give either -i or -I, not both.");
}

void TestCliOptions::repeatedOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

// Options given again: the lists keep every value, the others the last one.
void TestCliOptions::repeatedOptionKeepsEvery()
{
    ParseResult r = OptionParser::parse(toArgs(words("sub -t a --topic b -T c -T d -U e --unsubscribe f")));
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->topics, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(r.options->filterOuts, (QStringList{QStringLiteral("c"), QStringLiteral("d")}));
    QCOMPARE(r.options->unsubscribeTopics, (QStringList{QStringLiteral("e"), QStringLiteral("f")}));

    r = OptionParser::parse(
        toArgs(words("sub -t a -q 1 --qos 2 -h one -h two -p 1 --port=2 -C 3 -C 4 -F %t -F %p -k 5 -k 6 -i x -i y "
                     "--alpn a,b --tls-alpn c")));
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->qos, quint8(2));
    QCOMPARE(r.options->profile.host, QStringLiteral("two"));
    QCOMPARE(r.options->profile.port, quint16(2));
    QCOMPARE(r.options->count, 4);
    QCOMPARE(r.options->format, std::optional<QByteArray>("%p"));
    QCOMPARE(r.options->profile.keepAlive, quint16(6));
    QCOMPARE(r.options->profile.clientId, QStringLiteral("y"));
    QCOMPARE(r.options->profile.tls.alpn, (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));

    r = OptionParser::parse(toArgs(words("demo -r -r --count 2 -C 3 --interval 10 --interval 20")));
    QVERIFY2(r.options, qPrintable(r.error));
    QVERIFY(r.options->retain);
    QCOMPARE(r.options->demoCount, 3);
    QCOMPARE(r.options->count, 0);
    QCOMPARE(r.options->intervalMs, 20);
}

void TestCliOptions::unknownOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown long") << words("sub -t a --frobnicate")
                                  << QStringLiteral("Unknown option '--frobnicate' (see 'signalbox-cli sub --help').");
    QTest::newRow("unknown long with =") << words("pub -t a -m x --frobnicate=1")
                                         << QStringLiteral(
                                                "Unknown option '--frobnicate' (see 'signalbox-cli pub --help').");
    QTest::newRow("unknown short") << words("demo -Z")
                                   << QStringLiteral("Unknown option '-Z' (see 'signalbox-cli demo --help').");
    QTest::newRow("no short value joined")
        << words("sub -t a -q1") << QStringLiteral("Unknown option '-q1' (see 'signalbox-cli sub --help').");
    QTest::newRow("no = for short") << words("sub -t a -q=1")
                                    << QStringLiteral("Unknown option '-q=1' (see 'signalbox-cli sub --help').");
    QTest::newRow("names are case sensitive")
        << words("sub -t a --QOS 1") << QStringLiteral("Unknown option '--QOS' (see 'signalbox-cli sub --help').");
    QTest::newRow("not an option") << words("sub -t a extra")
                                   << QStringLiteral("Unexpected argument 'extra': options start with '-' (see "
                                                     "'signalbox-cli sub --help').");
    QTest::newRow("mosquitto's --tls-engine=")
        << words("pub -t a -m x --tls-engine=pkcs11")
        << QStringLiteral("signalbox-cli does not take mosquitto's --tls-engine: Qt's TLS cannot reach OpenSSL "
                          "engines (which OpenSSL 3 deprecates); give the key as a file with --key.");
    QTest::newRow("mosquitto's -A") << words("demo -A 127.0.0.1")
                                    << QStringLiteral("signalbox-cli does not support mosquitto's option -A.");
    QTest::newRow("flag with a value") << words("pub -t a -m x --retain=1")
                                       << QStringLiteral("The option --retain takes no value.");
    QTest::newRow("unknown command") << words("subscribe -t a")
                                     << QStringLiteral("Unknown command 'subscribe': use 'sub', 'pub' or 'demo' "
                                                       "(see 'signalbox-cli --help').");
    QTest::newRow("no command") << QStringList()
                                << QStringLiteral("No command given: use 'sub', 'pub' or 'demo' (see "
                                                  "'signalbox-cli --help').");
}

void TestCliOptions::unknownOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

void TestCliOptions::badValue_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const auto range = [](const char *option, const char *min, const char *max, const char *given) {
        return QStringLiteral("The option %1 needs a number from %2 to %3, not '%4'.")
            .arg(QLatin1String(option), QLatin1String(min), QLatin1String(max), QLatin1String(given));
    };
    QTest::newRow("qos 3") << words("sub -t a -q 3") << range("-q", "0", "2", "3");
    QTest::newRow("port 0") << words("sub -t a --port=0") << range("--port", "1", "65535", "0");
    QTest::newRow("port in hex") << words("sub -t a -p 0x10") << range("-p", "1", "65535", "0x10");
    QTest::newRow("keep-alive 1.5") << words("sub -t a -k 1.5") << range("-k", "0", "65535", "1.5");
    QTest::newRow("keep-alive 1e2") << words("sub -t a -k 1e2") << range("-k", "0", "65535", "1e2");
    QTest::newRow("count 0") << words("sub -t a -C 0") << range("-C", "1", "2147483647", "0");
    QTest::newRow("repeat too many") << words("pub -t a -m x --repeat 2147483648")
                                     << range("--repeat", "1", "2147483647", "2147483648");
    QTest::newRow("interval") << words("demo --interval 86400001") << range("--interval", "1", "86400000", "86400001");
    QTest::newRow("timeout 0") << words("sub -t a -W 0") << range("-W", "1", "31536000", "0");
    QTest::newRow("will qos") << words("pub -t a -m x --will-qos 3") << range("--will-qos", "0", "2", "3");
    QTest::newRow("repeat delay negative")
        << words("pub -t a -m x --repeat-delay -1")
        << QStringLiteral("The option --repeat-delay needs a number of seconds, not '-1'.");
    QTest::newRow("repeat delay over a day")
        << words("pub -t a -m x --repeat-delay 86401")
        << QStringLiteral("The option --repeat-delay needs a number of seconds, not '86401'.");
    QTest::newRow("random filter") << words("sub -t a --random-filter 0.05")
                                   << QStringLiteral("The option --random-filter needs a percentage from 0.1 to 100, "
                                                     "not '0.05'.");
    QTest::newRow("random filter nan") << words("sub -t a --random-filter nan")
                                       << QStringLiteral("The option --random-filter needs a percentage from 0.1 to "
                                                         "100, not 'nan'.");
    QTest::newRow("session expiry") << words("sub -t a --session-expiry 4294967296")
                                    << QStringLiteral("The option -x needs a number of seconds from 0 to 4294967295, "
                                                      "or -1 for a session that does not expire, not '4294967296'.");
    QTest::newRow("version") << words("sub -t a -V 4")
                             << QStringLiteral("Unknown MQTT version '4': use mqttv5, mqttv311 or mqttv31 (or 5, "
                                               "311, 31).");
    QTest::newRow("-D property") << words("pub -t a -m x -D publish flavour 5")
                                 << QStringLiteral("Unknown MQTT 5 property 'flavour'.");
    QTest::newRow("-D packet") << words("sub -t a -D flub user-property a b")
                               << QStringLiteral("Unknown packet 'flub' in -D: use connect, publish, subscribe, "
                                                 "unsubscribe, disconnect or will.");
    QTest::newRow("--auth-method under 3.1.1") << words("sub -t a --auth-method TOKEN -V 311")
                                               << QStringLiteral("Enhanced authentication (--auth-method) needs -V 5.");
    QTest::newRow("--auth-data alone") << words("sub -t a --auth-data abc")
                                       << QStringLiteral("--auth-data needs --auth-method.");
    QTest::newRow("SCRAM with --auth-data")
        << words("sub -t a --auth-method SCRAM-SHA-1 -u u -P p --auth-data abc")
        << QStringLiteral("SCRAM-SHA-1 makes its own authentication data from -u and -P: leave out --auth-data.");
    QTest::newRow("SCRAM without a password") << words("sub -t a --auth-method SCRAM-SHA-256 -u u")
                                              << QStringLiteral("SCRAM-SHA-256 needs a user name (-u) and a password "
                                                                "(-P).");
    QTest::newRow("SCRAM without a user") << words("sub -t a -D connect authentication-method SCRAM-SHA-256 -P p")
                                          << QStringLiteral("SCRAM-SHA-256 needs a user name (-u) and a password "
                                                            "(-P).");
    QTest::newRow("-D subscribe in pub") << words("pub -t a -m x -D subscribe user-property a b")
                                         << QStringLiteral("'pub' cannot take -D subscribe properties.");
}

void TestCliOptions::badValue()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
}

void TestCliOptions::helpAndVersion()
{
    ParseResult r = OptionParser::parse(toArgs(words("--help")));
    QVERIFY(r.options);
    QCOMPARE(r.options->command, Command::Help);
    QCOMPARE(r.options->helpCommand, Command::Help);

    // --help anywhere after the command asks for that command's help, and the rest is not read
    r = OptionParser::parse(toArgs(words("sub --help --frobnicate")));
    QVERIFY(r.options);
    QCOMPARE(r.options->command, Command::Help);
    QCOMPARE(r.options->helpCommand, Command::Sub);
    r = OptionParser::parse(toArgs(words("pub -t a -?")));
    QVERIFY(r.options);
    QCOMPARE(r.options->helpCommand, Command::Pub);
    r = OptionParser::parse(toArgs(words("demo --help=x")));
    QVERIFY(r.options);
    QCOMPARE(r.options->helpCommand, Command::Demo);
    // ... but what came before it is
    QCOMPARE(errorOf(words("sub --frobnicate --help")),
             QStringLiteral("Unknown option '--frobnicate' (see 'signalbox-cli sub --help')."));

    for (const char *line : {"--version", "version", "sub --version", "demo -q 1 --version"}) {
        r = OptionParser::parse(toArgs(words(line)));
        QVERIFY2(r.options, line);
        QCOMPARE(r.options->command, Command::Version);
    }
    QVERIFY(OptionParser::versionText().startsWith(QLatin1String("signalbox-cli ")));
    QVERIFY(OptionParser::versionText().contains(QLatin1String(qVersion())));
}

void TestCliOptions::helpListsTheCommandsOptions_data()
{
    QTest::addColumn<Command>("command");
    QTest::addColumn<QStringList>("listed");
    QTest::addColumn<QStringList>("absent");

    const auto lines = [](const QList<const char *> &texts) {
        QStringList out;
        for (const char *text : texts)
            out.append(QString::fromUtf8(text));
        return out;
    };
    // what every command lists after its own options
    const QList<const char *> connection = {"\nConnection:\n  -h, --host HOST ",
                                            "\n  -p, --port PORT ",
                                            "\n  -L, --url URL ",
                                            "\n      --ws-path PATH ",
                                            "\n  -V, --protocol-version V ",
                                            "\n  -i, --id ID              client id; -I, --id-prefix PREFIX",
                                            "\n  -u, --username USER      -P, --pw PASSWORD\n",
                                            "\n  --auth-method METHOD ",
                                            "\n  -k, --keepalive SECONDS ",
                                            "\n  -c  ",
                                            "\n  -x SECONDS ",
                                            "\n  --session-db FILE ",
                                            "\n  --history ",
                                            "\n  -D PACKET PROPERTY VALUE ",
                                            "\n  --will-topic T --will-payload P --will-qos Q --will-retain\n",
                                            "\n  -W SECONDS ",
                                            "\n  --reconnect ",
                                            "\n  -d, --debug ",
                                            "\nTLS (any of these turns TLS on):\n  --cafile FILE ",
                                            "\n  --tls-use-os-certs ",
                                            "\n  --cert FILE --key FILE ",
                                            "\n  --insecure ",
                                            "\n  --alpn PROTOCOLS ",
                                            "\n\nExit codes: "};
    QTest::newRow("sub") << Command::Sub
                         << lines({"Usage: signalbox-cli sub ", "\n\n  -t, --topic FILTER ", "\n  -U FILTER ",
                                   "\n  -q QOS                   subscription QoS (0)\n", "\n  -C COUNT ", "\n  -R ",
                                   "\n  --retained-only ", "\n  --remove-retained ", "\n  --retain-as-published ",
                                   "\n  -v ", "\n  -N ", "\n  -F FORMAT ", "\n  --json ", "\n  --pretty ",
                                   "\n  --random-filter PERCENT ", "\n\nConnection:"})
                                + lines(connection)
                         << lines({"-t, --topic TOPIC", "-m TEXT", "\n  -l ", "\n  -s ", "\n  -r ", "--repeat N",
                                   "--interval", "--count N", "--sparkplug", "publish(payload", "the message is JSON"});
    QTest::newRow("pub")
        << Command::Pub
        << lines({"Usage: signalbox-cli pub ", "\n\n  -t, --topic TOPIC ", "\n  -m TEXT ", "\n  -l ", "\n  -s ",
                  "\n  -q QOS                   QoS (0); QoS 1 and 2 wait", "\n  -r                       retain\n",
                  "\n  --repeat N ", "\n  --sparkplug ", "\n  --proto FILE             the message is JSON",
                  "\n  --proto-type TYPE ", "\n  --proto-path DIR ", "\n  --avro FILE              the message is JSON",
                  "\n  --script FILE            send what this JavaScript's publish(payload, topic)", "\n\nConnection:"})
               + lines(connection)
        << lines({"-t, --topic FILTER", "-U FILTER", "-C COUNT", "\n  -R ", "-F FORMAT", "--json ", "--random-filter",
                  "--interval", "--count N", "-q QOS -r", "--decode", "--schema", "receive(payload", "decode payloads"});
    QTest::newRow("demo") << Command::Demo
                          << lines({"Usage: signalbox-cli demo ", "\n\n  --interval MS ", "\n  --count N ",
                                    "\n  -q QOS -r                QoS (0) and retain\n", "\n  --sparkplug ",
                                    "\n\nConnection:"})
                                 + lines(connection)
                          << lines({"-t, --topic", "-m TEXT", "-C COUNT", "-F FORMAT", "--repeat N",
                                    "-r                       retain", "--proto FILE", "--avro FILE", "--script FILE"});
}

// Each command's help lists its own options, then the connection's, and no other command's.
void TestCliOptions::helpListsTheCommandsOptions()
{
    QFETCH(Command, command);
    QFETCH(QStringList, listed);
    QFETCH(QStringList, absent);
    const QString help = OptionParser::helpText(command);
    qsizetype at = 0;
    for (const QString &text : std::as_const(listed)) {
        const qsizetype found = help.indexOf(text, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("'%1' not listed (in this order) in:\n%2").arg(text, help)));
        at = found + 1;
    }
    for (const QString &text : std::as_const(absent))
        QVERIFY2(!help.contains(text), qPrintable(text));
    QVERIFY(help.endsWith(QLatin1String("when the broker refuses the connection.\n")));
}

// ---------------------------------------------------------------- mosquitto's options files

void TestCliOptions::readOptionsFile_data()
{
    QTest::addColumn<QByteArray>("contents");
    QTest::addColumn<QList<int>>("lines");
    QTest::addColumn<QList<QByteArray>>("arguments");
    // as client_config_load(): '#' first is a comment, then strtok(line, " ") and strtok(NULL, "")
    QTest::newRow("one a line") << QByteArray("-h host\n-v\n") << QList<int>{1, 1, 2}
                                << QList<QByteArray>{"-h", "host", "-v"};
    QTest::newRow("comments and blank lines")
        << QByteArray("# a\n\n   \n-v\n") << QList<int>{4} << QList<QByteArray>{"-v"};
    QTest::newRow("the rest of the line is one value")
        << QByteArray("-m hello  world \n") << QList<int>{1, 1} << QList<QByteArray>{"-m", "hello  world "};
    QTest::newRow("a flag, then an option") << QByteArray("-v -R\n") << QList<int>{1, 1} << QList<QByteArray>{"-v", "-R"};
    QTest::newRow("CRLF, leading spaces")
        << QByteArray("  -p 1884\r\n") << QList<int>{1, 1} << QList<QByteArray>{"-p", "1884"};
    QTest::newRow("'#' later is no comment") << QByteArray(" # x\n") << QList<int>{1, 1} << QList<QByteArray>{"#", "x"};
    QTest::newRow("no final newline") << QByteArray("-t a/#") << QList<int>{1, 1} << QList<QByteArray>{"-t", "a/#"};
}

void TestCliOptions::readOptionsFile()
{
    QFETCH(QByteArray, contents);
    QFETCH(QList<int>, lines);
    QFETCH(QList<QByteArray>, arguments);
    QList<int> gotLines;
    QList<QByteArray> got;
    for (const auto &[line, args] : OptionParser::readOptionsFile(contents)) {
        got += args;
        gotLines.insert(gotLines.size(), args.size(), line);
    }
    QCOMPARE(got, arguments);
    QCOMPARE(gotLines, lines);
}

void TestCliOptions::optionsFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const char *name, const QByteArray &text) {
        QFile file(dir.filePath(QLatin1String(name)));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(text);
    };
    write("mosquitto_sub", "-h from-default\n-q 1\n");
    write("other", "-h from-o\n-t a/b\n");
    write("nested", "-o other\n");
    write("short", "-t\n");
    const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(dir.path()));
    QCOMPARE(OptionParser::defaultOptionsFile(Command::Sub), dir.filePath(QStringLiteral("mosquitto_sub")));
    QCOMPARE(OptionParser::defaultOptionsFile(Command::Pub), dir.filePath(QStringLiteral("mosquitto_pub")));
    QCOMPARE(OptionParser::defaultOptionsFile(Command::Demo), QString());

    // the default file first, the command line after it
    ParseResult r = OptionParser::parse(toArgs(words("sub -t x -q 2")));
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->profile.host, QStringLiteral("from-default"));
    QCOMPARE(r.options->qos, quint8(2));
    // -o instead of the default file
    r = OptionParser::parse(toArgs({QStringLiteral("sub"), QStringLiteral("-o"), dir.filePath(QStringLiteral("other"))}));
    QVERIFY2(r.options, qPrintable(r.error));
    QCOMPARE(r.options->profile.host, QStringLiteral("from-o"));
    QCOMPARE(r.options->qos, quint8(0));
    QCOMPARE(r.options->topics, QStringList{QStringLiteral("a/b")});
    // a file's option takes its values from its own line only
    QCOMPARE(errorOf({QStringLiteral("sub"), QStringLiteral("-o"), dir.filePath(QStringLiteral("short")),
                      QStringLiteral("-v")}),
             dir.filePath(QStringLiteral("short")) + QStringLiteral(", line 1: The option -t needs a value."));
    QCOMPARE(errorOf({QStringLiteral("sub"), QStringLiteral("-o"), dir.filePath(QStringLiteral("nested"))}),
             dir.filePath(QStringLiteral("nested"))
                 + QStringLiteral(", line 1: An options file cannot name another with -o."));
    QVERIFY(errorOf({QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("x"), QStringLiteral("-o"),
                     dir.filePath(QStringLiteral("missing"))})
                .startsWith(QStringLiteral("Cannot read the options file ")));
    // --help needs no file
    r = OptionParser::parse(toArgs({QStringLiteral("sub"), QStringLiteral("--help"), QStringLiteral("-o"),
                                    dir.filePath(QStringLiteral("missing"))}));
    QVERIFY(r.options);
    QCOMPARE(r.options->command, Command::Help);
    qputenv("XDG_CONFIG_HOME", oldConfig);
}

void TestCliOptions::refusedOption_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("error");
    const QString engines = QStringLiteral(": Qt's TLS cannot reach OpenSSL engines (which OpenSSL 3 deprecates); give "
                                           "the key as a file with --key.");
    QTest::newRow("--tls-engine") << words("sub -t a --tls-engine pkcs11")
                                  << QStringLiteral("signalbox-cli does not take mosquitto's --tls-engine") + engines;
    QTest::newRow("--tls-engine-kpass-sha1")
        << words("pub -t a -m x --tls-engine-kpass-sha1 00")
        << QStringLiteral("signalbox-cli does not take mosquitto's --tls-engine-kpass-sha1") + engines;
    QTest::newRow("--keyform engine") << words("sub -t a --keyform engine")
                                      << QStringLiteral("signalbox-cli does not take mosquitto's --keyform engine")
                                             + engines;
    QTest::newRow("-S") << words("sub -t a -S")
                        << QStringLiteral("signalbox-cli does not take mosquitto's -S: brokers are not looked up by "
                                          "DNS SRV records (Debian's mosquitto clients are built without -S too); "
                                          "give the host with -h or -L.");
    QTest::newRow("--keyform other") << words("sub -t a --keyform der")
                                     << QStringLiteral("The option --keyform takes pem, not 'der'.");
    QTest::newRow("--keyform pem is taken") << words("sub -t a --keyform pem") << QString();
    QTest::newRow("--retain-handling needs MQTT 5")
        << words("sub -t a --retain-handling 1") << QStringLiteral("--retain-handling needs MQTT 5 (-V 5).");
    QTest::newRow("--retain-handling 3") << words("sub -V 5 -t a --retain-handling 3")
                                         << QStringLiteral("The option --retain-handling needs a number from 0 to "
                                                           "2, not '3'.");
}

void TestCliOptions::refusedOption()
{
    QFETCH(QStringList, args);
    QFETCH(QString, error);
    QCOMPARE(errorOf(args), error);
    if (!error.isEmpty())
        return;
    // the help of sub and pub lists the refused ones, with the reason
    for (Command command : {Command::Sub, Command::Pub}) {
        const QString help = OptionParser::helpText(command);
        QVERIFY(help.contains(QLatin1String("mosquitto options not taken:\n  --tls-engine             Qt's TLS")));
        QVERIFY(help.contains(QLatin1String("\n  -S                       brokers are not looked up")));
    }
}

// ---------------------------------------------------------------- the output

void TestCliOptions::format_data()
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

void TestCliOptions::format()
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

void TestCliOptions::formatNoEol()
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

void TestCliOptions::formatJsonLine()
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

void TestCliOptions::formatMosquittoJson()
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

void TestCliOptions::utf8Validation_data()
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

void TestCliOptions::utf8Validation()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, valid);
    QCOMPARE(MessageFormatter::isValidUtf8(bytes.constData(), bytes.size()), valid);
}

void TestCliOptions::demoReadings()
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

// The edge node's messages, read back by our decoder (tst_cli reads them with Python's protobuf).
void TestCliOptions::demoSparkplug()
{
    const ParseResult parsed = OptionParser::parse(toArgs({QStringLiteral("demo"), QStringLiteral("--sparkplug")}));
    QVERIFY(parsed.options);
    QVERIFY(parsed.options->sparkplug);

    const QList<OutgoingMessage> births = DemoCommand::sparkplugBirths(5, 0, 1.0, 1700000000000);
    QCOMPARE(births.size(), 3);
    QCOMPARE(births[0].topic, QStringLiteral("spBv1.0/Signalbox/NBIRTH/demo"));
    QCOMPARE(births[1].topic, QStringLiteral("spBv1.0/Signalbox/DBIRTH/demo/imu"));
    QCOMPARE(births[2].topic, QStringLiteral("spBv1.0/Signalbox/DBIRTH/demo/ultrasonic"));
    const std::optional<SparkplugPayload> nbirth = decodeSparkplugPayload(births[0].payload);
    QVERIFY(nbirth);
    QCOMPARE(nbirth->seq, std::optional<quint64>(0));
    QCOMPARE(nbirth->timestamp, std::optional<quint64>(1700000000000));
    QCOMPARE(nbirth->metrics.value(0).name, QStringLiteral("bdSeq"));
    QCOMPARE(nbirth->metrics.value(0).value.toULongLong(), 5u);
    QCOMPARE(nbirth->metrics.value(1).name, QStringLiteral("Node Control/Rebirth"));
    QCOMPARE(nbirth->metrics.value(1).value, QVariant(false));

    // seq wraps from 255 to 0 (Sparkplug 3.0 §6.4.20).
    const QList<OutgoingMessage> data = DemoCommand::sparkplugData(254, 1, 1.0, 1700000001000);
    QCOMPARE(data.size(), 3);
    QList<quint64> seqs;
    for (const OutgoingMessage &m : data) {
        const std::optional<SparkplugPayload> p = decodeSparkplugPayload(m.payload);
        QVERIFY(p);
        seqs.append(p->seq.value_or(999));
        for (const SparkplugMetric &metric : p->metrics) {
            QVERIFY(metric.name.isEmpty());
            QVERIFY(metric.alias);
            QCOMPARE(metric.value.typeId(), QMetaType::Double);
        }
    }
    QCOMPARE(seqs, (QList<quint64>{254, 255, 0}));

    const std::optional<SparkplugPayload> death = decodeSparkplugPayload(DemoCommand::sparkplugDeath(5, 1700000002000));
    QVERIFY(death);
    QVERIFY(!death->seq);
    QCOMPARE(death->metrics.value(0).name, QStringLiteral("bdSeq"));
    QCOMPARE(death->metrics.value(0).value.toULongLong(), 5u);
}

QTEST_GUILESS_MAIN(TestCliOptions)
#include "tst_clioptions.moc"
