#pragma once

#include "models/brokerstats.h"

#include <QHash>
#include <QPointF>
#include <QPointer>
#include <QWidget>

class QChart;
class QComboBox;
class QLabel;
class QLineSeries;
class QPushButton;
class QTimer;

namespace Signalbox {

// A broker's $SYS tree at a glance: a header (broker kind, version, uptime), tiles with
// current values, and line charts over time (messages/s in and out, clients connected,
// bytes/s). It shows what setStats()'s BrokerStats holds, refreshed at most every
// RefreshIntervalMs after its updated(); it keeps no copy of the data. Until a $SYS
// message arrived it shows a hint and a "Subscribe to $SYS/#" button, which emits
// subscribeSysRequested() (the connection subscribes); the button stays available.
class BrokerDashboard : public QWidget
{
    Q_OBJECT
public:
    static constexpr int RefreshIntervalMs = 250;

    explicit BrokerDashboard(QWidget *parent = nullptr);

    void setStats(BrokerStats *stats); // not owned; nullptr shows the empty dashboard
    BrokerStats *stats() const { return m_stats.data(); }

    // For tests and accessibility: the shown text of a tile (a BrokerStats key such as
    // "clients/connected" or "rate/messages/sent"; empty for keys without a tile), the
    // header, whether the hint is shown, and the number of points of a chart series
    // (its BrokerStats key: "rate/messages/received", "rate/messages/sent", "clients/connected",
    // "rate/bytes/received", "rate/bytes/sent").
    QString tileText(const QString &key) const;
    QStringList tileKeys() const { return m_tileKeys; }
    QString headerText() const;
    bool isHintVisible() const;
    // The fourth chart plots any one metric the broker sent (a tile's click or
    // the chooser above it picks it): every $SYS figure has its chart over time.
    void showMetric(const QString &key);
    QString shownMetric() const { return m_metricKey; }
    QStringList metricChoices() const; // the keys offered, in the chooser's order
    int chartPointCount(const QString &key) const; // samples plotted
    QList<QPointF> chartPoints(const QString &key) const; // the line as drawn
    QList<QChart *> charts() const { return m_charts; } // coloured from the palette, also when it changes

public slots:
    void refresh(); // now, without waiting for the throttle

signals:
    void subscribeSysRequested();

private:
    void retranslateUi();
    void scheduleRefresh();
    QWidget *makeTile(const QString &key, const QString &title);
    QChart *makeChart(const QString &title, const QList<std::pair<QString, QString>> &series);
    void updateChart(QChart *chart);
    void updateMetricChoices();
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void restyle();

    QPointer<BrokerStats> m_stats;
    QLabel *m_header = nullptr;
    QLabel *m_hint = nullptr;
    QPushButton *m_subscribeButton = nullptr;
    QTimer *m_refreshTimer = nullptr;
    QStringList m_tileKeys;
    QHash<QString, QLabel *> m_tiles;
    QHash<QString, QLineSeries *> m_series; // key: the BrokerStats key the series plots
    QHash<QString, int> m_sampleCounts;
    QList<QChart *> m_charts;
    QList<QWidget *> m_chartViews;
    QComboBox *m_metricCombo = nullptr;
    QChart *m_metricChart = nullptr;
    QString m_metricKey;
    QHash<QObject *, QString> m_tileFrames; // a tile's frame -> its key
};

} // namespace Signalbox
