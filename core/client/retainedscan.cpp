#include "client/retainedscan.h"

#include "client/mqttclient.h"
#include "mqtt/topic.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRandomGenerator>
#include <QSaveFile>

namespace Signalbox {

namespace {

const QString FormatName = QStringLiteral("signalbox-retained");
constexpr int FormatVersion = 1;
// Publishes handed to the client at once; more follow as acknowledgements come in.
constexpr qsizetype PublishWindow = 1000;

// The PUBLISH properties a retained message keeps (MQTT 5.0 §3.3.2.3); Topic
// Alias and Subscription Identifier belong to one delivery, not to the message.
bool keptProperty(PropertyId id)
{
    switch (id) {
    case PropertyId::PayloadFormatIndicator:
    case PropertyId::MessageExpiryInterval:
    case PropertyId::ContentType:
    case PropertyId::ResponseTopic:
    case PropertyId::CorrelationData:
    case PropertyId::UserProperty:
        return true;
    default:
        return false;
    }
}

Properties keptProperties(const Properties &properties)
{
    Properties kept;
    for (const Property &p : properties.items()) {
        if (keptProperty(p.id))
            kept.add(p.id, p.value);
    }
    return kept;
}

QString randomSuffix()
{
    return QString::number(QRandomGenerator::global()->generate() & 0xffffff, 16).rightJustified(6, QLatin1Char('0'));
}

} // namespace

RetainedScan::RetainedScan(const ConnectionProfile &profile, QObject *parent) : QObject(parent), m_profile(profile)
{
    m_quietTimer.setSingleShot(true);
    connect(&m_quietTimer, &QTimer::timeout, this, &RetainedScan::finishScan);
}

RetainedScan::~RetainedScan()
{
    if (m_client) {
        m_client->disconnect(this);
        m_client->disconnectFromBroker();
        m_client->deleteLater();
    }
}

void RetainedScan::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

QString RetainedScan::brokerDescription() const
{
    return m_profile.url();
}

// ---------------------------------------------------------------- operations

bool RetainedScan::begin(Operation operation)
{
    if (isBusy()) {
        failBusy();
        return false;
    }
    m_operation = operation;
    m_connected = false;
    m_subacked = false;
    m_found.clear();
    m_outgoing.clear();
    m_nextOutgoing = 0;
    m_pending.clear();
    m_acknowledged = 0;
    m_failedTopics.clear();
    emit busyChanged(true);
    return true;
}

void RetainedScan::startClient()
{
    ConnectionProfile p = m_profile;
    const QString base = p.clientId.isEmpty() ? QStringLiteral("signalbox") : p.clientId;
    // MQTT 3.1 §3.1: client ids of at most 23 characters.
    p.clientId = p.version == ProtocolVersion::V31 ? QString(QStringLiteral("sb-retained-") + randomSuffix())
                                                   : QString(base + QStringLiteral("-retained-") + randomSuffix());
    p.cleanStart = true;
    p.sessionExpiryInterval.reset();
    p.will = {};
    p.reconnect.enabled = false;
    p.maximumPacketSize = 0;
    p.topicAliasMaximum = 0;

    auto *client = new MqttClient(p, this);
    client->setMatchSubscriptions(false);
    client->setMaximumQueued(int(PublishWindow) * 2);
    connect(client, &MqttClient::connected, this, &RetainedScan::onConnected);
    connect(client, &MqttClient::disconnected, this, &RetainedScan::onDisconnected);
    connect(client, &MqttClient::subscribed, this, &RetainedScan::onSubscribed);
    connect(client, &MqttClient::messagesReceived, this, &RetainedScan::onMessages);
    connect(client, &MqttClient::delivered, this, &RetainedScan::onDelivered);
    m_client = client;
    client->connectToBroker();
}

// Ends the operation and lets the client say goodbye; it deletes itself once closed.
void RetainedScan::finish()
{
    m_quietTimer.stop();
    if (MqttClient *client = m_client) {
        m_client = nullptr;
        client->disconnect(this);
        connect(client, &MqttClient::disconnected, client, &QObject::deleteLater);
        if (client->state() == MqttClient::State::Disconnected)
            client->deleteLater();
        else
            client->disconnectFromBroker();
    }
    m_operation = Operation::None;
    m_found.clear();
    m_outgoing.clear();
    m_pending.clear();
    emit busyChanged(false);
}

void RetainedScan::fail(ErrorKind kind, const QString &message, quint8 reason)
{
    finish();
    Error error;
    error.kind = kind;
    error.reason = reason;
    error.message = message;
    emit failed(error);
}

void RetainedScan::failLater(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    QMetaObject::invokeMethod(
        this, [this, error] { emit failed(error); }, Qt::QueuedConnection);
}

void RetainedScan::failBusy()
{
    failLater(ErrorKind::InvalidArgument, tr("Another retained-message operation is still running."));
}

void RetainedScan::cancel()
{
    if (isBusy())
        fail(ErrorKind::None, tr("Cancelled."));
}

void RetainedScan::scan(const QString &filter)
{
    const std::optional<QString> why = TopicFilter::validate(filter);
    if (why) {
        failLater(ErrorKind::InvalidArgument, tr("Invalid topic filter '%1': %2").arg(filter, *why));
        return;
    }
    // MQTT 5.0 §4.8.2: retained messages are not sent to shared subscriptions.
    if (TopicFilter(filter).isShared()) {
        failLater(
            ErrorKind::InvalidArgument,
            tr("A shared subscription ('%1') receives no retained messages; scan the filter without $share.").arg(filter));
        return;
    }
    if (!begin(Operation::Scan))
        return;
    m_filter = filter;
    m_truncated = false;
    startClient();
}

void RetainedScan::clear(const QList<Message> &messages, const QString &restoreFilePath)
{
    if (isBusy()) {
        failBusy();
        return;
    }
    QString error;
    if (!writeRestoreFile(restoreFilePath, messages, brokerDescription(), &error)) {
        failLater(ErrorKind::InvalidArgument, tr("%1 Nothing was cleared.").arg(error));
        return;
    }
    begin(Operation::Clear);
    for (const Message &m : messages) {
        OutgoingMessage out;
        out.topic = m.topic;
        out.qos = 1;
        out.retain = true;
        m_outgoing.append(out);
    }
    if (m_outgoing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finishPublishing(); }, Qt::QueuedConnection);
        return;
    }
    startClient();
}

void RetainedScan::restore(const QString &restoreFilePath)
{
    if (isBusy()) {
        failBusy();
        return;
    }
    QString error;
    const std::optional<QList<Message>> messages = readRestoreFile(restoreFilePath, &error);
    if (!messages) {
        failLater(ErrorKind::InvalidArgument, error);
        return;
    }
    begin(Operation::Restore);
    for (const Message &m : *messages) {
        OutgoingMessage out;
        out.topic = m.topic;
        out.payload = m.payload;
        out.qos = m.qos;
        out.retain = true;
        out.properties = m.properties;
        m_outgoing.append(out);
    }
    if (m_outgoing.isEmpty()) {
        QMetaObject::invokeMethod(
            this, [this] { finishPublishing(); }, Qt::QueuedConnection);
        return;
    }
    startClient();
}

// ---------------------------------------------------------------- client events

void RetainedScan::onConnected()
{
    m_connected = true;
    if (m_operation == Operation::Scan) {
        if (!m_client->subscribe(m_filter, 2))
            fail(ErrorKind::InvalidArgument, tr("Could not subscribe to '%1'.").arg(m_filter));
        return;
    }
    publishMore();
}

void RetainedScan::onDisconnected(const Error &error)
{
    if (!isBusy())
        return;
    if (m_operation == Operation::Scan || !m_connected) {
        if (error.isError())
            fail(error.kind, error.message, error.reason);
        else
            fail(ErrorKind::ServerDisconnected, tr("The broker closed the connection."));
        return;
    }
    // Clear/restore lost the connection: whatever was not acknowledged failed.
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it)
        m_failedTopics.append(it.value());
    m_pending.clear();
    for (qsizetype i = m_nextOutgoing; i < m_outgoing.size(); ++i)
        m_failedTopics.append(m_outgoing.at(i).topic);
    m_nextOutgoing = m_outgoing.size();
    finishPublishing();
}

void RetainedScan::onSubscribed(const SubscribeResult &result)
{
    if (m_operation != Operation::Scan)
        return;
    const quint8 code = result.reasonCodes.value(0, 0x80);
    if (code >= 0x80) {
        const QString reason = result.properties.string(PropertyId::ReasonString).value_or(QString());
        fail(ErrorKind::Rejected,
             reason.isEmpty() ? tr("The broker refused the subscription to '%1' (reason 0x%2).")
                                    .arg(m_filter)
                                    .arg(code, 2, 16, QLatin1Char('0'))
                              : tr("The broker refused the subscription to '%1': %2.").arg(m_filter, reason),
             code);
        return;
    }
    m_subacked = true;
    m_quietTimer.start(m_quietMs);
}

void RetainedScan::onMessages(const QList<Message> &messages)
{
    if (m_operation != Operation::Scan)
        return;
    const int before = int(m_found.size());
    bool sawRetained = false;
    for (const Message &m : messages) {
        if (!m.retain)
            continue;
        sawRetained = true;
        if (m_found.size() >= m_maximumMessages && !m_found.contains(m.topic)) {
            m_truncated = true;
            break;
        }
        Message kept;
        kept.topic = m.topic;
        kept.payload = m.payload;
        kept.qos = m.qos;
        kept.retain = true;
        kept.properties = m.properties;
        kept.receivedAtMs = m.receivedAtMs;
        m_found.insert(m.topic, kept);
    }
    if (int(m_found.size()) != before)
        emit progress(int(m_found.size()));
    if (m_truncated || int(m_found.size()) >= m_maximumMessages) {
        m_truncated = true;
        finishScan();
        return;
    }
    // Live messages (retain 0) under the filter do not hold the scan open: on a
    // busy broker they would never let it end.
    if (m_subacked && sawRetained)
        m_quietTimer.start(m_quietMs);
}

void RetainedScan::finishScan()
{
    if (m_operation != Operation::Scan)
        return;
    QList<Message> result;
    result.reserve(m_found.size());
    for (auto it = m_found.cbegin(); it != m_found.cend(); ++it)
        result.append(it.value());
    std::sort(result.begin(), result.end(), [](const Message &a, const Message &b) { return a.topic < b.topic; });
    noteMessages(result);
    finish();
    emit scanned(result);
}

void RetainedScan::publishMore()
{
    if (!m_client)
        return;
    while (m_nextOutgoing < m_outgoing.size() && m_pending.size() < PublishWindow) {
        const OutgoingMessage &out = m_outgoing.at(m_nextOutgoing++);
        const quint64 token = m_client->reserveToken();
        m_pending.insert(token, out.topic);
        m_client->publishWithToken(token, out);
    }
}

void RetainedScan::onDelivered(const Delivery &delivery)
{
    if (m_operation != Operation::Clear && m_operation != Operation::Restore)
        return;
    const auto it = m_pending.constFind(delivery.token);
    if (it == m_pending.cend())
        return;
    switch (delivery.state) {
    case Delivery::State::Acknowledged:
        ++m_acknowledged;
        break;
    case Delivery::State::Sent:
        if (delivery.qos != 0)
            return;
        ++m_acknowledged;
        break;
    case Delivery::State::Failed:
        m_failedTopics.append(it.value());
        break;
    case Delivery::State::Queued:
    case Delivery::State::Received:
        return;
    }
    m_pending.erase(it);
    emit progress(m_acknowledged);
    publishMore();
    if (m_pending.isEmpty() && m_nextOutgoing >= m_outgoing.size())
        finishPublishing();
}

void RetainedScan::finishPublishing()
{
    const Operation operation = m_operation;
    const int count = m_acknowledged;
    const QStringList failedTopics = m_failedTopics;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (operation == Operation::Clear) {
        for (const OutgoingMessage &out : std::as_const(m_outgoing)) {
            if (!failedTopics.contains(out.topic))
                forgetSeen(out.topic);
        }
    } else if (operation == Operation::Restore) {
        QList<Message> published;
        for (const OutgoingMessage &out : std::as_const(m_outgoing)) {
            if (failedTopics.contains(out.topic))
                continue;
            Message m;
            m.topic = out.topic;
            m.payload = out.payload;
            m.receivedAtMs = now;
            published.append(m);
        }
        for (const Message &m : std::as_const(published))
            forgetSeen(m.topic);
        noteMessages(published);
    }
    finish();
    if (operation == Operation::Clear)
        emit cleared(count, failedTopics);
    else if (operation == Operation::Restore)
        emit restored(count, failedTopics);
}

// ---------------------------------------------------------------- restore file

bool RetainedScan::writeRestoreFile(const QString &path, const QList<Message> &messages,
                                    const QString &brokerDescription, QString *error)
{
    QJsonArray list;
    for (const Message &m : messages) {
        QJsonObject entry;
        entry.insert(QStringLiteral("topic"), m.topic);
        entry.insert(QStringLiteral("payload"), QString::fromLatin1(m.payload.toBase64()));
        entry.insert(QStringLiteral("qos"), int(m.qos));
        const Properties kept = keptProperties(m.properties);
        if (!kept.isEmpty())
            entry.insert(QStringLiteral("properties"), kept.toJson());
        list.append(entry);
    }
    QJsonObject root;
    root.insert(QStringLiteral("format"), FormatName);
    root.insert(QStringLiteral("version"), FormatVersion);
    root.insert(QStringLiteral("broker"), brokerDescription);
    root.insert(QStringLiteral("savedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    root.insert(QStringLiteral("messages"), list);

    const auto setError = [error](const QString &message) {
        if (error)
            *error = message;
        return false;
    };
    if (path.isEmpty())
        return setError(tr("No restore file was chosen."));
    const QFileInfo info(path);
    if (!info.dir().exists() && !QDir().mkpath(info.absolutePath()))
        return setError(
            tr("Could not write the restore file %1: the folder %2 cannot be created.").arg(path, info.absolutePath()));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return setError(tr("Could not write the restore file %1: %2.").arg(path, file.errorString()));
    file.write(QJsonDocument(root).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return setError(tr("Could not write the restore file %1: %2.").arg(path, file.errorString()));
    if (error)
        error->clear();
    return true;
}

std::optional<QList<Message>> RetainedScan::readRestoreFile(const QString &path, QString *error)
{
    QString dummy;
    QString &why = error ? *error : dummy;
    why.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        why = tr("Could not read the restore file %1: %2.").arg(path, file.errorString());
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        why = tr("The restore file %1 is not valid JSON: %2 at offset %3.")
                  .arg(path, parseError.errorString())
                  .arg(parseError.offset);
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    if (!doc.isObject() || root.value(QStringLiteral("format")).toString() != FormatName) {
        why = tr("The file %1 is not a Signalbox retained-message restore file.").arg(path);
        return std::nullopt;
    }
    const int version = root.value(QStringLiteral("version")).toInt(-1);
    if (version != FormatVersion) {
        why = tr("The restore file %1 has version %2; this Signalbox reads version %3.")
                  .arg(path)
                  .arg(version)
                  .arg(FormatVersion);
        return std::nullopt;
    }
    const QJsonValue messagesValue = root.value(QStringLiteral("messages"));
    if (!messagesValue.isArray()) {
        why = tr("The restore file %1 has no list of messages.").arg(path);
        return std::nullopt;
    }
    const QJsonArray list = messagesValue.toArray();
    QList<Message> messages;
    messages.reserve(list.size());
    for (qsizetype i = 0; i < list.size(); ++i) {
        const auto bad = [&](const QString &problem) -> std::optional<QList<Message>> {
            why = tr("Message %1 of the restore file %2 is invalid: %3").arg(i + 1).arg(path, problem);
            return std::nullopt;
        };
        if (!list.at(i).isObject())
            return bad(tr("it is not an object."));
        const QJsonObject entry = list.at(i).toObject();
        Message m;
        m.retain = true;
        m.topic = entry.value(QStringLiteral("topic")).toString();
        const std::optional<QString> topicProblem = TopicName::validate(m.topic);
        if (topicProblem)
            return bad(*topicProblem);
        const QJsonValue payload = entry.value(QStringLiteral("payload"));
        if (!payload.isString())
            return bad(tr("it has no payload."));
        const auto decoded = QByteArray::fromBase64Encoding(payload.toString().toLatin1(),
                                                            QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return bad(tr("its payload is not Base64."));
        m.payload = *decoded;
        const QJsonValue qos = entry.value(QStringLiteral("qos"));
        if (!qos.isDouble() || qos.toInt(-1) < 0 || qos.toInt(-1) > 2)
            return bad(tr("its QoS is not 0, 1 or 2."));
        m.qos = quint8(qos.toInt());
        if (entry.contains(QStringLiteral("properties"))) {
            const QJsonValue propertiesValue = entry.value(QStringLiteral("properties"));
            if (!propertiesValue.isObject())
                return bad(tr("its properties are not an object."));
            QString propertyError;
            const auto properties = Properties::fromJson(propertiesValue.toObject(), &propertyError);
            if (!properties)
                return bad(propertyError);
            for (const Property &p : properties->items()) {
                if (!keptProperty(p.id))
                    return bad(tr("the property %1 does not belong to a retained message.").arg(propertyName(p.id)));
            }
            m.properties = *properties;
        }
        messages.append(m);
    }
    return messages;
}

// ---------------------------------------------------------------- ages

void RetainedScan::noteMessages(const QList<Message> &messages)
{
    for (const Message &m : messages) {
        const size_t hash = payloadHash(m.payload);
        Seen &seen = m_seen[m_topicTable->idOf(m)];
        if (!seen.remembered) {
            // An empty retained payload deletes; nothing to age.
            if (m.payload.isEmpty() || m_remembered >= MaximumRememberedTopics)
                continue;
            seen = Seen{true, hash, m.receivedAtMs, !m.retain};
            ++m_remembered;
            continue;
        }
        if (seen.payloadHash == hash)
            continue;
        if (m.payload.isEmpty()) {
            seen = Seen{};
            --m_remembered;
            continue;
        }
        seen.payloadHash = hash;
        seen.firstSeenMs = m.receivedAtMs;
        seen.seenLive = !m.retain;
    }
}

const RetainedScan::Seen *RetainedScan::findSeen(const QString &topic) const
{
    const Seen &seen = m_seen.value(m_topicTable->find(topic));
    return seen.remembered ? &seen : nullptr;
}

void RetainedScan::forgetSeen(const QString &topic)
{
    const TopicTable::Id id = m_topicTable->find(topic);
    if (id == 0 || !m_seen.value(id).remembered)
        return;
    m_seen[id] = Seen{};
    --m_remembered;
}

void RetainedScan::forgetAges()
{
    m_seen.clear();
    m_remembered = 0;
}

void RetainedScan::setTopicTable(std::shared_ptr<TopicTable> table)
{
    Q_ASSERT(table && m_remembered == 0);
    m_topicTable = std::move(table);
    m_seen.clear();
}

RetainedAge RetainedScan::ageOf(const Message &m, qint64 nowMs) const
{
    return ageOf(m.topic, payloadHash(m.payload), m.receivedAtMs, nowMs);
}

RetainedAge RetainedScan::ageOf(const QString &topic, size_t payloadHash, qint64 receivedAtMs, qint64 nowMs) const
{
    const Seen *seen = findSeen(topic);
    if (seen && seen->payloadHash == payloadHash)
        return {std::max<qint64>(0, nowMs - seen->firstSeenMs), !seen->seenLive};
    return {std::max<qint64>(0, nowMs - receivedAtMs), true};
}

} // namespace Signalbox
