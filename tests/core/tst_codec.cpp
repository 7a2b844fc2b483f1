#include "mqtt/packetdecoder.h"
#include "mqtt/packets.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QtTest>

using namespace Signalbox;

Q_DECLARE_METATYPE(Signalbox::Packet)

namespace Signalbox {
// Lets QCOMPARE print a packet that differs.
char *toString(const Packet &packet)
{
    return qstrdup(describePacket(packet, ProtocolVersion::V5).toUtf8().constData());
}
} // namespace Signalbox

namespace {

using V = ProtocolVersion;
using PID = PropertyId;

// Hex with spaces, as the spec's tables are read.
QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QString str(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

QVariant pair(const char *name, const char *value)
{
    return QStringList{str(name), str(value)};
}

Properties props(std::initializer_list<std::pair<PropertyId, QVariant>> items)
{
    Properties p;
    for (const auto &[id, value] : items)
        p.add(id, value);
    return p;
}

ConnectPacket connectPacket(V version, const char *clientId, bool cleanStart, quint16 keepAlive)
{
    ConnectPacket p;
    p.version = version;
    p.clientId = str(clientId);
    p.cleanStart = cleanStart;
    p.keepAlive = keepAlive;
    return p;
}

PublishPacket publish(const QString &topic, const QByteArray &payload, quint8 qos = 0, quint16 id = 0,
                      bool retain = false, bool dup = false, Properties properties = {})
{
    PublishPacket p;
    p.topic = topic;
    p.payload = payload;
    p.qos = qos;
    p.packetId = id;
    p.retain = retain;
    p.dup = dup;
    p.properties = std::move(properties);
    return p;
}

AckPacket ack(PacketType type, quint16 id, quint8 reason = 0, Properties properties = {})
{
    return AckPacket{type, id, reason, std::move(properties)};
}

SubscribeEntry entry(const char *filter, quint8 qos, bool noLocal = false, bool rap = false, quint8 rh = 0)
{
    return SubscribeEntry{str(filter), qos, noLocal, rap, rh};
}

struct Golden
{
    const char *name;
    V version;
    Packet packet;
    QByteArray bytes;
};

// Byte vectors written by hand from the layouts in MQTT 3.1 (IBM, 2010),
// MQTT 3.1.1 (OASIS, 2014) chapters 2-3 and MQTT 5.0 (OASIS, 2019) chapters 2-3.
QList<Golden> goldenVectors()
{
    QList<Golden> g;

    // ---- MQTT 3.1: protocol name "MQIsdp", level 3 (3.1 §3.1).
    g.append({"3.1 CONNECT minimal", V::V31, connectPacket(V::V31, "c1", true, 60),
              hex("10 10  00 06 4D 51 49 73 64 70  03  02  00 3C  00 02 63 31")});
    {
        ConnectPacket p = connectPacket(V::V31, "c", false, 10);
        p.will = WillMessage{str("w"), "bye", 1, true, {}};
        p.username = str("u");
        p.password = QByteArray("p");
        // Flags: user name 80 | password 40 | will retain 20 | will QoS 1 08 | will 04 = EC.
        g.append({"3.1 CONNECT will, user name, password", V::V31, p,
                  hex("10 1D  00 06 4D 51 49 73 64 70  03  EC  00 0A"
                      "  00 01 63  00 01 77  00 03 62 79 65  00 01 75  00 01 70")});
    }
    g.append({"3.1 CONNACK accepted", V::V31, ConnackPacket{false, 0, {}}, hex("20 02 00 00")});
    g.append({"3.1 CONNACK identifier rejected", V::V31, ConnackPacket{false, 2, {}}, hex("20 02 00 02")});
    g.append({"3.1 PUBLISH QoS 0", V::V31, publish(str("a/b"), "hi"), hex("30 07 00 03 61 2F 62 68 69")});
    g.append({"3.1 PUBLISH QoS 1 retain", V::V31, publish(str("t"), "x", 1, 10, true), hex("33 06 00 01 74 00 0A 78")});
    g.append({"3.1 PUBACK", V::V31, ack(PacketType::Puback, 10), hex("40 02 00 0A")});
    g.append({"3.1 PUBREC", V::V31, ack(PacketType::Pubrec, 10), hex("50 02 00 0A")});
    g.append({"3.1 PUBREL", V::V31, ack(PacketType::Pubrel, 10), hex("62 02 00 0A")});
    g.append({"3.1 PUBCOMP", V::V31, ack(PacketType::Pubcomp, 10), hex("70 02 00 0A")});
    g.append({"3.1 SUBSCRIBE", V::V31, SubscribePacket{1, {entry("a/#", 1), entry("b", 2)}, {}},
              hex("82 0C 00 01  00 03 61 2F 23 01  00 01 62 02")});
    g.append({"3.1 SUBACK", V::V31, SubackPacket{1, {1, 2}, {}}, hex("90 04 00 01 01 02")});
    g.append({"3.1 UNSUBSCRIBE", V::V31, UnsubscribePacket{2, {str("a/#")}, {}}, hex("A2 07 00 02 00 03 61 2F 23")});
    g.append({"3.1 UNSUBACK", V::V31, UnsubackPacket{2, {}, {}}, hex("B0 02 00 02")});
    g.append({"3.1 PINGREQ", V::V31, PingreqPacket{}, hex("C0 00")});
    g.append({"3.1 PINGRESP", V::V31, PingrespPacket{}, hex("D0 00")});
    g.append({"3.1 DISCONNECT", V::V31, DisconnectPacket{}, hex("E0 00")});

    // ---- MQTT 3.1.1: protocol name "MQTT", level 4 (3.1.1 §3.1.2.1, §3.1.2.2).
    g.append({"3.1.1 CONNECT minimal", V::V311, connectPacket(V::V311, "c1", true, 60),
              hex("10 0E  00 04 4D 51 54 54  04  02  00 3C  00 02 63 31")});
    {
        ConnectPacket p = connectPacket(V::V311, "", true, 0);
        p.username = str("user");
        g.append({"3.1.1 CONNECT empty client id, user name only", V::V311, p,
                  hex("10 12  00 04 4D 51 54 54  04  82  00 00  00 00  00 04 75 73 65 72")});
    }
    {
        ConnectPacket p = connectPacket(V::V311, "dev", false, 300);
        p.will = WillMessage{str("s/d"), QByteArray(), 2, false, {}};
        p.username = str("u");
        p.password = QByteArray("\x00\xFF", 2);
        // Flags: 80 | 40 | will QoS 2 10 | will 04 = D4; clean session off.
        g.append({"3.1.1 CONNECT will QoS 2, binary password", V::V311, p,
                  hex("10 1D  00 04 4D 51 54 54  04  D4  01 2C"
                      "  00 03 64 65 76  00 03 73 2F 64  00 00  00 01 75  00 02 00 FF")});
    }
    g.append({"3.1.1 CONNACK session present", V::V311, ConnackPacket{true, 0, {}}, hex("20 02 01 00")});
    g.append({"3.1.1 CONNACK not authorized", V::V311, ConnackPacket{false, 5, {}}, hex("20 02 00 05")});
    g.append({"3.1.1 PUBLISH QoS 2 dup retain empty payload", V::V311, publish(str("x/y"), {}, 2, 0x1234, true, true),
              hex("3D 07 00 03 78 2F 79 12 34")});
    g.append({"3.1.1 PUBLISH UTF-8 topic", V::V311, publish(str("\xC3\xBC/\xE2\x82\xAC"), "1"),
              hex("30 09 00 06 C3 BC 2F E2 82 AC 31")});
    g.append({"3.1.1 PUBACK", V::V311, ack(PacketType::Puback, 0xFFFF), hex("40 02 FF FF")});
    g.append({"3.1.1 PUBREC", V::V311, ack(PacketType::Pubrec, 1), hex("50 02 00 01")});
    g.append({"3.1.1 PUBREL", V::V311, ack(PacketType::Pubrel, 1), hex("62 02 00 01")});
    g.append({"3.1.1 PUBCOMP", V::V311, ack(PacketType::Pubcomp, 1), hex("70 02 00 01")});
    g.append({"3.1.1 SUBSCRIBE", V::V311, SubscribePacket{0x0102, {entry("sport/#", 0)}, {}},
              hex("82 0C 01 02  00 07 73 70 6F 72 74 2F 23 00")});
    g.append({"3.1.1 SUBACK with failure", V::V311, SubackPacket{0x0102, {0, 1, 2, 0x80}, {}},
              hex("90 06 01 02 00 01 02 80")});
    g.append({"3.1.1 UNSUBSCRIBE two filters", V::V311, UnsubscribePacket{3, {str("a"), str("b/+")}, {}},
              hex("A2 0A 00 03  00 01 61  00 03 62 2F 2B")});
    g.append({"3.1.1 UNSUBACK", V::V311, UnsubackPacket{3, {}, {}}, hex("B0 02 00 03")});
    g.append({"3.1.1 PINGREQ", V::V311, PingreqPacket{}, hex("C0 00")});
    g.append({"3.1.1 PINGRESP", V::V311, PingrespPacket{}, hex("D0 00")});
    g.append({"3.1.1 DISCONNECT", V::V311, DisconnectPacket{}, hex("E0 00")});

    // ---- MQTT 5.0: level 5, properties after the variable header (5.0 §2.2.2).
    g.append({"5.0 CONNECT minimal", V::V5, connectPacket(V::V5, "c1", true, 60),
              hex("10 0F  00 04 4D 51 54 54  05  02  00 3C  00  00 02 63 31")});
    {
        ConnectPacket p = connectPacket(V::V5, "c", true, 30);
        p.properties = props({{PID::SessionExpiryInterval, 3600u},
                              {PID::ReceiveMaximum, 20u},
                              {PID::MaximumPacketSize, 1048576u},
                              {PID::TopicAliasMaximum, 10u},
                              {PID::RequestResponseInformation, 1u},
                              {PID::RequestProblemInformation, 0u},
                              {PID::UserProperty, pair("k", "v")},
                              {PID::AuthenticationMethod, str("m")},
                              {PID::AuthenticationData, QByteArray("\x01\x02")}});
        WillMessage will{str("w"), "bye", 1, false, {}};
        will.properties = props({{PID::WillDelayInterval, 5u},
                                 {PID::PayloadFormatIndicator, 1u},
                                 {PID::MessageExpiryInterval, 60u},
                                 {PID::ContentType, str("text/plain")},
                                 {PID::ResponseTopic, str("r")},
                                 {PID::CorrelationData, QByteArray("id")},
                                 {PID::UserProperty, pair("a", "b")}});
        p.will = will;
        p.username = str("u");
        p.password = QByteArray("p");
        g.append({"5.0 CONNECT every property and will property", V::V5, p,
                  hex("10 6A  00 04 4D 51 54 54  05  CE  00 1E"
                      "  24  11 00 00 0E 10  21 00 14  27 00 10 00 00  22 00 0A  19 01  17 00"
                      "      26 00 01 6B 00 01 76  15 00 01 6D  16 00 02 01 02"
                      "  00 01 63"
                      "  29  18 00 00 00 05  01 01  02 00 00 00 3C  03 00 0A 74 65 78 74 2F 70 6C 61 69 6E"
                      "      08 00 01 72  09 00 02 69 64  26 00 01 61 00 01 62"
                      "  00 01 77  00 03 62 79 65  00 01 75  00 01 70")});
    }
    {
        // MQTT 5.0 §3.1.2.9: a password without a user name is allowed.
        ConnectPacket p = connectPacket(V::V5, "", false, 0);
        p.password = QByteArray("sec");
        g.append({"5.0 CONNECT password without user name", V::V5, p,
                  hex("10 12  00 04 4D 51 54 54  05  40  00 00  00  00 00  00 03 73 65 63")});
    }
    g.append({"5.0 CONNACK minimal", V::V5, ConnackPacket{false, 0, {}}, hex("20 03 00 00 00")});
    g.append({"5.0 CONNACK not authorized with reason string", V::V5,
              ConnackPacket{false, 0x87, props({{PID::ReasonString, str("no")}})}, hex("20 08 00 87 05 1F 00 02 6E 6F")});
    g.append({"5.0 CONNACK every property", V::V5,
              ConnackPacket{true, 0,
                            props({{PID::SessionExpiryInterval, 120u},
                                   {PID::ReceiveMaximum, 100u},
                                   {PID::MaximumQoS, 1u},
                                   {PID::RetainAvailable, 0u},
                                   {PID::MaximumPacketSize, 65535u},
                                   {PID::AssignedClientIdentifier, str("auto-1")},
                                   {PID::TopicAliasMaximum, 5u},
                                   {PID::ReasonString, str("ok")},
                                   {PID::UserProperty, pair("k", "v")},
                                   {PID::WildcardSubscriptionAvailable, 1u},
                                   {PID::SubscriptionIdentifierAvailable, 0u},
                                   {PID::SharedSubscriptionAvailable, 1u},
                                   {PID::ServerKeepAlive, 30u},
                                   {PID::ResponseInformation, str("resp")},
                                   {PID::ServerReference, str("srv")},
                                   {PID::AuthenticationMethod, str("m")},
                                   {PID::AuthenticationData, QByteArray("\xFF")}})},
              hex("20 4A  01 00  47"
                  "  11 00 00 00 78  21 00 64  24 01  25 00  27 00 00 FF FF  12 00 06 61 75 74 6F 2D 31"
                  "  22 00 05  1F 00 02 6F 6B  26 00 01 6B 00 01 76  28 01  29 00  2A 01  13 00 1E"
                  "  1A 00 04 72 65 73 70  1C 00 03 73 72 76  15 00 01 6D  16 00 01 FF")});
    g.append({"5.0 PUBLISH QoS 0", V::V5, publish(str("a/b"), "hi"), hex("30 08 00 03 61 2F 62 00 68 69")});
    g.append({"5.0 PUBLISH QoS 1 every property", V::V5,
              publish(str("t"), "{}", 1, 7, true, false,
                      props({{PID::PayloadFormatIndicator, 1u},
                             {PID::MessageExpiryInterval, 60u},
                             {PID::TopicAlias, 5u},
                             {PID::ResponseTopic, str("r/t")},
                             {PID::CorrelationData, QByteArray("\xDE\xAD")},
                             {PID::UserProperty, pair("a", "1")},
                             {PID::UserProperty, pair("a", "2")},
                             {PID::SubscriptionIdentifier, 1u},
                             {PID::SubscriptionIdentifier, 268435455u},
                             {PID::ContentType, str("application/json")}})),
              hex("33 45  00 01 74  00 07  3D"
                  "  01 01  02 00 00 00 3C  23 00 05  08 00 03 72 2F 74  09 00 02 DE AD"
                  "  26 00 01 61 00 01 31  26 00 01 61 00 01 32  0B 01  0B FF FF FF 7F"
                  "  03 00 10 61 70 70 6C 69 63 61 74 69 6F 6E 2F 6A 73 6F 6E"
                  "  7B 7D")});
    g.append({"5.0 PUBLISH empty topic with topic alias", V::V5,
              publish(QString(), "z", 2, 9, false, true, props({{PID::TopicAlias, 5u}})),
              hex("3C 09 00 00 00 09 03 23 00 05 7A")});
    g.append({"5.0 PUBACK success shortened", V::V5, ack(PacketType::Puback, 10), hex("40 02 00 0A")});
    g.append({"5.0 PUBACK reason without properties", V::V5, ack(PacketType::Puback, 10, 0x10), hex("40 03 00 0A 10")});
    g.append({"5.0 PUBACK reason and reason string", V::V5,
              ack(PacketType::Puback, 10, 0x10, props({{PID::ReasonString, str("no")}})),
              hex("40 09 00 0A 10 05 1F 00 02 6E 6F")});
    g.append({"5.0 PUBACK success with user property", V::V5,
              ack(PacketType::Puback, 10, 0, props({{PID::UserProperty, pair("k", "v")}})),
              hex("40 0B 00 0A 00 07 26 00 01 6B 00 01 76")});
    g.append({"5.0 PUBREC unspecified error", V::V5, ack(PacketType::Pubrec, 11, 0x80), hex("50 03 00 0B 80")});
    g.append({"5.0 PUBREL not found with reason string", V::V5,
              ack(PacketType::Pubrel, 12, 0x92, props({{PID::ReasonString, str("gone")}})),
              hex("62 0B 00 0C 92 07 1F 00 04 67 6F 6E 65")});
    g.append({"5.0 PUBCOMP success shortened", V::V5, ack(PacketType::Pubcomp, 12), hex("70 02 00 0C")});
    g.append({"5.0 SUBSCRIBE options and properties", V::V5,
              SubscribePacket{1,
                              {entry("a/#", 1, true, true, 2), entry("$share/g/x", 0, false, false, 1)},
                              props({{PID::SubscriptionIdentifier, 42u}, {PID::UserProperty, pair("k", "v")}})},
              hex("82 1F  00 01  09 0B 2A 26 00 01 6B 00 01 76"
                  "  00 03 61 2F 23 2D  00 0A 24 73 68 61 72 65 2F 67 2F 78 10")});
    g.append({"5.0 SUBSCRIBE minimal", V::V5, SubscribePacket{2, {entry("t", 2)}, {}}, hex("82 07 00 02 00 00 01 74 02")});
    g.append({"5.0 SUBACK", V::V5,
              SubackPacket{1, {0x01, 0x00, 0x02, 0x80, 0x8F, 0x9E, 0xA1, 0xA2}, props({{PID::ReasonString, str("ok")}})},
              hex("90 10  00 01  05 1F 00 02 6F 6B  01 00 02 80 8F 9E A1 A2")});
    g.append({"5.0 UNSUBSCRIBE", V::V5,
              UnsubscribePacket{3, {str("a/#"), str("b")}, props({{PID::UserProperty, pair("k", "v")}})},
              hex("A2 12  00 03  07 26 00 01 6B 00 01 76  00 03 61 2F 23  00 01 62")});
    g.append({"5.0 UNSUBACK", V::V5, UnsubackPacket{3, {0x00, 0x11, 0x87}, {}}, hex("B0 06 00 03 00 00 11 87")});
    g.append({"5.0 PINGREQ", V::V5, PingreqPacket{}, hex("C0 00")});
    g.append({"5.0 PINGRESP", V::V5, PingrespPacket{}, hex("D0 00")});
    g.append({"5.0 DISCONNECT normal", V::V5, DisconnectPacket{}, hex("E0 00")});
    g.append({"5.0 DISCONNECT with will message", V::V5, DisconnectPacket{0x04, {}}, hex("E0 01 04")});
    g.append({"5.0 DISCONNECT use another server", V::V5,
              DisconnectPacket{0x9C, props({{PID::SessionExpiryInterval, 0u},
                                            {PID::ServerReference, str("b:1883")},
                                            {PID::ReasonString, str("move")}})},
              hex("E0 17 9C 15  11 00 00 00 00  1C 00 06 62 3A 31 38 38 33  1F 00 04 6D 6F 76 65")});
    g.append({"5.0 AUTH success shortened", V::V5, AuthPacket{}, hex("F0 00")});
    g.append({"5.0 AUTH continue", V::V5,
              AuthPacket{0x18, props({{PID::AuthenticationMethod, str("SCRAM-SHA-1")},
                                      {PID::AuthenticationData, QByteArray("\x01\x02\x03")},
                                      {PID::ReasonString, str("go")},
                                      {PID::UserProperty, pair("k", "v")}})},
              hex("F0 22 18 20  15 00 0B 53 43 52 41 4D 2D 53 48 41 2D 31  16 00 03 01 02 03"
                  "  1F 00 02 67 6F  26 00 01 6B 00 01 76")});
    g.append({"5.0 AUTH re-authenticate", V::V5, AuthPacket{0x19, {}}, hex("F0 02 19 00")});
    return g;
}

QList<Golden> goldenFor(V version)
{
    QList<Golden> out;
    for (const Golden &g : goldenVectors()) {
        if (g.version == version)
            out.append(g);
    }
    return out;
}

QByteArray streamOf(const QList<Golden> &vectors)
{
    QByteArray stream;
    for (const Golden &g : vectors)
        stream += g.bytes;
    return stream;
}

struct FeedResult
{
    QList<Packet> packets;
    QList<QByteArray> raw;
    bool ok = true;
    DecodeError error;
};

// Feeds `bytes` in chunks whose sizes come from `nextChunk`.
template<typename NextChunk>
FeedResult feedInChunks(const QByteArray &bytes, V version, NextChunk nextChunk, quint32 maximumPacketSize = 0)
{
    PacketDecoder decoder(version);
    if (maximumPacketSize)
        decoder.setMaximumPacketSize(maximumPacketSize);
    FeedResult result;
    qsizetype at = 0;
    while (at < bytes.size() && result.ok) {
        const qsizetype size = qMin<qsizetype>(nextChunk(), bytes.size() - at);
        result.ok = decoder.feed(QByteArrayView(bytes).sliced(at, size), result.packets, &result.raw);
        at += size;
    }
    result.error = decoder.error();
    if (result.ok && decoder.bufferedBytes() != 0) {
        result.ok = false;
        result.error.message = QStringLiteral("incomplete");
    }
    return result;
}

} // namespace

class TestCodec : public QObject
{
    Q_OBJECT

private slots:
    void encode_data();
    void encode();
    void decode_data() { encode_data(); }
    void decode();
    void decodeAcceptsAlternativeForms_data();
    void decodeAcceptsAlternativeForms();
    void roundTrip_data();
    void roundTrip();
    void incremental_data();
    void incremental();
    void malformed_data();
    void malformed();
    void maximumPacketSize();
    void tooLargeFailsBeforeBodyArrives();
    void failedDecoderStaysFailedUntilReset();
    void decoderTakesVersionFromConnect();
    void variableByteInteger_data();
    void variableByteInteger();
    void variableByteIntegerTooLong();
    void describeMasksPassword();
    void describeNamesPropertiesAndReasons();
    void describeEveryPacket();
    void summarize_data();
    void summarize();
    void writeFuzzCorpus();
};

void TestCodec::encode_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<QByteArray>("bytes");
    for (const Golden &g : goldenVectors())
        QTest::newRow(g.name) << g.packet << g.version << g.bytes;
}

void TestCodec::encode()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    QCOMPARE(encodePacket(packet, version).toHex(' '), bytes.toHex(' '));
}

void TestCodec::decode()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);
    QFETCH(QByteArray, bytes);
    DecodeError error;
    const std::optional<Packet> decoded = decodePacket(bytes, version, &error);
    QVERIFY2(decoded, qPrintable(error.message));
    QCOMPARE(*decoded, packet);
    QCOMPARE(packetType(*decoded), PacketType(quint8(bytes.at(0)) >> 4));
}

void TestCodec::decodeAcceptsAlternativeForms_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<Packet>("packet");
    // MQTT 5.0 §3.4.2.2.1: below a Remaining Length of 4 there is no Property Length.
    QTest::newRow("5.0 PUBACK explicit success") << hex("40 03 00 0A 00") << V::V5 << Packet(ack(PacketType::Puback, 10));
    QTest::newRow("5.0 PUBACK empty properties")
        << hex("40 04 00 0A 10 00") << V::V5 << Packet(ack(PacketType::Puback, 10, 0x10));
    // MQTT 5.0 §3.14.2.2.1
    QTest::newRow("5.0 DISCONNECT explicit normal") << hex("E0 01 00") << V::V5 << Packet(DisconnectPacket{});
    QTest::newRow("5.0 DISCONNECT empty properties") << hex("E0 02 00 00") << V::V5 << Packet(DisconnectPacket{});
    QTest::newRow("5.0 AUTH explicit success") << hex("F0 02 00 00") << V::V5 << Packet(AuthPacket{});
    // MQTT 3.1 has no Session Present flag; the byte is not interpreted.
    QTest::newRow("3.1 CONNACK reserved byte") << hex("20 02 01 00") << V::V31 << Packet(ConnackPacket{});
    // As mosquitto does, a Remaining Length in more bytes than needed is read.
    QTest::newRow("3.1.1 non-minimal remaining length") << hex("C0 80 00") << V::V311 << Packet(PingreqPacket{});
    QTest::newRow("5.0 PUBLISH noncharacter U+FFFF in topic")
        << hex("30 06 00 03 EF BF BF 00") << V::V5 << Packet(publish(str("\xEF\xBF\xBF"), {}));
}

void TestCodec::decodeAcceptsAlternativeForms()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProtocolVersion, version);
    QFETCH(Packet, packet);
    DecodeError error;
    const std::optional<Packet> decoded = decodePacket(bytes, version, &error);
    QVERIFY2(decoded, qPrintable(error.message));
    QCOMPARE(*decoded, packet);
}

void TestCodec::roundTrip_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<ProtocolVersion>("version");
    for (const Golden &g : goldenVectors())
        QTest::newRow(g.name) << g.packet << g.version;

    // MQTT 5.0 §2.2.2.2: every property in each packet that may carry it.
    const Properties reasonAndUser = props({{PID::ReasonString, str("r\xC3\xA9sum\xC3\xA9")},
                                            {PID::UserProperty, pair("", "")},
                                            {PID::UserProperty, pair("k", "\xF0\x9F\x98\x80")}});
    for (const PacketType type : {PacketType::Puback, PacketType::Pubrec, PacketType::Pubrel, PacketType::Pubcomp}) {
        const quint8 reason = (type == PacketType::Pubrel || type == PacketType::Pubcomp) ? 0x92 : 0x97;
        QTest::addRow("5.0 %s properties", qPrintable(packetTypeName(type)))
            << Packet(ack(type, 65535, reason, reasonAndUser)) << V::V5;
    }
    QTest::newRow("5.0 SUBACK properties") << Packet(SubackPacket{9, {0x00}, reasonAndUser}) << V::V5;
    QTest::newRow("5.0 UNSUBACK properties") << Packet(UnsubackPacket{9, {0x8F}, reasonAndUser}) << V::V5;
    QTest::newRow("5.0 DISCONNECT properties") << Packet(DisconnectPacket{0x8B, reasonAndUser}) << V::V5;

    Properties subscriptionIds;
    // MQTT 5.0 §1.5.5 boundaries, as Subscription Identifiers.
    for (const quint32 value : {1u, 127u, 128u, 16383u, 16384u, 2097151u, 2097152u, 268435455u})
        subscriptionIds.add(PID::SubscriptionIdentifier, value);
    QTest::newRow("5.0 PUBLISH variable byte integer boundaries")
        << Packet(publish(str("t"), QByteArray(300, 'p'), 1, 1, false, false, subscriptionIds)) << V::V5;
    QTest::newRow("5.0 PUBLISH 200-byte payload of zero bytes")
        << Packet(publish(str("a/b/c"), QByteArray(200, '\0'), 2, 77)) << V::V5;
    QTest::newRow("3.1.1 PUBLISH long topic") << Packet(publish(QString(65535, QLatin1Char('t')), "x", 1, 2)) << V::V311;

    ConnectPacket longConnect = connectPacket(V::V5, "client", false, 65535);
    longConnect.password = QByteArray(65535, 'x');
    QTest::newRow("5.0 CONNECT 64 KiB password") << Packet(longConnect) << V::V5;
}

void TestCodec::roundTrip()
{
    QFETCH(Packet, packet);
    QFETCH(ProtocolVersion, version);
    const QByteArray bytes = encodePacket(packet, version);
    DecodeError error;
    const std::optional<Packet> decoded = decodePacket(bytes, version, &error);
    QVERIFY2(decoded, qPrintable(error.message));
    QCOMPARE(*decoded, packet);
    QCOMPARE(encodePacket(*decoded, version), bytes);
}

void TestCodec::incremental_data()
{
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<int>("mode"); // 0 whole, 1 one byte at a time, else a random seed
    for (const V version : {V::V31, V::V311, V::V5}) {
        const QByteArray name = protocolVersionName(version).toLatin1();
        QTest::addRow("%s whole", name.constData()) << version << 0;
        QTest::addRow("%s byte by byte", name.constData()) << version << 1;
        for (int seed = 2; seed < 12; ++seed)
            QTest::addRow("%s random chunks %d", name.constData(), seed) << version << seed;
    }
}

void TestCodec::incremental()
{
    QFETCH(ProtocolVersion, version);
    QFETCH(int, mode);
    // Each stream's CONNECT is of the stream's own version, so the decoder
    // keeps that version throughout.
    const QList<Golden> vectors = goldenFor(version);
    const QByteArray stream = streamOf(vectors);
    QRandomGenerator random{quint32(mode)};
    const FeedResult result = feedInChunks(stream, version, [&]() -> qsizetype {
        if (mode == 0)
            return stream.size();
        if (mode == 1)
            return 1;
        return random.bounded(1, 40);
    });
    QVERIFY2(result.ok, qPrintable(result.error.message));
    QCOMPARE(result.packets.size(), vectors.size());
    QCOMPARE(result.raw.size(), vectors.size());
    for (qsizetype i = 0; i < vectors.size(); ++i) {
        QCOMPARE(result.packets.at(i), vectors.at(i).packet);
        QCOMPARE(result.raw.at(i), vectors.at(i).bytes);
    }
}

void TestCodec::malformed_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<ProtocolVersion>("version");
    QTest::addColumn<ReasonCode>("reason");
    QTest::addColumn<QString>("message"); // a fragment of the sentence
    using R = ReasonCode;
    const auto row = [](const char *name, V version, const char *bytes, R reason, const char *message) {
        QTest::newRow(name) << hex(bytes) << version << reason << QString::fromUtf8(message);
    };

    // MQTT 5.0 §2.1.2: packet type 0 is reserved; AUTH (15) does not exist before 5.0.
    row("reserved packet type", V::V311, "00 00", R::MalformedPacket, "reserved");
    row("AUTH in 3.1.1", V::V311, "F0 00", R::MalformedPacket, "AUTH");
    row("AUTH in 3.1", V::V31, "F0 00", R::MalformedPacket, "AUTH");
    // MQTT 5.0 §2.1.3, MQTT 3.1.1 §2.2.2: reserved fixed header flags.
    row("CONNECT flags 0010", V::V311, "12 0E 00 04 4D 51 54 54 04 02 00 3C 00 02 63 31", R::MalformedPacket,
        "CONNECT: the fixed header flags are 0010 where 0000 is required.");
    row("PUBACK flags 0001", V::V311, "41 02 00 01", R::MalformedPacket, "PUBACK: the fixed header flags");
    row("PUBREL flags 0000", V::V311, "60 02 00 01", R::MalformedPacket, "0010 is required");
    row("SUBSCRIBE flags 0000", V::V5, "80 07 00 02 00 00 01 74 02", R::MalformedPacket, "SUBSCRIBE:");
    row("UNSUBSCRIBE flags 0011", V::V311, "A3 05 00 01 00 01 61", R::MalformedPacket, "UNSUBSCRIBE:");
    row("PINGREQ flags 0001", V::V5, "C1 00", R::MalformedPacket, "PINGREQ:");
    row("DISCONNECT flags 1000", V::V5, "E8 00", R::MalformedPacket, "DISCONNECT:");
    // MQTT 5.0 §3.3.1-4, §3.3.1-2
    row("PUBLISH QoS 3", V::V311, "36 05 00 01 74 00 01", R::MalformedPacket, "QoS 3");
    row("PUBLISH QoS 0 with DUP", V::V5, "38 05 00 01 74 00 78", R::MalformedPacket, "DUP");
    // MQTT 5.0 §2.2.1: non-zero packet identifiers.
    row("PUBLISH packet id 0", V::V311, "32 05 00 01 74 00 00", R::ProtocolError, "PUBLISH: the packet identifier is 0.");
    row("PUBACK packet id 0", V::V5, "40 02 00 00", R::ProtocolError, "packet identifier is 0");
    row("PUBREL packet id 0", V::V311, "62 02 00 00", R::ProtocolError, "packet identifier is 0");
    row("SUBSCRIBE packet id 0", V::V311, "82 06 00 00 00 01 74 00", R::ProtocolError, "packet identifier is 0");
    row("UNSUBSCRIBE packet id 0", V::V311, "A2 05 00 00 00 01 74", R::ProtocolError, "packet identifier is 0");
    row("SUBACK packet id 0", V::V5, "90 04 00 00 00 00", R::ProtocolError, "packet identifier is 0");
    // MQTT 5.0 §1.5.4: well-formed UTF-8, no U+0000.
    row("topic invalid UTF-8", V::V311, "30 05 00 02 C3 28 78", R::MalformedPacket,
        "PUBLISH: topic name is not valid UTF-8.");
    row("topic with U+0000", V::V311, "30 06 00 03 61 00 62 78", R::MalformedPacket, "U+0000");
    row("topic with a surrogate", V::V5, "30 07 00 03 ED A0 80 00 78", R::MalformedPacket, "not valid UTF-8");
    row("topic overlong encoding", V::V311, "30 05 00 02 C0 AF 78", R::MalformedPacket, "not valid UTF-8");
    row("topic above U+10FFFF", V::V311, "30 07 00 04 F4 90 80 80 78", R::MalformedPacket, "not valid UTF-8");
    row("client id invalid UTF-8", V::V311, "10 0E 00 04 4D 51 54 54 04 02 00 3C 00 02 C3 28", R::MalformedPacket,
        "client identifier is not valid UTF-8");
    row("user property invalid UTF-8", V::V5, "30 0B 00 01 74 07 26 00 01 FF 00 01 76", R::MalformedPacket,
        "User Property is not valid UTF-8");
    row("subscription filter invalid UTF-8", V::V311, "82 06 00 01 00 01 80 00", R::MalformedPacket,
        "topic filter is not valid UTF-8");
    // MQTT 5.0 §4.7.1, §4.7.3, §3.3.2.1
    row("topic with +", V::V311, "30 05 00 03 61 2F 2B", R::TopicNameInvalid, "wildcard");
    row("topic with #", V::V5, "30 04 00 01 23 00", R::TopicNameInvalid, "wildcard");
    row("will topic with #", V::V311, "10 12 00 04 4D 51 54 54 04 06 00 3C 00 01 63 00 01 23 00 00",
        R::TopicNameInvalid, "will topic");
    row("topic empty 3.1.1", V::V311, "30 03 00 00 78", R::MalformedPacket, "empty");
    row("topic empty without alias 5.0", V::V5, "30 04 00 00 00 78", R::ProtocolError, "topic alias");
    // MQTT 5.0 §3.3.2.3.4
    row("topic alias 0", V::V5, "30 08 00 01 74 03 23 00 00 78", R::TopicAliasInvalid, "Topic Alias is 0");
    // MQTT 5.0 §2.2.2.2
    row("unknown property", V::V5, "30 07 00 01 74 02 05 00 78", R::MalformedPacket, "unknown property identifier 0x05");
    row("property not allowed in PUBLISH", V::V5, "30 09 00 01 74 05 11 00 00 00 00", R::ProtocolError,
        "Session Expiry Interval is not allowed");
    row("will property in CONNECT properties", V::V5, "10 13 00 04 4D 51 54 54 05 02 00 3C 05 18 00 00 00 05 00 01 63",
        R::ProtocolError, "Will Delay Interval");
    row("property given twice", V::V5, "30 0E 00 01 74 0A 02 00 00 00 01 02 00 00 00 02", R::ProtocolError,
        "Message Expiry Interval appears more than once");
    row("subscription identifier twice in SUBSCRIBE", V::V5, "82 0B 00 01 04 0B 01 0B 02 00 01 74 00", R::ProtocolError,
        "more than once");
    row("property length past the packet", V::V5, "30 06 00 01 74 09 01 01", R::MalformedPacket, "property length");
    row("property value cut short", V::V5, "30 07 00 01 74 03 02 00 00", R::MalformedPacket, "cut short");
    row("property variable byte integer of 5 bytes", V::V5, "30 0A 00 01 74 06 0B FF FF FF FF 01", R::MalformedPacket,
        "variable byte integer");
    row("property length of 5 bytes", V::V5, "30 08 00 01 74 FF FF FF FF 01", R::MalformedPacket, "property length");
    row("subscription identifier 0", V::V5, "30 06 00 01 74 02 0B 00", R::ProtocolError, "Subscription Identifier is 0");
    row("receive maximum 0", V::V5, "20 06 00 00 03 21 00 00", R::ProtocolError, "Receive Maximum is 0");
    row("maximum QoS 2", V::V5, "20 05 00 00 02 24 02", R::ProtocolError, "Maximum QoS");
    row("payload format indicator 2", V::V5, "30 06 00 01 74 02 01 02", R::ProtocolError, "Payload Format Indicator");
    // Content left over after the packet's fields.
    row("PINGREQ with a body", V::V311, "C0 01 00", R::MalformedPacket, "1 unexpected bytes");
    row("PUBACK 3.1.1 with a reason", V::V311, "40 03 00 01 00", R::MalformedPacket, "unexpected");
    row("CONNACK 3.1.1 with properties", V::V311, "20 03 00 00 00", R::MalformedPacket, "unexpected");
    row("UNSUBACK 3.1.1 with codes", V::V311, "B0 03 00 01 00", R::MalformedPacket, "unexpected");
    row("DISCONNECT 3.1.1 with a reason", V::V311, "E0 01 00", R::MalformedPacket, "unexpected");
    row("CONNECT trailing byte", V::V311, "10 0F 00 04 4D 51 54 54 04 02 00 3C 00 02 63 31 00", R::MalformedPacket,
        "unexpected");
    row("5.0 PUBACK trailing byte", V::V5, "40 05 00 01 10 00 00", R::MalformedPacket, "unexpected");
    // MQTT 5.0 §3.8.3, §3.10.3: at least one entry.
    row("SUBSCRIBE without entries 3.1.1", V::V311, "82 02 00 01", R::ProtocolError,
        "SUBSCRIBE: there are no topic filters.");
    row("SUBSCRIBE without entries 5.0", V::V5, "82 03 00 01 00", R::ProtocolError, "no topic filters");
    row("UNSUBSCRIBE without filters", V::V5, "A2 03 00 01 00", R::ProtocolError, "no topic filters");
    row("SUBSCRIBE empty filter", V::V311, "82 05 00 01 00 00 00", R::MalformedPacket, "empty");
    row("SUBSCRIBE options missing", V::V311, "82 05 00 01 00 01 74", R::MalformedPacket, "subscription options");
    // MQTT 3.1.1 §3.8.3.1, MQTT 5.0 §3.8.3.1
    row("SUBSCRIBE 3.1.1 reserved bits", V::V311, "82 06 00 01 00 01 74 04", R::MalformedPacket, "reserved");
    row("SUBSCRIBE QoS 3", V::V311, "82 06 00 01 00 01 74 03", R::MalformedPacket, "QoS");
    row("SUBSCRIBE 5.0 reserved bits", V::V5, "82 07 00 01 00 00 01 74 40", R::MalformedPacket, "reserved");
    row("SUBSCRIBE retain handling 3", V::V5, "82 07 00 01 00 00 01 74 30", R::ProtocolError, "retain handling");
    // MQTT 5.0 §3.2.2.1, §3.2.2.1.1, §3.2.2.2
    row("CONNACK 3.1.1 reserved flags", V::V311, "20 02 02 00", R::MalformedPacket, "reserved acknowledge flags");
    row("CONNACK 5.0 reserved flags", V::V5, "20 03 80 00 00", R::MalformedPacket, "reserved acknowledge flags");
    row("CONNACK session present on refusal", V::V311, "20 02 01 05", R::ProtocolError, "session present");
    row("CONNACK reason not allowed", V::V5, "20 03 00 10 00", R::ProtocolError, "reason code 0x10");
    row("CONNACK 5.0 without property length", V::V5, "20 02 00 00", R::MalformedPacket, "property length");
    // Reason codes outside each packet's table (MQTT 5.0 chapter 3).
    row("PUBACK reason not allowed", V::V5, "40 03 00 01 05", R::ProtocolError, "reason code 0x05");
    row("PUBREL reason not allowed", V::V5, "62 03 00 01 10", R::ProtocolError, "reason code 0x10");
    row("DISCONNECT reason not allowed", V::V5, "E0 01 01", R::ProtocolError, "reason code 0x01");
    row("AUTH reason not allowed", V::V5, "F0 02 87 00", R::ProtocolError, "reason code 0x87");
    row("SUBACK 3.1.1 code 3", V::V311, "90 03 00 01 03", R::ProtocolError, "reason code 0x03");
    row("SUBACK without codes", V::V311, "90 02 00 01", R::ProtocolError, "no reason codes");
    row("UNSUBACK 5.0 without codes", V::V5, "B0 03 00 01 00", R::ProtocolError, "no reason codes");
    // MQTT 5.0 §3.15.2.1: AUTH reason and properties go together.
    row("AUTH reason without properties", V::V5, "F0 01 18", R::MalformedPacket, "property length");
    // MQTT 5.0 §1.5.5: at most four bytes.
    row("remaining length of 5 bytes", V::V311, "30 FF FF FF FF 01", R::MalformedPacket,
        "remaining length is not a valid variable byte integer");
    row("string past the end", V::V311, "30 04 00 05 61 62", R::MalformedPacket, "runs past the end");
    // MQTT 5.0 §3.1.2.1 to §3.1.2.9
    row("CONNECT wrong protocol name", V::V311, "10 0E 00 04 4D 51 54 58 04 02 00 3C 00 02 63 31",
        R::UnsupportedProtocolVersion, "not supported");
    row("CONNECT level 6", V::V311, "10 0E 00 04 4D 51 54 54 06 02 00 3C 00 02 63 31", R::UnsupportedProtocolVersion,
        "level 6");
    row("CONNECT MQIsdp level 4", V::V31, "10 10 00 06 4D 51 49 73 64 70 04 02 00 3C 00 02 63 31",
        R::UnsupportedProtocolVersion, "MQIsdp");
    row("CONNECT reserved flag", V::V311, "10 0E 00 04 4D 51 54 54 04 03 00 3C 00 02 63 31", R::MalformedPacket,
        "reserved connect flag");
    row("CONNECT will QoS 3", V::V311, "10 0E 00 04 4D 51 54 54 04 1E 00 3C 00 02 63 31", R::MalformedPacket,
        "will QoS is 3");
    row("CONNECT will QoS without will", V::V311, "10 0E 00 04 4D 51 54 54 04 0A 00 3C 00 02 63 31", R::MalformedPacket,
        "without the will flag");
    row("CONNECT will retain without will", V::V5, "10 0F 00 04 4D 51 54 54 05 22 00 3C 00 00 02 63 31",
        R::MalformedPacket, "without the will flag");
    row("CONNECT 3.1.1 password without user name", V::V311, "10 0E 00 04 4D 51 54 54 04 42 00 3C 00 02 63 31",
        R::MalformedPacket, "password");
    row("CONNECT password missing", V::V5, "10 0F 00 04 4D 51 54 54 05 42 00 3C 00 00 02 63 31", R::MalformedPacket,
        "the password runs past the end");
}

void TestCodec::malformed()
{
    QFETCH(QByteArray, bytes);
    QFETCH(ProtocolVersion, version);
    QFETCH(ReasonCode, reason);
    QFETCH(QString, message);

    DecodeError error;
    QVERIFY(!decodePacket(bytes, version, &error));
    QCOMPARE(error.reason, reason);
    QVERIFY2(error.message.contains(message), qPrintable(error.message));
    QVERIFY2(error.message.endsWith(QLatin1Char('.')), qPrintable(error.message));

    // The incremental decoder fails the same way, whole or byte by byte.
    for (const qsizetype chunk : {bytes.size(), qsizetype(1)}) {
        const FeedResult result = feedInChunks(bytes, version, [&] { return chunk; });
        QVERIFY(!result.ok);
        QCOMPARE(result.error.reason, reason);
        QCOMPARE(result.error.message, error.message);
        QVERIFY(result.packets.isEmpty());
    }
}

void TestCodec::maximumPacketSize()
{
    // 10 bytes in all: 30 08 00 01 74 + 5 bytes of payload.
    const QByteArray tenBytes = encodePacket(publish(str("t"), "12345"), V::V311);
    QCOMPARE(tenBytes.size(), 10);

    PacketDecoder decoder(V::V311);
    QCOMPARE(decoder.maximumPacketSize(), quint32(268435460));
    decoder.setMaximumPacketSize(10);
    QList<Packet> packets;
    QVERIFY(decoder.feed(tenBytes, packets));
    QCOMPARE(packets.size(), 1);

    const QByteArray elevenBytes = encodePacket(publish(str("t"), "123456"), V::V311);
    QVERIFY(!decoder.feed(elevenBytes, packets));
    QCOMPARE(packets.size(), 1);
    QVERIFY(decoder.hasError());
    QCOMPARE(decoder.error().reason, ReasonCode::PacketTooLarge);
    QCOMPARE(decoder.error().message,
             QStringLiteral("PUBLISH: the packet of 11 bytes exceeds the maximum packet size of 10 bytes."));
    QCOMPARE(decoder.bufferedBytes(), 0);
}

void TestCodec::tooLargeFailsBeforeBodyArrives()
{
    // A header announcing the largest Remaining Length: nothing of the body is buffered.
    PacketDecoder decoder(V::V5);
    decoder.setMaximumPacketSize(1024);
    QList<Packet> packets;
    QVERIFY(decoder.feed(hex("30"), packets));
    QVERIFY(decoder.feed(hex("FF FF"), packets));
    QCOMPARE(decoder.bufferedBytes(), 3);
    QVERIFY(!decoder.feed(hex("7F 00 01 74"), packets));
    QCOMPARE(decoder.error().reason, ReasonCode::PacketTooLarge);
    QCOMPARE(decoder.bufferedBytes(), 0);

    // The same header whole in one chunk.
    PacketDecoder whole(V::V5);
    whole.setMaximumPacketSize(1024);
    QVERIFY(!whole.feed(hex("30 FF FF FF 7F 00 01 74"), packets));
    QCOMPARE(whole.error().reason, ReasonCode::PacketTooLarge);
    QCOMPARE(whole.bufferedBytes(), 0);
}

void TestCodec::failedDecoderStaysFailedUntilReset()
{
    PacketDecoder decoder(V::V311);
    QList<Packet> packets;
    QVERIFY(!decoder.feed(hex("C0 00 F0 00 C0 00"), packets));
    QCOMPARE(packets.size(), 1); // the packet before the bad one
    QVERIFY(!decoder.feed(hex("C0 00"), packets));
    QCOMPARE(packets.size(), 1);
    decoder.reset();
    QVERIFY(!decoder.hasError());
    QVERIFY(decoder.feed(hex("C0 00"), packets));
    QCOMPARE(packets.size(), 2);
}

void TestCodec::decoderTakesVersionFromConnect()
{
    // A broker learns the version from CONNECT; what follows is read by it.
    const QByteArray stream = encodePacket(connectPacket(V::V5, "c", true, 5), V::V5)
                              + encodePacket(SubscribePacket{4, {entry("a", 1, true)}, {}}, V::V5);
    PacketDecoder decoder(V::V311);
    QList<Packet> packets;
    QVERIFY2(decoder.feed(stream, packets), qPrintable(decoder.error().message));
    QCOMPARE(decoder.protocolVersion(), V::V5);
    QCOMPARE(packets.size(), 2);
    QCOMPARE(packets.at(1), Packet(SubscribePacket{4, {entry("a", 1, true)}, {}}));
}

void TestCodec::variableByteInteger_data()
{
    QTest::addColumn<quint32>("value");
    QTest::addColumn<QByteArray>("bytes");
    // MQTT 5.0 §1.5.5, table 1-1.
    QTest::newRow("0") << 0u << hex("00");
    QTest::newRow("127") << 127u << hex("7F");
    QTest::newRow("128") << 128u << hex("80 01");
    QTest::newRow("16383") << 16383u << hex("FF 7F");
    QTest::newRow("16384") << 16384u << hex("80 80 01");
    QTest::newRow("2097151") << 2097151u << hex("FF FF 7F");
    QTest::newRow("2097152") << 2097152u << hex("80 80 80 01");
    QTest::newRow("268435455") << 268435455u << hex("FF FF FF 7F");
}

void TestCodec::variableByteInteger()
{
    QFETCH(quint32, value);
    QFETCH(QByteArray, bytes);
    QByteArray out;
    encodeVariableByteInteger(value, out);
    QCOMPARE(out.toHex(' '), bytes.toHex(' '));

    // As a Remaining Length: the header alone is read to the exact total,
    // seen from where the maximum packet size starts to refuse it.
    const QByteArray header = char(0xC0) + bytes;
    const quint64 total = quint64(header.size()) + value;
    {
        PacketDecoder decoder(V::V311);
        decoder.setMaximumPacketSize(quint32(total));
        QList<Packet> packets;
        QVERIFY(decoder.feed(header, packets));
        QVERIFY(!decoder.hasError());
    }
    {
        PacketDecoder decoder(V::V311);
        decoder.setMaximumPacketSize(quint32(total - 1));
        QList<Packet> packets;
        QVERIFY(!decoder.feed(header, packets));
        QCOMPARE(decoder.error().reason, ReasonCode::PacketTooLarge);
    }
    // And decoded for real where the packet is of a reasonable size.
    if (value >= 3 && value <= 2097152) {
        const PublishPacket p = publish(str("t"), QByteArray(value - 3, 'x'));
        const QByteArray bytesOut = encodePacket(p, V::V311);
        QCOMPARE(bytesOut.mid(1, bytes.size()), bytes);
        DecodeError error;
        const std::optional<Packet> decoded = decodePacket(bytesOut, V::V311, &error);
        QVERIFY2(decoded, qPrintable(error.message));
        QCOMPARE(std::get<PublishPacket>(*decoded).payload.size(), qsizetype(value - 3));
    }
}

void TestCodec::variableByteIntegerTooLong()
{
    PacketDecoder decoder(V::V311);
    QList<Packet> packets;
    QVERIFY(decoder.feed(hex("30 80 80 80"), packets));
    QVERIFY(!decoder.feed(hex("80"), packets));
    QCOMPARE(decoder.error().reason, ReasonCode::MalformedPacket);
    QVERIFY(decoder.error().message.contains(QLatin1String("variable byte integer")));
}

void TestCodec::describeMasksPassword()
{
    for (const V version : {V::V31, V::V311, V::V5}) {
        ConnectPacket p = connectPacket(version, "me", true, 60);
        p.username = str("alice");
        p.password = QByteArray("hunter2");
        const QString text = describePacket(p, version);
        QVERIFY2(text.contains(QLatin1String("******")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("hunter2")), qPrintable(text));
        QVERIFY(text.contains(QLatin1String("alice")));
        QVERIFY(text.contains(QLatin1Char('\n')));
    }
}

void TestCodec::describeNamesPropertiesAndReasons()
{
    const PublishPacket p = publish(str("a/b"), "hello", 1, 3, false, false,
                                    props({{PID::MessageExpiryInterval, 60u}, {PID::UserProperty, pair("k", "v")}}));
    const QString text = describePacket(p, V::V5);
    QVERIFY2(text.startsWith(QLatin1String("PUBLISH")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Message Expiry Interval: 60")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("User Property: \"k\" = \"v\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("QoS=1")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"hello\"")), qPrintable(text));

    const QString puback = describePacket(ack(PacketType::Puback, 3, 0x10), V::V5);
    QVERIFY2(puback.contains(reasonCodeText(0x10, PacketType::Puback)), qPrintable(puback));
    QVERIFY2(puback.contains(QLatin1String("0x10")), qPrintable(puback));

    const QString suback = describePacket(SubackPacket{1, {0x00, 0x87}, {}}, V::V5);
    QVERIFY2(suback.contains(reasonCodeText(0x87, PacketType::Suback)), qPrintable(suback));

    const QString connack = describePacket(ConnackPacket{false, 5, {}}, V::V311);
    QVERIFY2(connack.contains(connackReturnCodeText(5)), qPrintable(connack));

    const QString auth = describePacket(AuthPacket{0x18, props({{PID::AuthenticationData, QByteArray("secret")}})},
                                        V::V5);
    QVERIFY2(!auth.contains(QLatin1String("secret")), qPrintable(auth));
}

void TestCodec::describeEveryPacket()
{
    for (const Golden &g : goldenVectors()) {
        const QString text = describePacket(g.packet, g.version);
        QVERIFY2(text.startsWith(packetTypeName(packetType(g.packet))), g.name);
        const QString line = summarizePacket(g.packet);
        QVERIFY2(line.startsWith(packetTypeName(packetType(g.packet))), g.name);
        QVERIFY2(!line.contains(QLatin1Char('\n')), g.name);
    }
}

void TestCodec::summarize_data()
{
    QTest::addColumn<Packet>("packet");
    QTest::addColumn<QString>("expected");
    QTest::newRow("publish") << Packet(publish(str("a/b"), QByteArray(12, 'x'), 1, 3))
                             << QStringLiteral("PUBLISH id=3 qos=1 topic=a/b (12 bytes)");
    QTest::newRow("publish qos 0 retain")
        << Packet(publish(str("t"), "ab", 0, 0, true)) << QStringLiteral("PUBLISH qos=0 retain topic=t (2 bytes)");
    QTest::newRow("puback") << Packet(ack(PacketType::Puback, 3)) << QStringLiteral("PUBACK id=3");
    QTest::newRow("pubrec error") << Packet(ack(PacketType::Pubrec, 4, 0x80))
                                  << QStringLiteral("PUBREC id=4 reason=0x80");
    QTest::newRow("suback") << Packet(SubackPacket{1, {0x01, 0x80}, {}}) << QStringLiteral("SUBACK id=1 codes=0x01,0x80");
    QTest::newRow("pingreq") << Packet(PingreqPacket{}) << QStringLiteral("PINGREQ");
    QTest::newRow("disconnect") << Packet(DisconnectPacket{0x8E, {}}) << QStringLiteral("DISCONNECT reason=0x8E");
}

void TestCodec::summarize()
{
    QFETCH(Packet, packet);
    QFETCH(QString, expected);
    QCOMPARE(summarizePacket(packet), expected);
}

// With SIGNALBOX_FUZZ_CORPUS set to a directory, writes the golden vectors as
// the fuzzer's seed corpus: three control bytes (version, maximum packet
// size, chunking; see tests/fuzz/fuzz_decoder.cpp) and then the packet bytes.
void TestCodec::writeFuzzCorpus()
{
    const QString dir = qEnvironmentVariable("SIGNALBOX_FUZZ_CORPUS");
    if (dir.isEmpty())
        QSKIP("Set SIGNALBOX_FUZZ_CORPUS to a directory to write the seed corpus.");
    QVERIFY(QDir().mkpath(dir));
    const auto versionByte = [](V version) { return char(version == V::V31 ? 0 : version == V::V311 ? 1 : 2); };
    const auto write = [&](const QString &name, const QByteArray &content) {
        QFile file(dir + QLatin1Char('/') + name);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(content);
    };
    int i = 0;
    for (const Golden &g : goldenVectors()) {
        QString name = QString::fromLatin1(g.name).toLower();
        for (QChar &c : name) {
            if (!c.isLetterOrNumber())
                c = QLatin1Char('-');
        }
        write(QStringLiteral("%1-%2").arg(i++, 2, 10, QLatin1Char('0')).arg(name),
              QByteArray() + versionByte(g.version) + char(0) + char(0) + g.bytes);
    }
    for (const V version : {V::V31, V::V311, V::V5}) {
        const QByteArray stream = streamOf(goldenFor(version));
        const QString name = protocolVersionName(version);
        write(QStringLiteral("stream-%1-byte-by-byte").arg(name),
              QByteArray() + versionByte(version) + char(0) + char(1) + stream);
        write(QStringLiteral("stream-%1-chunks").arg(name),
              QByteArray() + versionByte(version) + char(3) + char(7) + stream);
    }
}

QTEST_APPLESS_MAIN(TestCodec)

#include "tst_codec.moc"
