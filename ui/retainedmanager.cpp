#include "retainedmanager.h"

#include "payloadviewer.h"
#include "client/retainedscan.h"
#include "models/datasize.h"
#include "mqtt/topic.h"
#include "payload/payloadformat.h"
#include "retranslate.h"
#include "zoom.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSet>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <functional>

namespace Signalbox {

namespace {

constexpr int PreviewChars = 120;

QString formatAge(const RetainedAge &age)
{
    const qint64 s = age.sinceMs / 1000;
    QString text;
    if (s < 60)
        text = RetainedManager::tr("%1 s").arg(s);
    else if (s < 3600)
        text = RetainedManager::tr("%1 min").arg(s / 60);
    else if (s < 48 * 3600)
        text = RetainedManager::tr("%1 h").arg(s / 3600);
    else
        text = RetainedManager::tr("%1 d").arg(s / 86400);
    return age.atLeast ? QStringLiteral("≥ ") + text : text;
}

QString formatSeconds(qint64 s)
{
    if (s < 120)
        return RetainedManager::tr("%1 s").arg(s);
    if (s < 7200)
        return RetainedManager::tr("%1 min").arg(s / 60);
    if (s < 48 * 3600)
        return RetainedManager::tr("%1 h").arg(s / 3600);
    return RetainedManager::tr("%1 d").arg(s / 86400);
}

} // namespace

// The scanned messages, one row each, with a check column.
class RetainedTableModel : public QAbstractTableModel
{
public:
    enum Column {
        CheckColumn,
        TopicColumn,
        SizeColumn,
        QosColumn,
        AgeColumn,
        ExpiresColumn,
        PayloadColumn,
        ColumnCount
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setScan(const RetainedScan *scan) { m_scan = scan; }

    void setMessages(const QList<Message> &messages)
    {
        beginResetModel();
        m_rows = messages;
        m_checked = QList<bool>(messages.size(), false);
        m_hashes.clear();
        m_hashes.reserve(messages.size());
        for (const Message &m : messages)
            m_hashes.append(RetainedScan::payloadHash(m.payload));
        endResetModel();
    }

    void removeTopics(const QStringList &topics)
    {
        const QSet<QString> gone(topics.cbegin(), topics.cend());
        for (int row = int(m_rows.size()) - 1; row >= 0; --row) {
            if (!gone.contains(m_rows.at(row).topic))
                continue;
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            m_checked.removeAt(row);
            m_hashes.removeAt(row);
            endRemoveRows();
        }
    }

    const QList<Message> &messages() const { return m_rows; }
    bool isChecked(int row) const { return m_checked.value(row); }

    void setChecked(const std::function<bool(const Message &, bool)> &checked)
    {
        for (qsizetype i = 0; i < m_rows.size(); ++i)
            m_checked[i] = checked(m_rows.at(i), m_checked.at(i));
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, CheckColumn), index(rowCount() - 1, CheckColumn), {Qt::CheckStateRole});
    }

    int checkedCount() const { return int(m_checked.count(true)); }

    void refreshTimes()
    {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, AgeColumn), index(rowCount() - 1, ExpiresColumn), {Qt::DisplayRole});
    }

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    int columnCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : ColumnCount; }

    QVariant data(const QModelIndex &index, int role) const override
    {
        if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return {};
        const Message &m = m_rows.at(index.row());
        if (role == Qt::CheckStateRole && index.column() == CheckColumn)
            return m_checked.at(index.row()) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::TextAlignmentRole && (index.column() == SizeColumn || index.column() == QosColumn))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        if (role == Qt::ToolTipRole && index.column() == TopicColumn)
            return m.topic;
        if (role != Qt::DisplayRole)
            return {};
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        switch (index.column()) {
        case TopicColumn:
            return m.topic;
        case SizeColumn:
            return formatDataSize(m.payload.size());
        case QosColumn:
            return int(m.qos);
        case AgeColumn:
            return m_scan ? formatAge(m_scan->ageOf(m.topic, m_hashes.at(index.row()), m.receivedAtMs, now)) : QString();
        case ExpiresColumn: {
            const auto expiry = m.properties.integer(PropertyId::MessageExpiryInterval);
            if (!expiry)
                return QString();
            return formatSeconds(std::max<qint64>(0, qint64(*expiry) - (now - m.receivedAtMs) / 1000));
        }
        case PayloadColumn:
            return payloadPreview(m.payload, PreviewChars); // as the log shows it: hex for binary
        default:
            return {};
        }
    }

    bool setData(const QModelIndex &index, const QVariant &value, int role) override
    {
        if (role != Qt::CheckStateRole || index.column() != CheckColumn
            || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
            return false;
        m_checked[index.row()] = value.toInt() == Qt::Checked;
        emit dataChanged(index, index, {Qt::CheckStateRole});
        return true;
    }

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        Qt::ItemFlags f = QAbstractTableModel::flags(index);
        if (index.isValid() && index.column() == CheckColumn)
            f |= Qt::ItemIsUserCheckable;
        return f;
    }

    QVariant headerData(int section, Qt::Orientation orientation, int role) const override
    {
        if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
            return {};
        switch (section) {
        case CheckColumn:
            return QString();
        case TopicColumn:
            return RetainedManager::tr("Topic");
        case SizeColumn:
            return RetainedManager::tr("Size");
        case QosColumn:
            return RetainedManager::tr("QoS");
        case AgeColumn:
            return RetainedManager::tr("Age");
        case ExpiresColumn:
            return RetainedManager::tr("Expires in");
        case PayloadColumn:
            return RetainedManager::tr("Payload");
        default:
            return {};
        }
    }

private:
    const RetainedScan *m_scan = nullptr;
    QList<Message> m_rows;
    QList<bool> m_checked;
    QList<size_t> m_hashes;
};

RetainedManager::RetainedManager(QWidget *parent)
    : QWidget(parent)
    , m_model(new RetainedTableModel(this))
    , m_filterField(new QLineEdit(QStringLiteral("#"), this))
    , m_filterProblem(new QLabel(this))
    , m_scanButton(new QPushButton(tr("Scan"), this))
    , m_status(new QLabel(this))
    , m_selectField(new QLineEdit(this))
    , m_checkAllButton(new QPushButton(tr("Check all"), this))
    , m_uncheckAllButton(new QPushButton(tr("Uncheck all"), this))
    , m_clearButton(new QPushButton(tr("Clear checked…"), this))
    , m_restoreButton(new QPushButton(tr("Restore from file…"), this))
    , m_table(new QTableView(this))
    , m_payload(new PayloadViewer(this))
{
    m_filterField->setClearButtonEnabled(true);
    m_filterProblem->setWordWrap(true);
    m_filterProblem->setVisible(false);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_selectField->setClearButtonEnabled(true);

    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->setVisible(false);
    keepRowHeight(m_table);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setColumnWidth(RetainedTableModel::CheckColumn, 28);
    m_table->setColumnWidth(RetainedTableModel::TopicColumn, 260);
    m_table->setWordWrap(false);

    connect(m_filterField, &QLineEdit::textChanged, this, [this] {
        updateFilterProblem();
        updateButtons();
    });
    connect(m_filterField, &QLineEdit::returnPressed, this, [this] { startScan(); });
    connect(m_scanButton, &QPushButton::clicked, this, [this] { startScan(); });
    connect(m_selectField, &QLineEdit::returnPressed, this, [this] { checkMatching(m_selectField->text()); });
    connect(m_checkAllButton, &QPushButton::clicked, this, [this] { setAllChecked(true); });
    connect(m_uncheckAllButton, &QPushButton::clicked, this, [this] { setAllChecked(false); });
    connect(m_clearButton, &QPushButton::clicked, this, &RetainedManager::chooseAndClear);
    connect(m_restoreButton, &QPushButton::clicked, this, &RetainedManager::chooseAndRestore);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &RetainedManager::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &RetainedManager::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RetainedManager::updateButtons);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, &RetainedManager::showCurrentPayload);

    auto *refresh = new QTimer(this);
    refresh->setTimerType(Qt::VeryCoarseTimer);
    connect(refresh, &QTimer::timeout, m_model, &RetainedTableModel::refreshTimes);
    refresh->start(10000);

    auto *filterRow = new QHBoxLayout;
    auto *filterLabel = new QLabel(this);
    filterRow->addWidget(filterLabel);
    retranslate(this, [this, filterLabel] {
        m_filterField->setPlaceholderText(tr("Topic filter, e.g. sensors/#"));
        m_selectField->setPlaceholderText(tr("Check topics matching a filter"));
        filterLabel->setText(tr("Filter:"));
        m_scanButton->setText(tr("Scan"));
        m_checkAllButton->setText(tr("Check all"));
        m_uncheckAllButton->setText(tr("Uncheck all"));
        m_restoreButton->setText(tr("Restore from file…"));
        updateButtons(); // the Clear button counts what is checked
        emit m_model->headerDataChanged(Qt::Horizontal, 0, m_model->columnCount() - 1);
    });
    filterRow->addWidget(m_filterField, 1);
    filterRow->addWidget(m_scanButton);
    filterRow->addWidget(m_restoreButton);

    auto *selectRow = new QHBoxLayout;
    selectRow->addWidget(m_selectField, 1);
    selectRow->addWidget(m_checkAllButton);
    selectRow->addWidget(m_uncheckAllButton);
    selectRow->addWidget(m_clearButton);

    auto *top = new QWidget(this);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(filterRow);
    topLayout->addWidget(m_filterProblem);
    topLayout->addWidget(m_status);
    topLayout->addLayout(selectRow);
    topLayout->addWidget(m_table, 1);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(top);
    splitter->addWidget(m_payload);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    updateFilterProblem();
    updateButtons();
}

RetainedManager::~RetainedManager()
{
    if (m_scan)
        m_scan->disconnect(this);
    delete m_ownedScan;
}

QAbstractItemModel *RetainedManager::model() const
{
    return m_model;
}

void RetainedManager::setScan(RetainedScan *scan)
{
    if (m_scan == scan)
        return;
    if (m_scan)
        m_scan->disconnect(this);
    if (m_ownedScan && m_ownedScan != scan) {
        delete m_ownedScan;
        m_ownedScan = nullptr;
    }
    m_scan = scan;
    attach();
}

void RetainedManager::setProfile(const ConnectionProfile &profile)
{
    if (m_scan) {
        m_scan->setProfile(profile);
        return;
    }
    m_ownedScan = new RetainedScan(profile, this);
    m_scan = m_ownedScan;
    attach();
}

void RetainedManager::attach()
{
    m_model->setScan(m_scan);
    if (m_scan) {
        connect(m_scan, &RetainedScan::scanned, this, &RetainedManager::onScanned);
        connect(m_scan, &RetainedScan::cleared, this, &RetainedManager::onCleared);
        connect(m_scan, &RetainedScan::restored, this, &RetainedManager::onRestored);
        connect(m_scan, &RetainedScan::failed, this, &RetainedManager::onFailed);
        connect(m_scan, &RetainedScan::progress, this, &RetainedManager::onProgress);
        connect(m_scan, &RetainedScan::busyChanged, this, &RetainedManager::updateButtons);
        connect(m_scan, &QObject::destroyed, this, [this] {
            m_model->setScan(nullptr);
            updateButtons();
        });
    }
    updateButtons();
}

void RetainedManager::setFilter(const QString &filter)
{
    m_filterField->setText(filter);
}

QString RetainedManager::filter() const
{
    return m_filterField->text();
}

QString RetainedManager::filterProblem() const
{
    const QString filter = m_filterField->text();
    const std::optional<QString> why = TopicFilter::validate(filter);
    if (why)
        return *why;
    if (TopicFilter(filter).isShared())
        return tr("A shared subscription receives no retained messages.");
    return {};
}

void RetainedManager::updateFilterProblem()
{
    const QString why = filterProblem();
    m_filterProblem->setText(why);
    m_filterProblem->setVisible(!why.isEmpty());
    m_filterField->setToolTip(why);
}

void RetainedManager::updateButtons()
{
    const bool ready = m_scan && !m_scan->isBusy();
    m_scanButton->setEnabled(ready && filterProblem().isEmpty());
    m_restoreButton->setEnabled(ready);
    const bool any = m_model->rowCount() > 0;
    m_checkAllButton->setEnabled(any);
    m_uncheckAllButton->setEnabled(any);
    m_selectField->setEnabled(any);
    const int checked = m_model->checkedCount();
    m_clearButton->setEnabled(ready && checked > 0);
    m_clearButton->setText(checked > 0 ? tr("Clear %n checked…", nullptr, checked) : tr("Clear checked…"));
}

void RetainedManager::setStatus(const QString &text, bool error)
{
    m_hasError = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c0392b;") : QString());
}

QString RetainedManager::statusText() const
{
    return m_status->text();
}

bool RetainedManager::startScan()
{
    const QString why = filterProblem();
    if (!why.isEmpty()) {
        setStatus(tr("Cannot scan: %1").arg(why), true);
        return false;
    }
    if (!m_scan) {
        setStatus(tr("No connection to scan."), true);
        return false;
    }
    if (m_scan->isBusy())
        return false;
    m_scannedFilter = filter();
    setStatus(tr("Scanning %1…").arg(m_scannedFilter));
    m_scan->scan(m_scannedFilter);
    updateButtons();
    return true;
}

int RetainedManager::checkMatching(const QString &filter)
{
    if (!TopicFilter(filter).isValid())
        return m_model->checkedCount();
    m_model->setChecked([&filter](const Message &m, bool was) { return was || TopicFilter::matches(filter, m.topic); });
    return m_model->checkedCount();
}

void RetainedManager::setAllChecked(bool checked)
{
    m_model->setChecked([checked](const Message &, bool) { return checked; });
}

QString RetainedManager::defaultRestorePath() const
{
    QString broker = m_scan ? m_scan->profile().host + QLatin1Char('-') + QString::number(m_scan->profile().port)
                            : QStringLiteral("broker");
    for (QChar &c : broker) {
        if (!c.isLetterOrNumber() && c != QLatin1Char('-') && c != QLatin1Char('.'))
            c = QLatin1Char('_');
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/retained-backups/")
           + broker + QLatin1Char('-') + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))
           + QStringLiteral(".json");
}

int RetainedManager::clearChecked(const QString &restoreFilePath, bool confirm)
{
    if (!m_scan || m_scan->isBusy())
        return 0;
    QList<Message> checked;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isChecked(row))
            checked.append(m_model->messages().at(row));
    }
    if (checked.isEmpty())
        return 0;
    QString path = restoreFilePath;
    if (confirm) {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Clear retained messages"));
        auto *text = new QLabel(tr("Clear %n retained message(s)? Each topic gets an empty retained message.\n"
                                   "First they are saved to this restore file, from which they can be published again:",
                                   nullptr, int(checked.size())),
                                &dialog);
        text->setWordWrap(true);
        auto *pathField = new QLineEdit(path, &dialog);
        auto *browse = new QPushButton(tr("Choose…"), &dialog);
        connect(browse, &QPushButton::clicked, &dialog, [&dialog, pathField] {
            const QString chosen = QFileDialog::getSaveFileName(&dialog, tr("Restore file"), pathField->text(),
                                                                tr("Retained messages (*.json)"));
            if (!chosen.isEmpty())
                pathField->setText(chosen);
        });
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, &dialog);
        buttons->addButton(tr("Clear %n", nullptr, int(checked.size())), QDialogButtonBox::AcceptRole);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        auto *pathRow = new QHBoxLayout;
        pathRow->addWidget(pathField, 1);
        pathRow->addWidget(browse);
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(text);
        layout->addLayout(pathRow);
        layout->addWidget(buttons);
        dialog.resize(560, dialog.sizeHint().height());
        if (dialog.exec() != QDialog::Accepted)
            return 0;
        path = pathField->text();
    }
    m_clearing.clear();
    for (const Message &m : std::as_const(checked))
        m_clearing.append(m.topic);
    setStatus(tr("Saving %1 and clearing %n retained message(s)…", nullptr, int(checked.size()))
                  .arg(QDir::toNativeSeparators(path)));
    m_scan->clear(checked, path);
    updateButtons();
    return int(checked.size());
}

bool RetainedManager::restoreFrom(const QString &path)
{
    if (!m_scan || m_scan->isBusy())
        return false;
    setStatus(tr("Restoring from %1…").arg(QDir::toNativeSeparators(path)));
    m_scan->restore(path);
    updateButtons();
    return true;
}

void RetainedManager::chooseAndClear()
{
    clearChecked(defaultRestorePath(), true);
}

void RetainedManager::chooseAndRestore()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                        + QStringLiteral("/retained-backups");
    const QString path = QFileDialog::getOpenFileName(this, tr("Restore retained messages"), dir,
                                                      tr("Retained messages (*.json)"));
    if (!path.isEmpty())
        restoreFrom(path);
}

QList<Message> RetainedManager::messages() const
{
    return m_model->messages();
}

QStringList RetainedManager::topics() const
{
    QStringList topics;
    for (const Message &m : m_model->messages())
        topics << m.topic;
    return topics;
}

QStringList RetainedManager::checkedTopics() const
{
    QStringList topics;
    for (int row = 0; row < m_model->rowCount(); ++row) {
        if (m_model->isChecked(row))
            topics << m_model->messages().at(row).topic;
    }
    return topics;
}

void RetainedManager::setPayloadViewerEmbedded(bool embedded)
{
    m_payload->setVisible(embedded);
}

Message RetainedManager::shownMessage() const
{
    const QModelIndex current = m_table->currentIndex();
    return current.isValid() ? m_model->messages().at(current.row()) : Message();
}

void RetainedManager::showCurrentPayload()
{
    const Message message = shownMessage();
    m_payload->setPayload(message.payload);
    emit messageShown(message);
}

void RetainedManager::onProgress(int count)
{
    if (m_scan && m_scan->operation() == RetainedScan::Operation::Scan)
        setStatus(tr("Scanning %1… %n retained message(s) so far.", nullptr, count).arg(m_scannedFilter));
    else
        setStatus(tr("%n acknowledged…", nullptr, count));
}

void RetainedManager::onScanned(const QList<Message> &messages)
{
    m_model->setMessages(messages);
    showCurrentPayload();
    qint64 bytes = 0;
    for (const Message &m : messages)
        bytes += m.payload.size();
    QString text = tr("%n retained message(s) under %1", nullptr, int(messages.size())).arg(m_scannedFilter);
    text += QStringLiteral(", ") + formatDataSize(bytes) + QLatin1Char('.');
    if (m_scan && m_scan->lastScanTruncated())
        text += QLatin1Char(' ')
                + tr("Stopped at %n message(s); narrow the filter to see the rest.", nullptr, int(messages.size()));
    setStatus(text);
    updateButtons();
    emit operationFinished();
}

void RetainedManager::onCleared(int count, const QStringList &failedTopics)
{
    QStringList done = m_clearing;
    for (const QString &topic : failedTopics)
        done.removeAll(topic);
    m_model->removeTopics(done);
    m_clearing.clear();
    if (failedTopics.isEmpty())
        setStatus(tr("Cleared %n retained message(s).", nullptr, count));
    else
        setStatus(tr("Cleared %1; %n failed: %2", nullptr, int(failedTopics.size()))
                      .arg(count)
                      .arg(failedTopics.mid(0, 5).join(QStringLiteral(", "))),
                  true);
    updateButtons();
    emit operationFinished();
}

void RetainedManager::onRestored(int count, const QStringList &failedTopics)
{
    if (failedTopics.isEmpty())
        setStatus(tr("Restored %n retained message(s).", nullptr, count));
    else
        setStatus(tr("Restored %1; %n failed: %2", nullptr, int(failedTopics.size()))
                      .arg(count)
                      .arg(failedTopics.mid(0, 5).join(QStringLiteral(", "))),
                  true);
    updateButtons();
    emit operationFinished();
}

void RetainedManager::onFailed(const Error &error)
{
    m_clearing.clear();
    setStatus(error.message, true);
    updateButtons();
    emit operationFinished();
}

} // namespace Signalbox
