#pragma once

#include "mqttclient.h"

#include <QHash>
#include <QWidget>

class QStandardItem;
class QStandardItemModel;
class QTreeView;

namespace Signalbox {

class ProfileStore;

// The connection profiles in their groups (folders), each with a live state
// marker and message rate. Selecting one asks to open its page; the buttons
// and context menu ask for new, edit, duplicate, delete and move.
class ConnectionSidebar : public QWidget
{
    Q_OBJECT
public:
    explicit ConnectionSidebar(ProfileStore *store, QWidget *parent = nullptr);

    void setState(const QString &profileId, MqttClient::State state, bool hasError);
    void setRate(const QString &profileId, double messagesPerSecond);
    void select(const QString &profileId);
    QString currentProfileId() const;
    // "connected", "connecting", "reconnecting", "error", "off": what the marker shows (tests).
    QString stateText(const QString &profileId) const;

signals:
    void openRequested(const QString &profileId);
    void newRequested();
    void editRequested(const QString &profileId);
    void duplicateRequested(const QString &profileId);
    void deleteRequested(const QString &profileId);

private:
    void rebuild();
    void refreshItem(const QString &profileId);
    void showContextMenu(const QPoint &pos);
    QStandardItem *itemFor(const QString &profileId) const;

    ProfileStore *m_store;
    QStandardItemModel *m_model;
    QTreeView *m_view;
    struct Live
    {
        MqttClient::State state = MqttClient::State::Disconnected;
        bool error = false;
        double rate = 0;
    };
    QHash<QString, Live> m_live;
};

} // namespace Signalbox
