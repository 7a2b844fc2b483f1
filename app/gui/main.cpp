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
#include "subscriptionpanel.h"
#include "theme.h"
#include "translation.h"
#include "topicchartview.h"
#include "topictreeview.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QSettings>
#include <QStatusBar>
#include <QTableView>
#include <QTimer>

using namespace Signalbox;

int main(int argc, char **argv)
{
    QApplication app(argc, argv);
    applyApplicationIdentity();
    QGuiApplication::setDesktopFileName(QLatin1String(ApplicationId));
    installTranslations(languageSetting()); // after the names (QSettings), before --help

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "A native desktop MQTT client."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption connectOption(
        QStringLiteral("connect"),
        QApplication::translate("main", "Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect."),
        QStringLiteral("URL"));
    // Not --name or --title: QGuiApplication takes those for itself (X11).
    const QCommandLineOption nameOption(QStringLiteral("connection-name"),
                                        QApplication::translate("main", "Name of that connection."),
                                        QStringLiteral("NAME"));
    const QCommandLineOption subscribeOption(
        QStringLiteral("subscribe"),
        QApplication::translate("main", "Subscribe that connection to FILTER (repeatable)."), QStringLiteral("FILTER"));
    const QCommandLineOption profilesOption(QStringLiteral("profiles"),
                                            QApplication::translate("main", "Keep connection profiles in FILE."),
                                            QStringLiteral("FILE"));
    const QCommandLineOption screenshotOption(
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE after --screenshot-delay ms, then quit."),
        QStringLiteral("FILE"));
    const QCommandLineOption delayOption(QStringLiteral("screenshot-delay"),
                                         QApplication::translate("main", "Milliseconds before the screenshot (3000)."),
                                         QStringLiteral("MS"), QStringLiteral("3000"));
    const QCommandLineOption chatOption(QStringLiteral("chat"),
                                        QApplication::translate("main", "Show the message log as a chat."));
    const QCommandLineOption packetsOption(
        QStringLiteral("packets"), QApplication::translate("main", "Show the packet inspector beside the log."));
    const QCommandLineOption topicsOption(
        QStringLiteral("topics"), QApplication::translate("main", "Show the topic tree instead of the message log."));
    const QCommandLineOption brokerOption(
        QStringLiteral("broker"),
        QApplication::translate("main", "Show the broker's $SYS dashboard instead of the message log."));
    const QCommandLineOption viewOption(
        QStringLiteral("view"),
        QApplication::translate("main",
                                "Show VIEW in the middle: messages, topics, traffic, charts, retained or broker."),
        QStringLiteral("VIEW"));
    const QCommandLineOption plotOption(
        QStringLiteral("plot"),
        QApplication::translate("main", "Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable)."),
        QStringLiteral("FILTER[|PATH]"));
    const QCommandLineOption scanOption(
        QStringLiteral("scan-retained"),
        QApplication::translate("main", "List the retained messages under FILTER once connected."),
        QStringLiteral("FILTER"));
    const QCommandLineOption editorShotOption(
        QStringLiteral("screenshot-editor"),
        QApplication::translate("main", "With --screenshot: also save a picture of the connection editor to FILE."),
        QStringLiteral("FILE"));
    parser.addOptions({connectOption, nameOption, subscribeOption, profilesOption, screenshotOption, delayOption,
                       chatOption, packetsOption, topicsOption, brokerOption, viewOption, plotOption, scanOption,
                       editorShotOption});
    parser.process(app);

    applyTheme(ThemeChoice(QSettings().value(QStringLiteral("theme"), int(ThemeChoice::System)).toInt()));

    ProfileStore profiles(parser.value(profilesOption));
    profiles.load(); // a corrupt file is kept aside; the window says so below
    SecretStore secrets;
    MainWindow window(&profiles, &secrets);
    window.resize(1600, 1000);
    window.show();
    if (!profiles.errorString().isEmpty())
        window.statusBar()->showMessage(profiles.errorString());

    if (parser.isSet(connectOption)) {
        QString error;
        auto profile = ConnectionProfile::fromUrl(parser.value(connectOption), &error);
        if (!profile) {
            qCritical("%s", qPrintable(error));
            return 1;
        }
        profile->name = parser.isSet(nameOption) ? parser.value(nameOption) : profile->host;
        profile->version = ProtocolVersion::V5;
        const QString id = window.ensureProfile(*profile);
        profiles.save();
        ConnectionPage *page = window.openProfile(id);
        for (const QString &filter : parser.values(subscribeOption)) {
            SubscriptionItem item;
            item.entry.filter = filter;
            item.entry.qos = 0;
            page->subscriptionPanel()->addItem(item);
        }
        if (parser.isSet(chatOption))
            page->logView()->setMode(MessageLogView::Mode::Chat);
        if (parser.isSet(packetsOption))
            page->showPacketInspector();
        if (parser.isSet(topicsOption))
            page->showView(ConnectionPage::View::Topics);
        if (parser.isSet(brokerOption))
            page->showView(ConnectionPage::View::Broker);
        if (parser.isSet(viewOption)) {
            const QStringList names = {QStringLiteral("messages"), QStringLiteral("topics"),
                                       QStringLiteral("traffic"),  QStringLiteral("charts"),
                                       QStringLiteral("retained"), QStringLiteral("broker")};
            const qsizetype view = names.indexOf(parser.value(viewOption).toLower());
            if (view < 0) {
                qCritical("%s", qPrintable(QApplication::translate("main", "--view is one of: %1.")
                                               .arg(names.join(QStringLiteral(", ")))));
                return 1;
            }
            page->showView(ConnectionPage::View(view));
        }
        for (const QString &plot : parser.values(plotOption)) {
            const qsizetype bar = plot.indexOf(QLatin1Char('|'));
            if (!page->chartView()->plot(plot.left(bar), bar < 0 ? QString() : plot.mid(bar + 1))) {
                qCritical("%s", qPrintable(page->chartView()->errorText()));
                return 1;
            }
        }
        if (parser.isSet(scanOption)) {
            page->retainedManager()->setFilter(parser.value(scanOption));
            QObject::connect(
                page->client()->events(), &MqttClient::connected, page,
                [page] { page->retainedManager()->startScan(); }, Qt::SingleShotConnection);
        }

        page->connectToBroker();
    }

    if (parser.isSet(screenshotOption)) {
        const QString path = parser.value(screenshotOption);
        const QString editorPath = parser.value(editorShotOption);
        const bool showPackets = parser.isSet(packetsOption);
        QTimer::singleShot(parser.value(delayOption).toInt(), &window, [&window, path, editorPath, showPackets] {
            if (!editorPath.isEmpty() && window.currentPage()) {
                ConnectionEditor editor(window.currentPage()->profile(), &window);
                editor.show();
                QApplication::processEvents();
                editor.grab().save(editorPath);
            }
            // Show the newest JSON message in the payload viewer.
            if (ConnectionPage *page = window.currentPage(); page && showPackets)
                page->showPacketInspector();
            if (ConnectionPage *page = window.currentPage()) {
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
                // and the first retained JSON message in the Retained view
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
            QApplication::processEvents();
            window.grab().save(path);
            QApplication::quit();
        });
    }
    return app.exec();
}
