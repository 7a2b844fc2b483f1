#pragma once

#include "client/connectionprofile.h"
#include "mqtt/properties.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace Signalbox::Cli {

enum class Command { Sub, Pub, Demo, Help, Version };

// Where `pub` takes its payload from (mosquitto_pub's -m, -f, -l, -n, -s).
enum class PayloadSource { None, Message, File, StdinLines, StdinWhole, Null };

// Everything one command line asks for, already checked: parseCommandLine()
// returns it only when the command can run (topics and filters valid, options
// consistent). The connection options are applied to `profile`.
struct Options
{
    Command command = Command::Help;
    Command helpCommand = Command::Help; // with Help: the command whose options to list
    ConnectionProfile profile;
    bool reconnect = false;
    int timeoutSeconds = 0; // -W; 0: none
    bool quiet = false; // --quiet: no error lines
    bool debug = false; // -d: packets on stderr
    QString sessionDb; // --session-db: the session state in this SQLite file
    bool history = false; // --history: received messages kept in the session file too

    // sub
    QStringList topics; // -t (pub: exactly one)
    QStringList filterOuts; // -T
    QStringList unsubscribeTopics; // -U
    quint8 qos = 0; // -q
    int count = 0; // -C; 0: no limit
    bool verbose = false; // -v
    bool eol = true; // -N clears it
    bool noRetained = false; // -R
    bool retainedOnly = false; // --retained-only
    bool removeRetained = false; // --remove-retained
    bool exitAfterSubscribe = false; // -E
    bool retainAsPublished = false; // --retain-as-published
    quint8 retainHandling = 0; // --retain-handling: 0 send retained, 1 only for a new subscription, 2 never
    bool json = false; // --json
    bool pretty = false; // --pretty (%j, %J)
    double randomFilter = 100.0; // --random-filter, percent
    std::optional<QByteArray> format; // -F
    bool decode = false; // --decode: print what a decoder made of the payload
    // sub decodes payloads with --proto/--avro; pub encodes its JSON messages with them
    QString protoFile; // --proto: a .proto file ...
    QString protoType; // --proto-type: ... and the message type in it
    QStringList protoPaths; // --proto-path: where its imports are
    QString avroFile; // --avro: an Avro schema (.avsc)
    QString schemaFile; // --schema: a JSON Schema the payloads are checked against
    // --script: JavaScript with receive(payload, topic) (sub) or publish(payload, topic[, bytes]) (pub)
    QString scriptFile;

    // pub
    PayloadSource payloadSource = PayloadSource::None;
    QByteArray message; // -m
    QString file; // -f
    bool retain = false; // -r
    int repeat = 1; // --repeat
    double repeatDelaySeconds = 0; // --repeat-delay
    // --sparkplug: pub: the message is JSON as decodeSparkplug() writes it, sent as
    // Sparkplug B protobuf; demo: plays a Sparkplug B edge node with two devices
    bool sparkplug = false;

    // demo
    int intervalMs = 1000; // --interval
    int demoCount = 0; // --count; 0: until stopped

    // MQTT 5.0 properties from -D, per packet (the CONNECT and will ones are in `profile`)
    Properties publishProperties;
    Properties subscribeProperties;
    Properties unsubscribeProperties;
    Properties disconnectProperties;
};

struct ParseResult
{
    std::optional<Options> options;
    QString error; // one sentence when options is empty
};

class OptionParser
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)
public:
    // `arguments` as in argv: the program name first, then the subcommand.
    // Raw bytes, so that -m and -F keep payload bytes exactly as given.
    // As mosquitto_sub/mosquitto_pub do, sub and pub first take the options
    // in a file: the one -o names, else defaultOptionsFile() if it exists
    // (a missing default file is no error, an unreadable -o file is). The
    // command line's options then follow the file's, so that where an option
    // keeps one value the command line's wins. Errors in a file name it and
    // the line.
    static ParseResult parse(const QList<QByteArray> &arguments);
    // mosquitto's default options file for a command: $XDG_CONFIG_HOME/mosquitto_sub
    // (mosquitto_pub), else $HOME/.config/mosquitto_sub; empty for demo, or when
    // neither variable is set.
    static QString defaultOptionsFile(Command command);
    // One options file's arguments as mosquitto's client_config_load() reads
    // them: a line starting with '#' is a comment; the text up to the first
    // space is an option, and the rest of the line, spaces and all, one
    // argument after it ("-m hello world" is -m with "hello world"; "-v -R"
    // is -v then -R, "-R -v" is -R with the value "-v"). Each line's
    // arguments come with that line's number.
    static QList<std::pair<int, QList<QByteArray>>> readOptionsFile(const QByteArray &contents);
    static QString helpText(Command command);
    static QString versionText();
};

// mosquitto's -L: mqtt(s)://[username[:password]@]host[:port]/topic.
// Also ws(s):// (the path is then the WebSocket path, not a topic). Applies
// scheme, host, port, credentials to `profile`; returns the topic (may be empty).
std::optional<QString> applyMosquittoUrl(const QString &url, ConnectionProfile &profile, QString *error);

// Parses one -D value for a property of this identifier: a number for integer
// properties, the text for strings, the UTF-8 bytes for binary data.
std::optional<QVariant> parsePropertyValue(PropertyId id, const QString &value, QString *error);

} // namespace Signalbox::Cli
