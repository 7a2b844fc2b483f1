#include "client/packettrace.h"

#include <QDateTime>

namespace Signalbox {

bool PacketTrace::wants(const Packet &packet) const
{
    if (!m_enabled)
        return false;
    // PUBLISH and its acknowledgements: the bulk of a flood.
    return m_publishes || !(std::holds_alternative<PublishPacket>(packet) || std::holds_alternative<AckPacket>(packet));
}

void PacketTrace::sent(const Packet &packet, QByteArray bytes)
{
    m_sent.append(PacketRecord{true, QDateTime::currentMSecsSinceEpoch(), packet, std::move(bytes)});
}

void PacketTrace::withdrawn(const Packet &packet)
{
    if (wants(packet) && !m_sent.isEmpty())
        m_sent.removeLast();
}

QList<PacketRecord> PacketTrace::received(const QList<Packet> &packets, const QList<QByteArray> &raw) const
{
    QList<PacketRecord> records;
    if (!m_enabled)
        return records;
    records.reserve(m_publishes ? packets.size() : 0);
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < packets.size(); ++i) {
        if (wants(packets[i]))
            records.append(PacketRecord{false, t, packets[i], raw.value(i)});
    }
    return records;
}

} // namespace Signalbox
