#pragma once

#include "client/mqttclient.h"

#include <QHash>
#include <QStringList>
#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QToolButton;
class QTreeView;

namespace Signalbox {

class ProfileStore;

// The connection profiles in their groups (folders), each with a live state
// marker and message rate; a group shows how many connections it holds.
// Selecting one asks to open its page; the buttons and context menu ask for
// new, edit, duplicate, delete and move. Connections are dragged between
// groups (or to the top level: no group); groups themselves stay put.
//
// The tree mirrors the ProfileStore: every change goes to the store and the
// tree is rebuilt from its profilesChanged(). The model takes no row
// insertions or removals from the view.
class ConnectionSidebar : public QWidget
{
    Q_OBJECT
public:
    enum Role {
        ProfileIdRole = Qt::UserRole + 1, // profile items only
        GroupRole, // a group's name; on a profile item its group ("" for none)
    };
    // What a drag of connections carries: their ids, one per line (UTF-8).
    static QString profileIdsMimeType() { return QStringLiteral("application/x-signalbox-profile-ids"); }

    explicit ConnectionSidebar(ProfileStore *store, QWidget *parent = nullptr);

    void setState(const QString &profileId, MqttClient::State state, bool hasError);
    void setRate(const QString &profileId, double messagesPerSecond);
    void select(const QString &profileId); // "" (or an unknown id): none
    QString currentProfileId() const;
    // The rate as shown beside a connection ("" when none).
    QString rateText(const QString &profileId) const;
    // "connected", "connecting", "reconnecting", "error", "off": what the marker shows (tests).
    QString stateText(const QString &profileId) const;

    // The context menu's group actions without their dialogs. Names are
    // trimmed; false where the store refuses (empty or taken name, unknown
    // group). Deleting a group moves its connections to no group.
    bool createGroup(const QString &name);
    bool renameGroup(const QString &oldName, const QString &newName);
    bool deleteGroup(const QString &name);
    // What a drop does: the profiles move into group ("" = no group); false
    // when none of the ids is a profile.
    bool moveProfiles(const QStringList &profileIds, const QString &group);

signals:
    void openRequested(const QString &profileId);
    // A double-click (or Enter) on a connection: open it and connect.
    void connectRequested(const QString &profileId);
    // Ctrl+V on the list with text on the clipboard: a broker URL to make a connection of.
    void urlPasted(const QString &text);
    void newRequested();
    void editRequested(const QString &profileId);
    void duplicateRequested(const QString &profileId);
    void deleteRequested(const QString &profileId);

private:
    void rebuild();
    void refreshItem(const QString &profileId);
    void showContextMenu(const QPoint &pos);
    void askNewGroup(const QString &moveProfileId = QString());
    void askRenameGroup(const QString &name);
    void askDeleteGroup(const QString &name);
    QStandardItem *itemFor(const QString &profileId) const;
    void updateButtons();

    ProfileStore *m_store;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    QList<QToolButton *> m_selectionButtons; // Edit, Copy, Delete: only with a connection chosen
    struct Live
    {
        MqttClient::State state = MqttClient::State::Disconnected;
        bool error = false;
        double rate = 0;
    };
    QHash<QString, Live> m_live;
};

} // namespace Signalbox
