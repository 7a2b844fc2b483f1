#pragma once

#include "mqtt/message.h"
#include "models/payloadarena.h"
#include "mqtt/topictable.h"

#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Signalbox {

struct LogEntry;

// Compact storage for the message log: rows in arrival order, addressed by an
// id that counts up from 0 and is never reused (until clear()). A row takes
// 40 bytes plus its payload, which is copied into the store's PayloadArena
// (the oldest of them spilled to disk past its memory limit); a topic is its
// id in the connection's TopicTable, and identical subscription lists are
// kept once.
// Properties and the details of sent messages are kept beside the row, only
// for rows that have them. Dropping the oldest rows costs what they held,
// never a move of the others. Not thread-safe.
class MessageStore
{
public:
    using RowId = quint64;
    enum class Direction : quint8 { Received, Sent };

    MessageStore();
    ~MessageStore();
    MessageStore(const MessageStore &) = delete;
    MessageStore &operator=(const MessageStore &) = delete;

    RowId firstId() const { return m_first; }
    RowId endId() const { return m_end; }
    qsizetype size() const { return static_cast<qsizetype>(m_end - m_first); }
    qint64 payloadBytes() const { return m_payloadBytes; } // of every stored row
    bool contains(RowId id) const { return id >= m_first && id < m_end; }

    // The table topics are kept in: the store's own, or the connection's
    // (ConnectionSession), shared with its other per-topic tables. Set it
    // while the store is empty.
    void setTopicTable(std::shared_ptr<TopicTable> table);
    const TopicTable &topicTable() const { return *m_topicTable; }

    RowId append(const Message &message, Direction direction, qint64 timeMs, quint64 token = 0);
    // Drops the `count` oldest rows (at most size()).
    void dropFront(qsizetype count);
    void clear();

    // Accessors for a contained id.
    quint32 topicId(RowId id) const { return row(id).topic; }
    const QString &topic(RowId id) const { return m_topicTable->topic(row(id).topic); }
    // Valid until the next call to the store (it may have been read back from disk).
    QByteArrayView payload(RowId id) const;
    qsizetype payloadSize(RowId id) const { return row(id).payloadSize; }
    quint32 subscriptionsId(RowId id) const { return row(id).subscriptions; }
    const QStringList &subscriptions(RowId id) const { return m_subscriptionLists.value(row(id).subscriptions); }
    Direction direction(RowId id) const;
    quint8 qos(RowId id) const { return row(id).qos; }
    bool retain(RowId id) const;
    qint64 timeMs(RowId id) const { return row(id).timeMs; }
    Delivery::State delivery(RowId id) const { return static_cast<Delivery::State>(row(id).delivery); }
    // The previous row on the same topic, if it is still stored.
    std::optional<RowId> previousOnTopic(RowId id) const;

    // Values by id. Topic ids are the topic table's, never reused; list ids
    // are reused once nothing refers to them (compare recycledEpoch() to know
    // when cached answers per list id are stale).
    const QString &topicById(quint32 topicId) const { return m_topicTable->topic(topicId); }
    const QStringList &subscriptionsById(quint32 listId) const { return m_subscriptionLists.value(listId); }
    quint32 topicIdBound() const { return m_topicTable->bound(); }
    quint32 subscriptionsIdBound() const { return m_subscriptionLists.bound(); }
    quint64 recycledEpoch() const { return m_subscriptionLists.freed; }

    // The sent row with this token, if still stored.
    std::optional<RowId> findToken(quint64 token) const;
    void setDelivery(RowId id, const Delivery &delivery);

    // Where the payloads live: its memory limit and spill directory.
    PayloadArena &payloads() { return m_payloads; }
    const PayloadArena &payloads() const { return m_payloads; }

    // The whole row as a value (the payload copied out of the arena).
    LogEntry entry(RowId id) const;

private:
    template<typename T>
    class Interner
    {
    public:
        quint32 acquire(const T &value);
        void addRef(quint32 id) { ++m_refs[id]; }
        // Keeps `value` (equal to the one held: text shared with it) for id.
        void share(quint32 id, const T &value) { m_values[id] = value; }
        void release(quint32 id); // returns the id to the free list at zero
        const T &value(quint32 id) const { return m_values[id]; }
        quint32 bound() const { return static_cast<quint32>(m_values.size()); }
        void clear();
        quint64 freed = 0;

    private:
        QHash<T, quint32> m_ids;
        std::deque<T> m_values; // deques: growing never moves what they hold
        std::deque<quint32> m_refs;
        std::vector<quint32> m_free;
    };

    struct Row
    {
        PayloadArena::Location payload = 0;
        quint32 payloadSize = 0;
        quint32 topic = 0;
        qint64 timeMs = 0;
        quint32 subscriptions = 0;
        quint32 previousDelta = 0; // id distance to the previous row on the topic; 0: none
        quint16 packetId = 0;
        quint8 qos = 0;
        quint8 flags = 0;
        quint8 delivery = 0;
        quint8 reason = 0;
    };
    enum Flag : quint8 { Retain = 1, Dup = 2, Sent = 4, HasExtra = 8 };

    struct Extra
    {
        Properties properties;
        quint64 token = 0;
        qint64 roundTripUs = -1;
        QString reasonString;
    };

    static constexpr qsizetype ChunkRows = 4096;

    struct Chunk
    {
        std::vector<Row> rows;
    };

    const Row &row(RowId id) const;
    Row &row(RowId id);

    std::deque<Chunk> m_chunks; // chunk k of the deque holds ids from (m_firstChunk + k) * ChunkRows
    RowId m_firstChunk = 0;
    RowId m_first = 0;
    RowId m_end = 0;
    PayloadArena m_payloads;
    qint64 m_payloadBytes = 0;
    quint32 acquireSubscriptions(const Message &message, quint32 topic);
    std::shared_ptr<TopicTable> m_topicTable = std::make_shared<TopicTable>();
    Interner<QStringList> m_subscriptionLists;
    ByTopic<qint64> m_subscriptionsByTopic{-1}; // the list id the topic's last message had
    ByTopic<RowId> m_lastOnTopic{~RowId(0)};
    QHash<RowId, Extra> m_extras;
    QHash<quint64, RowId> m_tokens;
};

} // namespace Signalbox
