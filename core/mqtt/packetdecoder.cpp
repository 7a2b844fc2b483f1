// The decoder of every MQTT control packet, 3.1 to 5.0: a reader of the
// wire's types (variable byte integers, UTF-8 strings, properties) and one
// function per packet type, each checking what the specification requires of
// it. Over 800 lines, but one thing: the checks read best beside each other,
// with the shared reader they use.
#include "mqtt/packetdecoder.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUtf8StringView>

#include <cstring>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PacketDecoder)
};

// A checked reader per wire type (MQTT 5.0 §1.5). Every read says whether the
// bytes were there; nothing past the end is touched.
class Reader
{
public:
    Reader(const char *data, qsizetype size) : m_p(reinterpret_cast<const uchar *>(data)), m_end(m_p + size) { }

    qsizetype remaining() const { return m_end - m_p; }
    bool atEnd() const { return m_p == m_end; }
    const char *position() const { return reinterpret_cast<const char *>(m_p); }

    bool byte(quint8 &value)
    {
        if (m_p == m_end)
            return false;
        value = *m_p++;
        return true;
    }
    bool twoByteInteger(quint16 &value)
    {
        if (m_end - m_p < 2)
            return false;
        value = quint16(m_p[0] << 8 | m_p[1]);
        m_p += 2;
        return true;
    }
    bool fourByteInteger(quint32 &value)
    {
        if (m_end - m_p < 4)
            return false;
        value = quint32(m_p[0]) << 24 | quint32(m_p[1]) << 16 | quint32(m_p[2]) << 8 | quint32(m_p[3]);
        m_p += 4;
        return true;
    }
    enum class Vbi { Ok, Truncated, TooLong };
    // MQTT 5.0 §1.5.5: at most four bytes.
    Vbi variableByteInteger(quint32 &value)
    {
        value = 0;
        for (int i = 0; i < 4; ++i) {
            if (m_p == m_end)
                return Vbi::Truncated;
            const uchar digit = *m_p++;
            value |= quint32(digit & 0x7F) << (7 * i);
            if (!(digit & 0x80))
                return Vbi::Ok;
        }
        return Vbi::TooLong;
    }
    // MQTT 5.0 §1.5.6, §1.5.4: a two-byte length, then that many bytes.
    bool lengthPrefixed(const char *&data, quint16 &length)
    {
        if (!twoByteInteger(length))
            return false;
        if (m_end - m_p < length) {
            m_p -= 2;
            return false;
        }
        data = reinterpret_cast<const char *>(m_p);
        m_p += length;
        return true;
    }
    // The next `length` bytes as a reader of their own.
    bool split(qsizetype length, Reader &part)
    {
        if (m_end - m_p < length)
            return false;
        part = Reader(position(), length);
        m_p += length;
        return true;
    }
    // Everything left.
    QByteArray rest()
    {
        QByteArray bytes(position(), remaining());
        m_p = m_end;
        return bytes;
    }

private:
    const uchar *m_p;
    const uchar *m_end;
};

enum class TextCheck { Ok, InvalidUtf8, ContainsNull, Wildcard };

// MQTT 5.0 §1.5.4: well-formed UTF-8 without U+0000. With `topicName`, also
// MQTT 5.0 §4.7.1: no '+' or '#'. ASCII, the common case, takes one pass.
TextCheck checkText(const char *data, qsizetype size, bool topicName)
{
    bool ascii = true;
    bool wildcard = false;
    for (qsizetype i = 0; i < size; ++i) {
        const auto c = uchar(data[i]);
        if (c == 0)
            return TextCheck::ContainsNull;
        if (c >= 0x80)
            ascii = false;
        else if (c == '+' || c == '#')
            wildcard = true;
    }
    if (!ascii && !QUtf8StringView(data, size).isValidUtf8())
        return TextCheck::InvalidUtf8;
    if (topicName && wildcard)
        return TextCheck::Wildcard;
    return TextCheck::Ok;
}

QString toQString(const char *data, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (uchar(data[i]) >= 0x80)
            return QString::fromUtf8(data, size);
    }
    return QString::fromLatin1(data, size);
}

bool isOneOf(quint8 code, std::initializer_list<quint8> codes)
{
    for (const quint8 c : codes) {
        if (c == code)
            return true;
    }
    return false;
}

// The reason codes each packet may carry, MQTT 5.0 §3.2.2.2, §3.4.2.1,
// §3.5.2.1, §3.6.2.1, §3.7.2.1, §3.9.3, §3.11.3, §3.14.2.1 and §3.15.2.1.
bool reasonAllowed(PacketType type, quint8 code)
{
    switch (type) {
    case PacketType::Connack:
        return isOneOf(code, {0x00, 0x80, 0x81, 0x82, 0x83, 0x84, 0x85, 0x86, 0x87, 0x88, 0x89,
                              0x8A, 0x8C, 0x90, 0x95, 0x97, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9F});
    case PacketType::Puback:
    case PacketType::Pubrec:
        return isOneOf(code, {0x00, 0x10, 0x80, 0x83, 0x87, 0x90, 0x91, 0x97, 0x99});
    case PacketType::Pubrel:
    case PacketType::Pubcomp:
        return code == 0x00 || code == 0x92;
    case PacketType::Suback:
        return isOneOf(code, {0x00, 0x01, 0x02, 0x80, 0x83, 0x87, 0x8F, 0x91, 0x97, 0x9E, 0xA1, 0xA2});
    case PacketType::Unsuback:
        return isOneOf(code, {0x00, 0x11, 0x80, 0x83, 0x87, 0x8F, 0x91});
    case PacketType::Disconnect:
        return isOneOf(code, {0x00, 0x04, 0x80, 0x81, 0x82, 0x83, 0x87, 0x89, 0x8B, 0x8D, 0x8E, 0x8F, 0x90, 0x93, 0x94,
                              0x95, 0x96, 0x97, 0x98, 0x99, 0x9A, 0x9B, 0x9C, 0x9D, 0x9E, 0x9F, 0xA0, 0xA1, 0xA2});
    case PacketType::Auth:
        return code == 0x00 || code == 0x18 || code == 0x19;
    default:
        return false;
    }
}

QString hexByte(quint32 value)
{
    return QStringLiteral("0x") + QString::number(value, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

struct FixedHeader
{
    quint8 first = 0;
    quint32 remainingLength = 0;
    int length = 0; // bytes of the fixed header itself
    PacketType type() const { return PacketType(first >> 4); }
    quint8 flags() const { return first & 0x0F; }
    qsizetype total() const { return length + qsizetype(remainingLength); }
};

enum class HeaderStatus { Complete, NeedMore, Malformed };

// MQTT 5.0 §2.1.1, §2.1.4: the first byte, then the Remaining Length in at most four bytes.
HeaderStatus parseFixedHeader(const char *data, qsizetype size, FixedHeader &header)
{
    if (size < 1)
        return HeaderStatus::NeedMore;
    header.first = quint8(data[0]);
    quint32 value = 0;
    for (int i = 0; i < 4; ++i) {
        if (1 + i >= size)
            return HeaderStatus::NeedMore;
        const auto digit = uchar(data[1 + i]);
        value |= quint32(digit & 0x7F) << (7 * i);
        if (!(digit & 0x80)) {
            header.remainingLength = value;
            header.length = 2 + i;
            return HeaderStatus::Complete;
        }
    }
    return HeaderStatus::Malformed;
}

void setError(DecodeError *error, ReasonCode reason, QString message)
{
    if (error) {
        error->reason = reason;
        error->message = std::move(message);
    }
}

QString sentence(PacketType type, const QString &what)
{
    //: %1 is a packet type such as PUBLISH, %2 what is wrong with it
    return Text::tr("%1: %2.").arg(packetTypeName(type), what);
}

// MQTT 5.0 §2.1.2, §2.1.3 (3.1.1 §2.2.1, §2.2.2): the packet type and the
// flags it must carry, and for PUBLISH MQTT 5.0 §3.3.1.1, §3.3.1.2.
bool checkFirstByte(const FixedHeader &header, ProtocolVersion version, DecodeError *error)
{
    const PacketType type = header.type();
    const quint8 flags = header.flags();
    if (type == PacketType::Reserved) {
        setError(error, ReasonCode::MalformedPacket, Text::tr("Packet type 0 is reserved and may not be sent."));
        return false;
    }
    if (type == PacketType::Auth && version != ProtocolVersion::V5) {
        setError(error, ReasonCode::MalformedPacket,
                 Text::tr("Packet type 15 (AUTH) does not exist in MQTT %1.").arg(protocolVersionName(version)));
        return false;
    }
    if (type == PacketType::Publish) {
        const int qos = (flags >> 1) & 0x03;
        if (qos == 3) {
            // MQTT 5.0 §3.3.1-4
            setError(error, ReasonCode::MalformedPacket, sentence(type, Text::tr("QoS 3 is not a valid QoS")));
            return false;
        }
        if (qos == 0 && (flags & 0x08)) {
            // MQTT 5.0 §3.3.1-2
            setError(error, ReasonCode::MalformedPacket,
                     sentence(type, Text::tr("the DUP flag is set on a QoS 0 message")));
            return false;
        }
        return true;
    }
    const quint8 expected =
        (type == PacketType::Pubrel || type == PacketType::Subscribe || type == PacketType::Unsubscribe) ? 0x02 : 0x00;
    if (flags != expected) {
        setError(error, ReasonCode::MalformedPacket,
                 sentence(type, Text::tr("the fixed header flags are %1 where %2 is required")
                                    .arg(QString::number(flags, 2).rightJustified(4, QLatin1Char('0')),
                                         QString::number(expected, 2).rightJustified(4, QLatin1Char('0')))));
        return false;
    }
    return true;
}

// Decodes the body of one packet whose fixed header has been checked: a
// function per packet, as mosquitto's read_handle does.
class BodyDecoder
{
public:
    BodyDecoder(const FixedHeader &header, const char *body, ProtocolVersion version, DecodeError *error)
        : m_r(body, header.remainingLength)
        , m_type(header.type())
        , m_flags(header.flags())
        , m_version(version)
        , m_v5(version == ProtocolVersion::V5)
        , m_error(error)
    { }

    bool decode(Packet &out)
    {
        switch (m_type) {
        case PacketType::Connect:
            return decodeConnect(out.emplace<ConnectPacket>());
        case PacketType::Connack:
            return decodeConnack(out.emplace<ConnackPacket>());
        case PacketType::Publish:
            return decodePublish(out.emplace<PublishPacket>());
        case PacketType::Puback:
        case PacketType::Pubrec:
        case PacketType::Pubrel:
        case PacketType::Pubcomp:
            return decodeAck(out.emplace<AckPacket>());
        case PacketType::Subscribe:
            return decodeSubscribe(out.emplace<SubscribePacket>());
        case PacketType::Suback:
            return decodeSuback(out.emplace<SubackPacket>());
        case PacketType::Unsubscribe:
            return decodeUnsubscribe(out.emplace<UnsubscribePacket>());
        case PacketType::Unsuback:
            return decodeUnsuback(out.emplace<UnsubackPacket>());
        case PacketType::Pingreq:
            out.emplace<PingreqPacket>();
            return expectEnd();
        case PacketType::Pingresp:
            out.emplace<PingrespPacket>();
            return expectEnd();
        case PacketType::Disconnect:
            return decodeDisconnect(out.emplace<DisconnectPacket>());
        case PacketType::Auth:
            return decodeAuth(out.emplace<AuthPacket>());
        case PacketType::Reserved:
            break;
        }
        return fail(ReasonCode::MalformedPacket, Text::tr("the packet type is reserved"));
    }

private:
    bool fail(ReasonCode reason, const QString &what)
    {
        setError(m_error, reason, sentence(m_type, what));
        return false;
    }
    // `field` is marked with QT_TRANSLATE_NOOP in this file's context.
    bool truncated(const char *field)
    {
        //: %1 is a field of the packet such as "topic name"
        return fail(ReasonCode::MalformedPacket, Text::tr("the %1 runs past the end of the packet").arg(Text::tr(field)));
    }
    bool expectEnd()
    {
        if (m_r.atEnd())
            return true;
        return fail(ReasonCode::MalformedPacket,
                    Text::tr("%1 unexpected bytes follow the end of the packet's content").arg(m_r.remaining()));
    }

    bool readByte(quint8 &value, const char *field) { return m_r.byte(value) || truncated(field); }
    bool readTwoByteInteger(quint16 &value, const char *field) { return m_r.twoByteInteger(value) || truncated(field); }

    // MQTT 5.0 §2.2.1: a packet identifier is non-zero.
    bool readPacketId(quint16 &id)
    {
        if (!readTwoByteInteger(id, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "packet identifier")))
            return false;
        if (id == 0)
            return fail(ReasonCode::ProtocolError, Text::tr("the packet identifier is 0"));
        return true;
    }

    bool textError(TextCheck check, const char *field)
    {
        const QString name = Text::tr(field);
        switch (check) {
        case TextCheck::Ok:
            return true;
        case TextCheck::InvalidUtf8:
            return fail(ReasonCode::MalformedPacket, Text::tr("%1 is not valid UTF-8").arg(name));
        case TextCheck::ContainsNull:
            return fail(ReasonCode::MalformedPacket, Text::tr("%1 contains the character U+0000").arg(name));
        case TextCheck::Wildcard:
            return fail(ReasonCode::TopicNameInvalid, Text::tr("%1 contains a wildcard ('+' or '#')").arg(name));
        }
        return false;
    }

    // Property values are checked as plain strings: no wildcard rule.
    bool propertyTextError(TextCheck check, PropertyId id)
    {
        switch (check) {
        case TextCheck::Ok:
            return true;
        case TextCheck::InvalidUtf8:
        case TextCheck::Wildcard:
            //: %1 is an MQTT property name such as "Content Type"
            return fail(ReasonCode::MalformedPacket, Text::tr("%1 is not valid UTF-8", "property").arg(propertyName(id)));
        case TextCheck::ContainsNull:
            return fail(ReasonCode::MalformedPacket,
                        Text::tr("%1 contains the character U+0000", "property").arg(propertyName(id)));
        }
        return false;
    }

    // MQTT 5.0 §1.5.4
    bool readString(QString &out, const char *field)
    {
        const char *data = nullptr;
        quint16 length = 0;
        if (!m_r.lengthPrefixed(data, length))
            return truncated(field);
        const TextCheck check = checkText(data, length, false);
        if (check != TextCheck::Ok)
            return textError(check, field);
        out = toQString(data, length);
        return true;
    }

    // A topic name (MQTT 5.0 §4.7.1): a string without wildcards.
    bool readTopicName(QString &out, const char *field)
    {
        const char *data = nullptr;
        quint16 length = 0;
        if (!m_r.lengthPrefixed(data, length))
            return truncated(field);
        const TextCheck check = checkText(data, length, true);
        if (check != TextCheck::Ok)
            return textError(check, field);
        out = toQString(data, length);
        return true;
    }

    // A topic filter: non-empty (MQTT 5.0 §4.7.3); its syntax is the receiver's
    // business, answered per entry in SUBACK.
    bool readTopicFilter(QString &out, const char *field)
    {
        if (!readString(out, field))
            return false;
        if (out.isEmpty())
            return fail(ReasonCode::MalformedPacket, Text::tr("the %1 is empty").arg(Text::tr(field)));
        return true;
    }

    // MQTT 5.0 §1.5.6
    bool readBinary(QByteArray &out, const char *field)
    {
        const char *data = nullptr;
        quint16 length = 0;
        if (!m_r.lengthPrefixed(data, length))
            return truncated(field);
        out = QByteArray(data, length);
        return true;
    }

    bool propertyCutShort(PropertyId id)
    {
        //: %1 is an MQTT property name such as "Content Type"
        return fail(ReasonCode::MalformedPacket, Text::tr("%1 is cut short").arg(propertyName(id)));
    }

    // MQTT 5.0 §2.2.2: Property Length, then identifier and value pairs.
    bool readProperties(Properties &out, bool inWill = false)
    {
        quint32 length = 0;
        switch (m_r.variableByteInteger(length)) {
        case Reader::Vbi::Ok:
            break;
        case Reader::Vbi::Truncated:
            return truncated(QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "property length"));
        case Reader::Vbi::TooLong:
            return fail(ReasonCode::MalformedPacket,
                        Text::tr("the property length is not a valid variable byte integer"));
        }
        if (length == 0)
            return true;
        Reader r(nullptr, 0);
        if (!m_r.split(length, r)) {
            return fail(ReasonCode::MalformedPacket,
                        Text::tr("the property length %1 runs past the end of the packet").arg(length));
        }
        quint64 seen = 0;
        while (!r.atEnd()) {
            quint32 identifier = 0;
            if (r.variableByteInteger(identifier) != Reader::Vbi::Ok)
                return fail(ReasonCode::MalformedPacket, Text::tr("a property identifier is not valid"));
            const PropertyType type = identifier <= 0xFF ? propertyType(quint8(identifier)) : PropertyType::Invalid;
            if (type == PropertyType::Invalid) {
                return fail(ReasonCode::MalformedPacket,
                            Text::tr("unknown property identifier %1").arg(hexByte(identifier)));
            }
            const auto id = PropertyId(identifier);
            // MQTT 5.0 §2.2.2.2: a property outside its packets is a Protocol Error.
            if (!propertyAllowed(id, m_type, inWill)) {
                const QString what = inWill ? Text::tr("%1 is not allowed in the will properties")
                                            : Text::tr("%1 is not allowed in this packet");
                return fail(ReasonCode::ProtocolError, what.arg(propertyName(id)));
            }
            const quint64 bit = quint64(1) << (identifier & 63);
            if ((seen & bit) && !propertyRepeatable(id, m_type))
                return fail(ReasonCode::ProtocolError, Text::tr("%1 appears more than once").arg(propertyName(id)));
            seen |= bit;

            QVariant value;
            switch (type) {
            case PropertyType::Byte: {
                quint8 v = 0;
                if (!r.byte(v))
                    return propertyCutShort(id);
                value = uint(v);
                if (!checkPropertyValue(id, v))
                    return false;
                break;
            }
            case PropertyType::TwoByteInteger: {
                quint16 v = 0;
                if (!r.twoByteInteger(v))
                    return propertyCutShort(id);
                value = uint(v);
                if (!checkPropertyValue(id, v))
                    return false;
                break;
            }
            case PropertyType::FourByteInteger: {
                quint32 v = 0;
                if (!r.fourByteInteger(v))
                    return propertyCutShort(id);
                value = uint(v);
                if (!checkPropertyValue(id, v))
                    return false;
                break;
            }
            case PropertyType::VariableByteInteger: {
                quint32 v = 0;
                if (r.variableByteInteger(v) != Reader::Vbi::Ok)
                    return fail(ReasonCode::MalformedPacket,
                                Text::tr("%1 is not a valid variable byte integer").arg(propertyName(id)));
                value = uint(v);
                if (!checkPropertyValue(id, v))
                    return false;
                break;
            }
            case PropertyType::Utf8String: {
                const char *data = nullptr;
                quint16 size = 0;
                if (!r.lengthPrefixed(data, size))
                    return propertyCutShort(id);
                const TextCheck check = checkText(data, size, false);
                if (check != TextCheck::Ok)
                    return propertyTextError(check, id);
                value = toQString(data, size);
                break;
            }
            case PropertyType::BinaryData: {
                const char *data = nullptr;
                quint16 size = 0;
                if (!r.lengthPrefixed(data, size))
                    return propertyCutShort(id);
                value = QByteArray(data, size);
                break;
            }
            case PropertyType::Utf8StringPair: {
                QStringList pair;
                pair.reserve(2);
                for (int i = 0; i < 2; ++i) {
                    const char *data = nullptr;
                    quint16 size = 0;
                    if (!r.lengthPrefixed(data, size))
                        return propertyCutShort(id);
                    const TextCheck check = checkText(data, size, false);
                    if (check != TextCheck::Ok)
                        return propertyTextError(check, id);
                    pair.append(toQString(data, size));
                }
                value = pair;
                break;
            }
            case PropertyType::Invalid:
                break;
            }
            out.add(id, value);
        }
        return true;
    }

    bool checkPropertyValue(PropertyId id, uint value)
    {
        switch (id) {
        // MQTT 5.0 §3.3.2.3.2, §3.1.2.11.6, §3.1.2.11.7, §3.2.2.3.4, §3.2.2.3.5,
        // §3.2.2.3.11 to §3.2.2.3.13: 0 or 1, anything else is a Protocol Error.
        case PropertyId::PayloadFormatIndicator:
        case PropertyId::RequestProblemInformation:
        case PropertyId::RequestResponseInformation:
        case PropertyId::MaximumQoS:
        case PropertyId::RetainAvailable:
        case PropertyId::WildcardSubscriptionAvailable:
        case PropertyId::SubscriptionIdentifierAvailable:
        case PropertyId::SharedSubscriptionAvailable:
            if (value > 1)
                return fail(ReasonCode::ProtocolError, Text::tr("%1 is %2, not 0 or 1").arg(propertyName(id)).arg(value));
            return true;
        // MQTT 5.0 §3.1.2.11.3, §3.2.2.3.3, §3.1.2.11.4, §3.2.2.3.6: 0 is a Protocol Error.
        case PropertyId::ReceiveMaximum:
        case PropertyId::MaximumPacketSize:
        // MQTT 5.0 §3.3.2.3.8, §3.8.2.1.2
        case PropertyId::SubscriptionIdentifier:
            if (value == 0)
                return fail(ReasonCode::ProtocolError, Text::tr("%1 is 0").arg(propertyName(id)));
            return true;
        // MQTT 5.0 §3.3.2.3.4: a Topic Alias of 0 is not permitted.
        case PropertyId::TopicAlias:
            if (value == 0)
                return fail(ReasonCode::TopicAliasInvalid, Text::tr("%1 is 0").arg(propertyName(id)));
            return true;
        default:
            return true;
        }
    }

    bool readReasonCode(quint8 &code)
    {
        if (!readByte(code, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "reason code")))
            return false;
        if (!reasonAllowed(m_type, code)) {
            return fail(ReasonCode::ProtocolError,
                        Text::tr("reason code %1 is not allowed in this packet").arg(hexByte(code)));
        }
        return true;
    }

    bool decodeConnect(ConnectPacket &p)
    {
        // MQTT 5.0 §3.1.2.1, §3.1.2.2; MQTT 3.1 §3.1: "MQIsdp" level 3.
        const char *name = nullptr;
        quint16 nameLength = 0;
        if (!m_r.lengthPrefixed(name, nameLength))
            return truncated(QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "protocol name"));
        quint8 level = 0;
        if (!readByte(level, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "protocol level")))
            return false;
        const QByteArrayView protocol(name, nameLength);
        if (protocol == QByteArrayView("MQIsdp") && level == 3) {
            p.version = ProtocolVersion::V31;
        } else if (protocol == QByteArrayView("MQTT") && (level == 4 || level == 5)) {
            p.version = ProtocolVersion(level);
        } else {
            return fail(ReasonCode::UnsupportedProtocolVersion,
                        Text::tr("protocol \"%1\" level %2 is not supported")
                            .arg(QString::fromLatin1(QByteArray(name, qMin<int>(nameLength, 32)).toPercentEncoding(" ")))
                            .arg(level));
        }
        const bool v5 = p.version == ProtocolVersion::V5;

        quint8 flags = 0;
        if (!readByte(flags, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "connect flags")))
            return false;
        // MQTT 5.0 §3.1.2.3: the reserved flag is 0.
        if (flags & 0x01)
            return fail(ReasonCode::MalformedPacket, Text::tr("the reserved connect flag is set"));
        const bool willFlag = flags & 0x04;
        const quint8 willQos = (flags >> 3) & 0x03;
        const bool willRetain = flags & 0x20;
        if (willQos == 3) // MQTT 5.0 §3.1.2.6
            return fail(ReasonCode::MalformedPacket, Text::tr("the will QoS is 3"));
        if (!willFlag && (willQos != 0 || willRetain)) { // MQTT 5.0 §3.1.2.6, §3.1.2.7
            return fail(ReasonCode::MalformedPacket, Text::tr("will QoS or will retain is set without the will flag"));
        }
        const bool hasUsername = flags & 0x80;
        const bool hasPassword = flags & 0x40;
        // MQTT 3.1.1 §3.1.2.9 (3.1 alike): no password without a user name; 5.0 allows it.
        if (!v5 && hasPassword && !hasUsername)
            return fail(ReasonCode::MalformedPacket, Text::tr("the password flag is set without the user name flag"));
        p.cleanStart = flags & 0x02;
        if (!readTwoByteInteger(p.keepAlive, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "keep alive")))
            return false;
        if (v5 && !readProperties(p.properties))
            return false;

        // MQTT 5.0 §3.1.3
        if (!readString(p.clientId, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "client identifier")))
            return false;
        if (willFlag) {
            WillMessage &will = p.will.emplace();
            will.qos = willQos;
            will.retain = willRetain;
            if (v5 && !readProperties(will.properties, true))
                return false;
            if (!readTopicName(will.topic, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "will topic")))
                return false;
            if (will.topic.isEmpty())
                return fail(ReasonCode::MalformedPacket, Text::tr("the will topic is empty"));
            if (!readBinary(will.payload, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "will payload")))
                return false;
        }
        if (hasUsername && !readString(p.username.emplace(), QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "user name")))
            return false;
        if (hasPassword && !readBinary(p.password.emplace(), QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "password")))
            return false;
        return expectEnd();
    }

    bool decodeConnack(ConnackPacket &p)
    {
        quint8 flags = 0;
        if (!readByte(flags, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "acknowledge flags")))
            return false;
        // MQTT 3.1 has no Session Present flag: the byte is unused.
        if (m_version != ProtocolVersion::V31) {
            // MQTT 5.0 §3.2.2.1, MQTT 3.1.1 §3.2.2.1: bits 7-1 are reserved.
            if (flags & 0xFE)
                return fail(ReasonCode::MalformedPacket, Text::tr("reserved acknowledge flags are set"));
            p.sessionPresent = flags & 0x01;
        }
        if (m_v5) {
            if (!readReasonCode(p.reasonCode) || !readProperties(p.properties))
                return false;
        } else if (!readByte(p.reasonCode, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "return code"))) {
            return false;
        }
        // MQTT 5.0 §3.2.2.1.1, MQTT 3.1.1 §3.2.2.2: no session with a refusal.
        if (p.sessionPresent && p.reasonCode != 0)
            return fail(ReasonCode::ProtocolError, Text::tr("session present is set on a refusal"));
        return expectEnd();
    }

    bool decodePublish(PublishPacket &p)
    {
        p.qos = (m_flags >> 1) & 0x03;
        p.dup = m_flags & 0x08;
        p.retain = m_flags & 0x01;
        if (!readTopicName(p.topic, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "topic name")))
            return false;
        if (p.qos > 0 && !readPacketId(p.packetId))
            return false;
        if (m_v5 && !readProperties(p.properties))
            return false;
        if (p.topic.isEmpty()) {
            // MQTT 5.0 §3.3.2.1: an empty topic needs a Topic Alias; MQTT 3.1.1 §4.7.3: never empty.
            if (!m_v5)
                return fail(ReasonCode::MalformedPacket, Text::tr("the topic name is empty"));
            if (!p.properties.contains(PropertyId::TopicAlias))
                return fail(ReasonCode::ProtocolError, Text::tr("the topic name is empty and there is no topic alias"));
        }
        p.payload = m_r.rest();
        return true;
    }

    bool decodeAck(AckPacket &p)
    {
        p.type = m_type;
        if (!readPacketId(p.packetId))
            return false;
        // MQTT 5.0 §3.4.2.1: a Remaining Length of 2 means reason 0;
        // §3.4.2.2.1: below 4, no properties.
        if (m_v5 && !m_r.atEnd()) {
            if (!readReasonCode(p.reasonCode))
                return false;
            if (!m_r.atEnd() && !readProperties(p.properties))
                return false;
        }
        return expectEnd();
    }

    bool decodeSubscribe(SubscribePacket &p)
    {
        if (!readPacketId(p.packetId))
            return false;
        if (m_v5 && !readProperties(p.properties))
            return false;
        while (!m_r.atEnd()) {
            SubscribeEntry &e = p.entries.emplace_back();
            if (!readTopicFilter(e.filter, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "topic filter")))
                return false;
            quint8 options = 0;
            if (!readByte(options, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "subscription options")))
                return false;
            e.qos = options & 0x03;
            if (e.qos == 3) // MQTT 5.0 §3.8.3-4
                return fail(ReasonCode::MalformedPacket, Text::tr("the requested QoS of \"%1\" is 3").arg(e.filter));
            if (m_v5) {
                // MQTT 5.0 §3.8.3.1: bits 7-6 reserved, Retain Handling 3 is a Protocol Error.
                if (options & 0xC0) {
                    return fail(ReasonCode::MalformedPacket,
                                Text::tr("reserved subscription option bits are set for \"%1\"").arg(e.filter));
                }
                e.noLocal = options & 0x04;
                e.retainAsPublished = options & 0x08;
                e.retainHandling = (options >> 4) & 0x03;
                if (e.retainHandling == 3)
                    return fail(ReasonCode::ProtocolError, Text::tr("retain handling of \"%1\" is 3").arg(e.filter));
            } else if (options & 0xFC) { // MQTT 3.1.1 §3.8.3.1
                return fail(ReasonCode::MalformedPacket,
                            Text::tr("reserved bits are set in the requested QoS byte for \"%1\"").arg(e.filter));
            }
        }
        // MQTT 5.0 §3.8.3, MQTT 3.1.1 §3.8.3: at least one subscription.
        if (p.entries.isEmpty())
            return fail(ReasonCode::ProtocolError, Text::tr("there are no topic filters"));
        return true;
    }

    bool decodeSuback(SubackPacket &p)
    {
        if (!readPacketId(p.packetId))
            return false;
        if (m_v5 && !readProperties(p.properties))
            return false;
        p.reasonCodes.reserve(m_r.remaining());
        while (!m_r.atEnd()) {
            quint8 code = 0;
            m_r.byte(code);
            // MQTT 3.1.1 §3.9.3: 0x00, 0x01, 0x02 or 0x80.
            const bool allowed = m_v5 ? reasonAllowed(m_type, code) : (code <= 2 || code == 0x80);
            if (!allowed)
                return fail(ReasonCode::ProtocolError,
                            Text::tr("reason code %1 is not allowed in this packet").arg(hexByte(code)));
            p.reasonCodes.append(code);
        }
        if (p.reasonCodes.isEmpty())
            return fail(ReasonCode::ProtocolError, Text::tr("there are no reason codes"));
        return true;
    }

    bool decodeUnsubscribe(UnsubscribePacket &p)
    {
        if (!readPacketId(p.packetId))
            return false;
        if (m_v5 && !readProperties(p.properties))
            return false;
        while (!m_r.atEnd()) {
            QString &filter = p.filters.emplace_back();
            if (!readTopicFilter(filter, QT_TRANSLATE_NOOP("Signalbox::PacketDecoder", "topic filter")))
                return false;
        }
        // MQTT 5.0 §3.10.3, MQTT 3.1.1 §3.10.3: at least one topic filter.
        if (p.filters.isEmpty())
            return fail(ReasonCode::ProtocolError, Text::tr("there are no topic filters"));
        return true;
    }

    bool decodeUnsuback(UnsubackPacket &p)
    {
        if (!readPacketId(p.packetId))
            return false;
        if (!m_v5) // MQTT 3.1.1 §3.11: the packet identifier only.
            return expectEnd();
        if (!readProperties(p.properties))
            return false;
        p.reasonCodes.reserve(m_r.remaining());
        while (!m_r.atEnd()) {
            quint8 code = 0;
            if (!readReasonCode(code))
                return false;
            p.reasonCodes.append(code);
        }
        if (p.reasonCodes.isEmpty())
            return fail(ReasonCode::ProtocolError, Text::tr("there are no reason codes"));
        return true;
    }

    bool decodeDisconnect(DisconnectPacket &p)
    {
        // MQTT 5.0 §3.14.2.1: Remaining Length 0 means reason 0; §3.14.2.2.1:
        // below 2, no properties. MQTT 3.1.1 §3.14: no variable header.
        if (m_v5 && !m_r.atEnd()) {
            if (!readReasonCode(p.reasonCode))
                return false;
            if (!m_r.atEnd() && !readProperties(p.properties))
                return false;
        }
        return expectEnd();
    }

    bool decodeAuth(AuthPacket &p)
    {
        // MQTT 5.0 §3.15.2.1: reason and properties are left out only together.
        if (!m_r.atEnd()) {
            if (!readReasonCode(p.reasonCode) || !readProperties(p.properties))
                return false;
        }
        return expectEnd();
    }

    Reader m_r;
    PacketType m_type;
    quint8 m_flags;
    ProtocolVersion m_version;
    bool m_v5;
    DecodeError *m_error;
};

bool decodeBody(const FixedHeader &header, const char *body, ProtocolVersion version, Packet &out, DecodeError *error)
{
    return BodyDecoder(header, body, version, error).decode(out);
}

} // namespace

std::optional<Packet> decodePacket(QByteArrayView bytes, ProtocolVersion version, DecodeError *error)
{
    FixedHeader header;
    switch (parseFixedHeader(bytes.data(), bytes.size(), header)) {
    case HeaderStatus::Complete:
        break;
    case HeaderStatus::NeedMore:
        setError(error, ReasonCode::MalformedPacket,
                 bytes.isEmpty() ? Text::tr("The packet is empty.")
                                 : sentence(header.type(), Text::tr("the fixed header is cut short")));
        return std::nullopt;
    case HeaderStatus::Malformed:
        setError(error, ReasonCode::MalformedPacket,
                 sentence(header.type(), Text::tr("the remaining length is not a valid variable byte integer")));
        return std::nullopt;
    }
    if (!checkFirstByte(header, version, error))
        return std::nullopt;
    if (bytes.size() != header.total()) {
        setError(error, ReasonCode::MalformedPacket,
                 sentence(header.type(), Text::tr("the remaining length says %1 bytes but %2 follow the fixed header")
                                             .arg(header.remainingLength)
                                             .arg(bytes.size() - header.length)));
        return std::nullopt;
    }
    Packet packet;
    if (!decodeBody(header, bytes.data() + header.length, version, packet, error))
        return std::nullopt;
    return packet;
}

PacketDecoder::PacketDecoder(ProtocolVersion version)
    : m_version(version), m_maximumPacketSize(1 + 4 + MaxRemainingLength)
{ }

void PacketDecoder::reset()
{
    m_buffer.clear();
    m_failed = false;
    m_error = DecodeError();
}

bool PacketDecoder::feed(QByteArrayView data, QList<Packet> &out, QList<QByteArray> *raw)
{
    if (m_failed)
        return false;

    const auto fail = [this](DecodeError error) {
        m_failed = true;
        m_error = std::move(error);
        m_buffer.clear();
        return false;
    };
    // Checks a complete fixed header before any of the body is buffered.
    const auto checkHeader = [&](HeaderStatus status, const FixedHeader &header) {
        DecodeError error;
        if (status == HeaderStatus::Malformed) {
            error.message = sentence(header.type(),
                                     Text::tr("the remaining length is not a valid variable byte integer"));
            return fail(std::move(error));
        }
        if (!checkFirstByte(header, m_version, &error))
            return fail(std::move(error));
        // MQTT 5.0 §3.1.2.11.4, §4.13: a packet above the Maximum Packet Size.
        if (quint64(header.total()) > m_maximumPacketSize) {
            error.reason = ReasonCode::PacketTooLarge;
            error.message = sentence(header.type(),
                                     Text::tr("the packet of %1 bytes exceeds the maximum packet size of %2 bytes")
                                         .arg(header.total())
                                         .arg(m_maximumPacketSize));
            return fail(std::move(error));
        }
        return true;
    };
    const auto decodeOne = [&](const FixedHeader &header, const char *packetStart) {
        Packet &packet = out.emplaceBack();
        DecodeError error;
        if (!decodeBody(header, packetStart + header.length, m_version, packet, &error)) {
            out.removeLast();
            return fail(std::move(error));
        }
        // A server learns the protocol version from CONNECT (MQTT 5.0 §3.1.2.2).
        if (const auto *connect = std::get_if<ConnectPacket>(&packet))
            m_version = connect->version;
        return true;
    };

    const char *p = data.data();
    qsizetype n = data.size();

    // First complete the packet held from earlier chunks.
    while (!m_buffer.isEmpty()) {
        FixedHeader header;
        const HeaderStatus status = parseFixedHeader(m_buffer.constData(), m_buffer.size(), header);
        if (status == HeaderStatus::NeedMore) {
            if (n == 0)
                return true;
            m_buffer.append(*p++);
            --n;
            continue;
        }
        if (!checkHeader(status, header))
            return false;
        const qsizetype total = header.total();
        const qsizetype take = qMin(total - m_buffer.size(), n);
        if (take > 0) {
            if (m_buffer.size() + take > m_buffer.capacity())
                m_buffer.reserve(qMin(total, qMax(m_buffer.size() + take, m_buffer.capacity() * 2)));
            m_buffer.append(p, take);
            p += take;
            n -= take;
        }
        if (m_buffer.size() < total)
            return true;
        if (!decodeOne(header, m_buffer.constData()))
            return false;
        if (raw)
            raw->append(m_buffer);
        m_buffer.clear();
    }

    // Then decode straight from the chunk.
    while (n > 0) {
        FixedHeader header;
        const HeaderStatus status = parseFixedHeader(p, n, header);
        if (status == HeaderStatus::NeedMore)
            break;
        if (!checkHeader(status, header))
            return false;
        const qsizetype total = header.total();
        if (total > n) {
            m_buffer.reserve(qMin(total, qMax<qsizetype>(n, 4096)));
            break;
        }
        if (!decodeOne(header, p))
            return false;
        if (raw)
            raw->append(QByteArray(p, total));
        p += total;
        n -= total;
    }
    if (n > 0)
        m_buffer.append(p, n);
    return true;
}

} // namespace Signalbox
