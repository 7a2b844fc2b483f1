#pragma once

#include "client/clienthost.h"
#include "models/messagelogmodel.h"
#include "mqtt/topictable.h"
#include "profiles/connectionworkspace.h"
#include "session/payloaddecoding.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QTimer>

#include <deque>

namespace Signalbox {

class BrokerStats;
class MessageLogModel;
class PacketLogModel;
class SparkplugHostModel;
class TopicChartData;
class TopicTreeModel;
class TrafficProfileModel;
class ScriptTransforms;

// Everything one connection keeps, apart from its widgets: the client in its
// worker thread (ClientHost) and every sink the window shows (the message
// log, the packet log, the topic tree, the traffic profile, the chart data and
// the broker's $SYS statistics), wired together here so that a page only
// binds widgets to them. Lives in the GUI thread.
//
// The per-topic tables (the log's store, the tree, the traffic profile, and
// the retained ages of the page's Retained view) share one TopicTable: the
// session stamps each message with its topic's id before the sinks see it,
// and they keep their rows in arrays by that id.
//
// The received-message path: the worker hands over batches of at most
// MqttClient::MaximumBatch messages; they wait here in arrival order, and a
// zero timer gives them to the sinks a slice at a time, for at most
// SliceBudgetMs per turn of the event loop, so that painting and input run
// between slices however fast messages come. While more than DefaultBacklogLimit
// messages wait, the worker stops reading from the socket (back-pressure,
// ReceiveBacklog): TCP then holds the broker, and memory stays bounded however
// long a flood lasts. Nothing read is dropped.
class ConnectionSession : public QObject
{
    Q_OBJECT
public:
    static constexpr qint64 DefaultBacklogLimit = 20000;
    // The packet inspector records PUBLISH and its acknowledgements at most this
    // many a second (both directions together); the other packets always.
    static constexpr int TracedPublishesPerSecond = 200;
    static constexpr int SliceBudgetMs = 5;
    // The most messages a sink with a queue of its own (the topic tree) may
    // hold unapplied before the session stops giving it more.
    static constexpr qsizetype SinkBacklog = 8 * MqttClient::MaximumBatch;
    // waiting() at or above this counts as falling behind (fallingBehind()),
    // and below a fifth of it no longer.
    static constexpr qint64 BehindThreshold = 5000;

    explicit ConnectionSession(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~ConnectionSession() override;

    const ConnectionProfile &profile() const { return m_host->profile(); }
    // Takes effect at the next connect; also sets where the session state and
    // history go (the session file) and the packet log's protocol version.
    void setProfile(const ConnectionProfile &profile);

    ClientHost *client() const { return m_host; }
    MessageLogModel *logModel() const { return m_logModel; }
    PacketLogModel *packetModel() const { return m_packetModel; }
    TopicTreeModel *topicModel() const { return m_topicModel; }
    TrafficProfileModel *trafficModel() const { return m_trafficModel; }
    TopicChartData *chartData() const { return m_chartData; }
    BrokerStats *brokerStats() const { return m_stats; }
    SparkplugHostModel *sparkplugModel() const { return m_sparkplug; } // spBv1.0/ topics, fed like the others
    // The connection's topics, for a per-topic table outside the session
    // (RetainedScan::setTopicTable).
    const std::shared_ptr<TopicTable> &topicTable() const { return m_topics; }

    // Publishes through the client and logs the message as sent; returns its token.
    // On a topic with a script, its publish() runs first, off the GUI thread: the
    // message is sent when it comes back (in the order asked) and 0 is returned.
    // With `encode`, the payload (the script's output, when one ran) is JSON for the
    // topic's encoder (PayloadDecoding::encoderFor()): Sparkplug B, or a bound
    // Protobuf or Avro schema. A script error, or JSON that does not encode, sends
    // nothing and says why through publishFailed().
    quint64 publish(const OutgoingMessage &message, bool encode = false);

    // What the connection keeps between runs (its subscriptions, publish
    // history and saved messages): the page keeps it up to date, the window saves it with the
    // profile. The setters emit workspaceChanged() when something changed.
    const ConnectionWorkspace &workspace() const { return m_workspace; }
    void setWorkspace(const ConnectionWorkspace &workspace);
    void setSubscriptions(const QList<WorkspaceSubscription> &subscriptions);
    void setPublishHistory(const QList<PublishHistoryEntry> &history);
    void setSavedMessages(const QList<SavedMessage> &messages);
    // The decoders, schemas and scripts bound to topic filters (kept in the
    // workspace), loaded: the log shows what they make of a payload, the charts
    // plot it, and schema violations are counted per subscription.
    void setPayloadBindings(const QList<PayloadBinding> &bindings);
    const PayloadDecoding &decoding() const { return m_decoding; }
    ScriptTransforms *scripts() const { return m_scripts; }
    // What the pane shows for a payload: the decoded value or the script's output
    // (nullopt when nothing applies), and the schema violations (nullopt: no schema).
    struct DecodedView
    {
        std::optional<DecodedPayload> decoded;
        std::optional<QList<SchemaViolation>> violations;
        bool pending = false; // a script runs on it: ask again after scripts()->resultsReady()
    };
    DecodedView decodedView(const QString &topic, const QByteArray &payload);
    // Messages that broke their schema, per subscription filter (a message counts
    // for each subscription it matched), since the bindings were set.
    qint64 violationCount(const QString &subscription) const { return m_violations.value(subscription); }
    qint64 violatingMessages() const { return m_violatingMessages; }

    // Received messages that the sinks have not taken yet.
    qint64 waiting() const { return m_waitingCount; }
    bool fallingBehind() const { return m_behind; }

signals:
    // A batch the sinks have taken, for sinks outside the session (the
    // retained scan of the window's Retained view).
    void messagesDelivered(const QList<Signalbox::Message> &messages);
    // waiting() while falling behind, at most four times a second, and 0 once
    // it has caught up.
    void backlogChanged(qint64 waiting);
    void workspaceChanged();
    // The bindings were loaded again, or a script's load error came in.
    void decodingChanged();
    void violationCountsChanged();
    // A publish() that was not sent, and why (a script's error with its line, an encoding error).
    void publishFailed(const Signalbox::OutgoingMessage &message, const QString &error);

private:
    void enqueue(const QList<Message> &messages);
    void drain();
    void deliver(QList<Message> messages);
    void reportBacklog();
    void loadBindings();
    quint64 send(OutgoingMessage message, bool encode);
    void checkSchemas(const QList<Message> &messages);
    QList<Message> forCharts(const QList<Message> &messages) const;
    QList<Message> chartHistory(QList<Message> messages);
    QString sparkplugMetricName(const QString &topic, quint64 alias) const;
    std::optional<MessageLogModel::PayloadAnnotation> annotate(const QString &topic, const QByteArray &payload);
    void configureSessionStore(const ConnectionProfile &profile);
    void loadHistory(const ConnectionProfile &profile);

    std::shared_ptr<TopicTable> m_topics = std::make_shared<TopicTable>();
    ClientHost *m_host;
    MessageLogModel *m_logModel;
    PacketLogModel *m_packetModel;
    TopicTreeModel *m_topicModel;
    TrafficProfileModel *m_trafficModel;
    TopicChartData *m_chartData;
    BrokerStats *m_stats;
    SparkplugHostModel *m_sparkplug;

    ConnectionWorkspace m_workspace;
    PayloadDecoding m_decoding;
    ScriptTransforms *m_scripts;
    QHash<QString, qint64> m_violations;
    qint64 m_violatingMessages = 0;
    QTimer m_annotationTimer; // the log asks again for what scripts made, at most 4 times a second
    std::deque<QList<Message>> m_waiting;
    qint64 m_waitingCount = 0;
    QTimer m_drainTimer;
    QElapsedTimer m_lastReport;
    bool m_behind = false;
};

} // namespace Signalbox
