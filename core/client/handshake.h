#pragma once

#include "client/connectionprofile.h"
#include "mqtt/error.h"
#include "mqtt/packets.h"

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

#include <optional>

namespace Signalbox {

// What the broker told us in CONNACK.
struct ConnackInfo
{
    bool sessionPresent = false;
    quint8 reasonCode = 0;
    Properties properties; // server properties (5.0)
    QString assignedClientId; // Assigned Client Identifier, if any
    QString reasonString;
    quint16 serverKeepAlive = 0; // 0 if the server did not override
    quint16 serverReceiveMaximum = 65535;
    quint16 serverTopicAliasMaximum = 0;
    quint8 maximumQoS = 2;
    bool retainAvailable = true;
    quint32 serverMaximumPacketSize = 0; // 0: no limit
};

// The opening of a connection (MQTT 5.0 §3.1, §3.2): the CONNECT a profile
// asks for, what its CONNACK says, and the sentences for a connection that
// cannot start, times out or is refused. Functions of their arguments only;
// the sentences keep MqttClient's translation context.
class Handshake
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
public:
    // What CONNACK said: accepted (error.message empty), refused (error.kind
    // Refused, with the reason), or a protocol violation (error.kind Protocol,
    // with the reason to disconnect with).
    struct Outcome
    {
        ConnackInfo info;
        Error error;
    };

    // Why the profile cannot connect (no host or port, an invalid will topic);
    // nothing when it can.
    static std::optional<QString> check(const ConnectionProfile &profile);
    // The CONNECT for the profile under `clientId`: credentials, will, and in
    // 5.0 the properties (only those that differ from the defaults).
    static ConnectPacket connectPacket(const ConnectionProfile &profile, const QString &clientId);
    static Outcome readConnack(const ConnectionProfile &profile, const ConnackPacket &packet);
    // Why connecting timed out: before the transport opened (which step of
    // the scheme), or after CONNECT went out with no CONNACK.
    static QString timeoutText(const ConnectionProfile &profile, bool transportOpened);
    // A refusal that a reconnect will not change (bad credentials, banned ...).
    static bool isPermanentRefusal(ProtocolVersion version, quint8 code);
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::ConnackInfo)
