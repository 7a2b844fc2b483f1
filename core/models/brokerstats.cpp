#include "models/brokerstats.h"

#include <QDateTime>
#include <QRegularExpression>

namespace Signalbox {

namespace {

const QString SysPrefix = QStringLiteral("$SYS/");
const QString MosquittoPrefix = QStringLiteral("$SYS/broker/");
const QString EmqxPrefix = QStringLiteral("$SYS/brokers/");

std::optional<double> parseNumber(const QByteArray &payload)
{
    const QByteArray trimmed = payload.trimmed();
    const qsizetype space = trimmed.indexOf(' ');
    bool ok = false;
    const double value = (space < 0 ? trimmed : trimmed.left(space)).toDouble(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

// "123 seconds" (mosquitto), "1 days, 2 hours, 3 minutes, 4 seconds" (EMQX 4), or a bare
// number (seconds for mosquitto; milliseconds for EMQX 5).
qint64 parseUptime(const QByteArray &payload, bool bareIsMilliseconds)
{
    const QString text = QString::fromUtf8(payload).trimmed();
    static const QRegularExpression part(QStringLiteral("(\\d+)\\s*(day|hour|minute|min|second|sec|s\\b)"),
                                         QRegularExpression::CaseInsensitiveOption);
    qint64 total = 0;
    bool any = false;
    auto it = part.globalMatch(text);
    while (it.hasNext()) {
        const auto match = it.next();
        const qint64 n = match.captured(1).toLongLong();
        const QString unit = match.captured(2).toLower();
        any = true;
        if (unit.startsWith(QLatin1String("day")))
            total += n * 86400;
        else if (unit.startsWith(QLatin1String("hour")))
            total += n * 3600;
        else if (unit.startsWith(QLatin1String("min")))
            total += n * 60;
        else
            total += n;
    }
    if (any)
        return total;
    bool ok = false;
    const qint64 bare = text.toLongLong(&ok);
    if (!ok)
        return -1;
    return bareIsMilliseconds ? bare / 1000 : bare;
}

bool isCumulative(const QString &key)
{
    static const QStringList counters{
        QStringLiteral("messages/received"),
        QStringLiteral("messages/sent"),
        QStringLiteral("bytes/received"),
        QStringLiteral("bytes/sent"),
        QStringLiteral("publish/messages/received"),
        QStringLiteral("publish/messages/sent"),
        QStringLiteral("publish/messages/dropped"),
        QStringLiteral("publish/bytes/received"),
        QStringLiteral("publish/bytes/sent"),
    };
    return counters.contains(key);
}

} // namespace

BrokerStats::BrokerStats(QObject *parent) : QObject(parent) { }

// Made again when the language changed (the names are translated); GUI thread.
const QList<BrokerStats::MetricInfo> &BrokerStats::metrics()
{
    static QList<MetricInfo> list;
    static QString madeFor;
    const QString probe = tr("Clients total");
    if (!list.isEmpty() && probe == madeFor)
        return list;
    madeFor = probe;
    list = [] {
        QList<MetricInfo> l;
        auto add = [&l](const QString &key, const QString &name, Unit unit) {
            l.append({key, name, unit, isCumulative(key)});
        };
        add(QStringLiteral("clients/connected"), tr("Clients connected"), Unit::Count);
        add(QStringLiteral("clients/total"), tr("Clients total"), Unit::Count);
        add(QStringLiteral("clients/disconnected"), tr("Clients disconnected"), Unit::Count);
        add(QStringLiteral("clients/maximum"), tr("Clients maximum"), Unit::Count);
        add(QStringLiteral("clients/expired"), tr("Clients expired"), Unit::Count);
        add(QStringLiteral("clients/active"), tr("Clients active"), Unit::Count);
        add(QStringLiteral("clients/inactive"), tr("Clients inactive"), Unit::Count);
        add(QStringLiteral("messages/received"), tr("Messages received"), Unit::Count);
        add(QStringLiteral("messages/sent"), tr("Messages sent"), Unit::Count);
        add(QStringLiteral("messages/stored"), tr("Messages stored"), Unit::Count);
        add(QStringLiteral("bytes/received"), tr("Bytes received"), Unit::Bytes);
        add(QStringLiteral("bytes/sent"), tr("Bytes sent"), Unit::Bytes);
        add(QStringLiteral("publish/messages/received"), tr("PUBLISH received"), Unit::Count);
        add(QStringLiteral("publish/messages/sent"), tr("PUBLISH sent"), Unit::Count);
        add(QStringLiteral("publish/messages/dropped"), tr("PUBLISH dropped"), Unit::Count);
        add(QStringLiteral("publish/bytes/received"), tr("PUBLISH bytes received"), Unit::Bytes);
        add(QStringLiteral("publish/bytes/sent"), tr("PUBLISH bytes sent"), Unit::Bytes);
        add(QStringLiteral("subscriptions/count"), tr("Subscriptions"), Unit::Count);
        add(QStringLiteral("shared_subscriptions/count"), tr("Shared subscriptions"), Unit::Count);
        add(QStringLiteral("retained messages/count"), tr("Retained messages"), Unit::Count);
        add(QStringLiteral("store/messages/count"), tr("Stored messages"), Unit::Count);
        add(QStringLiteral("store/messages/bytes"), tr("Stored message bytes"), Unit::Bytes);
        add(QStringLiteral("heap/current"), tr("Heap"), Unit::Bytes);
        add(QStringLiteral("heap/maximum"), tr("Heap maximum"), Unit::Bytes);
        add(QStringLiteral("topics/count"), tr("Topics"), Unit::Count);
        add(QStringLiteral("sessions/count"), tr("Sessions"), Unit::Count);
        add(QStringLiteral("uptime"), tr("Uptime"), Unit::Seconds);
        const QStringList windows{QStringLiteral("1min"), QStringLiteral("5min"), QStringLiteral("15min")};
        const QList<std::pair<QString, QString>> loads{
            {QStringLiteral("messages/received"), tr("Messages received")},
            {QStringLiteral("messages/sent"), tr("Messages sent")},
            {QStringLiteral("bytes/received"), tr("Bytes received")},
            {QStringLiteral("bytes/sent"), tr("Bytes sent")},
            {QStringLiteral("publish/received"), tr("PUBLISH received")},
            {QStringLiteral("publish/sent"), tr("PUBLISH sent")},
            {QStringLiteral("publish/dropped"), tr("PUBLISH dropped")},
            {QStringLiteral("connections"), tr("Connections")},
            {QStringLiteral("sockets"), tr("Sockets")},
        };
        for (const auto &[what, name] : loads) {
            const bool bytes = what.startsWith(QLatin1String("bytes"));
            for (const QString &window : windows)
                add(QStringLiteral("load/%1/%2").arg(what, window),
                    tr("%1 (%2 average)").arg(name, tr("%1 min").arg(window.chopped(3))),
                    bytes ? Unit::BytesPerMinute : Unit::PerMinute);
        }
        const qsizetype counters = l.size();
        for (qsizetype i = 0; i < counters; ++i) {
            if (!l.at(i).cumulative)
                continue;
            const MetricInfo counter = l.at(i);
            l.append({rateKey(counter.key), tr("%1 per second").arg(counter.displayName),
                      counter.unit == Unit::Bytes ? Unit::BytesPerSecond : Unit::PerSecond, false});
        }
        return l;
    }();
    return list;
}

BrokerStats::MetricInfo BrokerStats::metricInfo(const QString &key)
{
    for (const MetricInfo &info : metrics())
        if (info.key == key)
            return info;
    return {};
}

QString BrokerStats::brokerKindName() const
{
    switch (m_kind) {
    case BrokerKind::Mosquitto:
        return QStringLiteral("mosquitto");
    case BrokerKind::Emqx:
        return QStringLiteral("EMQX");
    case BrokerKind::Unknown:
        break;
    }
    return {};
}

std::optional<double> BrokerStats::current(const QString &key) const
{
    const auto it = m_series.constFind(key);
    if (it == m_series.constEnd() || it->isEmpty())
        return std::nullopt;
    return it->constLast().value;
}

void BrokerStats::clear()
{
    m_kind = BrokerKind::Unknown;
    m_version.clear();
    m_node.clear();
    m_description.clear();
    m_uptimeSeconds = -1;
    m_emqxLiveConnections = false;
    m_sysMessages = 0;
    m_series.clear();
    m_other.clear();
    emit updated();
}

void BrokerStats::addMessages(const QList<Message> &messages)
{
    bool changed = false;
    qint64 now = 0;
    for (const Message &message : messages) {
        if (!message.topic.startsWith(SysPrefix))
            continue;
        qint64 timeMs = message.receivedAtMs;
        if (timeMs <= 0) {
            if (now == 0)
                now = QDateTime::currentMSecsSinceEpoch();
            timeMs = now;
        }
        ++m_sysMessages;
        changed = true;
        if (!handle(message.topic, message.payload, timeMs))
            m_other.insert(message.topic, message.payload);
    }
    if (changed)
        emit updated();
}

void BrokerStats::setKind(BrokerKind kind)
{
    if (m_kind == BrokerKind::Unknown)
        m_kind = kind;
}

bool BrokerStats::handle(const QString &topic, const QByteArray &payload, qint64 timeMs)
{
    if (topic.startsWith(MosquittoPrefix))
        return handleMosquitto(topic.mid(MosquittoPrefix.size()), payload, timeMs);
    if (topic.startsWith(EmqxPrefix))
        return handleEmqx(topic.mid(EmqxPrefix.size()), payload, timeMs);
    return false;
}

bool BrokerStats::handleMosquitto(const QString &rest, const QByteArray &payload, qint64 timeMs)
{
    if (rest == QLatin1String("version")) {
        m_version = QString::fromUtf8(payload).trimmed();
        if (m_version.startsWith(QLatin1String("mosquitto"), Qt::CaseInsensitive))
            setKind(BrokerKind::Mosquitto);
        return true;
    }
    if (rest == QLatin1String("uptime")) {
        setKind(BrokerKind::Mosquitto);
        m_uptimeSeconds = parseUptime(payload, false);
        if (m_uptimeSeconds >= 0)
            addSample(QStringLiteral("uptime"), double(m_uptimeSeconds), timeMs);
        return m_uptimeSeconds >= 0;
    }
    if (metricInfo(rest).key.isEmpty() || rest.startsWith(QLatin1String("rate/")))
        return false;
    const auto value = parseNumber(payload);
    if (!value)
        return false;
    setKind(BrokerKind::Mosquitto);
    addSample(rest, *value, timeMs);
    return true;
}

bool BrokerStats::handleEmqx(const QString &rest, const QByteArray &payload, qint64 timeMs)
{
    const qsizetype slash = rest.indexOf(QLatin1Char('/'));
    if (slash <= 0)
        return false; // "$SYS/brokers" itself (the node list) goes to other()
    const QString node = rest.left(slash);
    QString what = rest.mid(slash + 1);
    if (!m_node.isEmpty() && node != m_node)
        return false; // another node of a cluster: kept in other()
    if (what == QLatin1String("version")) {
        m_node = node;
        setKind(BrokerKind::Emqx);
        m_version = QString::fromUtf8(payload).trimmed();
        return true;
    }
    if (what == QLatin1String("sysdescr")) {
        m_node = node;
        setKind(BrokerKind::Emqx);
        m_description = QString::fromUtf8(payload).trimmed();
        return true;
    }
    if (what == QLatin1String("uptime")) {
        m_node = node;
        setKind(BrokerKind::Emqx);
        m_uptimeSeconds = parseUptime(payload, true);
        if (m_uptimeSeconds >= 0)
            addSample(QStringLiteral("uptime"), double(m_uptimeSeconds), timeMs);
        return m_uptimeSeconds >= 0;
    }
    QString key;
    if (what.startsWith(QLatin1String("stats/"))) {
        const QString stat = what.mid(6).replace(QLatin1Char('.'), QLatin1Char('/'));
        if (stat == QLatin1String("live_connections/count")) {
            m_emqxLiveConnections = true;
            key = QStringLiteral("clients/connected");
        } else if (stat == QLatin1String("connections/count")) {
            key = m_emqxLiveConnections ? QStringLiteral("clients/total") : QStringLiteral("clients/connected");
        } else if (stat == QLatin1String("connections/max")) {
            key = QStringLiteral("clients/maximum");
        } else if (stat == QLatin1String("subscriptions/count")) {
            key = QStringLiteral("subscriptions/count");
        } else if (stat == QLatin1String("retained/count")) {
            key = QStringLiteral("retained messages/count");
        } else if (stat == QLatin1String("topics/count")) {
            key = QStringLiteral("topics/count");
        } else if (stat == QLatin1String("sessions/count")) {
            key = QStringLiteral("sessions/count");
        }
    } else if (what.startsWith(QLatin1String("metrics/"))) {
        const QString metric = what.mid(8).replace(QLatin1Char('.'), QLatin1Char('/'));
        static const QStringList direct{QStringLiteral("messages/received"), QStringLiteral("messages/sent"),
                                        QStringLiteral("bytes/received"), QStringLiteral("bytes/sent")};
        if (direct.contains(metric))
            key = metric;
    }
    if (key.isEmpty())
        return false;
    const auto value = parseNumber(payload);
    if (!value)
        return false;
    m_node = node;
    setKind(BrokerKind::Emqx);
    addSample(key, *value, timeMs);
    return true;
}

void BrokerStats::addSample(const QString &key, double value, qint64 timeMs)
{
    if (isCumulative(key)) {
        const auto it = m_series.constFind(key);
        if (it != m_series.constEnd() && !it->isEmpty()) {
            const Sample previous = it->constLast();
            if (timeMs > previous.timeMs && value >= previous.value)
                addSample(rateKey(key), (value - previous.value) * 1000.0 / double(timeMs - previous.timeMs), timeMs);
        }
    }
    QList<Sample> &samples = m_series[key];
    if (!samples.isEmpty() && samples.constLast().timeMs == timeMs) {
        samples.last().value = value; // the same batch told it twice
        return;
    }
    samples.append({timeMs, value});
    if (samples.size() > MaxSamples)
        samples.remove(0, samples.size() - MaxSamples);
}

} // namespace Signalbox
