#include "mqtt/topictable.h"

namespace Signalbox {

// The receiving client's hint finds a known topic without hashing it; on a
// miss the table keeps the message's string for the topic (equal text), which
// the hint's next messages share, so that the hint hits from then on.
TopicTable::Id TopicTable::intern(Message &message)
{
    Id id = stampOf(message);
    if (id == 0) {
        const qint64 hinted = m_hints.find(message, [&](qint64 i) {
            return quint64(i) < m_bound && sameTopicData(m_topics.value(quint32(i)), message.topic);
        });
        id = hinted > 0 ? Id(hinted) : idOf(message.topic);
        if (hinted <= 0 && message.topicHint != 0) {
            m_topics[id] = message.topic;
            m_hints.remember(message, id);
        }
    }
    message.topicId = id;
    if (const QString &held = m_topics.value(id); !sameTopicData(held, message.topic))
        message.topic = held;
    return id;
}

TopicTable::Id TopicTable::idOf(const Message &message)
{
    const Id stamped = stampOf(message);
    return stamped != 0 ? stamped : idOf(message.topic);
}

TopicTable::Id TopicTable::idOf(const QString &topic)
{
    const auto it = m_ids.constFind(topic);
    if (it != m_ids.cend())
        return it.value();
    const Id id = m_bound++;
    m_topics[id] = topic;
    m_ids.insert(topic, id);
    return id;
}

} // namespace Signalbox
