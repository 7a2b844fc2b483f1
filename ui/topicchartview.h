#pragma once

#include "models/topicchartdata.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QPointer>
#include <QWidget>

#include <utility>

class QChart;
class QChartView;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QPushButton;
class QTimer;
class QTreeWidget;
class QValueAxis;

namespace Signalbox {

// Charts of numbers from any topic. At the top a topic filter and a JSON path, checked
// as typed (the reason shown beneath), and "Plot" (or Enter) adds them as a series of
// the TopicChartData; beside the chart the series with their lines' colours, points and
// skipped counts, and "Remove". The chart has a time axis and a value axis and one line
// per data line; it shows what the data holds, refreshed at most every
// RefreshIntervalMs after new points, at most MaxShownPoints per line (beyond that the
// line is cut into time buckets and each bucket's minimum and maximum are drawn, so
// peaks survive). The axes follow the data unless zoomed: a rubber band along the time
// axis, the mouse wheel (time axis, around the cursor) or zoomToTimeRange() zoom in, and
// the axes then stay put until resetZoom(). Pause freezes what is drawn while the data
// keeps collecting; resuming draws everything. Export PNG…/CSV… ask for a file name;
// exportPng()/exportCsv() write one directly (CSV: TopicChartData::toCsv()).
// The data is not owned; the view forgets it when it is destroyed.
class TopicChartView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;
    static constexpr int MaxShownPoints = 2000;

    explicit TopicChartView(QWidget *parent = nullptr);
    ~TopicChartView() override;

    void setData(TopicChartData *data);
    TopicChartData *data() const { return m_data.data(); }

    // Adds a series for topic (a filter; wildcards allowed) and jsonPath. False, with the
    // reason shown in errorText(), when it is invalid, already plotted or there is no data.
    bool plot(const QString &topic, const QString &jsonPath = {});

    bool isPaused() const { return m_paused; }
    void setPaused(bool paused);

    bool isZoomed() const { return m_zoomed; }
    // Shows [fromMs, toMs] on the time axis and the values there; the axes then stay put.
    void zoomToTimeRange(qint64 fromMs, qint64 toMs);
    void resetZoom(); // back to following the data

    bool exportPng(const QString &path); // the chart as shown; false if it cannot be written
    bool exportCsv(const QString &path); // false without data or if it cannot be written

    // For tests: what is drawn.
    int shownLineCount() const { return int(m_lines.size()); }
    int shownPointCount(int line) const; // -1 for no such line
    QList<QPointF> shownPoints(int line) const; // x: ms since the epoch
    QString shownLineName(int line) const;
    QColor lineColor(int line) const;
    std::pair<qint64, qint64> xRange() const; // ms since the epoch
    std::pair<double, double> yRange() const;
    QString errorText() const;

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QPushButton *plotButton() const { return m_plotButton; }
    QPushButton *removeButton() const { return m_removeButton; }
    QPushButton *pauseButton() const { return m_pauseButton; }
    QPushButton *resetZoomButton() const { return m_resetZoomButton; }
    QPushButton *exportPngButton() const { return m_exportPngButton; }
    QPushButton *exportCsvButton() const { return m_exportCsvButton; }
    QTreeWidget *seriesList() const { return m_seriesList; }
    QWidget *chartWidget() const; // the chart view

public slots:
    void refresh(); // now, without waiting for the throttle (nothing while paused)

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct ShownLine
    {
        int seriesId = -1;
        QString topic;
        QLineSeries *series = nullptr;
    };

    void plotFromFields();
    void validateFields();
    void showError(const QString &text);
    void removeSelectedSeries();
    void syncLines();
    void rebuildSeriesList();
    void updateSeriesCounts();
    void scheduleRefresh();
    void setAxesRange(qint64 fromMs, qint64 toMs, double yMin, double yMax);
    void autoRangeFromShown();
    void axisRangeChangedByUser();
    QColor colorFor(int seriesId, const QString &topic);
    void exportPngClicked();
    void exportCsvClicked();

    QPointer<TopicChartData> m_data;
    QLineEdit *m_filterEdit = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QPushButton *m_plotButton = nullptr;
    QLabel *m_errorLabel = nullptr;
    QTreeWidget *m_seriesList = nullptr;
    QPushButton *m_removeButton = nullptr;
    QPushButton *m_pauseButton = nullptr;
    QPushButton *m_resetZoomButton = nullptr;
    QPushButton *m_exportPngButton = nullptr;
    QPushButton *m_exportCsvButton = nullptr;
    QChart *m_chart = nullptr;
    QChartView *m_chartView = nullptr;
    QDateTimeAxis *m_xAxis = nullptr;
    QValueAxis *m_yAxis = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QList<ShownLine> m_lines; // in the data's line order
    QHash<QPair<int, QString>, QColor> m_colors;
    int m_nextColor = 0;
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_settingAxes = false;
    std::pair<qint64, qint64> m_zoomX{0, 0}; // the axes as the user left them
    std::pair<double, double> m_zoomY{0, 0};
};

} // namespace Signalbox
