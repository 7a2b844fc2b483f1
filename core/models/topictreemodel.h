#pragma once

#include "mqtt/message.h"
#include "mqtt/topictable.h"

#include <QAbstractItemModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QTimer>

#include <memory>
#include <deque>
#include <vector>

namespace Signalbox {

// The topics one connection has seen, as a tree split on '/' (MQTT 5.0 §4.7.1.1):
// "a//b" has an empty middle level, "/a" an empty first level, and "$SYS/x" and
// other '$' topics are top-level nodes of their own. Children keep the order in
// which their topics first arrived.
//
// Messages given to addMessages() wait and are applied by a 50 ms timer, in
// slices of a few milliseconds when there are many: new nodes arrive as one
// rowsInserted per parent (at most every InsertMs), changed nodes as one
// dataChanged per parent spanning the changed rows; the model is reset only by
// clear(). A topic seen before finds its node by its id in the topic table
// (TopicTable: the connection's, shared with its other tables); a new one costs
// O(topic levels). The rate is
// counted by a 1 s timer (tickRate()). Lives in the GUI thread.
class TopicTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, MessagesColumn, RateColumn, PayloadColumn, TimeColumn, ColumnCount };
    enum Role {
        TopicRole = Qt::UserRole, // QString: the node's full topic
        PayloadRole, // QByteArray: last payload on the node's own topic (null if none)
        RetainedRole, // bool: the retain flag of the node's last own message
        CountRole, // qint64: messages on the node and its descendants
        RateRole, // qint64: of those, how many arrived in the last rate period (1 s)
        NodeHasMessageRole, // bool: a message arrived on the node's own topic
        OwnCountRole, // qint64: messages on the node's own topic
        BytesRole, // qint64: payload bytes of the node and its descendants
        LastTimeRole, // qint64: ms since epoch of the subtree's last message (0: none)
        HasRetainedRole, // bool: the node or a descendant holds a retained message
        SortRole, // the column's value for sorting: name, count, rate, preview, last time
        TopicCountRole, // qint64: topics below the node (not its own) that received a message
    };
    Q_ENUM(Role)

    // More rates than this changed at one tick: ratesChanged() instead of
    // dataChanged() per parent (sorting and emitting ten thousand ranges
    // took longer than a frame).
    static constexpr qsizetype RateSignalLimit = 1000;
    static constexpr int InsertMs = 200; // new rows are announced at most this often, but by flush()
    static constexpr int RecentCapacity = 20; // messages kept per node with own messages, at most
    static constexpr qsizetype HistoryBudget = 100'000; // messages kept by all nodes together, about
    // How many messages each node keeps now: RecentCapacity, fewer once more
    // than HistoryBudget / RecentCapacity topics have messages (at least 1).
    int historyPerNode() const { return m_historyPerNode; }

    explicit TopicTreeModel(QObject *parent = nullptr);

    // The connection's topic table, shared with its other per-topic tables;
    // the model's own until this is called. Set it while the model is empty.
    void setTopicTable(std::shared_ptr<TopicTable> table);
    ~TopicTreeModel() override;

    void addMessages(const QList<Message> &messages);
    // Applies pending messages now (tests; the timer does it otherwise).
    void flush();
    // Messages given to addMessages() and not applied yet (they are applied
    // a slice at a time); a caller that feeds a flood holds back above a bound.
    qsizetype pendingCount() const;
    // Ends the current rate period: each node's rate becomes what arrived in
    // it (the 1 s timer calls this; tests may call it directly).
    void tickRate();
    void clear();

    // Invalid index if the topic has not been seen (pending messages count once flushed).
    QModelIndex indexForTopic(const QString &topic) const;
    // Topics under index (itself included) whose last message was retained, in
    // tree order; an invalid index means the whole tree.
    QStringList retainedTopicsUnder(const QModelIndex &index) const;
    // The node's own last messages, newest first, at most min(max, historyPerNode()).
    QList<Message> recentMessages(const QModelIndex &index, int max = RecentCapacity) const;
    qsizetype nodeCount() const { return static_cast<qsizetype>(m_nodeCount); }

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    bool hasChildren(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // The rates of more than RateSignalLimit rows changed at a tick, with no
    // dataChanged() for them: a view re-reads the rates it shows.
    void ratesChanged();

private:
    struct Node;

    Node *nodeFor(const QModelIndex &index) const;
    QModelIndex indexFor(const Node *node, int column = 0) const;
    Node *childFor(Node *parent, const QString &name);
    void announce(Node *node);
    void limitHistory();
    void emitChanged(std::vector<Node *> &changed, int firstColumn, int lastColumn, const QList<int> &roles);

    std::unique_ptr<Node> m_root;
    static constexpr int SliceMs = 6;
    void apply(int budgetMs);
    std::deque<QList<Message>> m_pending; // batches not yet applied, the first from m_pendingOffset
    qsizetype m_pendingOffset = 0;
    std::shared_ptr<TopicTable> m_topicTable = std::make_shared<TopicTable>();
    ByTopic<Node *> m_nodeByTopic{nullptr}; // a topic seen before: its node
    std::vector<Node *> m_all; // every node but the root, for the rate tick
    std::vector<Node *> m_grown; // announced nodes with children the views don't know yet
    QElapsedTimer m_lastInsert;
    size_t m_nodeCount = 0;
    qsizetype m_nodesWithMessages = 0;
    int m_historyPerNode = RecentCapacity;
    // Changed rows are announced together, every AnnounceMs, or every
    // FloodAnnounceMs after more than FloodMessages messages: each
    // announcement costs the view a repaint, whatever it brings.
    static constexpr int AnnounceMs = 50;
    static constexpr int FloodAnnounceMs = 150;
    static constexpr qsizetype FloodMessages = 500;
    std::vector<Node *> m_changed; // announced rows changed since the last announcement
    QElapsedTimer m_lastAnnounce;
    qsizetype m_appliedSinceAnnounce = 0;
    int m_announceMs = AnnounceMs;
    quint64 m_flushEpoch = 1; // a node's changedEpoch equals it while the node is in m_changed
    QTimer m_flushTimer;
    QTimer m_rateTimer;
};

} // namespace Signalbox
