#include "mqtt/mqtt.h"

#include <QCoreApplication>

#include <optional>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Mqtt)
};

QString hexCode(quint8 code)
{
    return QLatin1String("0x") + QString::number(code, 16).toUpper().rightJustified(2, QLatin1Char('0'));
}

} // namespace

QString protocolVersionName(ProtocolVersion version)
{
    switch (version) {
    case ProtocolVersion::V31:
        return QStringLiteral("3.1");
    case ProtocolVersion::V311:
        return QStringLiteral("3.1.1");
    case ProtocolVersion::V5:
        return QStringLiteral("5.0");
    }
    return QString::number(static_cast<int>(version));
}

bool parseProtocolVersion(QStringView text, ProtocolVersion *version)
{
    QStringView rest = text.trimmed();
    for (const QLatin1String prefix : {QLatin1String("mqttv"), QLatin1String("mqtt"), QLatin1String("v")}) {
        if (rest.startsWith(prefix, Qt::CaseInsensitive)) {
            rest = rest.mid(prefix.size());
            break;
        }
    }
    std::optional<ProtocolVersion> parsed;
    if (rest == QLatin1String("31") || rest == QLatin1String("3.1"))
        parsed = ProtocolVersion::V31;
    else if (rest == QLatin1String("311") || rest == QLatin1String("3.1.1"))
        parsed = ProtocolVersion::V311;
    else if (rest == QLatin1String("5") || rest == QLatin1String("5.0") || rest == QLatin1String("50"))
        parsed = ProtocolVersion::V5;
    if (!parsed)
        return false;
    if (version)
        *version = *parsed;
    return true;
}

QString packetTypeName(PacketType type)
{
    switch (type) {
    case PacketType::Reserved:
        return QStringLiteral("RESERVED");
    case PacketType::Connect:
        return QStringLiteral("CONNECT");
    case PacketType::Connack:
        return QStringLiteral("CONNACK");
    case PacketType::Publish:
        return QStringLiteral("PUBLISH");
    case PacketType::Puback:
        return QStringLiteral("PUBACK");
    case PacketType::Pubrec:
        return QStringLiteral("PUBREC");
    case PacketType::Pubrel:
        return QStringLiteral("PUBREL");
    case PacketType::Pubcomp:
        return QStringLiteral("PUBCOMP");
    case PacketType::Subscribe:
        return QStringLiteral("SUBSCRIBE");
    case PacketType::Suback:
        return QStringLiteral("SUBACK");
    case PacketType::Unsubscribe:
        return QStringLiteral("UNSUBSCRIBE");
    case PacketType::Unsuback:
        return QStringLiteral("UNSUBACK");
    case PacketType::Pingreq:
        return QStringLiteral("PINGREQ");
    case PacketType::Pingresp:
        return QStringLiteral("PINGRESP");
    case PacketType::Disconnect:
        return QStringLiteral("DISCONNECT");
    case PacketType::Auth:
        return QStringLiteral("AUTH");
    }
    return QStringLiteral("PACKET TYPE %1").arg(static_cast<int>(type));
}

// MQTT 5.0 §2.4, table 2-6.
QString reasonCodeText(quint8 code, PacketType context)
{
    switch (static_cast<ReasonCode>(code)) {
    case ReasonCode::Success:
        if (context == PacketType::Suback)
            return Text::tr("Granted QoS 0");
        if (context == PacketType::Disconnect)
            return Text::tr("Normal disconnection");
        return Text::tr("Success");
    case ReasonCode::GrantedQoS1:
        return Text::tr("Granted QoS 1");
    case ReasonCode::GrantedQoS2:
        return Text::tr("Granted QoS 2");
    case ReasonCode::DisconnectWithWillMessage:
        return Text::tr("Disconnect with will message");
    case ReasonCode::NoMatchingSubscribers:
        return Text::tr("No matching subscribers");
    case ReasonCode::NoSubscriptionExisted:
        return Text::tr("No subscription existed");
    case ReasonCode::ContinueAuthentication:
        return Text::tr("Continue authentication");
    case ReasonCode::ReAuthenticate:
        return Text::tr("Re-authenticate");
    case ReasonCode::UnspecifiedError:
        return Text::tr("Unspecified error");
    case ReasonCode::MalformedPacket:
        return Text::tr("Malformed packet");
    case ReasonCode::ProtocolError:
        return Text::tr("Protocol error");
    case ReasonCode::ImplementationSpecificError:
        return Text::tr("Implementation specific error");
    case ReasonCode::UnsupportedProtocolVersion:
        return Text::tr("Unsupported protocol version");
    case ReasonCode::ClientIdentifierNotValid:
        return Text::tr("Client identifier not valid");
    case ReasonCode::BadUserNameOrPassword:
        return Text::tr("Bad user name or password");
    case ReasonCode::NotAuthorized:
        return Text::tr("Not authorized");
    case ReasonCode::ServerUnavailable:
        return Text::tr("Server unavailable");
    case ReasonCode::ServerBusy:
        return Text::tr("Server busy");
    case ReasonCode::Banned:
        return Text::tr("Banned");
    case ReasonCode::ServerShuttingDown:
        return Text::tr("Server shutting down");
    case ReasonCode::BadAuthenticationMethod:
        return Text::tr("Bad authentication method");
    case ReasonCode::KeepAliveTimeout:
        return Text::tr("Keep alive timeout");
    case ReasonCode::SessionTakenOver:
        return Text::tr("Session taken over");
    case ReasonCode::TopicFilterInvalid:
        return Text::tr("Topic filter invalid");
    case ReasonCode::TopicNameInvalid:
        return Text::tr("Topic name invalid");
    case ReasonCode::PacketIdentifierInUse:
        return Text::tr("Packet identifier in use");
    case ReasonCode::PacketIdentifierNotFound:
        return Text::tr("Packet identifier not found");
    case ReasonCode::ReceiveMaximumExceeded:
        return Text::tr("Receive maximum exceeded");
    case ReasonCode::TopicAliasInvalid:
        return Text::tr("Topic alias invalid");
    case ReasonCode::PacketTooLarge:
        return Text::tr("Packet too large");
    case ReasonCode::MessageRateTooHigh:
        return Text::tr("Message rate too high");
    case ReasonCode::QuotaExceeded:
        return Text::tr("Quota exceeded");
    case ReasonCode::AdministrativeAction:
        return Text::tr("Administrative action");
    case ReasonCode::PayloadFormatInvalid:
        return Text::tr("Payload format invalid");
    case ReasonCode::RetainNotSupported:
        return Text::tr("Retain not supported");
    case ReasonCode::QoSNotSupported:
        return Text::tr("QoS not supported");
    case ReasonCode::UseAnotherServer:
        return Text::tr("Use another server");
    case ReasonCode::ServerMoved:
        return Text::tr("Server moved");
    case ReasonCode::SharedSubscriptionsNotSupported:
        return Text::tr("Shared subscriptions not supported");
    case ReasonCode::ConnectionRateExceeded:
        return Text::tr("Connection rate exceeded");
    case ReasonCode::MaximumConnectTime:
        return Text::tr("Maximum connect time");
    case ReasonCode::SubscriptionIdentifiersNotSupported:
        return Text::tr("Subscription identifiers not supported");
    case ReasonCode::WildcardSubscriptionsNotSupported:
        return Text::tr("Wildcard subscriptions not supported");
    }
    return Text::tr("Reason code %1").arg(hexCode(code));
}

// MQTT 3.1.1 §3.2.2.3, table 3.1.
QString connackReturnCodeText(quint8 code)
{
    switch (static_cast<ConnackReturnCode>(code)) {
    case ConnackReturnCode::Accepted:
        return Text::tr("Connection accepted");
    case ConnackReturnCode::UnacceptableProtocolVersion:
        return Text::tr("Unacceptable protocol version");
    case ConnackReturnCode::IdentifierRejected:
        return Text::tr("Identifier rejected");
    case ConnackReturnCode::ServerUnavailable:
        return Text::tr("Server unavailable");
    case ConnackReturnCode::BadUserNameOrPassword:
        return Text::tr("Bad user name or password");
    case ConnackReturnCode::NotAuthorized:
        return Text::tr("Not authorized");
    }
    return Text::tr("Return code %1").arg(hexCode(code));
}

} // namespace Signalbox
