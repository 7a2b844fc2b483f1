#pragma once

#include "mqtt/message.h"

#include <QString>

#include <algorithm>
#include <memory>
#include <vector>

namespace Signalbox {

// True when a and b are the same string data (and so equal): what a topic hint
// is checked with. Empty strings never count, so a default row never matches.
inline bool sameTopicData(const QString &a, const QString &b)
{
    return !a.isEmpty() && a.size() == b.size() && a.constData() == b.constData();
}

// Maps Message::topicHint to a row of a per-topic table (tree node, traffic
// topic, interned id ...), so that a message on a known topic finds its row
// without hashing the topic. The table stays the authority: the caller's check
// accepts a row only when the table holds the very string the message carries
// at that row (sameTopicData), so a stale hint, a hint from another client or
// a recycled row costs a miss, never a wrong row. On a miss the caller looks
// the topic up as before and calls remember(), after making its row's string
// the message's (equal text, shared data).
//
// Rows are kept in pages of 4096 hints, allocated as hints reach them: a table
// that grows never copies or refills what it holds (every per-topic table of a
// connection grows at the same hints, and a doubling vector made them all copy
// at once, in one batch).
class TopicHintIndex
{
public:
    static constexpr quint32 MaximumHint = 1u << 22; // larger hints are ignored

    // The row remembered for message's hint if holds(row) agrees, else -1.
    // holds(row) must be false for a row the table does not have.
    template<typename Holds>
    qint64 find(const Message &message, Holds &&holds) const
    {
        const quint32 hint = message.topicHint;
        const size_t page = hint >> PageBits;
        if (hint == 0 || page >= m_pages.size() || !m_pages[page])
            return -1;
        const qint64 row = m_pages[page][hint & PageMask];
        return row >= 0 && holds(row) ? row : -1;
    }

    void remember(const Message &message, qint64 row)
    {
        const quint32 hint = message.topicHint;
        if (hint == 0 || hint > MaximumHint || message.topic.isEmpty())
            return;
        const size_t page = hint >> PageBits;
        if (m_pages.size() <= page)
            m_pages.resize(page + 1);
        if (!m_pages[page]) {
            m_pages[page] = std::make_unique_for_overwrite<qint64[]>(PageSize);
            std::fill_n(m_pages[page].get(), PageSize, qint64(-1));
        }
        m_pages[page][hint & PageMask] = row;
    }

    void clear() { std::vector<std::unique_ptr<qint64[]>>().swap(m_pages); }

private:
    static constexpr quint32 PageBits = 12;
    static constexpr size_t PageSize = size_t(1) << PageBits;
    static constexpr quint32 PageMask = PageSize - 1;
    std::vector<std::unique_ptr<qint64[]>> m_pages; // by hint >> PageBits; rows by hint, -1: none
};

} // namespace Signalbox
