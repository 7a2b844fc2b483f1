#pragma once

#include "mqtt/message.h"
#include "mqtt/topichints.h"

#include <QHash>
#include <QString>

#include <deque>
#include <memory>

namespace Signalbox {

// One connection's topics, each with an id: 1, 2, 3 ... in order of first
// sight, never reused. Every per-topic table the window shows for the
// connection (the log's store, the topic tree, the traffic profile, the
// retained ages) takes its ids from the one table its ConnectionSession owns,
// and keeps its own rows in arrays by id: a topic is hashed once per
// connection, not once per table, and a burst of new topics grows one hash
// instead of four (they used to double in the same batch and stall the window).
//
// The session stamps each received message (intern(): Message::topicId, and
// `topic` made the table's string), without hashing a topic the receiving
// client has given a hint (Message::topicHint, topichints.h); each table then
// finds the id with one comparison (idOf()), and an unstamped message with one
// hash lookup. Stamps and hints are checked against the string the table
// holds, so a message stamped by another table, or a stale hint, costs a
// lookup, never a wrong id.
//
// The table keeps every topic until it is destroyed, as the topic tree does.
// Not thread-safe: the GUI thread's.
class TopicTable
{
public:
    using Id = quint32; // 0: none

    TopicTable() = default;
    TopicTable(const TopicTable &) = delete;
    TopicTable &operator=(const TopicTable &) = delete;

    // The id of message's topic, added if new. Stamps the id on the message
    // and makes its topic the table's string (equal text, shared data).
    Id intern(Message &message);
    // The id of message's topic, added if new: one comparison when the
    // message carries this table's stamp, else one hash lookup.
    Id idOf(const Message &message);
    // The id of topic, added if new.
    Id idOf(const QString &topic);
    // The id of topic, or 0 when the table has not seen it.
    Id find(const QString &topic) const { return m_ids.value(topic, 0); }

    // The topic of an id below bound() (empty for 0).
    const QString &topic(Id id) const { return m_topics[id]; }
    // Every id is below this: arrays by id need this many entries.
    Id bound() const { return Id(m_topics.size()); }
    qsizetype size() const { return qsizetype(m_topics.size()) - 1; }

private:
    // The message's stamp when it is this table's, else 0.
    Id stampOf(const Message &message) const
    {
        const Id id = message.topicId;
        return id != 0 && id < bound() && sameTopicData(m_topics[id], message.topic) ? id : 0;
    }

    std::deque<QString> m_topics{QString()}; // by id; a deque: growing never moves what it holds
    QHash<QString, Id> m_ids;
    TopicHintIndex m_hints; // Message::topicHint -> id
};

// Per-topic values of one table, in an array by TopicTable id that grows as
// ids are asked for (a deque: growing never moves what it holds).
template<typename T>
class ByTopic
{
public:
    explicit ByTopic(T none = T()) : m_none(std::move(none)) { }

    // The value of id, made (as `none`) when missing.
    T &operator[](TopicTable::Id id)
    {
        if (m_values.size() <= id)
            m_values.resize(size_t(id) + 1, m_none);
        return m_values[id];
    }
    // The value of id, or `none` when there is none.
    const T &value(TopicTable::Id id) const { return id < m_values.size() ? m_values[id] : m_none; }
    void clear() { std::deque<T>().swap(m_values); }

private:
    T m_none;
    std::deque<T> m_values;
};

} // namespace Signalbox
