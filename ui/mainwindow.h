#pragma once

#include "client/connectionprofile.h"

#include <QHash>
#include <QMainWindow>
#include <QTimer>

class QAction;
class QLabel;
class QSplitter;
class QStackedWidget;

namespace Signalbox {

class ConnectionPage;
class ConnectionSidebar;
class ProfileStore;
class SecretStore;
class WelcomePage;

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
    // Makes (or finds) the profile, opens its page and connects: the welcome
    // page's cards, a pasted URL. Returns the page.
    ConnectionPage *connectProfile(const ConnectionProfile &profile);
    // A broker URL typed or pasted anywhere ("mqtt://host:1883", also
    // "host:1883"): connectProfile() of it, or false with the reason in the
    // status bar (and *error).
    bool connectUrl(const QString &text, QString *error = nullptr);
    WelcomePage *welcomePage() const { return m_welcome; }
    void showWelcome();
    // Connections that were connected when the window last closed: open them
    // and connect again (their subscriptions come back with them).
    void reopenConnections();
    // Ctrl +, Ctrl −, Ctrl 0.
    void zoomBy(int steps);
    void resetZoom();
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
    void restoreFromBackup();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void createMenus();
    void createFileMenu();
    void createConnectionMenu();
    void createViewMenu();
    void changeEvent(QEvent *event) override;
    void createHelpMenu();
    void updateActions();
    void askUrl();
    void showAbout();
    void restoreSettings();
    void saveSettings();
    void storeSecrets(const ConnectionProfile &profile);

    ProfileStore *m_profiles;
    SecretStore *m_secrets;
    ConnectionSidebar *m_sidebar;
    QStackedWidget *m_pages;
    QSplitter *m_splitter;
    QLabel *m_keychainWarning;
    WelcomePage *m_welcome;
    QList<QAction *> m_pageActions; // need a connection's page: off on the welcome page
    QHash<QString, ConnectionPage *> m_pageById;
    // A connection's subscriptions or publish history changed: the profiles
    // file is written a moment later, once for a burst of changes (and at close).
    QTimer m_workspaceSave;
};

} // namespace Signalbox
