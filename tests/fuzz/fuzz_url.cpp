// libFuzzer target for ConnectionProfile::fromUrl, applyUrl and url().
//
// Input: UTF-8 text, the URL.
//
// Checked, aborting on a mismatch:
// - fromUrl fails with an error sentence, or succeeds with a host that is not
//   empty and a port from 1 to 65535;
// - applyUrl on a default profile agrees with fromUrl;
// - fromUrl(p.url()) gives the same scheme, host, port, user name and (for
//   WebSockets) path, and p.url() is then a fixed point.
#include "client/connectionprofile.h"

#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what, const QString &url)
{
    std::fprintf(stderr, "fuzz_url: %s (%s)\n", what, qPrintable(url));
    std::abort();
}

void checkSane(const ConnectionProfile &profile, const QString &url)
{
    if (profile.host.isEmpty())
        mismatch("a URL read with an empty host", url);
    if (profile.port == 0)
        mismatch("a URL read with port 0", url);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error = QStringLiteral("stale");
    const std::optional<ConnectionProfile> profile = ConnectionProfile::fromUrl(text, &error);
    ConnectionProfile applied;
    QString appliedError;
    const bool appliedOk = applied.applyUrl(text, &appliedError);
    if (appliedOk != profile.has_value())
        mismatch("applyUrl and fromUrl disagree", text);
    if (!profile) {
        if (error.trimmed().isEmpty() || error == QStringLiteral("stale"))
            mismatch("fromUrl failed without an error sentence", text);
        return 0;
    }
    if (applied != *profile)
        mismatch("applyUrl and fromUrl read different profiles", text);
    checkSane(*profile, text);

    const QString url = profile->url();
    const std::optional<ConnectionProfile> again = ConnectionProfile::fromUrl(url, &error);
    if (!again) {
        std::fprintf(stderr, "fuzz_url: %s\n", qPrintable(error));
        mismatch("url() of a profile read from a URL does not read back", url);
    }
    checkSane(*again, url);
    if (again->scheme != profile->scheme || again->host != profile->host || again->port != profile->port)
        mismatch("url() does not keep scheme, host and port", url);
    if (again->username != profile->username)
        mismatch("url() does not keep the user name", url);
    if (isWebSocket(profile->scheme) && again->webSocketPath != profile->webSocketPath)
        mismatch("url() does not keep the WebSocket path", url);
    if (again->url() != url)
        mismatch("url() is not a fixed point", url);
    return 0;
}
