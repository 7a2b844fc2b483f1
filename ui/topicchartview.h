#pragma once

#include "models/topicchartdata.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QPair>
#include <QPointF>
#include <QPointer>
#include <QWidget>

#include <functional>
#include <utility>

class QChart;
class QChartView;
class QComboBox;
class QDateTimeAxis;
class QLabel;
class QLineEdit;
class QLineSeries;
class QListWidget;
class QPushButton;
class QTimer;
class QTreeWidget;
class QValueAxis;

namespace Signalbox {

// Charts of numbers from any topic. At the top a topic filter and a JSON path, checked
// as typed (the reason shown beneath), and "Plot" (or Enter) adds them as a series of
// the TopicChartData; the path's drop-down lists the numeric fields of the topic's
// recent payloads. Plotting a topic whose payloads are JSON without naming a field
// (plotTopic(), the topic tree's Plot, or "Plot" with an empty path) opens the field
// chooser: the numeric fields found, to tick and plot. A new series starts with what
// the connection's log already holds (TopicChartData's history). Beside the chart the
// series with their lines' colours, points and skipped counts, and "Remove".
//
// The chart has a time axis and value axes and one line per data line; it shows what
// the data holds, refreshed at most every RefreshIntervalMs after new points, at most
// MaxShownPoints per line (beyond that the line is cut into time buckets and each
// bucket's minimum and maximum are drawn, so peaks survive). The time axis runs from
// the first point to now (both widened to round times, see setRoundTimeRange()) and
// moves on with the clock (every ClockIntervalMs) while no value arrives. Series whose
// largest values differ by more than a factor of ten (20 and 100000) get value axes of
// their own, on alternate sides, titled with their fields and drawn in their lines'
// colours; ticks fall on round numbers. Colours follow the palette, also when it
// changes.
//
// The axes follow the data unless zoomed: a rubber band along the time axis, the mouse
// wheel (time axis, around the cursor) or zoomToTimeRange() zoom in, and the axes then
// stay put until resetZoom(). Pause freezes what is drawn while the data keeps
// collecting; resuming draws everything. Export PNG…/CSV… ask for a file name;
// exportPng()/exportCsv() write one directly (CSV: TopicChartData::toCsv()).
// The data is not owned; the view forgets it when it is destroyed.
class TopicChartView : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;
    static constexpr int MaxShownPoints = 2000;
    static constexpr int ClockIntervalMs = 1000;

    explicit TopicChartView(QWidget *parent = nullptr);
    ~TopicChartView() override;

    void setData(TopicChartData *data);
    TopicChartData *data() const { return m_data.data(); }

    // Adds a series for topic (a filter; wildcards allowed) and jsonPath. False, with the
    // reason shown in errorText(), when it is invalid, already plotted or there is no data.
    bool plot(const QString &topic, const QString &jsonPath = {});
    // As the topic tree's Plot: the payload itself when the topic's recent payloads are
    // numbers (or there are none yet), their one numeric field when they have one, and
    // otherwise the field chooser (true: something was plotted; false: the chooser or
    // an error is shown).
    bool plotTopic(const QString &topic);
    // The field chooser for a topic filter: its recent payloads' numeric fields.
    void chooseFields(const QString &topic);
    bool isFieldChooserVisible() const;
    QString fieldChooserTopic() const { return m_fieldTopic; }

    // Where "now" comes from (tests); default the system clock.
    void setClock(std::function<qint64()> clock);

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
    std::pair<double, double> yRange() const { return yRange(0); } // the first value axis
    std::pair<double, double> yRange(int axis) const;
    int valueAxisCount() const { return int(m_yAxes.size()); }
    int lineAxis(int line) const; // the value axis a line is drawn against; -1 for no such line
    QString valueAxisTitle(int axis) const;
    QList<double> valueAxisTicks(int axis) const; // the values labelled
    QChart *chart() const { return m_chart; }
    QString errorText() const;

    QLineEdit *filterEdit() const { return m_filterEdit; }
    QLineEdit *pathEdit() const { return m_pathEdit; }
    QComboBox *pathComboBox() const { return m_pathCombo; }
    QListWidget *fieldList() const { return m_fieldList; }
    QPushButton *plotFieldsButton() const { return m_plotFieldsButton; }
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
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    struct ShownLine
    {
        int seriesId = -1;
        QString topic;
        QLineSeries *series = nullptr;
        int axis = 0;
    };

    void plotFromFields();
    void plotCheckedFields();
    void hideFieldChooser();
    void updatePathChoices();
    void validateFields();
    void showError(const QString &text);
    void removeSelectedSeries();
    void syncLines();
    void rebuildSeriesList();
    void updateSeriesCounts();
    void scheduleRefresh();
    void setTimeRange(qint64 fromMs, qint64 toMs, bool round);
    void setValueRange(int axis, double min, double max, bool widen);
    void applyZoom();
    void followClock();
    void showUntilNow();
    QList<int> axisGroups() const; // per shown line, its value axis by the scale of its series
    void arrangeAxes(const QList<int> &groups);
    void restyle();
    void updateAxisTitles();
    void autoRangeFromShown();
    void axisRangeChangedByUser();
    QColor colorFor(int seriesId, const QString &topic);
    void exportPngClicked();
    void exportCsvClicked();

    QPointer<TopicChartData> m_data;
    QLineEdit *m_filterEdit = nullptr;
    QComboBox *m_pathCombo = nullptr;
    QLineEdit *m_pathEdit = nullptr;
    QWidget *m_fieldPanel = nullptr;
    QLabel *m_fieldLabel = nullptr;
    QListWidget *m_fieldList = nullptr;
    QPushButton *m_plotFieldsButton = nullptr;
    QString m_fieldTopic;
    QTimer *m_pathChoicesTimer = nullptr;
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
    QList<QValueAxis *> m_yAxes; // at least one
    QTimer *m_refreshTimer = nullptr;
    QTimer *m_clockTimer = nullptr;
    std::function<qint64()> m_clock;
    qint64 m_firstShownMs = -1; // the earliest point drawn; -1: none
    qint64 m_lastShownMs = -1;
    QList<ShownLine> m_lines; // in the data's line order
    QHash<QPair<int, QString>, QColor> m_colors;
    int m_nextColor = 0;
    bool m_paused = false;
    bool m_zoomed = false;
    bool m_settingAxes = false;
    std::pair<qint64, qint64> m_zoomX{0, 0}; // the axes as the user left them
    QList<std::pair<double, double>> m_zoomY; // per value axis
};

} // namespace Signalbox
