#include "session/connectionsession.h"

#include "client/sessionstore.h"
#include "decoders/sparkplug.h"
#include "models/brokerstats.h"
#include "models/messagelogmodel.h"
#include "models/packetlogmodel.h"
#include "models/sparkplughostmodel.h"
#include "models/topicchartdata.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"
#include "payload/payloadformat.h"
#include "session/scripttransforms.h"

#include <algorithm>

namespace Signalbox {

namespace {
constexpr int PreviewChars = 160; // as the log's own preview
} // namespace

ConnectionSession::ConnectionSession(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_host(new ClientHost(profile, this))
    , m_logModel(new MessageLogModel(this))
    , m_packetModel(new PacketLogModel(profile.version, this))
    , m_topicModel(new TopicTreeModel(this))
    , m_trafficModel(new TrafficProfileModel(this))
    , m_chartData(new TopicChartData(this))
    , m_stats(new BrokerStats(this))
    , m_sparkplug(new SparkplugHostModel(this))
    , m_scripts(new ScriptTransforms(this))
{
    m_logModel->setTopicTable(m_topics);
    m_topicModel->setTopicTable(m_topics);
    m_trafficModel->setTopicTable(m_topics);
    // A new chart starts with what the log already holds.
    // (as the charts read them: decoded, or as a script made them)
    m_chartData->setHistory([this](const QString &filter, qsizetype limit) {
        return chartHistory(m_logModel->receivedMessages(filter, limit));
    });
    m_host->setBacklogLimit(DefaultBacklogLimit);
    m_host->setPacketTraceEnabled(true);
    // PUBLISH and acknowledgements always, but not a flood's worth: a copy each.
    m_host->setPublishTraceLimit(TracedPublishesPerSecond);
    m_drainTimer.setObjectName(QStringLiteral("sessionDrain"));
    m_drainTimer.setSingleShot(true);
    connect(&m_drainTimer, &QTimer::timeout, this, &ConnectionSession::drain);
    m_lastReport.start();

    const MqttClient *client = m_host->events();
    connect(client, &MqttClient::messagesReceived, this, &ConnectionSession::enqueue);
    connect(client, &MqttClient::delivered, m_logModel, &MessageLogModel::updateDelivery);
    connect(client, &MqttClient::packetsSent, m_packetModel, &PacketLogModel::append);
    connect(client, &MqttClient::packetsReceived, m_packetModel, &PacketLogModel::append);

    m_annotationTimer.setSingleShot(true);
    m_annotationTimer.setInterval(250);
    connect(&m_annotationTimer, &QTimer::timeout, m_logModel, &MessageLogModel::annotationsChanged);
    connect(m_scripts, &ScriptTransforms::resultsReady, this, [this](const QList<Message> &transformed) {
        if (!transformed.isEmpty())
            m_chartData->addMessages(transformed);
        if (!m_annotationTimer.isActive())
            m_annotationTimer.start();
    });
    connect(m_scripts, &ScriptTransforms::loadErrorsChanged, this, &ConnectionSession::decodingChanged);
    connect(m_scripts, &ScriptTransforms::publishReady, this,
            [this](const OutgoingMessage &message, bool encode) { send(message, encode); });
    connect(m_scripts, &ScriptTransforms::publishFailed, this, &ConnectionSession::publishFailed);
    m_logModel->setPayloadAnnotator(
        [this](const QString &topic, const QByteArray &payload) { return annotate(topic, payload); });

    configureSessionStore(profile);
    loadHistory(profile);
}

ConnectionSession::~ConnectionSession()
{
    // The client's thread stops first (ClientHost's destructor), so nothing
    // arrives while the sinks go.
    delete m_host;
}

void ConnectionSession::setProfile(const ConnectionProfile &profile)
{
    m_host->setProfile(profile);
    m_packetModel->setProtocolVersion(profile.version);
    configureSessionStore(profile);
}

quint64 ConnectionSession::publish(const OutgoingMessage &message, bool encode)
{
    if (m_scripts->publish(m_decoding, message, encode))
        return 0; // send() follows publishReady()
    return send(message, encode);
}

quint64 ConnectionSession::send(OutgoingMessage message, bool encode)
{
    if (encode) {
        QString error;
        std::optional<QByteArray> encoded = m_decoding.encode(message.topic, message.payload, &error);
        if (!encoded) {
            emit publishFailed(message, error);
            return 0;
        }
        message.payload = std::move(*encoded);
    }
    const quint64 token = m_host->publish(message);
    m_logModel->appendSent(token, message);
    return token;
}

void ConnectionSession::setWorkspace(const ConnectionWorkspace &workspace)
{
    if (workspace == m_workspace)
        return;
    const bool bindingsChanged = workspace.payloadBindings != m_workspace.payloadBindings;
    m_workspace = workspace;
    if (bindingsChanged)
        loadBindings();
    m_workspace.publishHistory = m_workspace.publishHistory.mid(0, ConnectionWorkspace::MaxHistory);
    emit workspaceChanged();
}

void ConnectionSession::setSubscriptions(const QList<WorkspaceSubscription> &subscriptions)
{
    ConnectionWorkspace changed = m_workspace;
    changed.subscriptions = subscriptions;
    setWorkspace(changed);
}

void ConnectionSession::setPublishHistory(const QList<PublishHistoryEntry> &history)
{
    ConnectionWorkspace changed = m_workspace;
    changed.publishHistory = history;
    setWorkspace(changed);
}

void ConnectionSession::setSavedMessages(const QList<SavedMessage> &messages)
{
    ConnectionWorkspace changed = m_workspace;
    changed.savedMessages = messages;
    setWorkspace(changed);
}

void ConnectionSession::enqueue(const QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    m_waiting.push_back(messages);
    m_waitingCount += messages.size();
    if (!m_drainTimer.isActive())
        m_drainTimer.start(0);
}

// One slice: whole batches until the budget is spent; the rest waits for the
// next turn of the event loop.
void ConnectionSession::drain()
{
    QElapsedTimer slice;
    slice.start();
    while (!m_waiting.empty()) {
        // The topic tree applies what it is given in slices of its own: while
        // it is behind, the rest waits here, where the back-pressure sees it.
        if (m_topicModel->pendingCount() >= SinkBacklog) {
            m_drainTimer.start(SliceBudgetMs);
            reportBacklog();
            return;
        }
        QList<Message> batch = std::move(m_waiting.front());
        m_waiting.pop_front();
        const qsizetype count = batch.size();
        m_waitingCount -= count;
        deliver(std::move(batch));
        m_host->messagesTaken(count);
        if (slice.elapsed() >= SliceBudgetMs)
            break;
    }
    if (!m_waiting.empty())
        m_drainTimer.start(0);
    reportBacklog();
}

void ConnectionSession::deliver(QList<Message> messages)
{
    for (Message &m : messages) // the only reference: stamping copies nothing
        m_topics->intern(m);
    m_logModel->appendReceived(messages);
    m_topicModel->addMessages(messages);
    m_stats->addMessages(messages);
    m_trafficModel->addMessages(messages);
    m_sparkplug->addMessages(messages);
    if (m_decoding.isEmpty()) {
        m_chartData->addMessages(messages);
    } else {
        m_chartData->addMessages(forCharts(messages));
        checkSchemas(messages);
        m_scripts->submit(m_decoding, messages);
    }
    emit messagesDelivered(messages);
}

void ConnectionSession::reportBacklog()
{
    const bool behind = m_behind ? m_waitingCount >= BehindThreshold / 5 : m_waitingCount >= BehindThreshold;
    if (behind == m_behind && (!behind || m_lastReport.elapsed() < 250))
        return;
    m_behind = behind;
    m_lastReport.restart();
    emit backlogChanged(behind ? m_waitingCount : 0);
}

// A persistent session's state, and the history when the profile keeps it, go
// to the session file; both need a fixed client id to find their session again.
void ConnectionSession::configureSessionStore(const ConnectionProfile &profile)
{
    const bool persistent = !profile.cleanStart
                            || (profile.version == ProtocolVersion::V5 && profile.sessionExpiryInterval.value_or(0) > 0);
    const bool use = !profile.clientId.isEmpty() && (persistent || profile.keepHistory);
    m_host->setSessionStore(use ? SessionStore::defaultPath() : QString(), profile.keepHistory,
                            qint64(profile.historyLimitMb) * 1024 * 1024);
}

// The messages an earlier run kept, back in the log and the topic tree.
void ConnectionSession::loadHistory(const ConnectionProfile &profile)
{
    if (!profile.keepHistory || profile.clientId.isEmpty())
        return;
    SessionStore store;
    if (!store.open(SessionStore::defaultPath()))
        return;
    store.setSession(SessionStore::sessionKey(profile.url(), profile.clientId));
    QList<Message> history = store.history();
    if (history.isEmpty())
        return;
    for (Message &m : history)
        m_topics->intern(m);
    m_logModel->appendReceived(history);
    m_topicModel->addMessages(history);
}

void ConnectionSession::setPayloadBindings(const QList<PayloadBinding> &bindings)
{
    if (bindings == m_workspace.payloadBindings)
        return;
    m_workspace.payloadBindings = bindings;
    loadBindings();
    emit workspaceChanged();
}

void ConnectionSession::loadBindings()
{
    m_decoding.setBindings(m_workspace.payloadBindings);
    m_scripts->setScripts(m_decoding);
    m_violations.clear();
    m_violatingMessages = 0;
    m_logModel->annotationsChanged();
    emit decodingChanged();
    emit violationCountsChanged();
}

ConnectionSession::DecodedView ConnectionSession::decodedView(const QString &topic, const QByteArray &payload)
{
    DecodedView view;
    const qsizetype binding = m_decoding.scriptFor(topic);
    // A script that left the payload as it was (receive() returned nothing, or it
    // has none): shown as if there were no script.
    const ScriptResult *r = binding >= 0 ? m_scripts->result(m_decoding, topic, payload) : nullptr;
    if (binding >= 0 && !(r && r->unchanged)) {
        DecodedPayload d;
        d.decoder = tr("Script: %1").arg(m_decoding.scriptName(binding));
        if (r) {
            if (r->ok())
                d.json = r->output;
            else
                d.error = r->error;
        } else if (!m_scripts->loadError(binding).isEmpty()) {
            d.error = m_scripts->loadError(binding);
        } else {
            d.error = tr("The script is running.");
            view.pending = true;
        }
        view.decoded = d;
    } else {
        view.decoded = m_decoding.decode(topic, payload);
    }
    view.violations = m_decoding.validate(topic, payload);
    return view;
}

std::optional<MessageLogModel::PayloadAnnotation> ConnectionSession::annotate(const QString &topic,
                                                                              const QByteArray &payload)
{
    std::optional<MessageLogModel::PayloadAnnotation> a;
    const qsizetype script = m_decoding.scriptFor(topic);
    const ScriptResult *r = script >= 0 ? m_scripts->result(m_decoding, topic, payload) : nullptr;
    if (script >= 0 && !(r && r->unchanged)) { // as decodedView()
        a.emplace();
        if (r) {
            if (r->ok())
                a->preview = payloadPreview(r->output, PreviewChars);
            else
                a->problem = r->error;
        } else if (!m_scripts->loadError(script).isEmpty()) {
            a->problem = m_scripts->loadError(script);
        }
    } else if (const auto d = m_decoding.decode(topic, payload)) {
        a.emplace();
        if (d->ok())
            a->preview = payloadPreview(d->json, PreviewChars);
        else
            a->problem = tr("%1: %2").arg(d->decoder, d->error);
    }
    if (const auto v = m_decoding.validate(topic, payload, 5); v && !v->isEmpty()) {
        if (!a)
            a.emplace();
        QStringList lines;
        if (!a->problem.isEmpty())
            lines << a->problem;
        lines << tr("Schema violations:");
        for (const SchemaViolation &violation : *v)
            lines << tr("%1: %2").arg(violation.path, violation.message);
        a->problem = lines.join(QLatin1Char('\n'));
    }
    return a;
}

// Each message on a topic with a schema is checked once, as it arrives.
void ConnectionSession::checkSchemas(const QList<Message> &messages)
{
    bool changed = false;
    for (const Message &m : messages) {
        if (m_decoding.schemaFor(m.topic) < 0)
            continue;
        const auto v = m_decoding.validate(m.topic, m.payload, 1);
        if (!v || v->isEmpty())
            continue;
        ++m_violatingMessages;
        for (const QString &filter : m.subscriptions)
            ++m_violations[filter];
        changed = true;
    }
    if (changed)
        emit violationCountsChanged();
}

// The log's messages as the charts read them: what a script made of each (those
// it has not run on yet are asked for and left out), or forCharts().
QList<Message> ConnectionSession::chartHistory(QList<Message> messages)
{
    if (m_decoding.isEmpty())
        return messages;
    QList<Message> out;
    out.reserve(messages.size());
    for (Message &m : messages) {
        if (m_decoding.scriptFor(m.topic) >= 0) {
            if (const ScriptResult *r = m_scripts->result(m_decoding, m.topic, m.payload); r && r->ok()) {
                m.payload = r->output;
                out.append(std::move(m));
            }
        } else if (const auto d = m_decoding.decode(m.topic, m.payload)) {
            if (d->ok()) {
                m.payload = PayloadDecoding::chartJson(
                    *d, [this, &m](quint64 alias) { return sparkplugMetricName(m.topic, alias); });
                out.append(std::move(m));
            }
        } else {
            out.append(std::move(m));
        }
    }
    return out;
}

// The name a Sparkplug B node's or device's birth certificate gave an alias (the
// host model has taken the batch already); empty when none did.
QString ConnectionSession::sparkplugMetricName(const QString &topic, quint64 alias) const
{
    const auto t = SparkplugTopic::parse(topic);
    if (!t)
        return {};
    const QModelIndex parent = m_sparkplug->findIndex(t->group, t->edgeNode, t->device);
    if (!parent.isValid())
        return {};
    for (int row = 0; row < m_sparkplug->rowCount(parent); ++row) {
        const QModelIndex metric = m_sparkplug->index(row, 0, parent);
        const QVariant a = metric.data(SparkplugHostModel::AliasRole);
        if (a.isValid() && a.toULongLong() == alias)
            return metric.data(SparkplugHostModel::MetricNameRole).toString();
    }
    return {};
}

// What the charts plot: a decoded payload as JSON (Sparkplug B's metrics by
// name); a payload a script transforms comes later, from the script.
QList<Message> ConnectionSession::forCharts(const QList<Message> &messages) const
{
    // The usual batch has nothing to decode (Sparkplug B is on by default, so the
    // decoding is rarely empty): it goes on as it is, without a copy.
    const bool changes = std::any_of(messages.cbegin(), messages.cend(), [this](const Message &m) {
        return m_decoding.scriptFor(m.topic) >= 0 || m_decoding.hasDecoder(m.topic);
    });
    if (!changes)
        return messages;
    QList<Message> out;
    out.reserve(messages.size());
    for (const Message &m : messages) {
        if (m_decoding.scriptFor(m.topic) >= 0)
            continue;
        if (const auto d = m_decoding.decode(m.topic, m.payload)) {
            if (!d->ok())
                continue;
            Message copy = m;
            copy.payload = PayloadDecoding::chartJson(
                *d, [this, &m](quint64 alias) { return sparkplugMetricName(m.topic, alias); });
            out.append(std::move(copy));
        } else {
            out.append(m);
        }
    }
    return out;
}

} // namespace Signalbox
