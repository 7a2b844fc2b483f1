#include "session/connectionsession.h"

#include "client/sessionstore.h"
#include "models/brokerstats.h"
#include "models/messagelogmodel.h"
#include "models/packetlogmodel.h"
#include "models/sparkplughostmodel.h"
#include "models/topicchartdata.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"

namespace Signalbox {

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
{
    m_logModel->setTopicTable(m_topics);
    m_topicModel->setTopicTable(m_topics);
    m_trafficModel->setTopicTable(m_topics);
    // A new chart starts with what the log already holds.
    m_chartData->setHistory(
        [log = m_logModel](const QString &filter, qsizetype limit) { return log->receivedMessages(filter, limit); });
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

quint64 ConnectionSession::publish(const OutgoingMessage &message)
{
    const quint64 token = m_host->publish(message);
    m_logModel->appendSent(token, message);
    return token;
}

void ConnectionSession::setWorkspace(const ConnectionWorkspace &workspace)
{
    if (workspace == m_workspace)
        return;
    m_workspace = workspace;
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
    m_chartData->addMessages(messages);
    m_sparkplug->addMessages(messages);
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

} // namespace Signalbox
