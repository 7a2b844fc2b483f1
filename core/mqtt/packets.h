#pragma once

#include "mqtt/mqtt.h"
#include "mqtt/properties.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>
#include <variant>

// One value type per MQTT control packet, for 3.1, 3.1.1 and 5.0. Fields that
// a version lacks are ignored by the encoder for that version and left at their
// defaults by the decoder. Properties are 5.0 only.
namespace Signalbox {

struct WillMessage
{
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // will properties (5.0 §3.1.3.2)
    friend bool operator==(const WillMessage &, const WillMessage &) = default;
};

struct ConnectPacket
{
    ProtocolVersion version = ProtocolVersion::V311;
    QString clientId;
    bool cleanStart = true; // Clean Session in 3.1/3.1.1
    quint16 keepAlive = 60;
    std::optional<QString> username;
    std::optional<QByteArray> password;
    std::optional<WillMessage> will;
    Properties properties;
    friend bool operator==(const ConnectPacket &, const ConnectPacket &) = default;
};

struct ConnackPacket
{
    bool sessionPresent = false;
    quint8 reasonCode = 0; // 3.x: the return code (ConnackReturnCode)
    Properties properties;
    friend bool operator==(const ConnackPacket &, const ConnackPacket &) = default;
};

struct PublishPacket
{
    QString topic; // may be empty in 5.0 when a Topic Alias stands for it
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0; // only for QoS 1 and 2
    Properties properties;
    friend bool operator==(const PublishPacket &, const PublishPacket &) = default;
};

// PUBACK, PUBREC, PUBREL and PUBCOMP share one layout.
struct AckPacket
{
    PacketType type = PacketType::Puback;
    quint16 packetId = 0;
    quint8 reasonCode = 0;
    Properties properties;
    friend bool operator==(const AckPacket &, const AckPacket &) = default;
};

struct SubscribeEntry
{
    QString filter;
    quint8 qos = 0;
    bool noLocal = false; // 5.0
    bool retainAsPublished = false; // 5.0
    quint8 retainHandling = 0; // 5.0: 0 send, 1 send if new, 2 never
    friend bool operator==(const SubscribeEntry &, const SubscribeEntry &) = default;
};

struct SubscribePacket
{
    quint16 packetId = 0;
    QList<SubscribeEntry> entries;
    Properties properties; // Subscription Identifier, User Property
    friend bool operator==(const SubscribePacket &, const SubscribePacket &) = default;
};

struct SubackPacket
{
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // 3.x: 0, 1, 2 or 0x80
    Properties properties;
    friend bool operator==(const SubackPacket &, const SubackPacket &) = default;
};

struct UnsubscribePacket
{
    quint16 packetId = 0;
    QStringList filters;
    Properties properties;
    friend bool operator==(const UnsubscribePacket &, const UnsubscribePacket &) = default;
};

struct UnsubackPacket
{
    quint16 packetId = 0;
    QList<quint8> reasonCodes; // empty in 3.x
    Properties properties;
    friend bool operator==(const UnsubackPacket &, const UnsubackPacket &) = default;
};

struct PingreqPacket
{
    friend bool operator==(const PingreqPacket &, const PingreqPacket &) = default;
};

struct PingrespPacket
{
    friend bool operator==(const PingrespPacket &, const PingrespPacket &) = default;
};

struct DisconnectPacket
{
    quint8 reasonCode = 0; // 5.0 only
    Properties properties;
    friend bool operator==(const DisconnectPacket &, const DisconnectPacket &) = default;
};

struct AuthPacket
{
    quint8 reasonCode = 0; // 5.0 only packet
    Properties properties;
    friend bool operator==(const AuthPacket &, const AuthPacket &) = default;
};

using Packet = std::variant<ConnectPacket, ConnackPacket, PublishPacket, AckPacket, SubscribePacket, SubackPacket,
                            UnsubscribePacket, UnsubackPacket, PingreqPacket, PingrespPacket, DisconnectPacket, AuthPacket>;

PacketType packetType(const Packet &packet);

// Encodes one packet for the given protocol version (the version of a
// ConnectPacket is taken from the packet itself). Appends to `out`.
// Strings are written as given: validate topics and sizes before encoding.
void encodePacket(const Packet &packet, ProtocolVersion version, QByteArray &out);
QByteArray encodePacket(const Packet &packet, ProtocolVersion version);

// Appends a variable byte integer (MQTT 5.0 §1.5.5); value <= MaxVariableByteInteger.
void encodeVariableByteInteger(quint32 value, QByteArray &out);

// A multi-line, human-readable description of a packet for the packet
// inspector: fields, properties by name, reason codes in words. The password
// of a CONNECT is always shown masked.
QString describePacket(const Packet &packet, ProtocolVersion version);
// One property as the packet inspector writes it: 'Content Type: "text/plain"',
// 'Correlation Data: "req-7"' (bytes as text when they are, else hex),
// 'User Property: "unit" = "C"'.
QString describeProperty(const Property &property);
// One line: "PUBLISH id=3 qos=1 topic=a/b (12 bytes)".
QString summarizePacket(const Packet &packet);

} // namespace Signalbox
