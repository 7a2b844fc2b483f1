#include "client/handshake.h"

#include "mqtt/mqtt.h"
#include "mqtt/topic.h"

namespace Signalbox {

std::optional<QString> Handshake::check(const ConnectionProfile &profile)
{
    if (profile.scheme == TransportScheme::Unix ? profile.socketPath.isEmpty()
                                                : profile.host.isEmpty() || profile.port == 0)
        return tr("The connection has no host or port.");
    if (profile.will.enabled) {
        const std::optional<QString> why = TopicName::validate(profile.will.topic);
        if (why)
            return tr("Invalid will topic: %1").arg(*why);
    }
    return {};
}

ConnectPacket Handshake::connectPacket(const ConnectionProfile &profile, const QString &clientId)
{
    ConnectPacket connect;
    connect.version = profile.version;
    connect.clientId = clientId;
    connect.cleanStart = profile.cleanStart;
    connect.keepAlive = profile.keepAlive;
    connect.username = profile.username;
    if (profile.password)
        connect.password = profile.password->toUtf8();
    const bool v5 = profile.version == ProtocolVersion::V5;
    if (profile.will.enabled) {
        WillMessage will;
        will.topic = profile.will.topic;
        will.payload = profile.will.payload;
        will.qos = profile.will.qos;
        will.retain = profile.will.retain;
        if (v5)
            will.properties = profile.will.properties;
        connect.will = will;
    }
    if (!v5)
        return connect;
    Properties &p = connect.properties;
    if (profile.sessionExpiryInterval && *profile.sessionExpiryInterval > 0)
        p.set(PropertyId::SessionExpiryInterval, *profile.sessionExpiryInterval);
    if (profile.receiveMaximum > 0)
        p.set(PropertyId::ReceiveMaximum, uint(profile.receiveMaximum));
    if (profile.maximumPacketSize > 0)
        p.set(PropertyId::MaximumPacketSize, profile.maximumPacketSize);
    if (profile.topicAliasMaximum > 0)
        p.set(PropertyId::TopicAliasMaximum, uint(profile.topicAliasMaximum));
    if (profile.requestResponseInformation)
        p.set(PropertyId::RequestResponseInformation, 1u);
    if (!profile.requestProblemInformation)
        p.set(PropertyId::RequestProblemInformation, 0u);
    for (const auto &[name, value] : profile.userProperties)
        p.addUserProperty(name, value);
    if (!profile.authenticationMethod.isEmpty()) {
        p.set(PropertyId::AuthenticationMethod, profile.authenticationMethod);
        if (!profile.authenticationData.isEmpty())
            p.set(PropertyId::AuthenticationData, profile.authenticationData);
    }
    return connect;
}

Handshake::Outcome Handshake::readConnack(const ConnectionProfile &profile, const ConnackPacket &packet)
{
    Outcome outcome;
    ConnackInfo &info = outcome.info;
    info.sessionPresent = packet.sessionPresent;
    info.reasonCode = packet.reasonCode;
    info.properties = packet.properties;
    const Properties &p = packet.properties;
    if (packet.reasonCode != 0) {
        QString why;
        if (profile.version == ProtocolVersion::V5) {
            why = reasonCodeText(packet.reasonCode, PacketType::Connack);
            if (const auto text = p.string(PropertyId::ReasonString); text && !text->isEmpty())
                why += QStringLiteral(" (") + *text + QLatin1Char(')');
        } else {
            why = connackReturnCodeText(packet.reasonCode);
        }
        outcome.error.kind = ErrorKind::Refused;
        outcome.error.reason = packet.reasonCode;
        outcome.error.message =
            tr("The broker at %1:%2 refused the connection: %3.").arg(profile.host).arg(profile.port).arg(why);
        return outcome;
    }
    info.assignedClientId = p.string(PropertyId::AssignedClientIdentifier).value_or(QString());
    info.reasonString = p.string(PropertyId::ReasonString).value_or(QString());
    info.serverKeepAlive = quint16(p.integer(PropertyId::ServerKeepAlive).value_or(0));
    info.serverReceiveMaximum = quint16(p.integer(PropertyId::ReceiveMaximum).value_or(65535));
    if (info.serverReceiveMaximum == 0) {
        outcome.error.kind = ErrorKind::Protocol;
        outcome.error.reason = quint8(ReasonCode::ProtocolError);
        outcome.error.message = tr("The broker sent a Receive Maximum of 0.");
        return outcome;
    }
    info.serverTopicAliasMaximum = quint16(p.integer(PropertyId::TopicAliasMaximum).value_or(0));
    info.maximumQoS = quint8(p.integer(PropertyId::MaximumQoS).value_or(2));
    info.retainAvailable = p.integer(PropertyId::RetainAvailable).value_or(1) != 0;
    info.serverMaximumPacketSize = p.integer(PropertyId::MaximumPacketSize).value_or(0);
    return outcome;
}

QString Handshake::timeoutText(const ConnectionProfile &profile, bool transportOpened)
{
    // One deadline for every step of connecting, so that a peer that
    // trickles a handshake or a CONNACK cannot hold the client.
    const double seconds = profile.connectTimeoutMs / 1000.0;
    if (transportOpened)
        return tr("No answer from the broker at %1:%2 within %3 s of connecting: no CONNACK came.")
            .arg(profile.host)
            .arg(profile.port)
            .arg(seconds);
    QString why;
    switch (profile.scheme) {
    case TransportScheme::Tcp:
        why = tr("The TCP connection to %1:%2 did not complete within %3 s.");
        break;
    case TransportScheme::Tls:
        why = tr("The TCP connection or TLS handshake with %1:%2 did not complete within %3 s.");
        break;
    case TransportScheme::WebSocket:
        why = tr("The WebSocket upgrade with %1:%2 did not complete within %3 s.");
        break;
    case TransportScheme::SecureWebSocket:
        why = tr("The TLS handshake or WebSocket upgrade with %1:%2 did not complete within %3 s.");
        break;
    case TransportScheme::Unix:
        return tr("The connection to the socket %1 did not complete within %2 s.").arg(profile.socketPath).arg(seconds);
    }
    return why.arg(profile.host).arg(profile.port).arg(seconds);
}

bool Handshake::isPermanentRefusal(ProtocolVersion version, quint8 code)
{
    if (version != ProtocolVersion::V5)
        return code == 1 || code == 2 || code == 4 || code == 5;
    switch (ReasonCode(code)) {
    case ReasonCode::UnsupportedProtocolVersion:
    case ReasonCode::ClientIdentifierNotValid:
    case ReasonCode::BadUserNameOrPassword:
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
    case ReasonCode::BadAuthenticationMethod:
        return true;
    default:
        return false;
    }
}

} // namespace Signalbox
