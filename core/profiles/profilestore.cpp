#include "profiles/profilestore.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <cmath>
#include <type_traits>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ProfileStore)
};

constexpr int FileVersion = 1;
const QLatin1String FormatName("signalbox-profiles");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString jsonTypeName(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return Text::tr("a boolean");
    case QJsonValue::Double:
        return Text::tr("a number");
    case QJsonValue::String:
        return Text::tr("a string");
    case QJsonValue::Array:
        return Text::tr("an array");
    case QJsonValue::Object:
        return Text::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return Text::tr("missing");
}

QString profileLabel(qsizetype index, const QJsonObject &object)
{
    const QString name = object.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return Text::tr("Profile %1").arg(index + 1);
    return Text::tr("Profile %1 (\"%2\")").arg(index + 1).arg(name);
}

// Reads {"groups": [...], "profiles": [...]} or a bare array of profiles.
bool readProfilesDocument(const QJsonDocument &document, QList<ConnectionProfile> *profiles, QStringList *groups,
                          QString *error)
{
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(QLatin1String("format"));
        if (!format.isUndefined() && format.toString() != FormatName) {
            *error =
                Text::tr("This is not a Signalbox profile file (its format is '%1').").arg(format.toVariant().toString());
            return false;
        }
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isUndefined() && (!version.isDouble() || version.toDouble() > FileVersion)) {
            *error = Text::tr("The profile file has version %1; this Signalbox reads up to version %2.")
                         .arg(version.toVariant().toString())
                         .arg(FileVersion);
            return false;
        }
        const QJsonValue groupsValue = root.value(QLatin1String("groups"));
        if (!groupsValue.isUndefined()) {
            if (!groupsValue.isArray()) {
                *error = Text::tr("'groups' should be an array, not %1.").arg(jsonTypeName(groupsValue));
                return false;
            }
            const QJsonArray groupArray = groupsValue.toArray();
            for (const QJsonValue group : groupArray) {
                if (!group.isString()) {
                    *error = Text::tr("Each group should be a string, not %1.").arg(jsonTypeName(group));
                    return false;
                }
                if (groups && !group.toString().isEmpty() && !groups->contains(group.toString()))
                    groups->append(group.toString());
            }
        }
        const QJsonValue profilesValue = root.value(QLatin1String("profiles"));
        if (!profilesValue.isUndefined() && !profilesValue.isArray()) {
            *error = Text::tr("'profiles' should be an array, not %1.").arg(jsonTypeName(profilesValue));
            return false;
        }
        array = profilesValue.toArray();
    } else {
        *error = Text::tr("The file holds no JSON object.");
        return false;
    }

    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            *error = Text::tr("Profile %1 should be an object, not %2.").arg(i + 1).arg(jsonTypeName(value));
            return false;
        }
        QString profileError;
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(value.toObject(), &profileError);
        if (!profile) {
            *error = Text::tr("%1 is not valid. %2").arg(profileLabel(i, value.toObject()), profileError);
            return false;
        }
        profiles->append(*profile);
        if (groups && !profile->group.isEmpty() && !groups->contains(profile->group))
            groups->append(profile->group);
    }
    return true;
}

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
    profile.id = newId();

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

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent) : QObject(parent), m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/profiles.json");
}

QString ProfileStore::fail(const QString &message)
{
    m_errorString = message;
    return message;
}

bool ProfileStore::load()
{
    m_errorString.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        m_profiles.clear();
        m_groups.clear();
        emit profilesChanged();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The profiles in '%1' could not be read: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();

    QString problem;
    QList<ConnectionProfile> profiles;
    QStringList groups;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        problem = tr("It is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
    else
        readProfilesDocument(document, &profiles, &groups, &problem);

    if (problem.isEmpty()) {
        m_profiles = profiles;
        m_groups = groups;
        readWorkspaces(document.object());
        emit profilesChanged();
        return true;
    }

    const QString backup = m_filePath + QLatin1String(".corrupt-")
                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backupPath = backup;
    for (int n = 2; QFile::exists(backupPath); ++n)
        backupPath = backup + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_filePath, backupPath)) {
        fail(tr("The profile file '%1' is damaged and could not be moved aside, so it was left as it is. %2")
                 .arg(QDir::toNativeSeparators(m_filePath), problem));
        return false;
    }
    m_profiles.clear();
    m_groups.clear();
    emit profilesChanged();
    fail(tr("The profile file '%1' is damaged and was kept as '%3'; Signalbox starts with no profiles. %2")
             .arg(QDir::toNativeSeparators(m_filePath), problem, QDir::toNativeSeparators(backupPath)));
    return false;
}

bool ProfileStore::save()
{
    m_errorString.clear();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("The profiles could not be saved to '%1': %2")
                 .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    QJsonArray profiles;
    for (const ConnectionProfile &profile : std::as_const(m_profiles))
        profiles.append(profile.toJson(false));
    QJsonObject root;
    root.insert(QLatin1String("format"), FormatName);
    root.insert(QLatin1String("version"), FileVersion);
    root.insert(QLatin1String("groups"), QJsonArray::fromStringList(m_groups));
    root.insert(QLatin1String("profiles"), profiles);
    QJsonObject workspaces;
    for (auto it = m_workspaces.cbegin(); it != m_workspaces.cend(); ++it) {
        if (contains(it.key()) && !it->isEmpty())
            workspaces.insert(it.key(), it->toJson());
    }
    root.insert(QLatin1String("workspaces"), workspaces);
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        fail(tr("The profiles could not be saved to '%1': %2")
                 .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    return true;
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QList<ConnectionProfile> ProfileStore::profilesInGroup(const QString &group) const
{
    QList<ConnectionProfile> result;
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.group == group)
            result.append(profile);
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

void ProfileStore::addGroupIfMissing(const QString &group)
{
    if (!group.isEmpty() && !m_groups.contains(group))
        m_groups.append(group);
}

QString ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || contains(profile.id))
        profile.id = newId();
    addGroupIfMissing(profile.group);
    m_profiles.append(profile);
    emit profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0)
        return false;
    addGroupIfMissing(profile.group);
    m_profiles[index] = profile;
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    m_workspaces.remove(id);
    emit profilesChanged();
    return true;
}

void ProfileStore::setWorkspace(const QString &id, const ConnectionWorkspace &workspace)
{
    if (workspace.isEmpty())
        m_workspaces.remove(id);
    else if (contains(id))
        m_workspaces.insert(id, workspace);
}

// The workspaces of the profiles just read; what cannot be read is left out
// and named in errorString(), the profiles stay.
void ProfileStore::readWorkspaces(const QJsonObject &root)
{
    m_workspaces.clear();
    const QJsonValue value = root.value(QLatin1String("workspaces"));
    if (value.isUndefined())
        return;
    QStringList problems;
    if (!value.isObject())
        problems << tr("The saved subscriptions and publish histories could not be read: 'workspaces' should be an "
                       "object, not %1.")
                        .arg(jsonTypeName(value));
    const QJsonObject all = value.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const std::optional<ConnectionProfile> owner = profile(it.key());
        if (!owner)
            continue; // the profile is gone
        QString problem;
        const auto workspace = it.value().isObject() ? ConnectionWorkspace::fromJson(it.value().toObject(), &problem)
                                                     : std::nullopt;
        if (!it.value().isObject())
            problem = tr("Its saved subscriptions and publish history are not an object.");
        if (workspace && !workspace->isEmpty())
            m_workspaces.insert(it.key(), *workspace);
        if (!problem.isEmpty())
            problems << owner->name + QStringLiteral(": ") + problem;
    }
    m_errorString = problems.join(QLatin1Char(' '));
}

QString ProfileStore::duplicate(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return {};
    ConnectionProfile copy = m_profiles.at(index);
    copy.id = newId();
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_profiles.insert(index + 1, copy);
    if (m_workspaces.contains(id))
        m_workspaces.insert(copy.id, m_workspaces.value(id)); // the copy subscribes to the same topics
    emit profilesChanged();
    return copy.id;
}

bool ProfileStore::addGroup(const QString &name)
{
    if (name.trimmed().isEmpty() || m_groups.contains(name))
        return false;
    m_groups.append(name);
    emit profilesChanged();
    return true;
}

bool ProfileStore::renameGroup(const QString &oldName, const QString &newName)
{
    const qsizetype index = m_groups.indexOf(oldName);
    if (index < 0 || newName.trimmed().isEmpty() || m_groups.contains(newName))
        return false;
    m_groups[index] = newName;
    for (ConnectionProfile &profile : m_profiles) {
        if (profile.group == oldName)
            profile.group = newName;
    }
    emit profilesChanged();
    return true;
}

bool ProfileStore::removeGroup(const QString &name)
{
    if (!m_groups.removeOne(name))
        return false;
    for (ConnectionProfile &profile : m_profiles) {
        if (profile.group == name)
            profile.group.clear();
    }
    emit profilesChanged();
    return true;
}

bool ProfileStore::moveToGroup(const QString &id, const QString &group)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    addGroupIfMissing(group);
    m_profiles[index].group = group;
    emit profilesChanged();
    return true;
}

QByteArray ProfileStore::exportProfiles(const QList<ConnectionProfile> &profiles, bool includeSecrets)
{
    QJsonArray array;
    QStringList groups;
    for (const ConnectionProfile &profile : profiles) {
        array.append(profile.toJson(includeSecrets));
        if (!profile.group.isEmpty() && !groups.contains(profile.group))
            groups.append(profile.group);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), FormatName);
    root.insert(QLatin1String("version"), FileVersion);
    root.insert(QLatin1String("groups"), QJsonArray::fromStringList(groups));
    root.insert(QLatin1String("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<ConnectionProfile>> ProfileStore::importProfiles(const QByteArray &json, QString *error)
{
    QString problem;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QList<ConnectionProfile> profiles;
    if (parseError.error != QJsonParseError::NoError)
        problem =
            Text::tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
    else
        readProfilesDocument(document, &profiles, nullptr, &problem);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return std::nullopt;
    return profiles;
}

std::optional<QList<ConnectionProfile>> ProfileStore::importMqttx(const QByteArray &json, QString *error)
{
    QString problem;
    QList<ConnectionProfile> profiles;
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
        if (const auto profile = profileFromMqttx(value.toObject(), i, &problem))
            profiles.append(*profile);
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
