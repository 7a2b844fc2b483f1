#pragma once

#include "client/connectionprofile.h"
#include "profiles/connectionworkspace.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace Signalbox {

// One connection of MQTTX's export: its profile (with a new id) and its
// subscriptions as a workspace (topic, QoS, colour, alias, 5.0 options,
// paused), so that an imported connection subscribes as it did in MQTTX.
struct MqttxConnection
{
    ConnectionProfile profile;
    ConnectionWorkspace workspace;
};

// Reads MQTTX's connection export (an array of connections, one connection
// object, or an object whose values are connections): name, clientId,
// host, port, protocol ("mqtt", "mqtts", "ws", "wss"), ssl, path, username,
// password, clean, keepalive, connectTimeout (s), reconnect,
// reconnectPeriod (ms), mqttVersion ("3.1", "3.1.1", "5.0"),
// rejectUnauthorized, ALPNProtocols, ca/cert/key (file paths),
// will {lastWillTopic, lastWillPayload, lastWillQos, lastWillRetain,
// properties}, properties {sessionExpiryInterval, receiveMaximum,
// maximumPacketSize, topicAliasMaximum, requestResponseInformation,
// requestProblemInformation, userProperties, authenticationMethod}, and
// subscriptions [{topic, qos, color, alias, nl, rap, rh,
// subscriptionIdentifier, disabled}]. Missing or null fields keep our
// defaults and unknown fields are skipped (messages ...). Ids are new.
// Nothing when the export is not JSON, holds no connections, or has a field
// of the wrong type, with *error saying which (naming the connection and the
// field); *error is cleared on success.
std::optional<QList<MqttxConnection>> importMqttx(const QByteArray &json, QString *error = nullptr);

} // namespace Signalbox
