#include "brokerdashboard.h"

#include "retranslate.h"
#include "chartaxes.h"
#include "models/datasize.h"
#include "theme.h"

#include <QChart>
#include <QComboBox>
#include <QChartView>
#include <QDateTime>
#include <QDateTimeAxis>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QLocale>
#include <QPushButton>
#include <QScrollArea>
#include <QTimer>
#include <QValueAxis>
#include <QVBoxLayout>

#include <algorithm>
#include <cmath>

namespace Signalbox {

namespace {

QString formatDuration(qint64 seconds)
{
    const qint64 days = seconds / 86400;
    const QString hms = QStringLiteral("%1:%2:%3")
                            .arg((seconds % 86400) / 3600, 2, 10, QLatin1Char('0'))
                            .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'))
                            .arg(seconds % 60, 2, 10, QLatin1Char('0'));
    return days > 0 ? BrokerDashboard::tr("%n day(s) %1", nullptr, int(days)).arg(hms) : hms;
}

QString formatValue(double value, BrokerStats::Unit unit)
{
    const QLocale locale;
    switch (unit) {
    case BrokerStats::Unit::Bytes:
        return formatDataSize(qint64(value));
    case BrokerStats::Unit::BytesPerSecond:
        return BrokerDashboard::tr("%1/s").arg(formatDataSize(std::llround(value)));
    case BrokerStats::Unit::BytesPerMinute:
        return BrokerDashboard::tr("%1/min").arg(formatDataSize(std::llround(value)));
    case BrokerStats::Unit::PerSecond:
        return BrokerDashboard::tr("%1/s").arg(locale.toString(value, 'f', value < 10 ? 1 : 0));
    case BrokerStats::Unit::PerMinute:
        return BrokerDashboard::tr("%1/min").arg(locale.toString(value, 'f', value < 10 ? 1 : 0));
    case BrokerStats::Unit::Seconds:
        return formatDuration(qint64(std::llround(value)));
    case BrokerStats::Unit::Count:
    case BrokerStats::Unit::None:
        break;
    }
    return locale.toString(qint64(std::llround(value)));
}

} // namespace

BrokerDashboard::BrokerDashboard(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    m_header = new QLabel(this);
    m_header->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont headerFont = m_header->font();
    headerFont.setBold(true);
    m_header->setFont(headerFont);
    top->addWidget(m_header, 1);
    m_subscribeButton = new QPushButton(tr("Subscribe to $SYS/#"), this);
    connect(m_subscribeButton, &QPushButton::clicked, this, &BrokerDashboard::subscribeSysRequested);
    top->addWidget(m_subscribeButton);
    layout->addLayout(top);

    m_hint = new QLabel(tr("No $SYS messages yet. A plain '#' does not match $SYS topics: subscribe to "
                           "$SYS/# to see the broker's statistics (some brokers allow it only to "
                           "local or privileged clients)."),
                        this);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    auto *tiles = new QGridLayout;
    const QList<std::pair<QString, QString>> tileList{
        {QStringLiteral("clients/connected"), tr("Clients connected")},
        {QStringLiteral("clients/total"), tr("Clients total")},
        {QStringLiteral("rate/messages/received"), tr("Messages in")},
        {QStringLiteral("rate/messages/sent"), tr("Messages out")},
        {QStringLiteral("rate/bytes/received"), tr("Bytes in")},
        {QStringLiteral("rate/bytes/sent"), tr("Bytes out")},
        {QStringLiteral("subscriptions/count"), tr("Subscriptions")},
        {QStringLiteral("retained messages/count"), tr("Retained")},
        {QStringLiteral("store/messages/count"), tr("Stored messages")},
        {QStringLiteral("heap/current"), tr("Heap")},
        {QStringLiteral("load/messages/received/1min"), tr("Load in (1 min)")},
        {QStringLiteral("load/messages/sent/1min"), tr("Load out (1 min)")},
        {QStringLiteral("load/connections/1min"), tr("Connections (1 min)")},
        {QStringLiteral("load/sockets/1min"), tr("Sockets (1 min)")},
        {QStringLiteral("uptime"), tr("Uptime")},
    };
    constexpr int Columns = 5;
    for (qsizetype i = 0; i < tileList.size(); ++i)
        tiles->addWidget(makeTile(tileList.at(i).first, tileList.at(i).second), int(i / Columns), int(i % Columns));
    layout->addLayout(tiles);

    auto *charts = new QGridLayout;
    const QList<QChart *> chartList{
        makeChart(tr("Messages per second"), {{QStringLiteral("rate/messages/received"), tr("in")},
                                              {QStringLiteral("rate/messages/sent"), tr("out")}}),
        makeChart(tr("Clients connected"), {{QStringLiteral("clients/connected"), tr("connected")}}),
        makeChart(tr("Bytes per second"),
                  {{QStringLiteral("rate/bytes/received"), tr("in")}, {QStringLiteral("rate/bytes/sent"), tr("out")}}),
    };
    for (qsizetype i = 0; i < chartList.size(); ++i) {
        auto *view = new QChartView(chartList.at(i), this);
        m_chartViews.append(view);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(180);
        charts->addWidget(view, int(i / 2), int(i % 2));
    }
    // Any other metric: chosen here or by clicking its tile.
    m_metricChart = makeChart(QString(), {{QStringLiteral("metric"), QString()}});
    auto *metricPane = new QWidget(this);
    auto *metricLayout = new QVBoxLayout(metricPane);
    metricLayout->setContentsMargins(0, 0, 0, 0);
    m_metricCombo = new QComboBox(metricPane);
    m_metricCombo->setObjectName(QStringLiteral("metricChooser"));
    connect(m_metricCombo, &QComboBox::activated, this,
            [this](int index) { showMetric(m_metricCombo->itemData(index).toString()); });
    auto *metricView = new QChartView(m_metricChart, metricPane);
    m_chartViews.append(metricView);
    metricView->setRenderHint(QPainter::Antialiasing);
    metricView->setMinimumHeight(180);
    metricLayout->addWidget(m_metricCombo);
    metricLayout->addWidget(metricView, 1);
    charts->addWidget(metricPane, 1, 1);
    layout->addLayout(charts, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(RefreshIntervalMs);
    connect(m_refreshTimer, &QTimer::timeout, this, &BrokerDashboard::refresh);

    restyle();
    refresh();
    // In a new language: the tiles' and charts' titles and the series' names again.
    retranslate(this, [this, made = false]() mutable {
        retranslateUi();
        if (!made) {
            made = true;
            return;
        }
        m_subscribeButton->setText(tr("Subscribe to $SYS/#"));
        m_hint->setText(tr("No $SYS messages yet. A plain '#' does not match $SYS topics: subscribe to "
                           "$SYS/# to see the broker's statistics (some brokers allow it only to "
                           "local or privileged clients)."));
        const QHash<QString, QString> titles{
            {QStringLiteral("clients/connected"), tr("Clients connected")},
            {QStringLiteral("clients/total"), tr("Clients total")},
            {QStringLiteral("rate/messages/received"), tr("Messages in")},
            {QStringLiteral("rate/messages/sent"), tr("Messages out")},
            {QStringLiteral("rate/bytes/received"), tr("Bytes in")},
            {QStringLiteral("rate/bytes/sent"), tr("Bytes out")},
            {QStringLiteral("subscriptions/count"), tr("Subscriptions")},
            {QStringLiteral("retained messages/count"), tr("Retained")},
            {QStringLiteral("store/messages/count"), tr("Stored messages")},
            {QStringLiteral("heap/current"), tr("Heap")},
            {QStringLiteral("load/messages/received/1min"), tr("Load in (1 min)")},
            {QStringLiteral("load/messages/sent/1min"), tr("Load out (1 min)")},
            {QStringLiteral("load/connections/1min"), tr("Connections (1 min)")},
            {QStringLiteral("load/sockets/1min"), tr("Sockets (1 min)")},
            {QStringLiteral("uptime"), tr("Uptime")},
        };
        for (auto it = m_tileFrames.cbegin(); it != m_tileFrames.cend(); ++it) {
            if (auto *title = it.key()->findChild<QLabel *>(QStringLiteral("tileTitle")))
                title->setText(titles.value(it.value(), title->text()));
            if (auto *frame = qobject_cast<QWidget *>(it.key()))
                frame->setToolTip(BrokerStats::metricInfo(it.value()).displayName);
        }
        updateMetricChoices();
        refresh(); // the header and the values' units
        const QStringList chartTitles{tr("Messages per second"), tr("Clients connected"), tr("Bytes per second")};
        for (int i = 0; i < chartTitles.size() && i < m_charts.size(); ++i) {
            m_charts.at(i)->setTitle(chartTitles.at(i));
            for (QAbstractSeries *series : m_charts.at(i)->series()) {
                const QString key = series->property("metricKey").toString();
                if (key.endsWith(QLatin1String("/received")))
                    series->setName(tr("in"));
                else if (key.endsWith(QLatin1String("/sent")))
                    series->setName(tr("out"));
                else if (key == QLatin1String("clients/connected"))
                    series->setName(tr("connected"));
            }
        }
    });
}

void BrokerDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::ApplicationPaletteChange)
        restyle();
    QWidget::changeEvent(event);
}

void BrokerDashboard::restyle()
{
    for (QChart *chart : std::as_const(m_charts))
        styleChart(chart, palette());
    for (QWidget *view : std::as_const(m_chartViews))
        static_cast<QChartView *>(view)->setBackgroundBrush(palette().color(QPalette::Base));
}

QWidget *BrokerDashboard::makeTile(const QString &key, const QString &title)
{
    auto *frame = new QFrame(this);
    frame->setFrameShape(QFrame::StyledPanel);
    auto *box = new QVBoxLayout(frame);
    auto *titleLabel = new QLabel(title, frame);
    titleLabel->setObjectName(QStringLiteral("tileTitle"));
    const BrokerStats::MetricInfo info = BrokerStats::metricInfo(key);
    if (!info.displayName.isEmpty())
        frame->setToolTip(info.displayName);
    auto *value = new QLabel(frame);
    QFont valueFont = value->font();
    valueFont.setPointSizeF(valueFont.pointSizeF() * 1.5);
    valueFont.setBold(true);
    value->setFont(valueFont);
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    box->addWidget(titleLabel);
    box->addWidget(value);
    m_tileKeys.append(key);
    m_tiles.insert(key, value);
    m_tileFrames.insert(frame, key);
    frame->installEventFilter(this);
    frame->setCursor(Qt::PointingHandCursor);
    return frame;
}

QChart *BrokerDashboard::makeChart(const QString &title, const QList<std::pair<QString, QString>> &series)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setVisible(series.size() > 1);
    auto *x = new QDateTimeAxis(chart);
    x->setFormat(QStringLiteral("HH:mm:ss"));
    x->setTickCount(4);
    auto *y = new QValueAxis(chart);
    y->setLabelFormat(QStringLiteral("%.0f"));
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (const auto &[key, name] : series) {
        auto *line = new QLineSeries(chart);
        line->setName(name);
        line->setProperty("metricKey", key); // its name is given again in a new language
        chart->addSeries(line);
        line->attachAxis(x);
        line->attachAxis(y);
        m_series.insert(key, line);
    }
    m_charts.append(chart);
    return chart;
}

void BrokerDashboard::setStats(BrokerStats *stats)
{
    if (m_stats == stats)
        return;
    if (m_stats)
        disconnect(m_stats, nullptr, this, nullptr);
    m_stats = stats;
    if (m_stats) {
        connect(m_stats, &BrokerStats::updated, this, &BrokerDashboard::scheduleRefresh);
        connect(m_stats, &QObject::destroyed, this, &BrokerDashboard::scheduleRefresh);
    }
    refresh();
}

void BrokerDashboard::scheduleRefresh()
{
    if (!m_refreshTimer->isActive())
        m_refreshTimer->start();
}

void BrokerDashboard::refresh()
{
    m_refreshTimer->stop();
    const BrokerStats *stats = m_stats.data();
    const bool empty = !stats || stats->isEmpty();
    m_hint->setVisible(empty);

    if (empty) {
        m_header->setText(tr("Broker statistics ($SYS)"));
    } else {
        QString kind = stats->brokerKindName();
        if (kind.isEmpty())
            kind = tr("Unknown broker");
        QStringList parts{kind};
        if (!stats->version().isEmpty() && !stats->version().startsWith(kind, Qt::CaseInsensitive))
            parts.append(stats->version());
        else if (!stats->version().isEmpty())
            parts.first() = stats->version();
        if (!stats->nodeName().isEmpty())
            parts.append(stats->nodeName());
        if (stats->uptimeSeconds() >= 0)
            parts.append(tr("up %1").arg(formatDuration(stats->uptimeSeconds())));
        m_header->setText(parts.join(QStringLiteral(" · ")));
    }

    for (auto it = m_tiles.cbegin(); it != m_tiles.cend(); ++it) {
        const std::optional<double> value = stats ? stats->current(it.key()) : std::nullopt;
        it.value()->setText(value ? formatValue(*value, BrokerStats::metricInfo(it.key()).unit) : QStringLiteral("–"));
    }

    // A broker publishes a $SYS value only when it changes, so a level (clients
    // connected) holds until the next sample: drawn as steps and carried on to
    // now, which also makes a single sample visible. Rates are drawn between
    // their samples, a lone one as a dot.
    const double now = double(QDateTime::currentMSecsSinceEpoch());
    updateMetricChoices();
    for (auto it = m_series.cbegin(); it != m_series.cend(); ++it) {
        const QString key = it.key() == QLatin1String("metric") ? m_metricKey : it.key();
        const QList<BrokerStats::Sample> samples = stats && !key.isEmpty() ? stats->series(key)
                                                                           : QList<BrokerStats::Sample>();
        const bool level = !key.startsWith(QLatin1String("rate/")) && !key.startsWith(QLatin1String("load/"));
        QList<QPointF> points;
        points.reserve(level ? samples.size() * 2 + 1 : samples.size());
        for (const BrokerStats::Sample &s : samples) {
            if (level && !points.isEmpty())
                points.append(QPointF(double(s.timeMs), points.constLast().y()));
            points.append(QPointF(double(s.timeMs), s.value));
        }
        if (level && !points.isEmpty() && now > points.constLast().x())
            points.append(QPointF(now, points.constLast().y()));
        it.value()->setPointsVisible(!level && samples.size() == 1);
        it.value()->replace(points);
        m_sampleCounts.insert(it.key(), int(samples.size()));
    }
    for (QChart *chart : std::as_const(m_charts))
        updateChart(chart);
}

void BrokerDashboard::updateChart(QChart *chart)
{
    double minX = 0, maxX = 0, maxY = 0;
    bool any = false;
    const QList<QAbstractSeries *> all = chart->series();
    for (QAbstractSeries *abstract : all) {
        const auto *line = static_cast<QLineSeries *>(abstract);
        const QList<QPointF> points = line->points();
        for (const QPointF &p : points) {
            if (!any) {
                minX = maxX = p.x();
                any = true;
            }
            minX = std::min(minX, p.x());
            maxX = std::max(maxX, p.x());
            maxY = std::max(maxY, p.y());
        }
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!any)
        minX = maxX = double(now);
    if (maxX - minX < 60000)
        minX = maxX - 60000;
    const QList<QAbstractAxis *> xs = chart->axes(Qt::Horizontal);
    const QList<QAbstractAxis *> ys = chart->axes(Qt::Vertical);
    if (!xs.isEmpty())
        setRoundTimeRange(static_cast<QDateTimeAxis *>(xs.first()), qint64(minX), qint64(maxX),
                          int(chart->plotArea().width()));
    if (!ys.isEmpty()) {
        // From zero to a round number above the highest value; counts (2 clients) in
        // whole steps, so that labels such as "1, 1, 2" cannot happen.
        setRoundValueRange(static_cast<QValueAxis *>(ys.first()), 0, maxY > 0 ? maxY * 1.05 : 1, true, 1,
                           int(chart->plotArea().height()));
    }
}

QString BrokerDashboard::tileText(const QString &key) const
{
    const QLabel *label = m_tiles.value(key);
    return label ? label->text() : QString();
}

QString BrokerDashboard::headerText() const
{
    return m_header->text();
}

bool BrokerDashboard::isHintVisible() const
{
    return !m_hint->isHidden();
}

void BrokerDashboard::showMetric(const QString &key)
{
    m_metricKey = key;
    const BrokerStats::MetricInfo info = BrokerStats::metricInfo(key);
    m_metricChart->setTitle(info.displayName.isEmpty() ? key : info.displayName);
    const int index = m_metricCombo->findData(key);
    if (index >= 0)
        m_metricCombo->setCurrentIndex(index);
    refresh();
}

QStringList BrokerDashboard::metricChoices() const
{
    QStringList keys;
    for (int i = 0; i < m_metricCombo->count(); ++i)
        keys << m_metricCombo->itemData(i).toString();
    return keys;
}

// The chooser offers every numeric key with samples, by name.
void BrokerDashboard::updateMetricChoices()
{
    QStringList keys = m_stats ? m_stats->keys() : QStringList();
    if (keys.size() == m_metricCombo->count())
        return; // keys are only ever added
    QList<std::pair<QString, QString>> named;
    for (const QString &key : std::as_const(keys)) {
        const QString name = BrokerStats::metricInfo(key).displayName;
        named.append({name.isEmpty() ? key : name, key});
    }
    std::sort(named.begin(), named.end(),
              [](const auto &a, const auto &b) { return QString::localeAwareCompare(a.first, b.first) < 0; });
    const QSignalBlocker blocker(m_metricCombo);
    m_metricCombo->clear();
    for (const auto &[name, key] : std::as_const(named))
        m_metricCombo->addItem(name, key);
    if (m_metricKey.isEmpty() && !named.isEmpty()) {
        // start with the first figure that has no chart of its own
        for (const auto &[name, key] : std::as_const(named)) {
            if (!m_series.contains(key)) {
                m_metricKey = key;
                m_metricChart->setTitle(name);
                break;
            }
        }
    }
    const int index = m_metricCombo->findData(m_metricKey);
    if (index >= 0)
        m_metricCombo->setCurrentIndex(index);
}

bool BrokerDashboard::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::MouseButtonRelease && m_tileFrames.contains(watched)) {
        showMetric(m_tileFrames.value(watched));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

int BrokerDashboard::chartPointCount(const QString &key) const
{
    if (!m_series.contains(key) && key == m_metricKey)
        return m_sampleCounts.value(QStringLiteral("metric"));
    return m_series.contains(key) ? m_sampleCounts.value(key) : -1;
}

QList<QPointF> BrokerDashboard::chartPoints(const QString &key) const
{
    const QLineSeries *line = m_series.value(key == m_metricKey && !m_series.contains(key) ? QStringLiteral("metric")
                                                                                           : key);
    return line ? line->points() : QList<QPointF>();
}

// The texts set again in a new language (retranslate()).
void BrokerDashboard::retranslateUi()
{
    m_subscribeButton->setToolTip(tr("Subscribe this connection to the broker's $SYS topics"));
    m_metricCombo->setToolTip(tr("Chart any figure the broker publishes"));
}

} // namespace Signalbox
