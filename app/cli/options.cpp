#include "options.h"

#include "mqtt/mqtt.h"
#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QUrl>

#include <cmath>
#include <limits>

#ifndef SIGNALBOX_VERSION
#define SIGNALBOX_VERSION "0.0.0"
#endif

namespace Signalbox::Cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("OptionParser", text);
}

// One -D as given, resolved to a packet and property.
struct PropertyArgument
{
    QString command; // lower case: connect, publish, subscribe, unsubscribe, disconnect, will
    PropertyId id;
    QVariant value;
};

struct Commandline
{
    const QList<QByteArray> &args;
    qsizetype index = 2;
    QString error;
};

bool isOneOf(QStringView option, std::initializer_list<const char *> names)
{
    for (const char *name : names) {
        if (option == QLatin1String(name))
            return true;
    }
    return false;
}

std::optional<qint64> parseInteger(const QByteArray &text, qint64 min, qint64 max)
{
    bool ok = false;
    const qint64 value = text.trimmed().toLongLong(&ok, 10);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

std::optional<double> parseReal(const QByteArray &text, double min, double max)
{
    bool ok = false;
    const double value = text.trimmed().toDouble(&ok);
    if (!ok || !std::isfinite(value) || value < min || value > max)
        return std::nullopt;
    return value;
}

PacketType packetTypeForCommand(const QString &command, bool *inWill)
{
    *inWill = false;
    if (command == QLatin1String("connect"))
        return PacketType::Connect;
    if (command == QLatin1String("will")) {
        *inWill = true;
        return PacketType::Connect;
    }
    if (command == QLatin1String("publish"))
        return PacketType::Publish;
    if (command == QLatin1String("subscribe"))
        return PacketType::Subscribe;
    if (command == QLatin1String("unsubscribe"))
        return PacketType::Unsubscribe;
    if (command == QLatin1String("disconnect"))
        return PacketType::Disconnect;
    if (command == QLatin1String("puback"))
        return PacketType::Puback;
    if (command == QLatin1String("pubrec"))
        return PacketType::Pubrec;
    if (command == QLatin1String("pubrel"))
        return PacketType::Pubrel;
    if (command == QLatin1String("pubcomp"))
        return PacketType::Pubcomp;
    if (command == QLatin1String("auth"))
        return PacketType::Auth;
    return PacketType::Reserved;
}

void addProperty(Properties &properties, PropertyId id, const QVariant &value)
{
    if (propertyRepeatable(id))
        properties.add(id, value);
    else
        properties.set(id, value);
}

// Applies a CONNECT property from -D to the profile fields the client sends.
void applyConnectProperty(ConnectionProfile &profile, PropertyId id, const QVariant &value)
{
    switch (id) {
    case PropertyId::SessionExpiryInterval:
        profile.sessionExpiryInterval = value.toUInt();
        break;
    case PropertyId::ReceiveMaximum:
        profile.receiveMaximum = quint16(value.toUInt());
        break;
    case PropertyId::TopicAliasMaximum:
        profile.topicAliasMaximum = quint16(value.toUInt());
        break;
    case PropertyId::MaximumPacketSize:
        profile.maximumPacketSize = value.toUInt();
        break;
    case PropertyId::RequestResponseInformation:
        profile.requestResponseInformation = value.toUInt() != 0;
        break;
    case PropertyId::RequestProblemInformation:
        profile.requestProblemInformation = value.toUInt() != 0;
        break;
    case PropertyId::UserProperty: {
        const QStringList pair = value.toStringList();
        profile.userProperties.append({pair.value(0), pair.value(1)});
        break;
    }
    case PropertyId::AuthenticationMethod:
        profile.authenticationMethod = value.toString();
        break;
    case PropertyId::AuthenticationData:
        profile.authenticationData = value.toByteArray();
        break;
    default:
        break;
    }
}

QString commandName(Command command)
{
    switch (command) {
    case Command::Sub:
        return QStringLiteral("sub");
    case Command::Pub:
        return QStringLiteral("pub");
    case Command::Demo:
        return QStringLiteral("demo");
    default:
        return QString();
    }
}

} // namespace

std::optional<QVariant> parsePropertyValue(PropertyId id, const QString &value, QString *error)
{
    const auto number = [&](qint64 max) -> std::optional<QVariant> {
        const auto n = parseInteger(value.toUtf8(), 0, max);
        if (!n) {
            *error = tr("The property %1 needs a number from 0 to %2, not '%3'.").arg(propertyKey(id)).arg(max).arg(value);
            return std::nullopt;
        }
        return QVariant(uint(*n));
    };
    switch (propertyType(quint8(id))) {
    case PropertyType::Byte:
        return number(255);
    case PropertyType::TwoByteInteger:
        return number(65535);
    case PropertyType::FourByteInteger:
        return number(std::numeric_limits<quint32>::max());
    case PropertyType::VariableByteInteger:
        return number(MaxVariableByteInteger);
    case PropertyType::Utf8String:
        return QVariant(value);
    case PropertyType::BinaryData:
        return QVariant(value.toUtf8());
    case PropertyType::Utf8StringPair:
    case PropertyType::Invalid:
        break;
    }
    *error = tr("The property %1 cannot be given this way.").arg(propertyKey(id));
    return std::nullopt;
}

std::optional<QString> applyMosquittoUrl(const QString &url, ConnectionProfile &profile, QString *error)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        *error = tr("The URL '%1' has no scheme: use mqtt://, mqtts://, ws:// or wss://.").arg(url);
        return std::nullopt;
    }
    const QString scheme = url.left(schemeEnd).toLower();
    const bool webSocket = scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
    QString base = url;
    QString topic;
    if (!webSocket) {
        // mosquitto's -L: the path is the topic, taken literally ('#' and '+' included).
        const qsizetype pathStart = url.indexOf(QLatin1Char('/'), schemeEnd + 3);
        if (pathStart >= 0) {
            topic = url.mid(pathStart + 1);
            base = url.left(pathStart);
        }
    }
    QString why;
    if (!profile.applyUrl(base, &why)) {
        *error = why.isEmpty() ? tr("The URL '%1' is not valid.").arg(url) : why;
        return std::nullopt;
    }
    return topic;
}

ParseResult OptionParser::parse(const QList<QByteArray> &args)
{
    ParseResult result;
    const auto fail = [&result](const QString &message) {
        result.error = message;
        result.options.reset();
        return result;
    };
    if (args.size() < 2)
        return fail(tr("No command given: use 'sub', 'pub' or 'demo' (see 'signalbox-cli --help')."));

    Options o;
    const QString commandText = QString::fromLocal8Bit(args.at(1));
    if (commandText == QLatin1String("sub"))
        o.command = Command::Sub;
    else if (commandText == QLatin1String("pub"))
        o.command = Command::Pub;
    else if (commandText == QLatin1String("demo"))
        o.command = Command::Demo;
    else if (isOneOf(commandText, {"--help", "help", "-?"}))
        o.command = Command::Help;
    else if (isOneOf(commandText, {"--version", "version"}))
        o.command = Command::Version;
    else
        return fail(tr("Unknown command '%1': use 'sub', 'pub' or 'demo' (see 'signalbox-cli --help').").arg(commandText));
    if (o.command == Command::Help || o.command == Command::Version) {
        result.options = o;
        return result;
    }
    const bool sub = o.command == Command::Sub;
    const bool pub = o.command == Command::Pub;
    const bool demo = o.command == Command::Demo;
    const QString cmd = commandName(o.command);

    // Connection options are collected first and applied at the end, so that
    // their order does not matter: explicit -h/-p/-u/-P win over a URL.
    std::optional<QString> url;
    std::optional<QString> host, username, password, clientId, idPrefix, caFile, certFile, keyFile, keyPassphrase,
        serverName, wsPath, willTopic;
    std::optional<quint16> port;
    std::optional<ProtocolVersion> version;
    std::optional<QByteArray> willPayload;
    std::optional<quint8> willQos;
    bool willRetain = false;
    bool persistent = false;
    std::optional<quint32> sessionExpiry;
    std::optional<quint16> keepAlive;
    QStringList alpn;
    bool insecure = false, useOsCerts = false, tls = false;
    QList<PropertyArgument> propertyArgs;
    int payloadSources = 0;
    int topicCount = 0;

    qsizetype i = 2;
    while (i < args.size()) {
        QString option = QString::fromLocal8Bit(args.at(i));
        std::optional<QByteArray> inlineValue;
        if (option.startsWith(QLatin1String("--"))) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            if (eq > 0) {
                inlineValue = args.at(i).mid(args.at(i).indexOf('=') + 1);
                option.truncate(eq);
            }
        }
        ++i;
        QString missing;
        const auto value = [&]() -> std::optional<QByteArray> {
            if (inlineValue)
                return std::exchange(inlineValue, std::nullopt);
            if (i >= args.size()) {
                missing = tr("The option %1 needs a value.").arg(option);
                return std::nullopt;
            }
            return args.at(i++);
        };
        const auto text = [&]() -> std::optional<QString> {
            const auto v = value();
            if (!v)
                return std::nullopt;
            return QString::fromLocal8Bit(*v);
        };
        const auto integer = [&](qint64 min, qint64 max) -> std::optional<qint64> {
            const auto v = value();
            if (!v)
                return std::nullopt;
            const auto n = parseInteger(*v, min, max);
            if (!n)
                missing = tr("The option %1 needs a number from %2 to %3, not '%4'.")
                              .arg(option)
                              .arg(min)
                              .arg(max)
                              .arg(QString::fromLocal8Bit(*v));
            return n;
        };
        const auto notFor = [&]() {
            return fail(tr("The option %1 is not valid for '%2' (see 'signalbox-cli %2 --help').").arg(option, cmd));
        };
#define SB_NEED(expr)                                                                                                  \
    if (!(expr))                                                                                                       \
        return fail(missing);

        if (isOneOf(option, {"--help", "-?"})) {
            o.helpCommand = o.command;
            o.command = Command::Help;
            result.options = o;
            return result;
        } else if (option == QLatin1String("--version")) {
            o.command = Command::Version;
            result.options = o;
            return result;
        } else if (isOneOf(option, {"-h", "--host"})) {
            SB_NEED(host = text());
        } else if (isOneOf(option, {"-p", "--port"})) {
            const auto n = integer(1, 65535);
            SB_NEED(n);
            port = quint16(*n);
        } else if (isOneOf(option, {"-L", "--url"})) {
            SB_NEED(url = text());
        } else if (option == QLatin1String("--ws-path")) {
            SB_NEED(wsPath = text());
            if (!wsPath->startsWith(QLatin1Char('/')))
                wsPath->prepend(QLatin1Char('/'));
        } else if (isOneOf(option, {"-t", "--topic"})) {
            const auto t = text();
            SB_NEED(t);
            if (demo)
                return notFor();
            if (pub && topicCount > 0)
                return fail(tr("Give only one topic (-t) to publish to."));
            ++topicCount;
            o.topics.append(*t);
        } else if (isOneOf(option, {"-T", "--filter-out"})) {
            const auto t = text();
            SB_NEED(t);
            if (!sub)
                return notFor();
            o.filterOuts.append(*t);
        } else if (isOneOf(option, {"-U", "--unsubscribe"})) {
            const auto t = text();
            SB_NEED(t);
            if (!sub)
                return notFor();
            o.unsubscribeTopics.append(*t);
        } else if (isOneOf(option, {"-q", "--qos"})) {
            const auto n = integer(0, 2);
            SB_NEED(n);
            o.qos = quint8(*n);
        } else if (isOneOf(option, {"-C", "--count"})) {
            if (pub)
                return notFor();
            const auto n = integer(1, std::numeric_limits<int>::max());
            SB_NEED(n);
            (demo ? o.demoCount : o.count) = int(*n);
        } else if (isOneOf(option, {"-W", "--timeout"})) {
            const auto n = integer(1, 24 * 3600 * 365);
            SB_NEED(n);
            o.timeoutSeconds = int(*n);
        } else if (isOneOf(option, {"-i", "--id"})) {
            SB_NEED(clientId = text());
        } else if (isOneOf(option, {"-I", "--id-prefix"})) {
            SB_NEED(idPrefix = text());
        } else if (isOneOf(option, {"-c", "--disable-clean-session"})) {
            persistent = true;
        } else if (isOneOf(option, {"--session-db"})) {
            const auto path = text();
            SB_NEED(path);
            o.sessionDb = *path;
        } else if (isOneOf(option, {"--history"})) {
            o.history = true;
        } else if (isOneOf(option, {"-x", "--session-expiry"})) {
            const auto v = value();
            SB_NEED(v);
            const QByteArray s = v->trimmed();
            if (s == "-1" || s == "\xe2\x88\x9e" /* ∞ */ || s == "inf" || s == "infinity") {
                sessionExpiry = std::numeric_limits<quint32>::max();
            } else if (const auto n = parseInteger(s, 0, std::numeric_limits<quint32>::max())) {
                sessionExpiry = quint32(*n);
            } else {
                return fail(tr("The option -x needs a number of seconds from 0 to 4294967295, or -1 for a session "
                               "that does not expire, not '%1'.")
                                .arg(QString::fromLocal8Bit(*v)));
            }
        } else if (isOneOf(option, {"-k", "--keepalive"})) {
            const auto n = integer(0, 65535);
            SB_NEED(n);
            keepAlive = quint16(*n);
        } else if (isOneOf(option, {"-u", "--username"})) {
            SB_NEED(username = text());
        } else if (isOneOf(option, {"-P", "--pw", "--password"})) {
            SB_NEED(password = text());
        } else if (isOneOf(option, {"-V", "--protocol-version"})) {
            const auto t = text();
            SB_NEED(t);
            ProtocolVersion v;
            if (!parseProtocolVersion(*t, &v))
                return fail(tr("Unknown MQTT version '%1': use mqttv5, mqttv311 or mqttv31 (or 5, 311, 31).").arg(*t));
            version = v;
        } else if (isOneOf(option, {"-m", "--message"})) {
            if (!pub)
                return notFor();
            const auto v = value();
            SB_NEED(v);
            o.message = *v;
            o.payloadSource = PayloadSource::Message;
            ++payloadSources;
        } else if (isOneOf(option, {"-f", "--file"})) {
            if (!pub)
                return notFor();
            const auto t = text();
            SB_NEED(t);
            o.file = *t;
            o.payloadSource = PayloadSource::File;
            ++payloadSources;
        } else if (isOneOf(option, {"-l", "--stdin-line"})) {
            if (!pub)
                return notFor();
            o.payloadSource = PayloadSource::StdinLines;
            ++payloadSources;
        } else if (isOneOf(option, {"-n", "--null-message"})) {
            if (!pub)
                return notFor();
            o.payloadSource = PayloadSource::Null;
            ++payloadSources;
        } else if (isOneOf(option, {"-s", "--stdin-file"})) {
            if (!pub)
                return notFor();
            o.payloadSource = PayloadSource::StdinWhole;
            ++payloadSources;
        } else if (isOneOf(option, {"-r", "--retain"})) {
            if (sub)
                return notFor();
            o.retain = true;
        } else if (option == QLatin1String("--repeat")) {
            if (!pub)
                return notFor();
            const auto n = integer(1, std::numeric_limits<int>::max());
            SB_NEED(n);
            o.repeat = int(*n);
        } else if (option == QLatin1String("--repeat-delay")) {
            if (!pub)
                return notFor();
            const auto v = value();
            SB_NEED(v);
            const auto d = parseReal(*v, 0, 24 * 3600.0);
            if (!d)
                return fail(
                    tr("The option --repeat-delay needs a number of seconds, not '%1'.").arg(QString::fromLocal8Bit(*v)));
            o.repeatDelaySeconds = *d;
        } else if (option == QLatin1String("--interval")) {
            if (!demo)
                return notFor();
            const auto n = integer(1, 24 * 3600 * 1000);
            SB_NEED(n);
            o.intervalMs = int(*n);
        } else if (isOneOf(option, {"-v", "--verbose"})) {
            if (!sub)
                return notFor();
            o.verbose = true;
        } else if (option == QLatin1String("-N")) {
            if (!sub)
                return notFor();
            o.eol = false;
        } else if (option == QLatin1String("-R")) {
            if (!sub)
                return notFor();
            o.noRetained = true;
        } else if (option == QLatin1String("-E")) {
            if (!sub)
                return notFor();
            o.exitAfterSubscribe = true;
        } else if (isOneOf(option, {"-F", "--format"})) {
            if (!sub)
                return notFor();
            const auto v = value();
            SB_NEED(v);
            o.format = *v;
        } else if (option == QLatin1String("--json")) {
            if (!sub)
                return notFor();
            o.json = true;
        } else if (option == QLatin1String("--pretty")) {
            if (!sub)
                return notFor();
            o.pretty = true;
        } else if (option == QLatin1String("--retained-only")) {
            if (!sub)
                return notFor();
            o.retainedOnly = true;
        } else if (option == QLatin1String("--remove-retained")) {
            if (!sub)
                return notFor();
            o.removeRetained = true;
        } else if (option == QLatin1String("--retain-as-published")) {
            if (!sub)
                return notFor();
            o.retainAsPublished = true;
        } else if (option == QLatin1String("--random-filter")) {
            if (!sub)
                return notFor();
            const auto v = value();
            SB_NEED(v);
            const auto d = parseReal(*v, 0.1, 100.0);
            if (!d)
                return fail(tr("The option --random-filter needs a percentage from 0.1 to 100, not '%1'.")
                                .arg(QString::fromLocal8Bit(*v)));
            o.randomFilter = *d;
        } else if (option == QLatin1String("--cafile")) {
            SB_NEED(caFile = text());
        } else if (option == QLatin1String("--cert")) {
            SB_NEED(certFile = text());
        } else if (option == QLatin1String("--key")) {
            SB_NEED(keyFile = text());
        } else if (option == QLatin1String("--key-passphrase")) {
            SB_NEED(keyPassphrase = text());
        } else if (option == QLatin1String("--insecure")) {
            insecure = true;
        } else if (option == QLatin1String("--tls-use-os-certs")) {
            useOsCerts = true;
        } else if (option == QLatin1String("--tls")) {
            tls = true;
        } else if (isOneOf(option, {"--alpn", "--tls-alpn"})) {
            const auto t = text();
            SB_NEED(t);
            alpn.append(t->split(QLatin1Char(','), Qt::SkipEmptyParts));
        } else if (isOneOf(option, {"--tls-server-name", "--sni"})) {
            SB_NEED(serverName = text());
        } else if (option == QLatin1String("--will-topic")) {
            SB_NEED(willTopic = text());
        } else if (option == QLatin1String("--will-payload")) {
            SB_NEED(willPayload = value());
        } else if (option == QLatin1String("--will-qos")) {
            const auto n = integer(0, 2);
            SB_NEED(n);
            willQos = quint8(*n);
        } else if (option == QLatin1String("--will-retain")) {
            willRetain = true;
        } else if (isOneOf(option, {"-D", "--property"})) {
            const auto command = text();
            SB_NEED(command);
            const auto identifier = text();
            SB_NEED(identifier);
            const auto id = propertyFromKey(*identifier);
            if (!id)
                return fail(tr("Unknown MQTT 5 property '%1'.").arg(*identifier));
            PropertyArgument arg{command->toLower(), *id, {}};
            if (*id == PropertyId::UserProperty) {
                const auto name = text();
                SB_NEED(name);
                const auto v = text();
                SB_NEED(v);
                arg.value = QStringList{*name, *v};
            } else {
                const auto v = text();
                SB_NEED(v);
                QString why;
                const auto parsed = parsePropertyValue(*id, *v, &why);
                if (!parsed)
                    return fail(why);
                arg.value = *parsed;
            }
            propertyArgs.append(arg);
        } else if (option == QLatin1String("--reconnect")) {
            o.reconnect = true;
        } else if (isOneOf(option, {"-d", "--debug"})) {
            o.debug = true;
        } else if (option == QLatin1String("--quiet")) {
            o.quiet = true;
        } else if (option == QLatin1String("--nodelay")) {
            // Accepted for mosquitto compatibility; the transport sets no Nagle option of its own.
        } else if (isOneOf(option, {"-A", "--unix", "--proxy", "--psk", "--psk-identity", "-S", "--capath", "--ciphers",
                                    "--tls-version", "--tls-engine", "--tls-engine-kpass-sha1", "--keyform"})) {
            return fail(tr("signalbox-cli does not support mosquitto's option %1.").arg(option));
        } else if (option.startsWith(QLatin1Char('-'))) {
            return fail(tr("Unknown option '%1' (see 'signalbox-cli %2 --help').").arg(option, cmd));
        } else {
            return fail(
                tr("Unexpected argument '%1': options start with '-' (see 'signalbox-cli %2 --help').").arg(option, cmd));
        }
        if (inlineValue)
            return fail(tr("The option %1 takes no value.").arg(option));
#undef SB_NEED
    }

    // ---- the connection
    ConnectionProfile &profile = o.profile;
    bool urlHasPort = false;
    if (url) {
        QString why;
        const auto topic = applyMosquittoUrl(*url, profile, &why);
        if (!topic)
            return fail(why);
        if (!topic->isEmpty()) {
            if (pub && topicCount > 0)
                return fail(tr("Give only one topic (-t or in the URL) to publish to."));
            if (demo)
                return fail(tr("The demo publisher chooses its own topics; give a URL without a topic."));
            o.topics.prepend(*topic);
        }
        const qsizetype authorityStart = url->indexOf(QLatin1String("://")) + 3;
        QString authority = url->mid(authorityStart);
        authority.truncate(authority.indexOf(QLatin1Char('/')) >= 0 ? authority.indexOf(QLatin1Char('/'))
                                                                    : authority.size());
        authority = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
        urlHasPort = authority.lastIndexOf(QLatin1Char(':')) > authority.lastIndexOf(QLatin1Char(']'));
    }
    if (host)
        profile.host = *host;
    if (username)
        profile.username = *username;
    if (password)
        profile.password = *password;
    if (wsPath)
        profile.webSocketPath = *wsPath;

    const bool tlsRequested = tls || caFile || certFile || keyFile || useOsCerts;
    if (tlsRequested) {
        if (profile.scheme == TransportScheme::Tcp)
            profile.scheme = TransportScheme::Tls;
        else if (profile.scheme == TransportScheme::WebSocket)
            profile.scheme = TransportScheme::SecureWebSocket;
    }
    if (port)
        profile.port = *port;
    else if (!urlHasPort)
        profile.port = defaultPort(profile.scheme);

    TlsOptions &t = profile.tls;
    if (caFile) {
        t.caFile = *caFile;
        // As mosquitto: a CA file replaces the system store unless --tls-use-os-certs.
        t.useSystemCaCertificates = useOsCerts;
    }
    if (certFile.has_value() != keyFile.has_value())
        return fail(tr("Give both --cert and --key for a client certificate."));
    if (certFile)
        t.certificateFile = *certFile;
    if (keyFile)
        t.keyFile = *keyFile;
    if (keyPassphrase)
        t.keyPassphrase = *keyPassphrase;
    if (serverName)
        t.serverName = *serverName;
    t.alpn = alpn;
    t.allowInsecure = insecure;

    // ---- protocol version, session
    if (!propertyArgs.isEmpty() && version && *version != ProtocolVersion::V5)
        return fail(tr("MQTT 5 properties (-D) need -V 5."));
    profile.version = version.value_or(propertyArgs.isEmpty() ? ProtocolVersion::V311 : ProtocolVersion::V5);

    if (clientId && idPrefix)
        return fail(tr("Give either -i or -I, not both."));
    if (clientId)
        profile.clientId = *clientId;
    else if (idPrefix)
        profile.clientId = *idPrefix + QString::number(QCoreApplication::applicationPid());
    if (persistent && !clientId)
        return fail(tr("A persistent session (-c) needs a client id (-i)."));
    if (!o.sessionDb.isEmpty() && !clientId)
        return fail(tr("A session file (--session-db) needs a client id (-i)."));
    if (o.history && o.sessionDb.isEmpty())
        return fail(tr("--history keeps messages in the session file: give --session-db FILE."));
    profile.cleanStart = !persistent;
    if (profile.version == ProtocolVersion::V5) {
        if (sessionExpiry)
            profile.sessionExpiryInterval = *sessionExpiry;
        else if (persistent)
            profile.sessionExpiryInterval = std::numeric_limits<quint32>::max();
    }
    if (keepAlive)
        profile.keepAlive = *keepAlive;
    profile.reconnect.enabled = o.reconnect;

    // ---- will
    if (!willTopic && (willPayload || willQos || willRetain))
        return fail(tr("A will needs a topic: give --will-topic."));
    if (willTopic) {
        const QString why = TopicName::validate(*willTopic);
        if (!why.isEmpty())
            return fail(tr("Invalid will topic '%1': %2").arg(*willTopic, why));
        profile.will.enabled = true;
        profile.will.topic = *willTopic;
        profile.will.payload = willPayload.value_or(QByteArray());
        profile.will.qos = willQos.value_or(0);
        profile.will.retain = willRetain;
    }

    // ---- -D properties
    for (const PropertyArgument &arg : std::as_const(propertyArgs)) {
        bool inWill = false;
        const PacketType type = packetTypeForCommand(arg.command, &inWill);
        const bool usable =
            arg.command == QLatin1String("connect") || arg.command == QLatin1String("will")
            || arg.command == QLatin1String("disconnect")
            || (sub && (arg.command == QLatin1String("subscribe") || arg.command == QLatin1String("unsubscribe")))
            || (!sub && arg.command == QLatin1String("publish"));
        if (type == PacketType::Reserved)
            return fail(
                tr("Unknown packet '%1' in -D: use connect, publish, subscribe, unsubscribe, disconnect or will.")
                    .arg(arg.command));
        if (!usable)
            return fail(tr("'%1' cannot take -D %2 properties.").arg(cmd, arg.command));
        if (!propertyAllowed(arg.id, type, inWill))
            return fail(tr("The property %1 is not allowed in %2.").arg(propertyKey(arg.id), arg.command.toUpper()));
        if (arg.id == PropertyId::ReceiveMaximum && arg.value.toUInt() == 0)
            return fail(tr("The property %1 must not be 0.").arg(propertyKey(arg.id)));
        if (arg.command == QLatin1String("connect"))
            applyConnectProperty(profile, arg.id, arg.value);
        else if (arg.command == QLatin1String("will"))
            addProperty(profile.will.properties, arg.id, arg.value);
        else if (arg.command == QLatin1String("publish"))
            addProperty(o.publishProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("subscribe"))
            addProperty(o.subscribeProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("unsubscribe"))
            addProperty(o.unsubscribeProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("disconnect"))
            addProperty(o.disconnectProperties, arg.id, arg.value);
    }
    if (!profile.will.properties.isEmpty() && !willTopic)
        return fail(tr("Will properties need a will: give --will-topic."));

    // ---- per command
    if (sub) {
        if (o.topics.isEmpty() && o.unsubscribeTopics.isEmpty())
            return fail(tr("Give a topic filter to subscribe to with -t."));
        for (const QString &filter : std::as_const(o.topics)) {
            const QString why = TopicFilter::validate(filter);
            if (!why.isEmpty())
                return fail(tr("Invalid subscription topic '%1': %2").arg(filter, why));
        }
        for (const QString &filter : std::as_const(o.filterOuts)) {
            const QString why = TopicFilter::validate(filter);
            if (!why.isEmpty())
                return fail(tr("Invalid filter-out topic '%1': %2").arg(filter, why));
        }
        for (const QString &filter : std::as_const(o.unsubscribeTopics)) {
            const QString why = TopicFilter::validate(filter);
            if (!why.isEmpty())
                return fail(tr("Invalid unsubscribe topic '%1': %2").arg(filter, why));
        }
        if (o.noRetained && o.retainedOnly)
            return fail(tr("Give either -R or --retained-only, not both."));
        if (o.json && o.format)
            return fail(tr("Give either -F or --json, not both."));
        if (o.retainAsPublished && profile.version != ProtocolVersion::V5)
            return fail(tr("--retain-as-published needs MQTT 5 (-V 5)."));
    } else if (pub) {
        if (o.topics.isEmpty())
            return fail(tr("Give a topic to publish to with -t."));
        const QString why = TopicName::validate(o.topics.constFirst());
        if (!why.isEmpty())
            return fail(tr("Invalid publish topic '%1': %2").arg(o.topics.constFirst(), why));
        if (payloadSources == 0)
            return fail(tr("Give a message: -m text, -f file, -l (stdin lines), -s (all of stdin) or -n (empty)."));
        if (payloadSources > 1)
            return fail(tr("Give only one of -m, -f, -l, -s and -n."));
        if (o.payloadSource == PayloadSource::StdinLines && o.repeat > 1)
            return fail(tr("--repeat cannot be used with -l."));
    }

    const QStringList problems = profile.validate();
    if (!problems.isEmpty())
        return fail(problems.constFirst());

    result.options = o;
    return result;
}

QString OptionParser::versionText()
{
    return tr("signalbox-cli %1 (Qt %2)").arg(QLatin1String(SIGNALBOX_VERSION), QLatin1String(qVersion()));
}

QString OptionParser::helpText(Command command)
{
    const QString connection = tr(
        "Connection:\n"
        "  -h, --host HOST          broker host (localhost)\n"
        "  -p, --port PORT          port (1883; 8883 with TLS)\n"
        "  -L, --url URL            mqtt(s)://[user[:pass]@]host[:port][/topic], ws(s)://host[:port]/path\n"
        "      --ws-path PATH       WebSocket path (/mqtt)\n"
        "  -V, --protocol-version V mqttv5, mqttv311 or mqttv31 (also 5, 311, 31); default mqttv311\n"
        "  -i, --id ID              client id; -I, --id-prefix PREFIX: PREFIX + process id\n"
        "  -u, --username USER      -P, --pw PASSWORD\n"
        "  -k, --keepalive SECONDS  keep-alive (60; 0 disables)\n"
        "  -c                       persistent session (clean session off; under MQTT 5 it never expires unless -x)\n"
        "  -x SECONDS               MQTT 5 session expiry interval (-1: never)\n"
        "  --session-db FILE        keep the session state (unacknowledged QoS 1/2 messages both ways)\n"
        "                           in this SQLite file, so that a restart after a crash finishes them\n"
        "  --history                (sub) also keep every received message in that file\n"
        "  -D PACKET PROPERTY VALUE MQTT 5 property, e.g. -D publish user-property key value,\n"
        "                           -D connect session-expiry-interval 60 (implies -V 5)\n"
        "  --will-topic T --will-payload P --will-qos Q --will-retain\n"
        "  -W SECONDS               give up after this long (exit code 27)\n"
        "  --reconnect              keep reconnecting after a lost connection instead of exiting\n"
        "  -d, --debug              show packets on stderr; --quiet: no error messages\n"
        "TLS (any of these turns TLS on):\n"
        "  --cafile FILE            trusted CA certificates (instead of the system store)\n"
        "  --tls-use-os-certs       also trust the system store; --tls: TLS with the system store\n"
        "  --cert FILE --key FILE   client certificate and key; --key-passphrase TEXT\n"
        "  --insecure               accept any server certificate\n"
        "  --alpn PROTOCOLS         comma-separated ALPN; --tls-server-name NAME: SNI and name to verify\n");
    const QString exitCodes = tr(
        "Exit codes: 0 done; 1 bad arguments or cannot connect; 2 protocol error; 7 connection lost;\n"
        "8 TLS failure; 19 keep-alive timeout; 26 malformed packet; 27 timed out (-W);\n"
        "the CONNACK reason code when the broker refuses the connection.\n");
    switch (command) {
    case Command::Sub:
        return tr("Usage: signalbox-cli sub -t FILTER [-t FILTER...] [options]\n"
                  "Prints the messages of the subscriptions, one per line, as mosquitto_sub does.\n\n"
                  "  -t, --topic FILTER       subscribe (repeatable); -T FILTER: do not print these topics\n"
                  "  -U FILTER                unsubscribe; -E: exit once subscribed\n"
                  "  -q QOS                   subscription QoS (0)\n"
                  "  -C COUNT                 exit after COUNT messages\n"
                  "  -R                       do not print retained (stale) messages\n"
                  "  --retained-only          print retained messages only; exit at the first live one\n"
                  "  --remove-retained        clear the retained messages received\n"
                  "  --retain-as-published    (MQTT 5) keep the publisher's retain flag\n"
                  "  -v                       print \"topic payload\"\n"
                  "  -N                       no newline after each message\n"
                  "  -F FORMAT                mosquitto_sub format: %t topic, %p payload, %q qos, %r retain,\n"
                  "                           %l length, %m message id, %x/%X hex, %j/%J JSON, %I ISO time,\n"
                  "                           %U unix time, %A %C %D %E %F %P %R %S MQTT 5 properties,\n"
                  "                           @X strftime, \\n \\t \\0 \\e escapes\n"
                  "  --json                   one JSON object per message: topic, payload (or payload_base64),\n"
                  "                           qos, retain, dup, properties, subscriptions, received\n"
                  "  --pretty                 indented JSON for %j/%J\n"
                  "  --random-filter PERCENT  print only this share of the messages\n\n")
               + connection + QLatin1Char('\n') + exitCodes;
    case Command::Pub:
        return tr("Usage: signalbox-cli pub -t TOPIC (-m TEXT | -f FILE | -l | -s | -n) [options]\n"
                  "Publishes a message, as mosquitto_pub does.\n\n"
                  "  -t, --topic TOPIC        the topic\n"
                  "  -m TEXT                  the message; -f FILE: a file's contents; -n: an empty message\n"
                  "  -l                       each line of standard input as a message\n"
                  "  -s                       all of standard input as one message\n"
                  "  -q QOS                   QoS (0); QoS 1 and 2 wait for the broker's acknowledgement\n"
                  "  -r                       retain\n"
                  "  --repeat N               publish N times; --repeat-delay SECONDS between them\n\n")
               + connection + QLatin1Char('\n') + exitCodes;
    case Command::Demo:
        return tr("Usage: signalbox-cli demo [options]\n"
                  "Publishes made-up sensor readings as JSON until stopped:\n"
                  "  Sensor/imu/value {\"ax\",\"ay\",\"az\",\"gx\"}, Sensor/ultrasonic/distance {\"distance_cm\"},\n"
                  "  Sensor/cds/value {\"lux\"}, each with a \"timestamp\".\n\n"
                  "  --interval MS            time between readings (1000)\n"
                  "  --count N                stop after N readings of each sensor\n"
                  "  -q QOS -r                QoS (0) and retain\n\n")
               + connection + QLatin1Char('\n') + exitCodes;
    default:
        return tr("Usage: signalbox-cli COMMAND [options]\n"
                  "A command-line MQTT client with mosquitto_sub/mosquitto_pub's options.\n\n"
                  "Commands:\n"
                  "  sub     subscribe and print messages (as mosquitto_sub)\n"
                  "  pub     publish messages (as mosquitto_pub)\n"
                  "  demo    publish demo sensor readings\n\n"
                  "'signalbox-cli COMMAND --help' lists a command's options; --version shows the version.\n");
    }
}

} // namespace Signalbox::Cli
