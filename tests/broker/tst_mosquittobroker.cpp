// Self-test of the MosquittoBroker fixture: every listener it promises answers as
// promised, proved with Qt sockets and hand-made MQTT 3.1.1 packets (no Signalbox
// code), and with mosquitto's own clients for $SYS and the ACL.

#include "mosquittobroker.h"

#include <QDeadlineTimer>
#include <QFile>
#include <QProcess>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslSocket>
#include <QStandardPaths>
#include <QtTest>

using Signalbox::Test::MosquittoBroker;

namespace {

constexpr int IoTimeoutMs = 10000;

enum Listener { Plain, Tls, Mtls, Ws, Wss, Auth, ExpiredTls, WrongHostTls };

QByteArray mqttString(const QByteArray &text)
{
    return QByteArray(1, char(text.size() >> 8)) + char(text.size() & 0xff) + text;
}

// MQTT 3.1.1 §3.1: CONNECT with a clean session, keep alive 30 s
QByteArray connectPacket(const QByteArray &clientId, const QByteArray &user = {}, const QByteArray &password = {})
{
    char flags = 0x02;
    if (!user.isEmpty())
        flags |= char(0x80);
    if (!password.isEmpty())
        flags |= 0x40;
    QByteArray body = mqttString("MQTT") + char(4) + flags + char(0) + char(30) + mqttString(clientId);
    if (!user.isEmpty())
        body += mqttString(user);
    if (!password.isEmpty())
        body += mqttString(password);
    QByteArray packet(1, char(0x10));
    // §2.2.3 remaining length: 7 bits a byte, high bit "more"
    for (qsizetype length = body.size();;) {
        const char digit = char(length % 128);
        length /= 128;
        packet += length > 0 ? char(digit | 0x80) : digit;
        if (length == 0)
            break;
    }
    return packet + body;
}

QByteArray connackPacket(quint8 returnCode)
{
    return QByteArray::fromHex("200200") + char(returnCode);
}

// RFC 6455 §5.2 binary frame; §5.3: a client masks every frame
QByteArray webSocketFrame(const QByteArray &payload)
{
    Q_ASSERT(payload.size() < 126);
    const QByteArray mask = QByteArray::fromHex("1f2e3d4c");
    QByteArray frame = QByteArray::fromHex("82") + char(0x80 | payload.size()) + mask;
    for (qsizetype i = 0; i < payload.size(); ++i)
        frame += char(payload[i] ^ mask[i % 4]);
    return frame;
}

// Reads into `buffer` until it holds `count` bytes; false on timeout or disconnect.
bool readAtLeast(QAbstractSocket &socket, QByteArray &buffer, qsizetype count)
{
    const QDeadlineTimer deadline(IoTimeoutMs);
    for (;;) {
        buffer += socket.readAll();
        if (buffer.size() >= count)
            return true;
        if (socket.state() != QAbstractSocket::ConnectedState || deadline.hasExpired())
            return false;
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
    }
}

// Reads until the socket is closed, or the timeout; what came before it.
QByteArray readUntilClosed(QAbstractSocket &socket)
{
    QByteArray data;
    const QDeadlineTimer deadline(IoTimeoutMs);
    while (socket.state() == QAbstractSocket::ConnectedState && !deadline.hasExpired()) {
        socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        data += socket.readAll();
    }
    return data + socket.readAll();
}

QString runClient(const QString &program, const QStringList &arguments, int *exitCode = nullptr)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::SeparateChannels);
    process.start(QStandardPaths::findExecutable(program), arguments);
    if (!process.waitForStarted(IoTimeoutMs) || !process.waitForFinished(IoTimeoutMs * 2)) {
        process.kill();
        process.waitForFinished();
        if (exitCode)
            *exitCode = -1;
        return {};
    }
    if (exitCode)
        *exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return QString::fromUtf8(process.readAllStandardOutput()).trimmed();
}

} // namespace

class TestMosquittoBroker : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void connack_data();
    void connack();
    void mtlsRefusesClient_data();
    void mtlsRefusesClient();
    void tlsErrors_data();
    void tlsErrors();
    void encryptedClientKey();
    void sysVersion();
    void acl();
    void killAndRestartKeepPorts();
    void persistenceSavedOnStop();
    void missingMosquittoIsReported();

private:
    quint16 port(Listener listener) const;
    // Connects a socket to `listener` as its transport needs (TLS, WebSocket upgrade).
    void open(QSslSocket &socket, Listener listener, const QString &peerName = {}, const QString &clientCert = {},
              const QString &clientKey = {}, const QByteArray &passphrase = {});
    void sendMqtt(QSslSocket &socket, Listener listener, const QByteArray &packet);
    QByteArray readConnack(QSslSocket &socket, Listener listener);

    MosquittoBroker m_broker;
    QByteArray m_pending; // bytes that came after the WebSocket handshake's headers
};

void TestMosquittoBroker::initTestCase()
{
    QVERIFY2(QSslSocket::supportsSsl(), "Qt has no TLS backend");
    QVERIFY2(m_broker.start(), qPrintable(m_broker.errorString()));
    QVERIFY(m_broker.isRunning());
    QVERIFY(QFile::exists(m_broker.encryptedClientKeyFile()));
}

quint16 TestMosquittoBroker::port(Listener listener) const
{
    switch (listener) {
    case Plain:
        return m_broker.plainPort();
    case Tls:
        return m_broker.tlsPort();
    case Mtls:
        return m_broker.mtlsPort();
    case Ws:
        return m_broker.wsPort();
    case Wss:
        return m_broker.wssPort();
    case Auth:
        return m_broker.authPort();
    case ExpiredTls:
        return m_broker.expiredTlsPort();
    case WrongHostTls:
        return m_broker.wrongHostTlsPort();
    }
    return 0;
}

void TestMosquittoBroker::open(QSslSocket &socket, Listener listener, const QString &peerName,
                               const QString &clientCert, const QString &clientKey, const QByteArray &passphrase)
{
    m_pending.clear();
    const quint16 p = port(listener);
    QVERIFY(p != 0);
    if (listener == Plain || listener == Ws || listener == Auth) {
        socket.connectToHost(m_broker.host(), p);
        QVERIFY2(socket.waitForConnected(IoTimeoutMs), qPrintable(socket.errorString()));
    } else {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setCaCertificates(QSslCertificate::fromPath(m_broker.caFile()));
        QVERIFY(!config.caCertificates().isEmpty());
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!clientCert.isEmpty()) {
            const QList<QSslCertificate> certs = QSslCertificate::fromPath(clientCert);
            QCOMPARE(certs.size(), 1);
            config.setLocalCertificate(certs.first());
            QFile keyFile(clientKey);
            QVERIFY(keyFile.open(QIODevice::ReadOnly));
            const QSslKey key(&keyFile, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase);
            QVERIFY(!key.isNull());
            config.setPrivateKey(key);
        }
        socket.setSslConfiguration(config);
        socket.connectToHostEncrypted(m_broker.host(), p, peerName.isEmpty() ? m_broker.host() : peerName);
        QVERIFY2(socket.waitForEncrypted(IoTimeoutMs), qPrintable(socket.errorString()));
    }
    if (listener == Ws || listener == Wss) {
        socket.write("GET /mqtt HTTP/1.1\r\n"
                     "Host: 127.0.0.1\r\n"
                     "Upgrade: websocket\r\n"
                     "Connection: Upgrade\r\n"
                     "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                     "Sec-WebSocket-Version: 13\r\n"
                     "Sec-WebSocket-Protocol: mqtt\r\n"
                     "\r\n");
        QByteArray response;
        while (!response.contains("\r\n\r\n"))
            QVERIFY2(readAtLeast(socket, response, response.size() + 1), response.constData());
        const qsizetype end = response.indexOf("\r\n\r\n") + 4;
        m_pending = response.mid(end);
        response.truncate(end);
        QVERIFY2(response.startsWith("HTTP/1.1 101"), response.constData());
        QVERIFY2(response.toLower().contains("sec-websocket-protocol: mqtt"), response.constData());
    }
}

void TestMosquittoBroker::sendMqtt(QSslSocket &socket, Listener listener, const QByteArray &packet)
{
    socket.write(listener == Ws || listener == Wss ? webSocketFrame(packet) : packet);
    socket.flush();
}

QByteArray TestMosquittoBroker::readConnack(QSslSocket &socket, Listener listener)
{
    QByteArray data = m_pending;
    m_pending.clear();
    if (listener != Ws && listener != Wss) {
        readAtLeast(socket, data, 4);
        return data;
    }
    // one unmasked binary frame from the server: 82 04 <CONNACK>
    if (!readAtLeast(socket, data, 2) || quint8(data[0]) != 0x82)
        return data;
    const qsizetype length = data[1] & 0x7f;
    readAtLeast(socket, data, 2 + length);
    return data.mid(2);
}

void TestMosquittoBroker::connack_data()
{
    QTest::addColumn<int>("listener");
    QTest::addColumn<QString>("peerName");
    QTest::addColumn<QByteArray>("user");
    QTest::addColumn<QByteArray>("password");
    QTest::addColumn<bool>("clientCertificate");
    QTest::addColumn<bool>("encryptedKey");
    QTest::addColumn<int>("returnCode"); // MQTT 3.1.1 §3.2.2.3

    QTest::newRow("plain") << int(Plain) << QString() << QByteArray() << QByteArray() << false << false << 0;
    QTest::newRow("tls 127.0.0.1") << int(Tls) << QString() << QByteArray() << QByteArray() << false << false << 0;
    QTest::newRow("tls localhost") << int(Tls) << QStringLiteral("localhost") << QByteArray() << QByteArray() << false
                                   << false << 0;
    QTest::newRow("mtls client cert") << int(Mtls) << QString() << QByteArray() << QByteArray() << true << false << 0;
    QTest::newRow("mtls encrypted key") << int(Mtls) << QString() << QByteArray() << QByteArray() << true << true << 0;
    QTest::newRow("websocket") << int(Ws) << QString() << QByteArray() << QByteArray() << false << false << 0;
    QTest::newRow("secure websocket") << int(Wss) << QString() << QByteArray() << QByteArray() << false << false << 0;
    QTest::newRow("auth alice") << int(Auth) << QString() << QByteArrayLiteral("alice")
                                << QByteArrayLiteral("alice-secret") << false << false << 0;
    QTest::newRow("auth bob") << int(Auth) << QString() << QByteArrayLiteral("bob") << QByteArrayLiteral("bob-secret")
                              << false << false << 0;
    // mosquitto 2.0 answers a wrong password with 5 (not authorized), not 4
    QTest::newRow("auth bad password") << int(Auth) << QString() << QByteArrayLiteral("alice")
                                       << QByteArrayLiteral("wrong") << false << false << 5;
    QTest::newRow("auth unknown user") << int(Auth) << QString() << QByteArrayLiteral("mallory")
                                       << QByteArrayLiteral("alice-secret") << false << false << 5;
    QTest::newRow("auth anonymous") << int(Auth) << QString() << QByteArray() << QByteArray() << false << false << 5;
}

void TestMosquittoBroker::connack()
{
    QFETCH(int, listener);
    QFETCH(QString, peerName);
    QFETCH(QByteArray, user);
    QFETCH(QByteArray, password);
    QFETCH(bool, clientCertificate);
    QFETCH(bool, encryptedKey);
    QFETCH(int, returnCode);

    const auto l = Listener(listener);
    QSslSocket socket;
    if (clientCertificate) {
        open(socket, l, peerName, m_broker.clientCertFile(),
             encryptedKey ? m_broker.encryptedClientKeyFile() : m_broker.clientKeyFile(),
             encryptedKey ? MosquittoBroker::clientKeyPassphrase() : QByteArray());
    } else {
        open(socket, l, peerName);
    }
    if (QTest::currentTestFailed())
        return;
    sendMqtt(socket, l, connectPacket(QByteArrayLiteral("fixture-") + QTest::currentDataTag(), user, password));
    QCOMPARE(readConnack(socket, l).toHex(' '), connackPacket(quint8(returnCode)).toHex(' '));
}

void TestMosquittoBroker::mtlsRefusesClient_data()
{
    QTest::addColumn<QString>("clientCert");
    QTest::newRow("no certificate") << QString();
    QTest::newRow("certificate from another CA") << m_broker.untrustedClientCertFile();
}

void TestMosquittoBroker::mtlsRefusesClient()
{
    QFETCH(QString, clientCert);
    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(m_broker.caFile()));
    if (!clientCert.isEmpty()) {
        config.setLocalCertificate(QSslCertificate::fromPath(clientCert).value(0));
        QFile keyFile(m_broker.clientKeyFile());
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        config.setPrivateKey(QSslKey(&keyFile, QSsl::Ec));
    }
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(m_broker.host(), m_broker.mtlsPort());
    // With TLS 1.3 the client may finish its handshake before the server checks the
    // client's certificate; either way the broker must close without a CONNACK.
    if (socket.waitForEncrypted(IoTimeoutMs)) {
        socket.write(connectPacket("fixture-mtls-refused"));
        socket.flush();
        const QByteArray reply = readUntilClosed(socket);
        QVERIFY2(!reply.startsWith(connackPacket(0)), reply.toHex(' ').constData());
        QCOMPARE(socket.state(), QAbstractSocket::UnconnectedState);
    } else {
        QVERIFY(socket.error() != QAbstractSocket::SocketTimeoutError);
    }
}

void TestMosquittoBroker::tlsErrors_data()
{
    QTest::addColumn<int>("listener");
    QTest::addColumn<bool>("trustWrongCa");
    QTest::addColumn<QList<int>>("expected"); // any of these QSslError::SslError

    // mosquitto sends the CA with its certificate (OpenSSL builds the chain from cafile)
    QTest::newRow("unknown CA") << int(Tls) << true
                                << QList<int>{QSslError::SelfSignedCertificateInChain,
                                              QSslError::UnableToGetLocalIssuerCertificate};
    QTest::newRow("expired") << int(ExpiredTls) << false << QList<int>{QSslError::CertificateExpired};
    QTest::newRow("wrong host") << int(WrongHostTls) << false << QList<int>{QSslError::HostNameMismatch};
}

void TestMosquittoBroker::tlsErrors()
{
    QFETCH(int, listener);
    QFETCH(bool, trustWrongCa);
    QFETCH(QList<int>, expected);

    QSslSocket socket;
    QSslConfiguration config = QSslConfiguration::defaultConfiguration();
    config.setCaCertificates(QSslCertificate::fromPath(trustWrongCa ? m_broker.wrongCaFile() : m_broker.caFile()));
    socket.setSslConfiguration(config);
    socket.connectToHostEncrypted(m_broker.host(), port(Listener(listener)));
    QVERIFY(!socket.waitForEncrypted(IoTimeoutMs));
    bool found = false;
    for (const QSslError &error : socket.sslHandshakeErrors())
        found = found || expected.contains(int(error.error()));
    QVERIFY2(found, qPrintable(socket.errorString()));
}

void TestMosquittoBroker::encryptedClientKey()
{
    const auto readKey = [](const QString &fileName, const QByteArray &passphrase) {
        QFile file(fileName);
        return file.open(QIODevice::ReadOnly) ? QSslKey(&file, QSsl::Ec, QSsl::Pem, QSsl::PrivateKey, passphrase)
                                              : QSslKey();
    };
    QFile file(m_broker.encryptedClientKeyFile());
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----"));

    const QSslKey plain = readKey(m_broker.clientKeyFile(), {});
    QVERIFY(!plain.isNull());
    QVERIFY(readKey(m_broker.encryptedClientKeyFile(), {}).isNull());
    QVERIFY(readKey(m_broker.encryptedClientKeyFile(), "not the passphrase").isNull());
    QCOMPARE(readKey(m_broker.encryptedClientKeyFile(), MosquittoBroker::clientKeyPassphrase()), plain);
}

void TestMosquittoBroker::sysVersion()
{
    int exitCode = 0;
    const QString version = runClient(QStringLiteral("mosquitto_sub"),
                                      {QStringLiteral("-h"), m_broker.host(), QStringLiteral("-p"),
                                       QString::number(m_broker.plainPort()), QStringLiteral("-C"), QStringLiteral("1"),
                                       QStringLiteral("-W"), QStringLiteral("10"), QStringLiteral("-t"),
                                       QStringLiteral("$SYS/broker/version")},
                                      &exitCode);
    QCOMPARE(exitCode, 0);
    QVERIFY2(version.startsWith(QLatin1String("mosquitto version 2.")), qPrintable(version));
}

void TestMosquittoBroker::acl()
{
    const auto common = [this](const QString &user, const QString &password) {
        return QStringList{QStringLiteral("-h"), m_broker.host(),
                           QStringLiteral("-p"), QString::number(m_broker.authPort()),
                           QStringLiteral("-u"), user,
                           QStringLiteral("-P"), password,
                           QStringLiteral("-q"), QStringLiteral("1")};
    };
    const auto publish = [&](const QString &user, const QString &password, const QString &topic) {
        int exitCode = -1;
        runClient(QStringLiteral("mosquitto_pub"),
                  common(user, password) + QStringList{QStringLiteral("-t"), topic, QStringLiteral("-m"), topic},
                  &exitCode);
        return exitCode;
    };

    // bob reads public/#; the first message he gets must be the one he may get
    QProcess subscriber;
    const qint64 logStart = m_broker.logSize();
    subscriber.start(QStandardPaths::findExecutable(QStringLiteral("mosquitto_sub")),
                     common(MosquittoBroker::bobUser(), MosquittoBroker::bobPassword())
                         + QStringList{QStringLiteral("-i"), QStringLiteral("fixture-acl-bob"), QStringLiteral("-v"),
                                       QStringLiteral("-C"), QStringLiteral("1"), QStringLiteral("-W"),
                                       QStringLiteral("20"), QStringLiteral("-t"), QStringLiteral("public/#")});
    QVERIFY(subscriber.waitForStarted(IoTimeoutMs));
    QVERIFY2(m_broker.waitForLog("fixture-acl-bob 1 public/#", logStart), qPrintable(m_broker.logTail()));

    // alice may only read public/#; nobody may write public/denied/#; a denied PUBLISH is acknowledged and dropped
    QCOMPARE(publish(MosquittoBroker::aliceUser(), MosquittoBroker::alicePassword(), QStringLiteral("public/by-alice")),
             0);
    QCOMPARE(publish(MosquittoBroker::bobUser(), MosquittoBroker::bobPassword(), QStringLiteral("public/denied/by-bob")),
             0);
    QCOMPARE(publish(MosquittoBroker::bobUser(), MosquittoBroker::bobPassword(), QStringLiteral("public/by-bob")), 0);

    QVERIFY(subscriber.waitForFinished(IoTimeoutMs * 2));
    QCOMPARE(subscriber.exitCode(), 0);
    QCOMPARE(QString::fromUtf8(subscriber.readAllStandardOutput()).trimmed(),
             QStringLiteral("public/by-bob public/by-bob"));
}

void TestMosquittoBroker::killAndRestartKeepPorts()
{
    const QList<quint16> before{m_broker.plainPort(), m_broker.tlsPort(), m_broker.wsPort(), m_broker.authPort()};
    m_broker.kill();
    QVERIFY(!m_broker.isRunning());
    QVERIFY2(m_broker.restart(), qPrintable(m_broker.errorString()));
    QVERIFY(m_broker.isRunning());
    QCOMPARE((QList<quint16>{m_broker.plainPort(), m_broker.tlsPort(), m_broker.wsPort(), m_broker.authPort()}), before);

    for (const Listener listener : {Plain, Tls, Ws}) {
        QSslSocket socket;
        open(socket, listener);
        if (QTest::currentTestFailed())
            return;
        sendMqtt(socket, listener, connectPacket("fixture-after-restart"));
        QCOMPARE(readConnack(socket, listener).toHex(' '), connackPacket(0).toHex(' '));
    }
}

void TestMosquittoBroker::persistenceSavedOnStop()
{
    MosquittoBroker::Options options;
    options.tls = false;
    options.websockets = false;
    options.persistence = true;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    QCOMPARE(broker.tlsPort(), quint16(0));
    QCOMPARE(broker.wsPort(), quint16(0));
    QVERIFY(broker.caFile().isEmpty());
    QVERIFY(!broker.persistenceDir().isEmpty());
    broker.stop();
    QVERIFY(!broker.isRunning());
    QVERIFY2(QFile::exists(broker.persistenceDir() + QStringLiteral("mosquitto.db")), qPrintable(broker.logTail()));
    QVERIFY2(broker.restart(), qPrintable(broker.errorString()));
}

void TestMosquittoBroker::missingMosquittoIsReported()
{
    MosquittoBroker::Options options;
    options.mosquittoPath = QStringLiteral("/nonexistent/mosquitto");
    MosquittoBroker broker(options);
    QVERIFY(!broker.start());
    QVERIFY2(broker.errorString().contains(QLatin1String("/nonexistent/mosquitto")), qPrintable(broker.errorString()));
    QVERIFY(!broker.isRunning());
}

QTEST_GUILESS_MAIN(TestMosquittoBroker)
#include "tst_mosquittobroker.moc"
