#include "messagelogview.h"

#include "messagelogdelegates.h"
#include "linediff.h"
#include "messagelogexport.h"

#include "payload/json.h"
#include "payload/payloadformat.h"
#include "theme.h"
#include "mqtt/topic.h"
#include "retranslate.h"
#include "zoom.h"

#include <QAction>
#include <QApplication>
#include <QButtonGroup>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFontDatabase>
#include <QHelpEvent>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPainter>
#include <QPainterPath>
#include <QProgressDialog>
#include <QPushButton>
#include <QScrollBar>
#include <QStackedWidget>
#include <QStringDecoder>
#include <QStyle>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QTextEdit>
#include <QDataStream>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>

namespace Signalbox {

namespace {

constexpr qint64 ExportSliceMs = 30;

QString payloadText(const QByteArray &payload)
{
    if (detectPayloadFormat(payload) == PayloadFormat::Json) {
        const JsonPretty pretty = prettyPrintJson(payload);
        if (pretty.ok)
            return pretty.text;
    }
    return renderPayload(payload, PayloadFormat::Auto, 256 * 1024).text;
}

QTableView *createTableView(QWidget *parent)
{
    auto *table = new QTableView(parent);
    table->setObjectName(QStringLiteral("tableView"));
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setWordWrap(false);
    table->setShowGrid(false);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->setVisible(false);
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    keepRowHeight(table);
    table->horizontalHeader()->setHighlightSections(false);
    table->setItemDelegate(makeStripeDelegate(table));
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    return table;
}

// The chat's style: the style draws a selected row's band across the whole
// view before the delegate paints; in the chat the selected bubble has its
// own outline, so the band is left out.
class ChatStyle : public QProxyStyle
{
public:
    ChatStyle() : QProxyStyle(QStyleFactory::create(QApplication::style()->name())) { }

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        if (element == PE_PanelItemViewRow)
            return;
        QProxyStyle::drawPrimitive(element, option, painter, widget);
    }
};

// A table with one visible column rather than a QListView: QListView lays
// out every row again on each insertion, a table with fixed row heights does not.
QTableView *createChatView(QWidget *parent)
{
    auto *chat = new QTableView(parent);
    chat->setObjectName(QStringLiteral("chatView"));
    chat->setSelectionBehavior(QAbstractItemView::SelectRows);
    chat->setSelectionMode(QAbstractItemView::SingleSelection);
    chat->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    chat->setShowGrid(false);
    chat->horizontalHeader()->setVisible(false);
    chat->horizontalHeader()->setStretchLastSection(true);
    chat->verticalHeader()->setVisible(false);
    chat->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    keepRowHeight(chat, chatRowHeight);
    chat->setItemDelegate(makeChatDelegate(chat));
    auto *style = new ChatStyle; // the application's style, less the band
    style->setParent(chat);
    chat->setStyle(style);
    chat->setContextMenuPolicy(Qt::CustomContextMenu);
    return chat;
}

} // namespace

struct MessageLogView::ExportJob
{
    QFile file;
    std::unique_ptr<ExportWriter> writer;
    std::vector<MessageLogModel::RowId> ids;
    size_t next = 0;
    QTimer *timer = nullptr;
    QPointer<QProgressDialog> progress;
};

MessageLogView::MessageLogView(QWidget *parent) : QWidget(parent)
{
    createFilterFields();

    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("counts"));
    auto *clear = new QPushButton(this);
    QToolButton *exportButton = createExportButton();

    m_chatButton = new QToolButton(this);
    m_chatButton->setCheckable(true);
    m_tableButton = new QToolButton(this);
    m_tableButton->setCheckable(true);
    m_tableButton->setChecked(true);
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_chatButton);
    modes->addButton(m_tableButton);
    modes->setExclusive(true);

    m_error = new QLabel(this);
    m_error->setWordWrap(true);
    m_error->setObjectName(QStringLiteral("filterError"));
    m_error->setVisible(false);
    QPalette errorPalette = m_error->palette();
    errorPalette.setColor(QPalette::WindowText, errorTextColor());
    m_error->setPalette(errorPalette);

    m_table = createTableView(this);
    m_chat = createChatView(this);
    m_stack = new QStackedWidget(this);
    m_stack->addWidget(m_table);
    m_stack->addWidget(m_chat);
    m_stack->setCurrentWidget(m_table);

    // Two rows, so that the log fits beside the other panes on a 1280 px screen
    // with room to type in both filter fields: what to show, then what is shown.
    auto *filters = new QHBoxLayout;
    filters->addWidget(m_topicFilter, 2);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_regex);
    filters->addWidget(m_caseSensitive);
    filters->addWidget(m_subscription, 1);
    m_latest = new QToolButton(this);
    m_latest->setObjectName(QStringLiteral("jumpToLatest"));

    m_latest->setVisible(false);
    m_pause = new QToolButton(this);
    m_pause->setObjectName(QStringLiteral("pauseLog"));
    m_pause->setCheckable(true);
    m_heldTimer = new QTimer(this);
    m_heldTimer->setInterval(250);
    updatePauseButton();
    watchScrolling(m_table);
    watchScrolling(m_chat);
    m_table->viewport()->installEventFilter(this);
    connect(m_table->horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column) {
        if (column == MessageLogModel::TopicColumn && !m_fittingTopic && m_table->horizontalHeader()->isVisible()
            && QApplication::mouseButtons() != Qt::NoButton)
            m_topicWidthChosen = true;
    });

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_received);
    bar->addWidget(m_sent);
    bar->addWidget(m_counts);
    bar->addWidget(m_pause);
    bar->addWidget(m_latest);
    bar->addStretch(1);
    bar->addWidget(clear);
    bar->addWidget(exportButton);
    bar->addSpacing(8);
    bar->addWidget(m_chatButton);
    bar->addWidget(m_tableButton);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(filters);
    layout->addLayout(bar);
    layout->addWidget(m_error);
    layout->addWidget(m_stack, 1);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(200);
    connectControls(clear);
    updateCounts(0, 0);
    retranslate(this, [this, clear, exportButton] {
        m_counts->setToolTip(tr("Messages shown / stored"));
        clear->setText(tr("Clear"));
        clear->setToolTip(tr("Remove every message from the log"));
        m_chatButton->setText(tr("Chat"));
        m_tableButton->setText(tr("Table"));
        m_latest->setText(tr("\u2193 Jump to latest"));
        m_latest->setToolTip(tr("The log stopped following new messages when you scrolled away; "
                                "this goes back to the newest and follows again."));
        m_received->setText(tr("Received"));
        m_received->setToolTip(tr("Show received messages"));
        m_sent->setText(tr("Sent"));
        m_sent->setToolTip(tr("Show sent messages"));
        m_subscription->setItemText(0, tr("All subscriptions"));
        m_subscription->setToolTip(tr("Only messages that matched this subscription"));
        fitTopicPlaceholder();
        m_text->setPlaceholderText(tr("Search topic and payload"));
        m_regex->setToolTip(tr("Regular expression"));
        m_caseSensitive->setToolTip(tr("Match case"));
        exportButton->setText(tr("Export"));
        fillExportMenu(exportButton->menu());
        updatePauseButton();
        if (m_model) {
            emit m_model->headerDataChanged(Qt::Horizontal, 0, MessageLogModel::ColumnCount - 1);
            m_table->viewport()->update();
            m_chat->viewport()->update();
        }
    });
}

void MessageLogView::createFilterFields()
{
    m_received = new QToolButton(this);
    m_received->setCheckable(true);
    m_received->setChecked(true);
    m_received->setObjectName(QStringLiteral("receivedToggle"));
    m_sent = new QToolButton(this);
    m_sent->setCheckable(true);
    m_sent->setChecked(true);
    m_sent->setObjectName(QStringLiteral("sentToggle"));

    m_subscription = new QComboBox(this);
    m_subscription->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_subscription->setMinimumContentsLength(10);
    m_subscription->setObjectName(QStringLiteral("subscriptionFilter"));
    setSubscriptions({});

    m_topicFilter = new QLineEdit(this);
    m_topicFilter->setClearButtonEnabled(true);
    m_topicFilter->setObjectName(QStringLiteral("topicFilter"));
    m_text = new QLineEdit(this);
    m_text->setClearButtonEnabled(true);
    m_text->setObjectName(QStringLiteral("textFilter"));
    const int typing = fontMetrics().averageCharWidth() * 14; // room to read what is typed
    m_topicFilter->setMinimumWidth(typing);
    m_topicFilter->installEventFilter(this);
    m_text->setMinimumWidth(typing);
    m_regex = new QToolButton(this);
    m_regex->setText(QStringLiteral(".*"));
    m_regex->setCheckable(true);
    m_regex->setObjectName(QStringLiteral("regexToggle"));
    m_caseSensitive = new QToolButton(this);
    m_caseSensitive->setText(QStringLiteral("Aa"));
    m_caseSensitive->setCheckable(true);
}

QToolButton *MessageLogView::createExportButton()
{
    auto *exportButton = new QToolButton(this);
    exportButton->setPopupMode(QToolButton::InstantPopup);
    exportButton->setMenu(new QMenu(exportButton));
    return exportButton;
}

void MessageLogView::fillExportMenu(QMenu *exportMenu)
{
    exportMenu->clear();
    const std::pair<ExportFormat, QString> formats[] = {{ExportFormat::JsonLines, tr("JSON lines")},
                                                        {ExportFormat::Csv, tr("CSV")},
                                                        {ExportFormat::JsonArray, tr("JSON array")}};
    for (bool filteredOnly : {true, false}) {
        for (const auto &[format, name] : formats) {
            const QString label = filteredOnly ? tr("Shown messages as %1…").arg(name)
                                               : tr("All messages as %1…").arg(name);
            exportMenu->addAction(label, this, [this, f = format, filteredOnly] { chooseExportFile(f, filteredOnly); });
        }
        if (filteredOnly)
            exportMenu->addSeparator();
    }
}

void MessageLogView::connectControls(QPushButton *clear)
{
    connect(m_filterTimer, &QTimer::timeout, this, &MessageLogView::applyFilter);
    connect(m_received, &QToolButton::toggled, this, &MessageLogView::applyFilter);
    connect(m_sent, &QToolButton::toggled, this, &MessageLogView::applyFilter);
    connect(m_regex, &QToolButton::toggled, this, &MessageLogView::applyFilter);
    connect(m_caseSensitive, &QToolButton::toggled, this, &MessageLogView::applyFilter);
    connect(m_subscription, &QComboBox::currentIndexChanged, this, &MessageLogView::applyFilter);
    connect(m_topicFilter, &QLineEdit::textChanged, this, &MessageLogView::scheduleFilter);
    connect(m_text, &QLineEdit::textChanged, this, &MessageLogView::scheduleFilter);
    connect(m_topicFilter, &QLineEdit::returnPressed, this, &MessageLogView::applyFilter);
    connect(m_text, &QLineEdit::returnPressed, this, &MessageLogView::applyFilter);
    connect(clear, &QPushButton::clicked, this, [this] {
        if (m_model)
            m_model->clear();
    });
    connect(m_latest, &QToolButton::clicked, this, &MessageLogView::jumpToLatest);
    connect(m_pause, &QToolButton::toggled, this, &MessageLogView::setPaused);
    connect(m_heldTimer, &QTimer::timeout, this, &MessageLogView::updatePauseButton);
    connect(m_chatButton, &QToolButton::clicked, this, [this] { setMode(Mode::Chat); });
    connect(m_tableButton, &QToolButton::clicked, this, [this] { setMode(Mode::Table); });
    connect(m_table, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_table, pos); });
    connect(m_chat, &QWidget::customContextMenuRequested, this,
            [this](const QPoint &pos) { showContextMenu(m_chat, pos); });
}

MessageLogView::~MessageLogView()
{
    if (m_export)
        finishExport(true);
}

void MessageLogView::setModel(MessageLogModel *model)
{
    if (m_model == model)
        return;
    if (m_export)
        finishExport(true);
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    QItemSelectionModel *oldSelection = m_selection;
    m_model = model;
    m_selection = model ? new QItemSelectionModel(model, this) : nullptr;
    for (QTableView *view : {m_table, m_chat}) {
        view->setModel(model);
        QItemSelectionModel *created = view->selectionModel();
        if (m_selection) {
            view->setSelectionModel(m_selection);
            delete created;
        }
    }
    delete oldSelection;
    updatePauseButton();
    if (model) {
        for (int column = 0; column < MessageLogModel::ColumnCount;
             ++column) // the delivery column is repainted on delivery updates
            m_chat->setColumnHidden(column, column != MessageLogModel::DeliveryColumn);
        layOutColumns();
        connect(model, &MessageLogModel::hasSentChanged, this, [this](bool hasSent) {
            m_table->setColumnHidden(MessageLogModel::DeliveryColumn, !hasSent);
            fitTopicColumn();
        });

        connect(model, &MessageLogModel::countsChanged, this, &MessageLogView::updateCounts);
        connect(model, &MessageLogModel::pausedChanged, this, &MessageLogView::updatePauseButton);
        connect(model, &QAbstractItemModel::rowsInserted, this, &MessageLogView::followIfAtBottom);
        connect(model, &QAbstractItemModel::modelReset, this, &MessageLogView::currentEntryChanged);
        connect(m_selection, &QItemSelectionModel::currentRowChanged, this, &MessageLogView::currentEntryChanged);

        const LogFilter &f = model->filter();
        const QSignalBlocker b1(m_received), b2(m_sent), b3(m_topicFilter), b4(m_text), b5(m_regex),
            b6(m_caseSensitive), b7(m_subscription);
        m_received->setChecked(f.showReceived);
        m_sent->setChecked(f.showSent);
        m_topicFilter->setText(f.topicFilter);
        m_text->setText(f.text);
        m_regex->setChecked(f.regularExpression);
        m_caseSensitive->setChecked(f.caseSensitive);
        const int index = m_subscription->findData(f.subscription);
        if (index < 0) {
            m_subscription->addItem(f.subscription, f.subscription);
            m_subscription->setCurrentIndex(m_subscription->count() - 1);
        } else {
            m_subscription->setCurrentIndex(index);
        }
        showFilterError(nullptr, {});
        updateCounts(model->rowCount(), model->totalCount());
    } else {
        updateCounts(0, 0);
    }
    emit currentEntryChanged();
}

// The payload is what a reader came for: it is the last column and takes the
// width the others leave; they are as wide as what they show. Delivery is
// shown once something was sent (it is empty for every received message).
QByteArray MessageLogView::saveState() const
{
    QByteArray state;
    QDataStream out(&state, QIODevice::WriteOnly);
    out << quint8(1) << qint32(m_mode) << m_topicWidthChosen
        << qint32(m_table->columnWidth(MessageLogModel::TopicColumn));
    return state;
}

void MessageLogView::restoreState(const QByteArray &state)
{
    QDataStream in(state);
    quint8 version = 0;
    qint32 mode = 0;
    bool topicChosen = false;
    qint32 topicWidth = 0;
    in >> version >> mode >> topicChosen >> topicWidth;
    if (in.status() != QDataStream::Ok || version != 1)
        return;
    setMode(mode == qint32(Mode::Chat) ? Mode::Chat : Mode::Table);
    if (topicChosen && topicWidth > 0) {
        m_topicWidthChosen = true;
        m_table->setColumnWidth(MessageLogModel::TopicColumn, topicWidth);
    }
}

void MessageLogView::layOutColumns()
{
    QHeaderView *header = m_table->horizontalHeader();
    header->setMinimumSectionSize(fontMetrics().horizontalAdvance(QStringLiteral("R")) * 2);
    header->setSectionResizeMode(QHeaderView::Interactive);
    if (header->visualIndex(MessageLogModel::DeliveryColumn) > header->visualIndex(MessageLogModel::PayloadColumn))
        header->moveSection(header->visualIndex(MessageLogModel::DeliveryColumn),
                            header->visualIndex(MessageLogModel::PayloadColumn));
    header->setStretchLastSection(true);
    const QFontMetrics fm = fontMetrics();
    const int pad = 2 * style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, m_table) + fm.averageCharWidth();
    const auto fit = [&](int column, const QString &widest) {
        m_table->setColumnWidth(column, fm.horizontalAdvance(widest) + pad);
    };
    fit(MessageLogModel::TimeColumn, QStringLiteral("00:00:00.000"));
    fit(MessageLogModel::DirectionColumn, QStringLiteral("\u21c5\u21c5"));
    fitTopicColumn();
    fit(MessageLogModel::QosColumn, QStringLiteral("QoS"));
    fit(MessageLogModel::RetainColumn, QStringLiteral("RR"));
    fit(MessageLogModel::SizeColumn, QStringLiteral("000.0 KiB"));
    fit(MessageLogModel::DeliveryColumn, tr("Acknowledged %1 ms").arg(QStringLiteral("00.0")));
    m_table->setColumnHidden(MessageLogModel::DeliveryColumn, !m_model->hasSent());
    fitTopicColumn();
}

// Topic is as wide as 26 characters where the table has room, narrower (down
// to 12) where it has not, so that the payload keeps a third of the width;
// once the user drags its edge, their width stays.
void MessageLogView::fitTopicColumn()
{
    if (m_topicWidthChosen)
        return;
    const int ch = fontMetrics().horizontalAdvance(QLatin1Char('n'));
    int others = 0;
    for (int column = 0; column < MessageLogModel::ColumnCount; ++column) {
        if (column != MessageLogModel::TopicColumn && column != MessageLogModel::PayloadColumn
            && !m_table->isColumnHidden(column))
            others += m_table->columnWidth(column);
    }
    const int room = m_table->viewport()->width() - others;
    const int width = std::clamp(room * 3 / 5, 12 * ch, 26 * ch);
    m_fittingTopic = true;
    m_table->setColumnWidth(MessageLogModel::TopicColumn, width);
    m_fittingTopic = false;
}

bool MessageLogView::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table->viewport() && event->type() == QEvent::Resize)
        fitTopicColumn();
    if (watched == m_topicFilter && event->type() == QEvent::Resize)
        fitTopicPlaceholder();
    return QWidget::eventFilter(watched, event);
}

// The example where the field has room for it, else the words alone; the
// example is in the tooltip either way.
void MessageLogView::fitTopicPlaceholder()
{
    const QString full = tr("Topic filter, e.g. sensors/+/temperature");
    const int room = m_topicFilter->width() - 16;
    m_topicFilter->setPlaceholderText(
        m_topicFilter->fontMetrics().horizontalAdvance(full) <= room ? full : tr("Topic filter"));
    m_topicFilter->setToolTip(full);
}

void MessageLogView::setMode(Mode mode)
{
    m_chatButton->setChecked(mode == Mode::Chat);
    m_tableButton->setChecked(mode == Mode::Table);
    if (m_mode == mode)
        return;
    m_mode = mode;
    m_stack->setCurrentWidget(mode == Mode::Chat ? m_chat : m_table);
    if (m_follow)
        followIfAtBottom();
    else if (m_selection && m_selection->currentIndex().isValid())
        currentView()->scrollTo(m_selection->currentIndex());
    emit modeChanged(mode);
}

void MessageLogView::setSubscriptions(const QStringList &filters)
{
    const QString current = m_subscription->currentData().toString();
    const QSignalBlocker blocker(m_subscription);
    m_subscription->clear();
    m_subscription->addItem(tr("All subscriptions"), QString());
    for (const QString &filter : filters)
        m_subscription->addItem(filter, filter);
    const int index = m_subscription->findData(current);
    m_subscription->setCurrentIndex(std::max(index, 0));
    if (index < 0 && !current.isEmpty())
        applyFilter();
}

const LogEntry *MessageLogView::currentEntry() const
{
    if (!m_model || !m_selection)
        return nullptr;
    const QModelIndex index = m_selection->currentIndex();
    if (!index.isValid())
        return nullptr;
    return &m_model->entry(index.row());
}

void MessageLogView::focusSearch()
{
    m_text->setFocus(Qt::ShortcutFocusReason);
    m_text->selectAll();
}

QString MessageLogView::filterError() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

QAbstractItemView *MessageLogView::currentView() const
{
    return m_mode == Mode::Chat ? m_chat : m_table;
}

void MessageLogView::scheduleFilter()
{
    m_filterTimer->start();
}

void MessageLogView::applyFilter()
{
    m_filterTimer->stop();
    if (!m_model)
        return;
    LogFilter f;
    f.showReceived = m_received->isChecked();
    f.showSent = m_sent->isChecked();
    f.subscription = m_subscription->currentData().toString();
    f.topicFilter = m_topicFilter->text().trimmed();
    f.text = m_text->text();
    f.regularExpression = m_regex->isChecked();
    f.caseSensitive = m_caseSensitive->isChecked();

    if (!f.topicFilter.isEmpty()) {
        const std::optional<QString> why = TopicFilter::validate(f.topicFilter);
        if (why) {
            showFilterError(m_topicFilter, *why);
            return;
        }
    }
    const LogFilter &now = m_model->filter();
    if (now.showReceived == f.showReceived && now.showSent == f.showSent && now.subscription == f.subscription
        && now.topicFilter == f.topicFilter && now.text == f.text && now.regularExpression == f.regularExpression
        && now.caseSensitive == f.caseSensitive) {
        showFilterError(nullptr, {});
        return;
    }
    QString error;
    if (!m_model->setFilter(f, &error)) {
        showFilterError(m_text, error);
        return;
    }
    showFilterError(nullptr, {});
    followIfAtBottom();
}

void MessageLogView::showFilterError(QLineEdit *field, const QString &error)
{
    for (QLineEdit *edit : {m_topicFilter, m_text}) {
        QPalette palette = edit->palette();
        palette.setColor(QPalette::Text,
                         edit == field ? errorTextColor() : QApplication::palette(edit).color(QPalette::Text));
        edit->setPalette(palette);
        edit->setToolTip(edit == field ? error : QString());
    }
    m_error->setText(error);
    m_error->setVisible(!error.isEmpty());
}

void MessageLogView::setPaused(bool paused)
{
    if (m_model)
        m_model->setPaused(paused);
    updatePauseButton();
}

bool MessageLogView::isPaused() const
{
    return m_model && m_model->isPaused();
}

void MessageLogView::updatePauseButton()
{
    const bool paused = isPaused();
    const QSignalBlocker blocker(m_pause);
    m_pause->setChecked(paused);
    m_pause->setEnabled(m_model != nullptr);
    if (paused) {
        m_pause->setText(tr("\u25B6 Resume (%L1 new)").arg(m_model->heldCount()));
        m_pause->setToolTip(tr("The log is paused: new messages are kept but not shown. Resume shows them all."));
        if (!m_heldTimer->isActive())
            m_heldTimer->start();
    } else {
        m_pause->setText(tr("Pause"));
        m_pause->setToolTip(tr("Hold the log still to read it; messages that arrive meanwhile are kept and counted."));
        m_heldTimer->stop();
    }
}

void MessageLogView::updateCounts(qsizetype shown, qsizetype total)
{
    m_counts->setText(tr("%L1 / %L2").arg(shown).arg(total));
}

void MessageLogView::followIfAtBottom()
{
    if (!m_follow)
        return;
    m_scrolling = true;
    currentView()->scrollToBottom();
    m_scrolling = false;
}

// Following ends when the user moves the view away from the end (the wheel,
// the scroll bar, the keys) and starts again when they come back to it. A
// change of range (rows arrive, the pane is resized, the other view is shown)
// keeps a following view at the end.
void MessageLogView::watchScrolling(QTableView *view)
{
    QScrollBar *bar = view->verticalScrollBar();
    connect(bar, &QScrollBar::valueChanged, this, [this, view, bar](int value) {
        if (m_scrolling || view != currentView())
            return;
        setFollowing(value >= bar->maximum());
    });
    connect(bar, &QScrollBar::rangeChanged, this, [this, view] {
        if (m_follow && view == currentView())
            QTimer::singleShot(0, this, &MessageLogView::followIfAtBottom); // after the view's own layout
    });
}

void MessageLogView::setFollowing(bool follow)
{
    if (m_follow == follow)
        return;
    m_follow = follow;
    m_latest->setVisible(!follow);
}

void MessageLogView::jumpToLatest()
{
    setFollowing(true);
    followIfAtBottom();
}

bool MessageLogView::exportTo(const QString &path, ExportFormat format, bool filteredOnly, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    ExportWriter writer(&file, format);
    bool ok = writer.begin();
    if (m_model) {
        for (const MessageLogModel::RowId id : m_model->rowIds(filteredOnly)) {
            if (const auto entry = m_model->entryById(id); entry && ok)
                ok = writer.write(*entry);
        }
    }
    ok = writer.end() && ok;
    file.close();
    if (!ok || file.error() != QFileDevice::NoError) {
        if (error)
            *error = tr("Cannot write %1: %2.").arg(path, file.errorString());
        return false;
    }
    return true;
}

void MessageLogView::chooseExportFile(ExportFormat format, bool filteredOnly)
{
    if (!m_model || m_export)
        return;
    QString filter;
    QString suffix;
    switch (format) {
    case ExportFormat::JsonLines:
        filter = tr("JSON lines (*.jsonl)");
        suffix = QStringLiteral(".jsonl");
        break;
    case ExportFormat::Csv:
        filter = tr("CSV (*.csv)");
        suffix = QStringLiteral(".csv");
        break;
    case ExportFormat::JsonArray:
        filter = tr("JSON (*.json)");
        suffix = QStringLiteral(".json");
        break;
    }
    const QString path = QFileDialog::getSaveFileName(this, tr("Export messages"), QStringLiteral("messages") + suffix,
                                                      filter);
    if (path.isEmpty())
        return;
    auto failed = std::make_shared<QMetaObject::Connection>();
    *failed = connect(this, &MessageLogView::exportFinished, this, [this, failed](bool ok, const QString &error) {
        disconnect(*failed);
        if (!ok && !error.isEmpty())
            QMessageBox::warning(this, tr("Export"), error);
    });
    startExport(path, format, filteredOnly);
}

bool MessageLogView::startExport(const QString &path, ExportFormat format, bool filteredOnly)
{
    if (!m_model || m_export)
        return false;
    auto job = std::make_unique<ExportJob>();
    job->file.setFileName(path);
    if (!job->file.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        emit exportFinished(false, tr("Cannot write %1: %2.").arg(path, job->file.errorString()));
        return false;
    }
    job->writer = std::make_unique<ExportWriter>(&job->file, format);
    job->writer->begin();
    job->ids = m_model->rowIds(filteredOnly);
    const int steps = static_cast<int>(job->ids.size());
    job->progress = new QProgressDialog(tr("Exporting %L1 messages…").arg(steps), tr("Cancel"), 0, steps, this);
    job->progress->setWindowModality(Qt::WindowModal);
    job->progress->setMinimumDuration(300);
    job->progress->setAutoReset(false);
    job->progress->setAutoClose(false);
    connect(job->progress, &QProgressDialog::canceled, this, [this] { finishExport(true); });
    job->timer = new QTimer(this);
    connect(job->timer, &QTimer::timeout, this, &MessageLogView::exportStep);
    job->timer->start(0);
    m_export = std::move(job);
    return true;
}

void MessageLogView::exportStep()
{
    if (!m_export)
        return;
    ExportJob &job = *m_export;
    QElapsedTimer slice;
    slice.start();
    bool ok = true;
    while (ok && job.next < job.ids.size() && slice.elapsed() < ExportSliceMs) {
        const size_t end = std::min(job.ids.size(), job.next + 256);
        for (; ok && job.next < end; ++job.next) {
            if (const auto entry = m_model ? m_model->entryById(job.ids[job.next]) : std::nullopt)
                ok = job.writer->write(*entry);
        }
    }
    if (job.progress)
        job.progress->setValue(static_cast<int>(job.next));
    if (!ok)
        finishExport(true, tr("Cannot write %1: %2.").arg(job.file.fileName(), job.file.errorString()));
    else if (job.next >= job.ids.size())
        finishExport(false);
}

void MessageLogView::finishExport(bool cancelled, const QString &error)
{
    if (!m_export)
        return;
    std::unique_ptr<ExportJob> job = std::move(m_export);
    job->timer->stop();
    job->timer->deleteLater();
    if (job->progress) {
        job->progress->disconnect(this);
        job->progress->close();
        job->progress->deleteLater();
    }
    if (cancelled) {
        job->file.close();
        job->file.remove();
        emit exportFinished(false, error);
        return;
    }
    const bool ok = job->writer->end();
    job->file.close();
    if (!ok || job->file.error() != QFileDevice::NoError)
        emit exportFinished(false, tr("Cannot write %1: %2.").arg(job->file.fileName(), job->file.errorString()));
    else
        emit exportFinished(true, {});
}

void MessageLogView::showContextMenu(QAbstractItemView *view, const QPoint &pos)
{
    const QModelIndex index = view->indexAt(pos);
    if (!m_model || !index.isValid())
        return;
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    const int row = index.row();
    const QString topic = m_model->entry(row).message.topic;
    const QByteArray payload = m_model->entry(row).message.payload;
    QMenu menu(this);
    menu.addAction(tr("Copy topic"), this, [topic] { QGuiApplication::clipboard()->setText(topic); });
    menu.addAction(tr("Copy payload"), this, [payload] {
        QGuiApplication::clipboard()->setText(isUtf8(payload) ? QString::fromUtf8(payload)
                                                              : QString::fromLatin1(payload.toHex(' ')));
    });
    QAction *compare = menu.addAction(tr("Compare with previous"), this, &MessageLogView::compareCurrentWithPrevious);
    compare->setEnabled(m_model->previousOnTopic(row) != nullptr);
    menu.exec(view->viewport()->mapToGlobal(pos));
}

void MessageLogView::compareCurrentWithPrevious()
{
    if (!m_model || !m_selection || !m_selection->currentIndex().isValid())
        return;
    const int row = m_selection->currentIndex().row();
    const LogEntry current = m_model->entry(row);
    const LogEntry *previousEntry = m_model->previousOnTopic(row);
    if (!previousEntry)
        return;
    const LogEntry previous = *previousEntry;

    const QString before = payloadText(previous.message.payload);
    const QString after = payloadText(current.message.payload);
    auto *dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("compareDialog"));
    dialog->setWindowTitle(tr("Compare with previous — %1").arg(current.message.topic));
    auto *label = new QLabel(
        tr("Previous message at %1, this message at %2")
            .arg(QDateTime::fromMSecsSinceEpoch(previous.timeMs).toString(QStringLiteral("HH:mm:ss.zzz")),
                 QDateTime::fromMSecsSinceEpoch(current.timeMs).toString(QStringLiteral("HH:mm:ss.zzz"))),
        dialog);
    auto *text = new QTextEdit(dialog);
    text->setReadOnly(true);
    text->setLineWrapMode(QTextEdit::NoWrap);
    text->setFont(monospaceFont());
    text->setHtml(before == after ? tr("<p>The payloads are the same.</p>")
                                  : lineDiffHtml(before.split(QLatin1Char('\n')), after.split(QLatin1Char('\n'))));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(label);
    layout->addWidget(text, 1);
    layout->addWidget(buttons);
    dialog->resize(700, 500);
    dialog->show();
}

void MessageLogView::selectRow(int row)
{
    if (!m_model || !m_selection || row < 0 || row >= m_model->rowCount())
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_selection->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (QAbstractItemView *view = currentView())
        view->scrollTo(index);
}

} // namespace Signalbox
