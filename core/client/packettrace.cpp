#include "client/packettrace.h"

#include <QDateTime>

namespace Signalbox {

bool PacketTrace::wants(const Packet &packet)
{
    if (!m_enabled)
        return false;
    // PUBLISH and its acknowledgements: the bulk of a flood.
    if (!std::holds_alternative<PublishPacket>(packet) && !std::holds_alternative<AckPacket>(packet))
        return true;
    if (m_publishLimit < 0)
        return true;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now - m_secondStartMs >= 1000 || now < m_secondStartMs) {
        m_secondStartMs = now;
        m_inSecond = 0;
    }
    if (m_inSecond < m_publishLimit) {
        ++m_inSecond;
        return true;
    }
    ++m_leftOut;
    return false;
}

void PacketTrace::sent(const Packet &packet, QByteArray bytes)
{
    m_sent.append(PacketRecord{true, QDateTime::currentMSecsSinceEpoch(), packet, std::move(bytes)});
}

void PacketTrace::withdrawn(const Packet &packet)
{
    if (!m_sent.isEmpty() && m_sent.last().packet == packet)
        m_sent.removeLast();
}

QList<PacketRecord> PacketTrace::received(const QList<Packet> &packets, const QList<QByteArray> &raw)
{
    QList<PacketRecord> records;
    if (!m_enabled)
        return records;
    const qint64 t = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = 0; i < packets.size(); ++i) {
        if (wants(packets[i]))
            records.append(PacketRecord{false, t, packets[i], raw.value(i)});
    }
    return records;
}

} // namespace Signalbox
