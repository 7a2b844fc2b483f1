#include "models/messagelogmodel.h"
#include "models/topicchartdata.h"
#include "session/connectionsession.h"
#include "theme.h"
#include "topicchartview.h"

#include <QAbstractScrollArea>
#include <QApplication>
#include <QChart>
#include <QComboBox>
#include <QImage>
#include <QLineEdit>
#include <QListWidget>
#include <QStandardPaths>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>
#include <QWheelEvent>

#include <algorithm>

using namespace Signalbox;

namespace {

constexpr qint64 T0 = 1'700'000'000'000;

Message message(const QString &topic, const QByteArray &payload, qint64 timeMs)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = timeMs;
    return m;
}

// As the client's thread does: the batch leaves the worker as a queued signal.
void handOver(ConnectionSession &session, const QList<Message> &messages)
{
    auto *client = const_cast<MqttClient *>(session.client()->events());
    QMetaObject::invokeMethod(
        client, [client, messages] { emit client->messagesReceived(messages); }, Qt::BlockingQueuedConnection);
}

// An IMU-like sensor: temperature about 20, pressure about 100,000, a name.
QList<Message> sensorMessages(const QString &topic, int count, qint64 startMs)
{
    QList<Message> batch;
    for (int i = 0; i < count; ++i)
        batch.append(message(topic,
                             QByteArray(R"({"temp": )") + QByteArray::number(20 + (i % 10) * 0.1) + R"(, "pressure": )"
                                 + QByteArray::number(101300 + i % 50) + R"(, "name": "imu", "ok": true})",
                             startMs + i * 1000));
    return batch;
}

QStringList fieldNames(const QListWidget *list)
{
    QStringList names;
    for (int i = 0; i < list->count(); ++i)
        names << list->item(i)->data(Qt::UserRole).toString();
    return names;
}

QListWidgetItem *fieldItem(const QListWidget *list, const QString &path)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(Qt::UserRole).toString() == path)
            return list->item(i);
    }
    return nullptr;
}

// Whether a time axis that follows the data shows [from, to]: it does, widened to round
// times (by less than the span on each side, or a second).
bool showsTimes(const std::pair<qint64, qint64> &range, qint64 from, qint64 to)
{
    const qint64 slack = std::max<qint64>(1000, to - from);
    return range.first <= from && range.second >= to && range.first >= from - slack && range.second <= to + slack;
}

#define QVERIFY_SHOWS(view, from, to)                                                                                  \
    QVERIFY2(showsTimes((view).xRange(), (from), (to)),                                                                \
             qPrintable(QStringLiteral("%1..%2").arg((view).xRange().first - T0).arg((view).xRange().second - T0)))

// Times in the tests are in 2023: the axis ends there, not at today's date.
void stopClock(TopicChartView &view, qint64 nowMs = T0)
{
    view.setClock([nowMs] { return nowMs; });
}

// count points on topic, one a second from startMs, value = index
QList<Message> ramp(const QString &topic, int count, qint64 startMs, int firstValue = 0)
{
    QList<Message> batch;
    for (int i = 0; i < count; ++i)
        batch.append(message(topic, QByteArray::number(firstValue + i), startMs + i * 1000));
    return batch;
}

} // namespace

class TestTopicChartView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void plotByTyping()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(!view.plotButton()->isEnabled());
        QTest::keyClicks(view.filterEdit(), QStringLiteral("room/#/t"));
        QVERIFY(!view.errorText().isEmpty());
        QVERIFY(!view.plotButton()->isEnabled());
        view.filterEdit()->clear();
        QTest::keyClicks(view.filterEdit(), QStringLiteral("room/+/t"));
        QVERIFY(view.errorText().isEmpty());
        QTest::keyClicks(view.pathEdit(), QStringLiteral("a..b"));
        QVERIFY(!view.errorText().isEmpty());
        QVERIFY(!view.plotButton()->isEnabled());
        view.pathEdit()->clear();
        QTest::keyClicks(view.pathEdit(), QStringLiteral("temp"));
        QVERIFY(view.plotButton()->isEnabled());
        QTest::mouseClick(view.plotButton(), Qt::LeftButton);
        QCOMPARE(data.seriesCount(), 1);
        QCOMPARE(data.series().constFirst().filter, QStringLiteral("room/+/t"));
        QCOMPARE(data.series().constFirst().jsonPath, QStringLiteral("temp"));
        QVERIFY(view.filterEdit()->text().isEmpty());

        // Enter adds too.
        QTest::keyClicks(view.filterEdit(), QStringLiteral("plain"));
        QTest::keyClick(view.filterEdit(), Qt::Key_Return);
        QCOMPARE(data.seriesCount(), 2);
        QCOMPARE(view.shownLineCount(), 1); // "plain" has its line at once
        QCOMPARE(view.seriesList()->topLevelItemCount(), 2);

        // Plotting the same again is refused with a reason.
        QVERIFY(!view.plot(QStringLiteral("plain")));
        QVERIFY(!view.errorText().isEmpty());
        QCOMPARE(data.seriesCount(), 2);

        data.addMessages({message(QStringLiteral("room/a/t"), R"({"temp": 20.5})", T0),
                          message(QStringLiteral("room/b/t"), R"({"temp": 19})", T0),
                          message(QStringLiteral("room/a/t"), R"({"temp": 21})", T0 + 1000),
                          message(QStringLiteral("plain"), "7", T0 + 500)});
        QTRY_COMPARE(view.shownLineCount(), 3);
        const int a = data.lineIndex(data.series().constFirst().id, QStringLiteral("room/a/t"));
        QTRY_COMPARE(view.shownPointCount(a), 2);
        QCOMPARE(view.shownLineName(a), QStringLiteral("room/a/t · temp"));
        QCOMPARE(view.shownPoints(a).constLast(), QPointF(double(T0 + 1000), 21));
        QVERIFY(view.lineColor(0) != view.lineColor(1));
        QVERIFY(view.lineColor(1) != view.lineColor(2));
        // Axes follow the data.
        QVERIFY_SHOWS(view, T0, T0 + 1000);
        QVERIFY(view.yRange().first < 7 && view.yRange().second > 21);
    }

    void removeFromList()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        QVERIFY(view.plot(QStringLiteral("a")));
        QVERIFY(view.plot(QStringLiteral("b")));
        QCOMPARE(view.shownLineCount(), 2);
        QVERIFY(!view.removeButton()->isEnabled());
        QTreeWidgetItem *item = view.seriesList()->topLevelItem(0);
        QCOMPARE(item->text(0), QStringLiteral("a"));
        view.seriesList()->setCurrentItem(item);
        QVERIFY(view.removeButton()->isEnabled());
        QTest::mouseClick(view.removeButton(), Qt::LeftButton);
        QCOMPARE(data.seriesCount(), 1);
        QCOMPARE(data.series().constFirst().filter, QStringLiteral("b"));
        QCOMPARE(view.shownLineCount(), 1);
        QCOMPARE(view.shownLineName(0), QStringLiteral("b"));
        QCOMPARE(view.seriesList()->topLevelItemCount(), 1);
    }

    void pauseAndResume()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        QVERIFY(view.plot(QStringLiteral("s")));
        data.addMessages(ramp(QStringLiteral("s"), 10, T0));
        QTRY_COMPARE(view.shownPointCount(0), 10);

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(view.isPaused());
        const auto frozenX = view.xRange();
        data.addMessages(ramp(QStringLiteral("s"), 5, T0 + 10'000, 10));
        view.refresh();
        QCOMPARE(view.shownPointCount(0), 10);
        QCOMPARE(view.xRange(), frozenX);
        QCOMPARE(data.line(0).points.size(), size_t(15));

        QTest::mouseClick(view.pauseButton(), Qt::LeftButton);
        QVERIFY(!view.isPaused());
        QCOMPARE(view.shownPointCount(0), 15);
        QVERIFY_SHOWS(view, T0, T0 + 14'000);
    }

    void zoomStaysUntilReset()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        QVERIFY(view.plot(QStringLiteral("s")));
        data.addMessages(ramp(QStringLiteral("s"), 100, T0));
        view.refresh();
        QVERIFY_SHOWS(view, T0, T0 + 99'000);
        QVERIFY(!view.isZoomed());
        QVERIFY(!view.resetZoomButton()->isEnabled());

        view.zoomToTimeRange(T0 + 10'000, T0 + 20'000);
        QVERIFY(view.isZoomed());
        QVERIFY(view.resetZoomButton()->isEnabled());
        QCOMPARE(view.xRange(), std::make_pair(T0 + 10'000, T0 + 20'000));
        const auto zoomedY = view.yRange();
        QVERIFY(zoomedY.first < 10 && zoomedY.first > 5);
        QVERIFY(zoomedY.second > 20 && zoomedY.second < 25);
        // Only the zoomed range (and one point either side) is drawn.
        QCOMPARE(view.shownPointCount(0), 13);

        data.addMessages(ramp(QStringLiteral("s"), 100, T0 + 100'000, 1000));
        view.refresh();
        QCOMPARE(view.xRange(), std::make_pair(T0 + 10'000, T0 + 20'000));
        QCOMPARE(view.yRange(), zoomedY);

        QTest::mouseClick(view.resetZoomButton(), Qt::LeftButton);
        QVERIFY(!view.isZoomed());
        QVERIFY_SHOWS(view, T0, T0 + 199'000);
        QVERIFY(view.yRange().second >= 1099);
    }

    void wheelZooms()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.resize(900, 600);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.plot(QStringLiteral("s")));
        data.addMessages(ramp(QStringLiteral("s"), 100, T0));
        view.refresh();
        const auto before = view.xRange();
        auto *area = qobject_cast<QAbstractScrollArea *>(view.chartWidget());
        QVERIFY(area);
        QWidget *viewport = area->viewport();
        const QPointF center(viewport->width() / 2.0, viewport->height() / 2.0);
        QWheelEvent wheel(center, viewport->mapToGlobal(center), QPoint(), QPoint(0, 120), Qt::NoButton, Qt::NoModifier,
                          Qt::NoScrollPhase, false);
        QCoreApplication::sendEvent(viewport, &wheel);
        QVERIFY(view.isZoomed());
        const auto after = view.xRange();
        QVERIFY(after.first > before.first);
        QVERIFY(after.second < before.second);
        data.addMessages(ramp(QStringLiteral("s"), 10, T0 + 200'000));
        view.refresh();
        QCOMPARE(view.xRange(), after);
        view.resetZoom();
        QVERIFY_SHOWS(view, T0, T0 + 209'000);
    }

    void rubberBandZooms()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.resize(900, 600);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.plot(QStringLiteral("s")));
        data.addMessages(ramp(QStringLiteral("s"), 100, T0));
        view.refresh();
        const auto beforeX = view.xRange();
        const auto beforeY = view.yRange();
        QWidget *viewport = qobject_cast<QAbstractScrollArea *>(view.chartWidget())->viewport();
        const int y = viewport->height() / 2;
        const int w = viewport->width();
        QTest::mousePress(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(w * 2 / 5, y));
        QTest::mouseMove(viewport, QPoint(w / 2, y));
        QTest::mouseMove(viewport, QPoint(w * 3 / 5, y));
        QTest::mouseRelease(viewport, Qt::LeftButton, Qt::NoModifier, QPoint(w * 3 / 5, y));
        QVERIFY(view.isZoomed());
        const auto zoomedX = view.xRange();
        QVERIFY(zoomedX.first > beforeX.first && zoomedX.second < beforeX.second);
        QCOMPARE(view.yRange(), beforeY); // the band spans the time axis only
        data.addMessages(ramp(QStringLiteral("s"), 10, T0 + 200'000, 500));
        view.refresh();
        QCOMPARE(view.xRange(), zoomedX);
        QCOMPARE(view.yRange(), beforeY);
    }

    void decimatesLargeLines()
    {
        TopicChartData data;
        TopicChartView view;
        view.resize(1000, 700);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.plot(QStringLiteral("big")));
        QList<Message> batch;
        constexpr int Count = 100'000;
        batch.reserve(Count);
        for (int i = 0; i < Count; ++i) {
            int value = (i * 7919) % 1000;
            if (i == 54'321)
                value = 1'000'000;
            if (i == 77'777)
                value = -1'000'000;
            batch.append(message(QStringLiteral("big"), QByteArray::number(value), T0 + i));
        }
        data.addMessages(batch);
        QCOMPARE(data.line(0).points.size(), size_t(Count));
        view.refresh();
        const QList<QPointF> shown = view.shownPoints(0);
        QVERIFY2(shown.size() <= TopicChartView::MaxShownPoints, qPrintable(QString::number(shown.size())));
        QVERIFY(shown.size() >= 200);
        QVERIFY(std::is_sorted(shown.begin(), shown.end(),
                               [](const QPointF &l, const QPointF &r) { return l.x() < r.x(); }));
        QCOMPARE(shown.constFirst().x(), double(T0));
        QCOMPARE(shown.constLast().x(), double(T0 + Count - 1));
        const auto [minIt, maxIt] = std::minmax_element(
            shown.begin(), shown.end(), [](const QPointF &l, const QPointF &r) { return l.y() < r.y(); });
        QCOMPARE(maxIt->y(), 1'000'000.0);
        QCOMPARE(maxIt->x(), double(T0 + 54'321));
        QCOMPARE(minIt->y(), -1'000'000.0);
        QCOMPARE(minIt->x(), double(T0 + 77'777));
        QVERIFY(view.yRange().first < -1'000'000 && view.yRange().second > 1'000'000);

        // Zoomed in, the range is drawn in full detail.
        view.zoomToTimeRange(T0 + 50'000, T0 + 50'999);
        QCOMPARE(view.shownPointCount(0), 1002);
    }

    void exportFiles()
    {
        TopicChartData data;
        TopicChartView view;
        view.resize(800, 600);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.plot(QStringLiteral("a")));
        QVERIFY(view.plot(QStringLiteral("j/+"), QStringLiteral("v")));
        data.addMessages(ramp(QStringLiteral("a"), 20, T0));
        data.addMessages({message(QStringLiteral("j/1"), R"({"v": 1.25})", T0 + 500),
                          message(QStringLiteral("j/2"), R"({"v": -3})", T0 + 1000)});
        view.refresh();

        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString png = dir.filePath(QStringLiteral("chart.png"));
        QVERIFY(view.exportPng(png));
        const QImage image(png);
        QVERIFY(!image.isNull());
        QCOMPARE(image.size(), view.chartWidget()->size() * view.chartWidget()->devicePixelRatio());

        const QString csv = dir.filePath(QStringLiteral("chart.csv"));
        QVERIFY(view.exportCsv(csv));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(bytes, data.toCsv());
        QVERIFY(bytes.startsWith("time,a,j/1 · v,j/2 · v\n"));

        QVERIFY(!view.exportCsv(dir.filePath(QStringLiteral("no/such/dir/x.csv"))));
        QVERIFY(!view.exportPng(dir.filePath(QStringLiteral("no/such/dir/x.png"))));
    }

    // The user's first minutes: the log already holds a sensor's JSON; Plot on its topic
    // offers the numeric fields, and the chart starts with every value the log held.
    void plotStartsFromTheLog()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        QSignalSpy delivered(&session, &ConnectionSession::messagesDelivered);
        const qint64 start = T0;
        handOver(session, sensorMessages(QStringLiteral("Sensor/imu"), 190, start));
        handOver(session, {message(QStringLiteral("Sensor/cds"), "512", start + 10)});
        QTRY_COMPARE(delivered.count(), 2);

        TopicChartView view;
        stopClock(view, start + 200'000);
        view.resize(1000, 700);
        view.setData(session.chartData());
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        QVERIFY(!view.isFieldChooserVisible());
        QVERIFY(!view.plotTopic(QStringLiteral("Sensor/imu")));
        QCOMPARE(session.chartData()->seriesCount(), 0); // nothing plotted until a field is chosen
        QVERIFY(view.isFieldChooserVisible());
        QCOMPARE(view.fieldChooserTopic(), QStringLiteral("Sensor/imu"));
        QCOMPARE(fieldNames(view.fieldList()), (QStringList{QStringLiteral("temp"), QStringLiteral("pressure")}));
        QVERIFY(!view.plotFieldsButton()->isEnabled());
        fieldItem(view.fieldList(), QStringLiteral("temp"))->setCheckState(Qt::Checked);
        QVERIFY(view.plotFieldsButton()->isEnabled());
        QTest::mouseClick(view.plotFieldsButton(), Qt::LeftButton);
        QVERIFY(!view.isFieldChooserVisible());

        // At once, without waiting for new messages or the refresh timer.
        QCOMPARE(session.chartData()->seriesCount(), 1);
        QCOMPARE(view.shownLineCount(), 1);
        QCOMPARE(view.shownPointCount(0), 190);
        QCOMPARE(view.shownPoints(0).constFirst(), QPointF(double(start), 20));
        QVERIFY_SHOWS(view, start, start + 200'000);
        QVERIFY(view.yRange().first <= 20 && view.yRange().second >= 20.9);

        // A topic whose payloads are numbers is plotted at once, also from the log.
        QVERIFY(view.plotTopic(QStringLiteral("Sensor/cds")));
        QVERIFY(!view.isFieldChooserVisible());
        QCOMPARE(view.shownLineCount(), 2);
        QCOMPARE(view.shownPoints(1), (QList<QPointF>{QPointF(double(start + 10), 512)}));

        // Later messages extend the line.
        handOver(session, sensorMessages(QStringLiteral("Sensor/imu"), 1, start + 190'000));
        QTRY_COMPARE(view.shownPointCount(0), 191);
    }

    void fieldChooserListsNumericFields()
    {
        QList<Message> log{
            message(QStringLiteral("plant/line1"), R"({"speed": 3.5, "state": "run", "motor": {"amps": [1.5, 2]}})", T0),
            message(QStringLiteral("plant/line1"), R"({"speed": 4, "count": "12", "on": false})", T0 + 1000),
            message(QStringLiteral("plant/line2"), R"({"other": 1})", T0),
        };
        TopicChartData data;
        data.setHistory([&log](const QString &filter, qsizetype limit) {
            QList<Message> matching;
            for (const Message &m : std::as_const(log)) {
                if (TopicFilter(filter).matches(TopicName(m.topic)))
                    matching.append(m);
            }
            return matching.mid(std::max<qsizetype>(0, matching.size() - limit));
        });
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        // Typing the topic fills the path's drop-down with its fields ...
        QTest::keyClicks(view.filterEdit(), QStringLiteral("plant/line1"));
        const QStringList expected{QStringLiteral("speed"), QStringLiteral("count"), QStringLiteral("motor.amps[0]"),
                                   QStringLiteral("motor.amps[1]")};
        QTRY_COMPARE(view.pathComboBox()->count(), int(expected.size()));
        for (int i = 0; i < expected.size(); ++i)
            QCOMPARE(view.pathComboBox()->itemText(i), expected.at(i));
        QVERIFY(view.pathEdit()->text().isEmpty()); // offered, not filled in

        // ... and Plot without a field offers them rather than plotting nothing.
        QTest::mouseClick(view.plotButton(), Qt::LeftButton);
        QCOMPARE(data.seriesCount(), 0);
        QVERIFY(view.isFieldChooserVisible());
        QCOMPARE(fieldNames(view.fieldList()), expected);
        QVERIFY(view.fieldList()->item(0)->text().contains(QStringLiteral("4"))); // the latest value

        // Double-clicking (activating) one plots it.
        QListWidgetItem *amps = fieldItem(view.fieldList(), QStringLiteral("motor.amps[1]"));
        emit view.fieldList()->itemActivated(amps);
        QCOMPARE(data.seriesCount(), 1);
        QCOMPARE(data.series().constFirst().jsonPath, QStringLiteral("motor.amps[1]"));
        QCOMPARE(view.shownPoints(0), (QList<QPointF>{QPointF(double(T0), 2)}));
        QVERIFY(!view.isFieldChooserVisible());

        // A path typed by hand is plotted as before.
        QTest::keyClicks(view.filterEdit(), QStringLiteral("plant/line1"));
        QTest::keyClicks(view.pathEdit(), QStringLiteral("speed"));
        QTest::keyClick(view.pathEdit(), Qt::Key_Return);
        QCOMPARE(data.seriesCount(), 2);
        QCOMPARE(view.shownPointCount(1), 2);
    }

    // temperature about 20 and pressure about 100,000: each has an axis of its own,
    // with round ticks; series of one scale share one.
    void differentScalesGetTheirOwnAxes()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.resize(1000, 700);
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.plot(QStringLiteral("Sensor/imu"), QStringLiteral("temp")));
        QVERIFY(view.plot(QStringLiteral("Sensor/imu"), QStringLiteral("pressure")));
        data.addMessages(sensorMessages(QStringLiteral("Sensor/imu"), 60, T0));
        view.refresh();
        QCOMPARE(view.valueAxisCount(), 2);
        const int temp = view.lineAxis(0);
        const int pressure = view.lineAxis(1);
        QVERIFY(temp != pressure);
        QCOMPARE(view.valueAxisTitle(temp), QStringLiteral("temp"));
        QCOMPARE(view.valueAxisTitle(pressure), QStringLiteral("pressure"));
        const auto [tempMin, tempMax] = view.yRange(temp);
        QVERIFY2(tempMin <= 20 && tempMax >= 20.9 && tempMax - tempMin < 5,
                 qPrintable(QStringLiteral("%1..%2").arg(tempMin).arg(tempMax)));
        const auto [pressureMin, pressureMax] = view.yRange(pressure);
        QVERIFY(pressureMin <= 101300 && pressureMax >= 101349 && pressureMin > 100000);

        for (const int axis : {temp, pressure}) {
            const QList<double> ticks = view.valueAxisTicks(axis);
            QVERIFY2(ticks.size() >= 3 && ticks.size() <= 12, qPrintable(QString::number(ticks.size())));
            const double step = ticks.at(1) - ticks.at(0);
            const double mantissa = step / std::pow(10.0, std::floor(std::log10(step)));
            QVERIFY2(std::abs(mantissa - 1) < 1e-6 || std::abs(mantissa - 2) < 1e-6 || std::abs(mantissa - 2.5) < 1e-6
                         || std::abs(mantissa - 5) < 1e-6,
                     qPrintable(QString::number(step)));
            for (const double tick : ticks) {
                const double multiple = tick / step;
                QVERIFY2(std::abs(multiple - std::round(multiple)) < 1e-6, qPrintable(QString::number(tick)));
            }
        }

        // A third series on the temperature's scale joins its axis.
        QVERIFY(view.plot(QStringLiteral("Sensor/imu2"), QStringLiteral("temp")));
        data.addMessages({message(QStringLiteral("Sensor/imu2"), R"({"temp": 35})", T0 + 61'000)});
        view.refresh();
        QCOMPARE(view.valueAxisCount(), 2);
        QCOMPARE(view.lineAxis(2), view.lineAxis(0));
        QCOMPARE(view.valueAxisTitle(view.lineAxis(0)), QStringLiteral("temp"));

        // Without the pressure, one axis is left.
        data.removeSeries(data.series().at(1).id);
        view.refresh();
        QCOMPARE(view.valueAxisCount(), 1);
    }

    void timeAxisMovesWithTheClock()
    {
        TopicChartData data;
        TopicChartView view;
        qint64 now = T0 + 10'000;
        view.setClock([&now] { return now; });
        view.setData(&data);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY_SHOWS(view, now - 60'000, now); // no points: the last minute
        QVERIFY(view.plot(QStringLiteral("s")));
        data.addMessages(ramp(QStringLiteral("s"), 5, T0));
        view.refresh();
        QVERIFY_SHOWS(view, T0, T0 + 10'000);
        // Ticks on round times: the axis ends on whole seconds here.
        QCOMPARE(view.xRange().first % 1000, 0);
        QCOMPARE(view.xRange().second % 1000, 0);
        now = T0 + 30'000; // no value arrives; the clock runs on
        QTRY_VERIFY(view.xRange().second >= T0 + 30'000);
        QVERIFY_SHOWS(view, T0, T0 + 30'000);

        // Paused or zoomed, the axis stays put.
        view.setPaused(true);
        now = T0 + 40'000;
        const auto frozen = view.xRange();
        QTest::qWait(2 * TopicChartView::ClockIntervalMs);
        QCOMPARE(view.xRange(), frozen);
        QVERIFY(frozen.second < T0 + 40'000);
        view.setPaused(false);
        QTRY_VERIFY(view.xRange().second >= T0 + 40'000);
        QVERIFY_SHOWS(view, T0, T0 + 40'000);
    }

    void chartFollowsThePalette()
    {
        TopicChartData data;
        TopicChartView view;
        stopClock(view);
        view.setData(&data);
        QVERIFY(view.plot(QStringLiteral("s")));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));

        applyTheme(ThemeChoice::Dark);
        QVERIFY(isDarkTheme());
        QTRY_VERIFY(view.chart()->backgroundBrush().color().lightness() < 100);
        const QList<QAbstractAxis *> axes = view.chart()->axes();
        for (const QAbstractAxis *axis : axes)
            QVERIFY(axis->labelsColor().lightness() > 150); // light labels on the dark background
        // What is drawn is dark too, not only the brush.
        const QImage dark = view.chartWidget()->grab().toImage();
        QVERIFY(QColor(dark.pixel(5, 5)).lightness() < 100);

        applyTheme(ThemeChoice::Light);
        QVERIFY(!isDarkTheme());
        QTRY_VERIFY(view.chart()->backgroundBrush().color().lightness() > 200);
        for (const QAbstractAxis *axis : view.chart()->axes())
            QVERIFY(axis->labelsColor().lightness() < 100);
    }

    void dataDestroyed()
    {
        TopicChartView view;
        auto *data = new TopicChartData;
        view.setData(data);
        QVERIFY(view.plot(QStringLiteral("a")));
        QCOMPARE(view.shownLineCount(), 1);
        delete data;
        QCOMPARE(view.data(), nullptr);
        QCOMPARE(view.shownLineCount(), 0);
        QCOMPARE(view.seriesList()->topLevelItemCount(), 0);
        QVERIFY(!view.plot(QStringLiteral("a")));
        QVERIFY(!view.exportCsv(QStringLiteral("x.csv")));
    }
};

QTEST_MAIN(TestTopicChartView)
#include "tst_topicchartview.moc"
