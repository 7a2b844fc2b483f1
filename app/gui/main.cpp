#include "profiles/applicationid.h"
#include "connectioneditor.h"
#include "connectionpage.h"
#include "models/messagelogmodel.h"
#include "messagelogview.h"
#include "payload/payloadformat.h"
#include "mainwindow.h"
#include "profiles/profilestore.h"
#include "retainedmanager.h"
#include "profiles/secretstore.h"
#include "startupoptions.h"
#include "subscriptionpanel.h"
#include "theme.h"
#include "translation.h"
#include "topicchartview.h"
#include "topictreeview.h"
#include "zoom.h"

#include <QApplication>
#include <QScreen>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Signalbox;

namespace {

// Opens the --connect connection with the options for its page, and connects.
// False with the sentence on stderr when a plot cannot be added.
bool openConnection(MainWindow &window, ProfileStore &profiles, const StartupOptions &options)
{
    const QString id = window.ensureProfile(*options.connection);
    profiles.save();
    ConnectionPage *page = window.openProfile(id);
    for (const QString &filter : options.subscriptions) {
        SubscriptionItem item;
        item.entry.filter = filter;
        item.entry.qos = 0;
        page->subscriptionPanel()->addItem(item);
    }
    if (!options.scriptFile.isEmpty()) {
        QList<PayloadBinding> bindings;
        for (const QString &filter :
             options.subscriptions.isEmpty() ? QStringList{QStringLiteral("#")} : options.subscriptions) {
            PayloadBinding script;
            script.kind = PayloadBinding::Kind::Script;
            script.filter = filter;
            script.file = options.scriptFile;
            bindings << script;
        }
        page->session()->setPayloadBindings(bindings);
        if (!page->session()->decoding().errors().isEmpty()) {
            qCritical("%s: %s", qPrintable(QCoreApplication::applicationName()),
                      qPrintable(page->session()->decoding().errors().constFirst()));
            return false;
        }
    }
    if (options.chat)
        page->logView()->setMode(MessageLogView::Mode::Chat);
    if (options.packets)
        page->showPacketInspector();
    if (options.view)
        page->showView(*options.view);
    for (const StartupPlot &plot : options.plots) {
        if (!page->chartView()->plot(plot.filter, plot.jsonPath)) {
            qCritical("%s: %s", qPrintable(QCoreApplication::applicationName()),
                      qPrintable(page->chartView()->errorText()));
            return false;
        }
    }
    if (!options.scanRetained.isEmpty()) {
        page->retainedManager()->setFilter(options.scanRetained);
        QObject::connect(
            page->client()->events(), &MqttClient::connected, page, [page] { page->retainedManager()->startScan(); },
            Qt::SingleShotConnection);
    }
    page->connectToBroker();
    return true;
}

// Selects the newest JSON message (and the first retained one in the Retained
// view) so that the payload viewer shows it.
void selectJsonMessage(ConnectionPage *page)
{
    MessageLogModel *log = page->logModel();
    log->flush();
    for (int row = log->rowCount() - 1; row >= 0; --row) {
        if (detectPayloadFormat(log->entry(row).message.payload) == PayloadFormat::Json) {
            page->logView()->selectRow(row);
            // the topic tree shows the same topic
            if (page->currentView() == ConnectionPage::View::Topics)
                page->topicView()->selectTopic(log->entry(row).message.topic);
            break;
        }
    }
    if (page->currentView() == ConnectionPage::View::Retained) {
        RetainedManager *retained = page->retainedManager();
        const QList<Message> found = retained->messages();
        for (qsizetype row = 0; row < found.size(); ++row) {
            if (detectPayloadFormat(found.at(row).payload) == PayloadFormat::Json) {
                retained->tableView()->setCurrentIndex(retained->tableView()->model()->index(int(row), 1));
                break;
            }
        }
    }
}

// --screenshot: after the delay, saves the pictures and quits.
void scheduleScreenshot(MainWindow &window, const StartupOptions &options)
{
    QTimer::singleShot(options.screenshotDelayMs, &window, [&window, options] {
        if (!options.editorScreenshotFile.isEmpty() && window.currentPage()) {
            ConnectionEditor editor(window.currentPage()->profile(), &window);
            editor.show();
            QApplication::processEvents();
            editor.grab().save(options.editorScreenshotFile);
        }
        if (ConnectionPage *page = window.currentPage()) {
            if (options.packets)
                page->showPacketInspector();
            selectJsonMessage(page);
        }
        QApplication::processEvents();
        window.grab().save(options.screenshotFile);
        QApplication::quit();
    });
}

// Names and translations, then the options; --help, --help-all and --version
// end the program here. Empty (the sentence on stderr) when they are wrong.
std::optional<StartupOptions> readOptions()
{
    applyApplicationIdentity();
    installTranslations(languageSetting()); // after the names (QSettings), before --help
    QString error;
    std::optional<StartupOptions> options = parseStartupOptions(QCoreApplication::arguments(), &error);
    if (!options) {
        qCritical("%s: %s", qPrintable(QCoreApplication::applicationName()), qPrintable(error));
        return std::nullopt;
    }
    if (options->help || options->helpAll || options->version)
        showStartupInformation(*options); // and exits
    return options;
}

// --help and --version need no display: a terminal without one (ssh, a
// container) gets them from a QCoreApplication. --help-all lists Qt's GUI
// options, which only a QApplication knows.
bool asksForHelpOrVersion(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView arg(argv[i]);
        if (arg == "--")
            break;
        if (arg == "-h" || arg == "--help" || arg == "-?" || arg == "-v" || arg == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char **argv)
{
    if (asksForHelpOrVersion(argc, argv)) {
        QCoreApplication app(argc, argv);
        if (!readOptions())
            return 1;
    } // not asked after all (the value of another option looked like it): on to the window
    QApplication app(argc, argv);
    QGuiApplication::setDesktopFileName(QLatin1String(ApplicationId));
    const std::optional<StartupOptions> options = readOptions();
    if (!options)
        return 1;

    applyTheme(ThemeChoice(QSettings().value(QStringLiteral("theme"), int(ThemeChoice::System)).toInt()));
    Zoom::applySaved();

    ProfileStore profiles(options->profilesFile);
    profiles.load(); // a corrupt file is kept aside; the window says so below
    SecretStore secrets;
    MainWindow window(&profiles, &secrets);
    // The window's size as it was left (MainWindow restores it); the first
    // time 1600×1000, or the screen's free area where that is smaller.
    if (!QSettings().contains(QStringLiteral("window/geometry")))
        window.resize(QSize(1600, 1000).boundedTo(window.screen()->availableGeometry().size()));
    window.show();
    if (!profiles.errorString().isEmpty())
        window.statusBar()->showMessage(profiles.errorString());

    if (options->connection) {
        if (!openConnection(window, profiles, *options))
            return 1;
    } else {
        window.reopenConnections(); // those connected when the window last closed
    }
    if (!options->screenshotFile.isEmpty())
        scheduleScreenshot(window, *options);
    return app.exec();
}
