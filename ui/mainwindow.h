#pragma once

#include "client/connectionprofile.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QLabel;
class QSplitter;
class QStackedWidget;

namespace Signalbox {

class ConnectionPage;
class ConnectionSidebar;
class ProfileStore;
class SecretStore;

// The Signalbox window: the connection sidebar on the left and, on the right,
// the page of the selected connection (several may be connected at once, each
// keeps its page). Menus and shortcuts for the everyday actions; the window
// layout and splitters are remembered in QSettings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    ConnectionSidebar *sidebar() const { return m_sidebar; }
    // The page of a profile, made on first use; nullptr for an unknown id.
    ConnectionPage *page(const QString &profileId);
    ConnectionPage *currentPage() const;
    // Shows the profile's page (and selects it in the sidebar).
    ConnectionPage *openProfile(const QString &profileId);
    // Adds a profile (or finds one with the same URL and name) and returns its id.
    QString ensureProfile(const ConnectionProfile &profile);
    // Messages each connection's log keeps (QSettings "log/capacity", default 1,000,000).
    int logCapacity() const;
    void setLogCapacity(int rows);

public slots:
    void newConnection();
    void editConnection(const QString &profileId);
    void duplicateConnection(const QString &profileId);
    void deleteConnection(const QString &profileId);
    void importProfiles();
    void exportProfiles();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void restoreSettings();
    void saveSettings();
    void storeSecrets(const ConnectionProfile &profile);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionSidebar *m_sidebar;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QLabel *m_keychainWarning;
    QLabel *m_emptyHint;
    QHash<QString, ConnectionPage *> m_pageById;
    // A connection's subscriptions or publish history changed: the profiles
    // file is written a moment later, once for a burst of changes (and at close).
    QTimer m_workspaceSave;
};

} // namespace Signalbox
