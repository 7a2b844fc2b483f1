// Handshake: the CONNECT a profile asks for, what a CONNACK says, and the
// sentences for a connection that cannot start, times out or is refused,
// without a socket.
#include "client/handshake.h"

#include <QTest>

using namespace Signalbox;

namespace {

ConnectionProfile profile(ProtocolVersion version = ProtocolVersion::V311)
{
    ConnectionProfile p;
    p.host = QStringLiteral("broker.local");
    p.port = 1884;
    p.version = version;
    return p;
}

} // namespace

class TestHandshake : public QObject
{
    Q_OBJECT

private slots:
    void check_data()
    {
        QTest::addColumn<QString>("host");
        QTest::addColumn<int>("port");
        QTest::addColumn<bool>("will");
        QTest::addColumn<QString>("willTopic");
        QTest::addColumn<QString>("why"); // a part of the sentence; empty: can connect
        QTest::newRow("no host") << QString() << 1883 << false << QString() << QStringLiteral("no host or port");
        QTest::newRow("no port") << QStringLiteral("h") << 0 << false << QString() << QStringLiteral("no host or port");
        // MQTT 5.0 §3.1.3.3: the Will Topic is a topic name, no wildcards
        QTest::newRow("will with wildcard")
            << QStringLiteral("h") << 1883 << true << QStringLiteral("a/+") << QStringLiteral("Invalid will topic");
        QTest::newRow("will off") << QStringLiteral("h") << 1883 << false << QStringLiteral("a/+") << QString();
        QTest::newRow("valid will") << QStringLiteral("h") << 1883 << true << QStringLiteral("a/b") << QString();
    }
    void check()
    {
        QFETCH(QString, host);
        QFETCH(int, port);
        QFETCH(bool, will);
        QFETCH(QString, willTopic);
        QFETCH(QString, why);
        ConnectionProfile p = profile();
        p.host = host;
        p.port = quint16(port);
        p.will.enabled = will;
        p.will.topic = willTopic;
        const std::optional<QString> said = Handshake::check(p);
        if (why.isEmpty())
            QVERIFY2(!said, qPrintable(said.value_or(QString())));
        else
            QVERIFY2(said && said->contains(why), qPrintable(said.value_or(QString())));
    }

    // MQTT 3.1.1 §3.1: no properties, none on the will either.
    void connectV311()
    {
        ConnectionProfile p = profile();
        p.cleanStart = false;
        p.keepAlive = 30;
        p.username = QStringLiteral("ada");
        p.password = QStringLiteral("pässword");
        p.will.enabled = true;
        p.will.topic = QStringLiteral("status/ada");
        p.will.payload = "gone";
        p.will.qos = 1;
        p.will.retain = true;
        p.will.properties.set(PropertyId::WillDelayInterval, 5u);
        p.receiveMaximum = 10;
        const ConnectPacket c = Handshake::connectPacket(p, QStringLiteral("client-1"));
        QCOMPARE(c.version, ProtocolVersion::V311);
        QCOMPARE(c.clientId, QStringLiteral("client-1"));
        QVERIFY(!c.cleanStart);
        QCOMPARE(c.keepAlive, quint16(30));
        QCOMPARE(c.username, std::optional<QString>(QStringLiteral("ada")));
        QCOMPARE(c.password, std::optional<QByteArray>(QStringLiteral("pässword").toUtf8()));
        QVERIFY(c.will);
        QCOMPARE(c.will->topic, QStringLiteral("status/ada"));
        QCOMPARE(c.will->payload, QByteArray("gone"));
        QCOMPARE(c.will->qos, quint8(1));
        QVERIFY(c.will->retain);
        QVERIFY(c.will->properties.isEmpty());
        QVERIFY(c.properties.isEmpty());
    }

    void connectWithoutCredentialsOrWill()
    {
        const ConnectPacket c = Handshake::connectPacket(profile(ProtocolVersion::V5), QStringLiteral("x"));
        QVERIFY(!c.username);
        QVERIFY(!c.password);
        QVERIFY(!c.will);
        QVERIFY(c.properties.isEmpty()); // defaults are not sent (§3.1.2.11)
    }

    // MQTT 5.0 §3.1.2.11: the properties that differ from their defaults.
    void connectV5Properties()
    {
        ConnectionProfile p = profile(ProtocolVersion::V5);
        p.sessionExpiryInterval = 3600;
        p.receiveMaximum = 50;
        p.maximumPacketSize = 65536;
        p.topicAliasMaximum = 16;
        p.requestResponseInformation = true;
        p.requestProblemInformation = false;
        p.userProperties = {{QStringLiteral("site"), QStringLiteral("north")}};
        p.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
        p.authenticationData = "client-first";
        p.will.enabled = true;
        p.will.topic = QStringLiteral("w");
        p.will.properties.set(PropertyId::WillDelayInterval, 5u);
        const ConnectPacket c = Handshake::connectPacket(p, QStringLiteral("x"));
        const Properties &props = c.properties;
        QCOMPARE(props.integer(PropertyId::SessionExpiryInterval), std::optional<quint32>(3600));
        QCOMPARE(props.integer(PropertyId::ReceiveMaximum), std::optional<quint32>(50));
        QCOMPARE(props.integer(PropertyId::MaximumPacketSize), std::optional<quint32>(65536));
        QCOMPARE(props.integer(PropertyId::TopicAliasMaximum), std::optional<quint32>(16));
        QCOMPARE(props.integer(PropertyId::RequestResponseInformation), std::optional<quint32>(1));
        QCOMPARE(props.integer(PropertyId::RequestProblemInformation), std::optional<quint32>(0));
        QCOMPARE(props.userProperties(), (QList<UserProperty>{{QStringLiteral("site"), QStringLiteral("north")}}));
        QCOMPARE(props.string(PropertyId::AuthenticationMethod), std::optional<QString>(QStringLiteral("SCRAM-SHA-1")));
        QCOMPARE(props.binary(PropertyId::AuthenticationData), std::optional<QByteArray>("client-first"));
        QVERIFY(c.will);
        QCOMPARE(c.will->properties.integer(PropertyId::WillDelayInterval), std::optional<quint32>(5));

        p.sessionExpiryInterval = 0; // 0 is the default: not sent
        p.authenticationMethod.clear(); // no method, no data
        const Properties fewer = Handshake::connectPacket(p, QStringLiteral("x")).properties;
        QVERIFY(!fewer.contains(PropertyId::SessionExpiryInterval));
        QVERIFY(!fewer.contains(PropertyId::AuthenticationMethod));
        QVERIFY(!fewer.contains(PropertyId::AuthenticationData));
    }

    // MQTT 5.0 §3.2.2.3: what the server said, and the defaults for what it did not.
    void connackAccepted()
    {
        ConnackPacket packet;
        packet.sessionPresent = true;
        Handshake::Outcome outcome = Handshake::readConnack(profile(ProtocolVersion::V5), packet);
        QVERIFY(outcome.error.message.isEmpty());
        QVERIFY(outcome.info.sessionPresent);
        QCOMPARE(outcome.info.serverReceiveMaximum, quint16(65535));
        QCOMPARE(outcome.info.maximumQoS, quint8(2));
        QVERIFY(outcome.info.retainAvailable);
        QCOMPARE(outcome.info.serverKeepAlive, quint16(0));
        QCOMPARE(outcome.info.serverMaximumPacketSize, quint32(0));

        Properties &p = packet.properties;
        p.set(PropertyId::AssignedClientIdentifier, QStringLiteral("auto-7"));
        p.set(PropertyId::ReasonString, QStringLiteral("welcome"));
        p.set(PropertyId::ServerKeepAlive, 20u);
        p.set(PropertyId::ReceiveMaximum, 5u);
        p.set(PropertyId::TopicAliasMaximum, 8u);
        p.set(PropertyId::MaximumQoS, 1u);
        p.set(PropertyId::RetainAvailable, 0u);
        p.set(PropertyId::MaximumPacketSize, 1024u);
        outcome = Handshake::readConnack(profile(ProtocolVersion::V5), packet);
        QVERIFY(outcome.error.message.isEmpty());
        const ConnackInfo &info = outcome.info;
        QCOMPARE(info.assignedClientId, QStringLiteral("auto-7"));
        QCOMPARE(info.reasonString, QStringLiteral("welcome"));
        QCOMPARE(info.serverKeepAlive, quint16(20));
        QCOMPARE(info.serverReceiveMaximum, quint16(5));
        QCOMPARE(info.serverTopicAliasMaximum, quint16(8));
        QCOMPARE(info.maximumQoS, quint8(1));
        QVERIFY(!info.retainAvailable);
        QCOMPARE(info.serverMaximumPacketSize, quint32(1024));
        QCOMPARE(info.properties, p);
    }

    void connackRefused_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<quint8>("code");
        QTest::addColumn<QString>("why");
        QTest::newRow("3.1.1") << ProtocolVersion::V311 << quint8(5) << QStringLiteral("refused the connection: ");
        QTest::newRow("5.0") << ProtocolVersion::V5 << quint8(ReasonCode::Banned) << QStringLiteral("(go away)");
    }
    void connackRefused()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(quint8, code);
        QFETCH(QString, why);
        ConnackPacket packet;
        packet.reasonCode = code;
        packet.properties.set(PropertyId::ReasonString, QStringLiteral("go away"));
        const Handshake::Outcome outcome = Handshake::readConnack(profile(version), packet);
        QCOMPARE(outcome.error.kind, ErrorKind::Refused);
        QCOMPARE(outcome.error.reason, code);
        QCOMPARE(outcome.info.reasonCode, code);
        QVERIFY2(outcome.error.message.contains(QStringLiteral("broker.local:1884")), qPrintable(outcome.error.message));
        QVERIFY2(outcome.error.message.contains(why), qPrintable(outcome.error.message));
    }

    // MQTT 5.0 §3.2.2.3.3: a Receive Maximum of 0 is a Protocol Error.
    void connackReceiveMaximumZero()
    {
        ConnackPacket packet;
        packet.properties.set(PropertyId::ReceiveMaximum, 0u);
        const Handshake::Outcome outcome = Handshake::readConnack(profile(ProtocolVersion::V5), packet);
        QCOMPARE(outcome.error.kind, ErrorKind::Protocol);
        QCOMPARE(outcome.error.reason, quint8(ReasonCode::ProtocolError));
        QVERIFY(outcome.error.message.contains(QStringLiteral("Receive Maximum of 0")));
    }

    void timeoutText_data()
    {
        QTest::addColumn<TransportScheme>("scheme");
        QTest::addColumn<bool>("opened");
        QTest::addColumn<QString>("why");
        QTest::newRow("tcp") << TransportScheme::Tcp << false << QStringLiteral("The TCP connection to");
        QTest::newRow("tls") << TransportScheme::Tls << false << QStringLiteral("TLS handshake with");
        QTest::newRow("ws") << TransportScheme::WebSocket << false << QStringLiteral("WebSocket upgrade with");
        QTest::newRow("wss") << TransportScheme::SecureWebSocket << false
                             << QStringLiteral("TLS handshake or WebSocket upgrade");
        QTest::newRow("no CONNACK") << TransportScheme::Tls << true << QStringLiteral("no CONNACK came");
    }
    void timeoutText()
    {
        QFETCH(TransportScheme, scheme);
        QFETCH(bool, opened);
        QFETCH(QString, why);
        ConnectionProfile p = profile();
        p.scheme = scheme;
        p.connectTimeoutMs = 2500;
        const QString said = Handshake::timeoutText(p, opened);
        QVERIFY2(said.contains(why), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("broker.local:1884")), qPrintable(said));
        QVERIFY2(said.contains(QStringLiteral("2.5 s")), qPrintable(said));
    }

    void permanentRefusal_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<quint8>("code");
        QTest::addColumn<bool>("permanent");
        // MQTT 3.1.1 §3.2.2.3
        QTest::newRow("3.1.1 protocol version") << ProtocolVersion::V311 << quint8(1) << true;
        QTest::newRow("3.1.1 identifier rejected") << ProtocolVersion::V311 << quint8(2) << true;
        QTest::newRow("3.1.1 server unavailable") << ProtocolVersion::V311 << quint8(3) << false;
        QTest::newRow("3.1.1 bad credentials") << ProtocolVersion::V311 << quint8(4) << true;
        QTest::newRow("3.1.1 not authorized") << ProtocolVersion::V311 << quint8(5) << true;
        // MQTT 5.0 §3.2.2.2
        QTest::newRow("5.0 banned") << ProtocolVersion::V5 << quint8(ReasonCode::Banned) << true;
        QTest::newRow("5.0 bad credentials") << ProtocolVersion::V5 << quint8(ReasonCode::BadUserNameOrPassword) << true;
        QTest::newRow("5.0 server busy") << ProtocolVersion::V5 << quint8(ReasonCode::ServerBusy) << false;
        QTest::newRow("5.0 quota exceeded") << ProtocolVersion::V5 << quint8(ReasonCode::QuotaExceeded) << false;
    }
    void permanentRefusal()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(quint8, code);
        QFETCH(bool, permanent);
        QCOMPARE(Handshake::isPermanentRefusal(version, code), permanent);
    }
};

QTEST_GUILESS_MAIN(TestHandshake)
#include "tst_handshake.moc"
