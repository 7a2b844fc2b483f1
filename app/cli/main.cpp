#include "profiles/applicationid.h"
#include "democommand.h"
#include "options.h"
#include "outputstream.h"
#include "pubcommand.h"
#include "signalwatcher.h"
#include "subcommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

#include <memory>

using namespace Signalbox::Cli;

int main(int argc, char **argv)
{
    // Qt's own event dispatcher rather than GLib's: GLib wakes its loop through
    // an eventfd each time a socket notifier is switched on or off, two extra
    // system calls for every batch of acknowledgements written.
    if (!qEnvironmentVariableIsSet("QT_NO_GLIB"))
        qputenv("QT_NO_GLIB", "1");
    QCoreApplication app(argc, argv);
    // The window's names, so that anything the CLI keeps lands beside the window's.
    Signalbox::applyApplicationIdentity();

    QList<QByteArray> arguments;
    for (int i = 0; i < argc; ++i)
        arguments.append(QByteArray(argv[i]));
    const ParseResult parsed = OptionParser::parse(arguments);
    if (!parsed.options) {
        OutputStream(2).write(parsed.error.toLocal8Bit() + '\n');
        return ExitFailure;
    }
    const Options &options = *parsed.options;
    if (options.command == Command::Help) {
        OutputStream(1).write(OptionParser::helpText(options.helpCommand).toLocal8Bit());
        return ExitSuccess;
    }
    if (options.command == Command::Version) {
        OutputStream(1).write(OptionParser::versionText().toLocal8Bit() + '\n');
        return ExitSuccess;
    }
    // The client's diagnostics would be a second line beside the one error sentence.
    if (!options.debug)
        QLoggingCategory::setFilterRules(QStringLiteral("signalbox.*.warning=false"));

    std::unique_ptr<ClientCommand> command;
    switch (options.command) {
    case Command::Sub:
        command = std::make_unique<SubCommand>(options);
        break;
    case Command::Pub:
        command = std::make_unique<PubCommand>(options);
        break;
    default:
        command = std::make_unique<DemoCommand>(options);
        break;
    }
    SignalWatcher watcher;
    QObject::connect(&watcher, &SignalWatcher::terminationRequested, command.get(), &ClientCommand::requestTermination);
    QObject::connect(command.get(), &ClientCommand::finished, &app, [](int code) { QCoreApplication::exit(code); });
    QTimer::singleShot(0, command.get(), &ClientCommand::start);
    return app.exec();
}
