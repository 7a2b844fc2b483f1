// signalbox-cli: the built binary run with QProcess against a real mosquitto
// (MosquittoBroker). Option parsing and output formats as units, with no
// broker: tst_clioptions.

#include "mosquittobroker.h"
#include "mqtt/properties.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QStandardPaths>
#include <QTcpSocket>
#include <QTemporaryDir>
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

// `program` (signalbox-cli by default) in this environment (this process's by default).
Run runProgram(const QStringList &args, const QProcessEnvironment &environment = QProcessEnvironment::systemEnvironment(),
               const QString &program = QStringLiteral(SIGNALBOX_CLI_PATH))
{
    QProcess process;
    process.setProcessEnvironment(environment);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return {};
    process.closeWriteChannel();
    return finish(process);
}

// The lines of `text`, without empty ones.
QList<QByteArray> linesOf(const QByteArray &text)
{
    QList<QByteArray> lines = text.split('\n');
    lines.removeAll(QByteArray());
    return lines;
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

const QString ProtobufData = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/protobuf");

// What signalbox-cli needs for tests/data/protobuf's sensors.Reading.
QStringList protoOptions()
{
    return {QStringLiteral("--proto"),      ProtobufData + QStringLiteral("/sensors.proto"),
            QStringLiteral("--proto-path"), ProtobufData + QStringLiteral("/include"),
            QStringLiteral("--proto-type"), QStringLiteral("sensors.Reading")};
}

// protoc --decode=sensors.Reading: the message as protobuf's text format; empty (and a
// warning) when protoc cannot read it.
QByteArray protocDecode(const QByteArray &bytes)
{
    QProcess protoc;
    protoc.setWorkingDirectory(ProtobufData);
    protoc.start(QStringLiteral("protoc"), {QStringLiteral("--decode=sensors.Reading"), QStringLiteral("-Iinclude"),
                                            QStringLiteral("-I."), QStringLiteral("sensors.proto")});
    protoc.write(bytes);
    protoc.closeWriteChannel();
    if (!protoc.waitForFinished(20000) || protoc.exitStatus() != QProcess::NormalExit || protoc.exitCode() != 0) {
        qWarning("protoc --decode: %s", protoc.readAllStandardError().constData());
        return {};
    }
    return protoc.readAllStandardOutput();
}

// A python3 with Apache Avro's library (.ci/setup installs python3-avro for the system's python3).
QString avroPython()
{
    for (const QString &candidate :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (candidate.isEmpty() || !QFile::exists(candidate))
            continue;
        QProcess probe;
        probe.setProcessChannelMode(QProcess::MergedChannels); // a ModuleNotFoundError is no news
        probe.start(candidate, {QStringLiteral("-c"), QStringLiteral("import avro.io")});
        if (probe.waitForFinished(ProcessTimeoutMs) && probe.exitStatus() == QProcess::NormalExit && probe.exitCode() == 0)
            return candidate;
    }
    return {};
}

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        return {};
    return path;
}

quint16 freePort()
{
    QTcpServer server;
    server.listen(QHostAddress::LocalHost, 0);
    return server.serverPort();
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

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
    void subQuietKeepsExitCode();
    void optionsFiles();
    void debugLinesAsMosquitto_data();
    void debugLinesAsMosquitto();
    void subRetainHandling_data();
    void subRetainHandling();
    void subRetainAsPublished_data();
    void subRetainAsPublished();
    void subUnsubscribe();
    void subRandomFilter();
    void pubNodelay();
    void subWrongPassword_data();
    void subWrongPassword();
    void subTimeout();
    void subTls_data();
    void subTls();
    void subWebSocket();
    void subUnixSocket();
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
    void pubSparkplug();
    void pubSparkplugBadJson();
    void demoSparkplug();
    void demoSparkplugRebirthAndWill();
    void subDecodesSparkplug();
    void subDecodesProtobuf();
    void subSchemaAndScript();
    void pubProtobuf();
    void pubProtobufBadJson();
    void pubAvro();
    void pubScript();
    void pubScriptFails();
    void pubScriptThenProtobuf();
    void subBrokerStopsAnswering();
    void subMalformedPacket();
    void subConnectionLost();

private:
    QProcess *startSub(const QStringList &args, const QString &filter, int qos = 0);
    // mosquitto_sub (mosquitto-clients), which shares no code with signalbox-cli, with
    // -h/-p/-i given; signalbox-cli sub where it is not installed. Returns as startSub().
    QProcess *startMosquittoSub(const QStringList &args, const QString &filter);
    // program, then `command` (sub, or nothing), -i and a fresh id, then args.
    QProcess *startSubscriber(const QString &program, const QStringList &command, const QStringList &args,
                              const QString &filter, int qos);
    // Sparkplug B payloads read by Python's protobuf (tests/core/sparkplug_payloads.py)
    // from `sub -F '%t %x'` lines: {"topic":..., "message": MessageToDict(...)} each.
    QList<QJsonObject> pythonDecode(const QByteArray &lines);
    bool preparePython();
    QString nextId(const char *prefix) { return QStringLiteral("%1-%2").arg(QLatin1String(prefix)).arg(++m_ids); }
    QStringList plain() const
    {
        return {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"), QString::number(m_broker.plainPort())};
    }

    MosquittoBroker m_broker;
    // XDG_CONFIG_HOME of every run: no mosquitto_sub/mosquitto_pub options file
    // of the user's reaches the tests.
    QTemporaryDir m_config;
    int m_ids = 0;
    QString m_python;
    QTemporaryDir m_protoDir;
};

void TestCli::initTestCase()
{
    qputenv("TZ", "UTC");
#ifdef Q_OS_UNIX
    tzset();
#endif
    QVERIFY(m_config.isValid());
    qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_config.path()));
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
}

// Starts `sub` and returns once the broker has logged its subscription.
QProcess *TestCli::startSub(const QStringList &args, const QString &filter, int qos)
{
    return startSubscriber(QStringLiteral(SIGNALBOX_CLI_PATH), {QStringLiteral("sub")}, args, filter, qos);
}

QProcess *TestCli::startMosquittoSub(const QStringList &args, const QString &filter)
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub"));
    if (program.isEmpty()) {
        qWarning("mosquitto_sub not found: signalbox-cli sub receives instead");
        return startSub(plain() + args, filter);
    }
    return startSubscriber(program, {}, plain() + args, filter, 0);
}

QProcess *TestCli::startSubscriber(const QString &program, const QStringList &command, const QStringList &args,
                                   const QString &filter, int qos)
{
    const QString id = nextId("sub");
    const qint64 from = m_broker.logSize();
    auto *process = new QProcess(this);
    process->start(program, command + QStringList{QStringLiteral("-i"), id} + args);
    process->closeWriteChannel();
    const QByteArray needle = id.toUtf8() + ' ' + QByteArray::number(qos) + ' ' + filter.toUtf8();
    if (!m_broker.waitForLog(needle, from, 20000)) {
        qWarning("subscription '%s' not seen; stderr: %s", needle.constData(),
                 process->readAllStandardError().constData());
        return nullptr;
    }
    return process;
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

// mosquitto's --quiet: no error line, the same exit code.
void TestCli::subQuietKeepsExitCode()
{
    const QStringList args{QStringLiteral("sub"), QStringLiteral("-h"),        QStringLiteral("127.0.0.1"),
                           QStringLiteral("-p"),  QString::number(freePort()), QStringLiteral("-t"),
                           QStringLiteral("a")};
    const Run loud = runCli(args);
    const Run quiet = runCli(args + QStringList{QStringLiteral("--quiet")});
    QVERIFY(loud.finished && quiet.finished);
    QVERIFY(loud.exitCode != 0);
    QVERIFY(!loud.err.isEmpty());
    QCOMPARE(quiet.exitCode, loud.exitCode);
    QCOMPARE(quiet.err, QByteArray());
}

// mosquitto's options files: $XDG_CONFIG_HOME/mosquitto_sub, else
// ~/.config/mosquitto_sub, before the command line; -o FILE instead of them.
void TestCli::optionsFiles()
{
    const QString topic = QStringLiteral("files/%1").arg(nextId("t"));
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("kept"),
                                  QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1")})
                 .exitCode,
             0);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [](const QString &path, const QByteArray &text) {
        QDir().mkpath(QFileInfo(path).path());
        QFile file(path);
        return file.open(QIODevice::WriteOnly) && file.write(text) == text.size();
    };
    // a comment, a value with spaces (the rest of the line), and the broker
    const QByteArray good = "# the test broker\n-h " + m_broker.host().toUtf8() + "\n-p "
                            + QByteArray::number(m_broker.plainPort()) + "\r\n-F %t says %p\n-C 1\n";
    QVERIFY(write(dir.filePath(QStringLiteral("xdg/mosquitto_sub")), good));
    QVERIFY(write(dir.filePath(QStringLiteral("home/.config/mosquitto_sub")), good));
    // a port nothing listens on: read, the run fails
    QVERIFY(write(dir.filePath(QStringLiteral("wrong")), "-p " + QByteArray::number(freePort()) + "\n"));

    QProcessEnvironment xdg = QProcessEnvironment::systemEnvironment();
    xdg.insert(QStringLiteral("XDG_CONFIG_HOME"), dir.filePath(QStringLiteral("xdg")));
    Run r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic}, xdg);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, topic.toUtf8() + " says kept\n");

    QProcessEnvironment home = QProcessEnvironment::systemEnvironment();
    home.remove(QStringLiteral("XDG_CONFIG_HOME"));
    home.insert(QStringLiteral("HOME"), dir.filePath(QStringLiteral("home")));
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic}, home);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, topic.toUtf8() + " says kept\n");

    // the command line comes after the file: its -F wins
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic, QStringLiteral("-F"), QStringLiteral("%p")}, xdg);
    QCOMPARE(r.out, QByteArray("kept\n"));

    // -o instead of the default file: the wrong port is used, the good file is not
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic, QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("wrong"))},
                   xdg);
    QVERIFY(r.exitCode != 0);
    QVERIFY2(r.err.toLower().contains("refused"), r.err.constData());
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic, QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("xdg/mosquitto_sub"))},
                   QProcessEnvironment::systemEnvironment());
    QCOMPARE(r.out, topic.toUtf8() + " says kept\n");

    // pub reads mosquitto_pub, not mosquitto_sub
    QVERIFY(write(dir.filePath(QStringLiteral("xdg/mosquitto_pub")),
                  "-p " + QByteArray::number(m_broker.plainPort()) + "\n-m from the file\n-r\n"));
    QCOMPARE(
        runProgram({QStringLiteral("pub"), QStringLiteral("-h"), m_broker.host(), QStringLiteral("-t"), topic}, xdg).exitCode,
        0);
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic, QStringLiteral("-F"), QStringLiteral("%p")}, xdg);
    QCOMPARE(r.out, QByteArray("from the file\n"));

    // an error names the file and the line
    QVERIFY(write(dir.filePath(QStringLiteral("bad")), "# ok\n-v\n--frobnicate\n"));
    r = runProgram({QStringLiteral("sub"), QStringLiteral("-t"), topic, QStringLiteral("-o"),
                    dir.filePath(QStringLiteral("bad"))});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, dir.filePath(QStringLiteral("bad")).toUtf8()
                        + ", line 3: Unknown option '--frobnicate' (see 'signalbox-cli sub --help').\n");
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-n"), QStringLiteral("-r")})
                 .exitCode,
             0);
}

void TestCli::debugLinesAsMosquitto_data()
{
    QTest::addColumn<QString>("program"); // mosquitto_sub or mosquitto_pub
    QTest::addColumn<QStringList>("args"); // after -h, -p, -i
    QTest::addColumn<int>("payloadLines"); // lines of the payload on stdout, not debug lines
    // a retained QoS 1 message, two filters with retain-as-published (Options: 0x08)
    QTest::newRow("sub, QoS 1, MQTT 5") << QStringLiteral("mosquitto_sub")
                                        << QStringList{QStringLiteral("-t"),
                                                       QStringLiteral("dbg/sub"),
                                                       QStringLiteral("-t"),
                                                       QStringLiteral("dbg/other/#"),
                                                       QStringLiteral("-q"),
                                                       QStringLiteral("1"),
                                                       QStringLiteral("-C"),
                                                       QStringLiteral("1"),
                                                       QStringLiteral("-V"),
                                                       QStringLiteral("5"),
                                                       QStringLiteral("--retain-as-published")}
                                        << 1;
    QTest::newRow("sub, QoS 2, 3.1.1") << QStringLiteral("mosquitto_sub")
                                       << QStringList{QStringLiteral("-t"), QStringLiteral("dbg/sub"),
                                                      QStringLiteral("-q"), QStringLiteral("2"),
                                                      QStringLiteral("-C"), QStringLiteral("1")}
                                       << 1;
    QTest::newRow("pub, QoS 2") << QStringLiteral("mosquitto_pub")
                                << QStringList{QStringLiteral("-t"),    QStringLiteral("dbg/pub"), QStringLiteral("-m"),
                                               QStringLiteral("hello"), QStringLiteral("-q"),      QStringLiteral("2")}
                                << 0;
    QTest::newRow("pub, QoS 1, MQTT 5") << QStringLiteral("mosquitto_pub")
                                        << QStringList{QStringLiteral("-t"), QStringLiteral("dbg/pub"),
                                                       QStringLiteral("-m"), QStringLiteral("hello"),
                                                       QStringLiteral("-q"), QStringLiteral("1"),
                                                       QStringLiteral("-V"), QStringLiteral("5")}
                                        << 0;
}

// -d: the same lines as the real mosquitto_sub/mosquitto_pub -d print for the
// same exchange (on stdout there, on stderr here).
void TestCli::debugLinesAsMosquitto()
{
    QFETCH(QString, program);
    QFETCH(QStringList, args);
    QFETCH(int, payloadLines);
    const QString mosquitto = QStandardPaths::findExecutable(program);
    if (mosquitto.isEmpty())
        QSKIP("mosquitto-clients are not installed");
    QCOMPARE(
        runCli(QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"), QStringLiteral("dbg/sub"), QStringLiteral("-m"),
                             QStringLiteral("hello"), QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1")})
            .exitCode,
        0);
    const QString id = nextId("dbg");
    const QStringList common = plain() + QStringList{QStringLiteral("-i"), id, QStringLiteral("-d")} + args;
    const Run theirs = runProgram(common, QProcessEnvironment::systemEnvironment(), mosquitto);
    const Run ours = runCli(QStringList{program.mid(program.indexOf(QLatin1Char('_')) + 1)} + common);
    QCOMPARE(theirs.exitCode, 0);
    QCOMPARE(ours.exitCode, 0);
    QList<QByteArray> expected = linesOf(theirs.out);
    for (int i = 0; i < payloadLines; ++i)
        expected.removeOne("hello");
    QVERIFY2(expected.size() >= 5, theirs.out.constData());
    QCOMPARE(linesOf(ours.err), expected);
}

void TestCli::subRetainHandling_data()
{
    QTest::addColumn<int>("handling");
    QTest::addColumn<bool>("existing"); // subscribing again in a session that has the subscription
    QTest::addColumn<QByteArray>("first"); // the first message printed ("retain payload")
    // MQTT 5.0 §3.8.3.1 Retain Handling
    QTest::newRow("0, new") << 0 << false << QByteArray("1 kept");
    QTest::newRow("0, existing") << 0 << true << QByteArray("1 kept");
    QTest::newRow("1, new") << 1 << false << QByteArray("1 kept");
    QTest::newRow("1, existing") << 1 << true << QByteArray("0 live");
    QTest::newRow("2, new") << 2 << false << QByteArray("0 live");
}

void TestCli::subRetainHandling()
{
    QFETCH(int, handling);
    QFETCH(bool, existing);
    QFETCH(QByteArray, first);
    const QString topic = QStringLiteral("rh/%1").arg(nextId("t"));
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("kept"),
                                  QStringLiteral("-r"), QStringLiteral("-q"), QStringLiteral("1")})
                 .exitCode,
             0);
    const QString id = nextId("rh");
    const QStringList session{QStringLiteral("-V"),
                              QStringLiteral("5"),
                              QStringLiteral("-c"),
                              QStringLiteral("-i"),
                              id,
                              QStringLiteral("-x"),
                              QStringLiteral("60"),
                              QStringLiteral("-t"),
                              topic,
                              QStringLiteral("-F"),
                              QStringLiteral("%r %p"),
                              QStringLiteral("-C"),
                              QStringLiteral("1")};
    if (existing) {
        // the session's subscription, made and left in place
        const Run made = runCli(QStringList{QStringLiteral("sub")} + plain() + session);
        QCOMPARE(made.exitCode, 0);
        QCOMPARE(made.out, QByteArray("1 kept\n"));
    }
    const qint64 from = m_broker.logSize();
    auto *sub = new QProcess(this);
    sub->start(QStringLiteral(SIGNALBOX_CLI_PATH),
               QStringList{QStringLiteral("sub")} + plain() + session
                   + QStringList{QStringLiteral("--retain-handling"), QString::number(handling)});
    QVERIFY(m_broker.waitForLog(id.toUtf8() + " 0 " + topic.toUtf8(), from, 20000));
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("live")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, first + '\n');
    // the session goes with the next clean start
    runCli(QStringList{QStringLiteral("pub")} + plain()
           + QStringList{QStringLiteral("-i"), id, QStringLiteral("-t"), topic, QStringLiteral("-n"),
                         QStringLiteral("-r")});
}

void TestCli::subRetainAsPublished_data()
{
    QTest::addColumn<bool>("asPublished");
    QTest::addColumn<QByteArray>("expected"); // the retain flag of a live retained message
    // MQTT 5.0 §3.3.1.3: forwarded with retain 0 unless Retain As Published
    QTest::newRow("without") << false << QByteArray("0 live\n");
    QTest::newRow("with") << true << QByteArray("1 live\n");
}

void TestCli::subRetainAsPublished()
{
    QFETCH(bool, asPublished);
    QFETCH(QByteArray, expected);
    const QString topic = QStringLiteral("rap/%1").arg(nextId("t"));
    QStringList args = plain() + QStringList{QStringLiteral("-V"),    QStringLiteral("5"),  QStringLiteral("-F"),
                                             QStringLiteral("%r %p"), QStringLiteral("-C"), QStringLiteral("1")};
    if (asPublished)
        args << QStringLiteral("--retain-as-published");
    QProcess *sub = startSub(args + QStringList{QStringLiteral("-t"), topic}, topic);
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("live"),
                                  QStringLiteral("-r")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, expected);
    runCli(QStringList{QStringLiteral("pub")} + plain()
           + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-n"), QStringLiteral("-r")});
}

// -U takes a subscription out of a persistent session.
void TestCli::subUnsubscribe()
{
    const QString id = nextId("unsub");
    const QStringList session = plain() + QStringList{QStringLiteral("-c"), QStringLiteral("-i"), id};
    QCOMPARE(runCli(QStringList{QStringLiteral("sub")} + session
                    + QStringList{QStringLiteral("-t"), QStringLiteral("unsub/a"), QStringLiteral("-t"),
                                  QStringLiteral("unsub/b"), QStringLiteral("-E")})
                 .exitCode,
             0);
    QCOMPARE(runCli(QStringList{QStringLiteral("sub")} + session
                    + QStringList{QStringLiteral("-U"), QStringLiteral("unsub/a"), QStringLiteral("-E")})
                 .exitCode,
             0);
    // the session keeps unsub/b only (and unsub/c subscribed now, to know when it is there)
    const qint64 from = m_broker.logSize();
    auto *sub = new QProcess(this);
    sub->start(QStringLiteral(SIGNALBOX_CLI_PATH),
               QStringList{QStringLiteral("sub")} + session
                   + QStringList{QStringLiteral("-t"), QStringLiteral("unsub/c"), QStringLiteral("-v"),
                                 QStringLiteral("-C"), QStringLiteral("2")});
    QVERIFY(m_broker.waitForLog(id.toUtf8() + " 0 unsub/c", from, 20000));
    for (const char *topic : {"unsub/a", "unsub/b", "unsub/c"}) {
        QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                        + QStringList{QStringLiteral("-t"), QLatin1String(topic), QStringLiteral("-m"),
                                      QStringLiteral("x"), QStringLiteral("-q"), QStringLiteral("1")})
                     .exitCode,
                 0);
    }
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("unsub/b x\nunsub/c x\n"));
    runCli(QStringList{QStringLiteral("sub")} + plain()
           + QStringList{QStringLiteral("-i"), id, QStringLiteral("-t"), QStringLiteral("unsub/c"), QStringLiteral("-E")});
}

// --random-filter 50 prints about half of the messages (mosquitto: each with
// that chance); 400 messages make fewer than 130 or more than 270 a 1e-10 event.
void TestCli::subRandomFilter()
{
    const QString topic = QStringLiteral("random/%1").arg(nextId("t"));
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1"),
                                               QStringLiteral("--random-filter"), QStringLiteral("50"),
                                               QStringLiteral("-W"), QStringLiteral("6")},
                             topic, 1);
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                        + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-l"), QStringLiteral("-q"),
                                      QStringLiteral("1")},
                    numberedLines(400, 16))
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 27); // -W
    const qsizetype printed = linesOf(r.out).size();
    QVERIFY2(printed > 130 && printed < 270, QByteArray::number(printed).constData());
}

// --nodelay is taken (the transport always sets TCP_NODELAY) and the message goes.
void TestCli::pubNodelay()
{
    const QString topic = QStringLiteral("nodelay/%1").arg(nextId("t"));
    QProcess *sub = startMosquittoSub({QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("1")}, topic);
    QVERIFY(sub);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                           + QStringList{QStringLiteral("--nodelay"), QStringLiteral("-t"), topic, QStringLiteral("-m"),
                                         QStringLiteral("fast")});
    QCOMPARE(pub.exitCode, 0);
    QCOMPARE(finish(*sub).out, QByteArray("fast\n"));
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
    QTest::newRow("psk") << QStringLiteral("psk") << true << QByteArray();
    QTest::newRow("wrong psk") << QStringLiteral("wrong-psk") << false << QByteArray("pre-shared key");
    QTest::newRow("tlsv1.3 listener, tlsv1.3") << QStringLiteral("tls13") << true << QByteArray();
    QTest::newRow("tlsv1.3 listener, tlsv1.2")
        << QStringLiteral("tls12-on-tls13") << false << QByteArray("refused the tls version tlsv1.2");
    QTest::newRow("capath") << QStringLiteral("capath") << true << QByteArray();
    // Only the system's store: it does not know the test CA.
    QTest::newRow("os certs only") << QStringLiteral("os-certs") << false << QByteArray("untrusted");
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
    } else if (which == QLatin1String("psk") || which == QLatin1String("wrong-psk")) {
        tls = {QStringLiteral("--psk"),
               which == QLatin1String("psk") ? MosquittoBroker::pskKeyHex() : QStringLiteral("0badc0ffee"),
               QStringLiteral("--psk-identity"), MosquittoBroker::pskIdentity()};
        port = m_broker.pskPort();
    } else if (which == QLatin1String("tls13") || which == QLatin1String("tls12-on-tls13")) {
        tls = {QStringLiteral("--cafile"), m_broker.caFile(), QStringLiteral("--tls-version"),
               which == QLatin1String("tls13") ? QStringLiteral("tlsv1.3") : QStringLiteral("tlsv1.2")};
        port = m_broker.tls13Port();
    } else if (which == QLatin1String("capath")) {
        tls = {QStringLiteral("--capath"), QFileInfo(m_broker.caFile()).path()};
    } else if (which == QLatin1String("os-certs")) {
        tls = {QStringLiteral("--tls-use-os-certs")};
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

// mosquitto's "listener 0 <path>": sub and pub over the Unix domain socket.
void TestCli::subUnixSocket()
{
    const QStringList overSocket{QStringLiteral("--unix"), m_broker.unixSocket()};
    QProcess *sub = startSub(overSocket
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("unix/#"), QStringLiteral("-C"),
                                               QStringLiteral("1"), QStringLiteral("-v")},
                             QStringLiteral("unix/#"));
    QVERIFY(sub);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + overSocket
                           + QStringList{QStringLiteral("-t"), QStringLiteral("unix/x"), QStringLiteral("-m"),
                                         QStringLiteral("local"), QStringLiteral("-q"), QStringLiteral("1")});
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("unix/x local\n"));

    const QString missing = m_broker.dir() + QStringLiteral("/missing.sock");
    const Run refused = runCli(
        {QStringLiteral("sub"), QStringLiteral("--unix"), missing, QStringLiteral("-t"), QStringLiteral("a")});
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(refused.err.contains(missing.toLocal8Bit()), refused.err.constData());
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

// The interpreter with python3-protobuf, and sparkplug_b_pb2.py made by protoc from our .proto.
bool TestCli::preparePython()
{
    if (!m_python.isEmpty())
        return true;
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!inPath.isEmpty())
        candidates.append(inPath);
    for (const QString &candidate : std::as_const(candidates)) {
        if (QFile::exists(candidate)
            && QProcess::execute(candidate, {QStringLiteral("-c"), QStringLiteral("import google.protobuf")}) == 0) {
            if (QProcess::execute(QStringLiteral("protoc"), {QStringLiteral("--python_out=") + m_protoDir.path(),
                                                             QStringLiteral("-I" SIGNALBOX_SOURCE_DIR "/core/decoders"),
                                                             QStringLiteral("sparkplug_b.proto")})
                != 0)
                return false;
            m_python = candidate;
            return true;
        }
    }
    return false;
}

QList<QJsonObject> TestCli::pythonDecode(const QByteArray &lines)
{
    QProcess python;
    python.start(m_python, {QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/core/sparkplug_payloads.py"), m_protoDir.path(),
                            QStringLiteral("decode-lines")});
    python.write(lines);
    python.closeWriteChannel();
    QList<QJsonObject> out;
    if (!python.waitForFinished(ProcessTimeoutMs) || python.exitCode() != 0) {
        qWarning("python: %s", python.readAllStandardError().constData());
        return out;
    }
    for (const QByteArray &line : python.readAllStandardOutput().split('\n'))
        if (!line.isEmpty())
            out.append(QJsonDocument::fromJson(line).object());
    return out;
}

// pub --sparkplug: the JSON goes out as protobuf that Python's protobuf reads.
void TestCli::pubSparkplug()
{
    QVERIFY2(preparePython(), "python3 with google.protobuf and protoc are needed");
    const QString topic = QStringLiteral("spBv1.0/G1/DDATA/E1/D1");
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("2"),
                                               QStringLiteral("-F"), QStringLiteral("%t %x")},
                             topic);
    QVERIFY(sub);
    const QByteArray json = R"({"timestamp":1700000000000,"seq":7,"metrics":[{"name":"temp","alias":3,)"
                            R"("datatype":"Float","value":21.5},{"name":"count","datatype":"Int64",)"
                            R"("value":"-9007199254740993"},{"alias":4,"value":true}]})";
    Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                     + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1"),
                                   QStringLiteral("--sparkplug"), QStringLiteral("-m"), QString::fromUtf8(json)});
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    // The same from standard input, a line at a time.
    pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                     + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--sparkplug"), QStringLiteral("-l")},
                 R"({"seq":8,"metrics":[{"alias":3,"datatype":"Float","value":-1}]})"
                 "\n");
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> decoded = pythonDecode(r.out);
    QCOMPARE(decoded.size(), 2);
    QCOMPARE(decoded[0].value(QStringLiteral("topic")).toString(), topic);
    const QJsonObject first = decoded[0].value(QStringLiteral("message")).toObject();
    QCOMPARE(first.value(QStringLiteral("timestamp")).toString(), QStringLiteral("1700000000000"));
    QCOMPARE(first.value(QStringLiteral("seq")).toString(), QStringLiteral("7"));
    const QJsonArray metrics = first.value(QStringLiteral("metrics")).toArray();
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(metrics[0].toObject(),
             QJsonDocument::fromJson(R"({"name":"temp","alias":"3","datatype":9,"float_value":21.5})").object());
    // Int64 as two's complement in long_value (-9007199254740993 + 2^64).
    QCOMPARE(metrics[1].toObject(),
             QJsonDocument::fromJson(R"({"name":"count","datatype":4,"long_value":"18437736874454810623"})").object());
    QCOMPARE(metrics[2].toObject(), QJsonDocument::fromJson(R"({"alias":"4","boolean_value":true})").object());
    const QJsonObject second = decoded[1].value(QStringLiteral("message")).toObject();
    QCOMPARE(second.value(QStringLiteral("seq")).toString(), QStringLiteral("8"));
    QCOMPARE(second.value(QStringLiteral("metrics")).toArray().at(0).toObject().value(QStringLiteral("float_value")),
             QJsonValue(-1));
}

// sub --decode: a DDATA written by Python's protobuf, printed as JSON; a payload on
// a Sparkplug topic that is not Sparkplug B is printed as it is, with the reason on stderr.
void TestCli::subDecodesSparkplug()
{
    QVERIFY2(preparePython(), "python3 with google.protobuf and protoc are needed");
    QTemporaryDir dir;
    QCOMPARE(QProcess::execute(m_python, {QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/core/sparkplug_payloads.py"),
                                          m_protoDir.path(), QStringLiteral("make"), dir.path()}),
             0);
    const QString topic = QStringLiteral("spBv1.0/G1/DDATA/E1/D1");
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("spBv1.0/#"), QStringLiteral("-C"),
                                               QStringLiteral("2"), QStringLiteral("-v"), QStringLiteral("--decode")},
                             QStringLiteral("spBv1.0/#"));
    QVERIFY(sub);
    Run pub = runCli(
        QStringList{QStringLiteral("pub")} + plain()
        + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-f"), dir.filePath(QStringLiteral("ddata.bin"))});
    QCOMPARE(pub.exitCode, 0);
    pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                 + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("55.49")});
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QVERIFY(lines[0].startsWith(QByteArray(topic.toUtf8() + ' ')));
    const QJsonObject decoded = QJsonDocument::fromJson(lines[0].mid(topic.size() + 1)).object();
    QCOMPARE(decoded.value(QStringLiteral("seq")).toInteger(), 255);
    QCOMPARE(decoded.value(QStringLiteral("timestamp")).toInteger(), 1700000001000);
    const QJsonArray metrics = decoded.value(QStringLiteral("metrics")).toArray();
    QCOMPARE(metrics.size(), 3);
    QCOMPARE(metrics[0].toObject().value(QStringLiteral("alias")).toInteger(), 5);
    QCOMPARE(metrics[1].toObject().value(QStringLiteral("value")).toDouble(), 2.5);
    QCOMPARE(metrics[1].toObject().value(QStringLiteral("isHistorical")).toBool(), true);
    QCOMPARE(metrics[2].toObject().value(QStringLiteral("value")).toBool(), true);
    // Not Sparkplug B: the bytes as they came, never "{}", and why on stderr.
    QCOMPARE(lines[1], topic.toUtf8() + " 55.49");
    QVERIFY2(r.err.startsWith(QByteArray(topic.toUtf8() + ": ")), r.err.constData());
}

// sub --proto/--proto-type: a payload protoc --encode wrote, as JSON lines with "decoded".
void TestCli::subDecodesProtobuf()
{
    const QString data = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/protobuf");
    QProcess protoc;
    protoc.setWorkingDirectory(data);
    protoc.start(QStringLiteral("protoc"), {QStringLiteral("--encode=sensors.Reading"), QStringLiteral("-Iinclude"),
                                            QStringLiteral("-I."), QStringLiteral("sensors.proto")});
    QFile text(data + QStringLiteral("/reading.txt"));
    QVERIFY(text.open(QIODevice::ReadOnly));
    protoc.write(text.readAll());
    protoc.closeWriteChannel();
    QVERIFY(protoc.waitForFinished(20000));
    QCOMPARE(protoc.exitCode(), 0);
    QTemporaryDir dir;
    const QString bin = dir.filePath(QStringLiteral("reading.bin"));
    QFile out(bin);
    QVERIFY(out.open(QIODevice::WriteOnly));
    out.write(protoc.readAllStandardOutput());
    out.close();

    const QString topic = QStringLiteral("plant/greenhouse-7/reading");
    const QStringList decode{QStringLiteral("--proto"),      data + QStringLiteral("/sensors.proto"),
                             QStringLiteral("--proto-path"), data + QStringLiteral("/include"),
                             QStringLiteral("--proto-type"), QStringLiteral("sensors.Reading")};
    QProcess *sub = startSub(plain() + decode
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("plant/#"), QStringLiteral("-C"),
                                               QStringLiteral("2"), QStringLiteral("--json")},
                             QStringLiteral("plant/#"));
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-f"), bin})
                 .exitCode,
             0);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("\x08\x96")})
                 .exitCode,
             0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    const QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    const QJsonObject line = QJsonDocument::fromJson(lines[0]).object();
    QCOMPARE(line.value(QStringLiteral("decoder")).toString(), QStringLiteral("Protobuf sensors.Reading"));
    const QJsonObject reading = line.value(QStringLiteral("decoded")).toObject();
    QCOMPARE(reading.value(QStringLiteral("device")).toString(), QStringLiteral("greenhouse-7"));
    QCOMPARE(reading.value(QStringLiteral("status")).toString(), QStringLiteral("FAULT"));
    QCOMPARE(reading.value(QStringLiteral("location")).toObject().value(QStringLiteral("room")).toString(),
             QStringLiteral("S\u00fcd"));
    QCOMPARE(reading.value(QStringLiteral("sequence")).toString(), QStringLiteral("9007199254740993"));
    // Bytes that are not a Reading: the reason, in the line and on stderr.
    const QJsonObject bad = QJsonDocument::fromJson(lines[1]).object();
    QVERIFY(!bad.contains(QStringLiteral("decoded")));
    QVERIFY(!bad.value(QStringLiteral("decode_error")).toString().isEmpty());
    QVERIFY(r.err.contains(QByteArray(topic.toUtf8() + ": ")));

    // A .proto that is not there, or a type it does not have: a sentence, exit 1.
    Run missing = runCli(QStringList{QStringLiteral("sub")} + plain()
                         + QStringList{QStringLiteral("-t"), QStringLiteral("x"), QStringLiteral("--proto"),
                                       data + QStringLiteral("/sensors.proto"), QStringLiteral("--proto-path"),
                                       data + QStringLiteral("/include"), QStringLiteral("--proto-type"),
                                       QStringLiteral("sensors.Nothing")});
    QCOMPARE(missing.exitCode, 1);
    QVERIFY2(missing.err.contains("sensors.Nothing"), missing.err.constData());
}

// sub --schema and --script: violations with their path on stderr and in --json
// lines; the script's output printed in place of the payload.
void TestCli::subSchemaAndScript()
{
    QTemporaryDir dir;
    const QString schema = dir.filePath(QStringLiteral("reading.schema.json"));
    QFile s(schema);
    QVERIFY(s.open(QIODevice::WriteOnly));
    s.write(R"({"$schema":"http://json-schema.org/draft-07/schema#","type":"object","required":["t"],)"
            R"("properties":{"t":{"type":"number"}}})");
    s.close();
    const QString script = dir.filePath(QStringLiteral("fahrenheit.js"));
    QFile js(script);
    QVERIFY(js.open(QIODevice::WriteOnly));
    js.write("function receive(payload, topic) {\n    return { f: payload.t * 9 / 5 + 32 };\n}\n");
    js.close();

    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("room/#"), QStringLiteral("-C"),
                                               QStringLiteral("2"), QStringLiteral("--json"),
                                               QStringLiteral("--schema"), schema},
                             QStringLiteral("room/#"));
    QVERIFY(sub);
    for (const char *payload : {R"({"t":21.5})", R"({"t":"hot"})"}) {
        QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                        + QStringList{QStringLiteral("-t"), QStringLiteral("room/1"), QStringLiteral("-m"),
                                      QString::fromUtf8(payload)})
                     .exitCode,
                 0);
    }
    Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QList<QByteArray> lines = r.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(QJsonDocument::fromJson(lines[0]).object().value(QStringLiteral("schema_violations")).toArray().size(), 0);
    const QJsonArray violations =
        QJsonDocument::fromJson(lines[1]).object().value(QStringLiteral("schema_violations")).toArray();
    QCOMPARE(violations.size(), 1);
    QCOMPARE(violations[0].toObject().value(QStringLiteral("path")).toString(), QStringLiteral("t"));
    QVERIFY(r.err.startsWith("room/1: t: "));

    sub = startSub(plain()
                       + QStringList{QStringLiteral("-t"), QStringLiteral("room/#"), QStringLiteral("-C"),
                                     QStringLiteral("1"), QStringLiteral("--script"), script},
                   QStringLiteral("room/#"));
    QVERIFY(sub);
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), QStringLiteral("room/1"), QStringLiteral("-m"),
                                  QStringLiteral(R"({"t":100})")})
                 .exitCode,
             0);
    r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(r.out, QByteArray("{\"f\":212}\n"));

    // A script that does not compile: the line, and nothing subscribed.
    QFile broken(dir.filePath(QStringLiteral("broken.js")));
    QVERIFY(broken.open(QIODevice::WriteOnly));
    broken.write("function receive(p) {\n  return p +;\n}\n");
    broken.close();
    r = runCli(QStringList{QStringLiteral("sub")} + plain()
               + QStringList{QStringLiteral("-t"), QStringLiteral("x"), QStringLiteral("--script"), broken.fileName()});
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(r.err.contains("line 2"), r.err.constData());
}

// A JSON mistake is said before anything is sent, and the exit code is not 0.
void TestCli::pubSparkplugBadJson()
{
    const QString topic = QStringLiteral("spBv1.0/G1/NDATA/bad");
    const qint64 from = m_broker.logSize();
    Run r = runCli(QStringList{QStringLiteral("pub")} + plain()
                   + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--sparkplug"), QStringLiteral("-m"),
                                 QStringLiteral(R"({"metrics":[{"name":"x","datatype":"Double","value":"hot"}]})")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("Cannot encode Sparkplug B: metrics[0] (\"x\").value: expected a number (or \"NaN\", "
                               "\"Infinity\", \"-Infinity\"), found a string.\n"));
    r = runCli(QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--sparkplug"), QStringLiteral("-m"),
                             QStringLiteral("55.49")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("Cannot encode Sparkplug B: a Sparkplug B payload is a JSON object, not a number.\n"));
    // Neither published: the broker never saw the topic.
    QVERIFY(!m_broker.log(from).contains(topic.toUtf8()));
    r = runCli(QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--sparkplug"), QStringLiteral("-n")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
}

// demo --sparkplug: births with aliases, data by alias with seq counting on, NDEATH with the birth's bdSeq.
void TestCli::demoSparkplug()
{
    QVERIFY2(preparePython(), "python3 with google.protobuf and protoc are needed");
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("spBv1.0/Signalbox/#"),
                                               QStringLiteral("-C"), QStringLiteral("10"), QStringLiteral("-F"),
                                               QStringLiteral("%t %x"), QStringLiteral("-q"), QStringLiteral("1")},
                             QStringLiteral("spBv1.0/Signalbox/#"), 1);
    QVERIFY(sub);
    const Run demo = runCli(QStringList{QStringLiteral("demo")} + plain()
                            + QStringList{QStringLiteral("--sparkplug"), QStringLiteral("--interval"),
                                          QStringLiteral("100"), QStringLiteral("--count"), QStringLiteral("2")});
    QCOMPARE(demo.err, QByteArray());
    QCOMPARE(demo.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    const QList<QJsonObject> decoded = pythonDecode(r.out);
    QCOMPARE(decoded.size(), 10);
    const QString base = QStringLiteral("spBv1.0/Signalbox/");
    const QStringList topics{
        QStringLiteral("NBIRTH/demo"), QStringLiteral("DBIRTH/demo/imu"), QStringLiteral("DBIRTH/demo/ultrasonic"),
        QStringLiteral("NDATA/demo"),  QStringLiteral("DDATA/demo/imu"),  QStringLiteral("DDATA/demo/ultrasonic"),
        QStringLiteral("NDATA/demo"),  QStringLiteral("DDATA/demo/imu"),  QStringLiteral("DDATA/demo/ultrasonic"),
        QStringLiteral("NDEATH/demo")};
    QHash<QString, QString> names; // alias -> name, from the births
    for (int i = 0; i < 10; ++i) {
        QCOMPARE(decoded[i].value(QStringLiteral("topic")).toString(), base + topics[i]);
        const QJsonObject message = decoded[i].value(QStringLiteral("message")).toObject();
        QVERIFY(message.contains(QLatin1String("timestamp")));
        const QJsonArray metrics = message.value(QStringLiteral("metrics")).toArray();
        QVERIFY(!metrics.isEmpty());
        if (i == 9) {
            // Sparkplug 3.0: an NDEATH has no seq, and the bdSeq of the NBIRTH.
            QVERIFY(!message.contains(QLatin1String("seq")));
            QCOMPARE(metrics[0].toObject().value(QStringLiteral("name")).toString(), QStringLiteral("bdSeq"));
            QCOMPARE(metrics[0].toObject().value(QStringLiteral("long_value")).toString(), QStringLiteral("0"));
            continue;
        }
        QCOMPARE(message.value(QStringLiteral("seq")).toString(), QString::number(i));
        for (const QJsonValue &v : metrics) {
            const QJsonObject m = v.toObject();
            if (i < 3) {
                QVERIFY(m.contains(QLatin1String("name")));
                QVERIFY(m.contains(QLatin1String("datatype")));
                if (m.contains(QLatin1String("alias")))
                    names.insert(m.value(QStringLiteral("alias")).toString(), m.value(QStringLiteral("name")).toString());
            } else {
                // After the births, aliases only (Sparkplug 3.0 §6.4.7), and values as doubles.
                QVERIFY2(!m.contains(QLatin1String("name")), QJsonDocument(m).toJson().constData());
                QVERIFY(names.contains(m.value(QStringLiteral("alias")).toString()));
                QVERIFY(m.contains(QLatin1String("double_value")));
            }
        }
    }
    const QJsonArray nbirth =
        decoded[0].value(QStringLiteral("message")).toObject().value(QStringLiteral("metrics")).toArray();
    QCOMPARE(nbirth[0].toObject(), QJsonDocument::fromJson(R"({"name":"bdSeq","datatype":8,"long_value":"0"})").object());
    QCOMPARE(nbirth[1].toObject(),
             QJsonDocument::fromJson(R"({"name":"Node Control/Rebirth","alias":"1","datatype":11,"boolean_value":false})")
                 .object());
    QCOMPARE(names.value(QStringLiteral("20")), QStringLiteral("distance_cm"));
    QCOMPARE(names.value(QStringLiteral("10")), QStringLiteral("ax"));
}

// An NCMD "Node Control/Rebirth" = true brings the births again (seq from 0); a
// node that dies without DISCONNECT leaves its NDEATH, the will.
void TestCli::demoSparkplugRebirthAndWill()
{
    QVERIFY2(preparePython(), "python3 with google.protobuf and protoc are needed");
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("spBv1.0/Signalbox/+/demo"),
                                               QStringLiteral("-F"), QStringLiteral("%t %x")},
                             QStringLiteral("spBv1.0/Signalbox/+/demo"));
    QVERIFY(sub);
    const QString id = nextId("edge");
    const qint64 from = m_broker.logSize();
    QProcess demo;
    demo.start(QStringLiteral(SIGNALBOX_CLI_PATH),
               QStringList{QStringLiteral("demo"), QStringLiteral("-i"), id} + plain()
                   + QStringList{QStringLiteral("--sparkplug"), QStringLiteral("--interval"), QStringLiteral("200")});
    QVERIFY(m_broker.waitForLog(id.toUtf8() + " 1 spBv1.0/Signalbox/NCMD/demo", from, 20000));
    QByteArray seen;
    const auto waitFor = [&](const QByteArray &needle, int count) {
        for (int i = 0; i < 200 && seen.count(needle) < count; ++i) {
            sub->waitForReadyRead(100);
            seen += sub->readAllStandardOutput();
        }
        return seen.count(needle) >= count;
    };
    QVERIFY(waitFor("spBv1.0/Signalbox/NDATA/demo ", 1));
    QCOMPARE(seen.count("spBv1.0/Signalbox/NBIRTH/demo "), 1);
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain()
                           + QStringList{QStringLiteral("-t"), QStringLiteral("spBv1.0/Signalbox/NCMD/demo"),
                                         QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("--sparkplug"),
                                         QStringLiteral("-m"),
                                         QStringLiteral(R"({"timestamp":1,"metrics":[{"name":"Node Control/Rebirth",)"
                                                        R"("datatype":"Boolean","value":true}]})")});
    QCOMPARE(pub.exitCode, 0);
    QVERIFY(waitFor("spBv1.0/Signalbox/NBIRTH/demo ", 2));
    QVERIFY(waitFor("spBv1.0/Signalbox/NDATA/demo ", seen.count("spBv1.0/Signalbox/NDATA/demo ") + 1));
    demo.kill(); // no DISCONNECT: the broker publishes the will
    demo.waitForFinished(5000);
    QVERIFY(waitFor("spBv1.0/Signalbox/NDEATH/demo ", 1));
    sub->kill();
    sub->waitForFinished(5000);

    const QList<QJsonObject> decoded = pythonDecode(seen);
    QList<QString> births;
    QString death;
    for (const QJsonObject &o : decoded) {
        const QString topic = o.value(QStringLiteral("topic")).toString();
        const QJsonObject message = o.value(QStringLiteral("message")).toObject();
        if (topic.endsWith(QLatin1String("/NBIRTH/demo"))) {
            QCOMPARE(message.value(QStringLiteral("seq")).toString(), QStringLiteral("0"));
            births.append(message.value(QStringLiteral("metrics"))
                              .toArray()
                              .at(0)
                              .toObject()
                              .value(QStringLiteral("long_value"))
                              .toString());
        } else if (topic.endsWith(QLatin1String("/NDEATH/demo"))) {
            death = message.value(QStringLiteral("metrics"))
                        .toArray()
                        .at(0)
                        .toObject()
                        .value(QStringLiteral("long_value"))
                        .toString();
        }
    }
    QCOMPARE(births.size(), 2);
    QCOMPARE(death, births.constFirst()); // the will's bdSeq is the birth's
    QCOMPARE(decoded.last().value(QStringLiteral("topic")).toString(), QStringLiteral("spBv1.0/Signalbox/NDEATH/demo"));
}

// pub --proto: JSON in protobuf's JSON mapping goes out as the binary message,
// which mosquitto_sub receives and protoc --decode reads.
void TestCli::pubProtobuf()
{
    const QString topic = QStringLiteral("pubproto/reading");
    QProcess *sub = startMosquittoSub(
        {QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-N")}, topic);
    QVERIFY(sub);
    const QByteArray json = R"({"device":"pump-3","status":"FAULT","values":[{"value":21.5,"unit":"CELSIUS"}],)"
                            R"("location":{"lat":52.5,"room":"Süd"},"counters":{"starts":4},"mains":true,)"
                            R"("deltas":[-2,300],"sequence":"9007199254740993","raw":"AAH/","flags":7})";
    const Run pub = runCli(QStringList{QStringLiteral("pub")} + plain() + protoOptions()
                           + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1"),
                                         QStringLiteral("-m"), QString::fromUtf8(json)});
    QCOMPARE(pub.err, QByteArray());
    QCOMPARE(pub.exitCode, 0);
    const Run r = finish(*sub);
    QCOMPARE(r.exitCode, 0);
    QCOMPARE(protocDecode(r.out), QByteArray("device: \"pump-3\"\n"
                                             "status: FAULT\n"
                                             "values {\n  value: 21.5\n  unit: CELSIUS\n}\n"
                                             "location {\n  lat: 52.5\n  room: \"S\\303\\274d\"\n}\n"
                                             "counters {\n  key: \"starts\"\n  value: 4\n}\n"
                                             "mains: true\n"
                                             "deltas: -2\n"
                                             "deltas: 300\n"
                                             "sequence: 9007199254740993\n"
                                             "raw: \"\\000\\001\\377\"\n"
                                             "flags: 7\n"));
}

// JSON that does not fit the type: the field and why, exit code 1, and nothing sent;
// with -l, the lines before the bad one are sent and the rest are not.
void TestCli::pubProtobufBadJson()
{
    const QString topic = QStringLiteral("pubproto/bad");
    QProcess *sub = startMosquittoSub({QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("2"),
                                       QStringLiteral("-F"), QStringLiteral("%x")},
                                      topic);
    QVERIFY(sub);
    const QStringList pub = QStringList{QStringLiteral("pub")} + plain() + protoOptions()
                            + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1")};
    Run r = runCli(pub + QStringList{QStringLiteral("-m"), QStringLiteral(R"({"device":"x","colour":"red"})")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("The JSON does not fit sensors.Reading: colour: Cannot find field.\n"));
    r = runCli(pub + QStringList{QStringLiteral("-m"), QStringLiteral(R"({"location":{"lat":"north"}})")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("The JSON does not fit sensors.Reading: (location.lat): invalid value \"north\" for "
                               "type TYPE_DOUBLE.\n"));
    r = runCli(pub + QStringList{QStringLiteral("-m"), QStringLiteral(R"({"device":"a"} x)")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("The message is not JSON: garbage at the end of the document at byte 15.\n"));
    // -l: the first line goes out, the second stops pub, the third is not taken.
    r = runCli(pub + QStringList{QStringLiteral("-l")},
               "{\"device\":\"a\"}\n{\"deltas\":\"many\"}\n{\"device\":\"c\"}\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QCOMPARE(r.err, QByteArray("The JSON does not fit sensors.Reading: (deltas): invalid value \"many\" for type "
                               "TYPE_SINT32. Message 2 and any after it were not sent; the one before it was.\n"));
    QCOMPARE(runCli(QStringList{QStringLiteral("pub")} + plain()
                    + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), QStringLiteral("end")})
                 .exitCode,
             0);
    const Run received = finish(*sub);
    QCOMPARE(received.exitCode, 0);
    // {"device":"a"} is field 1, length 1, "a"; then the plain "end".
    QCOMPARE(received.out, QByteArray("0a0161\n656e64\n"));
}

// pub --avro: Avro's JSON encoding goes out as one binary datum, which Apache
// Avro's Python library reads back as the reading it describes.
void TestCli::pubAvro()
{
    const QString python = avroPython();
    QVERIFY2(!python.isEmpty(), "no python3 with python3-avro (Apache Avro's Python library) was found");
    const QString data = QStringLiteral(SIGNALBOX_SOURCE_DIR "/tests/data/avro");
    const QString schema = data + QStringLiteral("/reading.avsc");
    QTemporaryDir dir;
    // tst_avroschema's reading (tests/data/avro/reading.py), as Avro's JSON encoding.
    const QString json = writeFile(
        dir, QStringLiteral("reading.json"),
        R"({"device":"greenhouse-7","status":"FAULT","location":{"lat":52.52,"lon":13.405,"room":{"string":"Süd"}},)"
        R"("values":[21.5,-0.25,1e+20],"counters":{"resets":3,"big":9007199254740993},"battery":3300,)"
        "\"mac\":\"\\u0000\\u001a+<M\xc3\xbf\",\"raw\":\"\\u0000\\u0001\x7f\xc2\x80\xc3\xbf\\\"\","
        R"("taken":1700000000500,"day":19782,"id":"123e4567-e89b-12d3-a456-426614174000","ok":true,)"
        R"("previous":{"Location":{"lat":-1,"lon":0,"room":null}}})");
    QVERIFY(!json.isEmpty());

    const QString topic = QStringLiteral("pubavro/reading");
    QProcess *sub = startMosquittoSub(
        {QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-N")}, topic);
    QVERIFY(sub);
    const QStringList pub = QStringList{QStringLiteral("pub")} + plain()
                            + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--avro"), schema};
    // A field missing: named, exit code 1, nothing sent (the subscriber takes only one message).
    Run r = runCli(pub + QStringList{QStringLiteral("-m"), QStringLiteral(R"({"device":"x"})")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QByteArray("Cannot encode Avro sensors.Reading: Field \xe2\x80\x9cstatus\xe2\x80\x9d is "
                               "missing.\n"));
    r = runCli(pub + QStringList{QStringLiteral("-f"), json});
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const Run received = finish(*sub);
    QCOMPARE(received.exitCode, 0);
    const QString datum = writeFile(dir, QStringLiteral("datum.bin"), received.out);
    QVERIFY(!datum.isEmpty());
    QProcess read;
    read.start(python, {data + QStringLiteral("/make_avro.py"), QStringLiteral("read"), schema, datum});
    QVERIFY(read.waitForFinished(ProcessTimeoutMs));
    QVERIFY2(read.exitCode() == 0, read.readAllStandardError().constData());
    QString text = QString::fromUtf8(read.readAllStandardOutput().trimmed());
    text.remove(QRegularExpression(QStringLiteral("<avro.timezones.UTCTzinfo object at 0x[0-9a-f]+>")));
    QCOMPARE(text,
             QStringLiteral("{'device': 'greenhouse-7', 'status': 'FAULT', 'location': {'lat': 52.52, 'lon': "
                            "13.405, 'room': 'Süd'}, 'values': [21.5, -0.25, 1.0000000200408773e+20], 'counters': "
                            "{'big': 9007199254740993, 'resets': 3}, 'battery': 3300, 'mac': b'\\x00\\x1a+<M\\xff', "
                            "'raw': b'\\x00\\x01\\x7f\\x80\\xff\"', 'taken': datetime.datetime(2023, 11, 14, 22, 13, "
                            "20, 500000, tzinfo=), 'day': datetime.date(2024, 2, 29), 'id': "
                            "'123e4567-e89b-12d3-a456-426614174000', 'ok': True, 'previous': {'lat': -1.0, 'lon': "
                            "0.0, 'room': None}}"));
}

// pub --script: what publish() returns is sent, for -m, for each line of -l in
// order, and for each --repeat.
void TestCli::pubScript()
{
    QTemporaryDir dir;
    const QString celsius = writeFile(dir, QStringLiteral("celsius.js"),
                                      "function publish(payload, topic) {\n"
                                      "    return { celsius: Math.round((payload.f - 32) / 1.8 * 10) / 10 };\n"
                                      "}\n");
    const QString counter = writeFile(dir, QStringLiteral("counter.js"),
                                      "var n = 0;\n"
                                      "function publish(payload, topic, bytes) {\n"
                                      "    return payload + ' ' + (++n) + ' of ' + topic + ', ' + bytes.length;\n"
                                      "}\n");
    QVERIFY(!celsius.isEmpty() && !counter.isEmpty());
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), QStringLiteral("pubscript/#"),
                                               QStringLiteral("-q"), QStringLiteral("1"), QStringLiteral("-v"),
                                               QStringLiteral("-C"), QStringLiteral("8")},
                             QStringLiteral("pubscript/#"), 1);
    QVERIFY(sub);
    const auto pub = [this](const QString &topic, const QString &script, const QStringList &args) {
        return QStringList{QStringLiteral("pub")} + plain()
               + QStringList{QStringLiteral("-t"),       topic, QStringLiteral("-q"), QStringLiteral("1"),
                             QStringLiteral("--script"), script}
               + args;
    };
    Run r = runCli(pub(QStringLiteral("pubscript/m"), celsius, {QStringLiteral("-m"), QStringLiteral(R"({"f":212})")}));
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    r = runCli(pub(QStringLiteral("pubscript/l"), celsius, {QStringLiteral("-l")}),
               "{\"f\":32}\n{\"f\":50}\n{\"f\":-40}\n{\"f\":98.6}\n");
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    r = runCli(pub(QStringLiteral("pubscript/r"), counter,
                   {QStringLiteral("-m"), QStringLiteral("tick"), QStringLiteral("--repeat"), QStringLiteral("3")}));
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const Run received = finish(*sub);
    QCOMPARE(received.exitCode, 0);
    QCOMPARE(received.out, QByteArray("pubscript/m {\"celsius\":100}\n"
                                      "pubscript/l {\"celsius\":0}\n"
                                      "pubscript/l {\"celsius\":10}\n"
                                      "pubscript/l {\"celsius\":-40}\n"
                                      "pubscript/l {\"celsius\":37}\n"
                                      "pubscript/r tick 1 of pubscript/r, 4\n"
                                      "pubscript/r tick 2 of pubscript/r, 4\n"
                                      "pubscript/r tick 3 of pubscript/r, 4\n"));
}

// A publish() that throws: its error and line on stderr, exit code 1, that message
// and those after it not sent (the ones before it are). A script without publish(),
// or one that does not compile: refused before connecting.
void TestCli::pubScriptFails()
{
    QTemporaryDir dir;
    const QString strict = writeFile(dir, QStringLiteral("strict.js"),
                                     "function publish(payload, topic) {\n"
                                     "    if (typeof payload.f !== 'number')\n"
                                     "        throw new TypeError('no Fahrenheit on ' + topic);\n"
                                     "    return { celsius: (payload.f - 32) / 1.8 };\n"
                                     "}\n");
    const QString receiveOnly = writeFile(dir, QStringLiteral("receive.js"),
                                          "function receive(payload, topic) {\n    return payload;\n}\n");
    const QString broken = writeFile(dir, QStringLiteral("broken.js"), "function publish(p) {\n  return p +;\n}\n");
    QVERIFY(!strict.isEmpty() && !receiveOnly.isEmpty() && !broken.isEmpty());

    const QString topic = QStringLiteral("pubscriptfails/x");
    QProcess *sub = startSub(plain()
                                 + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1"),
                                               QStringLiteral("-C"), QStringLiteral("2")},
                             topic, 1);
    QVERIFY(sub);
    const QStringList pub = QStringList{QStringLiteral("pub")} + plain()
                            + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-q"), QStringLiteral("1")};
    Run r = runCli(pub + QStringList{QStringLiteral("--script"), strict, QStringLiteral("-m"), QStringLiteral("{}")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.out, QByteArray());
    QCOMPARE(r.err, QStringLiteral("The script %1 failed on message 1: TypeError: no Fahrenheit on %2 (line 3). "
                                   "Nothing was sent.\n")
                        .arg(strict, topic)
                        .toUtf8());
    // -l: the first line is sent, the second throws, the third is not taken.
    r = runCli(pub + QStringList{QStringLiteral("--script"), strict, QStringLiteral("-l")},
               "{\"f\":212}\n{\"c\":20}\n{\"f\":32}\n");
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("The script %1 failed on message 2: TypeError: no Fahrenheit on %2 (line 3). "
                                   "Message 2 and any after it were not sent; the one before it was.\n")
                        .arg(strict, topic)
                        .toUtf8());
    // Only receive(): refused, as a script that does not compile is.
    r = runCli(pub + QStringList{QStringLiteral("--script"), receiveOnly, QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.err, QStringLiteral("The script %1 has no function publish(payload, topic), which pub runs each "
                                   "message through.\n")
                        .arg(receiveOnly)
                        .toUtf8());
    r = runCli(pub + QStringList{QStringLiteral("--script"), broken, QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(r.exitCode, 1);
    QCOMPARE(r.errLines().size(), 1);
    QVERIFY2(r.err.startsWith(QStringLiteral("The script %1 does not load: ").arg(broken).toUtf8()), r.err.constData());
    QVERIFY2(r.err.contains("line 2"), r.err.constData());

    QCOMPARE(runCli(pub + QStringList{QStringLiteral("-m"), QStringLiteral("end")}).exitCode, 0);
    const Run received = finish(*sub);
    QCOMPARE(received.exitCode, 0);
    QCOMPARE(received.out, QByteArray("{\"celsius\":100}\nend\n"));
}

// --script with --proto: the script runs first, and its JSON is what gets encoded.
void TestCli::pubScriptThenProtobuf()
{
    QTemporaryDir dir;
    const QString script = writeFile(dir, QStringLiteral("reading.js"),
                                     "function publish(payload, topic) {\n"
                                     "    return { device: 'pump-' + payload.n, location: { lat: payload.lat } };\n"
                                     "}\n");
    QVERIFY(!script.isEmpty());
    const QString topic = QStringLiteral("pubscriptproto/x");
    QProcess *sub = startMosquittoSub({QStringLiteral("-t"), topic, QStringLiteral("-C"), QStringLiteral("2"),
                                       QStringLiteral("-F"), QStringLiteral("%x")},
                                      topic);
    QVERIFY(sub);
    const Run r = runCli(
        QStringList{QStringLiteral("pub")} + plain() + protoOptions()
            + QStringList{QStringLiteral("-t"), topic, QStringLiteral("--script"), script, QStringLiteral("-l")},
        "{\"n\":1,\"lat\":1.5}\n{\"n\":2,\"lat\":-2.25}\n");
    QCOMPARE(r.err, QByteArray());
    QCOMPARE(r.exitCode, 0);
    const Run received = finish(*sub);
    QCOMPARE(received.exitCode, 0);
    const QList<QByteArray> lines = received.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 2);
    QCOMPARE(protocDecode(QByteArray::fromHex(lines[0])),
             QByteArray("device: \"pump-1\"\nlocation {\n  lat: 1.5\n}\n"));
    QCOMPARE(protocDecode(QByteArray::fromHex(lines[1])),
             QByteArray("device: \"pump-2\"\nlocation {\n  lat: -2.25\n}\n"));
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
