#include "models/trafficprofilemodel.h"
#include "models/datasize.h"

#include <QLocale>

#include <algorithm>
#include <bit>
#include <cmath>

namespace Signalbox {

namespace {

template<typename T>
int threeWay(T a, T b)
{
    return a < b ? -1 : (b < a ? 1 : 0);
}

} // namespace

TrafficProfileModel::TrafficProfileModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_timer.setObjectName(QStringLiteral("trafficTick"));
    m_timer.setInterval(1000);
    connect(&m_timer, &QTimer::timeout, this, &TrafficProfileModel::tick);
    m_timer.start();
}

TrafficProfileModel::~TrafficProfileModel() = default;

void TrafficProfileModel::addMessages(const QList<Message> &messages)
{
    for (const Message &message : messages) {
        const int id = topicFor(message);
        Topic &topic = m_topics[size_t(id)];
        if (topic.active < 0) {
            topic.active = int(m_active.size());
            m_active.emplace_back().topic = id;
        }
        Active &active = m_active[size_t(topic.active)];
        const qint64 size = message.payload.size();
        ++active.messages;
        active.bytes += size;
        active.min = std::min(active.min, size);
        active.max = std::max(active.max, size);
        ++active.sizes[size_t(sizeBucket(size))];
    }
}

void TrafficProfileModel::tick()
{
    Bucket bucket;
    bucket.entries.reserve(m_active.size());
    for (const Active &active : m_active) {
        Topic &topic = m_topics[size_t(active.topic)];
        topic.active = -1;
        topic.messages += active.messages;
        topic.bytes += active.bytes;
        topic.min = std::min(topic.min, active.min);
        topic.max = std::max(topic.max, active.max);
        Stats &key = m_keys[size_t(topic.key)];
        key.messages += active.messages;
        key.bytes += active.bytes;
        key.min = std::min(key.min, active.min);
        key.max = std::max(key.max, active.max);
        m_totalMessages += active.messages;
        m_totalBytes += active.bytes;

        int used = 0;
        int single = 0;
        for (int b = 0; b < SizeBucketCount; ++b) {
            if (active.sizes[size_t(b)] != 0) {
                ++used;
                single = b;
            }
        }
        Entry entry{active.topic, -1 - single, active.messages, active.bytes};
        if (used > 1) {
            entry.sizes = int(bucket.sizes.size());
            bucket.sizes.push_back(active.sizes);
        }
        bucket.entries.push_back(entry);
    }
    const bool arrived = !m_active.empty();
    m_active.clear();

    applyBucket(bucket, 1);
    m_buckets.push_back(std::move(bucket));
    const bool expired = dropOldBuckets();
    if (arrived || expired)
        rerank();
    emit ticked();
}

void TrafficProfileModel::clear()
{
    beginResetModel();
    m_topics.clear();
    m_rowByTopic.clear();
    m_active.clear();
    m_buckets.clear();
    m_keys.clear();
    m_keyIndex.clear();
    m_totalMessages = 0;
    m_totalBytes = 0;
    m_windowMessages = 0;
    m_windowBytes = 0;
    m_windowSizes = {};
    m_rows.clear();
    m_hasOther = false;
    m_other = {};
    m_otherKeys = 0;
    endResetModel();
}

void TrafficProfileModel::setDepth(int depth)
{
    depth = std::clamp(depth, MinDepth, MaxDepth);
    if (depth == m_depth)
        return;
    m_depth = depth;
    beginResetModel();
    regroup();
    adopt(rank());
    endResetModel();
    emit depthChanged(m_depth);
}

void TrafficProfileModel::setTopN(int topN)
{
    topN = std::clamp(topN, 1, MaxTopN);
    if (topN == m_topN)
        return;
    m_topN = topN;
    rerank();
    emit topNChanged(m_topN);
}

void TrafficProfileModel::setWindowSeconds(int seconds)
{
    seconds = std::clamp(seconds, 1, MaxWindowSeconds);
    if (seconds == m_windowSeconds)
        return;
    m_windowSeconds = seconds;
    dropOldBuckets();
    rerank();
    emit headerDataChanged(Qt::Horizontal, MessagesPerSecondColumn, BytesPerSecondColumn);
    emit windowSecondsChanged(m_windowSeconds);
}

void TrafficProfileModel::setAutoTick(bool enabled)
{
    if (enabled)
        m_timer.start();
    else
        m_timer.stop();
}

double TrafficProfileModel::totalMessagesPerSecond() const
{
    return rate(m_windowMessages);
}

double TrafficProfileModel::totalBytesPerSecond() const
{
    return rate(m_windowBytes);
}

QStringList TrafficProfileModel::sizeBucketNames()
{
    return {tr("0 B"),     tr("1–16 B"),   tr("17–64 B"),   tr("65–256 B"),   tr("257 B–1 KiB"),
            tr("1–4 KiB"), tr("4–16 KiB"), tr("16–64 KiB"), tr("64–256 KiB"), tr("> 256 KiB")};
}

int TrafficProfileModel::sizeBucket(qint64 payloadSize)
{
    if (payloadSize <= 0)
        return 0;
    // Buckets above the first end at 4^(b+1) bytes: 16, 64, 256 ... 256 KiB.
    const int bits = int(std::bit_width(quint64(payloadSize - 1)));
    return std::clamp((bits + 1) / 2 - 1, 1, SizeBucketCount - 1);
}

QList<qint64> TrafficProfileModel::sizeHistogram() const
{
    return QList<qint64>(m_windowSizes.begin(), m_windowSizes.end());
}

QList<qint64> TrafficProfileModel::sizeHistogram(const QString &key) const
{
    const auto it = m_keyIndex.constFind(key);
    if (it == m_keyIndex.cend())
        return QList<qint64>(SizeBucketCount, 0);
    const Histogram &sizes = m_keys[size_t(*it)].sizes;
    return QList<qint64>(sizes.begin(), sizes.end());
}

QList<qint64> TrafficProfileModel::sizeHistogramForRow(int row) const
{
    const Stats *stats = statsForRow(row);
    if (!stats)
        return QList<qint64>(SizeBucketCount, 0);
    return QList<qint64>(stats->sizes.begin(), stats->sizes.end());
}

int TrafficProfileModel::rowForKey(const QString &key) const
{
    const auto it = m_keyIndex.constFind(key);
    return it == m_keyIndex.cend() ? -1 : int(m_rows.indexOf(*it));
}

QString TrafficProfileModel::formatRate(double perSecond)
{
    const QLocale locale;
    if (perSecond < 1000)
        return tr("%1/s").arg(locale.toString(perSecond, 'f', perSecond > 0 && perSecond < 10 ? 1 : 0));
    if (perSecond < 1e6)
        return tr("%1 k/s").arg(locale.toString(perSecond / 1e3, 'f', 1));
    return tr("%1 M/s").arg(locale.toString(perSecond / 1e6, 'f', 1));
}

QString TrafficProfileModel::formatByteRate(double bytesPerSecond)
{
    return tr("%1/s").arg(formatBytes(bytesPerSecond));
}

QString TrafficProfileModel::formatBytes(double bytes)
{
    return formatDataSize(std::llround(bytes));
}

int TrafficProfileModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + (m_hasOther ? 1 : 0);
}

int TrafficProfileModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TrafficProfileModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Stats *stats = statsForRow(index.row());
    if (!stats)
        return {};
    const bool other = m_hasOther && index.row() == m_rows.size();
    const int column = index.column();
    const QLocale locale;

    switch (role) {
    case Qt::DisplayRole: {
        const QVariant v = value(*stats, column);
        switch (column) {
        case SubtreeColumn:
            return other ? tr("(other)") : stats->name;
        case MessagesPerSecondColumn:
            return formatRate(v.toDouble());
        case BytesPerSecondColumn:
            return formatByteRate(v.toDouble());
        case ShareColumn:
            return tr("%1 %").arg(locale.toString(v.toDouble(), 'f', 1));
        case MessagesColumn:
            return locale.toString(v.toLongLong());
        default:
            return formatBytes(v.toDouble());
        }
    }
    case Qt::ToolTipRole:
        switch (column) {
        case SubtreeColumn:
            return other ? tr("%n more subtree(s)", nullptr, m_otherKeys) : stats->name;
        case MessagesPerSecondColumn:
            return tr("%1 messages/s: %2 messages in the last %n second(s)", nullptr, m_windowSeconds)
                .arg(locale.toString(rate(stats->windowMessages), 'f', 3), locale.toString(stats->windowMessages));
        case BytesPerSecondColumn:
            return tr("%1 bytes/s: %2 bytes in the last %n second(s)", nullptr, m_windowSeconds)
                .arg(locale.toString(rate(stats->windowBytes), 'f', 3), locale.toString(stats->windowBytes));
        case ShareColumn:
            if (m_shareBasis == ShareBasis::Messages)
                return tr("%1 % of %2 messages/s")
                    .arg(locale.toString(value(*stats, column).toDouble(), 'f', 3),
                         locale.toString(totalMessagesPerSecond(), 'f', 3));
            return tr("%1 % of %2 bytes/s")
                .arg(locale.toString(value(*stats, column).toDouble(), 'f', 3),
                     locale.toString(totalBytesPerSecond(), 'f', 3));
        case MessagesColumn:
            return tr("%1 messages").arg(locale.toString(stats->messages));
        case AvgPayloadColumn:
            return tr("%1 bytes").arg(locale.toString(value(*stats, column).toDouble(), 'f', 3));
        default:
            return tr("%1 bytes").arg(locale.toString(value(*stats, column).toLongLong()));
        }
    case Qt::TextAlignmentRole:
        return column == SubtreeColumn ? QVariant() : QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
    case KeyRole:
        return other ? QString() : stats->name;
    case ValueRole:
        return value(*stats, column);
    case MessagesPerSecondRole:
    case BytesPerSecondRole:
    case ShareRole:
    case MessagesRole:
    case BytesRole:
    case MinPayloadRole:
    case AvgPayloadRole:
    case MaxPayloadRole:
        return value(*stats, role - MessagesPerSecondRole + MessagesPerSecondColumn);
    case IsOtherRole:
        return other;
    default:
        return {};
    }
}

QVariant TrafficProfileModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return {};
    if (role == Qt::DisplayRole) {
        switch (section) {
        case SubtreeColumn:
            return tr("Subtree");
        case MessagesPerSecondColumn:
            return tr("Msg/s");
        case BytesPerSecondColumn:
            return tr("Bytes/s");
        case ShareColumn:
            return m_shareBasis == ShareBasis::Messages ? tr("Share of msg/s") : tr("Share of bytes/s");
        case MessagesColumn:
            return tr("Messages");
        case BytesColumn:
            return tr("Bytes");
        case MinPayloadColumn:
            return tr("Min payload");
        case AvgPayloadColumn:
            return tr("Avg payload");
        case MaxPayloadColumn:
            return tr("Max payload");
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (section) {
        case SubtreeColumn:
            return tr("The topic's first levels; \"(other)\" sums the subtrees below the top ones");
        case MessagesPerSecondColumn:
            return tr("Messages per second, averaged over the last %n second(s)", nullptr, m_windowSeconds);
        case BytesPerSecondColumn:
            return tr("Payload bytes per second, averaged over the last %n second(s)", nullptr, m_windowSeconds);
        case ShareColumn:
            return m_shareBasis == ShareBasis::Messages
                       ? tr("Share of all messages per second (it follows the ranking: rank by bytes/s for "
                            "a share of bytes)")
                       : tr("Share of all payload bytes per second (it follows the ranking: rank by "
                            "messages/s for a share of messages)");
        case MessagesColumn:
            return tr("Messages since the profile was cleared");
        case BytesColumn:
            return tr("Payload bytes since the profile was cleared");
        case MinPayloadColumn:
            return tr("Smallest payload since the profile was cleared");
        case AvgPayloadColumn:
            return tr("Average payload since the profile was cleared");
        case MaxPayloadColumn:
            return tr("Largest payload since the profile was cleared");
        }
    }
    if (role == Qt::InitialSortOrderRole)
        return int(section == SubtreeColumn ? Qt::AscendingOrder : Qt::DescendingOrder);
    if (role == Qt::TextAlignmentRole && section != SubtreeColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    return {};
}

void TrafficProfileModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= ColumnCount)
        return;
    m_sortColumn = column;
    m_sortOrder = order;
    if (column == MessagesPerSecondColumn || column == MessagesColumn)
        setShareBasis(ShareBasis::Messages);
    else if (column == BytesPerSecondColumn || column == BytesColumn)
        setShareBasis(ShareBasis::Bytes);
    rerank();
}

void TrafficProfileModel::setShareBasis(ShareBasis basis)
{
    if (m_shareBasis == basis)
        return;
    m_shareBasis = basis;
    emit headerDataChanged(Qt::Horizontal, ShareColumn, ShareColumn);
    if (rowCount() > 0)
        emit dataChanged(index(0, ShareColumn), index(rowCount() - 1, ShareColumn));
    if (m_sortColumn == ShareColumn)
        rerank();
}

int TrafficProfileModel::topicFor(const Message &message)
{
    int &row = m_rowByTopic[m_topicTable->idOf(message)];
    if (row < 0) {
        row = int(m_topics.size());
        Topic &created = m_topics.emplace_back();
        created.name = message.topic;
        created.key = keyFor(message.topic);
    }
    return row;
}

void TrafficProfileModel::setTopicTable(std::shared_ptr<TopicTable> table)
{
    Q_ASSERT(table && m_topics.empty());
    m_topicTable = std::move(table);
    m_rowByTopic.clear();
}

int TrafficProfileModel::keyFor(const QString &topic)
{
    QString name = keyOf(topic);
    const auto it = m_keyIndex.constFind(name);
    if (it != m_keyIndex.cend())
        return *it;
    const int id = int(m_keys.size());
    m_keyIndex.insert(name, id);
    m_keys.emplace_back().name = std::move(name);
    return id;
}

QString TrafficProfileModel::keyOf(const QString &topic) const
{
    qsizetype from = 0;
    for (int level = 0; level < m_depth; ++level) {
        const qsizetype slash = topic.indexOf(QLatin1Char('/'), from);
        if (slash < 0)
            return topic;
        from = slash + 1;
    }
    return topic.left(from) + QLatin1Char('#');
}

void TrafficProfileModel::applyBucket(const Bucket &bucket, int sign)
{
    for (const Entry &entry : bucket.entries) {
        Stats &key = m_keys[size_t(m_topics[size_t(entry.topic)].key)];
        key.windowMessages += sign * entry.messages;
        key.windowBytes += sign * entry.bytes;
        m_windowMessages += sign * entry.messages;
        m_windowBytes += sign * entry.bytes;
        if (entry.sizes < 0) {
            const size_t b = size_t(-1 - entry.sizes);
            key.sizes[b] += sign * entry.messages;
            m_windowSizes[b] += sign * entry.messages;
        } else {
            const auto &sizes = bucket.sizes[size_t(entry.sizes)];
            for (size_t b = 0; b < sizes.size(); ++b) {
                key.sizes[b] += sign * qint64(sizes[b]);
                m_windowSizes[b] += sign * qint64(sizes[b]);
            }
        }
    }
}

bool TrafficProfileModel::dropOldBuckets()
{
    bool dropped = false;
    while (m_buckets.size() > size_t(m_windowSeconds)) {
        dropped = dropped || !m_buckets.front().entries.empty();
        applyBucket(m_buckets.front(), -1);
        m_buckets.pop_front();
    }
    return dropped;
}

void TrafficProfileModel::regroup()
{
    m_keys.clear();
    m_keyIndex.clear();
    for (Topic &topic : m_topics) {
        topic.key = keyFor(topic.name);
        if (topic.messages == 0)
            continue;
        Stats &key = m_keys[size_t(topic.key)];
        key.messages += topic.messages;
        key.bytes += topic.bytes;
        key.min = std::min(key.min, topic.min);
        key.max = std::max(key.max, topic.max);
    }
    m_windowMessages = 0;
    m_windowBytes = 0;
    m_windowSizes = {};
    for (const Bucket &bucket : m_buckets)
        applyBucket(bucket, 1);
}

TrafficProfileModel::Ranking TrafficProfileModel::rank() const
{
    QList<int> candidates;
    candidates.reserve(qsizetype(m_keys.size()));
    for (size_t i = 0; i < m_keys.size(); ++i) {
        if (m_keys[i].messages > 0)
            candidates.push_back(int(i));
    }
    const qsizetype shown = std::min(qsizetype(m_topN), candidates.size());
    const auto before = [this](int a, int b) { return lessThan(a, b); };
    std::partial_sort(candidates.begin(), candidates.begin() + shown, candidates.end(), before);

    Ranking ranking;
    ranking.rows = candidates.first(shown);
    ranking.hasOther = candidates.size() > shown;
    ranking.otherKeys = int(candidates.size() - shown);
    for (qsizetype i = shown; i < candidates.size(); ++i) {
        const Stats &key = m_keys[size_t(candidates[i])];
        Stats &other = ranking.other;
        other.messages += key.messages;
        other.bytes += key.bytes;
        other.min = std::min(other.min, key.min);
        other.max = std::max(other.max, key.max);
        other.windowMessages += key.windowMessages;
        other.windowBytes += key.windowBytes;
        for (size_t b = 0; b < other.sizes.size(); ++b)
            other.sizes[b] += key.sizes[b];
    }
    return ranking;
}

void TrafficProfileModel::adopt(Ranking &&ranking)
{
    m_rows = std::move(ranking.rows);
    m_hasOther = ranking.hasOther;
    m_otherKeys = ranking.otherKeys;
    m_other = std::move(ranking.other);
}

void TrafficProfileModel::rerank()
{
    Ranking ranking = rank();
    const int oldCount = rowCount();
    const int newCount = int(ranking.rows.size()) + (ranking.hasOther ? 1 : 0);

    if (ranking.rows != m_rows || ranking.hasOther != m_hasOther) {
        if (oldCount != newCount) {
            beginResetModel();
            adopt(std::move(ranking));
            endResetModel();
            return;
        }
        emit layoutAboutToBeChanged({}, QAbstractItemModel::VerticalSortHint);
        const QModelIndexList from = persistentIndexList();
        QModelIndexList to;
        to.reserve(from.size());
        for (const QModelIndex &index : from) {
            qsizetype row = -1;
            if (index.row() < m_rows.size())
                row = ranking.rows.indexOf(m_rows[index.row()]);
            else if (ranking.hasOther)
                row = ranking.rows.size();
            to.push_back(row < 0 ? QModelIndex() : createIndex(int(row), index.column()));
        }
        adopt(std::move(ranking));
        changePersistentIndexList(from, to);
        emit layoutChanged({}, QAbstractItemModel::VerticalSortHint);
    } else {
        adopt(std::move(ranking));
    }
    if (newCount > 0)
        emit dataChanged(index(0, 0), index(newCount - 1, ColumnCount - 1));
}

const TrafficProfileModel::Stats *TrafficProfileModel::statsForRow(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return &m_keys[size_t(m_rows[row])];
    if (m_hasOther && row == m_rows.size())
        return &m_other;
    return nullptr;
}

QVariant TrafficProfileModel::value(const Stats &stats, int column) const
{
    const bool any = stats.messages > 0;
    switch (column) {
    case SubtreeColumn:
        return stats.name;
    case MessagesPerSecondColumn:
        return rate(stats.windowMessages);
    case BytesPerSecondColumn:
        return rate(stats.windowBytes);
    case ShareColumn:
        if (m_shareBasis == ShareBasis::Messages)
            return m_windowMessages > 0 ? 100.0 * double(stats.windowMessages) / double(m_windowMessages) : 0.0;
        return m_windowBytes > 0 ? 100.0 * double(stats.windowBytes) / double(m_windowBytes) : 0.0;
    case MessagesColumn:
        return stats.messages;
    case BytesColumn:
        return stats.bytes;
    case MinPayloadColumn:
        return any ? stats.min : qint64(0);
    case AvgPayloadColumn:
        return any ? double(stats.bytes) / double(stats.messages) : 0.0;
    case MaxPayloadColumn:
        return any ? stats.max : qint64(0);
    default:
        return {};
    }
}

double TrafficProfileModel::rate(qint64 count) const
{
    return double(count) / double(m_windowSeconds);
}

bool TrafficProfileModel::lessThan(int a, int b) const
{
    const Stats &x = m_keys[size_t(a)];
    const Stats &y = m_keys[size_t(b)];
    int order = 0;
    switch (m_sortColumn) {
    case SubtreeColumn:
        order = threeWay(x.name, y.name);
        break;
    case MessagesPerSecondColumn:
        order = threeWay(x.windowMessages, y.windowMessages);
        break;
    case ShareColumn:
        order = m_shareBasis == ShareBasis::Messages ? threeWay(x.windowMessages, y.windowMessages)
                                                     : threeWay(x.windowBytes, y.windowBytes);
        break;
    case BytesPerSecondColumn:
        order = threeWay(x.windowBytes, y.windowBytes);
        break;
    case MessagesColumn:
        order = threeWay(x.messages, y.messages);
        break;
    case BytesColumn:
        order = threeWay(x.bytes, y.bytes);
        break;
    case MinPayloadColumn:
        order = threeWay(x.min, y.min);
        break;
    case AvgPayloadColumn:
        order = threeWay(double(x.bytes) / double(x.messages), double(y.bytes) / double(y.messages));
        break;
    case MaxPayloadColumn:
        order = threeWay(x.max, y.max);
        break;
    }
    if (order == 0)
        return x.name < y.name;
    return m_sortOrder == Qt::DescendingOrder ? order > 0 : order < 0;
}

} // namespace Signalbox
