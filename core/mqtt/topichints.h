#pragma once

#include "mqtt/message.h"

#include <QString>

#include <algorithm>
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
        if (hint == 0 || hint >= m_rows.size())
            return -1;
        const qint64 row = m_rows[hint];
        return row >= 0 && holds(row) ? row : -1;
    }

    void remember(const Message &message, qint64 row)
    {
        const quint32 hint = message.topicHint;
        if (hint == 0 || hint > MaximumHint || message.topic.isEmpty())
            return;
        if (m_rows.size() <= hint)
            m_rows.resize(std::max<size_t>(size_t(hint) + 1, m_rows.size() * 2), -1);
        m_rows[hint] = row;
    }

    void clear() { std::vector<qint64>().swap(m_rows); }

private:
    std::vector<qint64> m_rows; // by hint; -1: none
};

} // namespace Signalbox
