#pragma once

#include "mqtt/message.h"
#include "mqtt/topictable.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QStringList>
#include <QTimer>

#include <array>
#include <deque>
#include <limits>
#include <vector>

namespace Signalbox {

// Which subtrees of one connection's topics carry the most traffic: each received
// message counts towards its key, the topic's first depth() levels ("a/b/c" at
// depth 1 is "a/#"; a topic with depth() levels or fewer is its own key, "$SYS"
// topics included). Bytes are payload bytes; topics and headers are not counted.
//
// addMessages() costs one hash lookup by topic per message and allocates only for a
// topic it has not seen (and when its per-second scratch list grows). The figures the
// model shows change only in tick(): it closes the current one-second bucket, and
// rates are the messages and bytes of the last windowSeconds() buckets divided by
// windowSeconds() (also before that many buckets have passed). An internal 1 s timer
// calls tick() (setAutoTick(false) stops it, for tests); a tick that changes no figure
// (nothing arrived, nothing left the window) emits only ticked().
//
// Rows are the topN() keys ranked by the sort column (default: messages/s,
// descending; ties by key, ascending) and, when there are more keys, an "(other)"
// row summing the rest. After a tick the rows are updated with one dataChanged when
// their keys and order stay, with layoutChanged (persistent indexes follow their key)
// when only the order changes, and with a reset when the number of rows changes.
// setDepth() regroups every key from the per-topic counters it keeps (the window
// buckets are kept per topic, so the rates regroup too); clear() forgets everything.
// Memory: a record per distinct topic since clear(), plus per bucket an entry for
// each topic that received messages in that second. Lives in the GUI thread.
class TrafficProfileModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SubtreeColumn,
        MessagesPerSecondColumn,
        BytesPerSecondColumn,
        ShareColumn,
        MessagesColumn,
        BytesColumn,
        MinPayloadColumn,
        AvgPayloadColumn,
        MaxPayloadColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        KeyRole = Qt::UserRole, // QString: the row's key; empty for "(other)"
        ValueRole, // the cell's raw value: key (QString) or number (double / qint64)
        MessagesPerSecondRole, // double
        BytesPerSecondRole, // double
        ShareRole, // double: percent of all messages/s or bytes/s in the window, as shareBasis() says (0 when none)
        MessagesRole, // qint64: since clear()
        BytesRole, // qint64: payload bytes since clear()
        MinPayloadRole, // qint64: smallest payload since clear()
        AvgPayloadRole, // double: BytesRole / MessagesRole
        MaxPayloadRole, // qint64: largest payload since clear()
        IsOtherRole, // bool: the "(other)" row
    };
    Q_ENUM(Role)

    // What the Share column is a share of: it follows the ranking, so that the top
    // row's share is the largest (sorting by messages/s or messages makes it a share of
    // messages/s; by bytes/s or bytes, of bytes/s; other columns leave it).
    enum class ShareBasis { Messages, Bytes };
    Q_ENUM(ShareBasis)

    static constexpr int MinDepth = 1;
    static constexpr int MaxDepth = 8;
    static constexpr int MaxTopN = 1000;
    static constexpr int MaxWindowSeconds = 3600;
    static constexpr int SizeBucketCount = 10;

    explicit TrafficProfileModel(QObject *parent = nullptr);

    // The connection's topic table, shared with its other per-topic tables;
    // the model's own until this is called. Set it while the model is empty.
    void setTopicTable(std::shared_ptr<TopicTable> table);
    ~TrafficProfileModel() override;

    // The connection's received batches (MqttClient::messagesReceived).
    void addMessages(const QList<Message> &messages);
    // Closes the current one-second bucket and re-ranks the rows.
    void tick();
    void clear();

    int depth() const { return m_depth; }
    void setDepth(int depth); // clamped to MinDepth..MaxDepth
    int topN() const { return m_topN; }
    void setTopN(int topN); // clamped to 1..MaxTopN
    int windowSeconds() const { return m_windowSeconds; }
    void setWindowSeconds(int seconds); // clamped to 1..MaxWindowSeconds; a shorter window drops old buckets
    bool autoTick() const { return m_timer.isActive(); }
    void setAutoTick(bool enabled);

    ShareBasis shareBasis() const { return m_shareBasis; }
    void setShareBasis(ShareBasis basis);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }

    // As of the last tick(): all traffic in the window, and distinct topics/keys since clear().
    double totalMessagesPerSecond() const;
    double totalBytesPerSecond() const;
    qint64 totalMessages() const { return m_totalMessages; }
    qint64 totalBytes() const { return m_totalBytes; }
    qsizetype topicCount() const { return qsizetype(m_topics.size()); }
    qsizetype keyCount() const { return qsizetype(m_keys.size()); }

    // Payload sizes of the messages in the window, counted in the buckets named by
    // sizeBucketNames(): 0, 1–16, 17–64, 65–256, 257–1024, 1025–4096, ... bytes, > 256 KiB.
    static QStringList sizeBucketNames();
    static int sizeBucket(qint64 payloadSize);
    QList<qint64> sizeHistogram() const;
    QList<qint64> sizeHistogram(const QString &key) const; // zeros for an unknown key
    QList<qint64> sizeHistogramForRow(int row) const; // "(other)" sums the rest; zeros if out of range
    int rowForKey(const QString &key) const; // -1 when the key has no row

    // Human forms ("1.2 k/s", "3.4 MB/s", "512 B") in the current locale.
    static QString formatRate(double perSecond);
    static QString formatByteRate(double bytesPerSecond);
    static QString formatBytes(double bytes);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::DescendingOrder) override;

signals:
    void depthChanged(int depth);
    void topNChanged(int topN);
    void windowSecondsChanged(int seconds);
    void ticked(); // after each tick(), once the rows are updated

private:
    using Histogram = std::array<qint64, SizeBucketCount>;
    struct Topic
    {
        QString name;
        int key = -1;
        int active = -1; // index in m_active while it has messages in the open bucket
        qint64 messages = 0;
        qint64 bytes = 0;
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = -1;
    };
    struct Active // one topic's messages in the open bucket
    {
        int topic = -1;
        qint64 messages = 0;
        qint64 bytes = 0;
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = -1;
        std::array<quint32, SizeBucketCount> sizes{};
    };
    struct Entry // one topic's messages in a closed bucket
    {
        int topic;
        int sizes; // >= 0: index in Bucket::sizes; else all in size bucket -1 - sizes
        qint64 messages;
        qint64 bytes;
    };
    struct Bucket
    {
        std::vector<Entry> entries;
        std::vector<std::array<quint32, SizeBucketCount>> sizes;
    };
    struct Stats
    {
        QString name;
        qint64 messages = 0;
        qint64 bytes = 0;
        qint64 min = std::numeric_limits<qint64>::max();
        qint64 max = -1;
        qint64 windowMessages = 0;
        qint64 windowBytes = 0;
        Histogram sizes{};
    };

    int topicFor(const Message &message);
    int keyFor(const QString &topic);
    QString keyOf(const QString &topic) const;
    void applyBucket(const Bucket &bucket, int sign);
    bool dropOldBuckets(); // whether a bucket with messages left the window
    struct Ranking
    {
        QList<int> rows;
        bool hasOther = false;
        int otherKeys = 0;
        Stats other;
    };

    void regroup();
    Ranking rank() const;
    void adopt(Ranking &&ranking);
    void rerank();
    const Stats *statsForRow(int row) const;
    QVariant value(const Stats &stats, int column) const;
    double rate(qint64 count) const;
    bool lessThan(int a, int b) const;

    int m_depth = 1;
    int m_topN = 20;
    int m_windowSeconds = 10;
    int m_sortColumn = MessagesPerSecondColumn;
    Qt::SortOrder m_sortOrder = Qt::DescendingOrder;
    ShareBasis m_shareBasis = ShareBasis::Messages;

    std::deque<Topic> m_topics; // a deque: growing never moves the topics held
    std::shared_ptr<TopicTable> m_topicTable = std::make_shared<TopicTable>();
    ByTopic<int> m_rowByTopic{-1}; // m_topics indexes by topic table id
    std::vector<Active> m_active;
    std::deque<Bucket> m_buckets; // oldest first, at most m_windowSeconds
    std::vector<Stats> m_keys;
    QHash<QString, int> m_keyIndex;

    qint64 m_totalMessages = 0;
    qint64 m_totalBytes = 0;
    qint64 m_windowMessages = 0;
    qint64 m_windowBytes = 0;
    Histogram m_windowSizes{};

    QList<int> m_rows; // key indexes of the ranked rows, without "(other)"
    bool m_hasOther = false;
    Stats m_other;
    int m_otherKeys = 0;
    QTimer m_timer;
};

} // namespace Signalbox
