#include "connectionsidebar.h"

#include "client/clienthost.h"
#include "profiles/profilestore.h"
#include "retranslate.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QInputDialog>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPainter>
#include <QShortcut>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

#include <array>
#include <functional>

namespace Signalbox {

namespace {

constexpr int ProfileIdRole = ConnectionSidebar::ProfileIdRole;
constexpr int GroupRole = ConnectionSidebar::GroupRole;

// Drag and drop of connections, done by the sidebar rather than the model: a
// drop hands the ids and the target group to onDrop, which changes the store,
// whose profilesChanged() rebuilds the tree. Rows are never removed on the
// view's request, so the view's own move clean-up after a drop (removing the
// dragged rows) leaves the rebuilt tree alone.
class SidebarModel : public QStandardItemModel
{
public:
    using QStandardItemModel::QStandardItemModel;

    std::function<bool(const QStringList &ids, const QString &group)> onDrop;

    Qt::ItemFlags flags(const QModelIndex &index) const override
    {
        if (!index.isValid())
            return Qt::ItemIsDropEnabled;
        if (index.data(ProfileIdRole).toString().isEmpty())
            return Qt::ItemIsEnabled | Qt::ItemIsDropEnabled;
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsDragEnabled | Qt::ItemIsDropEnabled;
    }
    Qt::DropActions supportedDragActions() const override { return Qt::MoveAction; }
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {ConnectionSidebar::profileIdsMimeType()}; }

    QMimeData *mimeData(const QModelIndexList &indexes) const override
    {
        QStringList ids;
        for (const QModelIndex &index : indexes) {
            const QString id = index.data(ProfileIdRole).toString();
            if (!id.isEmpty() && !ids.contains(id))
                ids.append(id);
        }
        if (ids.isEmpty())
            return nullptr;
        auto *data = new QMimeData;
        data->setData(ConnectionSidebar::profileIdsMimeType(), ids.join(QLatin1Char('\n')).toUtf8());
        return data;
    }

    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &) const override
    {
        return action == Qt::MoveAction && !idsIn(data).isEmpty();
    }

    // The target group is the parent's: a group item's own name, a profile
    // item's group (a drop onto a connection means its group), the top level's
    // none. row and column do not matter: the store keeps its own order.
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int, int, const QModelIndex &parent) override
    {
        if (action == Qt::IgnoreAction)
            return true;
        const QStringList ids = idsIn(data);
        if (action != Qt::MoveAction || ids.isEmpty() || !onDrop)
            return false;
        return onDrop(ids, parent.data(GroupRole).toString());
    }

    bool removeRows(int, int, const QModelIndex &) override { return false; }

private:
    static QStringList idsIn(const QMimeData *data)
    {
        if (!data || !data->hasFormat(ConnectionSidebar::profileIdsMimeType()))
            return {};
        return QString::fromUtf8(data->data(ConnectionSidebar::profileIdsMimeType()))
            .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
};

QIcon dot(const QColor &color)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(130));
    painter.setBrush(color);
    painter.drawEllipse(1, 1, 10, 10);
    return QIcon(pixmap);
}

} // namespace

ConnectionSidebar::ConnectionSidebar(ProfileStore *store, QWidget *parent)
    : QWidget(parent), m_store(store), m_model(new SidebarModel(this)), m_view(new QTreeView(this))
{
    static_cast<SidebarModel *>(m_model)->onDrop = [this](const QStringList &ids, const QString &group) {
        return moveProfiles(ids, group);
    };
    m_view->setObjectName(QStringLiteral("connectionTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setDragDropMode(QAbstractItemView::InternalMove);
    m_view->setDefaultDropAction(Qt::MoveAction);
    m_view->setDropIndicatorShown(true);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConnectionSidebar::showContextMenu);
    // A click opens; a double-click (or Enter, by the platform's activation) opens and connects.
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(ProfileIdRole).toString();
        if (!id.isEmpty())
            emit connectRequested(id);
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.siblingAtColumn(0).data(ProfileIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    auto *paste = new QShortcut(QKeySequence::Paste, m_view, nullptr, nullptr, Qt::WidgetShortcut);
    connect(paste, &QShortcut::activated, this, [this] {
        const QString text = QGuiApplication::clipboard()->text().trimmed();
        if (!text.isEmpty())
            emit urlPasted(text);
    });

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &name, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
        return b;
    };
    QToolButton *newButton = addButton(QStringLiteral("newButton"), [this] { emit newRequested(); });
    m_selectionButtons << addButton(QStringLiteral("editButton"), [this] {
        if (!currentProfileId().isEmpty())
            emit editRequested(currentProfileId());
    });
    m_selectionButtons << addButton(QStringLiteral("duplicateButton"), [this] {
        if (!currentProfileId().isEmpty())
            emit duplicateRequested(currentProfileId());
    });
    m_selectionButtons << addButton(QStringLiteral("deleteButton"), [this] {
        if (!currentProfileId().isEmpty())
            emit deleteRequested(currentProfileId());
    });
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    m_view->header()->setStretchLastSection(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &ConnectionSidebar::updateButtons);
    connect(m_store, &ProfileStore::profilesChanged, this, &ConnectionSidebar::rebuild);
    retranslate(this, [this, newButton] {
        newButton->setText(tr("New"));
        newButton->setToolTip(tr("New connection (Ctrl+N)"));
        const std::array<QString, 3> texts{tr("Edit"), tr("Copy"), tr("Delete")};
        const std::array<QString, 3> tips{tr("Edit the connection"), tr("Duplicate the connection"),
                                          tr("Delete the connection")};
        for (size_t i = 0; i < texts.size(); ++i) {
            m_selectionButtons.at(qsizetype(i))->setText(texts[i]);
            m_selectionButtons.at(qsizetype(i))->setToolTip(tips[i]);
        }
        rebuild(); // group names carry their counts in words
    });
}

void ConnectionSidebar::updateButtons()
{
    const bool chosen = !currentProfileId().isEmpty();
    for (QToolButton *b : std::as_const(m_selectionButtons))
        b->setEnabled(chosen);
}

void ConnectionSidebar::rebuild()
{
    const QString current = currentProfileId();
    m_model->clear();
    QHash<QString, QStandardItem *> groups;
    const auto groupItem = [&](const QString &name) {
        if (name.isEmpty())
            return m_model->invisibleRootItem();
        if (auto *g = groups.value(name))
            return g;
        auto *g = new QStandardItem(name);
        g->setData(name, GroupRole);
        g->setSelectable(false);
        QFont font = g->font();
        font.setBold(true);
        g->setFont(font);
        m_model->appendRow(g);
        groups.insert(name, g);
        return g;
    };
    for (const QString &group : m_store->groups())
        groupItem(group);
    for (const ConnectionProfile &p : m_store->profiles()) {
        auto *item = new QStandardItem;
        item->setData(p.id, ProfileIdRole);
        item->setData(p.group, GroupRole);
        auto *rate = new QStandardItem;
        rate->setData(p.id, ProfileIdRole);
        rate->setData(p.group, GroupRole);
        rate->setData(int(Qt::AlignRight | Qt::AlignVCenter), Qt::TextAlignmentRole);
        rate->setForeground(palette().color(QPalette::PlaceholderText));
        groupItem(p.group)->appendRow({item, rate});
        refreshItem(p.id);
    }
    // The name takes the width; the rate, in a column of its own, is never cut short.
    m_model->setColumnCount(2);
    m_view->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_view->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    for (auto it = groups.cbegin(); it != groups.cend(); ++it) {
        it.value()->setText(tr("%1 (%2)").arg(it.key()).arg(it.value()->rowCount()));
        it.value()->setToolTip(tr("%n connection(s)", nullptr, it.value()->rowCount()));
    }
    m_view->expandAll();
    if (!current.isEmpty())
        select(current);
    updateButtons();
}

QStandardItem *ConnectionSidebar::itemFor(const QString &profileId) const
{
    const QModelIndexList found = m_model->match(m_model->index(0, 0), ProfileIdRole, profileId, 1,
                                                 Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.first());
}

void ConnectionSidebar::refreshItem(const QString &profileId)
{
    QStandardItem *item = itemFor(profileId);
    const auto profile = m_store->profile(profileId);
    if (!item || !profile)
        return;
    item->setText(profile->name.isEmpty() ? profile->host : profile->name);
    item->setToolTip(profile->url());
    if (QStandardItem *rate = m_model->itemFromIndex(item->index().siblingAtColumn(1))) {
        rate->setText(rateText(profileId));
        rate->setToolTip(tr("Messages received per second, over the last %n second(s)", nullptr, ClientHost::RateWindow));
    }
    const QString state = stateText(profileId);
    QColor color(0x9e9e9e);
    if (state == QLatin1String("connected"))
        color = QColor(0x2e7d32);
    else if (state == QLatin1String("connecting") || state == QLatin1String("reconnecting"))
        color = QColor(0xf9a825);
    else if (state == QLatin1String("error"))
        color = QColor(0xc62828);
    item->setIcon(dot(color));
    item->setData(state, Qt::AccessibleDescriptionRole);
}

QString ConnectionSidebar::rateText(const QString &profileId) const
{
    const Live live = m_live.value(profileId);
    if (live.state != MqttClient::State::Connected || live.rate <= 0)
        return {};
    // Small rates with one decimal (an average of $SYS every 10 s is 0.3), large ones grouped.
    return live.rate < 10 ? tr("%L1 msg/s").arg(live.rate, 0, 'f', 1) : tr("%L1 msg/s").arg(live.rate, 0, 'f', 0);
}

QString ConnectionSidebar::stateText(const QString &profileId) const
{
    const Live live = m_live.value(profileId);
    switch (live.state) {
    case MqttClient::State::Connected:
        return QStringLiteral("connected");
    case MqttClient::State::Connecting:
    case MqttClient::State::Disconnecting:
        return QStringLiteral("connecting");
    case MqttClient::State::Reconnecting:
        return QStringLiteral("reconnecting");
    case MqttClient::State::Disconnected:
        return live.error ? QStringLiteral("error") : QStringLiteral("off");
    }
    return QStringLiteral("off");
}

void ConnectionSidebar::setState(const QString &profileId, MqttClient::State state, bool hasError)
{
    Live &live = m_live[profileId];
    live.state = state;
    live.error = hasError;
    if (state != MqttClient::State::Connected)
        live.rate = 0;
    refreshItem(profileId);
}

void ConnectionSidebar::setRate(const QString &profileId, double messagesPerSecond)
{
    m_live[profileId].rate = messagesPerSecond;
    refreshItem(profileId);
}

void ConnectionSidebar::select(const QString &profileId)
{
    if (QStandardItem *item = profileId.isEmpty() ? nullptr : itemFor(profileId))
        m_view->setCurrentIndex(item->index());
    else
        m_view->setCurrentIndex({}); // none
    updateButtons();
}

QString ConnectionSidebar::currentProfileId() const
{
    return m_view->currentIndex().data(ProfileIdRole).toString();
}

bool ConnectionSidebar::createGroup(const QString &name)
{
    return m_store->addGroup(name.trimmed());
}

bool ConnectionSidebar::renameGroup(const QString &oldName, const QString &newName)
{
    return m_store->renameGroup(oldName, newName.trimmed());
}

bool ConnectionSidebar::deleteGroup(const QString &name)
{
    return m_store->removeGroup(name);
}

bool ConnectionSidebar::moveProfiles(const QStringList &profileIds, const QString &group)
{
    bool moved = false;
    for (const QString &id : profileIds) {
        const auto profile = m_store->profile(id);
        if (!profile)
            continue;
        moved = true;
        if (profile->group != group)
            m_store->moveToGroup(id, group);
    }
    return moved;
}

void ConnectionSidebar::askNewGroup(const QString &moveProfileId)
{
    bool ok = false;
    const QString name =
        QInputDialog::getText(this, tr("New group"), tr("Group name:"), QLineEdit::Normal, QString(), &ok).trimmed();
    if (!ok || name.isEmpty())
        return;
    if (m_store->groups().contains(name)) {
        QMessageBox::warning(this, tr("New group"), tr("There is already a group “%1”.").arg(name));
        return;
    }
    if (moveProfileId.isEmpty())
        createGroup(name);
    else
        moveProfiles({moveProfileId}, name);
}

void ConnectionSidebar::askRenameGroup(const QString &name)
{
    bool ok = false;
    const QString newName =
        QInputDialog::getText(this, tr("Rename group"), tr("Group name:"), QLineEdit::Normal, name, &ok).trimmed();
    if (!ok || newName.isEmpty() || newName == name)
        return;
    if (!renameGroup(name, newName))
        QMessageBox::warning(this, tr("Rename group"), tr("There is already a group “%1”.").arg(newName));
}

void ConnectionSidebar::askDeleteGroup(const QString &name)
{
    const qsizetype count = m_store->profilesInGroup(name).size();
    const QString question =
        count == 0
            ? tr("Delete the group “%1”?").arg(name)
            : tr("Delete the group “%1”? Its %n connection(s) will move to no group.", nullptr, int(count)).arg(name);
    if (QMessageBox::question(this, tr("Delete group"), question, QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
        == QMessageBox::Yes)
        deleteGroup(name);
}

void ConnectionSidebar::showContextMenu(const QPoint &pos)
{
    const QModelIndex index = m_view->indexAt(pos);
    const QString id = index.data(ProfileIdRole).toString();
    const QString group = id.isEmpty() ? index.data(GroupRole).toString() : QString();
    QMenu menu(this);
    menu.addAction(tr("New connection…"), this, [this] { emit newRequested(); });
    if (!id.isEmpty()) {
        menu.addAction(tr("Edit…"), this, [this, id] { emit editRequested(id); });
        menu.addAction(tr("Duplicate"), this, [this, id] { emit duplicateRequested(id); });
        QMenu *move = menu.addMenu(tr("Move to group"));
        move->addAction(tr("(no group)"), this, [this, id] { moveProfiles({id}, QString()); });
        for (const QString &name : m_store->groups())
            move->addAction(name, this, [this, id, name] { moveProfiles({id}, name); });
        move->addSeparator();
        move->addAction(tr("New group…"), this, [this, id] { askNewGroup(id); });
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, id] { emit deleteRequested(id); });
    }
    menu.addSeparator();
    menu.addAction(tr("New group…"), this, [this] { askNewGroup(); });
    if (!group.isEmpty()) {
        menu.addAction(tr("Rename group…"), this, [this, group] { askRenameGroup(group); });
        menu.addAction(tr("Delete group"), this, [this, group] { askDeleteGroup(group); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Signalbox
