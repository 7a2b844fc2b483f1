#include "client/inboundqos2.h"

#include <QHashFunctions>

namespace Signalbox {

// MQTT 5.0 §4.3.3: deliver once; a re-sent PUBLISH with an id not yet released
// is answered but not delivered again. A re-send carries DUP (§3.3.1.1);
// without it the sender has forgotten the old exchange and reuses the id for a
// new message (mosquitto does, restarted from a persistence file older than
// the exchange): dropping it would lose it.
InboundQos2::Verdict InboundQos2::received(quint16 id, bool dup, const QString &topic, const QByteArray &payload)
{
    const size_t fingerprint = qHashMulti(0, topic, payload);
    Verdict verdict = Verdict::Deliver;
    if (m_held.contains(id)) {
        // ... but only when it carries something else than the held one: the
        // same message again is a re-send, DUP or not.
        const auto held = m_fingerprints.constFind(id);
        if (dup || held == m_fingerprints.cend() || *held == fingerprint)
            verdict = Verdict::Duplicate;
    } else {
        // A re-send (DUP) of a message whose exchange we completed: a broker
        // restarted from a snapshot older than the PUBCOMP (mosquitto). Finish
        // the exchange again, deliver nothing.
        if (dup && m_recentlyReleased.contains(id) && m_recentlyReleased.value(id) == fingerprint)
            verdict = Verdict::Duplicate;
        m_held.insert(id);
        if (m_store)
            m_store->addInboundQos2(id);
        if (m_receiveMaximum > 0 && m_held.size() > m_receiveMaximum)
            return Verdict::OverLimit;
    }
    m_fingerprints.insert(id, fingerprint);
    return verdict;
}

bool InboundQos2::released(quint16 id)
{
    const bool known = m_held.remove(id);
    if (known && m_store)
        m_store->removeInboundQos2(id);
    if (const auto it = m_fingerprints.constFind(id); it != m_fingerprints.cend()) {
        rememberReleased(id, *it);
        m_fingerprints.erase(it);
    }
    return known;
}

void InboundQos2::restore(const QSet<quint16> &ids)
{
    m_held.unite(ids);
}

void InboundQos2::clear()
{
    m_held.clear();
    m_fingerprints.clear();
}

// The last released exchanges, by id, with what they carried.
void InboundQos2::rememberReleased(quint16 id, size_t fingerprint)
{
    if (!m_recentlyReleased.contains(id))
        m_releasedOrder.push_back(id);
    m_recentlyReleased.insert(id, fingerprint);
    while (m_releasedOrder.size() > size_t(RememberedReleases)) {
        m_recentlyReleased.remove(m_releasedOrder.front());
        m_releasedOrder.pop_front();
    }
}

} // namespace Signalbox
