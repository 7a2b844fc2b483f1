#include "client/keepalivewatch.h"

#include "mqtt/mqtt.h"

#include <QCoreApplication>

namespace Signalbox {

// These sentences reach the user as MqttClient's: they keep its translation context.
class KeepAliveWatchText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
};

void KeepAliveWatch::opened(qint64 nowUs)
{
    m_lastPacketUs = nowUs;
}

void KeepAliveWatch::start(quint16 seconds, const QString &host, quint16 port, qint64 nowUs)
{
    m_intervalUs = qint64(seconds) * 1000000;
    m_host = host;
    m_port = port;
    m_lastPacketUs = m_lastAckUs = nowUs;
    m_pingSentUs = -1;
}

void KeepAliveWatch::resumed(qint64 nowUs)
{
    m_lastPacketUs = m_lastAckUs = nowUs;
    if (m_pingSentUs >= 0)
        m_pingSentUs = nowUs;
}

bool KeepAliveWatch::pingDueWhileHeld(qint64 nowUs) const
{
    return m_intervalUs > 0 && nowUs - m_lastSentUs >= m_intervalUs * 3 / 4;
}

// MQTT 5.0 §3.1.2.10: something must be sent within every keep-alive
// interval. We also ping when no complete packet has arrived for half an
// interval. Only a PINGRESP answers a PINGREQ (§3.12.4): bytes of a packet
// that never completes are no answer, or a broker that trickles a huge PUBLISH
// would hold the client forever. A dead or stalled connection is given up
// about one interval after its last complete packet.
KeepAliveWatch::Check KeepAliveWatch::check(qint64 now, const Progress &progress)
{
    Check result;
    if (m_intervalUs == 0)
        return result;
    const qint64 intervalUs = m_intervalUs;
    const auto giveUp = [&](const QString &why) {
        result.action = Action::GiveUp;
        result.error.kind = ErrorKind::Timeout;
        result.error.reason = quint8(ReasonCode::KeepAliveTimeout);
        result.error.message = why;
        return result;
    };
    if (m_pingSentUs >= 0) {
        // No PINGRESP within half an interval. Complete packets that arrived
        // since the PINGREQ may be queued ahead of its answer (a flood): then
        // a whole interval.
        const bool packetsSincePing = m_lastPacketUs > m_pingSentUs;
        const qint64 allowedUs = packetsSincePing ? intervalUs : intervalUs / 2;
        if (now - m_pingSentUs >= allowedUs) {
            const double waited = double(now - m_pingSentUs) / 1e6;
            if (progress.partialBytes > 0)
                return giveUp(KeepAliveWatchText::tr(
                                  "The broker at %1:%2 stopped making progress: no reply to a ping within %3 s, "
                                  "while a packet it began (%4 bytes so far) never completed.")
                                  .arg(m_host)
                                  .arg(m_port)
                                  .arg(waited, 0, 'f', 1)
                                  .arg(progress.partialBytes));
            // The ping itself may not have left: a broker that stopped
            // reading lets the socket's buffers fill.
            if (progress.unsentBytes > 0)
                return giveUp(
                    KeepAliveWatchText::tr("The broker at %1:%2 stopped reading: no reply to a ping within %3 s, "
                                           "with %4 bytes still waiting to be sent.")
                        .arg(m_host)
                        .arg(m_port)
                        .arg(waited, 0, 'f', 1)
                        .arg(progress.unsentBytes));
            return giveUp(
                KeepAliveWatchText::tr("The broker at %1:%2 stopped answering: no reply to a ping within %3 s.")
                    .arg(m_host)
                    .arg(m_port)
                    .arg(waited, 0, 'f', 1));
        }
    }
    // A broker that answers pings but acknowledges nothing: no PUBACK, PUBREC,
    // PUBCOMP, SUBACK or UNSUBACK for two intervals while we wait for one. MQTT
    // 5.0 §4.4 forbids re-sending on the same connection; a new connection
    // re-sends what is unacknowledged.
    if (progress.awaitingAcks == 0) {
        m_lastAckUs = now;
    } else if (now - m_lastAckUs >= 2 * intervalUs) {
        const double seconds = double(intervalUs) / 1e6;
        return giveUp(KeepAliveWatchText::tr("The broker at %1:%2 answers pings but has acknowledged nothing for %3 s "
                                             "(%n request(s) waiting).",
                                             nullptr, int(progress.awaitingAcks))
                          .arg(m_host)
                          .arg(m_port)
                          .arg(2 * seconds, 0, 'f', 0));
    }
    if (m_pingSentUs < 0 && (now - m_lastPacketUs >= intervalUs / 2 || now - m_lastSentUs >= intervalUs * 3 / 4)) {
        m_pingSentUs = now;
        result.action = Action::Ping;
    }
    return result;
}

} // namespace Signalbox
