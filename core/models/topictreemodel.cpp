#include "models/topictreemodel.h"

#include "payload/payloadformat.h"

#include <QDateTime>
#include <QElapsedTimer>

#include <algorithm>

namespace Signalbox {

namespace {

constexpr int PreviewChars = 160;

} // namespace

struct TopicTreeModel::Node
{
    QString name;
    QString topic;
    Node *parent = nullptr;
    int row = 0;
    qint64 index = -1; // in TopicTreeModel::m_all
    std::vector<std::unique_ptr<Node>> children;
    QHash<QString, Node *> childByName;
    int shownChildren = 0; // rows the views know of; the rest arrive in the next insertion
    bool announced = false;

    // The node's own last messages, oldest first (see TopicTreeModel::historyPerNode()).
    QList<Message> recent;
    qint64 ownCount = 0;
    qint64 ownLastTimeMs = 0;

    qint64 count = 0; // subtree
    qint64 topics = 0; // subtree: nodes with messages, this one included
    qint64 bytes = 0; // subtree
    qint64 lastTimeMs = 0; // subtree
    qint64 countAtTick = 0;
    qint64 rate = 0;
    int retainedInSubtree = 0; // nodes (this one included) whose last message was retained
    quint64 changedEpoch = 0;

    const Message *last() const { return recent.isEmpty() ? nullptr : &recent.constLast(); }
    bool retained() const
    {
        const Message *m = last();
        return m && m->retain;
    }
    void record(const Message &message, int capacity)
    {
        recent.append(message);
        while (recent.size() > capacity)
            recent.removeFirst();
    }
};

TopicTreeModel::TopicTreeModel(QObject *parent) : QAbstractItemModel(parent), m_root(std::make_unique<Node>())
{
    m_root->announced = true;
    m_flushTimer.setObjectName(QStringLiteral("topicTreeFlush"));
    m_flushTimer.setInterval(50);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, [this] {
        apply(SliceMs);
        if (!m_pending.empty()) {
            m_flushTimer.start(0); // the rest after whatever else waits
        } else if (!m_grown.empty()) {
            m_flushTimer.start(int(std::max<qint64>(1, InsertMs - m_lastInsert.elapsed()))); // new rows wait
        } else if (!m_changed.empty()) {
            m_flushTimer.start(int(std::max<qint64>(1, m_announceMs - m_lastAnnounce.elapsed()))); // changes wait
        } else {
            m_flushTimer.setInterval(50);
        }
    });
    m_rateTimer.setObjectName(QStringLiteral("topicTreeRate"));
    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, &TopicTreeModel::tickRate);
}

TopicTreeModel::~TopicTreeModel() = default;

void TopicTreeModel::addMessages(const QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    m_pending.push_back(messages);
    if (!m_flushTimer.isActive())
        m_flushTimer.start();
}

TopicTreeModel::Node *TopicTreeModel::childFor(Node *parent, const QString &name)
{
    if (Node *found = parent->childByName.value(name))
        return found;
    if (parent->announced && parent->shownChildren == static_cast<int>(parent->children.size()))
        m_grown.push_back(parent);
    auto child = std::make_unique<Node>();
    child->name = name;
    child->topic = parent == m_root.get() ? name : parent->topic + QLatin1Char('/') + name;
    child->parent = parent;
    child->row = static_cast<int>(parent->children.size());
    Node *raw = child.get();
    parent->childByName.insert(name, raw);
    parent->children.push_back(std::move(child));
    raw->index = qint64(m_all.size());
    m_all.push_back(raw);
    ++m_nodeCount;
    return raw;
}

void TopicTreeModel::announce(Node *node)
{
    node->announced = true;
    node->shownChildren = static_cast<int>(node->children.size());
    for (const auto &child : node->children)
        announce(child.get());
}

void TopicTreeModel::flush()
{
    m_flushTimer.stop();
    while (!m_pending.empty() || !m_grown.empty() || !m_changed.empty())
        apply(-1);
}

qsizetype TopicTreeModel::pendingCount() const
{
    qsizetype count = -m_pendingOffset;
    for (const QList<Message> &batch : m_pending)
        count += batch.size();
    return count;
}

// Applies pending messages, for at most about budgetMs (all of them when
// negative), and announces what changed. A flood over many topics makes a
// batch expensive: cut into slices, the GUI thread paints and handles input
// in between.
void TopicTreeModel::apply(int budgetMs)
{
    if (!m_rateTimer.isActive())
        m_rateTimer.start();
    if (m_pending.empty() && m_grown.empty() && m_changed.empty())
        return;
    QElapsedTimer clock;
    clock.start();

    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::vector<Node *> &changed = m_changed;
    qsizetype done = 0;
    while (!m_pending.empty()) {
        const QList<Message> &batch = m_pending.front();
        for (; m_pendingOffset < batch.size(); ++m_pendingOffset) {
            if (budgetMs >= 0 && (++done & 255) == 0 && clock.elapsed() >= budgetMs)
                break;
            const Message &m = batch.at(m_pendingOffset);
            Node *&known = m_nodeByTopic[m_topicTable->idOf(m)];
            Node *node = known;
            if (!node) {
                node = m_root.get();
                qsizetype start = 0;
                while (true) {
                    const qsizetype slash = m.topic.indexOf(QLatin1Char('/'), start);
                    const qsizetype end = slash < 0 ? m.topic.size() : slash;
                    node = childFor(node, m.topic.mid(start, end - start));
                    if (slash < 0)
                        break;
                    start = slash + 1;
                }
                known = node;
            }
            const bool wasRetained = node->retained();
            const qint64 time = m.receivedAtMs ? m.receivedAtMs : now;
            if (node->ownCount == 0) {
                ++m_nodesWithMessages;
                limitHistory();
                for (Node *n = node; n != m_root.get(); n = n->parent)
                    ++n->topics;
            }
            node->record(m, m_historyPerNode);
            ++node->ownCount;
            node->ownLastTimeMs = time;
            const int retainedDelta = int(node->retained()) - int(wasRetained);
            for (Node *n = node; n != m_root.get(); n = n->parent) {
                ++n->count;
                n->bytes += m.payload.size();
                n->lastTimeMs = std::max(n->lastTimeMs, time);
                n->retainedInSubtree += retainedDelta;
                if (n->announced && n->changedEpoch != m_flushEpoch) {
                    n->changedEpoch = m_flushEpoch;
                    changed.push_back(n);
                }
            }
        }
        if (m_pendingOffset < batch.size())
            break; // out of time
        m_pending.erase(m_pending.begin());
        m_pendingOffset = 0;
    }

    // New rows make QTreeView lay out all its shown rows again: under a burst
    // of new topics they are announced at most every InsertMs, not after every
    // slice. flush() (budgetMs < 0) announces everything.
    if (!m_grown.empty() && (budgetMs < 0 || !m_lastInsert.isValid() || m_lastInsert.elapsed() >= InsertMs)) {
        for (Node *parent : m_grown) {
            const int first = parent->shownChildren;
            const int last = static_cast<int>(parent->children.size()) - 1;
            beginInsertRows(indexFor(parent), first, last);
            for (int row = first; row <= last; ++row)
                announce(parent->children[static_cast<size_t>(row)].get());
            parent->shownChildren = last + 1;
            endInsertRows();
        }
        m_grown.clear();
        m_lastInsert.start();
    }
    m_appliedSinceAnnounce += done; // counted in slices (budgetMs >= 0), which is what a flood takes
    if (budgetMs < 0 || !m_lastAnnounce.isValid() || m_lastAnnounce.elapsed() >= m_announceMs) {
        emitChanged(m_changed, 0, ColumnCount - 1, {});
        m_changed.clear();
        ++m_flushEpoch;
        m_announceMs = m_appliedSinceAnnounce > FloodMessages ? FloodAnnounceMs : AnnounceMs;
        m_appliedSinceAnnounce = 0;
        m_lastAnnounce.start();
    }
}

void TopicTreeModel::emitChanged(std::vector<Node *> &changed, int firstColumn, int lastColumn, const QList<int> &roles)
{
    if (changed.empty())
        return;
    std::sort(changed.begin(), changed.end(), [](const Node *a, const Node *b) {
        return a->parent != b->parent ? std::less<const Node *>()(a->parent, b->parent) : a->row < b->row;
    });
    size_t i = 0;
    while (i < changed.size()) {
        Node *parent = changed[i]->parent;
        const int first = changed[i]->row;
        int last = first;
        while (i < changed.size() && changed[i]->parent == parent)
            last = changed[i++]->row;
        const QModelIndex parentIndex = indexFor(parent);
        emit dataChanged(index(first, firstColumn, parentIndex), index(last, lastColumn, parentIndex), roles);
    }
}

void TopicTreeModel::tickRate()
{
    std::vector<Node *> changed;
    for (Node *node : m_all) {
        const qint64 rate = node->count - node->countAtTick;
        node->countAtTick = node->count;
        if (rate != node->rate) {
            node->rate = rate;
            if (node->announced)
                changed.push_back(node);
        }
    }
    if (static_cast<qsizetype>(changed.size()) > RateSignalLimit) {
        emit ratesChanged(); // one signal for a flood over many topics, not one per parent
        return;
    }
    emitChanged(changed, RateColumn, RateColumn, {Qt::DisplayRole, RateRole});
}

void TopicTreeModel::setTopicTable(std::shared_ptr<TopicTable> table)
{
    Q_ASSERT(table && m_nodeCount == 0 && m_pending.empty());
    m_topicTable = std::move(table);
    m_nodeByTopic.clear();
}

void TopicTreeModel::clear()
{
    beginResetModel();
    m_flushTimer.stop();
    m_rateTimer.stop();
    m_pending.clear();
    m_pendingOffset = 0;
    m_nodeByTopic.clear();
    m_grown.clear();
    m_changed.clear();
    m_appliedSinceAnnounce = 0;
    m_lastInsert.invalidate();
    m_all.clear();
    m_nodeCount = 0;
    m_nodesWithMessages = 0;
    m_historyPerNode = RecentCapacity;
    m_root = std::make_unique<Node>();
    m_root->announced = true;
    endResetModel();
}

QModelIndex TopicTreeModel::indexForTopic(const QString &topic) const
{
    const Node *node = m_root.get();
    qsizetype start = 0;
    while (true) {
        const qsizetype slash = topic.indexOf(QLatin1Char('/'), start);
        const qsizetype end = slash < 0 ? topic.size() : slash;
        node = node->childByName.value(topic.mid(start, end - start));
        if (!node || !node->announced)
            return {};
        if (slash < 0)
            return indexFor(node);
        start = slash + 1;
    }
}

QStringList TopicTreeModel::retainedTopicsUnder(const QModelIndex &index) const
{
    QStringList topics;
    std::vector<const Node *> stack{index.isValid() ? nodeFor(index) : m_root.get()};
    while (!stack.empty()) {
        const Node *node = stack.back();
        stack.pop_back();
        if (node->retainedInSubtree <= 0 && node != m_root.get())
            continue;
        if (node->retained())
            topics << node->topic;
        for (auto it = node->children.rbegin(); it != node->children.rend(); ++it)
            stack.push_back(it->get());
    }
    return topics;
}

QList<Message> TopicTreeModel::recentMessages(const QModelIndex &index, int max) const
{
    const Node *node = nodeFor(index);
    QList<Message> messages;
    if (!node || node == m_root.get() || max <= 0)
        return messages;
    const qsizetype n = std::min<qsizetype>(max, node->recent.size());
    messages.reserve(n);
    for (qsizetype i = 0; i < n; ++i)
        messages << node->recent.at(node->recent.size() - 1 - i);
    return messages;
}

// The history of every node together stays within HistoryBudget messages: with
// more topics than HistoryBudget / RecentCapacity, each keeps fewer (at least
// its last message), and those already kept are trimmed once.
void TopicTreeModel::limitHistory()
{
    const int perNode = int(
        std::clamp<qsizetype>(HistoryBudget / std::max<qsizetype>(1, m_nodesWithMessages), 1, RecentCapacity));
    if (perNode >= m_historyPerNode)
        return;
    m_historyPerNode = perNode;
    for (Node *n : m_all) {
        if (n->recent.size() <= perNode)
            continue;
        n->recent.remove(0, n->recent.size() - perNode);
        n->recent.squeeze();
    }
}

TopicTreeModel::Node *TopicTreeModel::nodeFor(const QModelIndex &index) const
{
    if (!index.isValid())
        return m_root.get();
    return static_cast<Node *>(index.internalPointer());
}

QModelIndex TopicTreeModel::indexFor(const Node *node, int column) const
{
    if (!node || node == m_root.get())
        return {};
    return createIndex(node->row, column, const_cast<Node *>(node));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column < 0 || column >= ColumnCount || row < 0 || (parent.isValid() && parent.column() != 0))
        return {};
    const Node *p = nodeFor(parent);
    if (row >= p->shownChildren)
        return {};
    return createIndex(row, column, p->children[static_cast<size_t>(row)].get());
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid())
        return {};
    return indexFor(nodeFor(child)->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid() && parent.column() != 0)
        return 0;
    return nodeFor(parent)->shownChildren;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

bool TopicTreeModel::hasChildren(const QModelIndex &parent) const
{
    return rowCount(parent) > 0;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Node *node = nodeFor(index);
    const Message *last = node->last();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return node->name.isEmpty() ? tr("(empty)") : node->name;
        case MessagesColumn:
            return node->count;
        case RateColumn:
            return node->rate;
        case PayloadColumn:
            if (!last)
                return QString();
            return last->retain ? tr("(retained) %1").arg(payloadPreview(last->payload, PreviewChars))
                                : payloadPreview(last->payload, PreviewChars);
        case TimeColumn: {
            const qint64 time = node->ownCount ? node->ownLastTimeMs : node->lastTimeMs;
            return time ? QDateTime::fromMSecsSinceEpoch(time).toString(QStringLiteral("HH:mm:ss.zzz")) : QString();
        }
        default:
            return {};
        }
    case Qt::ToolTipRole:
        return node->topic;
    case Qt::TextAlignmentRole:
        if (index.column() == MessagesColumn || index.column() == RateColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case TopicRole:
        return node->topic;
    case PayloadRole:
        return last ? last->payload : QByteArray();
    case RetainedRole:
        return node->retained();
    case CountRole:
        return node->count;
    case RateRole:
        return node->rate;
    case NodeHasMessageRole:
        return node->ownCount > 0;
    case OwnCountRole:
        return node->ownCount;
    case BytesRole:
        return node->bytes;
    case LastTimeRole:
        return node->lastTimeMs;
    case HasRetainedRole:
        return node->retainedInSubtree > 0;
    case TopicCountRole:
        return node->topics - (node->ownCount > 0 ? 1 : 0);
    case SortRole:
        switch (index.column()) {
        case NameColumn:
            return node->name;
        case MessagesColumn:
            return node->count;
        case RateColumn:
            return node->rate;
        case PayloadColumn:
            return last ? payloadPreview(last->payload, PreviewChars) : QString();
        case TimeColumn:
            return node->ownCount ? node->ownLastTimeMs : node->lastTimeMs;
        default:
            return {};
        }
    default:
        return {};
    }
}

QVariant TopicTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case MessagesColumn:
        return tr("Messages");
    case RateColumn:
        return tr("Rate (/s)");
    case PayloadColumn:
        return tr("Last payload");
    case TimeColumn:
        return tr("Last time");
    default:
        return {};
    }
}

} // namespace Signalbox
