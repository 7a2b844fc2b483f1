#include "client/reconnectpolicy.h"

#include "client/handshake.h"

#include <algorithm>
#include <cmath>

namespace Signalbox {

bool ReconnectPolicy::isPermanent(ProtocolVersion version, const Error &error)
{
    return error.kind == ErrorKind::InvalidArgument
           || (error.kind == ErrorKind::Refused && Handshake::isPermanentRefusal(version, error.reason));
}

std::optional<int> ReconnectPolicy::retryAfter(const ConnectionProfile &profile, const Error &error, double random)
{
    const ReconnectOptions &r = profile.reconnect;
    if (!r.enabled || isPermanent(profile.version, error) || (r.maximumAttempts > 0 && m_attempt >= r.maximumAttempts))
        return std::nullopt;
    ++m_attempt;
    double delay = r.initialDelayMs * std::pow(std::max(1.0, r.multiplier), m_attempt - 1);
    delay = std::min(delay, double(std::max(r.initialDelayMs, r.maximumDelayMs)));
    if (r.jitter > 0)
        delay *= 1.0 + r.jitter * (random * 2.0 - 1.0);
    return std::max(0, int(delay));
}

} // namespace Signalbox
