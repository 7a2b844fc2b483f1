#pragma once

#include "client/connectionprofile.h"
#include "mqtt/error.h"

#include <optional>

namespace Signalbox {

// When to connect again after a connection failed (the profile's
// ReconnectOptions): not after an error that another try would only repeat,
// not past the maximum of attempts, and after a delay that grows by the
// multiplier from the initial delay up to the maximum, randomised by the
// jitter. Counts the attempts since the last accepted connection. No Qt event
// loop needed.
class ReconnectPolicy
{
public:
    // A connection was accepted (or the user connects anew): attempts start from 0.
    void reset() { m_attempt = 0; }
    // Attempts made since the last accepted connection.
    int attempt() const { return m_attempt; }

    // `error` ended a connection or an attempt at one: the delay in ms before
    // the next attempt, which is counted; empty when there is to be none.
    // `random` (in [0, 1)) places the delay within the jitter.
    std::optional<int> retryAfter(const ConnectionProfile &profile, const Error &error, double random);
    // An error that another attempt would only repeat: an invalid argument,
    // or a refusal such as bad credentials.
    static bool isPermanent(ProtocolVersion version, const Error &error);

private:
    int m_attempt = 0;
};

} // namespace Signalbox
