#pragma once

#include "client/sessionstore.h"
#include "mqtt/message.h"
#include "mqtt/mqtt.h"
#include "mqtt/packets.h"

#include <QHash>
#include <QList>
#include <QMap>

#include <deque>
#include <functional>
#include <optional>

namespace Signalbox {

// The outbound half of a client's session (MQTT 5.0 §4.3, §4.4, §4.9): the
// messages waiting to be sent, those in flight by packet id, packet-id
// allocation, the in-flight window, outbound topic aliases and the re-send
// after a reconnect. It writes nothing and emits nothing: each call returns
// the packets to write and the deliveries to report, and MqttClient does both.
//
// With a session store (setStore()) every change to a QoS 1/2 message is
// mirrored into it; committing stays with the caller, before it writes what
// depends on the change. Not thread-safe; no Qt event loop needed.
class OutboundQueue
{
public:
    // What one connection allows, from its CONNACK.
    struct Limits
    {
        quint16 receiveMaximum = 65535; // 5.0 §3.2.2.3.3; under 3.x the window is maximumInFlightV3()
        quint8 maximumQoS = 2;
        bool retainAvailable = true;
        quint16 topicAliasMaximum = 0;
        quint32 maximumPacketSize = 0; // 0: no limit
    };

    // The next message taken off the queue: a packet to write (then call
    // written()), or a message this connection cannot carry, already settled.
    struct Next
    {
        std::optional<PublishPacket> packet;
        Delivery failed; // when packet is empty: state Failed, with the reason
    };

    // What an acknowledgement (PUBACK, PUBREC, PUBCOMP) brought about.
    struct AckOutcome
    {
        std::optional<AckPacket> reply; // a PUBREL to write
        std::optional<Delivery> delivery; // Received, Acknowledged or Failed
        bool settled = false; // the message left the window: more may go
    };

    // idTakenElsewhere tells packet-id allocation which ids other requests
    // (SUBSCRIBE, UNSUBSCRIBE) are waiting with.
    explicit OutboundQueue(ProtocolVersion version = ProtocolVersion::V311,
                           std::function<bool(quint16)> idTakenElsewhere = {});

    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    // QoS 1/2 messages in flight at once under MQTT 3.x (at least 1).
    void setMaximumInFlightV3(int count) { m_maximumInFlightV3 = std::max(1, count); }
    int maximumInFlightV3() const { return m_maximumInFlightV3; }
    void setMaximumQueued(int count) { m_maximumQueued = count; }
    bool isFull() const { return queuedCount() >= m_maximumQueued; }

    // Mirrors the queue into store (not owned; null: none). Queued QoS 1/2
    // messages that it does not hold yet are added to it.
    void setStore(SessionStore *store);
    // Takes over what a previous run left in the store: sent messages go back
    // in flight under their packet ids, the rest before what is queued now.
    // Each gets a token from newToken.
    void restore(QList<SessionStore::Outgoing> saved, const std::function<quint64()> &newToken);

    // Queues a message (QoS 1/2 also in the store), whatever isFull() says.
    void enqueue(quint64 token, PublishPacket packet);

    // A connection was accepted: takes its limits, forgets the topic aliases
    // of the one before and returns what is re-sent first, in the order it
    // was first sent: with the session present, each unacknowledged PUBLISH
    // with DUP and a PUBREL for each past PUBREC (MQTT 5.0 §4.4); without, the
    // broker forgot them and they go back to the front of the queue instead.
    QList<Packet> connectionStarted(const Limits &limits, bool sessionPresent, qint64 nowUs);

    // The next message the window lets go, or nothing.
    std::optional<Next> takeNext();
    // The packet takeNext() returned took `bytes` encoded: its Sent delivery,
    // or Failed when that is over the broker's maximum packet size (then the
    // caller must not write it).
    Delivery written(qsizetype bytes, qint64 nowUs);

    // A PUBACK, PUBREC or PUBCOMP. One that matches nothing in flight is
    // ignored, except that a PUBREC is answered to keep the broker's flow going.
    AckOutcome acknowledge(const AckPacket &ack, qint64 nowUs);

    // A new packet id, not in flight and not taken elsewhere; 0 when all are.
    quint16 allocatePacketId();

    int queuedCount() const { return int(m_queue.size()); }
    int inFlightCount() const { return int(m_inFlight.size()); }
    qsizetype window() const;

private:
    struct Entry
    {
        quint64 token = 0;
        qint64 seq = 0; // in the session store; 0: not stored
        PublishPacket packet;
        qint64 sentAtUs = -1;
        bool pubrecReceived = false; // QoS 2: PUBREL stage
    };

    static Delivery deliveryOf(const Entry &entry);
    // The one way a message leaves: forgotten by the store, reported as `state`.
    Delivery settle(const Entry &entry, Delivery::State state, quint8 reason, const QString &reasonString);
    std::optional<QString> checkAlias(PublishPacket &packet, quint8 *reason) const;

    ProtocolVersion m_version;
    std::function<bool(quint16)> m_idTakenElsewhere;
    SessionStore *m_store = nullptr;
    Limits m_limits;
    int m_maximumQueued = 100000;
    int m_maximumInFlightV3 = 20;
    quint16 m_lastPacketId = 0;
    std::deque<Entry> m_queue; // not yet sent
    QMap<quint16, Entry> m_inFlight; // sent QoS 1/2, by packet id
    QList<quint16> m_inFlightOrder; // packet ids in the order they were first sent
    QHash<QString, quint16> m_aliases; // topic -> alias, on this connection (5.0 §3.3.2.3.4)
    std::optional<Entry> m_taken; // between takeNext() and written()
};

} // namespace Signalbox
