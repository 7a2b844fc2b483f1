#pragma once

#include "mqtt/message.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QString>

#include <optional>

namespace Signalbox {

// What a broker tells about itself on $SYS/#, gathered from received batches.
//
// addMessages() takes whole batches (MqttClient::messagesReceived) and keeps only the
// topics beginning with "$SYS/". It knows mosquitto's tree ($SYS/broker/...) and EMQX's
// ($SYS/brokers/<node>/...: version, uptime, sysdescr, stats/..., metrics/...) and maps
// both onto broker-neutral keys named after mosquitto's topics below "$SYS/broker/"
// ("clients/connected", "messages/received", "load/bytes/sent/1min" ...). The known keys
// are metrics(). Every numeric value is kept as a time series of (receivedAtMs, value)
// samples, at most MaxSamples per key (oldest dropped). For the cumulative counters
// (messages/bytes received/sent) a rate per second is derived from each two successive
// samples: (v2 - v1) / (t2 - t1), under the key rateKey(counter) ("rate/messages/sent");
// a counter that went down (broker restart) or samples with the same time give no rate.
// $SYS topics not recognised are kept verbatim in other() (topic -> last payload).
// updated() is emitted at most once per addMessages() call, and only when it saw $SYS.
class BrokerStats : public QObject
{
    Q_OBJECT
public:
    enum class BrokerKind { Unknown, Mosquitto, Emqx };
    Q_ENUM(BrokerKind)

    enum class Unit { None, Count, Bytes, Seconds, PerSecond, BytesPerSecond, PerMinute, BytesPerMinute };

    struct MetricInfo
    {
        QString key;
        QString displayName; // tr()-translated
        Unit unit = Unit::None;
        bool cumulative = false; // a counter since broker start: has a derived rate
    };

    struct Sample
    {
        qint64 timeMs = 0;
        double value = 0;
        friend bool operator==(const Sample &, const Sample &) = default;
    };

    static constexpr int MaxSamples = 3600;

    explicit BrokerStats(QObject *parent = nullptr);

    // The known metrics (numeric ones, with the derived rate keys among them), named
    // in the current language. GUI thread.
    static const QList<MetricInfo> &metrics();
    // The info of a known key; an empty key for an unknown one.
    static MetricInfo metricInfo(const QString &key);
    static QString rateKey(const QString &counterKey) { return QStringLiteral("rate/") + counterKey; }

    void addMessages(const QList<Message> &messages);
    void clear(); // forgets everything (a new connection); emits updated()

    bool isEmpty() const { return m_sysMessages == 0; }
    qint64 sysMessageCount() const { return m_sysMessages; }
    BrokerKind brokerKind() const { return m_kind; }
    QString brokerKindName() const; // "mosquitto", "EMQX", or empty when unknown
    QString version() const { return m_version; }
    QString nodeName() const { return m_node; } // EMQX node, e.g. "emqx@127.0.0.1"
    QString description() const { return m_description; } // EMQX sysdescr
    qint64 uptimeSeconds() const { return m_uptimeSeconds; } // -1 until known

    // The latest value of a numeric key (rate keys included), if one arrived.
    std::optional<double> current(const QString &key) const;
    QList<Sample> series(const QString &key) const { return m_series.value(key); }
    QStringList keys() const { return m_series.keys(); } // numeric keys that have samples
    QMap<QString, QByteArray> other() const { return m_other; }

signals:
    void updated();

private:
    bool handle(const QString &topic, const QByteArray &payload, qint64 timeMs);
    bool handleMosquitto(const QString &rest, const QByteArray &payload, qint64 timeMs);
    bool handleEmqx(const QString &rest, const QByteArray &payload, qint64 timeMs);
    void addSample(const QString &key, double value, qint64 timeMs);
    void setKind(BrokerKind kind);

    BrokerKind m_kind = BrokerKind::Unknown;
    QString m_version;
    QString m_node;
    QString m_description;
    qint64 m_uptimeSeconds = -1;
    bool m_emqxLiveConnections = false; // EMQX 5: connections.count includes sessions
    qint64 m_sysMessages = 0;
    QHash<QString, QList<Sample>> m_series;
    QMap<QString, QByteArray> m_other;
};

} // namespace Signalbox
