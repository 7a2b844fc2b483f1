#pragma once

#include "mqtt/error.h"

#include <QString>

namespace Signalbox {

// The keep-alive watch of one connection (MQTT 5.0 §3.1.2.10): when to send
// PINGREQ, and when a connection that is still open makes no progress and
// must be given up. It keeps the times of the last traffic; MqttClient tells
// it what happened, asks check() on a timer, and sends or closes. Times are
// microseconds on the caller's monotonic clock. No Qt event loop needed.
class KeepAliveWatch
{
public:
    // What the connection holds at the moment of a check.
    struct Progress
    {
        qint64 partialBytes = 0; // of a packet received in part
        qint64 unsentBytes = 0; // written, not yet taken by the operating system
        qsizetype awaitingAcks = 0; // PUBLISH, SUBSCRIBE, UNSUBSCRIBE not acknowledged yet
    };
    enum class Action { None, Ping, GiveUp };
    struct Check
    {
        Action action = Action::None;
        Error error; // with GiveUp: why, in a sentence naming the broker
    };

    // The connection was opened (its clocks start) or accepted with a
    // keep-alive of `seconds` (0: no keep-alive) for the broker at host:port.
    void opened(qint64 nowUs);
    void start(quint16 seconds, const QString &host, quint16 port, qint64 nowUs);
    // The connection ended: no ping is outstanding.
    void stop() { m_pingSentUs = -1; }

    void sent(qint64 nowUs) { m_lastSentUs = nowUs; }
    void packetsReceived(qint64 nowUs) { m_lastPacketUs = nowUs; }
    void acknowledged() { m_lastAckUs = m_lastPacketUs; }
    void pingAnswered() { m_pingSentUs = -1; }
    // Reading starts again after a hold: the time spent holding tells nothing
    // about the broker, so its clocks start over.
    void resumed(qint64 nowUs);

    // What to do now. A Ping is taken as sent.
    Check check(qint64 nowUs, const Progress &progress);
    // While reading is held nothing is judged; only the broker's keep-alive
    // is kept satisfied: true when an (untimed) PINGREQ is due.
    bool pingDueWhileHeld(qint64 nowUs) const;

    qint64 intervalUs() const { return m_intervalUs; }
    bool isPingOutstanding() const { return m_pingSentUs >= 0; }

private:
    qint64 m_intervalUs = 0;
    QString m_host;
    quint16 m_port = 0;
    qint64 m_lastSentUs = 0;
    qint64 m_lastPacketUs = 0; // the last complete packet received (bytes of an unfinished one do not count)
    qint64 m_pingSentUs = -1;
    qint64 m_lastAckUs = 0; // the last acknowledgement received, or when waiting for one began
};

} // namespace Signalbox
