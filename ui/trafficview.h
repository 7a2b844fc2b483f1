#pragma once

#include <QPointer>
#include <QWidget>

class QBarSet;
class QChart;
class QComboBox;
class QLabel;
class QSpinBox;
class QTableView;
class QValueAxis;

namespace Signalbox {

class TrafficProfileModel;

// The traffic profile of one connection: depth (remembered in QSettings as
// "traffic/depth" and given to each model set), top N and rank-by controls, a
// sortable table of the top subtrees (clicking a header sorts the model
// numerically), a summary line, and a payload size histogram for the whole
// connection or for the selected row. The selection follows its key across the
// model's updates. The view refreshes when the model does (once per tick) and holds
// no copy of its data.
class TrafficView : public QWidget
{
    Q_OBJECT
public:
    enum class RankBy { MessagesPerSecond, BytesPerSecond };
    Q_ENUM(RankBy)

    explicit TrafficView(QWidget *parent = nullptr);

    void setModel(TrafficProfileModel *model); // not owned; nullptr shows an empty view
    TrafficProfileModel *model() const;

    // For tests and accessibility.
    QTableView *tableView() const { return m_table; }
    QSpinBox *depthSpinBox() const { return m_depth; }
    QSpinBox *topNSpinBox() const { return m_topN; }
    QComboBox *rankByComboBox() const { return m_rankBy; }
    QString summaryText() const;
    QString histogramTitle() const;
    QList<qint64> histogramValues() const; // what the chart shows, one per size bucket
    QString selectedKey() const; // empty when nothing or "(other)" is selected
    QChart *histogramChart() const { return m_chart; } // coloured from the palette, also when it changes

public slots:
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void retranslateUi();
    void restyle();
    void fitSubtreeColumn();
    void rankByChanged(int index);
    void sortChanged(int column, Qt::SortOrder order);
    void rememberSelection();
    void restoreSelection();
    void updateSummary();
    void updateHistogram();

    QPointer<TrafficProfileModel> m_model;
    QSpinBox *m_depth = nullptr;
    QSpinBox *m_topN = nullptr;
    QComboBox *m_rankBy = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QChart *m_chart = nullptr;
    QWidget *m_chartView = nullptr;
    QBarSet *m_bars = nullptr;
    QValueAxis *m_axisY = nullptr;
    QString m_rememberedKey;
    bool m_rememberedOther = false;
};

} // namespace Signalbox
