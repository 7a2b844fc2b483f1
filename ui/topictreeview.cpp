#include "topictreeview.h"

#include "celldelegate.h"

#include "payloadviewer.h"
#include "retranslate.h"
#include "models/topictreemodel.h"

#include <QApplication>
#include <QClipboard>
#include <QDateTime>
#include <QElapsedTimer>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QTimer>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Signalbox {

namespace {

// The topic tree's cells: a row that just received glows and fades over
// GlowMs (MQTT Explorer's activity highlight), and a node with topics below
// it says how many after its name.
class TopicTreeDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const qint64 last = index.data(TopicTreeModel::LastTimeRole).toLongLong();
        const qint64 age = QDateTime::currentMSecsSinceEpoch() - last;
        if (last > 0 && age >= 0 && age < TopicTreeView::GlowMs && !(option.state & QStyle::State_Selected)) {
            QColor glow = option.palette.color(QPalette::Highlight);
            glow.setAlphaF(0.4 * (1.0 - double(age) / TopicTreeView::GlowMs));
            painter->fillRect(option.rect, glow);
        }
        CellDelegate::paint(painter, option, index);
        if (index.column() != TopicTreeModel::NameColumn)
            return;
        const qint64 topics = index.data(TopicTreeModel::TopicCountRole).toLongLong();
        if (topics <= 0)
            return;
        const QFontMetrics &fm = option.fontMetrics;
        const QString suffix = TopicTreeView::tr("(%n topic(s))", nullptr, int(topics));
        const int margin = 3;
        const int nameEnd = option.rect.left() + margin + fm.horizontalAdvance(index.data().toString());
        const int space = fm.horizontalAdvance(QLatin1Char(' '));
        if (nameEnd + space + fm.horizontalAdvance(suffix) > option.rect.right() - margin)
            return; // the name needs the room
        const bool selected = option.state & QStyle::State_Selected;
        QColor color = option.palette.color(selected ? QPalette::HighlightedText : QPalette::PlaceholderText);
        painter->setPen(color);
        painter->drawText(QRect(nameEnd + space, option.rect.top(), option.rect.right() - nameEnd, option.rect.height()),
                          int(Qt::AlignLeft | Qt::AlignVCenter | Qt::TextSingleLine), suffix);
    }
};

constexpr int HistoryPreviewChars = 80;
constexpr int ConfirmListedTopics = 10;

// The model changes the counts, rates and payloads of thousands of rows in one
// batch under a flood. QTreeView::dataChanged() walks every row of a changed
// range and finds each among its shown items by a linear search: with many
// children expanded that is the whole GUI thread. Rows here keep their height
// and children arrive by rowsInserted, so repainting what is shown is enough.
// Under a flood the model changes after every slice of a few milliseconds;
// values that change faster than RepaintMs can't be read anyway, so changes
// repaint at most once per RepaintMs (laying out the rows' text is most of a
// paint). Scrolling, resizing and new rows still paint at once.
class TopicTree : public QTreeView
{
public:
    static constexpr int RepaintMs = 100;

    explicit TopicTree(QWidget *parent) : QTreeView(parent)
    {
        m_repaint.setSingleShot(true);
        connect(&m_repaint, &QTimer::timeout, viewport(), qOverload<>(&QWidget::update));
    }

protected:
    void dataChanged(const QModelIndex &, const QModelIndex &, const QList<int> &) override
    {
        if (m_repaint.isActive())
            return;
        const qint64 since = m_lastPaint.isValid() ? m_lastPaint.elapsed() : RepaintMs;
        if (since >= RepaintMs)
            viewport()->update();
        else
            m_repaint.start(int(RepaintMs - since));
    }
    void paintEvent(QPaintEvent *event) override
    {
        m_lastPaint.start();
        QTreeView::paintEvent(event);
    }

private:
    QTimer m_repaint;
    QElapsedTimer m_lastPaint;
};

} // namespace

TopicTreeView::TopicTreeView(QWidget *parent)
    : QWidget(parent)
    , m_proxy(new QSortFilterProxyModel(this))
    , m_search(new QLineEdit(this))
    , m_tree(new TopicTree(this))
    , m_topicLabel(new QLabel(this))
    , m_copyButton(new QPushButton(tr("Copy"), this))
    , m_deleteButton(new QPushButton(tr("Delete retained…"), this))
    , m_plotButton(new QPushButton(tr("Plot"), this))
    , m_history(new QListWidget(this))
    , m_payload(new PayloadViewer(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
{
    m_proxy->setRecursiveFilteringEnabled(true);
    m_proxy->setFilterRole(TopicTreeModel::TopicRole);
    m_proxy->setFilterKeyColumn(TopicTreeModel::NameColumn);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortRole(TopicTreeModel::SortRole);
    m_proxy->sort(-1); // arrival order until a header is clicked

    m_search->setClearButtonEnabled(true);
    connect(m_search, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_proxy->setFilterFixedString(text);
        useProxy(!text.isEmpty() || m_tree->header()->sortIndicatorSection() >= 0);
        if (!text.isEmpty())
            m_tree->expandAll();
    });

    m_tree->setUniformRowHeights(true);
    m_tree->setItemDelegate(new TopicTreeDelegate(m_tree)); // repainted many times a second under a flood
    // While rows glow, the tree repaints often enough for them to fade.
    m_glowTimer = new QTimer(this);
    m_glowTimer->setInterval(150);
    connect(m_glowTimer, &QTimer::timeout, this, [this] {
        m_tree->viewport()->update();
        if (m_lastActivity.isValid() && m_lastActivity.elapsed() > GlowMs + 200)
            m_glowTimer->stop();
    });
    m_tree->header()->setSortIndicatorClearable(true);
    m_tree->header()->setSortIndicator(-1, Qt::DescendingOrder);
    m_tree->setSortingEnabled(true);
    m_tree->header()->setSortIndicatorShown(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_tree, &QWidget::customContextMenuRequested, this, &TopicTreeView::showContextMenu);
    // Sorting goes through the proxy; arrival order (the third click) does without it.
    connect(m_tree->header(), &QHeaderView::sortIndicatorChanged, this, [this](int column, Qt::SortOrder order) {
        useProxy(column >= 0 || !m_search->text().isEmpty());
        m_proxy->sort(column, order);
    });

    m_topicLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_topicLabel->setWordWrap(true);
    m_copyButton->setEnabled(false);
    connect(m_copyButton, &QPushButton::clicked, this, [this] {
        const QString topic = currentTopic();
        if (!topic.isNull())
            QApplication::clipboard()->setText(topic);
    });
    m_deleteButton->setEnabled(false);
    m_plotButton->setEnabled(false);
    retranslate(this, [this] {
        m_search->setPlaceholderText(tr("Search topics"));
        m_copyButton->setText(tr("Copy"));
        m_deleteButton->setText(tr("Delete retained…"));
        m_plotButton->setText(tr("Plot"));
        m_plotButton->setToolTip(tr("Chart this topic's numeric payloads"));
        if (m_model)
            emit m_model->headerDataChanged(Qt::Horizontal, 0, TopicTreeModel::ColumnCount - 1);
        m_tree->viewport()->update();
        if (m_model)
            updateDetails(); // "No topic selected" and the history's words
    });
    connect(m_plotButton, &QPushButton::clicked, this, [this] {
        const QString topic = currentTopic();
        if (!topic.isNull())
            emit plotRequested(topic);
    });
    connect(m_deleteButton, &QPushButton::clicked, this, [this] { deleteRetained(currentSourceIndex(), true); });
    connect(m_history, &QListWidget::currentRowChanged, this, &TopicTreeView::showHistoryEntry);

    auto *treePane = new QWidget(this);
    auto *treeLayout = new QVBoxLayout(treePane);
    treeLayout->setContentsMargins(0, 0, 0, 0);
    treeLayout->addWidget(m_search);
    treeLayout->addWidget(m_tree);

    auto *detailPane = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailPane);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topicLabel, 1);
    topicRow->addWidget(m_copyButton);
    topicRow->addWidget(m_plotButton);
    topicRow->addWidget(m_deleteButton);
    detailLayout->addLayout(topicRow);
    auto *detailSplitter = new QSplitter(Qt::Vertical, detailPane);
    detailSplitter->addWidget(m_history);
    detailSplitter->addWidget(m_payload);
    detailSplitter->setStretchFactor(1, 1);
    detailLayout->addWidget(detailSplitter, 1);

    m_splitter->addWidget(treePane);
    m_splitter->addWidget(detailPane);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 2);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);
    updateDetails();
}

bool TopicTreeView::isGlowing() const
{
    return m_glowTimer->isActive();
}

void TopicTreeView::setModel(TopicTreeModel *model)
{
    if (model == m_model)
        return;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_viewModel = nullptr;
    m_tree->setModel(nullptr);
    m_proxy->setSourceModel(nullptr); // useProxy() gives it the model when it is shown
    useProxy(!m_search->text().isEmpty() || m_tree->header()->sortIndicatorSection() >= 0);
    if (model) {
        connect(model, &QAbstractItemModel::dataChanged, this, &TopicTreeView::onDataChanged);
        const auto active = [this] {
            m_lastActivity.start();
            if (!m_glowTimer->isActive())
                m_glowTimer->start();
        };
        connect(model, &QAbstractItemModel::dataChanged, this, active);
        connect(model, &QAbstractItemModel::rowsInserted, this, active);
        connect(model, &TopicTreeModel::ratesChanged, this, [this] {
            if (m_viewModel == m_proxy && m_proxy->sortColumn() == TopicTreeModel::RateColumn)
                m_proxy->invalidate(); // sorted by rate: sort again
            m_tree->viewport()->update();
        });
        connect(model, &QAbstractItemModel::modelReset, this, &TopicTreeView::updateDetails);
        m_tree->header()->resizeSection(TopicTreeModel::NameColumn, 260);
        m_tree->header()->resizeSection(TopicTreeModel::MessagesColumn, 90);
        m_tree->header()->resizeSection(TopicTreeModel::RateColumn, 70);
        m_tree->header()->resizeSection(TopicTreeModel::PayloadColumn, 240);
    }
    updateDetails();
}

// The tree shows the model itself, or the proxy while searching or sorted: a
// proxy costs every change a mapping, which a flood of thousands of changed
// rows per batch makes the largest cost. Open nodes and the current topic
// stay as they were across the switch.
void TopicTreeView::useProxy(bool proxy)
{
    QAbstractItemModel *wanted = proxy ? static_cast<QAbstractItemModel *>(m_proxy) : m_model;
    if (!m_model)
        wanted = nullptr;
    if (wanted == m_viewModel)
        return;
    QStringList expanded;
    if (m_viewModel) {
        disconnect(m_viewModel, &QAbstractItemModel::rowsInserted, this, &TopicTreeView::expandArrivals);
        const std::function<void(const QModelIndex &)> collect = [&](const QModelIndex &parent) {
            for (int row = 0; row < m_viewModel->rowCount(parent); ++row) {
                const QModelIndex index = m_viewModel->index(row, 0, parent);
                if (m_tree->isExpanded(index)) {
                    expanded.append(index.data(TopicTreeModel::TopicRole).toString());
                    collect(index);
                }
            }
        };
        collect({});
    }
    const QString current = currentTopic();
    // A proxy with a source handles every change of the source, shown or
    // not: under a flood over 100,000 topics, tens of milliseconds a second.
    // It has the model only while the tree shows it.
    if (wanted == m_proxy)
        m_proxy->setSourceModel(m_model);
    m_viewModel = wanted;
    m_tree->setModel(wanted);
    if (wanted != m_proxy)
        m_proxy->setSourceModel(nullptr);
    if (!wanted)
        return;
    connect(wanted, &QAbstractItemModel::rowsInserted, this, &TopicTreeView::expandArrivals);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &TopicTreeView::updateDetails);
    for (const QString &topic : std::as_const(expanded))
        m_tree->expand(fromSource(m_model->indexForTopic(topic)));
    if (!current.isEmpty())
        selectTopic(current);
}

QModelIndex TopicTreeView::toSource(const QModelIndex &viewIndex) const
{
    if (viewIndex.model() == m_proxy)
        return m_proxy->mapToSource(viewIndex);
    return viewIndex;
}

QModelIndex TopicTreeView::fromSource(const QModelIndex &sourceIndex) const
{
    return m_viewModel == m_proxy ? m_proxy->mapFromSource(sourceIndex) : sourceIndex;
}

void TopicTreeView::setPayloadViewerEmbedded(bool embedded)
{
    m_payload->setVisible(embedded);
    m_splitter->setOrientation(embedded ? Qt::Horizontal : Qt::Vertical);
    m_splitter->setStretchFactor(0, embedded ? 3 : 4);
    m_splitter->setStretchFactor(1, embedded ? 2 : 1);
}

Message TopicTreeView::shownMessage() const
{
    return m_shownRow >= 0 && m_shownRow < m_shownHistory.size() ? m_shownHistory.at(m_shownRow) : Message();
}

void TopicTreeView::expandArrivals(const QModelIndex &parent, int first, int last)
{
    // Roots open so their children show; a node that is its open parent's
    // only child opens too, so a chain like "Sensor/room1/temp" unfolds.
    const bool open = !parent.isValid() || (m_tree->isExpanded(parent) && m_viewModel->rowCount(parent) == 1);
    if (!open)
        return;
    for (int row = first; row <= last; ++row) {
        // a node that arrives with its subtree: follow its chain of only children
        for (QModelIndex index = m_viewModel->index(row, 0, parent); index.isValid();
             index = m_viewModel->rowCount(index) == 1 ? m_viewModel->index(0, 0, index) : QModelIndex())
            m_tree->expand(index);
    }
}

void TopicTreeView::setSearchText(const QString &text)
{
    m_search->setText(text);
}

QModelIndex TopicTreeView::currentSourceIndex() const
{
    return toSource(m_tree->currentIndex()).siblingAtColumn(TopicTreeModel::NameColumn);
}

QString TopicTreeView::currentTopic() const
{
    const QModelIndex index = currentSourceIndex();
    return index.isValid() ? index.data(TopicTreeModel::TopicRole).toString() : QString();
}

bool TopicTreeView::selectTopic(const QString &topic)
{
    if (!m_model)
        return false;
    const QModelIndex index = fromSource(m_model->indexForTopic(topic));
    if (!index.isValid())
        return false;
    m_tree->scrollTo(index);
    m_tree->setCurrentIndex(index);
    return true;
}

void TopicTreeView::updateDetails()
{
    const QModelIndex index = currentSourceIndex();
    m_shownIndex = index;
    m_shownHistory = m_model && index.isValid() ? m_model->recentMessages(index) : QList<Message>();
    m_topicLabel->setText(index.isValid() ? index.data(TopicTreeModel::TopicRole).toString() : tr("No topic selected"));
    m_copyButton->setEnabled(index.isValid());
    m_plotButton->setEnabled(index.isValid() && index.data(TopicTreeModel::NodeHasMessageRole).toBool());
    m_deleteButton->setEnabled(index.isValid() && index.data(TopicTreeModel::HasRetainedRole).toBool());

    const QSignalBlocker blocker(m_history);
    m_history->clear();
    for (const Message &m : std::as_const(m_shownHistory)) {
        const QString time = QDateTime::fromMSecsSinceEpoch(m.receivedAtMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        const QString flags = m.retain ? tr(" (retained)") : QString();
        m_history->addItem(time + flags + QStringLiteral("  ") + payloadPreview(m.payload, HistoryPreviewChars));
    }
    if (!m_shownHistory.isEmpty())
        m_history->setCurrentRow(0);
    showHistoryEntry(m_shownHistory.isEmpty() ? -1 : 0);
}

void TopicTreeView::showHistoryEntry(int row)
{
    m_shownRow = row >= 0 && row < m_shownHistory.size() ? row : -1;
    const Message message = shownMessage();
    m_payload->setPayload(message.payload);
    emit messageShown(message);
}

void TopicTreeView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight)
{
    if (!m_shownIndex.isValid() || m_shownIndex.parent() != topLeft.parent() || m_shownIndex.row() < topLeft.row()
        || m_shownIndex.row() > bottomRight.row() || bottomRight.column() < TopicTreeModel::PayloadColumn)
        return;
    m_deleteButton->setEnabled(m_shownIndex.data(TopicTreeModel::HasRetainedRole).toBool());
    const QList<Message> recent = m_model->recentMessages(m_shownIndex, 1);
    const bool newMessage = !recent.isEmpty()
                            && (m_shownHistory.isEmpty() || !(recent.constFirst() == m_shownHistory.constFirst()));
    // a user reading an older message keeps it; otherwise the newest is followed
    if (newMessage && m_history->currentRow() <= 0)
        updateDetails();
}

void TopicTreeView::showContextMenu(const QPoint &pos)
{
    const QModelIndex proxyIndex = m_tree->indexAt(pos);
    if (!proxyIndex.isValid())
        return;
    const QModelIndex index = toSource(proxyIndex).siblingAtColumn(TopicTreeModel::NameColumn);
    QMenu menu(this);
    const QString topic = index.data(TopicTreeModel::TopicRole).toString();
    menu.addAction(tr("Copy topic"), this, [topic] { QApplication::clipboard()->setText(topic); });
    QAction *plot = menu.addAction(tr("Plot"), this, [this, topic] { emit plotRequested(topic); });
    plot->setEnabled(index.data(TopicTreeModel::NodeHasMessageRole).toBool());
    QAction *remove = menu.addAction(tr("Delete retained…"), this, [this, index] { deleteRetained(index, true); });
    remove->setEnabled(index.data(TopicTreeModel::HasRetainedRole).toBool());
    menu.exec(m_tree->viewport()->mapToGlobal(pos));
}

int TopicTreeView::deleteRetained(const QModelIndex &index, bool confirm)
{
    if (!m_model || !index.isValid())
        return 0;
    const QModelIndex source = toSource(index);
    if (source.model() != m_model)
        return 0;
    const QStringList topics = m_model->retainedTopicsUnder(source.siblingAtColumn(TopicTreeModel::NameColumn));
    if (topics.isEmpty())
        return 0;
    if (confirm) {
        QStringList listed = topics.mid(0, ConfirmListedTopics);
        if (topics.size() > ConfirmListedTopics)
            listed << tr("… and %n more", nullptr, static_cast<int>(topics.size() - ConfirmListedTopics));
        const auto answer = QMessageBox::question(
            this, tr("Delete Retained Messages"),
            tr("Publish an empty retained message to %n topic(s), so the broker deletes their retained messages?",
               nullptr, static_cast<int>(topics.size()))
                + QStringLiteral("\n\n") + listed.join(QLatin1Char('\n')),
            QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Yes)
            return 0;
    }
    for (const QString &topic : topics) {
        OutgoingMessage message;
        message.topic = topic;
        message.qos = 1;
        message.retain = true;
        emit publishRequested(message);
    }
    return static_cast<int>(topics.size());
}

} // namespace Signalbox
