#include "sparkplugview.h"

#include "models/sparkplughostmodel.h"
#include "retranslate.h"
#include "theme.h"

#include <QAction>
#include <QApplication>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPixmap>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyle>
#include <QTreeView>
#include <QVBoxLayout>

#include <iterator>

namespace Signalbox {

namespace {

using Model = SparkplugHostModel;

constexpr int IssueGroupRole = Qt::UserRole;
constexpr int IssueNodeRole = Qt::UserRole + 1;
constexpr int IssueDeviceRole = Qt::UserRole + 2;

QColor onlineColor()
{
    return isDarkTheme() ? QColor(110, 200, 120) : QColor(46, 125, 50);
}

// A metric the charts can plot: one with a name (an unknown alias has none) whose
// datatype is a number or a Boolean, or, before any message gave it a datatype,
// whose value is one.
bool plottable(const QModelIndex &index)
{
    if (Model::Kind(index.data(Model::KindRole).toInt()) != Model::Kind::Metric
        || index.data(Model::MetricNameRole).toString().isEmpty())
        return false;
    const uint datatype = index.data(Model::DatatypeRole).toUInt();
    if (datatype == uint(SparkplugDataType::Unknown))
        return index.data(Model::NumericValueRole).isValid();
    return datatype >= uint(SparkplugDataType::Int8) && datatype <= uint(SparkplugDataType::Boolean);
}

// The topic a metric's values come on: its node's NDATA or its device's DDATA.
QString dataTopic(const QModelIndex &metric)
{
    const QString group = metric.data(Model::GroupRole).toString();
    const QString node = metric.data(Model::EdgeNodeRole).toString();
    const QString device = metric.data(Model::DeviceRole).toString();
    return device.isEmpty() ? QStringLiteral("spBv1.0/%1/NDATA/%2").arg(group, node)
                            : QStringLiteral("spBv1.0/%1/DDATA/%2/%3").arg(group, node, device);
}

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(Qt::NoPen);
    painter.setBrush(color);
    painter.drawEllipse(QRectF(2, 2, 8, 8));
    return QIcon(pixmap);
}

// The filter on names (a row stays when it or a row below it matches), and the
// state as a dot, a warning sign and colours from the theme.
class StatusProxy : public QSortFilterProxyModel
{
public:
    explicit StatusProxy(QWidget *view) : QSortFilterProxyModel(view), m_view(view)
    {
        setRecursiveFilteringEnabled(true);
        setFilterCaseSensitivity(Qt::CaseInsensitive);
        setFilterKeyColumn(Model::NameColumn);
    }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role != Qt::DecorationRole && role != Qt::ForegroundRole)
            return QSortFilterProxyModel::data(index, role);
        const auto status = Model::Status(index.data(Model::StatusRole).toInt());
        const bool flagged = !index.data(Model::IssueRole).toString().isEmpty();
        if (role == Qt::ForegroundRole) {
            if (index.column() == Model::IssueColumn && flagged)
                return warningTextColor();
            if (status == Model::Status::Offline || status == Model::Status::NoBirth)
                return m_view->palette().color(QPalette::Disabled, QPalette::Text);
            return {};
        }
        if (index.column() != Model::NameColumn)
            return {};
        if (flagged)
            return m_view->style()->standardIcon(QStyle::SP_MessageBoxWarning);
        switch (status) {
        case Model::Status::Online:
            return icon(onlineColor());
        case Model::Status::Offline:
            return icon(m_view->palette().color(QPalette::Disabled, QPalette::Text));
        case Model::Status::NoBirth:
            return icon(warningTextColor());
        case Model::Status::None:
            break;
        }
        return {};
    }

private:
    QIcon icon(const QColor &color) const
    {
        auto it = m_icons.constFind(color.rgba());
        if (it == m_icons.cend())
            it = m_icons.insert(color.rgba(), dot(color));
        return *it;
    }

    QWidget *m_view;
    mutable QHash<QRgb, QIcon> m_icons;
};

} // namespace

SparkplugView::SparkplugView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new StatusProxy(this))
    , m_tree(new QTreeView(this))
    , m_filter(new QLineEdit(this))
    , m_rebirth(new QPushButton(this))
    , m_plot(new QPushButton(this))
    , m_plotAction(new QAction(this))
    , m_issuesTitle(new QLabel(this))
    , m_issues(new QListWidget(this))
{
    setObjectName(QStringLiteral("sparkplugView"));
    m_filter->setObjectName(QStringLiteral("sparkplugFilter"));
    m_filter->setClearButtonEnabled(true);
    m_rebirth->setObjectName(QStringLiteral("sparkplugRebirth"));
    m_rebirth->setEnabled(false);
    m_plot->setObjectName(QStringLiteral("sparkplugPlot"));
    m_plot->setEnabled(false);
    m_plotAction->setEnabled(false);
    m_tree->setObjectName(QStringLiteral("sparkplugTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    m_tree->setAlternatingRowColors(true);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setTextElideMode(Qt::ElideRight);
    m_tree->header()->setStretchLastSection(true);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    m_issues->setObjectName(QStringLiteral("sparkplugIssues"));
    m_issues->setUniformItemSizes(true);
    m_issues->setWordWrap(false);
    const int iconSize = fontMetrics().height();
    m_issues->setIconSize(QSize(iconSize, iconSize));

    retranslate(this, [this] {
        m_filter->setPlaceholderText(tr("Filter groups, nodes, devices and metrics"));
        m_rebirth->setText(tr("Request rebirth"));
        m_rebirth->setToolTip(tr("Sends the selected edge node an NCMD with Node Control/Rebirth, which asks it to "
                                 "publish its birth certificates again."));
        m_plot->setText(tr("Plot"));
        m_plot->setToolTip(tr("Charts the selected metric's values from its node's NDATA or its device's DDATA."));
        m_plotAction->setText(tr("Plot"));
        m_issuesTitle->setText(tr("Issues, newest first"));
        m_issues->setToolTip(tr("What broke the Sparkplug specification: choose one to select its node."));
        // The model's texts (column names, states) in the new language.
        m_proxy->headerDataChanged(Qt::Horizontal, 0, Model::ColumnCount - 1);
        m_tree->viewport()->update();
    });

    auto *controls = new QHBoxLayout;
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_plot);
    controls->addWidget(m_rebirth);

    auto *issuesPane = new QWidget(this);
    auto *issuesLayout = new QVBoxLayout(issuesPane);
    issuesLayout->setContentsMargins(0, 0, 0, 0);
    issuesLayout->addWidget(m_issuesTitle);
    issuesLayout->addWidget(m_issues);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(m_tree);
    splitter->addWidget(issuesPane);
    splitter->setStretchFactor(0, 4);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        if (!text.isEmpty())
            m_tree->expandAll();
    });
    connect(m_rebirth, &QPushButton::clicked, this, &SparkplugView::requestRebirth);
    connect(m_plot, &QPushButton::clicked, this, &SparkplugView::requestPlot);
    connect(m_plotAction, &QAction::triggered, this, &SparkplugView::requestPlot);
    connect(m_tree, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_tree->indexAt(pos);
        if (!index.isValid())
            return;
        m_tree->setCurrentIndex(index); // what the menu's actions act on
        QMenu menu(this);
        menu.addAction(m_plotAction);
        menu.exec(m_tree->viewport()->mapToGlobal(pos));
    });
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &SparkplugView::updateActions);
    // A metric's datatype or value may change what Plot can do with it.
    connect(m_proxy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &topLeft, const QModelIndex &bottomRight) {
                const QModelIndex current = m_tree->currentIndex();
                if (current.isValid() && current.parent() == topLeft.parent() && current.row() >= topLeft.row()
                    && current.row() <= bottomRight.row())
                    updateActions();
            });
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &SparkplugView::expandTopLevel);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, [this] {
        expandTopLevel({}, 0, m_proxy->rowCount() - 1);
        updateActions();
    });
    connect(m_issues, &QListWidget::currentRowChanged, this, &SparkplugView::showIssueNode);
}

SparkplugView::~SparkplugView() = default;

void SparkplugView::setModel(SparkplugHostModel *model)
{
    for (const QMetaObject::Connection &c : std::as_const(m_modelConnections))
        disconnect(c);
    m_modelConnections.clear();
    m_model = model;
    m_proxy->setSourceModel(model);
    if (model) {
        m_modelConnections << connect(model, &SparkplugHostModel::issueFound, this, [this] { addIssue(0); });
        m_modelConnections << connect(model, &QAbstractItemModel::modelReset, this, &SparkplugView::reloadIssues);
    }
    reloadIssues();
    sizeColumns();
    expandTopLevel({}, 0, m_proxy->rowCount() - 1);
    updateActions();
}

SparkplugHostModel *SparkplugView::model() const
{
    return m_model;
}

QModelIndex SparkplugView::currentIndex() const
{
    return m_proxy->mapToSource(m_tree->currentIndex());
}

void SparkplugView::setCurrentIndex(const QModelIndex &index)
{
    const QModelIndex shown = m_proxy->mapFromSource(index);
    if (!shown.isValid())
        return;
    m_tree->scrollTo(shown);
    m_tree->setCurrentIndex(shown);
}

// Widths for what each column usually holds (names below three levels of
// indentation, a timestamp to the millisecond); the issue takes the rest.
void SparkplugView::sizeColumns()
{
    const QFontMetrics metrics = fontMetrics();
    const int digit = metrics.horizontalAdvance(QLatin1Char('0'));
    const int time = metrics.horizontalAdvance(QStringLiteral("8888-88-88 88:88:88.888")) + 2 * digit;
    const int widths[] = {20 * digit + 3 * m_tree->indentation(), 9 * digit, 12 * digit, time, 7 * digit, 12 * digit};
    for (int column = 0; column < int(std::size(widths)) && column < m_tree->header()->count(); ++column)
        m_tree->header()->resizeSection(column, widths[column]);
}

void SparkplugView::requestRebirth()
{
    if (!m_model)
        return;
    if (const std::optional<OutgoingMessage> request = m_model->rebirthRequest(currentIndex()))
        emit publishRequested(*request);
}

void SparkplugView::requestPlot()
{
    const QModelIndex current = currentIndex();
    if (!m_model || !plottable(current))
        return;
    emit plotRequested(dataTopic(current), current.data(Model::MetricNameRole).toString());
}

void SparkplugView::updateActions()
{
    // A node, a device or a metric: a row below an edge node (what rebirthRequest() takes).
    const QModelIndex current = currentIndex();
    m_rebirth->setEnabled(m_model && current.isValid()
                          && !current.data(SparkplugHostModel::EdgeNodeRole).toString().isEmpty());
    const bool plot = m_model && plottable(current);
    m_plot->setEnabled(plot);
    m_plotAction->setEnabled(plot);
}

// The model's issue at `index` of issues(), at the top of the list (or at its
// end when the list is refilled in the model's order).
void SparkplugView::addIssue(qsizetype index)
{
    if (!m_model || index >= qsizetype(m_model->issues().size()))
        return;
    const SparkplugHostModel::Issue &issue = m_model->issues().at(size_t(index));
    QString where = issue.group.isEmpty() ? issue.edgeNode : issue.group + u'/' + issue.edgeNode;
    if (!issue.device.isEmpty())
        where += u'/' + issue.device;
    const QString time = QDateTime::fromMSecsSinceEpoch(issue.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
    auto *item = new QListWidgetItem(style()->standardIcon(QStyle::SP_MessageBoxWarning),
                                     time + QStringLiteral("  ") + where + QStringLiteral("  ") + issue.message);
    item->setToolTip(issue.message);
    item->setData(IssueGroupRole, issue.group);
    item->setData(IssueNodeRole, issue.edgeNode);
    item->setData(IssueDeviceRole, issue.device);
    const QSignalBlocker blocker(m_issues); // keeps the current row, inserts select nothing
    if (index == 0)
        m_issues->insertItem(0, item);
    else
        m_issues->addItem(item);
    while (m_issues->count() > SparkplugHostModel::MaxIssues)
        delete m_issues->takeItem(m_issues->count() - 1);
}

void SparkplugView::reloadIssues()
{
    {
        const QSignalBlocker blocker(m_issues);
        m_issues->clear();
    }
    if (!m_model)
        return;
    for (qsizetype i = 0; i < qsizetype(m_model->issues().size()); ++i)
        addIssue(i);
}

void SparkplugView::showIssueNode(int row)
{
    const QListWidgetItem *item = m_issues->item(row);
    if (!item || !m_model)
        return;
    const QString group = item->data(IssueGroupRole).toString();
    const QString node = item->data(IssueNodeRole).toString();
    const QString device = item->data(IssueDeviceRole).toString();
    setCurrentIndex(group.isEmpty() ? m_model->hostIndex(node) : m_model->findIndex(group, node, device));
}

// Groups and the primary hosts open as they arrive; nodes stay closed.
void SparkplugView::expandTopLevel(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    for (int row = first; row <= last; ++row)
        m_tree->expand(m_proxy->index(row, 0));
}

} // namespace Signalbox
