#pragma once

#include "client/connectionprofile.h"
#include "connectionpage.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Signalbox {

// One --plot FILTER[|PATH]: chart the numbers of the messages under a topic
// filter, or of a JSON field in them.
struct StartupPlot
{
    QString filter;
    QString jsonPath; // empty: the payload itself is the number
    friend bool operator==(const StartupPlot &, const StartupPlot &) = default;
};

// What the window's command line asks for (`signalbox --help`), checked: the
// URL is a valid one, the view exists, the plots' filters and JSON paths are
// valid, the delay is not negative.
struct StartupOptions
{
    // --help (-h; -? on Windows), --help-all (with Qt's own options), --version:
    // show that (showStartupInformation()) and nothing else.
    bool help = false;
    bool helpAll = false;
    bool version = false;

    QString profilesFile; // --profiles FILE; empty: the usual place

    // --connect URL: a connection to open and connect, in MQTT 5, named by
    // --connection-name (the host when not given). The options below up to
    // the screenshot apply to its page and are ignored without it.
    std::optional<ConnectionProfile> connection;
    QStringList subscriptions; // --subscribe FILTER (repeatable), at QoS 0
    QString scriptFile; // --script FILE: a script bound to each of those filters (absolute path)
    // --view VIEW; --topics and --broker are older names of two views (--view
    // wins over --broker, --broker over --topics)
    std::optional<ConnectionPage::View> view;
    bool chat = false; // --chat: the message log as a chat
    bool packets = false; // --packets: the packet inspector beside the log (also before a screenshot)
    QList<StartupPlot> plots; // --plot FILTER[|PATH] (repeatable)
    QString scanRetained; // --scan-retained FILTER, once connected; empty: none

    // --screenshot FILE: save a picture of the window after screenshotDelayMs
    // (--screenshot-delay), then quit; --screenshot-editor FILE: also one of
    // the connection editor.
    QString screenshotFile;
    QString editorScreenshotFile;
    int screenshotDelayMs = 3000;

    friend bool operator==(const StartupOptions &, const StartupOptions &) = default;
};

// Parses the window's arguments (QCoreApplication::arguments(): the program
// first; Qt's own options already taken out by QApplication). Returns the
// options, or empty with *error set to one sentence for the user: an unknown
// option, a missing value, a bad URL, an unknown view, a bad plot, a bad delay.
// The help texts and sentences are translated in the context "main"; install
// the translations first.
std::optional<StartupOptions> parseStartupOptions(const QStringList &arguments, QString *error);

// The text --help prints (Qt's layout: usage, description, options).
QString startupHelpText();

// Shows what --help, --help-all or --version asks for as Qt does (the console,
// or a message box on Windows where there is none) and ends the program with
// exit code 0. Needs a QCoreApplication with the application's names set.
[[noreturn]] void showStartupInformation(const StartupOptions &options);

} // namespace Signalbox
