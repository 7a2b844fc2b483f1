#include "democommand.h"

#include <QDateTime>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Signalbox::Cli {

namespace {

double noise(double amplitude)
{
    return (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0) * amplitude;
}

QByteArray number(double value, int decimals)
{
    return QByteArray::number(value, 'f', decimals);
}

} // namespace

DemoCommand::DemoCommand(const Options &options, QObject *parent) : ClientCommand(options, parent)
{
    m_timer.setInterval(options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoCommand::tick);
}

QList<OutgoingMessage> DemoCommand::readings(qint64 tick, double intervalSeconds, qint64 timeMs)
{
    const double t = double(tick) * intervalSeconds;
    const QByteArray timestamp = '"'
                                 + QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()
                                 + '"';

    // A board that sways a little: gravity on z, small tilts on x and y, a slow turn.
    const double ax = 0.15 * std::sin(0.7 * t) + noise(0.02);
    const double ay = 0.10 * std::cos(0.5 * t) + noise(0.02);
    const double az = 9.81 + 0.05 * std::sin(0.3 * t) + noise(0.02);
    const double gx = 2.5 * std::sin(0.9 * t) + noise(0.3);
    // Something moving to and fro in front of the sensor (HC-SR04 range 2-400 cm).
    const double distance = std::clamp(100.0 + 60.0 * std::sin(0.2 * t) + noise(1.5), 2.0, 400.0);
    // Light on a photoresistor drifting over time.
    const double lux = std::max(0.0, 450.0 + 250.0 * std::sin(0.05 * t) + noise(10.0));

    QList<OutgoingMessage> messages(3);
    messages[0].topic = QStringLiteral("Sensor/imu/value");
    messages[0].payload = "{\"ax\":" + number(ax, 3) + ",\"ay\":" + number(ay, 3) + ",\"az\":" + number(az, 3)
                          + ",\"gx\":" + number(gx, 3) + ",\"timestamp\":" + timestamp + '}';
    messages[1].topic = QStringLiteral("Sensor/ultrasonic/distance");
    messages[1].payload = "{\"distance_cm\":" + number(distance, 1) + ",\"timestamp\":" + timestamp + '}';
    messages[2].topic = QStringLiteral("Sensor/cds/value");
    messages[2].payload = "{\"lux\":" + number(lux, 1) + ",\"timestamp\":" + timestamp + '}';
    return messages;
}

void DemoCommand::onConnected(const ConnackInfo &info)
{
    Q_UNUSED(info);
    if (m_started)
        return;
    m_started = true;
    tick();
    if (!m_done)
        m_timer.start();
}

void DemoCommand::tick()
{
    if (isFinishing() || m_done)
        return;
    const Options &o = options();
    const QList<OutgoingMessage> messages = readings(m_ticks, o.intervalMs / 1000.0, QDateTime::currentMSecsSinceEpoch());
    for (OutgoingMessage message : messages) {
        message.qos = o.qos;
        message.retain = o.retain;
        message.properties = o.publishProperties;
        publish(message);
    }
    ++m_ticks;
    if (o.demoCount > 0 && m_ticks >= o.demoCount) {
        m_done = true;
        m_timer.stop();
        if (pendingDeliveries() == 0)
            finish(deliveryFailureCode());
    }
}

void DemoCommand::onAllDelivered()
{
    if (m_done)
        finish(deliveryFailureCode());
}

} // namespace Signalbox::Cli
