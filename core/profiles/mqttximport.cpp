// Reading MQTTX's export (its "Export data" JSON) into profiles and their
// subscriptions. MQTTX keeps camelCase fields per connection, some of them in
// nested objects ("will", "properties"); every field is checked for its type
// and a wrong one named with its connection, so a damaged export fails with
// a sentence instead of a half-read profile.
#include "profiles/mqttximport.h"

#include "profiles/jsontypename.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

#include <cmath>
#include <type_traits>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ProfileStore) // the sentences kept their context when they moved here
};

// Checked field access for MQTTX's export: missing and null fields are
// skipped, a present field of another type is an error naming the field.
class MqttxFields
{
public:
    MqttxFields(const QJsonObject &object, QString context, QString *error, QString prefix = QString())
        : m_object(object), m_context(std::move(context)), m_prefix(std::move(prefix)), m_error(error)
    { }

    bool failed() const { return !m_error->isEmpty(); }

    std::optional<QString> string(const char *key)
    {
        return read<QString>(key, QJsonValue::String, Text::tr("a string"));
    }
    std::optional<bool> boolean(const char *key)
    {
        return read<bool>(key, QJsonValue::Bool, Text::tr("true or false"));
    }
    std::optional<QJsonObject> object(const char *key)
    {
        return read<QJsonObject>(key, QJsonValue::Object, Text::tr("an object"));
    }

    std::optional<quint32> integer(const char *key, quint32 maximum)
    {
        const std::optional<double> number = read<double>(key, QJsonValue::Double, Text::tr("a number"));
        if (!number)
            return std::nullopt;
        if (*number < 0 || *number > maximum || std::floor(*number) != *number) {
            fail(key, Text::tr("a whole number from 0 to %1").arg(maximum), QString::number(*number));
            return std::nullopt;
        }
        return static_cast<quint32>(*number);
    }

    // {"key": "value"} or {"key": ["value", ...]}
    std::optional<QList<UserProperty>> userProperties(const char *key)
    {
        const std::optional<QJsonObject> map = object(key);
        if (!map)
            return std::nullopt;
        QList<UserProperty> result;
        for (auto it = map->begin(); it != map->end(); ++it) {
            const QJsonValue value = it.value();
            if (value.isString()) {
                result.append({it.key(), value.toString()});
                continue;
            }
            if (value.isArray()) {
                const QJsonArray values = value.toArray();
                bool allStrings = true;
                for (const QJsonValue item : values) {
                    allStrings = allStrings && item.isString();
                    if (allStrings)
                        result.append({it.key(), item.toString()});
                }
                if (allStrings)
                    continue;
            }
            fail(key, Text::tr("an object of strings"), jsonTypeName(value));
            return std::nullopt;
        }
        return result;
    }

private:
    template<typename T>
    std::optional<T> read(const char *key, QJsonValue::Type type, const QString &expected)
    {
        if (failed())
            return std::nullopt;
        const QJsonValue value = m_object.value(QLatin1String(key));
        if (value.isUndefined() || value.isNull())
            return std::nullopt;
        if (value.type() != type) {
            fail(key, expected, jsonTypeName(value));
            return std::nullopt;
        }
        if constexpr (std::is_same_v<T, QJsonObject>)
            return value.toObject();
        else if constexpr (std::is_same_v<T, bool>)
            return value.toBool();
        else if constexpr (std::is_same_v<T, double>)
            return value.toDouble();
        else
            return value.toString();
    }

    void fail(const char *key, const QString &expected, const QString &actual)
    {
        if (failed())
            return;
        *m_error = Text::tr("In MQTTX %1, the field '%2' should be %3, not %4.")
                       .arg(m_context, m_prefix + QString::fromLatin1(key), expected, actual);
    }

    QJsonObject m_object;
    QString m_context;
    QString m_prefix; // "will." for nested objects
    QString *m_error;
};

// protocol, ssl, port and path. False with *error set for an unknown protocol.
bool readMqttxTransport(MqttxFields &fields, const QString &context, ConnectionProfile &profile, QString *error)
{
    bool schemeKnown = false;
    if (const auto protocol = fields.string("protocol")) {
        const QString p = protocol->toLower();
        if (p == QLatin1String("mqtt")) {
            profile.scheme = TransportScheme::Tcp;
        } else if (p == QLatin1String("mqtts")) {
            profile.scheme = TransportScheme::Tls;
        } else if (p == QLatin1String("ws")) {
            profile.scheme = TransportScheme::WebSocket;
        } else if (p == QLatin1String("wss")) {
            profile.scheme = TransportScheme::SecureWebSocket;
        } else {
            *error = Text::tr("In MQTTX %1, the field 'protocol' should be mqtt, mqtts, ws or wss, not '%2'.")
                         .arg(context, *protocol);
            return false;
        }
        schemeKnown = true;
    }
    if (const auto ssl = fields.boolean("ssl"); ssl && *ssl) {
        if (profile.scheme == TransportScheme::Tcp)
            profile.scheme = TransportScheme::Tls;
        else if (profile.scheme == TransportScheme::WebSocket)
            profile.scheme = TransportScheme::SecureWebSocket;
    }
    // MQTTX's host field of old exports carries the scheme ("mqtt://broker.emqx.io").
    const qsizetype separator = profile.host.indexOf(QLatin1String("://"));
    if (separator > 0) {
        const QString prefix = profile.host.left(separator).toLower();
        if (!schemeKnown) {
            if (prefix == QLatin1String("mqtts") || prefix == QLatin1String("ssl") || prefix == QLatin1String("tls"))
                profile.scheme = TransportScheme::Tls;
            else if (prefix == QLatin1String("ws"))
                profile.scheme = TransportScheme::WebSocket;
            else if (prefix == QLatin1String("wss"))
                profile.scheme = TransportScheme::SecureWebSocket;
        }
        profile.host = profile.host.mid(separator + 3);
    }
    if (const auto v = fields.integer("port", 65535))
        profile.port = quint16(*v);
    else
        profile.port = defaultPort(profile.scheme);
    if (const auto v = fields.string("path"); v && !v->isEmpty())
        profile.webSocketPath = v->startsWith(QLatin1Char('/')) ? *v : QLatin1Char('/') + *v;
    return true;
}

// False with *error set for a version we do not speak.
bool readMqttxVersion(MqttxFields &fields, const QString &context, ConnectionProfile &profile, QString *error)
{
    if (const auto v = fields.string("mqttVersion")) {
        if (*v == QLatin1String("3.1"))
            profile.version = ProtocolVersion::V31;
        else if (*v == QLatin1String("3.1.1"))
            profile.version = ProtocolVersion::V311;
        else if (*v == QLatin1String("5.0") || *v == QLatin1String("5"))
            profile.version = ProtocolVersion::V5;
        else {
            *error =
                Text::tr("In MQTTX %1, the field 'mqttVersion' should be 3.1, 3.1.1 or 5.0, not '%2'.").arg(context, *v);
            return false;
        }
    }
    return true;
}

// clean, keepalive, credentials, connectTimeout and reconnecting.
void readMqttxSession(MqttxFields &fields, ConnectionProfile &profile)
{
    if (const auto v = fields.boolean("clean"))
        profile.cleanStart = *v;
    if (const auto v = fields.integer("keepalive", 65535))
        profile.keepAlive = quint16(*v);
    if (const auto v = fields.string("username"); v && !v->isEmpty())
        profile.username = *v;
    if (const auto v = fields.string("password"); v && !v->isEmpty())
        profile.password = *v;
    if (const auto v = fields.integer("connectTimeout", 3600)) // seconds in MQTTX
        profile.connectTimeoutMs = int(*v) * 1000;
    if (const auto v = fields.boolean("reconnect"))
        profile.reconnect.enabled = *v;
    if (const auto v = fields.integer("reconnectPeriod", 3600 * 1000); v && *v > 0) { // milliseconds
        profile.reconnect.initialDelayMs = int(*v);
        profile.reconnect.maximumDelayMs = std::max(profile.reconnect.maximumDelayMs, int(*v));
    }
}

void readMqttxTls(MqttxFields &fields, ConnectionProfile &profile)
{
    if (const auto v = fields.boolean("rejectUnauthorized"))
        profile.tls.allowInsecure = !*v;
    if (const auto v = fields.string("ca"))
        profile.tls.caFile = *v;
    if (const auto v = fields.string("cert"))
        profile.tls.certificateFile = *v;
    if (const auto v = fields.string("key"))
        profile.tls.keyFile = *v;
    if (const auto v = fields.string("ALPNProtocols"); v && !v->trimmed().isEmpty()) {
        const QStringList parts = v->split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString &part : parts)
            profile.tls.alpn.append(part.trimmed());
    }
}

void readMqttxWill(MqttxFields &fields, const QString &context, ConnectionProfile &profile, QString *error)
{
    const auto will = fields.object("will");
    if (!will)
        return;
    MqttxFields willFields(*will, context, error, QStringLiteral("will."));
    if (const auto v = willFields.string("lastWillTopic"); v && !v->isEmpty()) {
        profile.will.enabled = true;
        profile.will.topic = *v;
    }
    if (const auto v = willFields.string("lastWillPayload"))
        profile.will.payload = v->toUtf8();
    if (const auto v = willFields.integer("lastWillQos", 2))
        profile.will.qos = quint8(*v);
    if (const auto v = willFields.boolean("lastWillRetain"))
        profile.will.retain = *v;
    const auto properties = willFields.object("properties");
    if (!properties)
        return;
    MqttxFields p(*properties, context, error, QStringLiteral("will.properties."));
    if (const auto v = p.integer("willDelayInterval", 0xFFFFFFFFu))
        profile.will.properties.set(PropertyId::WillDelayInterval, QVariant::fromValue(*v));
    if (const auto v = p.integer("messageExpiryInterval", 0xFFFFFFFFu))
        profile.will.properties.set(PropertyId::MessageExpiryInterval, QVariant::fromValue(*v));
    if (const auto v = p.boolean("payloadFormatIndicator"); v && *v)
        profile.will.properties.set(PropertyId::PayloadFormatIndicator, QVariant::fromValue(quint32(1)));
    if (const auto v = p.string("contentType"); v && !v->isEmpty())
        profile.will.properties.set(PropertyId::ContentType, *v);
    if (const auto v = p.string("responseTopic"); v && !v->isEmpty())
        profile.will.properties.set(PropertyId::ResponseTopic, *v);
    if (const auto v = p.string("correlationData"); v && !v->isEmpty())
        profile.will.properties.set(PropertyId::CorrelationData, v->toUtf8());
    if (const auto v = p.userProperties("userProperties")) {
        for (const UserProperty &property : *v)
            profile.will.properties.addUserProperty(property.first, property.second);
    }
}

// The 5.0 CONNECT options: older MQTTX versions keep them at the top level,
// newer ones in "properties".
void readMqttxConnectProperties(MqttxFields &p, ConnectionProfile &profile)
{
    if (const auto v = p.integer("sessionExpiryInterval", 0xFFFFFFFFu))
        profile.sessionExpiryInterval = *v;
    if (const auto v = p.integer("receiveMaximum", 65535))
        profile.receiveMaximum = quint16(*v);
    if (const auto v = p.integer("topicAliasMaximum", 65535))
        profile.topicAliasMaximum = quint16(*v);
    if (const auto v = p.integer("maximumPacketSize", 0xFFFFFFFFu))
        profile.maximumPacketSize = *v;
    if (const auto v = p.boolean("requestResponseInformation"))
        profile.requestResponseInformation = *v;
    if (const auto v = p.boolean("requestProblemInformation"))
        profile.requestProblemInformation = *v;
    if (const auto v = p.userProperties("userProperties"))
        profile.userProperties = *v;
    if (const auto v = p.string("authenticationMethod"))
        profile.authenticationMethod = *v;
}

// MQTTX keeps 5.0 values on 3.1.1 connections; they are not sent there.
void dropV5Options(ConnectionProfile &profile)
{
    profile.sessionExpiryInterval.reset();
    profile.receiveMaximum = 0;
    profile.topicAliasMaximum = 0;
    profile.maximumPacketSize = 0;
    profile.requestResponseInformation = false;
    profile.requestProblemInformation = true;
    profile.userProperties.clear();
    profile.authenticationMethod.clear();
    profile.will.properties = Properties();
}

std::optional<ConnectionProfile> profileFromMqttx(const QJsonObject &connection, qsizetype index, QString *error)
{
    const QString name = connection.value(QLatin1String("name")).toString();
    const QString context = name.isEmpty() ? Text::tr("connection %1").arg(index + 1)
                                           : Text::tr("connection %1 (\"%2\")").arg(index + 1).arg(name);
    MqttxFields fields(connection, context, error);
    ConnectionProfile profile;
    profile.id = QUuid::createUuid().toString(QUuid::WithoutBraces);

    if (const auto v = fields.string("name"))
        profile.name = *v;
    if (const auto v = fields.string("clientId"))
        profile.clientId = *v;
    if (const auto v = fields.string("host"))
        profile.host = *v;
    if (!readMqttxTransport(fields, context, profile, error) || !readMqttxVersion(fields, context, profile, error))
        return std::nullopt;
    readMqttxSession(fields, profile);
    readMqttxTls(fields, profile);
    readMqttxWill(fields, context, profile, error);
    readMqttxConnectProperties(fields, profile);
    if (const auto properties = fields.object("properties")) {
        MqttxFields p(*properties, context, error, QStringLiteral("properties."));
        readMqttxConnectProperties(p, profile);
    }
    if (!error->isEmpty())
        return std::nullopt;
    if (profile.version != ProtocolVersion::V5)
        dropV5Options(profile);
    return profile;
}

// MQTTX's "subscriptions": [{"topic", "qos", "color", "alias", "nl", "rap",
// "rh", "subscriptionIdentifier", "disabled"}]; an entry without a topic is
// skipped, a field of the wrong type is an error naming it.
std::optional<ConnectionWorkspace> workspaceFromMqttx(const QJsonObject &connection, const QString &name, QString *error)
{
    ConnectionWorkspace workspace;
    const QJsonValue list = connection.value(QLatin1String("subscriptions"));
    if (list.isUndefined() || list.isNull())
        return workspace;
    if (!list.isArray()) {
        *error = Text::tr("In MQTTX connection \"%1\", the field 'subscriptions' should be an array, not %2.")
                     .arg(name, jsonTypeName(list));
        return std::nullopt;
    }
    const QJsonArray entries = list.toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QJsonValue value = entries.at(i);
        const QString context = Text::tr("connection \"%1\", subscription %2").arg(name).arg(i + 1);
        if (!value.isObject()) {
            *error =
                Text::tr("In MQTTX %1, the subscription should be an object, not %2.").arg(context, jsonTypeName(value));
            return std::nullopt;
        }
        MqttxFields fields(value.toObject(), context, error);
        WorkspaceSubscription s;
        if (const auto v = fields.string("topic"))
            s.entry.filter = *v;
        if (const auto v = fields.integer("qos", 2))
            s.entry.qos = quint8(*v);
        if (const auto v = fields.boolean("nl"))
            s.entry.noLocal = *v;
        if (const auto v = fields.boolean("rap"))
            s.entry.retainAsPublished = *v;
        if (const auto v = fields.integer("rh", 2))
            s.entry.retainHandling = quint8(*v);
        if (const auto v = fields.integer("subscriptionIdentifier", 268'435'455))
            s.subscriptionIdentifier = *v;
        if (const auto v = fields.string("color"))
            s.color = *v;
        if (const auto v = fields.string("alias"))
            s.alias = *v;
        if (const auto v = fields.boolean("disabled"))
            s.active = !*v;
        if (fields.failed())
            return std::nullopt;
        if (!s.entry.filter.isEmpty())
            workspace.subscriptions.append(s);
    }
    return workspace;
}

} // namespace

std::optional<QList<MqttxConnection>> importMqttx(const QByteArray &json, QString *error)
{
    QString problem;
    QList<MqttxConnection> profiles;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QJsonArray connections;
    if (parseError.error != QJsonParseError::NoError) {
        problem = Text::tr("The MQTTX export is not valid JSON (%1 at byte %2).")
                      .arg(parseError.errorString())
                      .arg(parseError.offset);
    } else if (document.isArray()) {
        connections = document.array();
    } else if (document.object().contains(QLatin1String("host"))) {
        connections.append(document.object());
    } else {
        const QJsonObject root = document.object();
        for (auto it = root.begin(); it != root.end(); ++it)
            connections.append(it.value());
    }
    for (qsizetype i = 0; problem.isEmpty() && i < connections.size(); ++i) {
        const QJsonValue value = connections.at(i);
        if (!value.isObject()) {
            problem = Text::tr("MQTTX connection %1 should be an object, not %2.").arg(i + 1).arg(jsonTypeName(value));
            break;
        }
        auto profile = profileFromMqttx(value.toObject(), i, &problem);
        if (!profile)
            break;
        auto workspace = workspaceFromMqttx(value.toObject(),
                                            profile->name.isEmpty() ? QString::number(i + 1) : profile->name, &problem);
        if (!workspace)
            break;
        profiles.append({std::move(*profile), std::move(*workspace)});
    }
    if (problem.isEmpty() && profiles.isEmpty())
        problem = Text::tr("The MQTTX export holds no connections.");
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return std::nullopt;
    return profiles;
}

} // namespace Signalbox
