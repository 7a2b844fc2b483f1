#pragma once

#include "mqtt/mqtt.h"

#include <QMetaType>
#include <QString>

namespace Signalbox {
// No Q_NAMESPACE/Q_ENUM_NS here: moc allows one Q_NAMESPACE per namespace, and mqtt.h has it.

enum class ErrorKind : quint8 {
    None,
    InvalidArgument, // a bad topic, filter, option or profile: nothing was sent
    HostNotFound,
    ConnectionRefused,
    Transport, // the connection broke or could not be made otherwise
    Tls, // handshake or certificate failure
    Timeout, // no CONNACK in time, or keep-alive expired
    Protocol, // the broker sent something malformed or not allowed
    Refused, // CONNACK with an error reason (bad credentials, not authorized ...), or the client's
             // enhanced authentication gave up on the broker (a wrong SCRAM server signature):
             // then reason 0x87 Not authorized
    ServerDisconnected, // DISCONNECT from the server (5.0) or the broker closed the connection
    Rejected, // a SUBACK/PUBACK/... carried an error reason
    Storage, // the session store could not be opened or written
};

// What went wrong, in one sentence a user understands. Core fills it in; the
// UI decides where it appears, the CLI prints `message` on stderr.
struct Error
{
    ErrorKind kind = ErrorKind::None;
    quint8 reason = 0; // the reason code the broker sent, or the one we sent in DISCONNECT
    QString message; // "TLS to broker.local:8883 failed: the certificate has expired."
    bool isError() const { return kind != ErrorKind::None; }
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::Error)
