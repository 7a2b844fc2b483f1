#include "connectionsidebar.h"

#include "profilestore.h"

#include <QHeaderView>
#include <QMenu>
#include <QPainter>
#include <QStandardItemModel>
#include <QToolButton>
#include <QTreeView>
#include <QVBoxLayout>

namespace Signalbox {

namespace {

constexpr int ProfileIdRole = Qt::UserRole + 1;
constexpr int GroupRole = Qt::UserRole + 2;

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
    : QWidget(parent), m_store(store), m_model(new QStandardItemModel(this)), m_view(new QTreeView(this))
{
    m_view->setObjectName(QStringLiteral("connectionTree"));
    m_view->setModel(m_model);
    m_view->setHeaderHidden(true);
    m_view->setUniformRowHeights(true);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view, &QWidget::customContextMenuRequested, this, &ConnectionSidebar::showContextMenu);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        const QString id = index.data(ProfileIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });
    connect(m_view, &QTreeView::clicked, this, [this](const QModelIndex &index) {
        const QString id = index.data(ProfileIdRole).toString();
        if (!id.isEmpty())
            emit openRequested(id);
    });

    auto *buttons = new QHBoxLayout;
    const auto addButton = [&](const QString &name, const QString &text, const QString &tip, auto slot) {
        auto *b = new QToolButton(this);
        b->setObjectName(name);
        b->setText(text);
        b->setToolTip(tip);
        connect(b, &QToolButton::clicked, this, slot);
        buttons->addWidget(b);
    };
    addButton(QStringLiteral("newButton"), tr("New"), tr("New connection (Ctrl+N)"), [this] { emit newRequested(); });
    addButton(QStringLiteral("editButton"), tr("Edit"), tr("Edit the connection"), [this] {
        if (!currentProfileId().isEmpty())
            emit editRequested(currentProfileId());
    });
    addButton(QStringLiteral("duplicateButton"), tr("Copy"), tr("Duplicate the connection"), [this] {
        if (!currentProfileId().isEmpty())
            emit duplicateRequested(currentProfileId());
    });
    addButton(QStringLiteral("deleteButton"), tr("Delete"), tr("Delete the connection"), [this] {
        if (!currentProfileId().isEmpty())
            emit deleteRequested(currentProfileId());
    });
    buttons->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_view);

    connect(m_store, &ProfileStore::profilesChanged, this, &ConnectionSidebar::rebuild);
    rebuild();
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
        groupItem(p.group)->appendRow(item);
        refreshItem(p.id);
    }
    m_view->expandAll();
    if (!current.isEmpty())
        select(current);
}

QStandardItem *ConnectionSidebar::itemFor(const QString &profileId) const
{
    const QModelIndexList found =
        m_model->match(m_model->index(0, 0), ProfileIdRole, profileId, 1, Qt::MatchExactly | Qt::MatchRecursive);
    return found.isEmpty() ? nullptr : m_model->itemFromIndex(found.first());
}

void ConnectionSidebar::refreshItem(const QString &profileId)
{
    QStandardItem *item = itemFor(profileId);
    const auto profile = m_store->profile(profileId);
    if (!item || !profile)
        return;
    const Live live = m_live.value(profileId);
    QString text = profile->name.isEmpty() ? profile->host : profile->name;
    if (live.state == MqttClient::State::Connected && live.rate > 0)
        text += QStringLiteral("  ·  ") + tr("%1 msg/s").arg(live.rate, 0, 'f', 0);
    item->setText(text);
    item->setToolTip(profile->url());
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
    if (QStandardItem *item = itemFor(profileId))
        m_view->setCurrentIndex(item->index());
}

QString ConnectionSidebar::currentProfileId() const
{
    return m_view->currentIndex().data(ProfileIdRole).toString();
}

void ConnectionSidebar::showContextMenu(const QPoint &pos)
{
    const QString id = m_view->indexAt(pos).data(ProfileIdRole).toString();
    QMenu menu(this);
    menu.addAction(tr("New connection…"), this, [this] { emit newRequested(); });
    if (!id.isEmpty()) {
        menu.addAction(tr("Edit…"), this, [this, id] { emit editRequested(id); });
        menu.addAction(tr("Duplicate"), this, [this, id] { emit duplicateRequested(id); });
        QMenu *move = menu.addMenu(tr("Move to group"));
        move->addAction(tr("(no group)"), this, [this, id] { m_store->moveToGroup(id, QString()); });
        for (const QString &group : m_store->groups())
            move->addAction(group, this, [this, id, group] { m_store->moveToGroup(id, group); });
        menu.addSeparator();
        menu.addAction(tr("Delete"), this, [this, id] { emit deleteRequested(id); });
    }
    menu.exec(m_view->viewport()->mapToGlobal(pos));
}

} // namespace Signalbox
