#include "mainwindow.h"

#include "connectioneditor.h"
#include "connectionpage.h"
#include "connectionsidebar.h"
#include "models/messagelogmodel.h"
#include "messagelogview.h"
#include "profiles/mqttximport.h"
#include "profiles/profilestore.h"
#include "publishpanel.h"
#include "session/connectionsession.h"
#include "profiles/secretstore.h"
#include "subscriptionpanel.h"
#include "theme.h"
#include "translation.h"
#include "retranslate.h"
#include "backupactions.h"
#include "welcomepage.h"
#include "zoom.h"

#include <algorithm>

#include <QActionGroup>
#include <QApplication>
#include <QClipboard>
#include <QScreen>
#include <QCloseEvent>
#include <QFile>
#include <QFileDialog>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

namespace Signalbox {

namespace {
const QString PasswordKey = QStringLiteral("password");
const QString PassphraseKey = QStringLiteral("keyPassphrase");
const QString PskKey = QStringLiteral("psk"); // the pre-shared key in hex
} // namespace

MainWindow::MainWindow(ProfileStore *profiles, SecretStore *secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
    , m_sidebar(new ConnectionSidebar(profiles, this))
    , m_pages(new QStackedWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_keychainWarning(new QLabel(this))
    , m_welcome(new WelcomePage(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(QStringLiteral("Signalbox"));
    m_workspaceSave.setSingleShot(true);
    m_workspaceSave.setInterval(1000);
    connect(&m_workspaceSave, &QTimer::timeout, this, [this] {
        if (!m_profiles->save())
            statusBar()->showMessage(m_profiles->errorString());
    });
    m_pages->addWidget(m_welcome);
    connect(m_welcome, &WelcomePage::connectRequested, this, &MainWindow::connectProfile);
    connect(m_welcome, &WelcomePage::newConnectionRequested, this, &MainWindow::newConnection);
    connect(m_welcome, &WelcomePage::importRequested, this, &MainWindow::importProfiles);
    connect(m_pages, &QStackedWidget::currentChanged, this, &MainWindow::updateActions);
    m_splitter->addWidget(m_sidebar);
    m_splitter->addWidget(m_pages);
    m_splitter->setStretchFactor(0, 0);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setSizes({170, 1430});
    setCentralWidget(m_splitter);

    ConnectionEditor::setKeychainAvailable(m_secrets->isAvailable());
    if (!m_secrets->isAvailable()) {
        // A short line (the whole sentence would set the window's minimum width).
        retranslate(m_keychainWarning, [this] {
            m_keychainWarning->setText(tr("No keychain: passwords are kept until you quit"));
            m_keychainWarning->setToolTip(m_secrets->unavailableReason());
        });
        m_keychainWarning->setStyleSheet(QStringLiteral("color: #b26a00;"));
        statusBar()->addPermanentWidget(m_keychainWarning);
    }

    connect(m_sidebar, &ConnectionSidebar::openRequested, this, &MainWindow::openProfile);
    connect(m_sidebar, &ConnectionSidebar::connectRequested, this, [this](const QString &profileId) {
        if (ConnectionPage *p = openProfile(profileId); p && p->client()->state() == MqttClient::State::Disconnected)
            p->connectToBroker();
    });
    connect(m_sidebar, &ConnectionSidebar::urlPasted, this, [this](const QString &text) { connectUrl(text); });
    connect(m_sidebar, &ConnectionSidebar::newRequested, this, &MainWindow::newConnection);
    connect(m_sidebar, &ConnectionSidebar::editRequested, this, &MainWindow::editConnection);
    connect(m_sidebar, &ConnectionSidebar::duplicateRequested, this, &MainWindow::duplicateConnection);
    connect(m_sidebar, &ConnectionSidebar::deleteRequested, this, &MainWindow::deleteConnection);
    connect(m_secrets, &SecretStore::loaded, this,
            [this](const QString &profileId, const QString &key, const QString &secret, const QString &error) {
                if (!error.isEmpty() || secret.isEmpty())
                    return;
                ConnectionPage *p = m_pageById.value(profileId);
                if (!p)
                    return;
                ConnectionProfile profile = p->profile();
                if (key == PasswordKey)
                    profile.password = secret;
                else if (key == PassphraseKey)
                    profile.tls.keyPassphrase = secret;
                else if (key == PskKey)
                    profile.tls.psk = QByteArray::fromHex(secret.toLatin1());
                p->setProfile(profile);
            });

    createMenus();
    restoreSettings();
}

MainWindow::~MainWindow() = default;

// The menus are made again in a new language (changeEvent()).
void MainWindow::createMenus()
{
    for (QAction *a : menuBar()->actions()) {
        if (QMenu *menu = a->menu())
            menu->deleteLater(); // with their actions; a triggered one may still be on the stack
    }
    menuBar()->clear();
    m_pageActions.clear();
    createFileMenu();
    createConnectionMenu();
    createViewMenu();
    createHelpMenu();
    updateActions();
}

void MainWindow::changeEvent(QEvent *event)
{
    QMainWindow::changeEvent(event);
    if (event->type() == QEvent::LanguageChange)
        createMenus();
}

void MainWindow::createFileMenu()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->addAction(tr("&New connection…"), QKeySequence::New, this, &MainWindow::newConnection);
    file->addAction(tr("Connect to &URL…"), QKeySequence::Open, this, &MainWindow::askUrl);
    file->addAction(tr("&Import connections…"), this, &MainWindow::importProfiles);
    file->addAction(tr("&Export connections…"), this, &MainWindow::exportProfiles);
    file->addSeparator();
    file->addAction(tr("&Back up everything…"), this, [this] { backUpEverything(this, m_profiles, m_secrets); });
    file->addAction(tr("&Restore from backup…"), this, &MainWindow::restoreFromBackup);
    file->addSeparator();
    file->addAction(tr("&Quit"), QKeySequence::Quit, this, &QWidget::close);
}

void MainWindow::createConnectionMenu()
{
    QMenu *connection = menuBar()->addMenu(tr("&Connection"));
    m_pageActions << connection->addAction(tr("&Connect or disconnect"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C),
                                           this, [this] {
                                               if (ConnectionPage *p = currentPage())
                                                   p->toggleConnection();
                                           });
    m_pageActions << connection->addAction(tr("&Edit…"), QKeySequence(Qt::CTRL | Qt::Key_E), this, [this] {
        if (ConnectionPage *p = currentPage())
            editConnection(p->profile().id);
    });
    m_pageActions << connection->addAction(tr("&Subscribe…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S), this,
                                           [this] {
                                               if (ConnectionPage *p = currentPage())
                                                   p->subscriptionPanel()->focusFilter();
                                           });
    m_pageActions << connection->addAction(tr("&Find in messages"), QKeySequence::Find, this, [this] {
        if (ConnectionPage *p = currentPage())
            p->logView()->focusSearch();
    });
    m_pageActions << connection->addAction(tr("C&lear messages"), QKeySequence(Qt::CTRL | Qt::Key_L), this, [this] {
        if (ConnectionPage *p = currentPage())
            p->logModel()->clear();
    });
    m_pageActions << connection->addAction(tr("&Publish"), QKeySequence(Qt::CTRL | Qt::Key_Return), this, [this] {
        if (ConnectionPage *p = currentPage())
            p->publishPanel()->send();
    });
    connection->addSeparator();
    m_pageActions << connection->addAction(tr("Payload &decoders…"), this, [this] {
        if (ConnectionPage *p = currentPage())
            p->editPayloadBindings();
    });
}

void MainWindow::createViewMenu()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *zoomIn = view->addAction(tr("Zoom &in"), this, [this] { zoomBy(1); });
    zoomIn->setShortcuts({QKeySequence::ZoomIn, QKeySequence(Qt::CTRL | Qt::Key_Equal)});
    view->addAction(tr("Zoom &out"), QKeySequence::ZoomOut, this, [this] { zoomBy(-1); });
    view->addAction(tr("&Actual size"), QKeySequence(Qt::CTRL | Qt::Key_0), this, &MainWindow::resetZoom);
    view->addSeparator();
    QMenu *theme = view->addMenu(tr("&Theme"));
    auto *themes = new QActionGroup(theme);
    const int current = QSettings().value(QStringLiteral("theme"), int(ThemeChoice::System)).toInt();
    const auto addTheme = [&](const QString &name, ThemeChoice choice) {
        QAction *a = theme->addAction(name);
        a->setCheckable(true);
        a->setChecked(int(choice) == current);
        themes->addAction(a);
        connect(a, &QAction::triggered, this, [choice] {
            applyTheme(choice);
            QSettings().setValue(QStringLiteral("theme"), int(choice));
        });
    };
    view->addAction(tr("Message log &capacity…"), this, [this] {
        bool ok = false;
        const int rows = QInputDialog::getInt(this, tr("Message log capacity"),
                                              tr("Messages kept per connection (the oldest go first):"), logCapacity(),
                                              1000, 50'000'000, 100'000, &ok);
        if (ok)
            setLogCapacity(rows);
    });
    addTheme(tr("Follow the system"), ThemeChoice::System);
    addTheme(tr("Light"), ThemeChoice::Light);
    addTheme(tr("Dark"), ThemeChoice::Dark);

    QMenu *language = view->addMenu(tr("&Language"));
    language->setObjectName(QStringLiteral("languageMenu")); // its entries name languages in their own words
    auto *languages = new QActionGroup(language);
    const QString chosen = languageSetting();
    const auto addLanguage = [&](const QString &name, const QString &code) {
        QAction *a = language->addAction(name);
        a->setCheckable(true);
        a->setChecked(code == chosen);
        languages->addAction(a);
        connect(a, &QAction::triggered, this, [code] {
            setLanguageSetting(code);
            installTranslations(code); // every window's texts follow (QEvent::LanguageChange)
        });
    };
    // "System (한국어)"; a system locale without a language (C, POSIX) is just "System".
    const QString systemLanguage = QLocale::system().nativeLanguageName();
    addLanguage(systemLanguage.isEmpty() ? tr("System") : tr("System (%1)").arg(systemLanguage),
                QStringLiteral("system"));
    for (const QString &code : availableLanguages())
        addLanguage(languageName(code), code);
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&Welcome page"), this, &MainWindow::showWelcome);
    help->addSeparator();
    help->addAction(tr("&About Signalbox"), this, &MainWindow::showAbout);
    help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
}

// The pages of restored connections are made again from the store: an open
// page would otherwise write its old workspace back over the restored one.
void MainWindow::restoreFromBackup()
{
    QStringList restored;
    if (!restoreBackup(this, m_profiles, m_secrets, &restored))
        return;
    const QString current = currentPage() ? currentPage()->profile().id : QString();
    for (const QString &id : std::as_const(restored)) {
        if (ConnectionPage *p = m_pageById.take(id)) {
            m_pages->removeWidget(p);
            p->deleteLater(); // disconnects
            m_sidebar->setState(id, MqttClient::State::Disconnected, false);
        }
    }
    if (!current.isEmpty() && restored.contains(current))
        openProfile(current);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About Signalbox"),
                       tr("<h3>Signalbox %1</h3>"
                          "<p>A native desktop MQTT client: MQTT 3.1, 3.1.1 and 5.0 over TCP, TLS and WebSocket.</p>"
                          "<p>Built with Qt %2, running on Qt %3.</p>"
                          "<p>Licensed under the Apache License, version 2.0.</p>")
                           .arg(QCoreApplication::applicationVersion(), QStringLiteral(QT_VERSION_STR),
                                QString::fromLatin1(qVersion())));
}

// The Connection menu acts on the connection shown: with none (the welcome
// page) its entries are off.
void MainWindow::updateActions()
{
    const bool hasPage = currentPage() != nullptr;
    for (QAction *a : std::as_const(m_pageActions))
        a->setEnabled(hasPage);
}

void MainWindow::showWelcome()
{
    m_pages->setCurrentWidget(m_welcome);
    m_sidebar->select(QString());
}

ConnectionPage *MainWindow::connectProfile(const ConnectionProfile &profile)
{
    const QString id = ensureProfile(profile);
    if (!m_profiles->save())
        statusBar()->showMessage(m_profiles->errorString());
    ConnectionPage *p = openProfile(id);
    if (p && p->client()->state() == MqttClient::State::Disconnected)
        p->connectToBroker();
    return p;
}

bool MainWindow::connectUrl(const QString &text, QString *error)
{
    QString why;
    const std::optional<ConnectionProfile> profile = WelcomePage::profileFromUrl(text, &why);
    if (!profile) {
        statusBar()->showMessage(tr("Not a broker URL: %1").arg(why), 8000);
        if (error)
            *error = why;
        return false;
    }
    connectProfile(*profile);
    return true;
}

void MainWindow::askUrl()
{
    // A URL on the clipboard is offered as it is.
    const QString clipboard = QGuiApplication::clipboard()->text().trimmed();
    const QString offered = WelcomePage::profileFromUrl(clipboard) ? clipboard : QString();
    bool ok = false;
    const QString url = QInputDialog::getText(this, tr("Connect to URL"),
                                              tr("Broker URL (mqtt://, mqtts://, ws://, wss://):"), QLineEdit::Normal,
                                              offered, &ok);
    if (!ok || url.trimmed().isEmpty())
        return;
    QString error;
    if (!connectUrl(url, &error))
        QMessageBox::warning(this, tr("Connect to URL"), error);
}

void MainWindow::zoomBy(int steps)
{
    Zoom::setStep(Zoom::step() + steps);
    statusBar()->showMessage(tr("Zoom %1%").arg(100 + 10 * Zoom::step()), 2000);
}

void MainWindow::resetZoom()
{
    Zoom::setStep(0);
    statusBar()->showMessage(tr("Zoom %1%").arg(100), 2000);
}

void MainWindow::reopenConnections()
{
    QSettings settings;
    const QStringList connected = settings.value(QStringLiteral("session/connected")).toStringList();
    const QString current = settings.value(QStringLiteral("session/current")).toString();
    for (const QString &id : connected) {
        if (ConnectionPage *p = page(id)) {
            m_pages->setCurrentWidget(p);
            p->connectToBroker();
        }
    }
    if (!current.isEmpty() && m_profiles->profile(current))
        openProfile(current);
    else if (!connected.isEmpty() && m_pageById.contains(connected.last()))
        openProfile(connected.last());
}

ConnectionPage *MainWindow::page(const QString &profileId)
{
    if (ConnectionPage *p = m_pageById.value(profileId))
        return p;
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return nullptr;
    auto *p = new ConnectionPage(*profile, m_pages);
    m_pages->addWidget(p);
    m_pageById.insert(profileId, p);
    connect(p, &ConnectionPage::stateChanged, this, [this, profileId](MqttClient::State state, bool hasError) {
        m_sidebar->setState(profileId, state, hasError);
    });
    connect(p, &ConnectionPage::rateChanged, this,
            [this, profileId](double rate) { m_sidebar->setRate(profileId, rate); });
    p->restoreLayout(QSettings().value(QStringLiteral("layout/") + profileId).toByteArray());
    p->restoreWorkspace(m_profiles->workspace(profileId));
    connect(p->session(), &ConnectionSession::workspaceChanged, this, [this, profileId, p] {
        m_profiles->setWorkspace(profileId, p->session()->workspace());
        m_workspaceSave.start();
    });
    p->logModel()->setCapacity(logCapacity());
    if (!profile->password && profile->username)
        m_secrets->load(profileId, PasswordKey);
    if (!profile->tls.keyFile.isEmpty() && profile->tls.keyPassphrase.isEmpty())
        m_secrets->load(profileId, PassphraseKey);
    if (!profile->tls.pskIdentity.isEmpty() && profile->tls.psk.isEmpty())
        m_secrets->load(profileId, PskKey);
    return p;
}

ConnectionPage *MainWindow::currentPage() const
{
    return qobject_cast<ConnectionPage *>(m_pages->currentWidget());
}

ConnectionPage *MainWindow::openProfile(const QString &profileId)
{
    ConnectionPage *p = page(profileId);
    if (!p)
        return nullptr;
    m_pages->setCurrentWidget(p);
    m_sidebar->select(profileId);
    return p;
}

QString MainWindow::ensureProfile(const ConnectionProfile &profile)
{
    for (const ConnectionProfile &p : m_profiles->profiles())
        if (p.name == profile.name && p.url() == profile.url())
            return p.id;
    return m_profiles->add(profile);
}

void MainWindow::storeSecrets(const ConnectionProfile &profile)
{
    if (profile.password && !profile.password->isEmpty())
        m_secrets->store(profile.id, PasswordKey, *profile.password);
    if (!profile.tls.keyPassphrase.isEmpty())
        m_secrets->store(profile.id, PassphraseKey, profile.tls.keyPassphrase);
    if (!profile.tls.psk.isEmpty())
        m_secrets->store(profile.id, PskKey, QString::fromLatin1(profile.tls.psk.toHex()));
}

void MainWindow::newConnection()
{
    ConnectionProfile profile;
    profile.name = tr("New connection");
    profile.version = ProtocolVersion::V5;
    ConnectionEditor editor(profile, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    profile = editor.profile();
    const QString id = m_profiles->add(profile);
    profile.id = id;
    storeSecrets(profile);
    m_profiles->save();
    openProfile(id);
}

void MainWindow::editConnection(const QString &profileId)
{
    auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    if (ConnectionPage *p = m_pageById.value(profileId))
        profile = p->profile(); // with the secrets loaded
    ConnectionEditor editor(*profile, this);
    if (editor.exec() != QDialog::Accepted)
        return;
    ConnectionProfile edited = editor.profile();
    edited.id = profileId;
    m_profiles->update(edited);
    storeSecrets(edited);
    m_profiles->save();
    if (ConnectionPage *p = m_pageById.value(profileId))
        p->setProfile(edited);
}

void MainWindow::duplicateConnection(const QString &profileId)
{
    const QString id = m_profiles->duplicate(profileId);
    if (!id.isEmpty()) {
        m_profiles->save();
        openProfile(id);
    }
}

void MainWindow::deleteConnection(const QString &profileId)
{
    const auto profile = m_profiles->profile(profileId);
    if (!profile)
        return;
    if (QMessageBox::question(this, tr("Delete connection"), tr("Delete the connection “%1”?").arg(profile->name))
        != QMessageBox::Yes)
        return;
    if (ConnectionPage *p = m_pageById.take(profileId)) {
        m_pages->removeWidget(p);
        delete p;
    }
    m_secrets->remove(profileId, PasswordKey);
    m_secrets->remove(profileId, PassphraseKey);
    m_secrets->remove(profileId, PskKey);
    m_profiles->remove(profileId);
    m_profiles->save();
}

void MainWindow::importProfiles()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Import connections"), QString(),
                                                      tr("Connections (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(this, tr("Import connections"), tr("Cannot read %1: %2").arg(path, file.errorString()));
        return;
    }
    const QByteArray contents = file.readAll();
    // Our own export, else MQTTX's; the error shown is the reader's whose file it looks like.
    QList<MqttxConnection> imported;
    QString error, mqttxError;
    if (const auto ours = ProfileStore::importProfiles(contents, &error)) {
        for (const ConnectionProfile &p : *ours)
            imported.append({p, {}});
    } else if (auto theirs = importMqttx(contents, &mqttxError)) {
        imported = std::move(*theirs);
    } else {
        const bool looksOurs = contents.contains("signalbox-profiles");
        QMessageBox::warning(
            this, tr("Import connections"),
            tr("%1 holds no connections Signalbox can read: %2").arg(path, looksOurs ? error : mqttxError));
        return;
    }
    for (MqttxConnection &c : imported) {
        c.profile.id.clear();
        c.profile.id = m_profiles->add(c.profile);
        storeSecrets(c.profile);
        if (!c.workspace.isEmpty())
            m_profiles->setWorkspace(c.profile.id, c.workspace);
    }
    m_profiles->save();
    statusBar()->showMessage(tr("Imported %n connection(s).", nullptr, int(imported.size())), 5000);
}

void MainWindow::exportProfiles()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export connections"), QStringLiteral("signalbox-connections.json"), tr("Connections (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(ProfileStore::exportProfiles(m_profiles->profiles(), false)) < 0) {
        QMessageBox::warning(this, tr("Export connections"), tr("Cannot write %1: %2").arg(path, file.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported to %1 (without passwords).").arg(path), 5000);
}

int MainWindow::logCapacity() const
{
    return QSettings().value(QStringLiteral("log/capacity"), 1'000'000).toInt();
}

void MainWindow::setLogCapacity(int rows)
{
    QSettings().setValue(QStringLiteral("log/capacity"), rows);
    for (ConnectionPage *p : std::as_const(m_pageById))
        p->logModel()->setCapacity(rows);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
    // Kept on the screen it opens on: a size saved on a larger screen shrinks to this one.
    if (const QScreen *s = screen(); s && !isMaximized() && !isFullScreen()) {
        const QRect available = s->availableGeometry();
        QRect frame = geometry();
        frame.setSize(frame.size().boundedTo(available.size()));
        frame.moveLeft(std::clamp(frame.left(), available.left(), available.right() - frame.width() + 1));
        frame.moveTop(std::clamp(frame.top(), available.top(), available.bottom() - frame.height() + 1));
        setGeometry(frame);
    }
    restoreState(settings.value(QStringLiteral("window/state")).toByteArray());
    const QByteArray split = settings.value(QStringLiteral("window/splitter")).toByteArray();
    if (!split.isEmpty())
        m_splitter->restoreState(split);
}

void MainWindow::saveSettings()
{
    QSettings settings;
    QStringList connected;
    for (auto it = m_pageById.cbegin(); it != m_pageById.cend(); ++it) {
        if (it.value()->client()->state() != MqttClient::State::Disconnected)
            connected.append(it.key());
    }
    connected.sort(); // a stable order; the one shown is kept apart
    settings.setValue(QStringLiteral("session/connected"), connected);
    settings.setValue(QStringLiteral("session/current"), currentPage() ? currentPage()->profile().id : QString());
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/state"), saveState());
    settings.setValue(QStringLiteral("window/splitter"), m_splitter->saveState());
    for (auto it = m_pageById.cbegin(); it != m_pageById.cend(); ++it)
        settings.setValue(QStringLiteral("layout/") + it.key(), it.value()->saveLayout());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveSettings();
    m_profiles->save();
    event->accept();
}

} // namespace Signalbox
