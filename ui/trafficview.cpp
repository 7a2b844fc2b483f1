#include "trafficview.h"

#include "retranslate.h"

#include "models/trafficprofilemodel.h"
#include "theme.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTableView>
#include <QToolTip>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Signalbox {

TrafficView::TrafficView(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *controls = new QHBoxLayout;
    auto *depthLabel = new QLabel(tr("Depth"), this);
    m_depth = new QSpinBox(this);
    m_depth->setRange(TrafficProfileModel::MinDepth, TrafficProfileModel::MaxDepth);
    depthLabel->setBuddy(m_depth);
    auto *topNLabel = new QLabel(tr("Top"), this);
    m_topN = new QSpinBox(this);
    m_topN->setRange(1, TrafficProfileModel::MaxTopN);
    m_topN->setValue(20);
    topNLabel->setBuddy(m_topN);
    auto *rankLabel = new QLabel(tr("Rank by"), this);
    m_rankBy = new QComboBox(this);
    m_rankBy->addItem(tr("Messages/s"), QVariant::fromValue(RankBy::MessagesPerSecond));
    m_rankBy->addItem(tr("Bytes/s"), QVariant::fromValue(RankBy::BytesPerSecond));
    rankLabel->setBuddy(m_rankBy);
    controls->addWidget(depthLabel);
    controls->addWidget(m_depth);
    controls->addSpacing(12);
    controls->addWidget(topNLabel);
    controls->addWidget(m_topN);
    controls->addSpacing(12);
    controls->addWidget(rankLabel);
    controls->addWidget(m_rankBy);
    controls->addStretch(1);
    layout->addLayout(controls);

    m_summary = new QLabel(this);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    // The ranking over the whole width, the size histogram under it.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_table = new QTableView(splitter);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setWordWrap(false);
    // Subtrees share their first levels ("Sensor/imu/#", "Sensor/cds/#"): what tells
    // them apart is at the end, so a name too long for its column loses its start.
    m_table->setTextElideMode(Qt::ElideLeft);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSortIndicator(TrafficProfileModel::MessagesPerSecondColumn, Qt::DescendingOrder);
    m_table->horizontalHeader()->setHighlightSections(false);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    // 20 or so rows: sizing every column to its contents stays cheap
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    splitter->addWidget(m_table);

    m_chart = new QChart;
    m_chart->legend()->hide();
    auto *series = new QBarSeries(m_chart);
    m_bars = new QBarSet(tr("Messages"), series);
    m_bars->append(QList<qreal>(TrafficProfileModel::SizeBucketCount, 0));
    series->append(m_bars);
    m_chart->addSeries(series);
    auto *axisX = new QBarCategoryAxis(m_chart);
    axisX->append(TrafficProfileModel::sizeBucketNames());
    axisX->setLabelsAngle(-45);
    axisX->setTruncateLabels(false);
    m_axisY = new QValueAxis(m_chart);
    m_axisY->setLabelFormat(QStringLiteral("%d"));
    m_axisY->setRange(0, 1);
    m_chart->addAxis(axisX, Qt::AlignBottom);
    m_chart->addAxis(m_axisY, Qt::AlignLeft);
    series->attachAxis(axisX);
    series->attachAxis(m_axisY);
    connect(series, &QBarSeries::hovered, this, [](bool status, int index, QBarSet *set) {
        if (!status || index < 0 || index >= set->count()) {
            QToolTip::hideText();
            return;
        }
        QToolTip::showText(QCursor::pos(), tr("%1: %2 messages")
                                               .arg(TrafficProfileModel::sizeBucketNames().value(index),
                                                    QLocale().toString(qint64(std::llround(set->at(index))))));
    });
    auto *chartView = new QChartView(m_chart, splitter);
    m_chartView = chartView;
    chartView->setRenderHint(QPainter::Antialiasing);
    chartView->setMinimumHeight(220);
    splitter->addWidget(chartView);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    connect(m_depth, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_model)
            m_model->setDepth(value);
        QSettings().setValue(QStringLiteral("traffic/depth"), value);
    });
    connect(m_topN, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_model)
            m_model->setTopN(value);
    });
    connect(m_rankBy, &QComboBox::currentIndexChanged, this, &TrafficView::rankByChanged);
    connect(m_table->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this, &TrafficView::sortChanged);

    restyle();
    refresh();
    retranslate(this, [this, depthLabel, topNLabel, rankLabel] {
        retranslateUi();
        depthLabel->setText(tr("Depth"));
        topNLabel->setText(tr("Top"));
        rankLabel->setText(tr("Rank by"));
        m_rankBy->setItemText(0, tr("Messages/s"));
        m_rankBy->setItemText(1, tr("Bytes/s"));
        m_bars->setLabel(tr("Messages"));
        if (m_model) {
            emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
            updateSummary();
            updateHistogram();
        }
    });
}

void TrafficView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

void TrafficView::restyle()
{
    styleChart(m_chart, palette());
    static_cast<QChartView *>(m_chartView)->setBackgroundBrush(palette().color(QPalette::Base));
}

void TrafficView::setModel(TrafficProfileModel *model)
{
    if (m_model == model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_table->setModel(model);
    if (model) {
        const QVariant savedDepth = QSettings().value(QStringLiteral("traffic/depth"));
        if (savedDepth.isValid())
            model->setDepth(savedDepth.toInt());
        {
            const QSignalBlocker depthBlocker(m_depth);
            const QSignalBlocker topNBlocker(m_topN);
            m_depth->setValue(model->depth());
            m_topN->setValue(model->topN());
        }
        m_table->horizontalHeader()->setSortIndicator(model->sortColumn(), model->sortOrder());
        m_table->horizontalHeader()->setSectionResizeMode(TrafficProfileModel::SubtreeColumn, QHeaderView::Fixed);
        connect(model, &QAbstractItemModel::modelAboutToBeReset, this, &TrafficView::rememberSelection);
        connect(model, &QAbstractItemModel::modelReset, this, &TrafficView::restoreSelection);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TrafficView::refresh);
        connect(model, &QAbstractItemModel::dataChanged, this, &TrafficView::refresh);
        connect(model, &TrafficProfileModel::depthChanged, this, [this](int depth) {
            const QSignalBlocker blocker(m_depth);
            m_depth->setValue(depth);
        });
        connect(model, &TrafficProfileModel::topNChanged, this, [this](int topN) {
            const QSignalBlocker blocker(m_topN);
            m_topN->setValue(topN);
        });
        connect(model, &QObject::destroyed, this, &TrafficView::refresh, Qt::QueuedConnection);
        connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &TrafficView::updateHistogram);
    }
    refresh();
}

TrafficProfileModel *TrafficView::model() const
{
    return m_model.data();
}

QString TrafficView::summaryText() const
{
    return m_summary->text();
}

QString TrafficView::histogramTitle() const
{
    return m_chart->title();
}

QList<qint64> TrafficView::histogramValues() const
{
    QList<qint64> values;
    values.reserve(m_bars->count());
    for (int i = 0; i < m_bars->count(); ++i)
        values << qint64(std::llround(m_bars->at(i)));
    return values;
}

QString TrafficView::selectedKey() const
{
    if (!m_model || !m_table->selectionModel())
        return {};
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : rows.first().data(TrafficProfileModel::KeyRole).toString();
}

void TrafficView::refresh()
{
    updateSummary();
    updateHistogram();
    fitSubtreeColumn();
}

void TrafficView::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    fitSubtreeColumn();
}

// The subtree column takes the room the numbers leave; where they leave too little, it
// still gets its names' width up to half the table (the table then scrolls sideways),
// and never less than a dozen characters.
void TrafficView::fitSubtreeColumn()
{
    if (!m_model)
        return;
    QHeaderView *header = m_table->horizontalHeader();
    int others = 0;
    for (int column = 0; column < header->count(); ++column) {
        if (column != TrafficProfileModel::SubtreeColumn && !header->isSectionHidden(column))
            others += header->sectionSize(column);
    }
    const int viewport = m_table->viewport()->width();
    const int contents = std::max(
        static_cast<const QAbstractItemView *>(m_table)->sizeHintForColumn(TrafficProfileModel::SubtreeColumn),
        header->sectionSizeHint(TrafficProfileModel::SubtreeColumn));
    const int minimum = m_table->fontMetrics().averageCharWidth() * 12;
    const int width = std::max({viewport - others, std::min(contents, viewport / 2), minimum});
    if (header->sectionSize(TrafficProfileModel::SubtreeColumn) != width)
        header->resizeSection(TrafficProfileModel::SubtreeColumn, width);
}

void TrafficView::rankByChanged(int index)
{
    const auto rankBy = m_rankBy->itemData(index).value<RankBy>();
    const int column = rankBy == RankBy::BytesPerSecond ? TrafficProfileModel::BytesPerSecondColumn
                                                        : TrafficProfileModel::MessagesPerSecondColumn;
    m_table->sortByColumn(column, Qt::DescendingOrder);
}

void TrafficView::sortChanged(int column, Qt::SortOrder order)
{
    if (order != Qt::DescendingOrder)
        return;
    int index = -1;
    if (column == TrafficProfileModel::MessagesPerSecondColumn)
        index = m_rankBy->findData(QVariant::fromValue(RankBy::MessagesPerSecond));
    else if (column == TrafficProfileModel::BytesPerSecondColumn)
        index = m_rankBy->findData(QVariant::fromValue(RankBy::BytesPerSecond));
    else if (column == TrafficProfileModel::ShareColumn && m_model)
        index = m_rankBy->findData(QVariant::fromValue(m_model->shareBasis() == TrafficProfileModel::ShareBasis::Messages
                                                           ? RankBy::MessagesPerSecond
                                                           : RankBy::BytesPerSecond));
    if (index >= 0) {
        const QSignalBlocker blocker(m_rankBy);
        m_rankBy->setCurrentIndex(index);
    }
}

void TrafficView::rememberSelection()
{
    m_rememberedKey.clear();
    m_rememberedOther = false;
    if (!m_table->selectionModel())
        return;
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return;
    m_rememberedKey = rows.first().data(TrafficProfileModel::KeyRole).toString();
    m_rememberedOther = rows.first().data(TrafficProfileModel::IsOtherRole).toBool();
}

void TrafficView::restoreSelection()
{
    if (m_model && (m_rememberedOther || !m_rememberedKey.isEmpty())) {
        int row = -1;
        if (m_rememberedOther) {
            const int last = m_model->rowCount() - 1;
            if (last >= 0 && m_model->index(last, 0).data(TrafficProfileModel::IsOtherRole).toBool())
                row = last;
        } else {
            row = m_model->rowForKey(m_rememberedKey);
        }
        if (row >= 0)
            m_table->selectRow(row);
    }
    m_rememberedKey.clear();
    m_rememberedOther = false;
    refresh();
}

void TrafficView::updateSummary()
{
    if (!m_model) {
        m_summary->setText(tr("No connection."));
        m_summary->setToolTip({});
        return;
    }
    const QLocale locale;
    m_summary->setText(tr("%1 · %2 · %n distinct topic(s)", nullptr, int(m_model->topicCount()))
                           .arg(TrafficProfileModel::formatRate(m_model->totalMessagesPerSecond()),
                                TrafficProfileModel::formatByteRate(m_model->totalBytesPerSecond())));
    m_summary->setToolTip(
        tr("%1 messages/s and %2 bytes/s over the last %n second(s); %3 messages and %4 bytes since the "
           "profile was cleared",
           nullptr, m_model->windowSeconds())
            .arg(locale.toString(m_model->totalMessagesPerSecond(), 'f', 3),
                 locale.toString(m_model->totalBytesPerSecond(), 'f', 3), locale.toString(m_model->totalMessages()),
                 locale.toString(m_model->totalBytes())));
}

void TrafficView::updateHistogram()
{
    QList<qint64> values(TrafficProfileModel::SizeBucketCount, 0);
    QString title = tr("Payload sizes");
    if (m_model) {
        const QModelIndexList rows = m_table->selectionModel() ? m_table->selectionModel()->selectedRows()
                                                               : QModelIndexList();
        if (rows.isEmpty()) {
            values = m_model->sizeHistogram();
            title = tr("Payload sizes, all topics, last %n s", nullptr, m_model->windowSeconds());
        } else {
            values = m_model->sizeHistogramForRow(rows.first().row());
            title = tr("Payload sizes, %1, last %n s", nullptr, m_model->windowSeconds())
                        .arg(rows.first().data(Qt::DisplayRole).toString());
        }
    }
    qint64 highest = 0;
    for (int i = 0; i < values.size() && i < m_bars->count(); ++i) {
        m_bars->replace(i, qreal(values[i]));
        highest = std::max(highest, values[i]);
    }
    m_axisY->setRange(0, qreal(std::max<qint64>(highest, 4)));
    m_axisY->applyNiceNumbers();
    m_chart->setTitle(title);
}

// The texts set again in a new language (retranslate()).
void TrafficView::retranslateUi()
{
    m_depth->setToolTip(tr("How many topic levels make a subtree: at depth 2, a/b/c counts towards a/b/#"));
    m_topN->setToolTip(tr("How many subtrees to list; the rest are summed in \"(other)\""));
}

} // namespace Signalbox
