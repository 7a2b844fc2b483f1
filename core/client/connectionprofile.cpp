#include "client/connectionprofile.h"

#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonValue>
#include <QRegularExpression>
#include <QSslCipher>
#include <QStringDecoder>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Signalbox {

namespace {

// A DNS name (IDN allowed: checked in its ASCII form), an IPv4 address or an
// IPv6 address with or without brackets. Underscores pass: some private
// networks use them in host names.
bool isValidHost(const QString &host)
{
    QString bare = host;
    if (bare.startsWith(QLatin1Char('[')) && bare.endsWith(QLatin1Char(']')))
        bare = bare.mid(1, bare.size() - 2);
    if (bare.contains(QLatin1Char(':')))
        return !QHostAddress(bare).isNull();
    const QByteArray ace = QUrl::toAce(bare);
    if (ace.isEmpty() || ace.size() > 253)
        return false;
    const QList<QByteArray> labels = ace.split('.');
    for (qsizetype i = 0; i < labels.size(); ++i) {
        const QByteArray &label = labels.at(i);
        if (label.isEmpty())
            return i == labels.size() - 1 && i > 0; // one trailing dot: a fully qualified name
        if (label.size() > 63 || label.startsWith('-') || label.endsWith('-'))
            return false;
        for (const char c : label) {
            const bool letterOrDigit = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
            if (!letterOrDigit && c != '-' && c != '_')
                return false;
        }
    }
    return true;
}

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ConnectionProfile)
};

constexpr int FileFormatVersion = 1;

// MQTT 3.1 §3.1: client identifiers of 1 to 23 characters.
constexpr qsizetype MaxV31ClientIdLength = 23;

std::optional<TransportScheme> parseScheme(QStringView scheme)
{
    const auto is = [scheme](const char *name) { return scheme.compare(QLatin1String(name), Qt::CaseInsensitive) == 0; };
    if (is("mqtt") || is("tcp"))
        return TransportScheme::Tcp;
    if (is("mqtts") || is("ssl") || is("tls"))
        return TransportScheme::Tls;
    if (is("ws"))
        return TransportScheme::WebSocket;
    if (is("wss"))
        return TransportScheme::SecureWebSocket;
    if (is("unix"))
        return TransportScheme::Unix;
    return std::nullopt;
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The port of a URL's authority ("user@[::1]:1883"), checked before QUrl sees
// it so that the user gets a sentence about the port rather than QUrl's text.
bool checkPort(QStringView url, QString *error)
{
    QStringView authority = url.sliced(url.indexOf(u"://") + 3);
    for (const char16_t end : {u'/', u'?', u'#'}) {
        const qsizetype at = authority.indexOf(end);
        if (at >= 0)
            authority = authority.first(at);
    }
    const qsizetype at = authority.lastIndexOf(u'@');
    if (at >= 0)
        authority = authority.sliced(at + 1);
    qsizetype colon = -1;
    if (authority.startsWith(u'[')) {
        const qsizetype close = authority.indexOf(u']');
        if (close < 0)
            return fail(error, Text::tr("The IPv6 address in '%1' lacks its closing ']'.").arg(url));
        if (close + 1 < authority.size()) {
            if (authority[close + 1] != u':')
                return fail(error, Text::tr("Unexpected text after the IPv6 address in '%1'.").arg(url));
            colon = close + 1;
        }
    } else {
        colon = authority.lastIndexOf(u':');
    }
    if (colon < 0)
        return true;
    const QStringView portText = authority.sliced(colon + 1);
    if (portText.isEmpty())
        return true;
    bool ok = false;
    const uint port = portText.toUInt(&ok);
    if (!ok || port == 0 || port > 65535)
        return fail(error, Text::tr("The port '%1' in '%2' is not a number from 1 to 65535.").arg(portText, url));
    return true;
}

// An even number of hex digits: what QByteArray::fromHex() decodes without skipping anything.
bool isHex(const QString &text)
{
    if (text.size() % 2 != 0)
        return false;
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
    });
}

bool isValidUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(bytes);
    return !decoder.hasError();
}

QJsonArray userPropertiesToJson(const QList<UserProperty> &properties)
{
    QJsonArray array;
    for (const UserProperty &p : properties)
        array.append(QJsonArray{p.first, p.second});
    return array;
}

// Reads typed values from one JSON object; the first problem is kept, naming
// the key with its path ("tls.caFile").
class Reader
{
public:
    Reader(const QJsonObject &object, QString prefix, QString *error)
        : m_object(object), m_prefix(std::move(prefix)), m_error(error)
    { }

    bool ok() const { return m_ok; }
    QString path(const QString &key) const { return m_prefix.isEmpty() ? key : m_prefix + QLatin1Char('.') + key; }

    bool has(const char *key) const { return m_object.contains(QLatin1String(key)); }
    QJsonValue value(const char *key) const { return m_object.value(QLatin1String(key)); }

    // `sentence` names the key as %1.
    void fail(const char *key, const QString &sentence) { failWith(sentence.arg(path(QLatin1String(key)))); }

    void failWith(const QString &message)
    {
        if (m_ok && m_error)
            *m_error = message;
        m_ok = false;
    }

    void string(const char *key, QString &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        if (!v.isString()) {
            fail(key, Text::tr("The key '%1' must be a string."));
            return;
        }
        out = v.toString();
    }

    void optionalString(const char *key, std::optional<QString> &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        if (v.isNull()) {
            out.reset();
            return;
        }
        if (!v.isString()) {
            fail(key, Text::tr("The key '%1' must be a string."));
            return;
        }
        out = v.toString();
    }

    void boolean(const char *key, bool &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        if (!v.isBool()) {
            fail(key, Text::tr("The key '%1' must be true or false."));
            return;
        }
        out = v.toBool();
    }

    template<typename Int>
    void integer(const char *key, Int &out, qint64 minimum = std::numeric_limits<Int>::min(),
                 qint64 maximum = static_cast<qint64>(std::numeric_limits<Int>::max()))
    {
        if (!has(key))
            return;
        if (const std::optional<qint64> v = readInteger(key, minimum, maximum))
            out = static_cast<Int>(*v);
    }

    template<typename Int>
    void optionalInteger(const char *key, std::optional<Int> &out)
    {
        if (!has(key))
            return;
        if (value(key).isNull()) {
            out.reset();
            return;
        }
        if (const std::optional<qint64> v = readInteger(key, std::numeric_limits<Int>::min(),
                                                        static_cast<qint64>(std::numeric_limits<Int>::max())))
            out = static_cast<Int>(*v);
    }

    void number(const char *key, double &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        if (!v.isDouble()) {
            fail(key, Text::tr("The key '%1' must be a number."));
            return;
        }
        out = v.toDouble();
    }

    void binary(const char *key, QByteArray &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        const auto decoded = QByteArray::fromBase64Encoding(v.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!v.isString() || !decoded) {
            fail(key, Text::tr("The key '%1' must be a base64 string."));
            return;
        }
        out = *decoded;
    }

    void stringList(const char *key, QStringList &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        QStringList list;
        const QJsonArray array = v.toArray();
        for (const QJsonValue item : array) {
            if (!item.isString())
                break;
            list.append(item.toString());
        }
        if (!v.isArray() || list.size() != array.size()) {
            fail(key, Text::tr("The key '%1' must be an array of strings."));
            return;
        }
        out = list;
    }

    void userProperties(const char *key, QList<UserProperty> &out)
    {
        if (!has(key))
            return;
        const QJsonValue v = value(key);
        QList<UserProperty> list;
        const QJsonArray array = v.toArray();
        for (const QJsonValue item : array) {
            const QJsonArray pair = item.toArray();
            if (!item.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString())
                break;
            list.append({pair.at(0).toString(), pair.at(1).toString()});
        }
        if (!v.isArray() || list.size() != array.size()) {
            fail(key, Text::tr("The key '%1' must be an array of [name, value] pairs of strings."));
            return;
        }
        out = list;
    }

    std::optional<Reader> object(const char *key)
    {
        if (!m_ok || !has(key))
            return std::nullopt;
        const QJsonValue v = value(key);
        if (!v.isObject()) {
            fail(key, Text::tr("The key '%1' must be an object."));
            return std::nullopt;
        }
        return Reader(v.toObject(), path(QLatin1String(key)), m_error);
    }

    // Takes on a nested reader's outcome.
    void merge(const Reader &inner) { m_ok = m_ok && inner.ok(); }

private:
    std::optional<qint64> readInteger(const char *key, qint64 minimum, qint64 maximum)
    {
        const QJsonValue v = value(key);
        const double d = v.toDouble();
        if (!v.isDouble() || std::floor(d) != d || d < static_cast<double>(minimum) || d > static_cast<double>(maximum)) {
            failWith(Text::tr("The key '%1' must be a whole number from %2 to %3.")
                         .arg(path(QLatin1String(key)))
                         .arg(minimum)
                         .arg(maximum));
            return std::nullopt;
        }
        return static_cast<qint64>(d);
    }

    QJsonObject m_object;
    QString m_prefix;
    QString *m_error;
    bool m_ok = true;
};

} // namespace

QString schemeName(TransportScheme scheme)
{
    switch (scheme) {
    case TransportScheme::Tcp:
        return QStringLiteral("mqtt");
    case TransportScheme::Tls:
        return QStringLiteral("mqtts");
    case TransportScheme::WebSocket:
        return QStringLiteral("ws");
    case TransportScheme::SecureWebSocket:
        return QStringLiteral("wss");
    case TransportScheme::Unix:
        return QStringLiteral("unix");
    }
    return QString();
}

QString tlsVersionName(TlsVersion version)
{
    switch (version) {
    case TlsVersion::Any:
        return QStringLiteral("any");
    case TlsVersion::Tls12:
        return QStringLiteral("tlsv1.2");
    case TlsVersion::Tls13:
        return QStringLiteral("tlsv1.3");
    }
    return QString();
}

std::optional<TlsVersion> parseTlsVersion(QStringView name)
{
    for (TlsVersion version : {TlsVersion::Any, TlsVersion::Tls12, TlsVersion::Tls13}) {
        if (name.compare(tlsVersionName(version), Qt::CaseInsensitive) == 0)
            return version;
    }
    return std::nullopt;
}

QStringList cipherNames(const QString &list)
{
    static const QRegularExpression separators(QStringLiteral("[:,\\s]+"));
    return list.split(separators, Qt::SkipEmptyParts);
}

quint16 defaultPort(TransportScheme scheme)
{
    switch (scheme) {
    case TransportScheme::Tcp:
        return 1883;
    case TransportScheme::Tls:
        return 8883;
    case TransportScheme::WebSocket:
        return 80;
    case TransportScheme::SecureWebSocket:
        return 443;
    case TransportScheme::Unix:
        return 0;
    }
    return 0;
}

std::optional<ConnectionProfile> ConnectionProfile::fromUrl(const QString &url, QString *error)
{
    ConnectionProfile profile;
    if (!profile.applyUrl(url, error))
        return std::nullopt;
    return profile;
}

bool ConnectionProfile::applyUrl(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const qsizetype separator = trimmed.indexOf(QLatin1String("://"));
    if (separator <= 0)
        return fail(
            error, Text::tr("'%1' is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://.").arg(trimmed));
    const QStringView schemeText = QStringView(trimmed).first(separator);
    const std::optional<TransportScheme> parsedScheme = parseScheme(schemeText);
    if (!parsedScheme) {
        return fail(error,
                    Text::tr("Unsupported URL scheme '%1'; use mqtt://, mqtts://, ws:// or wss://.").arg(schemeText));
    }
    if (*parsedScheme == TransportScheme::Unix) {
        // "unix:///run/mosquitto/mqtt.sock": everything after "unix://" is the path.
        const QString path = trimmed.mid(separator + 3);
        if (path.isEmpty())
            return fail(error,
                        Text::tr("The URL '%1' names no socket; write it as unix:///path/to/socket.").arg(trimmed));
        scheme = TransportScheme::Unix;
        socketPath = path;
        return true;
    }
    if (!checkPort(trimmed, error))
        return false;

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        return fail(error, Text::tr("'%1' is not a valid URL.").arg(trimmed));
    if (url.host().isEmpty())
        return fail(error, Text::tr("The URL '%1' names no host.").arg(trimmed));

    // User name and password are UTF-8 strings in CONNECT (MQTT 5.0 §1.5.4):
    // percent-encoded bytes that are not UTF-8 are refused, not guessed at.
    const auto decodeUtf8 = [](const QString &encoded) -> std::optional<QString> {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = utf8.decode(QByteArray::fromPercentEncoding(encoded.toUtf8()));
        if (utf8.hasError())
            return std::nullopt;
        return decoded;
    };
    const std::optional<QString> user = decodeUtf8(url.userName(QUrl::FullyEncoded));
    const std::optional<QString> secret = decodeUtf8(url.password(QUrl::FullyEncoded));
    if (!user || !secret)
        return fail(error, Text::tr("The user name or password in the URL is not valid UTF-8."));

    scheme = *parsedScheme;
    host = url.host(QUrl::FullyDecoded);
    port = static_cast<quint16>(url.port(defaultPort(scheme)));
    if (isWebSocket(scheme)) {
        const QString path = url.path(QUrl::FullyEncoded);
        if (!path.isEmpty() || url.hasQuery())
            webSocketPath = (path.isEmpty() ? QStringLiteral("/") : path)
                            + (url.hasQuery() ? QLatin1Char('?') + url.query(QUrl::FullyEncoded) : QString());
    }
    // mqtt:// and mqtts:// paths are mosquitto's -L topic; they are the caller's to read.
    if (!url.userInfo().isEmpty()) {
        // "mqtt://:secret@host" has a password and no user name (5.0 allows that).
        username = user->isEmpty() ? std::nullopt : user;
        if (url.userInfo(QUrl::FullyEncoded).contains(QLatin1Char(':')))
            password = *secret;
        else
            password.reset();
    }
    return true;
}

QString ConnectionProfile::url() const
{
    if (scheme == TransportScheme::Unix)
        return schemeName(scheme) + QLatin1String("://") + socketPath;
    QUrl url;
    url.setScheme(schemeName(scheme));
    url.setHost(host);
    url.setPort(port);
    if (username)
        url.setUserName(*username, QUrl::DecodedMode);
    if (isWebSocket(scheme)) {
        const qsizetype query = webSocketPath.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? webSocketPath : webSocketPath.first(query), QUrl::TolerantMode);
        if (query >= 0)
            url.setQuery(webSocketPath.sliced(query + 1), QUrl::TolerantMode);
    }
    return url.toString(QUrl::FullyEncoded);
}

QJsonObject ConnectionProfile::toJson(bool includeSecrets) const
{
    QJsonObject json;
    json.insert(QLatin1String("version"), FileFormatVersion);
    json.insert(QLatin1String("id"), id);
    json.insert(QLatin1String("name"), name);
    json.insert(QLatin1String("group"), group);
    json.insert(QLatin1String("scheme"), schemeName(scheme));
    json.insert(QLatin1String("host"), host);
    json.insert(QLatin1String("port"), port);
    json.insert(QLatin1String("webSocketPath"), webSocketPath);
    if (!socketPath.isEmpty())
        json.insert(QLatin1String("socketPath"), socketPath);
    json.insert(QLatin1String("protocolVersion"), protocolVersionName(version));
    json.insert(QLatin1String("clientId"), clientId);
    json.insert(QLatin1String("cleanStart"), cleanStart);
    json.insert(QLatin1String("keepAlive"), keepAlive);
    if (keepHistory) {
        json.insert(QLatin1String("keepHistory"), true);
        json.insert(QLatin1String("historyLimitMb"), historyLimitMb);
    }
    if (sessionExpiryInterval)
        json.insert(QLatin1String("sessionExpiryInterval"), static_cast<qint64>(*sessionExpiryInterval));
    if (username)
        json.insert(QLatin1String("username"), *username);
    if (password && includeSecrets)
        json.insert(QLatin1String("password"), *password);

    QJsonObject tlsJson;
    tlsJson.insert(QLatin1String("useSystemCaCertificates"), tls.useSystemCaCertificates);
    tlsJson.insert(QLatin1String("caFile"), tls.caFile);
    tlsJson.insert(QLatin1String("caDirectory"), tls.caDirectory);
    tlsJson.insert(QLatin1String("certificateFile"), tls.certificateFile);
    tlsJson.insert(QLatin1String("keyFile"), tls.keyFile);
    if (includeSecrets)
        tlsJson.insert(QLatin1String("keyPassphrase"), tls.keyPassphrase);
    tlsJson.insert(QLatin1String("serverName"), tls.serverName);
    tlsJson.insert(QLatin1String("alpn"), QJsonArray::fromStringList(tls.alpn));
    tlsJson.insert(QLatin1String("allowInsecure"), tls.allowInsecure);
    tlsJson.insert(QLatin1String("version"), tlsVersionName(tls.version));
    tlsJson.insert(QLatin1String("ciphers"), tls.ciphers);
    tlsJson.insert(QLatin1String("pskIdentity"), tls.pskIdentity);
    if (includeSecrets)
        tlsJson.insert(QLatin1String("psk"), QString::fromLatin1(tls.psk.toHex()));
    json.insert(QLatin1String("tls"), tlsJson);

    QJsonObject willJson;
    willJson.insert(QLatin1String("enabled"), will.enabled);
    willJson.insert(QLatin1String("topic"), will.topic);
    if (isValidUtf8(will.payload))
        willJson.insert(QLatin1String("payload"), QString::fromUtf8(will.payload));
    else
        willJson.insert(QLatin1String("payloadBase64"), QString::fromLatin1(will.payload.toBase64()));
    willJson.insert(QLatin1String("qos"), will.qos);
    willJson.insert(QLatin1String("retain"), will.retain);
    willJson.insert(QLatin1String("properties"), will.properties.toJson());
    json.insert(QLatin1String("will"), willJson);

    QJsonObject reconnectJson;
    reconnectJson.insert(QLatin1String("enabled"), reconnect.enabled);
    reconnectJson.insert(QLatin1String("initialDelayMs"), reconnect.initialDelayMs);
    reconnectJson.insert(QLatin1String("maximumDelayMs"), reconnect.maximumDelayMs);
    reconnectJson.insert(QLatin1String("multiplier"), reconnect.multiplier);
    reconnectJson.insert(QLatin1String("jitter"), reconnect.jitter);
    reconnectJson.insert(QLatin1String("maximumAttempts"), reconnect.maximumAttempts);
    json.insert(QLatin1String("reconnect"), reconnectJson);

    json.insert(QLatin1String("receiveMaximum"), receiveMaximum);
    json.insert(QLatin1String("topicAliasMaximum"), topicAliasMaximum);
    json.insert(QLatin1String("maximumPacketSize"), static_cast<qint64>(maximumPacketSize));
    json.insert(QLatin1String("requestResponseInformation"), requestResponseInformation);
    json.insert(QLatin1String("requestProblemInformation"), requestProblemInformation);
    json.insert(QLatin1String("userProperties"), userPropertiesToJson(userProperties));
    json.insert(QLatin1String("authenticationMethod"), authenticationMethod);
    // Authentication data is often a token, so it is kept with the secrets.
    if (includeSecrets)
        json.insert(QLatin1String("authenticationData"), QString::fromLatin1(authenticationData.toBase64()));
    json.insert(QLatin1String("connectTimeoutMs"), connectTimeoutMs);
    return json;
}

std::optional<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject &json, QString *error)
{
    ConnectionProfile p;
    Reader r(json, QString(), error);

    int fileVersion = FileFormatVersion;
    r.integer("version", fileVersion, 1, std::numeric_limits<int>::max());
    if (r.ok() && fileVersion > FileFormatVersion) {
        fail(error,
             Text::tr("This profile was written by a newer Signalbox (file format %1); this one reads format %2.")
                 .arg(fileVersion)
                 .arg(FileFormatVersion));
        return std::nullopt;
    }

    r.string("id", p.id);
    r.string("name", p.name);
    r.string("group", p.group);
    if (r.has("scheme")) {
        const QJsonValue v = r.value("scheme");
        const std::optional<TransportScheme> s = parseScheme(v.toString());
        if (!v.isString() || !s)
            r.fail("scheme", Text::tr("The key '%1' must be one of \"mqtt\", \"mqtts\", \"ws\", \"wss\" or \"unix\"."));
        else
            p.scheme = *s;
    }
    r.string("host", p.host);
    r.integer("port", p.port);
    r.string("webSocketPath", p.webSocketPath);
    r.string("socketPath", p.socketPath);
    if (r.has("protocolVersion")) {
        const QJsonValue v = r.value("protocolVersion");
        if (!v.isString() || !parseProtocolVersion(v.toString(), &p.version))
            r.fail("protocolVersion", Text::tr("The key '%1' must be one of \"3.1\", \"3.1.1\" or \"5.0\"."));
    }
    r.string("clientId", p.clientId);
    r.boolean("cleanStart", p.cleanStart);
    r.integer("keepAlive", p.keepAlive);
    r.boolean("keepHistory", p.keepHistory);
    r.integer("historyLimitMb", p.historyLimitMb, 1, 1024 * 1024);
    r.optionalInteger("sessionExpiryInterval", p.sessionExpiryInterval);
    r.optionalString("username", p.username);
    r.optionalString("password", p.password);

    if (std::optional<Reader> t = r.object("tls")) {
        t->boolean("useSystemCaCertificates", p.tls.useSystemCaCertificates);
        t->string("caFile", p.tls.caFile);
        t->string("caDirectory", p.tls.caDirectory);
        t->string("certificateFile", p.tls.certificateFile);
        t->string("keyFile", p.tls.keyFile);
        t->string("keyPassphrase", p.tls.keyPassphrase);
        t->string("serverName", p.tls.serverName);
        t->stringList("alpn", p.tls.alpn);
        t->boolean("allowInsecure", p.tls.allowInsecure);
        if (t->has("version")) {
            const QJsonValue v = t->value("version");
            const std::optional<TlsVersion> version = parseTlsVersion(v.toString());
            if (!v.isString() || !version)
                t->fail("version", Text::tr("The key '%1' must be one of \"any\", \"tlsv1.2\" or \"tlsv1.3\"."));
            else
                p.tls.version = *version;
        }
        t->string("ciphers", p.tls.ciphers);
        t->string("pskIdentity", p.tls.pskIdentity);
        if (t->has("psk")) {
            QString hex;
            t->string("psk", hex);
            p.tls.psk = QByteArray::fromHex(hex.toLatin1());
            if (t->ok() && !isHex(hex))
                t->fail("psk", Text::tr("The key '%1' must be the pre-shared key in hex digits."));
        }
        r.merge(*t);
    }

    if (std::optional<Reader> w = r.object("will")) {
        w->boolean("enabled", p.will.enabled);
        w->string("topic", p.will.topic);
        if (w->has("payload") && w->has("payloadBase64")) {
            w->fail("payload", Text::tr("The key '%1' may not be given together with 'payloadBase64'."));
        } else if (w->has("payload")) {
            QString payload;
            w->string("payload", payload);
            p.will.payload = payload.toUtf8();
        } else {
            w->binary("payloadBase64", p.will.payload);
        }
        // MQTT 5.0 §3.1.2.6: Will QoS is 0, 1 or 2.
        w->integer("qos", p.will.qos, 0, 2);
        w->boolean("retain", p.will.retain);
        if (w->has("properties")) {
            const QJsonValue v = w->value("properties");
            QString propertiesError;
            const std::optional<Properties> properties = v.isObject()
                                                             ? Properties::fromJson(v.toObject(), &propertiesError)
                                                             : std::nullopt;
            if (!v.isObject())
                w->fail("properties", Text::tr("The key '%1' must be an object."));
            else if (!properties)
                w->failWith(
                    Text::tr("The key '%1' is not valid: %2").arg(w->path(QStringLiteral("properties")), propertiesError));
            else
                p.will.properties = *properties;
        }
        r.merge(*w);
    }

    if (std::optional<Reader> c = r.object("reconnect")) {
        c->boolean("enabled", p.reconnect.enabled);
        c->integer("initialDelayMs", p.reconnect.initialDelayMs);
        c->integer("maximumDelayMs", p.reconnect.maximumDelayMs);
        c->number("multiplier", p.reconnect.multiplier);
        c->number("jitter", p.reconnect.jitter);
        c->integer("maximumAttempts", p.reconnect.maximumAttempts);
        r.merge(*c);
    }

    r.integer("receiveMaximum", p.receiveMaximum);
    r.integer("topicAliasMaximum", p.topicAliasMaximum);
    r.integer("maximumPacketSize", p.maximumPacketSize);
    r.boolean("requestResponseInformation", p.requestResponseInformation);
    r.boolean("requestProblemInformation", p.requestProblemInformation);
    r.userProperties("userProperties", p.userProperties);
    r.string("authenticationMethod", p.authenticationMethod);
    r.binary("authenticationData", p.authenticationData);
    r.integer("connectTimeoutMs", p.connectTimeoutMs);

    if (!r.ok())
        return std::nullopt;
    return p;
}

QStringList ConnectionProfile::validate() const
{
    QStringList problems;
    const bool v5 = version == ProtocolVersion::V5;
    const QString versionName = protocolVersionName(version);

    if (scheme == TransportScheme::Unix) {
#ifdef Q_OS_WIN
        problems.append(Text::tr("Unix domain sockets (unix://) are not available on Windows."));
#endif
        if (socketPath.isEmpty())
            problems.append(Text::tr("A Unix socket connection needs the path of the socket."));
    } else if (host.trimmed().isEmpty())
        problems.append(Text::tr("The host name is empty."));
    else if (host.contains(QLatin1String("://")))
        problems.append(Text::tr("The host is a URL: write only the host name, or paste the URL into the Host field "
                                 "of the editor, which fills in the scheme, host, port and path."));
    else if (!isValidHost(host.trimmed()))
        problems.append(Text::tr("'%1' is not a host name or an IP address.").arg(host.trimmed()));
    if (port == 0 && scheme != TransportScheme::Unix)
        problems.append(Text::tr("Port 0 cannot be connected to; %1:// usually uses port %2.")
                            .arg(schemeName(scheme))
                            .arg(defaultPort(scheme)));
    if (isWebSocket(scheme) && !webSocketPath.startsWith(QLatin1Char('/')))
        problems.append(Text::tr("The WebSocket path must start with '/', as in '/mqtt'."));

    if (version == ProtocolVersion::V31 && clientId.size() > MaxV31ClientIdLength) {
        // MQTT 3.1 §3.1: the client identifier is 1 to 23 characters long.
        problems.append(
            Text::tr("MQTT 3.1 allows client identifiers of at most 23 characters; this one has %1.").arg(clientId.size()));
    }
    if (clientId.toUtf8().size() > 65535)
        problems.append(Text::tr("The client identifier is longer than the 65535 bytes MQTT allows."));
    if (!v5 && clientId.isEmpty() && !cleanStart) {
        // MQTT 3.1.1 §3.1.3.1: a zero-byte client identifier requires CleanSession 1.
        problems.append(
            Text::tr("A persistent session (clean session off) needs a client identifier under MQTT %1.").arg(versionName));
    }
    if (keepHistory && clientId.isEmpty())
        problems.append(
            Text::tr("Keeping the message history needs a client identifier: the history is kept per client."));
    if (!v5 && password && !username) {
        // MQTT 3.1.1 §3.1.2.9: no password without a user name (5.0 allows it).
        problems.append(Text::tr("MQTT %1 does not allow a password without a user name.").arg(versionName));
    }
    if (connectTimeoutMs <= 0)
        problems.append(Text::tr("The connect timeout must be positive."));

    if (will.enabled) {
        const std::optional<QString> topicProblem = TopicName::validate(will.topic);
        if (topicProblem)
            problems.append(Text::tr("The will topic is not valid. %1").arg(*topicProblem));
        // MQTT 5.0 §3.1.2.6: Will QoS is 0, 1 or 2.
        if (will.qos > 2)
            problems.append(Text::tr("The will QoS must be 0, 1 or 2, not %1.").arg(will.qos));
        if (!v5 && !will.properties.isEmpty()) {
            problems.append(Text::tr("Will properties need MQTT 5.0; this profile uses MQTT %1.").arg(versionName));
        } else {
            for (const Property &property : will.properties.items()) {
                // MQTT 5.0 §3.1.3.2: the will properties.
                if (!propertyAllowed(property.id, PacketType::Connect, true))
                    problems.append(
                        Text::tr("The property '%1' cannot be part of a will message.").arg(propertyName(property.id)));
            }
        }
    }

    const bool hasCertificate = !tls.certificateFile.isEmpty();
    const bool hasKey = !tls.keyFile.isEmpty();
    const auto checkFile = [&problems](const QString &file, const QString &sentence) {
        if (!file.isEmpty() && !QFileInfo(file).isFile())
            problems.append(sentence.arg(file));
    };
    checkFile(tls.caFile, Text::tr("The CA certificate file '%1' does not exist."));
    checkFile(tls.certificateFile, Text::tr("The client certificate file '%1' does not exist."));
    checkFile(tls.keyFile, Text::tr("The private key file '%1' does not exist."));
    if (!tls.caDirectory.isEmpty() && !QFileInfo(tls.caDirectory).isDir())
        problems.append(Text::tr("The CA directory '%1' does not exist.").arg(tls.caDirectory));
    for (const QString &cipher : cipherNames(tls.ciphers)) {
        if (QSslCipher(cipher).isNull())
            problems.append(Text::tr("The cipher '%1' is unknown to the TLS library.").arg(cipher));
    }
    if (!tls.pskIdentity.isEmpty() && tls.psk.isEmpty())
        problems.append(Text::tr("A PSK identity needs its pre-shared key."));
    if (tls.pskIdentity.isEmpty() && !tls.psk.isEmpty())
        problems.append(Text::tr("A pre-shared key needs its PSK identity."));
    if (hasCertificate && !hasKey)
        problems.append(Text::tr("A client certificate needs its private key; choose the key file too."));
    if (hasKey && !hasCertificate)
        problems.append(Text::tr("A private key needs its client certificate; choose the certificate file too."));

    if (reconnect.enabled) {
        if (reconnect.initialDelayMs <= 0)
            problems.append(Text::tr("The first reconnect delay must be positive."));
        if (reconnect.maximumDelayMs <= 0)
            problems.append(Text::tr("The longest reconnect delay must be positive."));
        else if (reconnect.maximumDelayMs < reconnect.initialDelayMs)
            problems.append(Text::tr("The longest reconnect delay is shorter than the first one."));
        if (!(reconnect.multiplier >= 1.0))
            problems.append(Text::tr("The reconnect delay multiplier must be at least 1."));
        if (!(reconnect.jitter >= 0.0 && reconnect.jitter < 1.0))
            problems.append(Text::tr("The reconnect jitter must be a fraction from 0 up to (not including) 1."));
        if (reconnect.maximumAttempts < 0)
            problems.append(Text::tr("The number of reconnect attempts may not be negative; use 0 to keep trying."));
    }

    if (v5) {
        // MQTT 5.0 §3.1.2.11.10: Authentication Data without a method is a Protocol Error.
        if (!authenticationData.isEmpty() && authenticationMethod.isEmpty())
            problems.append(Text::tr("Authentication data needs an authentication method."));
    } else {
        const auto only5 = [&problems, &versionName](bool set, const QString &what) {
            if (set)
                problems.append(Text::tr("%1 needs MQTT 5.0; this profile uses MQTT %2.").arg(what, versionName));
        };
        only5(sessionExpiryInterval.has_value(), Text::tr("A session expiry interval"));
        only5(receiveMaximum != 0, Text::tr("A receive maximum"));
        only5(topicAliasMaximum != 0, Text::tr("A topic alias maximum"));
        only5(maximumPacketSize != 0, Text::tr("A maximum packet size"));
        only5(requestResponseInformation, Text::tr("Requesting response information"));
        only5(!requestProblemInformation, Text::tr("Turning off problem information"));
        only5(!userProperties.isEmpty(), Text::tr("User properties in CONNECT"));
        only5(!authenticationMethod.isEmpty() || !authenticationData.isEmpty(), Text::tr("Enhanced authentication"));
    }
    return problems;
}

} // namespace Signalbox
