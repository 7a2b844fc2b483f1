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
// since the last takeSent(). Off by default. PUBLISH and its acknowledgements
// (the bulk of a flood) can be limited to so many a second, in both directions
// together, or left out. Not thread-safe; no Qt event loop needed.
class PacketTrace
{
public:
    void setEnabled(bool enabled) { m_enabled = enabled; }
    bool isEnabled() const { return m_enabled; }
    // PUBLISH, PUBACK, PUBREC, PUBREL and PUBCOMP traced per second at most:
    // Unlimited (the default), 0 for none, or a number.
    static constexpr int Unlimited = -1;
    void setPublishLimit(int perSecond) { m_publishLimit = perSecond; }
    // How many of them the limit left out so far.
    qint64 publishesLeftOut() const { return m_leftOut; }

    // Whether packet is traced: ask once per packet, before copying its bytes
    // (a PUBLISH that is wanted counts against the limit).
    bool wants(const Packet &packet);
    // packet (which wants()) went into the write buffer as bytes.
    void sent(const Packet &packet, QByteArray bytes);
    // packet was taken back unwritten: its record goes, if it is the last one.
    void withdrawn(const Packet &packet);
    // The records of what was sent since the last call, oldest first.
    QList<PacketRecord> takeSent() { return std::exchange(m_sent, {}); }
    // The records of packets received in one read (raw: each one's bytes).
    QList<PacketRecord> received(const QList<Packet> &packets, const QList<QByteArray> &raw);

private:
    bool m_enabled = false;
    int m_publishLimit = Unlimited;
    int m_inSecond = 0; // publishes traced since m_secondStartMs
    qint64 m_secondStartMs = 0;
    qint64 m_leftOut = 0;
    QList<PacketRecord> m_sent;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::PacketRecord)
