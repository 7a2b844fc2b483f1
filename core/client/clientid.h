#pragma once

#include <QString>

namespace Signalbox {

enum class ClientIdStyle { RandomWithPrefix, Uuid, MacAddress };

// MQTT 3.1 §3.1: a client identifier has 1 to 23 characters.
inline constexpr int MaxV31ClientIdCharacters = 23;

// A fresh client identifier:
// - RandomWithPrefix: prefix + lower-case letters and digits, 23 characters in
//   all when the prefix leaves room for at least 6 random ones (prefixes up to
//   17 characters), otherwise prefix + 6 random characters.
// - Uuid: a random UUID without braces (36 characters; the prefix is not used).
// - MacAddress: prefix + the 12 hex digits of the first up, non-loopback
//   interface with a hardware address; falls back to RandomWithPrefix when
//   there is none (containers, sandboxes).
QString generateClientId(ClientIdStyle style, const QString &prefix = QStringLiteral("signalbox-"));

} // namespace Signalbox
