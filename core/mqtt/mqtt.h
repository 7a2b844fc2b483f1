#pragma once

#include <QMetaType>
#include <QString>
#include <QtGlobal>

// Protocol-wide enums and constants shared by the codec, the client and the CLI.
namespace Signalbox {
Q_NAMESPACE

// The protocol level byte sent in CONNECT.
enum class ProtocolVersion : quint8 { V31 = 3, V311 = 4, V5 = 5 };
Q_ENUM_NS(ProtocolVersion)

// "3.1", "3.1.1", "5.0"
QString protocolVersionName(ProtocolVersion version);
// Accepts mosquitto's spellings: mqttv31, mqttv311, mqttv5, 31, 311, 5, 3.1, 3.1.1, 5.0.
bool parseProtocolVersion(QStringView text, ProtocolVersion *version);

// MQTT 5.0 §2.1.2, the same values in 3.1.1 (Auth is 5.0 only).
enum class PacketType : quint8 {
    Reserved = 0,
    Connect = 1,
    Connack = 2,
    Publish = 3,
    Puback = 4,
    Pubrec = 5,
    Pubrel = 6,
    Pubcomp = 7,
    Subscribe = 8,
    Suback = 9,
    Unsubscribe = 10,
    Unsuback = 11,
    Pingreq = 12,
    Pingresp = 13,
    Disconnect = 14,
    Auth = 15,
};
Q_ENUM_NS(PacketType)

// "CONNECT", "PUBACK", ...
QString packetTypeName(PacketType type);

// MQTT 5.0 §2.4, reason codes. Values shared by several meanings carry the
// name used most often (0x00 is Success / Normal disconnection / Granted QoS 0).
enum class ReasonCode : quint8 {
    Success = 0x00,
    GrantedQoS1 = 0x01,
    GrantedQoS2 = 0x02,
    DisconnectWithWillMessage = 0x04,
    NoMatchingSubscribers = 0x10,
    NoSubscriptionExisted = 0x11,
    ContinueAuthentication = 0x18,
    ReAuthenticate = 0x19,
    UnspecifiedError = 0x80,
    MalformedPacket = 0x81,
    ProtocolError = 0x82,
    ImplementationSpecificError = 0x83,
    UnsupportedProtocolVersion = 0x84,
    ClientIdentifierNotValid = 0x85,
    BadUserNameOrPassword = 0x86,
    NotAuthorized = 0x87,
    ServerUnavailable = 0x88,
    ServerBusy = 0x89,
    Banned = 0x8A,
    ServerShuttingDown = 0x8B,
    BadAuthenticationMethod = 0x8C,
    KeepAliveTimeout = 0x8D,
    SessionTakenOver = 0x8E,
    TopicFilterInvalid = 0x8F,
    TopicNameInvalid = 0x90,
    PacketIdentifierInUse = 0x91,
    PacketIdentifierNotFound = 0x92,
    ReceiveMaximumExceeded = 0x93,
    TopicAliasInvalid = 0x94,
    PacketTooLarge = 0x95,
    MessageRateTooHigh = 0x96,
    QuotaExceeded = 0x97,
    AdministrativeAction = 0x98,
    PayloadFormatInvalid = 0x99,
    RetainNotSupported = 0x9A,
    QoSNotSupported = 0x9B,
    UseAnotherServer = 0x9C,
    ServerMoved = 0x9D,
    SharedSubscriptionsNotSupported = 0x9E,
    ConnectionRateExceeded = 0x9F,
    MaximumConnectTime = 0xA0,
    SubscriptionIdentifiersNotSupported = 0xA1,
    WildcardSubscriptionsNotSupported = 0xA2,
};
Q_ENUM_NS(ReasonCode)

// A short English phrase for a reason code as it appears in the given packet
// ("Not authorized", "Granted QoS 1"); unknown values give "Reason code 0xNN".
QString reasonCodeText(quint8 code, PacketType context = PacketType::Reserved);
inline bool isErrorReason(quint8 code)
{
    return code >= 0x80;
}

// MQTT 3.1.1 §3.2.2.3 CONNACK return codes.
enum class ConnackReturnCode : quint8 {
    Accepted = 0,
    UnacceptableProtocolVersion = 1,
    IdentifierRejected = 2,
    ServerUnavailable = 3,
    BadUserNameOrPassword = 4,
    NotAuthorized = 5,
};
QString connackReturnCodeText(quint8 code);

// Largest Remaining Length a variable byte integer can carry (MQTT 5.0 §1.5.5).
inline constexpr quint32 MaxRemainingLength = 268435455;
inline constexpr quint32 MaxVariableByteInteger = 268435455;

} // namespace Signalbox
