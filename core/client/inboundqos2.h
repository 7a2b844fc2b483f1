#pragma once

#include "client/sessionstore.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QString>

#include <deque>

namespace Signalbox {

// The inbound half of QoS 2 (MQTT 5.0 §4.3.3): the packet ids received and not
// yet released by PUBREL, and what is needed to tell a re-sent message from a
// new one under a reused id. Decides whether a PUBLISH is delivered; the
// caller answers PUBREC and PUBCOMP. With a session store (setStore()) the
// held ids are mirrored into it; committing stays with the caller. Not
// thread-safe; no Qt event loop needed.
class InboundQos2
{
public:
    enum class Verdict {
        Deliver, // a new message: deliver it and answer PUBREC
        Duplicate, // a re-send of one already delivered: answer PUBREC only
        OverLimit, // a new id beyond the Receive Maximum: a protocol violation
    };
    // How many released exchanges are remembered to recognise a late re-send.
    static constexpr qsizetype RememberedReleases = 1024;

    // Mirrors the held ids into store (not owned; null: none).
    void setStore(SessionStore *store) { m_store = store; }
    // The most ids held at once (the Receive Maximum this client sent); 0: no limit.
    void setReceiveMaximum(int maximum) { m_receiveMaximum = maximum; }
    int receiveMaximum() const { return m_receiveMaximum; }

    // A QoS 2 PUBLISH arrived; its id is held from now on.
    Verdict received(quint16 id, bool dup, const QString &topic, const QByteArray &payload);
    // PUBREL: releases the id; false when it was not held (answer PUBCOMP with
    // Packet Identifier Not Found under 5.0).
    bool released(quint16 id);

    // Ids a previous run left unreleased (their messages were delivered then).
    void restore(const QSet<quint16> &ids);
    // A new session (no session present): nothing is held. The store is left to the caller.
    void clear();

    bool isHeld(quint16 id) const { return m_held.contains(id); }
    qsizetype heldCount() const { return m_held.size(); }

private:
    void rememberReleased(quint16 id, size_t fingerprint);

    SessionStore *m_store = nullptr;
    int m_receiveMaximum = 0;
    QSet<quint16> m_held;
    QHash<quint16, size_t> m_fingerprints; // of those received in this run: topic and payload
    QHash<quint16, size_t> m_recentlyReleased; // the last ids released, with their fingerprints
    std::deque<quint16> m_releasedOrder;
};

} // namespace Signalbox
