#include "mqtt/mqtt.h"
#include "mqtt/properties.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QMetaEnum>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

QJsonObject parse(const char *json)
{
    return QJsonDocument::fromJson(json).object();
}

} // namespace

class TestProperties : public QObject
{
    Q_OBJECT

private slots:
    void types_data();
    void types();
    void keys_data();
    void keys();
    void everyIdHasNameAndKey();
    void allowed_data();
    void allowed();
    void repeatable();
    void setAddRemove();
    void accessors();
    void equalityIgnoresOrderBetweenIds();
    void jsonRoundTrip();
    void jsonShape();
    void jsonErrors_data();
    void jsonErrors();
    void reasonCodes_data();
    void reasonCodes();
    void connackReturnCodes();
    void protocolVersions_data();
    void protocolVersions();
    void packetTypeNames();
};

void TestProperties::types_data()
{
    QTest::addColumn<int>("id");
    QTest::addColumn<PropertyType>("type");
    // MQTT 5.0 §2.2.2.2, table 2-4
    QTest::newRow("0x01 Payload Format Indicator") << 0x01 << PropertyType::Byte;
    QTest::newRow("0x02 Message Expiry Interval") << 0x02 << PropertyType::FourByteInteger;
    QTest::newRow("0x03 Content Type") << 0x03 << PropertyType::Utf8String;
    QTest::newRow("0x08 Response Topic") << 0x08 << PropertyType::Utf8String;
    QTest::newRow("0x09 Correlation Data") << 0x09 << PropertyType::BinaryData;
    QTest::newRow("0x0B Subscription Identifier") << 0x0B << PropertyType::VariableByteInteger;
    QTest::newRow("0x11 Session Expiry Interval") << 0x11 << PropertyType::FourByteInteger;
    QTest::newRow("0x12 Assigned Client Identifier") << 0x12 << PropertyType::Utf8String;
    QTest::newRow("0x13 Server Keep Alive") << 0x13 << PropertyType::TwoByteInteger;
    QTest::newRow("0x15 Authentication Method") << 0x15 << PropertyType::Utf8String;
    QTest::newRow("0x16 Authentication Data") << 0x16 << PropertyType::BinaryData;
    QTest::newRow("0x17 Request Problem Information") << 0x17 << PropertyType::Byte;
    QTest::newRow("0x18 Will Delay Interval") << 0x18 << PropertyType::FourByteInteger;
    QTest::newRow("0x19 Request Response Information") << 0x19 << PropertyType::Byte;
    QTest::newRow("0x1A Response Information") << 0x1A << PropertyType::Utf8String;
    QTest::newRow("0x1C Server Reference") << 0x1C << PropertyType::Utf8String;
    QTest::newRow("0x1F Reason String") << 0x1F << PropertyType::Utf8String;
    QTest::newRow("0x21 Receive Maximum") << 0x21 << PropertyType::TwoByteInteger;
    QTest::newRow("0x22 Topic Alias Maximum") << 0x22 << PropertyType::TwoByteInteger;
    QTest::newRow("0x23 Topic Alias") << 0x23 << PropertyType::TwoByteInteger;
    QTest::newRow("0x24 Maximum QoS") << 0x24 << PropertyType::Byte;
    QTest::newRow("0x25 Retain Available") << 0x25 << PropertyType::Byte;
    QTest::newRow("0x26 User Property") << 0x26 << PropertyType::Utf8StringPair;
    QTest::newRow("0x27 Maximum Packet Size") << 0x27 << PropertyType::FourByteInteger;
    QTest::newRow("0x28 Wildcard Subscription Available") << 0x28 << PropertyType::Byte;
    QTest::newRow("0x29 Subscription Identifier Available") << 0x29 << PropertyType::Byte;
    QTest::newRow("0x2A Shared Subscription Available") << 0x2A << PropertyType::Byte;
    QTest::newRow("0x00 unknown") << 0x00 << PropertyType::Invalid;
    QTest::newRow("0x04 unknown") << 0x04 << PropertyType::Invalid;
    QTest::newRow("0x2B unknown") << 0x2B << PropertyType::Invalid;
    QTest::newRow("0xFF unknown") << 0xFF << PropertyType::Invalid;
}

void TestProperties::types()
{
    QFETCH(int, id);
    QFETCH(PropertyType, type);
    QCOMPARE(propertyType(static_cast<quint8>(id)), type);
}

void TestProperties::keys_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<int>("id");
    QTest::newRow("camelCase") << u"messageExpiryInterval"_s << 0x02;
    QTest::newRow("mosquitto -D name") << u"message-expiry-interval"_s << 0x02;
    QTest::newRow("spec name") << u"Message Expiry Interval"_s << 0x02;
    QTest::newRow("-D user-property") << u"user-property"_s << 0x26;
    QTest::newRow("-D content-type") << u"content-type"_s << 0x03;
    QTest::newRow("-D payload-format-indicator") << u"payload-format-indicator"_s << 0x01;
    QTest::newRow("-D maximum-qos") << u"maximum-qos"_s << 0x24;
    QTest::newRow("spec Maximum QoS") << u"Maximum QoS"_s << 0x24;
    QTest::newRow("JSON userProperties") << u"userProperties"_s << 0x26;
    QTest::newRow("JSON subscriptionIdentifiers") << u"subscriptionIdentifiers"_s << 0x0B;
    QTest::newRow("-D subscription-identifier") << u"subscription-identifier"_s << 0x0B;
    QTest::newRow("-D will-delay-interval") << u"will-delay-interval"_s << 0x18;
    QTest::newRow("unknown") << u"expiry"_s << -1;
    QTest::newRow("empty") << QString() << -1;
    QTest::newRow("separators only") << u"--"_s << -1;
}

void TestProperties::keys()
{
    QFETCH(QString, key);
    QFETCH(int, id);
    const std::optional<PropertyId> found = propertyFromKey(key);
    if (id < 0)
        QVERIFY(!found);
    else
        QCOMPARE(found, std::optional<PropertyId>(static_cast<PropertyId>(id)));
}

void TestProperties::everyIdHasNameAndKey()
{
    int known = 0;
    for (int id = 0; id < 256; ++id) {
        if (propertyType(static_cast<quint8>(id)) == PropertyType::Invalid)
            continue;
        ++known;
        const auto pid = static_cast<PropertyId>(id);
        const QString key = propertyKey(pid);
        const QString name = propertyName(pid);
        QVERIFY(!key.isEmpty());
        QVERIFY(key.front().isLower());
        QVERIFY(!name.isEmpty());
        QCOMPARE(propertyFromKey(key), std::optional<PropertyId>(pid));
        QCOMPARE(propertyFromKey(name), std::optional<PropertyId>(pid));
        // Allowed somewhere: in a packet or in the will.
        bool somewhere = propertyAllowed(pid, PacketType::Connect, true);
        for (int type = 1; type <= 15; ++type)
            somewhere = somewhere || propertyAllowed(pid, static_cast<PacketType>(type));
        QVERIFY2(somewhere, qPrintable(name));
    }
    // MQTT 5.0 §2.2.2.2 defines 27 properties.
    QCOMPARE(known, 27);
    QCOMPARE(propertyName(PropertyId::MessageExpiryInterval), u"Message Expiry Interval"_s);
    QCOMPARE(propertyKey(PropertyId::MessageExpiryInterval), u"messageExpiryInterval"_s);
    QCOMPARE(propertyKey(PropertyId::MaximumQoS), u"maximumQoS"_s);
}

void TestProperties::allowed_data()
{
    QTest::addColumn<PropertyId>("id");
    QTest::addColumn<PacketType>("type");
    QTest::addColumn<bool>("inWill");
    QTest::addColumn<bool>("expected");
    using P = PacketType;
    using I = PropertyId;
    // MQTT 5.0 §2.2.2.2, table 2-4
    QTest::newRow("Payload Format Indicator in PUBLISH") << I::PayloadFormatIndicator << P::Publish << false << true;
    QTest::newRow("Payload Format Indicator in will") << I::PayloadFormatIndicator << P::Connect << true << true;
    QTest::newRow("Payload Format Indicator not in CONNECT") << I::PayloadFormatIndicator << P::Connect << false << false;
    QTest::newRow("Message Expiry Interval in will") << I::MessageExpiryInterval << P::Connect << true << true;
    QTest::newRow("Correlation Data in will") << I::CorrelationData << P::Connect << true << true;
    QTest::newRow("Subscription Identifier in SUBSCRIBE") << I::SubscriptionIdentifier << P::Subscribe << false << true;
    QTest::newRow("Subscription Identifier in PUBLISH") << I::SubscriptionIdentifier << P::Publish << false << true;
    QTest::newRow("Subscription Identifier not in SUBACK") << I::SubscriptionIdentifier << P::Suback << false << false;
    QTest::newRow("Session Expiry Interval in DISCONNECT") << I::SessionExpiryInterval << P::Disconnect << false << true;
    QTest::newRow("Session Expiry Interval not in will") << I::SessionExpiryInterval << P::Connect << true << false;
    QTest::newRow("Assigned Client Identifier only CONNACK")
        << I::AssignedClientIdentifier << P::Connect << false << false;
    QTest::newRow("Server Keep Alive in CONNACK") << I::ServerKeepAlive << P::Connack << false << true;
    QTest::newRow("Authentication Method in AUTH") << I::AuthenticationMethod << P::Auth << false << true;
    QTest::newRow("Authentication Data not in DISCONNECT") << I::AuthenticationData << P::Disconnect << false << false;
    QTest::newRow("Request Problem Information in CONNECT")
        << I::RequestProblemInformation << P::Connect << false << true;
    QTest::newRow("Will Delay Interval in will") << I::WillDelayInterval << P::Connect << true << true;
    QTest::newRow("Will Delay Interval not in CONNECT") << I::WillDelayInterval << P::Connect << false << false;
    QTest::newRow("Will Delay Interval not in PUBLISH") << I::WillDelayInterval << P::Publish << false << false;
    QTest::newRow("Server Reference in DISCONNECT") << I::ServerReference << P::Disconnect << false << true;
    QTest::newRow("Reason String in PUBREL") << I::ReasonString << P::Pubrel << false << true;
    QTest::newRow("Reason String not in PUBLISH") << I::ReasonString << P::Publish << false << false;
    QTest::newRow("Reason String not in CONNECT") << I::ReasonString << P::Connect << false << false;
    QTest::newRow("Receive Maximum in CONNECT") << I::ReceiveMaximum << P::Connect << false << true;
    QTest::newRow("Topic Alias in PUBLISH") << I::TopicAlias << P::Publish << false << true;
    QTest::newRow("Topic Alias not in will") << I::TopicAlias << P::Connect << true << false;
    QTest::newRow("Maximum QoS not in CONNECT") << I::MaximumQoS << P::Connect << false << false;
    QTest::newRow("User Property in UNSUBSCRIBE") << I::UserProperty << P::Unsubscribe << false << true;
    QTest::newRow("User Property in will") << I::UserProperty << P::Connect << true << true;
    QTest::newRow("User Property in AUTH") << I::UserProperty << P::Auth << false << true;
    QTest::newRow("nothing in PINGREQ") << I::UserProperty << P::Pingreq << false << false;
    QTest::newRow("will flag only in CONNECT") << I::ContentType << P::Publish << true << false;
    QTest::newRow("Maximum Packet Size in CONNECT") << I::MaximumPacketSize << P::Connect << false << true;
    QTest::newRow("Shared Subscription Available in CONNACK")
        << I::SharedSubscriptionAvailable << P::Connack << false << true;
    QTest::newRow("unknown id") << static_cast<PropertyId>(0x04) << P::Publish << false << false;
}

void TestProperties::allowed()
{
    QFETCH(PropertyId, id);
    QFETCH(PacketType, type);
    QFETCH(bool, inWill);
    QFETCH(bool, expected);
    QCOMPARE(propertyAllowed(id, type, inWill), expected);
}

void TestProperties::repeatable()
{
    QVERIFY(propertyRepeatable(PropertyId::UserProperty));
    QVERIFY(propertyRepeatable(PropertyId::SubscriptionIdentifier));
    QVERIFY(!propertyRepeatable(PropertyId::ContentType));
    QVERIFY(!propertyRepeatable(PropertyId::ReasonString));
    // MQTT 5.0 §3.3.2.3.8 and §3.8.2.1.2
    QVERIFY(propertyRepeatable(PropertyId::SubscriptionIdentifier, PacketType::Publish));
    QVERIFY(!propertyRepeatable(PropertyId::SubscriptionIdentifier, PacketType::Subscribe));
    QVERIFY(propertyRepeatable(PropertyId::UserProperty, PacketType::Connack));
}

void TestProperties::setAddRemove()
{
    Properties p;
    QVERIFY(p.isEmpty());
    QVERIFY(!p.contains(PropertyId::ContentType));
    QVERIFY(!p.value(PropertyId::ContentType).isValid());

    p.add(PropertyId::SubscriptionIdentifier, 1u);
    p.set(PropertyId::ContentType, u"text/plain"_s);
    p.add(PropertyId::SubscriptionIdentifier, 2u);
    p.add(PropertyId::SubscriptionIdentifier, 3u);
    QCOMPARE(p.size(), 4);
    QCOMPARE(p.subscriptionIdentifiers(), (QList<quint32>{1, 2, 3}));

    // set() keeps the first one's place and drops the rest.
    p.set(PropertyId::SubscriptionIdentifier, 9u);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.items().at(0).id, PropertyId::SubscriptionIdentifier);
    QCOMPARE(p.subscriptionIdentifiers(), QList<quint32>{9});

    p.set(PropertyId::ContentType, u"application/json"_s);
    QCOMPARE(p.size(), 2);
    QCOMPARE(p.string(PropertyId::ContentType), std::optional<QString>(u"application/json"_s));

    p.remove(PropertyId::SubscriptionIdentifier);
    QCOMPARE(p.size(), 1);
    QVERIFY(!p.contains(PropertyId::SubscriptionIdentifier));
    p.remove(PropertyId::ContentType);
    QVERIFY(p.isEmpty());
}

void TestProperties::accessors()
{
    Properties p;
    p.set(PropertyId::MessageExpiryInterval, 60u);
    p.set(PropertyId::CorrelationData, QByteArray("\x00\x01", 2));
    p.set(PropertyId::ResponseTopic, u"reply/here"_s);
    p.addUserProperty(u"a"_s, u"1"_s);
    p.addUserProperty(u"a"_s, u"2"_s);

    QCOMPARE(p.integer(PropertyId::MessageExpiryInterval), std::optional<quint32>(60));
    QCOMPARE(p.binary(PropertyId::CorrelationData), std::optional<QByteArray>(QByteArray("\x00\x01", 2)));
    QCOMPARE(p.string(PropertyId::ResponseTopic), std::optional<QString>(u"reply/here"_s));
    QCOMPARE(p.userProperties(), (QList<UserProperty>{{u"a"_s, u"1"_s}, {u"a"_s, u"2"_s}}));

    // Absent or of another type: no value.
    QVERIFY(!p.integer(PropertyId::TopicAlias));
    QVERIFY(!p.string(PropertyId::MessageExpiryInterval));
    QVERIFY(!p.binary(PropertyId::ResponseTopic));
    QVERIFY(!p.integer(PropertyId::ResponseTopic));
}

void TestProperties::equalityIgnoresOrderBetweenIds()
{
    Properties a;
    a.set(PropertyId::ContentType, u"text/plain"_s);
    a.addUserProperty(u"k"_s, u"1"_s);
    a.addUserProperty(u"k"_s, u"2"_s);
    a.set(PropertyId::MessageExpiryInterval, 5u);

    Properties b;
    b.addUserProperty(u"k"_s, u"1"_s);
    b.set(PropertyId::MessageExpiryInterval, 5u);
    b.set(PropertyId::ContentType, u"text/plain"_s);
    b.addUserProperty(u"k"_s, u"2"_s);
    QCOMPARE(a, b);

    // MQTT 5.0 §3.3.2.3.7: the order of user properties is kept, so it counts.
    Properties c;
    c.set(PropertyId::ContentType, u"text/plain"_s);
    c.addUserProperty(u"k"_s, u"2"_s);
    c.addUserProperty(u"k"_s, u"1"_s);
    c.set(PropertyId::MessageExpiryInterval, 5u);
    QVERIFY(!(a == c));

    Properties d = a;
    d.set(PropertyId::MessageExpiryInterval, 6u);
    QVERIFY(!(a == d));
    d.remove(PropertyId::MessageExpiryInterval);
    QVERIFY(!(a == d));
}

void TestProperties::jsonRoundTrip()
{
    Properties p;
    p.set(PropertyId::PayloadFormatIndicator, 1u);
    p.set(PropertyId::MessageExpiryInterval, 4294967295u);
    p.set(PropertyId::ContentType, u"application/json"_s);
    p.set(PropertyId::ResponseTopic, u"replies/\u00e9"_s);
    p.set(PropertyId::CorrelationData, QByteArray("\x00\xff\x10", 3));
    p.add(PropertyId::SubscriptionIdentifier, 268435455u);
    p.add(PropertyId::SubscriptionIdentifier, 1u);
    p.set(PropertyId::SessionExpiryInterval, 3600u);
    p.set(PropertyId::AuthenticationMethod, u"SCRAM-SHA-1"_s);
    p.set(PropertyId::AuthenticationData, QByteArray("client-first"));
    p.set(PropertyId::WillDelayInterval, 10u);
    p.set(PropertyId::ReasonString, u"because"_s);
    p.set(PropertyId::ReceiveMaximum, 65535u);
    p.set(PropertyId::TopicAlias, 3u);
    p.set(PropertyId::MaximumQoS, 1u);
    p.addUserProperty(u"b"_s, u"2"_s);
    p.addUserProperty(u"a"_s, u"1"_s);
    p.addUserProperty(u"b"_s, u""_s);

    QString error;
    const std::optional<Properties> back = Properties::fromJson(p.toJson(), &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(*back, p);
    QCOMPARE(back->userProperties(), p.userProperties());
    QCOMPARE(back->subscriptionIdentifiers(), (QList<quint32>{268435455, 1}));
    // Values come back as the contract's types.
    QCOMPARE(back->value(PropertyId::MessageExpiryInterval).typeId(), QMetaType::UInt);

    QVERIFY(Properties().toJson().isEmpty());
    QCOMPARE(Properties::fromJson(QJsonObject()), std::optional<Properties>(Properties()));
}

void TestProperties::jsonShape()
{
    Properties p;
    p.set(PropertyId::MessageExpiryInterval, 60u);
    p.set(PropertyId::ContentType, u"text/plain"_s);
    p.set(PropertyId::CorrelationData, QByteArray("abc"));
    p.addUserProperty(u"k"_s, u"v"_s);
    p.add(PropertyId::SubscriptionIdentifier, 1u);
    p.add(PropertyId::SubscriptionIdentifier, 2u);
    const QJsonObject expected = parse(R"({"messageExpiryInterval": 60, "contentType": "text/plain",
        "correlationData": "YWJj", "userProperties": [["k", "v"]], "subscriptionIdentifiers": [1, 2]})");
    QCOMPARE(p.toJson(), expected);

    // mosquitto-style and spec-style keys are read too.
    const std::optional<Properties> kebab = Properties::fromJson(
        parse(R"({"message-expiry-interval": 60, "Content Type": "text/plain"})"));
    QVERIFY(kebab);
    QCOMPARE(kebab->integer(PropertyId::MessageExpiryInterval), std::optional<quint32>(60));
    QCOMPARE(kebab->string(PropertyId::ContentType), std::optional<QString>(u"text/plain"_s));
}

void TestProperties::jsonErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown key") << QByteArray(R"({"expiry": 1})") << u"Unknown property 'expiry'."_s;
    QTest::newRow("string for integer") << QByteArray(R"({"messageExpiryInterval": "60"})")
                                        << u"The property 'messageExpiryInterval' must be an integer from 0 to 4294967295."_s;
    QTest::newRow("fraction") << QByteArray(R"({"topicAlias": 1.5})")
                              << u"The property 'topicAlias' must be an integer from 0 to 65535."_s;
    QTest::newRow("negative") << QByteArray(R"({"receiveMaximum": -1})")
                              << u"The property 'receiveMaximum' must be an integer from 0 to 65535."_s;
    // MQTT 5.0 §1.5: a Byte property holds 0 to 255.
    QTest::newRow("byte too large") << QByteArray(R"({"payloadFormatIndicator": 256})")
                                    << u"The property 'payloadFormatIndicator' must be an integer from 0 to 255."_s;
    QTest::newRow("number for string") << QByteArray(R"({"contentType": 5})")
                                       << u"The property 'contentType' must be a string."_s;
    QTest::newRow("bad base64") << QByteArray(R"({"correlationData": "!!"})")
                                << u"The property 'correlationData' must be a base64 string."_s;
    QTest::newRow("user property object") << QByteArray(R"({"userProperties": {"k": "v"}})")
                                          << u"The property 'userProperties' must be an array of [name, value] pairs."_s;
    QTest::newRow("user property triple")
        << QByteArray(R"({"userProperties": [["k", "v", "w"]]})")
        << u"The property 'userProperties' must be an array of [name, value] pairs of strings."_s;
    // MQTT 5.0 §3.8.2.1.2: Subscription Identifier is 1 to 268435455.
    QTest::newRow("subscription id 0") << QByteArray(R"({"subscriptionIdentifiers": [0]})")
                                       << u"The property 'subscriptionIdentifiers' must hold integers from 1 to 268435455."_s;
    QTest::newRow("subscription id too large")
        << QByteArray(R"({"subscriptionIdentifiers": [268435456]})")
        << u"The property 'subscriptionIdentifiers' must hold integers from 1 to 268435455."_s;
}

void TestProperties::jsonErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!Properties::fromJson(QJsonDocument::fromJson(json).object(), &error));
    QCOMPARE(error, message);
    QVERIFY(!Properties::fromJson(QJsonDocument::fromJson(json).object()));
}

void TestProperties::reasonCodes_data()
{
    QTest::addColumn<int>("code");
    QTest::addColumn<PacketType>("context");
    QTest::addColumn<QString>("text");
    // MQTT 5.0 §2.4, table 2-6
    QTest::newRow("0x00 in CONNACK") << 0x00 << PacketType::Connack << u"Success"_s;
    QTest::newRow("0x00 without context") << 0x00 << PacketType::Reserved << u"Success"_s;
    QTest::newRow("0x00 in SUBACK") << 0x00 << PacketType::Suback << u"Granted QoS 0"_s;
    QTest::newRow("0x00 in DISCONNECT") << 0x00 << PacketType::Disconnect << u"Normal disconnection"_s;
    QTest::newRow("0x01") << 0x01 << PacketType::Suback << u"Granted QoS 1"_s;
    QTest::newRow("0x02") << 0x02 << PacketType::Suback << u"Granted QoS 2"_s;
    QTest::newRow("0x04") << 0x04 << PacketType::Disconnect << u"Disconnect with will message"_s;
    QTest::newRow("0x10") << 0x10 << PacketType::Puback << u"No matching subscribers"_s;
    QTest::newRow("0x11") << 0x11 << PacketType::Unsuback << u"No subscription existed"_s;
    QTest::newRow("0x18") << 0x18 << PacketType::Auth << u"Continue authentication"_s;
    QTest::newRow("0x19") << 0x19 << PacketType::Auth << u"Re-authenticate"_s;
    QTest::newRow("0x80") << 0x80 << PacketType::Connack << u"Unspecified error"_s;
    QTest::newRow("0x87") << 0x87 << PacketType::Connack << u"Not authorized"_s;
    QTest::newRow("0x8E") << 0x8E << PacketType::Disconnect << u"Session taken over"_s;
    QTest::newRow("0x9C") << 0x9C << PacketType::Connack << u"Use another server"_s;
    QTest::newRow("0xA2") << 0xA2 << PacketType::Suback << u"Wildcard subscriptions not supported"_s;
    QTest::newRow("0x03 unknown") << 0x03 << PacketType::Suback << u"Reason code 0x03"_s;
    QTest::newRow("0xA3 unknown") << 0xA3 << PacketType::Connack << u"Reason code 0xA3"_s;
    QTest::newRow("0xFF unknown") << 0xFF << PacketType::Reserved << u"Reason code 0xFF"_s;
}

void TestProperties::reasonCodes()
{
    QFETCH(int, code);
    QFETCH(PacketType, context);
    QFETCH(QString, text);
    QCOMPARE(reasonCodeText(static_cast<quint8>(code), context), text);
    QCOMPARE(isErrorReason(static_cast<quint8>(code)), code >= 0x80);
}

void TestProperties::connackReturnCodes()
{
    // MQTT 3.1.1 §3.2.2.3
    QCOMPARE(connackReturnCodeText(0), u"Connection accepted"_s);
    QCOMPARE(connackReturnCodeText(1), u"Unacceptable protocol version"_s);
    QCOMPARE(connackReturnCodeText(2), u"Identifier rejected"_s);
    QCOMPARE(connackReturnCodeText(3), u"Server unavailable"_s);
    QCOMPARE(connackReturnCodeText(4), u"Bad user name or password"_s);
    QCOMPARE(connackReturnCodeText(5), u"Not authorized"_s);
    QCOMPARE(connackReturnCodeText(6), u"Return code 0x06"_s);
}

void TestProperties::protocolVersions_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("level");
    QTest::newRow("mqttv31") << u"mqttv31"_s << 3;
    QTest::newRow("mqttv311") << u"mqttv311"_s << 4;
    QTest::newRow("mqttv5") << u"mqttv5"_s << 5;
    QTest::newRow("31") << u"31"_s << 3;
    QTest::newRow("311") << u"311"_s << 4;
    QTest::newRow("5") << u"5"_s << 5;
    QTest::newRow("3.1") << u"3.1"_s << 3;
    QTest::newRow("3.1.1") << u"3.1.1"_s << 4;
    QTest::newRow("5.0") << u"5.0"_s << 5;
    QTest::newRow("MQTTv5 with spaces") << u" MQTTv5 "_s << 5;
    QTest::newRow("4 is not a version") << u"4"_s << 0;
    QTest::newRow("3.2") << u"3.2"_s << 0;
    QTest::newRow("empty") << QString() << 0;
    QTest::newRow("mqttv") << u"mqttv"_s << 0;
}

void TestProperties::protocolVersions()
{
    QFETCH(QString, text);
    QFETCH(int, level);
    ProtocolVersion version = ProtocolVersion::V311;
    const bool ok = parseProtocolVersion(text, &version);
    QCOMPARE(ok, level != 0);
    if (ok) {
        QCOMPARE(static_cast<int>(version), level);
        QVERIFY(parseProtocolVersion(protocolVersionName(version), nullptr));
    } else {
        QCOMPARE(version, ProtocolVersion::V311);
    }
}

void TestProperties::packetTypeNames()
{
    QCOMPARE(packetTypeName(PacketType::Connect), u"CONNECT"_s);
    QCOMPARE(packetTypeName(PacketType::Pubcomp), u"PUBCOMP"_s);
    QCOMPARE(packetTypeName(PacketType::Unsuback), u"UNSUBACK"_s);
    QCOMPARE(packetTypeName(PacketType::Auth), u"AUTH"_s);
    QCOMPARE(protocolVersionName(ProtocolVersion::V31), u"3.1"_s);
    QCOMPARE(protocolVersionName(ProtocolVersion::V311), u"3.1.1"_s);
    QCOMPARE(protocolVersionName(ProtocolVersion::V5), u"5.0"_s);
    // The one Q_NAMESPACE of Signalbox (in mqtt.h) carries its enums.
    QCOMPARE(QMetaEnum::fromType<PacketType>().valueToKey(static_cast<int>(PacketType::Suback)), "Suback");
    QCOMPARE(QMetaEnum::fromType<ReasonCode>().valueToKey(0x87), "NotAuthorized");
}

QTEST_APPLESS_MAIN(TestProperties)

#include "tst_properties.moc"
