#include "client/outboundqueue.h"

#include <QCoreApplication>

namespace Signalbox {

// These sentences reach the user as MqttClient's: they keep its translation context.
class OutboundQueueText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
};

OutboundQueue::OutboundQueue(ProtocolVersion version, std::function<bool(quint16)> idTakenElsewhere)
    : m_version(version), m_idTakenElsewhere(std::move(idTakenElsewhere))
{ }

void OutboundQueue::setStore(SessionStore *store)
{
    m_store = store;
    if (!m_store)
        return;
    for (Entry &entry : m_queue) { // published before the store was open
        if (entry.packet.qos > 0 && entry.seq == 0) {
            entry.seq = m_store->nextSeq();
            m_store->addOutgoing({entry.seq, entry.packet, false});
        }
    }
}

void OutboundQueue::restore(QList<SessionStore::Outgoing> saved, const std::function<quint64()> &newToken)
{
    std::deque<Entry> queued;
    for (SessionStore::Outgoing &o : saved) {
        Entry entry;
        entry.token = newToken();
        entry.seq = o.seq;
        entry.packet = std::move(o.packet);
        entry.pubrecReceived = o.released;
        const quint16 id = entry.packet.packetId;
        if (id != 0 && !m_inFlight.contains(id)) {
            m_inFlight.insert(id, entry); // QMap takes a const reference: nothing to move
            m_inFlightOrder.append(id);
            m_lastPacketId = id;
        } else {
            entry.packet.packetId = 0;
            entry.pubrecReceived = false;
            queued.push_back(std::move(entry));
        }
    }
    for (auto it = queued.rbegin(); it != queued.rend(); ++it)
        m_queue.push_front(std::move(*it));
}

void OutboundQueue::enqueue(quint64 token, PublishPacket packet)
{
    Entry entry;
    entry.token = token;
    entry.packet = std::move(packet);
    if (m_store && entry.packet.qos > 0) {
        entry.seq = m_store->nextSeq();
        m_store->addOutgoing({entry.seq, entry.packet, false});
    }
    m_queue.push_back(std::move(entry));
}

QList<Packet> OutboundQueue::connectionStarted(const Limits &limits, bool sessionPresent, qint64 nowUs)
{
    m_limits = limits;
    m_aliases.clear();
    QList<Packet> resend;
    if (m_inFlight.isEmpty())
        return resend;
    if (sessionPresent) {
        for (quint16 id : std::as_const(m_inFlightOrder)) {
            auto it = m_inFlight.find(id);
            if (it == m_inFlight.end())
                continue;
            it->sentAtUs = nowUs;
            if (it->pubrecReceived) {
                resend.append(AckPacket{PacketType::Pubrel, id, 0, {}});
            } else {
                PublishPacket wire = it->packet;
                wire.dup = true;
                wire.properties.remove(PropertyId::TopicAlias); // aliases do not survive a connection
                resend.append(std::move(wire));
            }
        }
        return resend;
    }
    std::deque<Entry> requeue;
    for (quint16 id : std::as_const(m_inFlightOrder)) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue;
        Entry entry = std::move(*it);
        if (m_store && entry.seq != 0)
            m_store->setOutgoingQueued(entry.seq);
        entry.packet.packetId = 0;
        entry.packet.dup = false;
        entry.pubrecReceived = false;
        entry.sentAtUs = -1;
        entry.packet.properties.remove(PropertyId::TopicAlias);
        requeue.push_back(std::move(entry));
    }
    m_inFlight.clear();
    m_inFlightOrder.clear();
    for (auto it = requeue.rbegin(); it != requeue.rend(); ++it)
        m_queue.push_front(std::move(*it));
    return resend;
}

// MQTT 5.0 §4.9: the broker's Receive Maximum. MQTT 3.x has none, and
// brokers still have a limit (mosquitto 2.0.11 forwards only its first
// max_inflight_messages of a burst of QoS 2 messages from a 3.1.1 client to
// 3.1.1 subscribers), so there we keep libmosquitto's window of 20.
qsizetype OutboundQueue::window() const
{
    return m_version == ProtocolVersion::V5 ? qsizetype(m_limits.receiveMaximum) : qsizetype(m_maximumInFlightV3);
}

quint16 OutboundQueue::allocatePacketId()
{
    for (int tries = 0; tries < 65535; ++tries) {
        m_lastPacketId = m_lastPacketId == 65535 ? 1 : m_lastPacketId + 1;
        const quint16 id = m_lastPacketId;
        if (!m_inFlight.contains(id) && !(m_idTakenElsewhere && m_idTakenElsewhere(id)))
            return id;
    }
    return 0;
}

Delivery OutboundQueue::deliveryOf(const Entry &entry)
{
    Delivery d;
    d.token = entry.token;
    d.packetId = entry.packet.packetId;
    d.topic = entry.packet.topic;
    d.qos = entry.packet.qos;
    return d;
}

Delivery OutboundQueue::settle(const Entry &entry, Delivery::State state, quint8 reason, const QString &reasonString)
{
    if (m_store && entry.seq != 0)
        m_store->removeOutgoing(entry.seq);
    Delivery d = deliveryOf(entry);
    d.state = state;
    d.reason = reason;
    d.reasonString = reasonString;
    return d;
}

// MQTT 5.0 §3.3.2.3.4: a Topic Alias the caller set must be within the
// broker's Topic Alias Maximum, and one sent without a topic must have been
// given one on this connection. Fills in the topic of such a packet (a
// re-send after a reconnect needs it); returns why it cannot go, or nothing.
std::optional<QString> OutboundQueue::checkAlias(PublishPacket &packet, quint8 *reason) const
{
    const auto alias = packet.properties.integer(PropertyId::TopicAlias);
    if (!alias)
        return {};
    *reason = quint8(ReasonCode::TopicAliasInvalid);
    if (*alias == 0 || *alias > m_limits.topicAliasMaximum)
        return OutboundQueueText::tr("Topic alias %1 is outside the broker's limit of %2.")
            .arg(*alias)
            .arg(m_limits.topicAliasMaximum);
    if (packet.topic.isEmpty()) {
        packet.topic = m_aliases.key(quint16(*alias));
        if (packet.topic.isEmpty())
            return OutboundQueueText::tr("Topic alias %1 has no topic yet on this connection.").arg(*alias);
    }
    *reason = 0;
    return {};
}

std::optional<OutboundQueue::Next> OutboundQueue::takeNext()
{
    Q_ASSERT(!m_taken);
    if (m_queue.empty())
        return std::nullopt;
    if (m_queue.front().packet.qos > 0 && m_inFlight.size() >= window())
        return std::nullopt;
    Entry entry = std::move(m_queue.front());
    m_queue.pop_front();

    Next next;
    if (entry.packet.qos > m_limits.maximumQoS) {
        next.failed = settle(entry, Delivery::State::Failed, quint8(ReasonCode::QoSNotSupported),
                             OutboundQueueText::tr("The broker accepts QoS %1 at most.").arg(m_limits.maximumQoS));
        return next;
    }
    if (entry.packet.retain && !m_limits.retainAvailable) {
        next.failed = settle(entry, Delivery::State::Failed, quint8(ReasonCode::RetainNotSupported),
                             OutboundQueueText::tr("The broker does not support retained messages."));
        return next;
    }
    if (entry.packet.qos > 0)
        entry.packet.packetId = allocatePacketId();
    quint8 reason = 0;
    if (const std::optional<QString> why = checkAlias(entry.packet, &reason)) {
        next.failed = settle(entry, Delivery::State::Failed, reason, *why);
        return next;
    }
    PublishPacket wire = entry.packet;
    if (const auto alias = wire.properties.integer(PropertyId::TopicAlias); alias && m_aliases.value(wire.topic) == *alias)
        wire.topic.clear(); // the broker knows the topic by its alias
    next.packet = std::move(wire);
    m_taken = std::move(entry);
    return next;
}

Delivery OutboundQueue::written(qsizetype bytes, qint64 nowUs)
{
    Q_ASSERT(m_taken);
    Entry entry = std::move(*m_taken);
    m_taken.reset();
    if (m_limits.maximumPacketSize > 0 && quint64(bytes) > m_limits.maximumPacketSize) {
        return settle(entry, Delivery::State::Failed, quint8(ReasonCode::PacketTooLarge),
                      OutboundQueueText::tr("The message is larger than the broker's maximum packet size of %1 bytes.")
                          .arg(m_limits.maximumPacketSize));
    }
    // Only now that the broker gets the topic with its alias does the alias stand for it.
    if (const auto alias = entry.packet.properties.integer(PropertyId::TopicAlias)) {
        const quint16 a = quint16(*alias);
        if (m_aliases.value(entry.packet.topic) != a) {
            for (auto it = m_aliases.begin(); it != m_aliases.end();) {
                if (it.value() == a)
                    it = m_aliases.erase(it);
                else
                    ++it;
            }
            m_aliases.insert(entry.packet.topic, a);
        }
    }
    Delivery d = deliveryOf(entry);
    d.state = Delivery::State::Sent;
    if (entry.packet.qos == 0)
        return d;
    entry.sentAtUs = nowUs;
    const quint16 id = entry.packet.packetId;
    if (m_store && entry.seq != 0)
        m_store->setOutgoingSent(entry.seq, id);
    m_inFlight.insert(id, entry); // QMap takes a const reference: nothing to move
    m_inFlightOrder.append(id);
    return d;
}

OutboundQueue::AckOutcome OutboundQueue::acknowledge(const AckPacket &ack, qint64 nowUs)
{
    AckOutcome outcome;
    const quint16 id = ack.packetId;
    auto it = m_inFlight.find(id);
    const bool expected = it != m_inFlight.end()
                          && ((ack.type == PacketType::Puback && it->packet.qos == 1)
                              || (ack.type == PacketType::Pubrec && it->packet.qos == 2 && !it->pubrecReceived)
                              || (ack.type == PacketType::Pubcomp && it->packet.qos == 2 && it->pubrecReceived));
    if (!expected) {
        if (ack.type == PacketType::Pubrec) {
            // MQTT 5.0 §4.3.3: keep the flow going for a duplicate PUBREC.
            const bool inRelease = it != m_inFlight.end() && it->pubrecReceived;
            quint8 reason = 0;
            if (!inRelease && m_version == ProtocolVersion::V5)
                reason = quint8(ReasonCode::PacketIdentifierNotFound);
            outcome.reply = AckPacket{PacketType::Pubrel, id, reason, {}};
        }
        return outcome;
    }
    const QString reasonString = ack.properties.string(PropertyId::ReasonString).value_or(QString());
    Delivery d;
    if (ack.type == PacketType::Pubrec && ack.reasonCode < 0x80) {
        it->pubrecReceived = true;
        if (m_store && it->seq != 0)
            m_store->setOutgoingReleased(it->seq);
        outcome.reply = AckPacket{PacketType::Pubrel, id, 0, {}};
        d = deliveryOf(*it);
        d.state = Delivery::State::Received;
        d.reason = ack.reasonCode;
        d.reasonString = reasonString;
    } else {
        d = settle(*it, ack.reasonCode >= 0x80 ? Delivery::State::Failed : Delivery::State::Acknowledged,
                   ack.reasonCode, reasonString);
        d.roundTripUs = it->sentAtUs >= 0 ? nowUs - it->sentAtUs : -1;
        m_inFlight.erase(it);
        m_inFlightOrder.removeOne(id);
        outcome.settled = true;
    }
    d.properties = ack.properties;
    outcome.delivery = std::move(d);
    return outcome;
}

} // namespace Signalbox
