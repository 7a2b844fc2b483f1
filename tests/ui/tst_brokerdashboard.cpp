#include "brokerdashboard.h"
#include "models/brokerstats.h"
#include "theme.h"

#include <QAbstractAxis>
#include <QChart>
#include <QChartView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QDateTime>
#include <QTest>

using namespace Signalbox;

namespace {

Message sys(const QString &topic, const QByteArray &payload, qint64 timeMs)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = timeMs;
    return m;
}

} // namespace

class TestBrokerDashboard : public QObject
{
    Q_OBJECT

private slots:
    void hintBeforeData()
    {
        BrokerDashboard dashboard;
        BrokerStats stats;
        dashboard.setStats(&stats);
        QVERIFY(dashboard.isHintVisible());
        QCOMPARE(dashboard.tileText(QStringLiteral("clients/connected")), QStringLiteral("–"));
        QVERIFY(dashboard.tileText(QStringLiteral("no/such/tile")).isEmpty());
    }

    void tilesAfterStats()
    {
        BrokerDashboard dashboard;
        BrokerStats stats;
        dashboard.setStats(&stats);
        const qint64 t = 1'700'000'000'000;
        stats.addMessages({
            sys(QStringLiteral("$SYS/broker/version"), "mosquitto version 2.0.11", t),
            sys(QStringLiteral("$SYS/broker/uptime"), "3661 seconds", t),
            sys(QStringLiteral("$SYS/broker/clients/connected"), "3", t),
            sys(QStringLiteral("$SYS/broker/subscriptions/count"), "17", t),
            sys(QStringLiteral("$SYS/broker/messages/sent"), "100", t),
        });
        stats.addMessages({sys(QStringLiteral("$SYS/broker/messages/sent"), "150", t + 1000),
                           sys(QStringLiteral("$SYS/broker/clients/connected"), "4", t + 1000)});
        QTRY_COMPARE(dashboard.tileText(QStringLiteral("clients/connected")), QStringLiteral("4"));
        QVERIFY(!dashboard.isHintVisible());
        QCOMPARE(dashboard.tileText(QStringLiteral("subscriptions/count")), QStringLiteral("17"));
        QVERIFY(dashboard.tileText(QStringLiteral("rate/messages/sent")).startsWith(QStringLiteral("50")));
        QVERIFY(dashboard.headerText().contains(QStringLiteral("mosquitto version 2.0.11")));
        QVERIFY(dashboard.headerText().contains(QStringLiteral("01:01:01")));
        QCOMPARE(dashboard.chartPointCount(QStringLiteral("clients/connected")), 2);
        QCOMPARE(dashboard.chartPointCount(QStringLiteral("rate/messages/sent")), 1);
        // a level holds until its next sample and on to now: steps, never a slope
        const QList<QPointF> clients = dashboard.chartPoints(QStringLiteral("clients/connected"));
        QCOMPARE(clients.size(), 4);
        QCOMPARE(clients.at(0), QPointF(double(t), 3));
        QCOMPARE(clients.at(1), QPointF(double(t + 1000), 3));
        QCOMPARE(clients.at(2), QPointF(double(t + 1000), 4));
        QCOMPARE(clients.at(3).y(), 4.0);
        QVERIFY(clients.at(3).x() > double(t + 1000));
        // a rate is drawn between samples; one sample is one point
        QCOMPARE(dashboard.chartPoints(QStringLiteral("rate/messages/sent")).size(), 1);
    }

    void anyMetricHasAChart()
    {
        BrokerDashboard dashboard;
        BrokerStats stats;
        dashboard.setStats(&stats);
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 3000;
        stats.addMessages({sys(QStringLiteral("$SYS/broker/clients/connected"), "2", t),
                           sys(QStringLiteral("$SYS/broker/load/messages/received/1min"), "30.5", t),
                           sys(QStringLiteral("$SYS/broker/load/messages/received/1min"), "42.0", t + 1000),
                           sys(QStringLiteral("$SYS/broker/heap/current"), "1000", t)});
        dashboard.refresh();
        const QStringList choices = dashboard.metricChoices();
        QVERIFY(choices.contains(QStringLiteral("load/messages/received/1min")));
        QVERIFY(choices.contains(QStringLiteral("heap/current")));
        QVERIFY(choices.contains(QStringLiteral("clients/connected")));
        QVERIFY(!dashboard.shownMetric().isEmpty()); // one is shown from the start
        QCOMPARE(dashboard.tileText(QStringLiteral("load/messages/received/1min")), QStringLiteral("42/min"));
        // a click on a tile charts its figure
        QWidget *tile = nullptr;
        for (QLabel *label : dashboard.findChildren<QLabel *>()) {
            if (label->text() == QStringLiteral("42/min"))
                tile = label->parentWidget();
        }
        QVERIFY(tile);
        QTest::mouseClick(tile, Qt::LeftButton);
        QCOMPARE(dashboard.shownMetric(), QStringLiteral("load/messages/received/1min"));
        QCOMPARE(dashboard.chartPointCount(QStringLiteral("load/messages/received/1min")), 2);
        const QList<QPointF> points = dashboard.chartPoints(QStringLiteral("load/messages/received/1min"));
        QCOMPARE(points.size(), 2); // an average: drawn between its samples
        QCOMPARE(points.constLast(), QPointF(double(t + 1000), 42.0));
        dashboard.showMetric(QStringLiteral("heap/current"));
        QCOMPARE(dashboard.chartPoints(QStringLiteral("heap/current")).constFirst(), QPointF(double(t), 1000));
    }

    void singleLevelSampleIsVisible()
    {
        BrokerDashboard dashboard;
        BrokerStats stats;
        dashboard.setStats(&stats);
        const qint64 t = QDateTime::currentMSecsSinceEpoch() - 5000;
        stats.addMessages({sys(QStringLiteral("$SYS/broker/clients/connected"), "2", t)});
        dashboard.refresh();
        const QList<QPointF> clients = dashboard.chartPoints(QStringLiteral("clients/connected"));
        QCOMPARE(clients.size(), 2); // the sample, held until now: a line, not nothing
        QCOMPARE(clients.constFirst(), QPointF(double(t), 2));
        QCOMPARE(clients.constLast().y(), 2.0);
    }

    void statsDestroyed()
    {
        BrokerDashboard dashboard;
        auto *stats = new BrokerStats;
        dashboard.setStats(stats);
        stats->addMessages({sys(QStringLiteral("$SYS/broker/clients/connected"), "2", 1)});
        dashboard.refresh();
        QCOMPARE(dashboard.tileText(QStringLiteral("clients/connected")), QStringLiteral("2"));
        delete stats;
        QTRY_VERIFY(dashboard.isHintVisible());
        QCOMPARE(dashboard.stats(), nullptr);
    }

    // Every chart follows the palette: dark in the dark theme, light again after it.
    void chartsFollowThePalette()
    {
        BrokerDashboard dashboard;
        dashboard.resize(1000, 800);
        dashboard.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dashboard));
        QCOMPARE(dashboard.charts().size(), 4);
        const auto allDark = [&dashboard] {
            for (const QChart *chart : dashboard.charts()) {
                if (chart->backgroundBrush().color().lightness() >= 100 || chart->titleBrush().color().lightness() < 150)
                    return false;
                for (const QAbstractAxis *axis : chart->axes()) {
                    if (axis->labelsColor().lightness() < 150)
                        return false;
                }
            }
            return true;
        };
        applyTheme(ThemeChoice::Dark);
        QTRY_VERIFY(allDark());
        // As drawn: the middle of a chart's top edge is the dark background, not white.
        auto *view = dashboard.findChild<QChartView *>();
        QVERIFY(view);
        const QImage image = view->grab().toImage();
        QVERIFY(QColor(image.pixel(image.width() / 2, 4)).lightness() < 100);

        applyTheme(ThemeChoice::Light);
        QTRY_VERIFY(dashboard.charts().constFirst()->backgroundBrush().color().lightness() > 200);
        QVERIFY(!allDark());
    }

    void buttonEmits()
    {
        BrokerDashboard dashboard;
        QSignalSpy spy(&dashboard, &BrokerDashboard::subscribeSysRequested);
        auto *button = dashboard.findChild<QPushButton *>();
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(spy.size(), 1);
    }
};

QTEST_MAIN(TestBrokerDashboard)
#include "tst_brokerdashboard.moc"
