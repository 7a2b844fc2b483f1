#include "models/brokerstats.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;

namespace {

Message sys(const QString &topic, const QByteArray &payload, qint64 timeMs)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.retain = true;
    m.receivedAtMs = timeMs;
    return m;
}

} // namespace

class TestBrokerStats : public QObject
{
    Q_OBJECT

private slots:
    void mosquittoValues()
    {
        BrokerStats stats;
        QSignalSpy updated(&stats, &BrokerStats::updated);
        QVERIFY(stats.isEmpty());
        QCOMPARE(stats.brokerKind(), BrokerStats::BrokerKind::Unknown);
        const qint64 t = 1'700'000'000'000;
        stats.addMessages({
            sys(QStringLiteral("$SYS/broker/version"), "mosquitto version 2.0.11", t),
            sys(QStringLiteral("$SYS/broker/uptime"), "123 seconds", t),
            sys(QStringLiteral("$SYS/broker/clients/connected"), "3", t),
            sys(QStringLiteral("$SYS/broker/clients/total"), "5", t),
            sys(QStringLiteral("$SYS/broker/messages/received"), "100", t),
            sys(QStringLiteral("$SYS/broker/load/messages/received/1min"), "12.50", t),
            sys(QStringLiteral("$SYS/broker/retained messages/count"), "42", t),
            sys(QStringLiteral("$SYS/broker/heap/current"), "65536", t),
            sys(QStringLiteral("plain/topic"), "7", t),
        });
        QCOMPARE(updated.size(), 1);
        QCOMPARE(stats.sysMessageCount(), 8);
        QCOMPARE(stats.brokerKind(), BrokerStats::BrokerKind::Mosquitto);
        QCOMPARE(stats.brokerKindName(), QStringLiteral("mosquitto"));
        QCOMPARE(stats.version(), QStringLiteral("mosquitto version 2.0.11"));
        QCOMPARE(stats.uptimeSeconds(), 123);
        QCOMPARE(stats.current(QStringLiteral("clients/connected")), std::optional<double>(3));
        QCOMPARE(stats.current(QStringLiteral("clients/total")), std::optional<double>(5));
        QCOMPARE(stats.current(QStringLiteral("load/messages/received/1min")), std::optional<double>(12.5));
        QCOMPARE(stats.current(QStringLiteral("retained messages/count")), std::optional<double>(42));
        QCOMPARE(stats.current(QStringLiteral("heap/current")), std::optional<double>(65536));
        QVERIFY(!stats.current(QStringLiteral("rate/messages/received")));
        QVERIFY(!stats.current(QStringLiteral("subscriptions/count")));
        QVERIFY(stats.other().isEmpty());

        stats.addMessages({sys(QStringLiteral("other/topic"), "1", t)});
        QCOMPARE(updated.size(), 1); // no $SYS, no signal
    }

    void derivedRate()
    {
        BrokerStats stats;
        const qint64 t = 1'700'000'000'000;
        stats.addMessages({sys(QStringLiteral("$SYS/broker/messages/sent"), "1000", t),
                           sys(QStringLiteral("$SYS/broker/bytes/sent"), "5000", t)});
        stats.addMessages({sys(QStringLiteral("$SYS/broker/messages/sent"), "1500", t + 2000),
                           sys(QStringLiteral("$SYS/broker/bytes/sent"), "6000", t + 2000)});
        QCOMPARE(stats.current(QStringLiteral("rate/messages/sent")), std::optional<double>(250));
        QCOMPARE(stats.current(QStringLiteral("rate/bytes/sent")), std::optional<double>(500));
        const QList<BrokerStats::Sample> expected{{t, 1000}, {t + 2000, 1500}};
        QCOMPARE(stats.series(QStringLiteral("messages/sent")), expected);
        QCOMPARE(stats.series(QStringLiteral("rate/messages/sent")).size(), 1);

        // a counter going down (broker restart) gives no rate
        stats.addMessages({sys(QStringLiteral("$SYS/broker/messages/sent"), "10", t + 3000)});
        QCOMPARE(stats.series(QStringLiteral("rate/messages/sent")).size(), 1);
        stats.addMessages({sys(QStringLiteral("$SYS/broker/messages/sent"), "20", t + 4000)});
        QCOMPARE(stats.current(QStringLiteral("rate/messages/sent")), std::optional<double>(10));
    }

    void seriesCapped()
    {
        BrokerStats stats;
        for (int i = 0; i < BrokerStats::MaxSamples + 10; ++i)
            stats.addMessages({sys(QStringLiteral("$SYS/broker/clients/connected"), QByteArray::number(i), 1000 + i)});
        const auto series = stats.series(QStringLiteral("clients/connected"));
        QCOMPARE(series.size(), BrokerStats::MaxSamples);
        QCOMPARE(series.constFirst().value, 10.0);
        QCOMPARE(series.constLast().value, double(BrokerStats::MaxSamples + 9));
    }

    void emqxValues()
    {
        BrokerStats stats;
        const qint64 t = 1'700'000'000'000;
        const QString node = QStringLiteral("$SYS/brokers/emqx@127.0.0.1/");
        stats.addMessages({
            sys(QStringLiteral("$SYS/brokers"), "emqx@127.0.0.1", t),
            sys(node + QStringLiteral("version"), "5.3.0", t),
            sys(node + QStringLiteral("sysdescr"), "EMQX", t),
            sys(node + QStringLiteral("uptime"), "1 days, 2 hours, 3 minutes, 4 seconds", t),
            sys(node + QStringLiteral("stats/connections/count"), "7", t),
            sys(node + QStringLiteral("stats/subscriptions/count"), "11", t),
            sys(node + QStringLiteral("stats/retained.count"), "3", t),
            sys(node + QStringLiteral("metrics/messages/received"), "400", t),
            sys(node + QStringLiteral("metrics/packets/received"), "900", t),
        });
        stats.addMessages({sys(node + QStringLiteral("metrics/messages/received"), "500", t + 1000)});
        QCOMPARE(stats.brokerKind(), BrokerStats::BrokerKind::Emqx);
        QCOMPARE(stats.brokerKindName(), QStringLiteral("EMQX"));
        QCOMPARE(stats.version(), QStringLiteral("5.3.0"));
        QCOMPARE(stats.nodeName(), QStringLiteral("emqx@127.0.0.1"));
        QCOMPARE(stats.description(), QStringLiteral("EMQX"));
        QCOMPARE(stats.uptimeSeconds(), 86400 + 2 * 3600 + 3 * 60 + 4);
        QCOMPARE(stats.current(QStringLiteral("clients/connected")), std::optional<double>(7));
        QCOMPARE(stats.current(QStringLiteral("subscriptions/count")), std::optional<double>(11));
        QCOMPARE(stats.current(QStringLiteral("retained messages/count")), std::optional<double>(3));
        QCOMPARE(stats.current(QStringLiteral("rate/messages/received")), std::optional<double>(100));
        QCOMPARE(stats.other().value(QStringLiteral("$SYS/brokers")), QByteArray("emqx@127.0.0.1"));
        QCOMPARE(stats.other().value(node + QStringLiteral("metrics/packets/received")), QByteArray("900"));
    }

    void emqxBareUptimeIsMilliseconds()
    {
        BrokerStats stats;
        stats.addMessages({sys(QStringLiteral("$SYS/brokers/n1/uptime"), "90500", 1)});
        QCOMPARE(stats.uptimeSeconds(), 90);
    }

    void unknownKeptAsOther()
    {
        BrokerStats stats;
        stats.addMessages({sys(QStringLiteral("$SYS/broker/some/new/thing"), "hello", 1),
                           sys(QStringLiteral("$SYS/vendor/x"), "1", 1),
                           sys(QStringLiteral("$SYS/broker/clients/connected"), "not a number", 1)});
        QCOMPARE(stats.other().size(), 3);
        QCOMPARE(stats.other().value(QStringLiteral("$SYS/broker/some/new/thing")), QByteArray("hello"));
        QCOMPARE(stats.brokerKind(), BrokerStats::BrokerKind::Unknown);
        QVERIFY(stats.keys().isEmpty());

        QSignalSpy updated(&stats, &BrokerStats::updated);
        stats.clear();
        QCOMPARE(updated.size(), 1);
        QVERIFY(stats.isEmpty());
        QVERIFY(stats.other().isEmpty());
    }

    void metricInfo()
    {
        const auto info = BrokerStats::metricInfo(QStringLiteral("rate/bytes/received"));
        QCOMPARE(info.unit, BrokerStats::Unit::BytesPerSecond);
        QVERIFY(!info.displayName.isEmpty());
        QVERIFY(BrokerStats::metricInfo(QStringLiteral("messages/sent")).cumulative);
        QVERIFY(!BrokerStats::metricInfo(QStringLiteral("clients/connected")).cumulative);
        QVERIFY(BrokerStats::metricInfo(QStringLiteral("nope")).key.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBrokerStats)
#include "tst_brokerstats.moc"
