#pragma once

#include "client/connectionprofile.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace Signalbox {

// One side of an enhanced authentication (MQTT 5.0 §4.12) for one network
// connection: the client's part of a challenge/response method such as
// SCRAM-SHA-256. MqttClient makes a fresh one for each connection it opens,
// from the profile's authenticationMethod (Authenticators::create()), sends
// initialData() in CONNECT, answers each AUTH (Continue authentication) with
// respond(), and checks the Authentication Data of the successful CONNACK with
// verifyFinal(). Each returns either data or one sentence saying why the
// authentication cannot go on; MqttClient then ends the connection with that
// sentence (ErrorKind::Refused, reason 0x87 Not authorized).
class Authenticator
{
public:
    // Data to send, or why not (error not empty).
    struct Step
    {
        QByteArray data;
        QString error;
        bool ok() const { return error.isEmpty(); }
    };

    virtual ~Authenticator() = default;

    // The Authentication Data of CONNECT (may be empty), or why this profile
    // cannot authenticate (no user name, no password ...).
    virtual Step initialData() = 0;
    // The answer to the broker's AUTH (0x18) carrying `challenge`.
    virtual Step respond(const QByteArray &challenge) = 0;
    // The Authentication Data of the broker's successful CONNACK (empty when
    // it carried none): nothing when the broker proved itself, else why not.
    virtual std::optional<QString> verifyFinal(const QByteArray &data) = 0;
    // The Authentication Data of a CONNACK that refused the connection: what
    // the broker said about it, as a sentence (empty when it said nothing useful).
    virtual QString describeRefusal(const QByteArray &data) const
    {
        Q_UNUSED(data);
        return {};
    }
    // True when the method carries the password itself: CONNECT then leaves
    // its Password field out (the User Name stays, for the broker's records).
    virtual bool replacesPassword() const { return false; }
};

// The authentication methods the client answers by itself, by name as sent
// in CONNECT's Authentication Method. SCRAM-SHA-1 and SCRAM-SHA-256 (RFC 5802,
// RFC 7677) are built in; an application registers others. Methods with no
// authenticator are sent as they are (the profile's authenticationData in
// CONNECT); a challenge for them goes to MqttClient::authenticationRequested(),
// and fails the connection at once when nothing is connected to that signal.
// Thread-safe.
namespace Authenticators {

using Factory = std::function<std::unique_ptr<Authenticator>(const ConnectionProfile &profile)>;

// Registers (or, with an empty factory, removes) the authenticator of a method.
// Names are compared exactly, as the broker compares them.
void registerMethod(const QString &method, const Factory &factory);
// A new authenticator for the profile's authenticationMethod; null when none is registered.
std::unique_ptr<Authenticator> create(const ConnectionProfile &profile);
bool isRegistered(const QString &method);
// The registered methods, sorted (the built-in ones among them).
QStringList methods();
// The methods built into Signalbox: "SCRAM-SHA-1", "SCRAM-SHA-256".
QStringList builtInMethods();

} // namespace Authenticators

} // namespace Signalbox
