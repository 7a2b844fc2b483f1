#include "topicchartview.h"

#include "retranslate.h"

#include "chartaxes.h"
#include "payload/numericvalue.h"
#include "theme.h"
#include "mqtt/topic.h"
#include "models/topicchartdata.h"

#include <QAction>
#include <QChart>
#include <QComboBox>
#include <QEvent>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QListWidget>
#include <QPixmap>
#include <QPushButton>
#include <QSaveFile>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTimer>
#include <QTreeWidget>
#include <QValueAxis>
#include <QVBoxLayout>
#include <QWheelEvent>

#include <algorithm>
#include <cmath>
#include <limits>

namespace Signalbox {

namespace {

constexpr int SeriesIdRole = Qt::UserRole;
constexpr int LineIndexRole = Qt::UserRole + 1;
constexpr int MaxLegendLines = 12;
constexpr double MaxScaleRatio = 10;

const QList<QColor> &lineColors()
{
    static const QList<QColor> colors{
        QColor(0x1f, 0x77, 0xb4), QColor(0xff, 0x7f, 0x0e), QColor(0x2c, 0xa0, 0x2c), QColor(0xd6, 0x27, 0x28),
        QColor(0x94, 0x67, 0xbd), QColor(0x8c, 0x56, 0x4b), QColor(0xe3, 0x77, 0xc2), QColor(0x7f, 0x7f, 0x7f),
        QColor(0xbc, 0xbd, 0x22), QColor(0x17, 0xbe, 0xcf),
    };
    return colors;
}

QIcon swatch(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(color);
    return QIcon(pixmap);
}

// At most MaxShownPoints of the points in [fromMs, toMs] (with one beyond each end when
// clipping, so the line runs to the edges): the first and the last, and between them
// the minimum and maximum of each of `buckets` equal time slices, in their order.
QList<QPointF> decimate(const std::deque<TopicChartData::Point> &points, qint64 fromMs, qint64 toMs, bool clip,
                        int buckets)
{
    using Point = TopicChartData::Point;
    auto begin = points.begin();
    auto end = points.end();
    if (clip) {
        begin = std::lower_bound(points.begin(), points.end(), fromMs,
                                 [](const Point &p, qint64 t) { return p.timeMs < t; });
        if (begin != points.begin())
            --begin;
        end = std::upper_bound(begin, points.end(), toMs, [](qint64 t, const Point &p) { return t < p.timeMs; });
        if (end != points.end())
            ++end;
    }
    QList<QPointF> result;
    const auto count = end - begin;
    if (count <= 0)
        return result;
    auto toPoint = [](const Point &p) { return QPointF(double(p.timeMs), p.value); };
    if (count <= TopicChartView::MaxShownPoints) {
        result.reserve(count);
        for (auto it = begin; it != end; ++it)
            result.append(toPoint(*it));
        return result;
    }

    result.reserve(TopicChartView::MaxShownPoints);
    result.append(toPoint(*begin));
    const double span = double(std::max<qint64>(1, toMs - fromMs)) * (1 + 1e-9);
    auto bucketOf = [&](qint64 t) { return std::clamp(int(double(t - fromMs) / span * buckets), 0, buckets - 1); };
    auto inner = begin + 1;
    const auto last = end - 1;
    int bucket = -1;
    decltype(inner) minIt, maxIt;
    auto flush = [&] {
        if (bucket < 0)
            return;
        if (minIt == maxIt) {
            result.append(toPoint(*minIt));
        } else if (minIt < maxIt) {
            result.append(toPoint(*minIt));
            result.append(toPoint(*maxIt));
        } else {
            result.append(toPoint(*maxIt));
            result.append(toPoint(*minIt));
        }
    };
    for (auto it = inner; it != last; ++it) {
        const int b = bucketOf(it->timeMs);
        if (b != bucket) {
            flush();
            bucket = b;
            minIt = maxIt = it;
            continue;
        }
        if (it->value < minIt->value)
            minIt = it;
        if (it->value > maxIt->value)
            maxIt = it;
    }
    flush();
    result.append(toPoint(*last));
    return result;
}

// How large a series' values are, for telling scales apart; 0 for all zero.
double magnitudeOf(double min, double max)
{
    const double magnitude = std::max(std::abs(min), std::abs(max));
    return std::isfinite(magnitude) ? magnitude : 0;
}

QString timeFormat(qint64 spanMs)
{
    if (spanMs <= 10'000)
        return QStringLiteral("HH:mm:ss.zzz");
    if (spanMs <= 86'400'000)
        return QStringLiteral("HH:mm:ss");
    return QStringLiteral("dd.MM. HH:mm");
}

} // namespace

TopicChartView::TopicChartView(QWidget *parent)
    : QWidget(parent), m_clock([] { return QDateTime::currentMSecsSinceEpoch(); })
{
    auto *layout = new QVBoxLayout(this);

    auto *inputs = new QHBoxLayout;
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setClearButtonEnabled(true);
    m_pathCombo = new QComboBox(this);
    m_pathCombo->setEditable(true);
    m_pathCombo->setInsertPolicy(QComboBox::NoInsert);
    m_pathCombo->setCompleter(nullptr); // the list is there to choose from, not to finish typing
    m_pathCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_pathCombo->setMinimumContentsLength(16);
    m_pathEdit = m_pathCombo->lineEdit();
    m_pathEdit->setClearButtonEnabled(true);
    m_plotButton = new QPushButton(tr("Plot"), this);
    m_plotButton->setEnabled(false);
    auto *topicLabel = new QLabel(tr("Topic:"), this);
    inputs->addWidget(topicLabel);
    inputs->addWidget(m_filterEdit, 2);
    auto *pathLabel = new QLabel(tr("JSON path:"), this);
    inputs->addWidget(pathLabel);
    inputs->addWidget(m_pathCombo, 1);
    inputs->addWidget(m_plotButton);
    layout->addLayout(inputs);

    m_errorLabel = new QLabel(this);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setVisible(false);
    layout->addWidget(m_errorLabel);

    // The field chooser: shown when a topic with JSON payloads is plotted without a field.
    m_fieldPanel = new QWidget(this);
    m_fieldPanel->setObjectName(QStringLiteral("fieldChooser"));
    auto *fieldLayout = new QVBoxLayout(m_fieldPanel);
    fieldLayout->setContentsMargins(0, 0, 0, 0);
    m_fieldLabel = new QLabel(m_fieldPanel);
    m_fieldLabel->setWordWrap(true);
    m_fieldList = new QListWidget(m_fieldPanel);
    m_fieldList->setUniformItemSizes(true);
    m_fieldList->setMaximumHeight(m_fieldList->fontMetrics().height() * 9);
    auto *fieldButtons = new QHBoxLayout;
    m_plotFieldsButton = new QPushButton(tr("Plot selected fields"), m_fieldPanel);
    m_plotFieldsButton->setEnabled(false);
    auto *cancelFields = new QPushButton(tr("Cancel"), m_fieldPanel);
    fieldButtons->addStretch(1);
    fieldButtons->addWidget(m_plotFieldsButton);
    fieldButtons->addWidget(cancelFields);
    fieldLayout->addWidget(m_fieldLabel);
    fieldLayout->addWidget(m_fieldList);
    fieldLayout->addLayout(fieldButtons);
    m_fieldPanel->setVisible(false);
    layout->addWidget(m_fieldPanel);

    auto *buttons = new QHBoxLayout;
    m_pauseButton = new QPushButton(tr("Pause"), this);
    m_pauseButton->setCheckable(true);
    m_resetZoomButton = new QPushButton(tr("Reset zoom"), this);
    m_resetZoomButton->setEnabled(false);
    m_exportPngButton = new QPushButton(tr("Export PNG…"), this);
    m_exportCsvButton = new QPushButton(tr("Export CSV…"), this);
    auto *hint = new QLabel(tr("Drag along the time axis or use the wheel to zoom"), this);
    hint->setEnabled(false);
    hint->setWordWrap(true); // else its one line sets the page's minimum width
    buttons->addWidget(m_pauseButton);
    buttons->addWidget(m_resetZoomButton);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_exportPngButton);
    buttons->addWidget(m_exportCsvButton);
    layout->addLayout(buttons);

    // The series over the chart: the chart keeps the whole width for time.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *left = new QWidget(splitter);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    m_seriesList = new QTreeWidget(left);
    m_seriesList->setHeaderLabels({tr("Series"), tr("Points"), tr("Skipped")});
    m_seriesList->setRootIsDecorated(true);
    m_seriesList->setUniformRowHeights(true);
    m_seriesList->header()->setStretchLastSection(false);
    m_seriesList->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_seriesList->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_seriesList->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_removeButton = new QPushButton(tr("Remove"), left);
    m_removeButton->setEnabled(false);
    leftLayout->addWidget(m_seriesList, 1);
    leftLayout->addWidget(m_removeButton);

    m_chart = new QChart;
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_xAxis = new QDateTimeAxis(m_chart);
    m_xAxis->setFormat(QStringLiteral("HH:mm:ss"));
    m_xAxis->setTickCount(5);
    m_xAxis->setTitleText(tr("Time"));
    m_chart->addAxis(m_xAxis, Qt::AlignBottom);
    arrangeAxes({});
    const qint64 now = m_clock();
    setTimeRange(now - 60'000, now, true);
    setValueRange(0, 0, 1, true);
    m_chartView = new QChartView(m_chart, splitter);
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setRubberBand(QChartView::HorizontalRubberBand);
    m_chartView->setMinimumSize(300, 200);
    m_chartView->viewport()->installEventFilter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_chartView);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 4);
    m_seriesList->setMinimumHeight(m_seriesList->fontMetrics().height() * 4);
    splitter->setSizes({m_seriesList->fontMetrics().height() * 10, m_seriesList->fontMetrics().height() * 36});
    layout->addWidget(splitter, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &TopicChartView::refresh);
    m_clockTimer = new QTimer(this);
    m_clockTimer->setInterval(ClockIntervalMs);
    connect(m_clockTimer, &QTimer::timeout, this, &TopicChartView::followClock);
    m_clockTimer->start();
    m_pathChoicesTimer = new QTimer(this);
    m_pathChoicesTimer->setSingleShot(true);
    m_pathChoicesTimer->setInterval(300);
    connect(m_pathChoicesTimer, &QTimer::timeout, this, &TopicChartView::updatePathChoices);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &TopicChartView::validateFields);
    connect(m_filterEdit, &QLineEdit::textChanged, m_pathChoicesTimer, qOverload<>(&QTimer::start));
    connect(m_pathEdit, &QLineEdit::textChanged, this, &TopicChartView::validateFields);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &TopicChartView::plotFromFields);
    connect(m_pathEdit, &QLineEdit::returnPressed, this, &TopicChartView::plotFromFields);
    connect(m_plotButton, &QPushButton::clicked, this, &TopicChartView::plotFromFields);
    connect(m_fieldList, &QListWidget::itemChanged, this, [this] {
        bool any = false;
        for (int i = 0; i < m_fieldList->count() && !any; ++i)
            any = m_fieldList->item(i)->checkState() == Qt::Checked;
        m_plotFieldsButton->setEnabled(any);
    });
    connect(m_fieldList, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        const QString topic = m_fieldTopic;
        if (plot(topic, item->data(Qt::UserRole).toString()))
            hideFieldChooser();
    });
    connect(m_plotFieldsButton, &QPushButton::clicked, this, &TopicChartView::plotCheckedFields);
    connect(cancelFields, &QPushButton::clicked, this, &TopicChartView::hideFieldChooser);
    connect(m_removeButton, &QPushButton::clicked, this, &TopicChartView::removeSelectedSeries);
    auto *removeAction = new QAction(tr("Remove"), m_seriesList);
    removeAction->setShortcut(QKeySequence::Delete);
    removeAction->setShortcutContext(Qt::WidgetShortcut);
    connect(removeAction, &QAction::triggered, this, &TopicChartView::removeSelectedSeries);
    m_seriesList->addAction(removeAction);
    connect(m_seriesList, &QTreeWidget::itemSelectionChanged, this,
            [this] { m_removeButton->setEnabled(!m_seriesList->selectedItems().isEmpty()); });
    connect(m_pauseButton, &QPushButton::toggled, this, &TopicChartView::setPaused);
    connect(m_resetZoomButton, &QPushButton::clicked, this, &TopicChartView::resetZoom);
    connect(m_exportPngButton, &QPushButton::clicked, this, &TopicChartView::exportPngClicked);
    connect(m_exportCsvButton, &QPushButton::clicked, this, &TopicChartView::exportCsvClicked);
    connect(m_xAxis, &QDateTimeAxis::rangeChanged, this, &TopicChartView::axisRangeChangedByUser);

    restyle();
    syncLines();
    retranslate(this, [this, topicLabel, pathLabel, cancelFields, hint, removeAction] {
        retranslateUi();
        topicLabel->setText(tr("Topic:"));
        pathLabel->setText(tr("JSON path:"));
        cancelFields->setText(tr("Cancel"));
        hint->setText(tr("Drag along the time axis or use the wheel to zoom"));
        removeAction->setText(tr("Remove"));
        m_plotButton->setText(tr("Plot"));
        m_plotFieldsButton->setText(tr("Plot selected fields"));
        m_pauseButton->setText(m_pauseButton->isChecked() ? tr("Resume") : tr("Pause"));
        m_resetZoomButton->setText(tr("Reset zoom"));
        m_exportPngButton->setText(tr("Export PNG…"));
        m_exportCsvButton->setText(tr("Export CSV…"));
        m_seriesList->setHeaderLabels({tr("Series"), tr("Points"), tr("Skipped")});
        m_removeButton->setText(tr("Remove"));
        m_xAxis->setTitleText(tr("Time"));
    });
}

TopicChartView::~TopicChartView()
{
    if (m_data)
        disconnect(m_data, nullptr, this, nullptr);
}

void TopicChartView::setData(TopicChartData *data)
{
    if (m_data == data)
        return;
    if (m_data)
        disconnect(m_data, nullptr, this, nullptr);
    m_data = data;
    if (m_data) {
        connect(m_data, &TopicChartData::pointsAdded, this, &TopicChartView::scheduleRefresh);
        connect(m_data, &TopicChartData::linesChanged, this, [this] {
            syncLines();
            rebuildSeriesList();
            scheduleRefresh();
        });
        connect(m_data, &TopicChartData::seriesChanged, this, &TopicChartView::rebuildSeriesList);
        connect(m_data, &QObject::destroyed, this, [this] {
            m_data = nullptr;
            syncLines();
            rebuildSeriesList();
            validateFields();
        });
    }
    syncLines();
    rebuildSeriesList();
    validateFields();
    refresh();
}

QWidget *TopicChartView::chartWidget() const
{
    return m_chartView;
}

bool TopicChartView::plot(const QString &topic, const QString &jsonPath)
{
    if (!m_data) {
        showError(tr("There is no connection to plot from."));
        return false;
    }
    QString error;
    const int id = m_data->addSeries(topic, jsonPath, &error);
    if (id < 0) {
        showError(error);
        return false;
    }
    showError(QString());
    refresh(); // what the log already held, drawn at once
    for (int i = 0; i < m_data->lineCount(); ++i) {
        const TopicChartData::Line &line = m_data->line(i);
        if (line.seriesId == id && line.points.empty() && line.skipped > 0) {
            showError(tr("The messages on %1 so far hold no number at this path; the line starts with the "
                         "next one that does.")
                          .arg(line.topic));
            break;
        }
    }
    return true;
}

bool TopicChartView::plotTopic(const QString &topic)
{
    if (!m_data)
        return plot(topic);
    const QList<TopicChartData::Field> fields = m_data->numericFields(topic);
    const bool plain = std::any_of(fields.begin(), fields.end(),
                                   [](const TopicChartData::Field &f) { return f.path.isEmpty(); });
    if (fields.isEmpty() || plain)
        return plot(topic);
    if (fields.size() == 1)
        return plot(topic, fields.constFirst().path);
    chooseFields(topic);
    return false;
}

void TopicChartView::chooseFields(const QString &topic)
{
    const QList<TopicChartData::Field> fields = m_data ? m_data->numericFields(topic) : QList<TopicChartData::Field>();
    m_fieldTopic = topic;
    m_fieldList->clear();
    const QLocale locale;
    for (const TopicChartData::Field &field : fields) {
        const QString name = field.path.isEmpty() ? tr("(the payload)") : field.path;
        auto *item = new QListWidgetItem(tr("%1    latest %2").arg(name, locale.toString(field.latest, 'g', 8)),
                                         m_fieldList);
        item->setData(Qt::UserRole, field.path);
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
        item->setToolTip(tr("In %n of the recent messages", nullptr, field.messages));
    }
    m_plotFieldsButton->setEnabled(false);
    if (fields.isEmpty()) {
        m_fieldLabel->setText(tr("The recent messages on %1 hold no numbers to plot.").arg(topic));
        m_fieldList->setVisible(false);
    } else {
        m_fieldLabel->setText(
            tr("The messages on %1 are JSON. Tick the fields to plot (double-click plots one):").arg(topic));
        m_fieldList->setVisible(true);
    }
    m_fieldPanel->setVisible(true);
    showError(QString());
    if (!fields.isEmpty())
        m_fieldList->setFocus();
}

bool TopicChartView::isFieldChooserVisible() const
{
    return !m_fieldPanel->isHidden();
}

void TopicChartView::plotCheckedFields()
{
    const QString topic = m_fieldTopic;
    QStringList paths;
    for (int i = 0; i < m_fieldList->count(); ++i) {
        if (m_fieldList->item(i)->checkState() == Qt::Checked)
            paths.append(m_fieldList->item(i)->data(Qt::UserRole).toString());
    }
    bool allPlotted = !paths.isEmpty();
    QString firstError;
    for (const QString &path : std::as_const(paths)) {
        if (!plot(topic, path)) {
            allPlotted = false;
            if (firstError.isEmpty())
                firstError = errorText();
        }
    }
    if (allPlotted)
        hideFieldChooser();
    else
        showError(firstError);
}

void TopicChartView::hideFieldChooser()
{
    m_fieldPanel->setVisible(false);
    m_fieldList->clear();
    m_fieldTopic.clear();
}

// The path's drop-down: the numeric fields of the typed topic's recent messages.
void TopicChartView::updatePathChoices()
{
    const QString filter = m_filterEdit->text();
    QStringList paths;
    if (m_data && !filter.isEmpty() && !TopicFilter::validate(filter)) {
        const QList<TopicChartData::Field> fields = m_data->numericFields(filter);
        for (const TopicChartData::Field &field : fields) {
            if (!field.path.isEmpty())
                paths.append(field.path);
        }
    }
    QStringList current;
    for (int i = 0; i < m_pathCombo->count(); ++i)
        current.append(m_pathCombo->itemText(i));
    if (current == paths)
        return;
    const QString text = m_pathEdit->text();
    const QSignalBlocker blocker(m_pathEdit);
    m_pathCombo->clear();
    m_pathCombo->addItems(paths);
    m_pathCombo->setCurrentIndex(-1);
    m_pathCombo->setEditText(text);
}

void TopicChartView::plotFromFields()
{
    const QString filter = m_filterEdit->text();
    if (filter.isEmpty())
        return;
    if (m_pathEdit->text().trimmed().isEmpty()) {
        // A JSON topic needs a field: offer them rather than plot nothing.
        const QList<TopicChartData::Field> fields = m_data ? m_data->numericFields(filter)
                                                           : QList<TopicChartData::Field>();
        const bool plain = std::any_of(fields.begin(), fields.end(),
                                       [](const TopicChartData::Field &f) { return f.path.isEmpty(); });
        if (!fields.isEmpty() && !plain) {
            chooseFields(filter);
            m_filterEdit->clear();
            return;
        }
    }
    if (plot(filter, m_pathEdit->text())) {
        m_filterEdit->clear();
        m_pathEdit->clear();
    }
}

void TopicChartView::validateFields()
{
    const QString filter = m_filterEdit->text();
    QString error;
    if (!filter.isEmpty())
        error = TopicFilter::validate(filter).value_or(QString());
    if (error.isEmpty())
        isValidJsonPath(m_pathEdit->text(), &error);
    showError(error);
    m_plotButton->setEnabled(m_data && !filter.isEmpty() && error.isEmpty());
}

void TopicChartView::showError(const QString &text)
{
    m_errorLabel->setText(text);
    m_errorLabel->setVisible(!text.isEmpty());
}

QString TopicChartView::errorText() const
{
    return m_errorLabel->text();
}

void TopicChartView::removeSelectedSeries()
{
    const QList<QTreeWidgetItem *> selected = m_seriesList->selectedItems();
    if (selected.isEmpty() || !m_data)
        return;
    QList<int> ids;
    for (const QTreeWidgetItem *item : selected)
        ids.append(item->data(0, SeriesIdRole).toInt());
    for (int id : std::as_const(ids))
        m_data->removeSeries(id);
}

QColor TopicChartView::colorFor(int seriesId, const QString &topic)
{
    const QPair<int, QString> key(seriesId, topic);
    const auto it = m_colors.constFind(key);
    if (it != m_colors.constEnd())
        return it.value();
    const QColor color = lineColors().at(m_nextColor++ % lineColors().size());
    m_colors.insert(key, color);
    return color;
}

void TopicChartView::syncLines()
{
    const bool wasSetting = std::exchange(m_settingAxes, true);
    QHash<QPair<int, QString>, QLineSeries *> existing;
    for (const ShownLine &shown : std::as_const(m_lines))
        existing.insert({shown.seriesId, shown.topic}, shown.series);
    QList<ShownLine> next;
    const int count = m_data ? m_data->lineCount() : 0;
    for (int i = 0; i < count; ++i) {
        const TopicChartData::Line &line = m_data->line(i);
        const QPair<int, QString> key(line.seriesId, line.topic);
        QLineSeries *series = existing.take(key);
        if (!series) {
            series = new QLineSeries;
            series->setName(line.label);
            QPen pen(colorFor(line.seriesId, line.topic));
            pen.setWidthF(1.5);
            series->setPen(pen);
            m_chart->addSeries(series);
            series->attachAxis(m_xAxis);
            series->attachAxis(m_yAxes.constFirst());
            next.append(ShownLine{line.seriesId, line.topic, series, 0});
            continue;
        }
        int axis = 0;
        for (const ShownLine &shown : std::as_const(m_lines)) {
            if (shown.series == series)
                axis = shown.axis;
        }
        next.append(ShownLine{line.seriesId, line.topic, series, axis});
    }
    for (QLineSeries *gone : std::as_const(existing)) {
        m_chart->removeSeries(gone);
        delete gone;
    }
    m_lines = next;
    m_chart->legend()->setVisible(!m_lines.isEmpty() && m_lines.size() <= MaxLegendLines);
    updateAxisTitles();
    if (m_zoomed)
        applyZoom();
    m_settingAxes = wasSetting;
}

void TopicChartView::rebuildSeriesList()
{
    m_seriesList->clear();
    if (!m_data)
        return;
    QHash<int, QTreeWidgetItem *> items;
    const QList<TopicChartData::Series> series = m_data->series();
    for (const TopicChartData::Series &s : series) {
        auto *item = new QTreeWidgetItem(m_seriesList);
        item->setText(0, s.jsonPath.isEmpty() ? s.filter : s.filter + QStringLiteral(" · ") + s.jsonPath);
        item->setData(0, SeriesIdRole, s.id);
        item->setToolTip(0, tr("Topic filter %1, JSON path %2")
                                .arg(s.filter, s.jsonPath.isEmpty() ? tr("(none: the payload)") : s.jsonPath));
        items.insert(s.id, item);
    }
    for (int i = 0; i < m_data->lineCount(); ++i) {
        const TopicChartData::Line &line = m_data->line(i);
        QTreeWidgetItem *parent = items.value(line.seriesId);
        if (!parent)
            continue;
        auto *child = new QTreeWidgetItem(parent);
        child->setText(0, line.topic);
        child->setData(0, SeriesIdRole, line.seriesId);
        child->setData(0, LineIndexRole, i);
        const QIcon icon = swatch(colorFor(line.seriesId, line.topic));
        child->setIcon(0, icon);
        if (parent->childCount() == 1)
            parent->setIcon(0, icon);
    }
    m_seriesList->expandAll();
    m_removeButton->setEnabled(false);
    updateSeriesCounts();
}

void TopicChartView::updateSeriesCounts()
{
    if (!m_data)
        return;
    const QLocale locale;
    const QList<TopicChartData::Series> series = m_data->series();
    for (int top = 0; top < m_seriesList->topLevelItemCount(); ++top) {
        QTreeWidgetItem *item = m_seriesList->topLevelItem(top);
        qint64 points = 0;
        qint64 skipped = 0;
        const int id = item->data(0, SeriesIdRole).toInt();
        for (const TopicChartData::Series &s : series) {
            if (s.id != id)
                continue;
            skipped += s.skipped;
            if (s.unplotted > 0)
                item->setToolTip(1, tr("Only the first %1 topics are plotted; %2 messages on further topics were not.")
                                        .arg(TopicChartData::MaxLinesPerSeries)
                                        .arg(s.unplotted));
        }
        for (int c = 0; c < item->childCount(); ++c) {
            QTreeWidgetItem *child = item->child(c);
            const int index = child->data(0, LineIndexRole).toInt();
            if (index < 0 || index >= m_data->lineCount())
                continue;
            const TopicChartData::Line &line = m_data->line(index);
            points += qint64(line.points.size());
            skipped += line.skipped;
            child->setText(1, locale.toString(qint64(line.points.size())));
            child->setText(2, locale.toString(line.skipped));
        }
        item->setText(1, locale.toString(points));
        item->setText(2, locale.toString(skipped));
    }
}

void TopicChartView::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void TopicChartView::refresh()
{
    m_refreshTimer->stop();
    updateSeriesCounts();
    if (m_paused || !m_data)
        return;
    const bool wasSetting = std::exchange(m_settingAxes, true);
    qint64 from = std::numeric_limits<qint64>::max();
    qint64 to = std::numeric_limits<qint64>::min();
    if (m_zoomed) {
        from = m_zoomX.first;
        to = m_zoomX.second;
    } else {
        for (int i = 0; i < m_data->lineCount(); ++i) {
            const auto &points = m_data->line(i).points;
            if (!points.empty()) {
                from = std::min(from, points.front().timeMs);
                to = std::max(to, points.back().timeMs);
            }
        }
    }
    const int buckets = std::clamp(int(m_chart->plotArea().width()), 100, (MaxShownPoints - 2) / 2);
    for (int i = 0; i < m_lines.size() && i < m_data->lineCount(); ++i) {
        const auto &points = m_data->line(i).points;
        m_lines.at(i).series->replace(from <= to ? decimate(points, from, to, m_zoomed, buckets) : QList<QPointF>());
    }
    if (m_zoomed) {
        applyZoom();
    } else {
        arrangeAxes(axisGroups());
        autoRangeFromShown();
    }
    m_settingAxes = wasSetting;
}

// Lines of one series share an axis; series share one while the largest values of
// each are within a factor of MaxScaleRatio of each other.
QList<int> TopicChartView::axisGroups() const
{
    QList<int> seriesOrder;
    QHash<int, std::pair<double, double>> extent; // series id -> min, max shown
    for (const ShownLine &shown : std::as_const(m_lines)) {
        if (!seriesOrder.contains(shown.seriesId))
            seriesOrder.append(shown.seriesId);
        const QList<QPointF> points = shown.series->points();
        for (const QPointF &p : points) {
            auto it = extent.find(shown.seriesId);
            if (it == extent.end())
                extent.insert(shown.seriesId, {p.y(), p.y()});
            else
                *it = {std::min(it->first, p.y()), std::max(it->second, p.y())};
        }
    }
    QList<std::pair<double, double>> groupScale; // smallest and largest magnitude of each group
    QHash<int, int> groupOf;
    for (const int id : std::as_const(seriesOrder)) {
        const auto it = extent.constFind(id);
        const double magnitude = it == extent.constEnd() ? 0 : magnitudeOf(it->first, it->second);
        int group = -1;
        if (magnitude == 0) {
            group = 0; // nothing yet, or zeros: any scale will do
        } else {
            for (int g = 0; g < groupScale.size() && group < 0; ++g) {
                const auto [low, high] = groupScale.at(g);
                if (low > high || std::max(high, magnitude) <= MaxScaleRatio * std::min(low, magnitude))
                    group = g;
            }
            if (group < 0)
                group = int(groupScale.size());
        }
        while (groupScale.size() <= group)
            groupScale.append({std::numeric_limits<double>::max(), 0.0});
        if (magnitude > 0) {
            auto &[low, high] = groupScale[group];
            low = std::min(low, magnitude);
            high = std::max(high, magnitude);
        }
        groupOf.insert(id, group);
    }
    QList<int> groups;
    for (const ShownLine &shown : std::as_const(m_lines))
        groups.append(groupOf.value(shown.seriesId));
    return groups;
}

// One value axis per group, left and right in turn; each line attached to its group's.
void TopicChartView::arrangeAxes(const QList<int> &groups)
{
    int count = 1;
    for (const int g : groups)
        count = std::max(count, g + 1);
    bool changed = m_yAxes.size() != count;
    for (int i = 0; i < m_lines.size() && !changed; ++i)
        changed = m_lines.at(i).axis != groups.value(i);
    if (!changed && !m_yAxes.isEmpty())
        return;
    const bool wasSetting = std::exchange(m_settingAxes, true);
    while (m_yAxes.size() < count) {
        auto *axis = new QValueAxis(m_chart);
        axis->setTickType(QValueAxis::TicksDynamic);
        axis->setTickAnchor(0);
        axis->setTickInterval(0.2);
        axis->setRange(0, 1);
        m_chart->addAxis(axis, m_yAxes.size() % 2 == 0 ? Qt::AlignLeft : Qt::AlignRight);
        axis->setGridLineVisible(m_yAxes.isEmpty()); // the first axis's grid is enough
        connect(axis, &QValueAxis::rangeChanged, this, &TopicChartView::axisRangeChangedByUser);
        m_yAxes.append(axis);
    }
    for (int i = 0; i < m_lines.size(); ++i) {
        ShownLine &shown = m_lines[i];
        const int axis = groups.value(i);
        for (QAbstractAxis *attached : shown.series->attachedAxes()) {
            if (attached->orientation() == Qt::Vertical && attached != m_yAxes.at(axis))
                shown.series->detachAxis(attached);
        }
        if (!shown.series->attachedAxes().contains(m_yAxes.at(axis)))
            shown.series->attachAxis(m_yAxes.at(axis));
        shown.axis = axis;
    }
    while (m_yAxes.size() > count) {
        QValueAxis *gone = m_yAxes.takeLast();
        m_chart->removeAxis(gone);
        delete gone;
    }
    m_settingAxes = wasSetting;
    restyle();
}

void TopicChartView::autoRangeFromShown()
{
    const bool wasSetting = std::exchange(m_settingAxes, true);
    double xMin = std::numeric_limits<double>::max();
    double xMax = std::numeric_limits<double>::lowest();
    QList<std::pair<double, double>> y(m_yAxes.size(),
                                       {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
    for (const ShownLine &shown : std::as_const(m_lines)) {
        const QList<QPointF> points = shown.series->points();
        auto &[yMin, yMax] = y[std::clamp(shown.axis, 0, int(y.size()) - 1)];
        for (const QPointF &p : points) {
            xMin = std::min(xMin, p.x());
            xMax = std::max(xMax, p.x());
            yMin = std::min(yMin, p.y());
            yMax = std::max(yMax, p.y());
        }
    }
    m_firstShownMs = xMin > xMax ? -1 : qint64(xMin);
    m_lastShownMs = xMin > xMax ? -1 : qint64(xMax);
    showUntilNow();
    for (int axis = 0; axis < y.size(); ++axis) {
        auto [yMin, yMax] = y.at(axis);
        if (yMin > yMax)
            continue;
        if (yMin == yMax) {
            const double pad = yMin == 0 ? 1 : std::abs(yMin) * 0.1;
            yMin -= pad;
            yMax += pad;
        } else {
            const double pad = (yMax - yMin) * 0.05;
            yMin -= pad;
            yMax += pad;
        }
        setValueRange(axis, yMin, yMax, true); // ends on round numbers: both are labelled
    }
    m_settingAxes = wasSetting;
}

// Not zoomed or paused: the time axis from the first point drawn to now (or the last
// point, when it is later); before any point, the last minute.
void TopicChartView::followClock()
{
    if (!m_zoomed && !m_paused && isVisible()) // a hidden chart catches up when shown
        showUntilNow();
}

void TopicChartView::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    followClock();
}

void TopicChartView::showUntilNow()
{
    const qint64 now = m_clock();
    qint64 from = m_firstShownMs;
    qint64 to = std::max(now, m_lastShownMs);
    if (m_firstShownMs < 0)
        from = to - 60'000;
    if (from >= to) {
        from -= 1000;
        to += 1000;
    }
    setTimeRange(from, to, true);
}

void TopicChartView::setClock(std::function<qint64()> clock)
{
    m_clock = clock ? std::move(clock) : [] { return QDateTime::currentMSecsSinceEpoch(); };
    followClock();
}

void TopicChartView::setTimeRange(qint64 fromMs, qint64 toMs, bool round)
{
    const bool wasSetting = std::exchange(m_settingAxes, true);
    if (round) {
        setRoundTimeRange(m_xAxis, fromMs, toMs, int(m_chart->plotArea().width()));
        m_settingAxes = wasSetting;
        return;
    }
    m_xAxis->setTickCount(5);
    m_xAxis->setFormat(timeFormat(toMs - fromMs));
    m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(fromMs), QDateTime::fromMSecsSinceEpoch(toMs));
    m_settingAxes = wasSetting;
}

void TopicChartView::setValueRange(int axis, double min, double max, bool widen)
{
    if (axis < 0 || axis >= m_yAxes.size())
        return;
    const bool wasSetting = std::exchange(m_settingAxes, true);
    setRoundValueRange(m_yAxes.at(axis), min, max, widen, 0, int(m_chart->plotArea().height()));
    m_settingAxes = wasSetting;
}

void TopicChartView::applyZoom()
{
    setTimeRange(m_zoomX.first, m_zoomX.second, false);
    for (int axis = 0; axis < m_zoomY.size(); ++axis)
        setValueRange(axis, m_zoomY.at(axis).first, m_zoomY.at(axis).second, false);
}

void TopicChartView::axisRangeChangedByUser()
{
    if (m_settingAxes)
        return;
    m_zoomed = true;
    m_zoomX = xRange();
    m_zoomY.clear();
    for (int axis = 0; axis < m_yAxes.size(); ++axis)
        m_zoomY.append(yRange(axis));
    m_xAxis->setFormat(timeFormat(m_zoomX.second - m_zoomX.first));
    m_resetZoomButton->setEnabled(true);
    scheduleRefresh();
}

void TopicChartView::zoomToTimeRange(qint64 fromMs, qint64 toMs)
{
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs == fromMs)
        ++toMs;
    QList<std::pair<double, double>> y(m_yAxes.size(),
                                       {std::numeric_limits<double>::max(), std::numeric_limits<double>::lowest()});
    const int count = m_data ? m_data->lineCount() : 0;
    for (int i = 0; i < count && i < m_lines.size(); ++i) {
        const auto &points = m_data->line(i).points;
        auto &[yMin, yMax] = y[std::clamp(m_lines.at(i).axis, 0, int(y.size()) - 1)];
        auto it = std::lower_bound(points.begin(), points.end(), fromMs,
                                   [](const TopicChartData::Point &p, qint64 t) { return p.timeMs < t; });
        for (; it != points.end() && it->timeMs <= toMs; ++it) {
            yMin = std::min(yMin, it->value);
            yMax = std::max(yMax, it->value);
        }
    }
    for (int axis = 0; axis < y.size(); ++axis) {
        auto &[yMin, yMax] = y[axis];
        if (yMin > yMax) {
            std::tie(yMin, yMax) = yRange(axis);
        } else {
            const double pad = yMin == yMax ? (yMin == 0 ? 1 : std::abs(yMin) * 0.1) : (yMax - yMin) * 0.05;
            yMin -= pad;
            yMax += pad;
        }
    }
    m_zoomed = true;
    m_zoomX = {fromMs, toMs};
    m_zoomY = y;
    m_resetZoomButton->setEnabled(true);
    applyZoom();
    refresh();
}

void TopicChartView::resetZoom()
{
    m_zoomed = false;
    m_resetZoomButton->setEnabled(false);
    if (m_paused)
        autoRangeFromShown();
    else
        refresh();
}

void TopicChartView::setPaused(bool paused)
{
    if (m_paused == paused)
        return;
    m_paused = paused;
    {
        const QSignalBlocker blocker(m_pauseButton);
        m_pauseButton->setChecked(paused);
    }
    m_pauseButton->setText(paused ? tr("Resume") : tr("Pause"));
    if (!paused)
        refresh();
}

bool TopicChartView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_chartView->viewport() && event->type() == QEvent::Wheel) {
        const auto *wheel = static_cast<QWheelEvent *>(event);
        const int delta = wheel->angleDelta().y();
        if (delta == 0)
            return false;
        const QPointF chartPos = m_chart->mapFromScene(m_chartView->mapToScene(wheel->position().toPoint()));
        const auto [from, to] = xRange();
        const double center = std::clamp(m_chart->mapToValue(chartPos).x(), double(from), double(to));
        const double factor = std::pow(0.8, delta / 120.0);
        const qint64 newFrom = qint64(std::llround(center - (center - double(from)) * factor));
        const qint64 newTo = std::max(newFrom + 1, qint64(std::llround(center + (double(to) - center) * factor)));
        m_xAxis->setRange(QDateTime::fromMSecsSinceEpoch(newFrom), QDateTime::fromMSecsSinceEpoch(newTo));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int TopicChartView::shownPointCount(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return -1;
    return int(m_lines.at(line).series->count());
}

QList<QPointF> TopicChartView::shownPoints(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return {};
    return m_lines.at(line).series->points();
}

QString TopicChartView::shownLineName(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return {};
    return m_lines.at(line).series->name();
}

QColor TopicChartView::lineColor(int line) const
{
    if (line < 0 || line >= m_lines.size())
        return {};
    return m_lines.at(line).series->pen().color();
}

std::pair<qint64, qint64> TopicChartView::xRange() const
{
    return {m_xAxis->min().toMSecsSinceEpoch(), m_xAxis->max().toMSecsSinceEpoch()};
}

std::pair<double, double> TopicChartView::yRange(int axis) const
{
    if (axis < 0 || axis >= m_yAxes.size())
        return {0, 0};
    return {m_yAxes.at(axis)->min(), m_yAxes.at(axis)->max()};
}

int TopicChartView::lineAxis(int line) const
{
    return line < 0 || line >= m_lines.size() ? -1 : m_lines.at(line).axis;
}

QString TopicChartView::valueAxisTitle(int axis) const
{
    return axis < 0 || axis >= m_yAxes.size() ? QString() : m_yAxes.at(axis)->titleText();
}

QList<double> TopicChartView::valueAxisTicks(int axis) const
{
    QList<double> ticks;
    if (axis < 0 || axis >= m_yAxes.size())
        return ticks;
    const QValueAxis *y = m_yAxes.at(axis);
    const double step = y->tickInterval();
    if (!(step > 0))
        return ticks;
    for (double tick = std::ceil((y->min() - y->tickAnchor()) / step - 1e-9) * step + y->tickAnchor();
         tick <= y->max() + step * 1e-9 && ticks.size() < 1000; tick += step)
        ticks.append(std::abs(tick) < step * 1e-9 ? 0.0 : tick);
    return ticks;
}

void TopicChartView::updateAxisTitles()
{
    const QList<TopicChartData::Series> series = m_data ? m_data->series() : QList<TopicChartData::Series>();
    for (int axis = 0; axis < m_yAxes.size(); ++axis) {
        QStringList names;
        for (const ShownLine &shown : std::as_const(m_lines)) {
            for (const TopicChartData::Series &s : series) {
                const QString name = s.jsonPath.isEmpty() ? s.filter : s.jsonPath;
                if (shown.axis == axis && s.id == shown.seriesId && !names.contains(name))
                    names.append(name);
            }
        }
        const QString title = names.join(QStringLiteral(", "));
        if (m_yAxes.at(axis)->titleText() != title)
            m_yAxes.at(axis)->setTitleText(title);
    }
}

void TopicChartView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

// The chart in the palette's colours; with several value axes, each axis in the colour
// of its first line and titled with its series' fields.
void TopicChartView::restyle()
{
    styleChart(m_chart, palette());
    if (m_chartView)
        m_chartView->setBackgroundBrush(palette().color(QPalette::Base));
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor());
    m_errorLabel->setPalette(errorPalette);
    updateAxisTitles();
    for (int axis = 0; axis < m_yAxes.size() && m_yAxes.size() > 1; ++axis) {
        QColor color;
        for (const ShownLine &shown : std::as_const(m_lines)) {
            if (shown.axis == axis && !color.isValid())
                color = shown.series->pen().color();
        }
        QValueAxis *y = m_yAxes.at(axis);
        if (color.isValid()) {
            y->setLabelsColor(color);
            y->setTitleBrush(color);
            QPen line = y->linePen();
            line.setColor(color);
            y->setLinePen(line);
        }
    }
}

bool TopicChartView::exportPng(const QString &path)
{
    const QPixmap pixmap = m_chartView->grab();
    return !pixmap.isNull() && pixmap.save(path, "PNG");
}

bool TopicChartView::exportCsv(const QString &path)
{
    if (!m_data)
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return false;
    const QByteArray csv = m_data->toCsv();
    if (file.write(csv) != csv.size())
        return false;
    return file.commit();
}

void TopicChartView::exportPngClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart as PNG"), QStringLiteral("chart.png"),
                                                      tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!exportPng(path))
        showError(tr("Could not write the image to %1.").arg(path));
}

void TopicChartView::exportCsvClicked()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart data as CSV"), QStringLiteral("chart.csv"),
                                                      tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (!exportCsv(path))
        showError(tr("Could not write the data to %1.").arg(path));
}

// The texts set again in a new language (retranslate()).
void TopicChartView::retranslateUi()
{
    m_filterEdit->setPlaceholderText(tr("Topic filter, e.g. sensors/+/temperature"));
    m_pathEdit->setPlaceholderText(tr("JSON path (optional), e.g. data.values[0]"));
    m_pathCombo->setToolTip(tr("Empty: the payload itself is the number. Otherwise the field of a JSON payload, "
                               "as in temp, a.b.c, values[2] or $.a[0].b; the list holds the numeric fields of "
                               "the topic's recent messages."));
    m_pauseButton->setToolTip(tr("Freeze the chart; data keeps being collected"));
}

} // namespace Signalbox
