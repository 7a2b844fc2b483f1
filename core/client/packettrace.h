#pragma once

#include "mqtt/packets.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>

namespace Signalbox {

// A packet as it crossed the wire, for the packet inspector.
struct PacketRecord
{
    bool outgoing = false;
    qint64 timeMs = 0;
    Packet packet;
    QByteArray bytes;
};

// Which packets of a connection are traced, and the records of those sent
// since the last takeSent(). Off by default; PUBLISH and its acknowledgements
// (the bulk of a flood) can be left out. Not thread-safe; no Qt event loop needed.
class PacketTrace
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    void setPublishesEnabled(bool enabled) { m_publishes = enabled; }

    // Whether packet is traced: ask before copying its bytes.
    bool wants(const Packet &packet) const;
    // packet (which wants()) went into the write buffer as bytes.
    void sent(const Packet &packet, QByteArray bytes);
    // packet, the last one given to sent() if wants() it, was taken back unwritten.
    void withdrawn(const Packet &packet);
    // The records of what was sent since the last call, oldest first.
    QList<PacketRecord> takeSent() { return std::exchange(m_sent, {}); }
    // The records of packets received in one read (raw: each one's bytes).
    QList<PacketRecord> received(const QList<Packet> &packets, const QList<QByteArray> &raw) const;

private:
    bool m_enabled = false;
    bool m_publishes = true;
    QList<PacketRecord> m_sent;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::PacketRecord)
