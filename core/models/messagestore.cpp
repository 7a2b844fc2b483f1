#include "models/messagestore.h"

#include "models/messagelogmodel.h"

namespace Signalbox {

template<typename T>
quint32 MessageStore::Interner<T>::acquire(const T &value)
{
    const auto it = m_ids.constFind(value);
    if (it != m_ids.constEnd()) {
        ++m_refs[it.value()];
        return it.value();
    }
    quint32 id;
    if (!m_free.empty()) {
        id = m_free.back();
        m_free.pop_back();
        m_values[id] = value;
        m_refs[id] = 1;
    } else {
        id = static_cast<quint32>(m_values.size());
        m_values.push_back(value);
        m_refs.push_back(1);
    }
    m_ids.insert(value, id);
    return id;
}

template<typename T>
void MessageStore::Interner<T>::release(quint32 id)
{
    if (--m_refs[id] != 0)
        return;
    m_ids.remove(m_values[id]);
    m_values[id] = T();
    m_free.push_back(id);
    ++freed;
}

template<typename T>
void MessageStore::Interner<T>::clear()
{
    m_ids.clear();
    m_values.clear();
    m_refs.clear();
    m_free.clear();
    ++freed;
}

MessageStore::MessageStore() = default;
MessageStore::~MessageStore() = default;

const MessageStore::Row &MessageStore::row(RowId id) const
{
    Q_ASSERT(contains(id));
    const RowId chunk = id / ChunkRows - m_firstChunk;
    return m_chunks[chunk].rows[id % ChunkRows];
}

MessageStore::Row &MessageStore::row(RowId id)
{
    Q_ASSERT(contains(id));
    const RowId chunk = id / ChunkRows - m_firstChunk;
    return m_chunks[chunk].rows[id % ChunkRows];
}

void MessageStore::setTopicTable(std::shared_ptr<TopicTable> table)
{
    Q_ASSERT(table && size() == 0);
    m_topicTable = std::move(table);
    clear();
}

// The receiving client hands every message on a topic the same list (see
// SubscriptionMatcher): the same data as the topic's last list is that list.
quint32 MessageStore::acquireSubscriptions(const Message &message, quint32 topic)
{
    const QStringList &list = message.subscriptions;
    qint64 &last = m_subscriptionsByTopic[topic];
    if (last >= 0 && quint64(last) < m_subscriptionLists.bound() && !list.isEmpty()) {
        const QStringList &held = m_subscriptionLists.value(quint32(last));
        if (held.size() == list.size() && held.constData() == list.constData()) {
            m_subscriptionLists.addRef(quint32(last));
            return quint32(last);
        }
    }
    const quint32 id = m_subscriptionLists.acquire(list);
    if (!list.isEmpty()) {
        m_subscriptionLists.share(id, list);
        last = id;
    }
    return id;
}

MessageStore::RowId MessageStore::append(const Message &message, Direction direction, qint64 timeMs, quint64 token)
{
    if (m_chunks.empty() || m_chunks.back().rows.size() == static_cast<size_t>(ChunkRows)) {
        if (m_chunks.empty())
            m_firstChunk = m_end / ChunkRows;
        m_chunks.emplace_back();
        m_chunks.back().rows.reserve(ChunkRows);
        // after clear() ids go on counting: the first chunk may start mid-way
        m_chunks.back().rows.resize(m_end % ChunkRows);
    }
    Chunk &chunk = m_chunks.back();
    const RowId id = m_end;

    Row r;
    r.payload = m_payloads.append(message.payload);
    r.payloadSize = static_cast<quint32>(message.payload.size());
    m_payloadBytes += r.payloadSize;
    r.topic = m_topicTable->idOf(message);
    r.timeMs = timeMs;
    r.subscriptions = acquireSubscriptions(message, r.topic);
    r.packetId = message.packetId;
    r.qos = message.qos;
    r.flags = (message.retain ? Retain : 0) | (message.dup ? Dup : 0) | (direction == Direction::Sent ? Sent : 0);

    RowId &last = m_lastOnTopic[r.topic];
    if (last != ~RowId(0) && contains(last) && row(last).topic == r.topic && id - last <= 0xffffffffu)
        r.previousDelta = static_cast<quint32>(id - last);
    last = id;

    if (direction == Direction::Sent || !message.properties.isEmpty()) {
        r.flags |= HasExtra;
        Extra extra;
        extra.properties = message.properties;
        extra.token = token;
        m_extras.insert(id, extra);
        if (direction == Direction::Sent)
            m_tokens.insert(token, id);
    }
    chunk.rows.push_back(r);
    ++m_end;
    return id;
}

void MessageStore::dropFront(qsizetype count)
{
    count = std::min(count, size());
    const RowId end = m_first + static_cast<RowId>(count);
    for (RowId id = m_first; id < end; ++id) {
        const Row &r = row(id);
        m_payloadBytes -= r.payloadSize;
        m_subscriptionLists.release(r.subscriptions);
        if (r.flags & HasExtra) {
            const auto it = m_extras.constFind(id);
            if (it != m_extras.constEnd()) {
                if (r.flags & Sent)
                    m_tokens.remove(it->token);
                m_extras.erase(it);
            }
        }
    }
    m_first = end;
    if (m_first < m_end)
        m_payloads.dropBefore(row(m_first).payload);
    while (!m_chunks.empty() && (m_firstChunk + 1) * ChunkRows <= m_first) {
        m_chunks.pop_front();
        ++m_firstChunk;
    }
    if (m_first == m_end)
        clear();
}

void MessageStore::clear()
{
    m_chunks.clear();
    m_payloads.clear();
    m_payloadBytes = 0;
    m_first = m_end;
    m_firstChunk = m_end / ChunkRows;
    m_subscriptionLists.clear();
    m_subscriptionsByTopic.clear();
    m_lastOnTopic.clear();
    m_extras.clear();
    m_tokens.clear();
}

QByteArrayView MessageStore::payload(RowId id) const
{
    const Row &r = row(id);
    return m_payloads.read(r.payload, r.payloadSize);
}

MessageStore::Direction MessageStore::direction(RowId id) const
{
    return (row(id).flags & Sent) ? Direction::Sent : Direction::Received;
}

bool MessageStore::retain(RowId id) const
{
    return row(id).flags & Retain;
}

std::optional<MessageStore::RowId> MessageStore::previousOnTopic(RowId id) const
{
    const Row &r = row(id);
    if (r.previousDelta == 0 || id - r.previousDelta < m_first)
        return std::nullopt;
    return id - r.previousDelta;
}

std::optional<MessageStore::RowId> MessageStore::findToken(quint64 token) const
{
    const auto it = m_tokens.constFind(token);
    if (it == m_tokens.constEnd())
        return std::nullopt;
    return it.value();
}

void MessageStore::setDelivery(RowId id, const Delivery &delivery)
{
    Row &r = row(id);
    r.delivery = static_cast<quint8>(delivery.state);
    r.reason = delivery.reason;
    if (delivery.packetId)
        r.packetId = delivery.packetId;
    Extra &extra = m_extras[id];
    r.flags |= HasExtra;
    extra.roundTripUs = delivery.roundTripUs;
    extra.reasonString = delivery.reasonString;
}

LogEntry MessageStore::entry(RowId id) const
{
    const Row &r = row(id);
    LogEntry e;
    e.message.topic = m_topicTable->topic(r.topic);
    e.message.topicId = r.topic;
    e.message.payload = m_payloads.read(r.payload, r.payloadSize).toByteArray();
    e.message.qos = r.qos;
    e.message.retain = r.flags & Retain;
    e.message.dup = r.flags & Dup;
    e.message.packetId = r.packetId;
    e.message.subscriptions = m_subscriptionLists.value(r.subscriptions);
    e.message.receivedAtMs = r.timeMs;
    e.direction = (r.flags & Sent) ? LogEntry::Direction::Sent : LogEntry::Direction::Received;
    e.timeMs = r.timeMs;
    e.delivery = static_cast<Delivery::State>(r.delivery);
    e.reason = r.reason;
    if (r.flags & HasExtra) {
        const auto it = m_extras.constFind(id);
        if (it != m_extras.constEnd()) {
            e.message.properties = it->properties;
            e.token = it->token;
            e.roundTripUs = it->roundTripUs;
            e.reasonString = it->reasonString;
        }
    }
    return e;
}

} // namespace Signalbox
