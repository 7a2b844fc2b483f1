#pragma once

#include "mqtt/message.h"
#include "mqtt/topichints.h"

#include <QHash>
#include <QString>

#include <algorithm>
#include <memory>
#include <vector>

namespace Signalbox {

// Per-topic values of one table, in an array by TopicTable id that grows as
// ids are asked for: pages of 4096 values, so that growing never moves what
// it holds and finding a value is a shift and a mask.
template<typename T>
class ByTopic
{
public:
    explicit ByTopic(T none = T()) : m_none(std::move(none)) { }

    // The value of id, made (as `none`) when missing.
    T &operator[](quint32 id)
    {
        const size_t page = id >> PageBits;
        if (page >= m_pages.size() || !m_pages[page]) [[unlikely]]
            addPage(page);
        return m_pages[page][id & PageMask];
    }
    // The value of id, or `none` when there is none.
    const T &value(quint32 id) const
    {
        const size_t page = id >> PageBits;
        return page < m_pages.size() && m_pages[page] ? m_pages[page][id & PageMask] : m_none;
    }
    void clear() { std::vector<std::unique_ptr<T[]>>().swap(m_pages); }

private:
    static constexpr quint32 PageBits = 12;
    static constexpr size_t PageSize = size_t(1) << PageBits;
    static constexpr quint32 PageMask = PageSize - 1;

    void addPage(size_t page)
    {
        if (m_pages.size() <= page)
            m_pages.resize(page + 1);
        m_pages[page] = std::make_unique<T[]>(PageSize);
        std::fill_n(m_pages[page].get(), PageSize, m_none);
    }

    T m_none;
    std::vector<std::unique_ptr<T[]>> m_pages;
};

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
    const QString &topic(Id id) const { return m_topics.value(id); }
    // Every id is below this: arrays by id need this many entries.
    Id bound() const { return m_bound; }
    qsizetype size() const { return qsizetype(m_bound) - 1; }

private:
    // The message's stamp when it is this table's, else 0.
    Id stampOf(const Message &message) const
    {
        const Id id = message.topicId;
        return id != 0 && id < m_bound && sameTopicData(m_topics.value(id), message.topic) ? id : 0;
    }

    ByTopic<QString> m_topics; // by id
    Id m_bound = 1; // id 0 is none
    QHash<QString, Id> m_ids;
    TopicHintIndex m_hints; // Message::topicHint -> id
};

} // namespace Signalbox
