// Enhanced authentication (MQTT 5.0 §4.12) end to end: SCRAM-SHA-1 and
// SCRAM-SHA-256 against a server written apart, in Python's standard library
// (tests/broker/scram_broker.py; no broker in Debian does SCRAM over MQTT),
// through MqttClient (what signalbox-cli uses), a ConnectionSession and a
// ConnectionPage (the window's way), and the signalbox-cli binary. A
// challenge for a method nobody answers, against the scripted FakeBroker.

#include "fakebroker.h"

#include "client/clienthost.h"
#include "client/mqttclient.h"
#include "session/connectionsession.h"

#ifdef SIGNALBOX_TEST_WITH_UI
#include "connectionpage.h"
#endif

#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QtTest>

using namespace Signalbox;

namespace {

constexpr int Timeout = 20000;

// scram_broker.py, running: its port, and the lines it has printed.
class ScramBroker
{
public:
    explicit ScramBroker(const QStringList &arguments = {})
    {
        const QString python = QStandardPaths::findExecutable(QStringLiteral("python3"));
        m_process.start(python.isEmpty() ? QStringLiteral("/usr/bin/python3") : python,
                        QStringList{QStringLiteral(SIGNALBOX_SOURCE_DIR) + QStringLiteral("/tests/broker/scram_broker.py")}
                            + arguments);
        if (!m_process.waitForStarted(10000))
            return;
        QElapsedTimer timer;
        timer.start();
        while (m_port == 0 && timer.elapsed() < Timeout && m_process.state() == QProcess::Running) {
            m_process.waitForReadyRead(100);
            read();
            if (!m_lines.isEmpty() && m_lines.constFirst().startsWith(QLatin1String("PORT ")))
                m_port = quint16(m_lines.takeFirst().mid(5).toUInt());
        }
    }
    ~ScramBroker()
    {
        m_process.closeWriteChannel(); // it ends when its standard input does
        if (!m_process.waitForFinished(3000))
            m_process.kill();
        m_process.waitForFinished(3000);
    }
    quint16 port() const { return m_port; }
    // Every line printed so far (reads what has come).
    const QStringList &lines()
    {
        read();
        return m_lines;
    }
    bool printed(const QString &line) { return lines().contains(line); }
    QString all() { return lines().join(QLatin1Char('\n')); }

private:
    void read()
    {
        m_buffer += m_process.readAllStandardOutput();
        qsizetype end;
        while ((end = m_buffer.indexOf('\n')) >= 0) {
            m_lines.append(QString::fromUtf8(m_buffer.left(end)));
            m_buffer.remove(0, end + 1);
        }
    }

    QProcess m_process;
    QByteArray m_buffer;
    QStringList m_lines;
    quint16 m_port = 0;
};

ConnectionProfile scramProfile(quint16 port, const QString &method, const QString &password = QStringLiteral("pencil"))
{
    ConnectionProfile p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = port;
    p.version = ProtocolVersion::V5;
    p.username = QStringLiteral("user");
    p.password = password;
    p.authenticationMethod = method;
    p.connectTimeoutMs = Timeout;
    return p;
}

struct Run
{
    int exitCode = -1;
    bool finished = false;
    QByteArray out;
    QByteArray err;
};

// Runs signalbox-cli while this thread's event loop keeps running (for a fake
// broker in this process).
Run runCli(const QStringList &arguments)
{
    Run run;
    QProcess process;
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH), arguments);
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    QSignalSpy finished(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning)
        finished.wait(30000);
    run.finished = process.state() == QProcess::NotRunning;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

QString refusedByBroker(quint16 port, const QString &reason, const QString &scram)
{
    return QStringLiteral("The broker at 127.0.0.1:%1 refused the connection: %2. %3").arg(port).arg(reason, scram);
}

const QString WrongSignature = QStringLiteral(
    "The broker's SCRAM-SHA-256 server signature is wrong: the broker does not know the password, or "
    "something between us changed the exchange.");

} // namespace

class TestEnhancedAuth : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();

    // the core, as signalbox-cli uses it
    void connects_data();
    void connects();
    void wrongPasswordRefused();
    void unknownUserRefused();
    void wrongServerSignatureRefused();
    void missingServerSignatureRefused();
    void noPasswordNoConnection();

    // the window's way
    void sessionConnects();
    void pageShowsTheSentence();

    // a method nobody answers
    void unansweredChallengeFails();
    void challengeWithAnotherMethodFails();

    // signalbox-cli
    void cliPublishes_data();
    void cliPublishes();
    void cliWrongPassword();
    void cliWrongServerSignature();
    void cliNeedsUserAndPassword();
    void cliUnansweredChallenge();
};

void TestEnhancedAuth::initTestCase()
{
    ScramBroker broker;
    QVERIFY2(broker.port() != 0, "tests/broker/scram_broker.py did not start (python3 is needed)");
}

void TestEnhancedAuth::connects_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("SCRAM-SHA-1") << QStringLiteral("SCRAM-SHA-1");
    QTest::newRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
}

void TestEnhancedAuth::connects()
{
    QFETCH(QString, method);
    ScramBroker broker;
    QVERIFY(broker.port());
    MqttClient client(scramProfile(broker.port(), method));
    QSignalSpy connected(&client, &MqttClient::connected);
    QSignalSpy errors(&client, &MqttClient::errorOccurred);
    client.connectToBroker();
    QVERIFY2(connected.wait(Timeout), qPrintable(broker.all()));
    QCOMPARE(errors.size(), 0);
    // The password never went in CONNECT: SCRAM proves it.
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("AUTHENTICATED user")), Timeout);
    QVERIFY2(broker.printed(QStringLiteral("CONNECT method=%1 user=user password=absent").arg(method)),
             qPrintable(broker.all()));

    QSignalSpy delivered(&client, &MqttClient::delivered);
    client.publish({QStringLiteral("scram/ok"), QByteArray("hello"), 1, false, {}});
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("PUBLISH scram/ok hello")), Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(!delivered.isEmpty()
                                 && delivered.last().first().value<Delivery>().state == Delivery::State::Acknowledged,
                             Timeout);
    client.disconnectFromBroker();
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("DISCONNECT 0x00")), Timeout);
}

void TestEnhancedAuth::wrongPasswordRefused()
{
    ScramBroker broker;
    ConnectionProfile p = scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("pencil2"));
    p.reconnect.enabled = true; // a wrong password is not tried again
    p.reconnect.initialDelayMs = 10;
    MqttClient client(p);
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    QSignalSpy reconnects(&client, &MqttClient::reconnectScheduled);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Refused);
    QCOMPARE(error.reason, quint8(ReasonCode::BadUserNameOrPassword));
    QCOMPARE(error.message,
             refusedByBroker(broker.port(), QStringLiteral("Bad user name or password"),
                             QStringLiteral("SCRAM-SHA-256 says: the password is wrong (invalid-proof).")));
    QCOMPARE(reconnects.size(), 0);
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("REFUSED 0x86 invalid proof")), Timeout);
}

void TestEnhancedAuth::unknownUserRefused()
{
    ScramBroker broker({QStringLiteral("--user"), QStringLiteral("someone")});
    MqttClient client(scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-1")));
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Refused);
    QCOMPARE(error.message, refusedByBroker(broker.port(), QStringLiteral("Bad user name or password"),
                                            QStringLiteral("SCRAM-SHA-1 says: the user is unknown (unknown-user).")));
}

void TestEnhancedAuth::wrongServerSignatureRefused()
{
    // The broker accepts us, but cannot prove it knows the password: we leave.
    ScramBroker broker({QStringLiteral("--final"), QStringLiteral("wrong-signature")});
    ConnectionProfile p = scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256"));
    p.reconnect.enabled = true;
    p.reconnect.initialDelayMs = 10;
    MqttClient client(p);
    QSignalSpy connected(&client, &MqttClient::connected);
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    QSignalSpy reconnects(&client, &MqttClient::reconnectScheduled);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Refused);
    QCOMPARE(error.reason, quint8(ReasonCode::NotAuthorized));
    QCOMPARE(error.message, WrongSignature);
    QCOMPARE(connected.size(), 0); // never "connected"
    QCOMPARE(reconnects.size(), 0);
    QCOMPARE(client.state(), MqttClient::State::Disconnected);
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("AUTHENTICATED user")), Timeout);
    // It said why it left: DISCONNECT, Unspecified error (a client may not send Not authorized).
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("DISCONNECT 0x80")), Timeout);
}

void TestEnhancedAuth::missingServerSignatureRefused()
{
    ScramBroker broker({QStringLiteral("--final"), QStringLiteral("none")});
    MqttClient client(scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256")));
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    QCOMPARE(disconnected.first().first().value<Error>().message,
             QStringLiteral("The broker accepted the connection without the SCRAM-SHA-256 server signature, so it "
                            "never proved that it knows the password."));
}

void TestEnhancedAuth::noPasswordNoConnection()
{
    ScramBroker broker;
    ConnectionProfile p = scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256"));
    p.password.reset();
    MqttClient client(p);
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    client.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(disconnected.size(), 1, Timeout);
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::InvalidArgument);
    QCOMPARE(error.message, QStringLiteral("SCRAM-SHA-256 authentication needs the password of the user 'user'."));
    QTest::qWait(200);
    QVERIFY(!broker.all().contains(QLatin1String("CONNECT"))); // nothing was sent
}

void TestEnhancedAuth::sessionConnects()
{
    // The window's connection: a ConnectionSession's client in its own thread.
    ScramBroker broker;
    ConnectionSession session(scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256")));
    session.client()->connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(session.client()->state(), MqttClient::State::Connected, Timeout);
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("AUTHENTICATED user")), Timeout);
    session.client()->publish({QStringLiteral("scram/window"), QByteArray("hi"), 1, false, {}});
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("PUBLISH scram/window hi")), Timeout);

    ConnectionProfile wrong = scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256"), QStringLiteral("nope"));
    ConnectionSession refused(wrong);
    refused.client()->connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(refused.client()->lastError().reason, quint8(ReasonCode::BadUserNameOrPassword), Timeout);
    QTRY_COMPARE_WITH_TIMEOUT(refused.client()->state(), MqttClient::State::Disconnected, Timeout);
}

void TestEnhancedAuth::pageShowsTheSentence()
{
#ifdef SIGNALBOX_TEST_WITH_UI
    ScramBroker broker({QStringLiteral("--final"), QStringLiteral("wrong-signature")});
    ConnectionPage page(scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256")));
    page.show();
    page.connectToBroker();
    QTRY_COMPARE_WITH_TIMEOUT(page.errorText(), WrongSignature, Timeout);
    QVERIFY(page.findChild<QWidget *>(QStringLiteral("connectionError"))->isVisible());
#else
    QSKIP("built without the window");
#endif
}

void TestEnhancedAuth::unansweredChallengeFails()
{
    // A method with no authenticator and nobody connected to
    // authenticationRequested(): the challenge ends the connection at once.
    FakeBroker broker(ProtocolVersion::V5);
    broker.setScript([](FakeBroker &b, const Packet &p) {
        if (std::holds_alternative<ConnectPacket>(p)) {
            AuthPacket challenge;
            challenge.reasonCode = quint8(ReasonCode::ContinueAuthentication);
            challenge.properties.set(PropertyId::AuthenticationMethod, QStringLiteral("KERBEROS"));
            challenge.properties.set(PropertyId::AuthenticationData, QByteArray("more"));
            b.send(challenge);
        }
    });
    ConnectionProfile p;
    p.host = QStringLiteral("127.0.0.1");
    p.port = broker.port();
    p.version = ProtocolVersion::V5;
    p.authenticationMethod = QStringLiteral("KERBEROS");
    p.authenticationData = "ticket";
    p.connectTimeoutMs = 60000; // the answer must not wait for this
    MqttClient client(p);
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Refused);
    QCOMPARE(error.reason, quint8(ReasonCode::NotAuthorized));
    QCOMPARE(error.message, QStringLiteral("The broker at 127.0.0.1:%1 asked for more 'KERBEROS' authentication data, "
                                           "and nothing here answers that method (Signalbox answers SCRAM-SHA-1, "
                                           "SCRAM-SHA-256 by itself).")
                                .arg(broker.port()));
    // The data of an unknown method goes as it is.
    QCOMPARE(broker.receivedOf<ConnectPacket>().first().properties.binary(PropertyId::AuthenticationData),
             std::optional<QByteArray>("ticket"));
    QTRY_COMPARE_WITH_TIMEOUT(broker.receivedOf<DisconnectPacket>().size(), 1, Timeout);

    // With a listener that never answers, the connect timeout says what was missing.
    p.connectTimeoutMs = 300;
    MqttClient waiting(p);
    connect(&waiting, &MqttClient::authenticationRequested, this, [](quint8, const Properties &) {});
    QSignalSpy ended(&waiting, &MqttClient::disconnected);
    waiting.connectToBroker();
    QVERIFY(ended.wait(Timeout));
    const Error timeout = ended.first().first().value<Error>();
    QCOMPARE(timeout.kind, ErrorKind::Timeout);
    QCOMPARE(timeout.message, QStringLiteral("The broker at 127.0.0.1:%1 asked for 'KERBEROS' authentication data, "
                                             "and no answer was given within 0.3 s.")
                                  .arg(broker.port()));
}

void TestEnhancedAuth::challengeWithAnotherMethodFails()
{
    // [MQTT-4.12.0-5]: every AUTH names the method of CONNECT.
    FakeBroker broker(ProtocolVersion::V5);
    broker.setScript([](FakeBroker &b, const Packet &p) {
        if (std::holds_alternative<ConnectPacket>(p)) {
            AuthPacket challenge;
            challenge.reasonCode = quint8(ReasonCode::ContinueAuthentication);
            challenge.properties.set(PropertyId::AuthenticationMethod, QStringLiteral("SCRAM-SHA-1"));
            b.send(challenge);
        }
    });
    MqttClient client(scramProfile(broker.port(), QStringLiteral("SCRAM-SHA-256")));
    QSignalSpy disconnected(&client, &MqttClient::disconnected);
    client.connectToBroker();
    QVERIFY(disconnected.wait(Timeout));
    const Error error = disconnected.first().first().value<Error>();
    QCOMPARE(error.kind, ErrorKind::Protocol);
    QCOMPARE(error.message,
             QStringLiteral("The broker's AUTH names the authentication method 'SCRAM-SHA-1', not 'SCRAM-SHA-256'."));
}

void TestEnhancedAuth::cliPublishes_data()
{
    QTest::addColumn<QString>("method");
    QTest::newRow("SCRAM-SHA-1") << QStringLiteral("SCRAM-SHA-1");
    QTest::newRow("SCRAM-SHA-256") << QStringLiteral("SCRAM-SHA-256");
}

void TestEnhancedAuth::cliPublishes()
{
    QFETCH(QString, method);
    ScramBroker broker;
    const Run run = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("--auth-method"), method,
                            QStringLiteral("-u"), QStringLiteral("user"), QStringLiteral("-P"), QStringLiteral("pencil"),
                            QStringLiteral("-t"), QStringLiteral("scram/cli"), QStringLiteral("-m"),
                            QStringLiteral("from the CLI"), QStringLiteral("-q"), QStringLiteral("1")});
    QVERIFY(run.finished);
    QVERIFY2(run.err.isEmpty(), run.err.constData());
    QCOMPARE(run.exitCode, 0);
    QTRY_VERIFY_WITH_TIMEOUT(broker.printed(QStringLiteral("PUBLISH scram/cli from the CLI")), Timeout);
    QVERIFY(broker.printed(QStringLiteral("CONNECT method=%1 user=user password=absent").arg(method)));
}

void TestEnhancedAuth::cliWrongPassword()
{
    ScramBroker broker;
    const Run run = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("--auth-method"),
                            QStringLiteral("SCRAM-SHA-256"), QStringLiteral("-u"), QStringLiteral("user"),
                            QStringLiteral("-P"), QStringLiteral("pencil2"), QStringLiteral("-t"), QStringLiteral("t"),
                            QStringLiteral("-m"), QStringLiteral("x")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0x86); // the CONNACK reason code, as for every refused connection
    QCOMPARE(QString::fromLocal8Bit(run.err.trimmed()),
             refusedByBroker(broker.port(), QStringLiteral("Bad user name or password"),
                             QStringLiteral("SCRAM-SHA-256 says: the password is wrong (invalid-proof).")));
    QVERIFY(!broker.all().contains(QLatin1String("PUBLISH")));
}

void TestEnhancedAuth::cliWrongServerSignature()
{
    ScramBroker broker({QStringLiteral("--final"), QStringLiteral("wrong-signature")});
    const Run run = runCli({QStringLiteral("sub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("--auth-method"),
                            QStringLiteral("SCRAM-SHA-256"), QStringLiteral("-u"), QStringLiteral("user"),
                            QStringLiteral("-P"), QStringLiteral("pencil"), QStringLiteral("-t"), QStringLiteral("#")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0x87); // Not authorized: refused, by us
    QCOMPARE(QString::fromLocal8Bit(run.err.trimmed()), WrongSignature);
    QVERIFY(!broker.all().contains(QLatin1String("SUBSCRIBE")));
}

void TestEnhancedAuth::cliNeedsUserAndPassword()
{
    const Run run = runCli({QStringLiteral("pub"), QStringLiteral("--auth-method"), QStringLiteral("SCRAM-SHA-256"),
                            QStringLiteral("-u"), QStringLiteral("user"), QStringLiteral("-t"), QStringLiteral("t"),
                            QStringLiteral("-m"), QStringLiteral("x")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(run.err, QByteArray("SCRAM-SHA-256 needs a user name (-u) and a password (-P).\n"));
}

void TestEnhancedAuth::cliUnansweredChallenge()
{
    FakeBroker broker(ProtocolVersion::V5);
    broker.setScript([](FakeBroker &b, const Packet &p) {
        if (std::holds_alternative<ConnectPacket>(p)) {
            AuthPacket challenge;
            challenge.reasonCode = quint8(ReasonCode::ContinueAuthentication);
            challenge.properties.set(PropertyId::AuthenticationMethod, QStringLiteral("TOKEN"));
            b.send(challenge);
        }
    });
    const Run run = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                            QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("--auth-method"),
                            QStringLiteral("TOKEN"), QStringLiteral("--auth-data"), QStringLiteral("secret-token"),
                            QStringLiteral("-t"), QStringLiteral("t"), QStringLiteral("-m"), QStringLiteral("x")});
    QVERIFY(run.finished);
    QCOMPARE(run.exitCode, 0x87);
    QVERIFY2(run.err.contains("asked for more 'TOKEN' authentication data, and nothing here answers that method"),
             run.err.constData());
    QCOMPARE(broker.receivedOf<ConnectPacket>().first().properties.binary(PropertyId::AuthenticationData),
             std::optional<QByteArray>("secret-token"));
}

QTEST_MAIN(TestEnhancedAuth)
#include "tst_enhancedauth.moc"
