#include "democommand.h"

#include "decoders/sparkplug.h"

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

struct Reading
{
    double ax, ay, az, gx, distance, lux, boardTemperature;
};

Reading reading(qint64 tick, double intervalSeconds)
{
    const double t = double(tick) * intervalSeconds;
    Reading r;
    // A board that sways a little: gravity on z, small tilts on x and y, a slow turn.
    r.ax = 0.15 * std::sin(0.7 * t) + noise(0.02);
    r.ay = 0.10 * std::cos(0.5 * t) + noise(0.02);
    r.az = 9.81 + 0.05 * std::sin(0.3 * t) + noise(0.02);
    r.gx = 2.5 * std::sin(0.9 * t) + noise(0.3);
    // Something moving to and fro in front of the sensor (HC-SR04 range 2-400 cm).
    r.distance = std::clamp(100.0 + 60.0 * std::sin(0.2 * t) + noise(1.5), 2.0, 400.0);
    // Light on a photoresistor drifting over time.
    r.lux = std::max(0.0, 450.0 + 250.0 * std::sin(0.05 * t) + noise(10.0));
    // The edge node's own board warming up.
    r.boardTemperature = 35.0 + 10.0 * (1.0 - std::exp(-t / 600.0)) + noise(0.2);
    return r;
}

// Sparkplug B metric aliases: unique across the edge node and its devices
// (Sparkplug 3.0 §6.4.7).
enum Alias : int {
    RebirthAlias = 1,
    BoardTemperatureAlias,
    AxAlias = 10,
    AyAlias,
    AzAlias,
    GxAlias,
    DistanceAlias = 20
};

// The payloads as the JSON encodeSparkplugFromJson() reads. Values are written
// with decimals, so that those sent without their datatype (by alias) go as doubles.
QByteArray sparkplugPayload(qint64 timeMs, std::optional<quint8> seq, const QList<QByteArray> &metrics)
{
    QByteArray json = "{\"timestamp\":" + QByteArray::number(timeMs);
    if (seq)
        json += ",\"seq\":" + QByteArray::number(*seq);
    json += ",\"metrics\":[";
    for (qsizetype i = 0; i < metrics.size(); ++i)
        json += (i > 0 ? "," : "") + metrics[i];
    json += "]}";
    // Our own JSON: an error here is a bug in this file, caught by tst_cli.
    return encodeSparkplugFromJson(json).value_or(QByteArray());
}

QByteArray birthMetric(const char *name, int alias, double value)
{
    return QByteArray("{\"name\":\"") + name + "\",\"alias\":" + QByteArray::number(alias)
           + ",\"datatype\":\"Double\",\"value\":" + number(value, 3) + '}';
}

QByteArray dataMetric(int alias, double value)
{
    return "{\"alias\":" + QByteArray::number(alias) + ",\"value\":" + number(value, 3) + '}';
}

constexpr char RebirthName[] = "Node Control/Rebirth";

Options withSparkplugWill(Options options)
{
    if (options.sparkplug) {
        WillOptions &will = options.profile.will;
        will.enabled = true;
        will.topic = DemoCommand::sparkplugTopic(QStringLiteral("NDEATH"));
        will.payload = DemoCommand::sparkplugDeath(0, QDateTime::currentMSecsSinceEpoch());
        // Sparkplug 3.0 §7.1.1: the NDEATH will is QoS 1 and not retained.
        will.qos = 1;
        will.retain = false;
    }
    return options;
}

} // namespace

DemoCommand::DemoCommand(const Options &options, QObject *parent) : ClientCommand(withSparkplugWill(options), parent)
{
    m_timer.setInterval(options.intervalMs);
    connect(&m_timer, &QTimer::timeout, this, &DemoCommand::tick);
    if (options.sparkplug)
        connect(&client(), &MqttClient::messagesReceived, this, &DemoCommand::onMessages);
}

QString DemoCommand::sparkplugTopic(const QString &type, const QString &device)
{
    QString topic = QStringLiteral("spBv1.0/Signalbox/") + type + QStringLiteral("/demo");
    if (!device.isEmpty())
        topic += QLatin1Char('/') + device;
    return topic;
}

QByteArray DemoCommand::sparkplugDeath(quint64 bdSeq, qint64 timeMs)
{
    // Sparkplug 3.0 §6.4.19: an NDEATH carries bdSeq and no seq.
    return sparkplugPayload(timeMs, std::nullopt,
                            {"{\"name\":\"bdSeq\",\"datatype\":\"UInt64\",\"value\":" + QByteArray::number(bdSeq) + '}'});
}

QList<OutgoingMessage> DemoCommand::sparkplugBirths(quint64 bdSeq, qint64 tick, double intervalSeconds, qint64 timeMs)
{
    const Reading r = reading(tick, intervalSeconds);
    QList<OutgoingMessage> messages(3);
    messages[0].topic = sparkplugTopic(QStringLiteral("NBIRTH"));
    messages[0].payload = sparkplugPayload(
        timeMs, 0,
        {"{\"name\":\"bdSeq\",\"datatype\":\"UInt64\",\"value\":" + QByteArray::number(bdSeq) + '}',
         QByteArray("{\"name\":\"") + RebirthName + "\",\"alias\":" + QByteArray::number(RebirthAlias)
             + ",\"datatype\":\"Boolean\",\"value\":false}",
         "{\"name\":\"Properties/Software\",\"datatype\":\"String\",\"value\":\"signalbox-cli demo\"}",
         birthMetric("Board/Temperature", BoardTemperatureAlias, r.boardTemperature)});
    messages[1].topic = sparkplugTopic(QStringLiteral("DBIRTH"), QStringLiteral("imu"));
    messages[1].payload = sparkplugPayload(timeMs, 1,
                                           {birthMetric("ax", AxAlias, r.ax), birthMetric("ay", AyAlias, r.ay),
                                            birthMetric("az", AzAlias, r.az), birthMetric("gx", GxAlias, r.gx)});
    messages[2].topic = sparkplugTopic(QStringLiteral("DBIRTH"), QStringLiteral("ultrasonic"));
    messages[2].payload = sparkplugPayload(timeMs, 2,
                                           {birthMetric("distance_cm", DistanceAlias, r.distance).chopped(1)
                                            + ",\"properties\":{\"engUnit\":\"cm\",\"Quality\":192}}"});
    return messages;
}

QList<OutgoingMessage> DemoCommand::sparkplugData(quint8 firstSeq, qint64 tick, double intervalSeconds, qint64 timeMs)
{
    const Reading r = reading(tick, intervalSeconds);
    QList<OutgoingMessage> messages(3);
    messages[0].topic = sparkplugTopic(QStringLiteral("NDATA"));
    messages[0].payload = sparkplugPayload(timeMs, firstSeq, {dataMetric(BoardTemperatureAlias, r.boardTemperature)});
    messages[1].topic = sparkplugTopic(QStringLiteral("DDATA"), QStringLiteral("imu"));
    messages[1].payload = sparkplugPayload(
        timeMs, quint8(firstSeq + 1),
        {dataMetric(AxAlias, r.ax), dataMetric(AyAlias, r.ay), dataMetric(AzAlias, r.az), dataMetric(GxAlias, r.gx)});
    messages[2].topic = sparkplugTopic(QStringLiteral("DDATA"), QStringLiteral("ultrasonic"));
    messages[2].payload = sparkplugPayload(timeMs, quint8(firstSeq + 2), {dataMetric(DistanceAlias, r.distance)});
    return messages;
}

QList<OutgoingMessage> DemoCommand::readings(qint64 tick, double intervalSeconds, qint64 timeMs)
{
    const QByteArray timestamp = '"'
                                 + QDateTime::fromMSecsSinceEpoch(timeMs, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()
                                 + '"';
    const Reading r = reading(tick, intervalSeconds);
    const double ax = r.ax, ay = r.ay, az = r.az, gx = r.gx, distance = r.distance, lux = r.lux;

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
    if (options().sparkplug) {
        // Sparkplug 3.0 §7.1.2: subscribe to NCMD and DCMD, then be born; again
        // after a reconnect, since the host saw the will.
        client().subscribe(sparkplugTopic(QStringLiteral("NCMD")), 1);
        client().subscribe(sparkplugTopic(QStringLiteral("DCMD"), QStringLiteral("+")), 1);
        publishBirths();
    }
    if (m_started)
        return;
    m_started = true;
    tick();
    if (!m_done)
        m_timer.start();
}

void DemoCommand::publishAll(QList<OutgoingMessage> messages)
{
    const Options &o = options();
    for (OutgoingMessage &message : messages) {
        // Sparkplug 3.0 §4.2: births and data are QoS 0 and not retained, whatever -q and -r say.
        message.qos = o.sparkplug ? 0 : o.qos;
        message.retain = o.retain && !o.sparkplug;
        message.properties = o.publishProperties;
        publish(message);
    }
}

void DemoCommand::publishBirths()
{
    if (isFinishing() || m_done)
        return;
    publishAll(sparkplugBirths(BdSeq, m_ticks, options().intervalMs / 1000.0, QDateTime::currentMSecsSinceEpoch()));
    m_seq = 3;
}

// Sparkplug 3.0 §6.4.4 (NCMD): "Node Control/Rebirth" = true asks for the births again.
void DemoCommand::onMessages(const QList<Message> &messages)
{
    for (const Message &message : messages) {
        if (message.topic != sparkplugTopic(QStringLiteral("NCMD")))
            continue;
        const std::optional<SparkplugPayload> payload = decodeSparkplugPayload(message.payload);
        if (!payload)
            continue;
        for (const SparkplugMetric &metric : payload->metrics) {
            const bool rebirth = metric.name == QLatin1String(RebirthName)
                                 || (metric.name.isEmpty() && metric.alias == quint64(RebirthAlias));
            if (rebirth && metric.value.toBool()) {
                publishBirths();
                break;
            }
        }
    }
}

void DemoCommand::tick()
{
    if (isFinishing() || m_done)
        return;
    const Options &o = options();
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (o.sparkplug) {
        publishAll(sparkplugData(m_seq, m_ticks, o.intervalMs / 1000.0, now));
        m_seq = quint8(m_seq + 3);
    } else {
        publishAll(readings(m_ticks, o.intervalMs / 1000.0, now));
    }
    ++m_ticks;
    if (o.demoCount > 0 && m_ticks >= o.demoCount) {
        m_done = true;
        m_timer.stop();
        if (o.sparkplug) {
            // A clean DISCONNECT does not send the will: say goodbye as the host expects.
            OutgoingMessage death;
            death.topic = sparkplugTopic(QStringLiteral("NDEATH"));
            death.payload = sparkplugDeath(BdSeq, now);
            death.qos = 1;
            publish(death);
        }
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
