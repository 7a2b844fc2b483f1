#include "client/subscriptions.h"

#include "mqtt/mqtt.h"

#include <QCoreApplication>

namespace Signalbox {

// These sentences reach the user as MqttClient's: they keep its translation context.
class SubscriptionsText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
};

std::optional<QString> Subscriptions::validate(const QList<SubscribeEntry> &entries)
{
    if (entries.isEmpty())
        return SubscriptionsText::tr("Nothing to subscribe to.");
    for (const SubscribeEntry &e : entries) {
        const std::optional<QString> why = TopicFilter::validate(e.filter);
        if (why)
            return SubscriptionsText::tr("Invalid topic filter '%1': %2").arg(e.filter, *why);
        if (e.qos > 2)
            return SubscriptionsText::tr("QoS must be 0, 1 or 2, not %1.").arg(e.qos);
    }
    return {};
}

SubscribePacket Subscriptions::subscribe(quint16 id, const QList<SubscribeEntry> &entries, const Properties &properties)
{
    SubscribePacket packet;
    packet.packetId = id;
    packet.entries = entries;
    if (m_version == ProtocolVersion::V5)
        packet.properties = properties;
    m_waiting.append(packet);
    for (const SubscribeEntry &e : entries) {
        if (!m_subscriptions.contains(e.filter))
            m_matcher.addFilter(e.filter);
        m_subscriptions.insert(e.filter, e);
    }
    m_subscribeProperties = properties;
    return packet;
}

UnsubscribePacket Subscriptions::unsubscribe(quint16 id, const QStringList &filters, const Properties &properties)
{
    UnsubscribePacket packet;
    packet.packetId = id;
    packet.filters = filters;
    if (m_version == ProtocolVersion::V5)
        packet.properties = properties;
    m_waiting.append(packet);
    for (const QString &f : filters) {
        m_subscriptions.remove(f);
        m_matcher.removeFilter(f);
    }
    return packet;
}

Subscriptions::SubackOutcome Subscriptions::acknowledge(const SubackPacket &packet)
{
    SubackOutcome outcome;
    const std::optional<SubscribePacket> pending = takeWaiting<SubscribePacket>(packet.packetId);
    if (!pending)
        return outcome;
    if (packet.reasonCodes.size() != pending->entries.size()) {
        outcome.violation = SubscriptionsText::tr("The broker answered %1 subscriptions with %2 reason codes.")
                                .arg(pending->entries.size())
                                .arg(packet.reasonCodes.size());
        return outcome;
    }
    SubscribeResult result;
    result.packetId = packet.packetId;
    result.entries = pending->entries;
    result.reasonCodes = packet.reasonCodes;
    result.properties = packet.properties;
    QStringList refused;
    quint8 firstRefusal = 0;
    for (qsizetype i = 0; i < pending->entries.size(); ++i) {
        const quint8 code = packet.reasonCodes.at(i);
        if (code < 0x80)
            continue;
        const QString &filter = pending->entries.at(i).filter;
        if (!firstRefusal)
            firstRefusal = code;
        refused.append(QLatin1Char('\'') + filter + QLatin1Char('\''));
        m_subscriptions.remove(filter);
        m_matcher.removeFilter(filter);
    }
    outcome.result = std::move(result);
    if (!refused.isEmpty()) {
        QString why = SubscriptionsText::tr("Failure");
        if (m_version == ProtocolVersion::V5) {
            why = reasonCodeText(firstRefusal, PacketType::Suback);
            if (const auto text = packet.properties.string(PropertyId::ReasonString); text && !text->isEmpty())
                why += QStringLiteral(" (") + *text + QLatin1Char(')');
        }
        outcome.refusal.kind = ErrorKind::Rejected;
        outcome.refusal.reason = firstRefusal;
        outcome.refusal.message = SubscriptionsText::tr("The broker refused the subscription to %1: %2.")
                                      .arg(refused.join(QStringLiteral(", ")), why);
    }
    return outcome;
}

std::optional<UnsubscribeResult> Subscriptions::acknowledge(const UnsubackPacket &packet)
{
    const std::optional<UnsubscribePacket> pending = takeWaiting<UnsubscribePacket>(packet.packetId);
    if (!pending)
        return std::nullopt;
    UnsubscribeResult result;
    result.packetId = packet.packetId;
    result.filters = pending->filters;
    result.reasonCodes = packet.reasonCodes;
    result.properties = packet.properties;
    return result;
}

void Subscriptions::connectionLost()
{
    m_unconfirmed.append(std::exchange(m_waiting, {}));
}

QList<Packet> Subscriptions::connectionStarted(bool sessionPresent, const std::function<quint16()> &allocateId)
{
    connectionLost(); // nothing sent on an earlier connection is answered on this one
    QList<Packet> send;
    if (!sessionPresent) {
        // A new session knows nothing of our subscriptions: subscribe again.
        m_unconfirmed.clear();
        if (!m_subscriptions.isEmpty())
            send.append(subscribe(allocateId(), m_subscriptions.values(), m_subscribeProperties));
        return send;
    }
    const bool v5 = m_version == ProtocolVersion::V5;
    for (Packet &packet : std::exchange(m_unconfirmed, {})) {
        std::visit(
            [&](auto &p) {
                using T = std::decay_t<decltype(p)>;
                if constexpr (std::is_same_v<T, SubscribePacket> || std::is_same_v<T, UnsubscribePacket>) {
                    p.packetId = allocateId();
                    if (!v5)
                        p.properties = {};
                }
            },
            packet);
        m_waiting.append(packet);
        send.append(packet);
    }
    return send;
}

bool Subscriptions::isWaiting(quint16 id) const
{
    for (const Packet &packet : m_waiting) {
        if (idOf(packet) == id)
            return true;
    }
    return false;
}

quint16 Subscriptions::idOf(const Packet &packet)
{
    if (const auto *sub = std::get_if<SubscribePacket>(&packet))
        return sub->packetId;
    if (const auto *unsub = std::get_if<UnsubscribePacket>(&packet))
        return unsub->packetId;
    return 0;
}

} // namespace Signalbox
