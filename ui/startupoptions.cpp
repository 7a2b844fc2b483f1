#include "startupoptions.h"

#include "mqtt/topic.h"
#include "payload/numericvalue.h"

#include <QApplication>
#include <QCommandLineOption>
#include <QCommandLineParser>
#include <QFileInfo>

namespace Signalbox {

namespace {

// The names of --view, in the order of ConnectionPage::View.
const QStringList &viewNames()
{
    static const QStringList names = {QStringLiteral("messages"), QStringLiteral("topics"),   QStringLiteral("traffic"),
                                      QStringLiteral("charts"),   QStringLiteral("retained"), QStringLiteral("broker"),
                                      QStringLiteral("sparkplug")};
    return names;
}

// The window's options as QCommandLineParser knows them; the texts in the
// context "main" (translations/signalbox_ui_*.ts).
struct Parser
{
    Parser();

    QCommandLineParser parser;
    const QCommandLineOption help;
    const QCommandLineOption version;
    const QCommandLineOption connect{
        QStringLiteral("connect"),
        QApplication::translate("main", "Open a connection to URL (mqtt://, mqtts://, ws://, wss://) and connect."),
        QStringLiteral("URL")};
    // Not --name or --title: QGuiApplication takes those for itself (X11).
    const QCommandLineOption name{QStringLiteral("connection-name"),
                                  QApplication::translate("main", "Name of that connection."), QStringLiteral("NAME")};
    const QCommandLineOption subscribe{
        QStringLiteral("subscribe"),
        QApplication::translate("main", "Subscribe that connection to FILTER (repeatable)."), QStringLiteral("FILTER")};
    const QCommandLineOption profiles{QStringLiteral("profiles"),
                                      QApplication::translate("main", "Keep connection profiles in FILE."),
                                      QStringLiteral("FILE")};
    const QCommandLineOption screenshot{
        QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window to FILE after --screenshot-delay ms, then quit."),
        QStringLiteral("FILE")};
    const QCommandLineOption delay{QStringLiteral("screenshot-delay"),
                                   QApplication::translate("main", "Milliseconds before the screenshot (3000)."),
                                   QStringLiteral("MS"), QStringLiteral("3000")};
    const QCommandLineOption chat{QStringLiteral("chat"),
                                  QApplication::translate("main", "Show the message log as a chat.")};
    const QCommandLineOption packets{QStringLiteral("packets"),
                                     QApplication::translate("main", "Show the packet inspector beside the log.")};
    const QCommandLineOption topics{QStringLiteral("topics"),
                                    QApplication::translate("main", "Show the topic tree instead of the message log.")};
    const QCommandLineOption broker{
        QStringLiteral("broker"),
        QApplication::translate("main", "Show the broker's $SYS dashboard instead of the message log.")};
    const QCommandLineOption view{
        QStringLiteral("view"),
        QApplication::translate("main",
                                "Show VIEW in the middle: messages, topics, traffic, charts, retained, broker or "
                                "sparkplug."),
        QStringLiteral("VIEW")};
    const QCommandLineOption script{
        QStringLiteral("script"),
        QApplication::translate("main",
                                "Show received payloads as the JavaScript in FILE turns them (its receive(payload, "
                                "topic)), on the topics of the --subscribe filters."),
        QStringLiteral("FILE")};
    const QCommandLineOption plot{
        QStringLiteral("plot"),
        QApplication::translate("main", "Chart the numbers of FILTER, or of a JSON field: FILTER|PATH (repeatable)."),
        QStringLiteral("FILTER[|PATH]")};
    const QCommandLineOption scan{
        QStringLiteral("scan-retained"),
        QApplication::translate("main", "List the retained messages under FILTER once connected."),
        QStringLiteral("FILTER")};
    const QCommandLineOption editorScreenshot{
        QStringLiteral("screenshot-editor"),
        QApplication::translate("main", "With --screenshot: also save a picture of the connection editor to FILE."),
        QStringLiteral("FILE")};
};

Parser::Parser() : help(parser.addHelpOption()), version(parser.addVersionOption())
{
    parser.setApplicationDescription(QApplication::translate("main", "A native desktop MQTT client."));
    parser.addOptions({connect, name, subscribe, script, profiles, screenshot, delay, chat, packets, topics, broker,
                       view, plot, scan, editorScreenshot});
    parser.addPositionalArgument(QStringLiteral("url"),
                                 QApplication::translate("main", "A broker URL to open and connect, as --connect."),
                                 QStringLiteral("[URL]"));
}

// --connect and --connection-name.
bool readConnection(const Parser &p, StartupOptions &options, QString *error)
{
    const QStringList positional = p.parser.positionalArguments();
    if (positional.size() > 1 || (positional.size() == 1 && p.parser.isSet(p.connect))) {
        *error = QApplication::translate("main", "Give one broker URL, not several.");
        return false;
    }
    if (!p.parser.isSet(p.connect) && positional.isEmpty())
        return true;
    auto profile = ConnectionProfile::fromUrl(positional.isEmpty() ? p.parser.value(p.connect) : positional.first(),
                                              error);
    if (!profile)
        return false;
    profile->name = p.parser.isSet(p.name) ? p.parser.value(p.name) : profile->host;
    profile->version = ProtocolVersion::V5;
    options.connection = *profile;
    return true;
}

// --view, and the older --topics and --broker.
bool readView(const Parser &p, StartupOptions &options, QString *error)
{
    if (p.parser.isSet(p.topics))
        options.view = ConnectionPage::View::Topics;
    if (p.parser.isSet(p.broker))
        options.view = ConnectionPage::View::Broker;
    if (!p.parser.isSet(p.view))
        return true;
    const qsizetype view = viewNames().indexOf(p.parser.value(p.view).toLower());
    if (view < 0) {
        *error = QApplication::translate("main", "--view is one of: %1.").arg(viewNames().join(QStringLiteral(", ")));
        return false;
    }
    options.view = ConnectionPage::View(view);
    return true;
}

// --plot FILTER[|PATH], checked as the chart checks it.
bool readPlots(const Parser &p, StartupOptions &options, QString *error)
{
    for (const QString &plot : p.parser.values(p.plot)) {
        const qsizetype bar = plot.indexOf(QLatin1Char('|'));
        StartupPlot request{plot.left(bar), bar < 0 ? QString() : plot.mid(bar + 1)};
        QString why = TopicFilter::validate(request.filter).value_or(QString());
        if (why.isEmpty())
            JsonPath::parse(request.jsonPath.trimmed(), &why);
        if (!why.isEmpty()) {
            *error = why;
            return false;
        }
        options.plots.append(request);
    }
    return true;
}

bool readScreenshot(const Parser &p, StartupOptions &options, QString *error)
{
    options.screenshotFile = p.parser.value(p.screenshot);
    options.editorScreenshotFile = p.parser.value(p.editorScreenshot);
    const QString delay = p.parser.value(p.delay);
    bool ok = false;
    options.screenshotDelayMs = delay.toInt(&ok);
    if (!ok || options.screenshotDelayMs < 0) {
        *error = QApplication::translate("main", "--screenshot-delay needs a number of milliseconds, 0 or more, not "
                                                 "'%1'.")
                     .arg(delay);
        return false;
    }
    return true;
}

} // namespace

std::optional<StartupOptions> parseStartupOptions(const QStringList &arguments, QString *error)
{
    Parser p;
    if (!p.parser.parse(arguments)) {
        *error = p.parser.errorText();
        return std::nullopt;
    }
    StartupOptions options;
    options.help = p.parser.isSet(p.help);
    options.helpAll = p.parser.isSet(QStringLiteral("help-all"));
    options.version = p.parser.isSet(p.version);
    if (options.help || options.helpAll || options.version)
        return options; // as QCommandLineParser::process(): nothing else counts
    options.profilesFile = p.parser.value(p.profiles);
    options.subscriptions = p.parser.values(p.subscribe);
    if (p.parser.isSet(p.script))
        options.scriptFile = QFileInfo(p.parser.value(p.script)).absoluteFilePath();
    options.chat = p.parser.isSet(p.chat);
    options.packets = p.parser.isSet(p.packets);
    options.scanRetained = p.parser.value(p.scan);
    if (!readConnection(p, options, error) || !readView(p, options, error) || !readPlots(p, options, error)
        || !readScreenshot(p, options, error))
        return std::nullopt;
    return options;
}

QString startupHelpText()
{
    return Parser().parser.helpText();
}

void showStartupInformation(const StartupOptions &options)
{
    Parser p;
    // In the order of QCommandLineParser::process().
    if (options.version)
        p.parser.showVersion();
    if (options.help)
        p.parser.showHelp(0);
    // Qt's own options are listed by process() alone.
    p.parser.process(QStringList{QCoreApplication::applicationFilePath(), QStringLiteral("--help-all")});
    p.parser.showHelp(0);
}

} // namespace Signalbox
