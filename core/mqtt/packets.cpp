#include "mqtt/packets.h"

#include <QCoreApplication>
#include <QStringList>

#include <type_traits>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Packets)
};

// A writer per wire type (MQTT 5.0 §1.5), appending to one buffer.
class Writer
{
public:
    explicit Writer(QByteArray &out) : m_out(out) { }

    void byte(quint8 value) { m_out.append(char(value)); }
    void twoByteInteger(quint16 value)
    {
        const char bytes[2] = {char(value >> 8), char(value & 0xFF)};
        m_out.append(bytes, 2);
    }
    void fourByteInteger(quint32 value)
    {
        const char bytes[4] = {char(value >> 24), char((value >> 16) & 0xFF), char((value >> 8) & 0xFF),
                               char(value & 0xFF)};
        m_out.append(bytes, 4);
    }
    void variableByteInteger(quint32 value) { encodeVariableByteInteger(value, m_out); }
    // MQTT 5.0 §1.5.6: two-byte length, then the bytes. Callers validate lengths;
    // anything past 65535 bytes is cut so that the frame stays well-formed.
    void binary(const char *data, qsizetype size)
    {
        const auto length = quint16(qMin<qsizetype>(size, 0xFFFF));
        twoByteInteger(length);
        m_out.append(data, length);
    }
    void binary(const QByteArray &data) { binary(data.constData(), data.size()); }
    // MQTT 5.0 §1.5.4
    void string(const QString &text)
    {
        if (isAscii(text)) {
            const auto length = quint16(qMin<qsizetype>(text.size(), 0xFFFF));
            twoByteInteger(length);
            const qsizetype at = m_out.size();
            m_out.resize(at + length);
            char *dst = m_out.data() + at;
            const QChar *src = text.constData();
            for (quint16 i = 0; i < length; ++i)
                dst[i] = char(src[i].unicode());
            return;
        }
        binary(text.toUtf8());
    }
    void raw(const QByteArray &data) { m_out.append(data); }

private:
    static bool isAscii(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() >= 0x80)
                return false;
        }
        return true;
    }

    QByteArray &m_out;
};

void writeProperties(Writer &writer, QByteArray &scratch, const Properties &properties)
{
    scratch.clear();
    Writer body(scratch);
    for (const Property &property : properties.items()) {
        const auto id = quint8(property.id);
        // MQTT 5.0 §2.2.2.2: the identifier is a variable byte integer; every
        // defined identifier fits in one byte.
        body.variableByteInteger(id);
        switch (propertyType(id)) {
        case PropertyType::Byte:
            body.byte(quint8(property.value.toUInt()));
            break;
        case PropertyType::TwoByteInteger:
            body.twoByteInteger(quint16(property.value.toUInt()));
            break;
        case PropertyType::FourByteInteger:
            body.fourByteInteger(property.value.toUInt());
            break;
        case PropertyType::VariableByteInteger:
            body.variableByteInteger(qMin(property.value.toUInt(), MaxVariableByteInteger));
            break;
        case PropertyType::Utf8String:
            body.string(property.value.toString());
            break;
        case PropertyType::BinaryData:
            body.binary(property.value.toByteArray());
            break;
        case PropertyType::Utf8StringPair: {
            const QStringList pair = property.value.toStringList();
            body.string(pair.value(0));
            body.string(pair.value(1));
            break;
        }
        case PropertyType::Invalid:
            scratch.chop(1);
            break;
        }
    }
    writer.variableByteInteger(quint32(scratch.size()));
    writer.raw(scratch);
}

// Writes the fixed header, the variable header held in `body` and then `payload`.
void finish(QByteArray &out, quint8 firstByte, const QByteArray &body, const QByteArray &payload = {})
{
    const qsizetype remaining = body.size() + payload.size();
    out.reserve(out.size() + 5 + remaining);
    out.append(char(firstByte));
    encodeVariableByteInteger(quint32(qMin<qsizetype>(remaining, MaxRemainingLength)), out);
    out.append(body);
    out.append(payload);
}

quint8 header(PacketType type, quint8 flags = 0)
{
    return quint8(quint8(type) << 4 | (flags & 0x0F));
}

void encodeConnect(const ConnectPacket &packet, QByteArray &out)
{
    const bool v5 = packet.version == ProtocolVersion::V5;
    QByteArray body;
    QByteArray scratch;
    Writer w(body);
    // MQTT 3.1 §3.1 "MQIsdp" level 3; MQTT 3.1.1 §3.1.2.1, MQTT 5.0 §3.1.2.1 "MQTT".
    if (packet.version == ProtocolVersion::V31)
        w.string(QStringLiteral("MQIsdp"));
    else
        w.string(QStringLiteral("MQTT"));
    w.byte(quint8(packet.version));

    // MQTT 5.0 §3.1.2.3 Connect Flags.
    quint8 flags = 0;
    if (packet.username)
        flags |= 0x80;
    if (packet.password)
        flags |= 0x40;
    if (packet.will) {
        flags |= 0x04;
        flags |= quint8((packet.will->qos & 0x03) << 3);
        if (packet.will->retain)
            flags |= 0x20;
    }
    if (packet.cleanStart)
        flags |= 0x02;
    w.byte(flags);
    w.twoByteInteger(packet.keepAlive);
    if (v5)
        writeProperties(w, scratch, packet.properties);

    // MQTT 5.0 §3.1.3 Payload order: client id, will properties, will topic,
    // will payload, user name, password.
    w.string(packet.clientId);
    if (packet.will) {
        if (v5)
            writeProperties(w, scratch, packet.will->properties);
        w.string(packet.will->topic);
        w.binary(packet.will->payload);
    }
    if (packet.username)
        w.string(*packet.username);
    if (packet.password)
        w.binary(*packet.password);
    finish(out, header(PacketType::Connect), body);
}

void encodeConnack(const ConnackPacket &packet, ProtocolVersion version, QByteArray &out)
{
    QByteArray body;
    QByteArray scratch;
    Writer w(body);
    // MQTT 3.1 has no Session Present flag: the byte is reserved.
    w.byte(version != ProtocolVersion::V31 && packet.sessionPresent ? 0x01 : 0x00);
    w.byte(packet.reasonCode);
    if (version == ProtocolVersion::V5)
        writeProperties(w, scratch, packet.properties);
    finish(out, header(PacketType::Connack), body);
}

void encodePublish(const PublishPacket &packet, ProtocolVersion version, QByteArray &out)
{
    // MQTT 5.0 §3.3.1 DUP, QoS, RETAIN.
    quint8 flags = quint8((packet.qos & 0x03) << 1);
    if (packet.dup)
        flags |= 0x08;
    if (packet.retain)
        flags |= 0x01;
    QByteArray body;
    body.reserve(packet.topic.size() + 16);
    Writer w(body);
    w.string(packet.topic);
    if (packet.qos > 0)
        w.twoByteInteger(packet.packetId);
    if (version == ProtocolVersion::V5) {
        QByteArray scratch;
        writeProperties(w, scratch, packet.properties);
    }
    finish(out, header(PacketType::Publish, flags), body, packet.payload);
}

void encodeAck(const AckPacket &packet, ProtocolVersion version, QByteArray &out)
{
    // MQTT 5.0 §3.6.1: PUBREL has the fixed-header flags 0010.
    const quint8 first = header(packet.type, packet.type == PacketType::Pubrel ? 0x02 : 0x00);
    QByteArray body;
    Writer w(body);
    w.twoByteInteger(packet.packetId);
    if (version == ProtocolVersion::V5) {
        // MQTT 5.0 §3.4.2.1: reason code 0 without properties may be left out;
        // §3.4.2.2.1: so may a zero Property Length.
        if (packet.reasonCode != 0 || !packet.properties.isEmpty())
            w.byte(packet.reasonCode);
        if (!packet.properties.isEmpty()) {
            QByteArray scratch;
            writeProperties(w, scratch, packet.properties);
        }
    }
    finish(out, first, body);
}

void encodeSubscribe(const SubscribePacket &packet, ProtocolVersion version, QByteArray &out)
{
    const bool v5 = version == ProtocolVersion::V5;
    QByteArray body;
    Writer w(body);
    w.twoByteInteger(packet.packetId);
    if (v5) {
        QByteArray scratch;
        writeProperties(w, scratch, packet.properties);
    }
    for (const SubscribeEntry &entry : packet.entries) {
        w.string(entry.filter);
        // MQTT 5.0 §3.8.3.1 Subscription Options; 3.1.1 §3.8.3: Requested QoS only.
        quint8 options = entry.qos & 0x03;
        if (v5) {
            if (entry.noLocal)
                options |= 0x04;
            if (entry.retainAsPublished)
                options |= 0x08;
            options |= quint8((entry.retainHandling & 0x03) << 4);
        }
        w.byte(options);
    }
    // MQTT 5.0 §3.8.1: SUBSCRIBE has the fixed-header flags 0010.
    finish(out, header(PacketType::Subscribe, 0x02), body);
}

void encodeSuback(const SubackPacket &packet, ProtocolVersion version, QByteArray &out)
{
    QByteArray body;
    Writer w(body);
    w.twoByteInteger(packet.packetId);
    if (version == ProtocolVersion::V5) {
        QByteArray scratch;
        writeProperties(w, scratch, packet.properties);
    }
    for (const quint8 code : packet.reasonCodes)
        w.byte(code);
    finish(out, header(PacketType::Suback), body);
}

void encodeUnsubscribe(const UnsubscribePacket &packet, ProtocolVersion version, QByteArray &out)
{
    QByteArray body;
    Writer w(body);
    w.twoByteInteger(packet.packetId);
    if (version == ProtocolVersion::V5) {
        QByteArray scratch;
        writeProperties(w, scratch, packet.properties);
    }
    for (const QString &filter : packet.filters)
        w.string(filter);
    // MQTT 5.0 §3.10.1: UNSUBSCRIBE has the fixed-header flags 0010.
    finish(out, header(PacketType::Unsubscribe, 0x02), body);
}

void encodeUnsuback(const UnsubackPacket &packet, ProtocolVersion version, QByteArray &out)
{
    QByteArray body;
    Writer w(body);
    w.twoByteInteger(packet.packetId);
    // MQTT 3.1.1 §3.11: no payload; MQTT 5.0 §3.11.2, §3.11.3: properties and reason codes.
    if (version == ProtocolVersion::V5) {
        QByteArray scratch;
        writeProperties(w, scratch, packet.properties);
        for (const quint8 code : packet.reasonCodes)
            w.byte(code);
    }
    finish(out, header(PacketType::Unsuback), body);
}

void encodeDisconnect(const DisconnectPacket &packet, ProtocolVersion version, QByteArray &out)
{
    QByteArray body;
    if (version == ProtocolVersion::V5 && (packet.reasonCode != 0 || !packet.properties.isEmpty())) {
        Writer w(body);
        // MQTT 5.0 §3.14.2.1: Remaining Length 0 means reason 0; §3.14.2.2.1: a
        // Remaining Length below 2 means no properties.
        w.byte(packet.reasonCode);
        if (!packet.properties.isEmpty()) {
            QByteArray scratch;
            writeProperties(w, scratch, packet.properties);
        }
    }
    finish(out, header(PacketType::Disconnect), body);
}

void encodeAuth(const AuthPacket &packet, QByteArray &out)
{
    QByteArray body;
    // MQTT 5.0 §3.15.2.1: both fields are left out only together.
    if (packet.reasonCode != 0 || !packet.properties.isEmpty()) {
        Writer w(body);
        QByteArray scratch;
        w.byte(packet.reasonCode);
        writeProperties(w, scratch, packet.properties);
    }
    finish(out, header(PacketType::Auth), body);
}

QString hexByte(quint8 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

bool isPrintableText(const QByteArray &bytes)
{
    if (!QUtf8StringView(bytes).isValidUtf8())
        return false;
    for (const char c : bytes) {
        const auto u = uchar(c);
        if (u < 0x20 && c != '\n' && c != '\r' && c != '\t')
            return false;
        if (u == 0x7F)
            return false;
    }
    return true;
}

// Text in quotes when it reads as text, hex otherwise; long values are cut.
QString describeBytes(const QByteArray &bytes)
{
    constexpr qsizetype Shown = 256;
    const QByteArray head = bytes.left(Shown);
    QString text;
    if (isPrintableText(head)) {
        text = QLatin1Char('"') + QString::fromUtf8(head) + QLatin1Char('"');
    } else {
        text = QString::fromLatin1(head.toHex(' '));
    }
    if (bytes.size() > Shown)
        text += QStringLiteral(" …");
    return text;
}

QString describeReason(quint8 code, PacketType context)
{
    return QStringLiteral("%1 (%2)").arg(hexByte(code), reasonCodeText(code, context));
}

QString describePropertyValue(const Property &property)
{
    switch (propertyType(quint8(property.id))) {
    case PropertyType::Byte:
    case PropertyType::TwoByteInteger:
    case PropertyType::FourByteInteger:
    case PropertyType::VariableByteInteger:
        return QString::number(property.value.toUInt());
    case PropertyType::Utf8String:
        return QLatin1Char('"') + property.value.toString() + QLatin1Char('"');
    case PropertyType::BinaryData:
        // Authentication data may carry secrets: show its size only.
        if (property.id == PropertyId::AuthenticationData)
            return Text::tr("%1 bytes").arg(property.value.toByteArray().size());
        return describeBytes(property.value.toByteArray());
    case PropertyType::Utf8StringPair: {
        const QStringList pair = property.value.toStringList();
        return QStringLiteral("\"%1\" = \"%2\"").arg(pair.value(0), pair.value(1));
    }
    case PropertyType::Invalid:
        break;
    }
    return property.value.toString();
}

class Description
{
public:
    void line(const QString &text, int indent = 1)
    {
        m_text += QLatin1Char('\n');
        m_text += QString(indent * 2, QLatin1Char(' '));
        m_text += text;
    }
    void field(const QString &name, const QString &value, int indent = 1)
    {
        line(name + QStringLiteral(": ") + value, indent);
    }
    void title(const QString &text) { m_text = text; }
    void properties(const Properties &properties, ProtocolVersion version, const QString &heading, int indent = 1)
    {
        if (version != ProtocolVersion::V5)
            return;
        if (properties.isEmpty()) {
            field(heading, Text::tr("none"), indent);
            return;
        }
        line(heading + QLatin1Char(':'), indent);
        for (const Property &property : properties.items())
            field(propertyName(property.id), describePropertyValue(property), indent + 1);
    }
    QString text() const { return m_text; }

private:
    QString m_text;
};

QString yesNo(bool value)
{
    return value ? Text::tr("yes") : Text::tr("no");
}

QString flagsText(quint8 flags)
{
    return QString::number(flags, 2).rightJustified(4, QLatin1Char('0'));
}

void reasonField(Description &d, quint8 code, PacketType context)
{
    d.field(Text::tr("Reason code"), describeReason(code, context));
}

// One describe() per packet: the title line, then a field per line. CONNECT
// carries its own protocol version, AUTH exists in 5.0 only.
void describe(Description &d, const ConnectPacket &p, ProtocolVersion)
{
    d.title(QStringLiteral("CONNECT (MQTT %1)").arg(protocolVersionName(p.version)));
    d.field(Text::tr("Flags"), flagsText(0));
    d.field(Text::tr("Protocol"),
            Text::tr("%1, level %2")
                .arg(p.version == ProtocolVersion::V31 ? QStringLiteral("MQIsdp") : QStringLiteral("MQTT"))
                .arg(quint8(p.version)));
    d.field(Text::tr("Client identifier"), QLatin1Char('"') + p.clientId + QLatin1Char('"'));
    d.field(p.version == ProtocolVersion::V5 ? Text::tr("Clean start") : Text::tr("Clean session"), yesNo(p.cleanStart));
    d.field(Text::tr("Keep alive"), QStringLiteral("%1 s").arg(p.keepAlive));
    d.field(Text::tr("User name"), p.username ? QLatin1Char('"') + *p.username + QLatin1Char('"') : Text::tr("none"));
    d.field(Text::tr("Password"), p.password ? QStringLiteral("******") : Text::tr("none"));
    d.properties(p.properties, p.version, Text::tr("Properties"));
    if (p.will) {
        d.line(Text::tr("Will:"));
        d.field(Text::tr("Topic"), p.will->topic, 2);
        d.field(Text::tr("QoS"), QString::number(p.will->qos), 2);
        d.field(Text::tr("Retain"), yesNo(p.will->retain), 2);
        d.field(Text::tr("Payload"),
                Text::tr("%1 bytes %2").arg(p.will->payload.size()).arg(describeBytes(p.will->payload)), 2);
        d.properties(p.will->properties, p.version, Text::tr("Will properties"), 2);
    } else {
        d.field(Text::tr("Will"), Text::tr("none"));
    }
}

void describe(Description &d, const ConnackPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("CONNACK (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
    if (version != ProtocolVersion::V31)
        d.field(Text::tr("Session present"), yesNo(p.sessionPresent));
    if (version == ProtocolVersion::V5) {
        reasonField(d, p.reasonCode, PacketType::Connack);
    } else {
        d.field(Text::tr("Return code"),
                QStringLiteral("%1 (%2)").arg(p.reasonCode).arg(connackReturnCodeText(p.reasonCode)));
    }
    d.properties(p.properties, version, Text::tr("Properties"));
}

void describe(Description &d, const PublishPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("PUBLISH (MQTT %1)").arg(protocolVersionName(version)));
    const quint8 flags = quint8((p.dup ? 0x08 : 0) | (p.qos & 0x03) << 1 | (p.retain ? 0x01 : 0));
    d.field(Text::tr("Flags"), QStringLiteral("%1 (DUP=%2, QoS=%3, RETAIN=%4)")
                                   .arg(flagsText(flags))
                                   .arg(p.dup ? 1 : 0)
                                   .arg(p.qos)
                                   .arg(p.retain ? 1 : 0));
    d.field(Text::tr("Topic"), p.topic.isEmpty() ? Text::tr("(empty)") : p.topic);
    if (p.qos > 0)
        d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    d.properties(p.properties, version, Text::tr("Properties"));
    d.field(Text::tr("Payload"), Text::tr("%1 bytes %2").arg(p.payload.size()).arg(describeBytes(p.payload)));
}

void describe(Description &d, const AckPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("%1 (MQTT %2)").arg(packetTypeName(p.type), protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(p.type == PacketType::Pubrel ? 0x02 : 0x00));
    d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    if (version == ProtocolVersion::V5)
        reasonField(d, p.reasonCode, p.type);
    d.properties(p.properties, version, Text::tr("Properties"));
}

void describe(Description &d, const SubscribePacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("SUBSCRIBE (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0x02));
    d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    d.properties(p.properties, version, Text::tr("Properties"));
    d.line(Text::tr("Subscriptions:"));
    for (const SubscribeEntry &e : p.entries) {
        QString options = QStringLiteral("QoS %1").arg(e.qos);
        if (version == ProtocolVersion::V5) {
            options += Text::tr(", no local: %1, retain as published: %2, retain handling: %3")
                           .arg(yesNo(e.noLocal), yesNo(e.retainAsPublished))
                           .arg(e.retainHandling);
        }
        d.field(e.filter, options, 2);
    }
}

void describe(Description &d, const SubackPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("SUBACK (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
    d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    d.properties(p.properties, version, Text::tr("Properties"));
    d.line(Text::tr("Reason codes:"));
    for (const quint8 code : p.reasonCodes)
        d.line(describeReason(code, PacketType::Suback), 2);
}

void describe(Description &d, const UnsubscribePacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("UNSUBSCRIBE (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0x02));
    d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    d.properties(p.properties, version, Text::tr("Properties"));
    d.line(Text::tr("Topic filters:"));
    for (const QString &filter : p.filters)
        d.line(filter, 2);
}

void describe(Description &d, const UnsubackPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("UNSUBACK (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
    d.field(Text::tr("Packet identifier"), QString::number(p.packetId));
    d.properties(p.properties, version, Text::tr("Properties"));
    if (version == ProtocolVersion::V5) {
        d.line(Text::tr("Reason codes:"));
        for (const quint8 code : p.reasonCodes)
            d.line(describeReason(code, PacketType::Unsuback), 2);
    }
}

void describeEmpty(Description &d, PacketType type, ProtocolVersion version)
{
    d.title(QStringLiteral("%1 (MQTT %2)").arg(packetTypeName(type), protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
}

void describe(Description &d, const PingreqPacket &, ProtocolVersion version)
{
    describeEmpty(d, PacketType::Pingreq, version);
}

void describe(Description &d, const PingrespPacket &, ProtocolVersion version)
{
    describeEmpty(d, PacketType::Pingresp, version);
}

void describe(Description &d, const DisconnectPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("DISCONNECT (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
    if (version == ProtocolVersion::V5)
        reasonField(d, p.reasonCode, PacketType::Disconnect);
    d.properties(p.properties, version, Text::tr("Properties"));
}

void describe(Description &d, const AuthPacket &p, ProtocolVersion version)
{
    d.title(QStringLiteral("AUTH (MQTT %1)").arg(protocolVersionName(version)));
    d.field(Text::tr("Flags"), flagsText(0));
    reasonField(d, p.reasonCode, PacketType::Auth);
    d.properties(p.properties, ProtocolVersion::V5, Text::tr("Properties"));
}

} // namespace

void encodeVariableByteInteger(quint32 value, QByteArray &out)
{
    // MQTT 5.0 §1.5.5: seven bits per byte, least significant first, the top
    // bit says another byte follows.
    value = qMin(value, MaxVariableByteInteger);
    char bytes[4];
    int n = 0;
    do {
        quint8 digit = value & 0x7F;
        value >>= 7;
        if (value > 0)
            digit |= 0x80;
        bytes[n++] = char(digit);
    } while (value > 0);
    out.append(bytes, n);
}

PacketType packetType(const Packet &packet)
{
    return std::visit(
        [](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ConnectPacket>)
                return PacketType::Connect;
            else if constexpr (std::is_same_v<T, ConnackPacket>)
                return PacketType::Connack;
            else if constexpr (std::is_same_v<T, PublishPacket>)
                return PacketType::Publish;
            else if constexpr (std::is_same_v<T, AckPacket>)
                return p.type;
            else if constexpr (std::is_same_v<T, SubscribePacket>)
                return PacketType::Subscribe;
            else if constexpr (std::is_same_v<T, SubackPacket>)
                return PacketType::Suback;
            else if constexpr (std::is_same_v<T, UnsubscribePacket>)
                return PacketType::Unsubscribe;
            else if constexpr (std::is_same_v<T, UnsubackPacket>)
                return PacketType::Unsuback;
            else if constexpr (std::is_same_v<T, PingreqPacket>)
                return PacketType::Pingreq;
            else if constexpr (std::is_same_v<T, PingrespPacket>)
                return PacketType::Pingresp;
            else if constexpr (std::is_same_v<T, DisconnectPacket>)
                return PacketType::Disconnect;
            else
                return PacketType::Auth;
        },
        packet);
}

void encodePacket(const Packet &packet, ProtocolVersion version, QByteArray &out)
{
    std::visit(
        [&](const auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ConnectPacket>)
                encodeConnect(p, out);
            else if constexpr (std::is_same_v<T, ConnackPacket>)
                encodeConnack(p, version, out);
            else if constexpr (std::is_same_v<T, PublishPacket>)
                encodePublish(p, version, out);
            else if constexpr (std::is_same_v<T, AckPacket>)
                encodeAck(p, version, out);
            else if constexpr (std::is_same_v<T, SubscribePacket>)
                encodeSubscribe(p, version, out);
            else if constexpr (std::is_same_v<T, SubackPacket>)
                encodeSuback(p, version, out);
            else if constexpr (std::is_same_v<T, UnsubscribePacket>)
                encodeUnsubscribe(p, version, out);
            else if constexpr (std::is_same_v<T, UnsubackPacket>)
                encodeUnsuback(p, version, out);
            else if constexpr (std::is_same_v<T, PingreqPacket>)
                finish(out, header(PacketType::Pingreq), {});
            else if constexpr (std::is_same_v<T, PingrespPacket>)
                finish(out, header(PacketType::Pingresp), {});
            else if constexpr (std::is_same_v<T, DisconnectPacket>)
                encodeDisconnect(p, version, out);
            else
                encodeAuth(p, out);
        },
        packet);
}

QByteArray encodePacket(const Packet &packet, ProtocolVersion version)
{
    QByteArray out;
    encodePacket(packet, version, out);
    return out;
}

QString describeProperty(const Property &property)
{
    return propertyName(property.id) + QStringLiteral(": ") + describePropertyValue(property);
}

QString describePacket(const Packet &packet, ProtocolVersion version)
{
    Description d;
    std::visit([&](const auto &p) { describe(d, p, version); }, packet);
    return d.text();
}

QString summarizePacket(const Packet &packet)
{
    const auto codes = [](const QList<quint8> &list) {
        QStringList parts;
        parts.reserve(list.size());
        for (const quint8 code : list)
            parts.append(hexByte(code));
        return parts.join(QLatin1Char(','));
    };
    return std::visit(
        [&](const auto &p) -> QString {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ConnectPacket>) {
                QString s = QStringLiteral("CONNECT client=%1 version=%2 keepalive=%3")
                                .arg(p.clientId, protocolVersionName(p.version))
                                .arg(p.keepAlive);
                if (p.cleanStart)
                    s += QStringLiteral(" clean");
                if (p.username)
                    s += QStringLiteral(" user=") + *p.username;
                if (p.will)
                    s += QStringLiteral(" will=") + p.will->topic;
                return s;
            } else if constexpr (std::is_same_v<T, ConnackPacket>) {
                return QStringLiteral("CONNACK code=%1 session=%2").arg(hexByte(p.reasonCode)).arg(p.sessionPresent ? 1 : 0);
            } else if constexpr (std::is_same_v<T, PublishPacket>) {
                QString s = QStringLiteral("PUBLISH ");
                if (p.qos > 0)
                    s += QStringLiteral("id=%1 ").arg(p.packetId);
                s += QStringLiteral("qos=%1 ").arg(p.qos);
                if (p.dup)
                    s += QStringLiteral("dup ");
                if (p.retain)
                    s += QStringLiteral("retain ");
                s += QStringLiteral("topic=%1 (%2 bytes)").arg(p.topic).arg(p.payload.size());
                return s;
            } else if constexpr (std::is_same_v<T, AckPacket>) {
                QString s = QStringLiteral("%1 id=%2").arg(packetTypeName(p.type)).arg(p.packetId);
                if (p.reasonCode != 0)
                    s += QStringLiteral(" reason=") + hexByte(p.reasonCode);
                return s;
            } else if constexpr (std::is_same_v<T, SubscribePacket>) {
                QStringList parts;
                for (const SubscribeEntry &e : p.entries)
                    parts.append(QStringLiteral("%1 (qos=%2)").arg(e.filter).arg(e.qos));
                return QStringLiteral("SUBSCRIBE id=%1 %2").arg(p.packetId).arg(parts.join(QStringLiteral(", ")));
            } else if constexpr (std::is_same_v<T, SubackPacket>) {
                return QStringLiteral("SUBACK id=%1 codes=%2").arg(p.packetId).arg(codes(p.reasonCodes));
            } else if constexpr (std::is_same_v<T, UnsubscribePacket>) {
                return QStringLiteral("UNSUBSCRIBE id=%1 %2").arg(p.packetId).arg(p.filters.join(QStringLiteral(", ")));
            } else if constexpr (std::is_same_v<T, UnsubackPacket>) {
                QString s = QStringLiteral("UNSUBACK id=%1").arg(p.packetId);
                if (!p.reasonCodes.isEmpty())
                    s += QStringLiteral(" codes=") + codes(p.reasonCodes);
                return s;
            } else if constexpr (std::is_same_v<T, PingreqPacket>) {
                return QStringLiteral("PINGREQ");
            } else if constexpr (std::is_same_v<T, PingrespPacket>) {
                return QStringLiteral("PINGRESP");
            } else if constexpr (std::is_same_v<T, DisconnectPacket>) {
                if (p.reasonCode == 0)
                    return QStringLiteral("DISCONNECT");
                return QStringLiteral("DISCONNECT reason=") + hexByte(p.reasonCode);
            } else {
                return QStringLiteral("AUTH reason=") + hexByte(p.reasonCode);
            }
        },
        packet);
}

} // namespace Signalbox
