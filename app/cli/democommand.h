#pragma once

#include "clientcommand.h"

#include <QTimer>

namespace Signalbox::Cli {

// `demo`: publishes made-up but plausible sensor readings as JSON, once per
// --interval, on Sensor/imu/value, Sensor/ultrasonic/distance and Sensor/cds/value.
class DemoCommand : public ClientCommand
{
    Q_OBJECT
public:
    explicit DemoCommand(const Options &options, QObject *parent = nullptr);

    // The three messages of reading number `tick` taken at `timeMs` (ms since
    // the epoch); public for tests.
    static QList<OutgoingMessage> readings(qint64 tick, double intervalSeconds, qint64 timeMs);

protected:
    void onConnected(const ConnackInfo &info) override;
    void onAllDelivered() override;

private:
    void tick();

    QTimer m_timer;
    qint64 m_ticks = 0;
    bool m_started = false;
    bool m_done = false;
};

} // namespace Signalbox::Cli
