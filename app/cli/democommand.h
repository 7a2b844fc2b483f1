#pragma once

#include "clientcommand.h"

#include <QTimer>

namespace Signalbox::Cli {

// `demo`: publishes made-up but plausible sensor readings as JSON, once per
// --interval, on Sensor/imu/value, Sensor/ultrasonic/distance and Sensor/cds/value.
//
// With --sparkplug it plays a Sparkplug B 3.0 edge node instead: group
// "Signalbox", edge node "demo", devices "imu" and "ultrasonic". Its will is the
// NDEATH (with the bdSeq of its NBIRTH); once connected it subscribes to its
// NCMD and DCMD topics, publishes NBIRTH (bdSeq, "Node Control/Rebirth") and a
// DBIRTH per device with an alias for every metric, then each --interval one
// NDATA and one DDATA per device that send the aliases only, seq counting
// 0..255 and around. An NCMD "Node Control/Rebirth" = true publishes the births
// again; after --count readings it publishes its NDEATH and disconnects. As the
// specification asks, births and data go at QoS 0 unretained (-q and -r are
// ignored), the NDEATH at QoS 1.
class DemoCommand : public ClientCommand
{
    Q_OBJECT
public:
    explicit DemoCommand(const Options &options, QObject *parent = nullptr);

    // The three messages of reading number `tick` taken at `timeMs` (ms since
    // the epoch); public for tests.
    static QList<OutgoingMessage> readings(qint64 tick, double intervalSeconds, qint64 timeMs);

    // Sparkplug B: spBv1.0/Signalbox/<type>/demo[/<device>].
    static QString sparkplugTopic(const QString &type, const QString &device = QString());
    // The NDEATH payload, the will of the connection whose NBIRTH carries bdSeq.
    static QByteArray sparkplugDeath(quint64 bdSeq, qint64 timeMs);
    // NBIRTH (seq 0), then DBIRTH imu and ultrasonic (seq 1, 2).
    static QList<OutgoingMessage> sparkplugBirths(quint64 bdSeq, qint64 tick, double intervalSeconds, qint64 timeMs);
    // NDATA, DDATA imu, DDATA ultrasonic by alias, with seq from firstSeq on (mod 256).
    static QList<OutgoingMessage> sparkplugData(quint8 firstSeq, qint64 tick, double intervalSeconds, qint64 timeMs);

protected:
    void onConnected(const ConnackInfo &info) override;
    void onAllDelivered() override;

private:
    void tick();
    void publishAll(QList<OutgoingMessage> messages);
    void publishBirths();
    void onMessages(const QList<Message> &messages);

    QTimer m_timer;
    qint64 m_ticks = 0;
    bool m_started = false;
    bool m_done = false;
    quint8 m_seq = 0; // Sparkplug: the next message's seq
    // Sparkplug: one will for every connection of this client, so bdSeq stays
    // what the will says (the specification counts it per connection).
    static constexpr quint64 BdSeq = 0;
};

} // namespace Signalbox::Cli
