#pragma once

#include "mqtt/mqtt.h"
#include "mqtt/properties.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>

#include <optional>

namespace Signalbox {
// No Q_NAMESPACE/Q_ENUM_NS here: moc allows one Q_NAMESPACE per namespace, and mqtt.h has it.

// Unix: a Unix domain socket (mosquitto's "listener 0 /path"), named by
// ConnectionProfile::socketPath; not available on Windows.
enum class TransportScheme : quint8 { Tcp, Tls, WebSocket, SecureWebSocket, Unix };

// "mqtt", "mqtts", "ws", "wss", "unix"
QString schemeName(TransportScheme scheme);
quint16 defaultPort(TransportScheme scheme); // 1883, 8883, 80, 443; 0 for unix
inline bool isSecure(TransportScheme s)
{
    return s == TransportScheme::Tls || s == TransportScheme::SecureWebSocket;
}
inline bool isWebSocket(TransportScheme s)
{
    return s == TransportScheme::WebSocket || s == TransportScheme::SecureWebSocket;
}

// The one TLS version a connection may use (mosquitto's --tls-version);
// Any lets the TLS library choose (TLS 1.2 or later).
enum class TlsVersion : quint8 { Any, Tls12, Tls13 };

// "any", "tlsv1.2", "tlsv1.3" (mosquitto's names)
QString tlsVersionName(TlsVersion version);
std::optional<TlsVersion> parseTlsVersion(QStringView name);
// The names in an OpenSSL cipher list ("A:B", "A,B" or "A B").
QStringList cipherNames(const QString &list);

struct TlsOptions
{
    bool useSystemCaCertificates = true; // also trust the system store when caFile or caDirectory is set
    QString caFile; // PEM: extra CA certificates
    QString caDirectory; // every PEM certificate in this directory is trusted too (mosquitto's --capath)
    QString certificateFile; // PEM client certificate
    QString keyFile; // PEM private key (RSA or EC)
    QString keyPassphrase; // secret: never written by toJson() unless asked
    QString serverName; // SNI and the name verified; empty: the host
    QStringList alpn; // e.g. {"mqtt"} or {"x-amzn-mqtt-ca"}
    bool allowInsecure = false; // accept any certificate: only by explicit choice
    TlsVersion version = TlsVersion::Any;
    // OpenSSL cipher names separated by ':' (or ',' or spaces), e.g.
    // "ECDHE-ECDSA-AES128-GCM-SHA256:TLS_AES_128_GCM_SHA256"; empty: the
    // library's defaults. Every name must be one the library knows.
    QString ciphers;
    // TLS-PSK (RFC 4279) instead of certificates when pskIdentity is set: both
    // sides prove they hold the key, and no certificate is checked.
    QString pskIdentity;
    QByteArray psk; // secret: the key's bytes (given as hex); never written by toJson() unless asked
    friend bool operator==(const TlsOptions &, const TlsOptions &) = default;
};

struct WillOptions
{
    bool enabled = false;
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // 5.0 will properties: Will Delay Interval, Message Expiry Interval, Content Type ...
    friend bool operator==(const WillOptions &, const WillOptions &) = default;
};

struct ReconnectOptions
{
    bool enabled = false;
    int initialDelayMs = 1000;
    int maximumDelayMs = 30000;
    double multiplier = 2.0;
    double jitter = 0.2; // each delay is randomised by +-jitter (a fraction)
    int maximumAttempts = 0; // 0: keep trying
    friend bool operator==(const ReconnectOptions &, const ReconnectOptions &) = default;
};

// Everything needed to open one connection. A value: copy it, compare it,
// save it as JSON. Secrets (password, key passphrase, PSK) are held here in memory
// but left out of toJson() unless includeSecrets is set.
struct ConnectionProfile
{
    QString id; // stable identifier (a UUID), for the GUI's profile store
    QString name; // shown to the user
    QString group; // folder in the GUI's sidebar

    TransportScheme scheme = TransportScheme::Tcp;
    QString host = QStringLiteral("localhost");
    quint16 port = 1883;
    QString webSocketPath = QStringLiteral("/mqtt");
    QString socketPath; // TransportScheme::Unix: the socket's file; host and port are then unused

    ProtocolVersion version = ProtocolVersion::V311;
    QString clientId; // empty: the client makes one up ("signalbox-" + random)
    bool cleanStart = true;
    quint16 keepAlive = 60; // seconds, 0 disables
    std::optional<quint32> sessionExpiryInterval; // 5.0; unset: not sent (0)
    std::optional<QString> username;
    std::optional<QString> password;

    TlsOptions tls;
    WillOptions will;
    ReconnectOptions reconnect;

    // 5.0 CONNECT properties
    quint16 receiveMaximum = 0; // 0: not sent (the broker assumes 65535)
    quint16 topicAliasMaximum = 0; // aliases we accept from the broker
    quint32 maximumPacketSize = 0; // largest packet accepted (sent in 5.0, enforced locally in 3.x); 0: no limit
    bool requestResponseInformation = false;
    bool requestProblemInformation = true;
    QList<UserProperty> userProperties;
    QString authenticationMethod; // enhanced authentication (AUTH packets)
    QByteArray authenticationData;

    int connectTimeoutMs = 10000;

    // The received messages are kept on disk (the session file) and shown
    // again after a restart, up to historyLimitMb; needs a client id.
    bool keepHistory = false;
    int historyLimitMb = 100;

    // "mqtt://user:pass@host:1883", "mqtts://host", "ws://host:8080/mqtt",
    // "wss://host/path", "unix:///run/mosquitto.sock" (the path is the
    // socket's), also "tcp://", "ssl://", "tls://". A missing port
    // takes the scheme's default. Sets scheme, host, port, path and user/password.
    // A URL without user info keeps the profile's credentials; a ws:// URL
    // without a path keeps webSocketPath (a query stays part of it); the path of
    // mqtt:// and mqtts:// URLs (mosquitto's -L topic) is ignored.
    static std::optional<ConnectionProfile> fromUrl(const QString &url, QString *error = nullptr);
    // Applies a URL to an existing profile (keeps the other options).
    bool applyUrl(const QString &url, QString *error = nullptr);
    // The URL without the password.
    QString url() const;

    QJsonObject toJson(bool includeSecrets = false) const;
    // Missing keys keep their defaults; wrong types or values fail with *error set.
    static std::optional<ConnectionProfile> fromJson(const QJsonObject &json, QString *error = nullptr);

    // Sentences describing every problem (port 0, bad will topic, client id
    // too long for 3.1, missing files ...); empty when the profile can connect.
    QStringList validate() const;

    friend bool operator==(const ConnectionProfile &, const ConnectionProfile &) = default;
};

} // namespace Signalbox
