// signalbox-cli's command line: one table of every option (Reader::Table:
// names, the commands that take it, its value, where it goes, its help) and
// the reader that walks argv against it, then the checks across options.
// Over 800 lines, but one thing that reads better whole: about 350 of them
// are the table, one entry per option, which the help text is built from too.
#include "options.h"

#include "client/authenticator.h"
#include "mqtt/mqtt.h"
#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>
#include <QUrl>

#include <algorithm>
#include <iterator>
#include <limits>
#include <type_traits>

#ifndef SIGNALBOX_VERSION
#define SIGNALBOX_VERSION "0.0.0"
#endif

namespace Signalbox::Cli {

namespace {

// One -D as given, resolved to a packet and property.
struct PropertyArgument
{
    QString command; // lower case: connect, publish, subscribe, unsubscribe, disconnect, will
    PropertyId id;
    QVariant value;
};

// The one number parser of the command line: decimal digits for integers (no
// "0x", no exponent), any finite decimal for reals; spaces around are allowed.
// Empty when the text is no such number or lies outside [min, max].
template<typename Number>
std::optional<Number> parseNumber(const QByteArray &text, Number min, Number max)
{
    bool ok = false;
    Number value;
    if constexpr (std::is_integral_v<Number>)
        value = text.trimmed().toLongLong(&ok, 10);
    else
        value = text.trimmed().toDouble(&ok);
    if (!ok || !(value >= min && value <= max)) // NaN fails too
        return std::nullopt;
    return value;
}

PacketType packetTypeForCommand(const QString &command, bool *inWill)
{
    *inWill = false;
    if (command == QLatin1String("connect"))
        return PacketType::Connect;
    if (command == QLatin1String("will")) {
        *inWill = true;
        return PacketType::Connect;
    }
    if (command == QLatin1String("publish"))
        return PacketType::Publish;
    if (command == QLatin1String("subscribe"))
        return PacketType::Subscribe;
    if (command == QLatin1String("unsubscribe"))
        return PacketType::Unsubscribe;
    if (command == QLatin1String("disconnect"))
        return PacketType::Disconnect;
    if (command == QLatin1String("puback"))
        return PacketType::Puback;
    if (command == QLatin1String("pubrec"))
        return PacketType::Pubrec;
    if (command == QLatin1String("pubrel"))
        return PacketType::Pubrel;
    if (command == QLatin1String("pubcomp"))
        return PacketType::Pubcomp;
    if (command == QLatin1String("auth"))
        return PacketType::Auth;
    return PacketType::Reserved;
}

void addProperty(Properties &properties, PropertyId id, const QVariant &value)
{
    if (propertyRepeatable(id))
        properties.add(id, value);
    else
        properties.set(id, value);
}

// Applies a CONNECT property from -D to the profile fields the client sends.
void applyConnectProperty(ConnectionProfile &profile, PropertyId id, const QVariant &value)
{
    switch (id) {
    case PropertyId::SessionExpiryInterval:
        profile.sessionExpiryInterval = value.toUInt();
        break;
    case PropertyId::ReceiveMaximum:
        profile.receiveMaximum = quint16(value.toUInt());
        break;
    case PropertyId::TopicAliasMaximum:
        profile.topicAliasMaximum = quint16(value.toUInt());
        break;
    case PropertyId::MaximumPacketSize:
        profile.maximumPacketSize = value.toUInt();
        break;
    case PropertyId::RequestResponseInformation:
        profile.requestResponseInformation = value.toUInt() != 0;
        break;
    case PropertyId::RequestProblemInformation:
        profile.requestProblemInformation = value.toUInt() != 0;
        break;
    case PropertyId::UserProperty: {
        const QStringList pair = value.toStringList();
        profile.userProperties.append({pair.value(0), pair.value(1)});
        break;
    }
    case PropertyId::AuthenticationMethod:
        profile.authenticationMethod = value.toString();
        break;
    case PropertyId::AuthenticationData:
        profile.authenticationData = value.toByteArray();
        break;
    default:
        break;
    }
}

QString commandName(Command command)
{
    switch (command) {
    case Command::Sub:
        return QStringLiteral("sub");
    case Command::Pub:
        return QStringLiteral("pub");
    case Command::Demo:
        return QStringLiteral("demo");
    default:
        return QString();
    }
}

// Which commands take an option (ForSub | ForPub | ForDemo), and in which part
// of the help a line goes: a command's own list, or the Connection and TLS
// parts that every command's help ends with.
enum Scope : quint8 {
    ForSub = 0x01,
    ForPub = 0x02,
    ForDemo = 0x04,
    ForAll = ForSub | ForPub | ForDemo,
    ConnectionHelp = 0x08,
    TlsHelp = 0x10,
};

quint8 scopeOf(Command command)
{
    switch (command) {
    case Command::Sub:
        return ForSub;
    case Command::Pub:
        return ForPub;
    case Command::Demo:
        return ForDemo;
    default:
        return 0;
    }
}

// What an option takes after its name (or after '=' in --name=value).
enum class Takes : quint8 {
    Nothing,
    Text, // one argument, given to the option's store as bytes and as text
    Integer, // one argument, a whole number in [min, max]
    Real, // one argument, a decimal number in [min, max]
};

// One option's value as the command line gave it, parsed as its OptionSpec says.
struct Value
{
    QString option; // the name as typed: "-t" or "--topic"
    QByteArray bytes; // the argument's bytes, exactly (-m, -F, --will-payload)
    QString text; // the same in the local 8-bit encoding
    qint64 integer = 0; // Takes::Integer
    double real = 0; // Takes::Real
};

// Help lines of an option: where they go (a Scope) and the text, each line
// indented and ending in '\n'. An option listed beside another (-T in -t's
// line) has none of its own.
struct HelpLine
{
    quint8 scope = 0;
    const char *text = nullptr;
};

class Reader;

// One option of the command line: everything the parser knows of it.
struct OptionSpec
{
    const char *names[3] = {}; // as typed: {"-t", "--topic"}
    quint8 commands = ForAll; // the commands that take it; others say it is not valid for them
    Takes takes = Takes::Nothing;
    double min = 0; // Integer and Real: the accepted range
    double max = 0;
    const char *badNumber = nullptr; // Real: the sentence for a bad value (%1: the value)
    void (*store)(Reader &, const Value &) = nullptr; // records the value; may fail with a sentence
    HelpLine help[2] = {};
    bool valueFirst = false; // take the value before checking the command (-t, -T, -U, as they always have)
};

// mosquitto's transport options that are yet to come (issue 17): named as
// such rather than unknown.
constexpr const char *NotYetOptions[] = {"-A", "--proxy"};

// mosquitto's options that signalbox-cli deliberately does not take, and why:
// the help lists them, and each one's error says the reason.
struct RefusedOption
{
    const char *name; // as the help shows it
    const char *reason; // the rest of "signalbox-cli does not take mosquitto's %1: ..."
};

constexpr const char *NoEngines = QT_TRANSLATE_NOOP(
    "OptionParser", "Qt's TLS cannot reach OpenSSL engines (which OpenSSL 3 deprecates); give the key as a file "
                    "with --key");
constexpr RefusedOption RefusedOptions[] = {
    {"--tls-engine", NoEngines},
    {"--tls-engine-kpass-sha1", NoEngines},
    {"--keyform engine", NoEngines},
    {"-S", QT_TRANSLATE_NOOP("OptionParser", "brokers are not looked up by DNS SRV records (Debian's mosquitto "
                                             "clients are built without -S too); give the host with -h or -L")},
};

QString refusedSentence(const RefusedOption &refused)
{
    return OptionParser::tr("signalbox-cli does not take mosquitto's %1: %2.")
        .arg(QLatin1String(refused.name), OptionParser::tr(refused.reason));
}

const RefusedOption *findRefused(const QString &name)
{
    const auto it = std::find_if(std::begin(RefusedOptions), std::end(RefusedOptions),
                                 [&name](const RefusedOption &r) { return name == QLatin1String(r.name); });
    return it == std::end(RefusedOptions) ? nullptr : it;
}

// Reads one command line against the option table (Reader::Table), then checks
// and applies what it asked for. Connection options are collected first and
// applied at the end, so that their order does not matter: explicit
// -h/-p/-u/-P win over a URL.
class Reader
{
    Q_DECLARE_TR_FUNCTIONS(OptionParser)
public:
    static const OptionSpec Table[];

    // `lines`: for each argument that came from the options file `file`, its
    // line there (by index, as in args); 0 or missing: the command line.
    Reader(const QList<QByteArray> &args, Command command, const QList<int> &lines = {}, const QString &file = {})
        : m_args(args), m_lines(lines), m_file(file), m_scope(scopeOf(command)), m_command(commandName(command))
    {
        m_options.command = command;
    }

    // Reads every option; false with error() set at the first problem. After
    // --help or --version it stops there, finished() and true.
    bool readOptions();
    // Checks the options together and applies them to options().profile;
    // false with error() set.
    bool finish();

    bool finished() const { return m_finished; }
    const Options &options() const { return m_options; }
    const QString &error() const { return m_error; }
    // -o FILE as the command line gave it.
    const std::optional<QString> &optionsFile() const { return m_optionsFile; }

    // The help lines of the options in `scope`, in the table's order.
    static QString helpLines(quint8 scope);

private:
    bool readOption(const QString &option);
    bool readNumber(const OptionSpec &spec, Value &value);
    std::optional<QByteArray> nextValue(const QString &option);
    std::optional<QString> nextText(const QString &option);
    bool fail(const QString &sentence)
    {
        m_error = sentence;
        return false;
    }
    QString notFor(const QString &option) const;
    int lineOf(qsizetype index) const { return m_lines.value(index, 0); }

    static void readPayloadSource(Reader &r, PayloadSource source);
    static void readSessionExpiry(Reader &r, const Value &value);
    static void readProperty(Reader &r, const Value &packet);

    bool applyUrl();
    bool applyTls();
    bool applySession();
    bool applyWill();
    bool applyProperties();
    bool applyAuthentication();
    bool checkSub();
    bool checkPub();

    const QList<QByteArray> &m_args;
    const QList<int> m_lines;
    const QString m_file;
    qsizetype m_index = 2;
    qsizetype m_optionIndex = 2; // of the option being read
    std::optional<QString> m_optionsFile;
    std::optional<QByteArray> m_inlineValue; // the value after '=' of the option being read, until taken
    const quint8 m_scope; // ForSub, ForPub or ForDemo
    const QString m_command; // "sub", "pub" or "demo"
    Options m_options;
    bool m_finished = false;
    QString m_error;

    std::optional<QString> m_url, m_host, m_username, m_password, m_clientId, m_idPrefix, m_caFile, m_certFile,
        m_keyFile, m_keyPassphrase, m_serverName, m_wsPath, m_willTopic;
    std::optional<quint16> m_port;
    std::optional<ProtocolVersion> m_version;
    std::optional<QByteArray> m_willPayload;
    std::optional<QString> m_authMethod;
    std::optional<QByteArray> m_authData;
    std::optional<quint8> m_willQos;
    bool m_willRetain = false;
    bool m_persistent = false;
    std::optional<quint32> m_sessionExpiry;
    std::optional<quint16> m_keepAlive;
    QStringList m_alpn;
    bool m_insecure = false, m_useOsCerts = false, m_tls = false;
    // --unix, --psk, --psk-identity, --tls-version, --ciphers, --capath
    std::optional<QString> m_unixPath, m_psk, m_pskIdentity, m_tlsVersion, m_ciphers, m_caPath;
    QList<PropertyArgument> m_properties;
    int m_payloadSources = 0;
    int m_topicCount = 0;
};

// Every option, in the order of the help. The help of `sub`, `pub` and `demo`
// lists the lines for its command, then the Connection and TLS lines.
const OptionSpec Reader::Table[] = {
    {.names = {"--help", "-?"},
     .store =
         [](Reader &r, const Value &) {
             r.m_options.helpCommand = r.m_options.command;
             r.m_options.command = Command::Help;
             r.m_finished = true;
         }},
    {.names = {"--version"},
     .store =
         [](Reader &r, const Value &) {
             r.m_options.command = Command::Version;
             r.m_finished = true;
         }},

    // ---- the commands' own options
    {.names = {"-t", "--topic"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             if (r.m_scope == ForPub && r.m_topicCount > 0) {
                 r.fail(tr("Give only one topic (-t) to publish to."));
             } else {
                 ++r.m_topicCount;
                 r.m_options.topics.append(v.text);
             }
         },
     .help = {{ForSub,
               QT_TRANSLATE_NOOP("OptionParser", "  -t, --topic FILTER       subscribe (repeatable); -T FILTER: do "
                                                 "not print these topics\n")},
              {ForPub, QT_TRANSLATE_NOOP("OptionParser", "  -t, --topic TOPIC        the topic\n")}},
     .valueFirst = true},
    {.names = {"-T", "--filter-out"},
     .commands = ForSub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.filterOuts.append(v.text); },
     .valueFirst = true},
    {.names = {"-U", "--unsubscribe"},
     .commands = ForSub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.unsubscribeTopics.append(v.text); },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  -U FILTER                unsubscribe; -E: exit once subscribed\n")}},
     .valueFirst = true},
    {.names = {"-m", "--message"},
     .commands = ForPub,
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             r.m_options.message = v.bytes;
             readPayloadSource(r, PayloadSource::Message);
         },
     .help = {{ForPub, QT_TRANSLATE_NOOP("OptionParser", "  -m TEXT                  the message; -f FILE: a file's "
                                                         "contents; -n: an empty message\n")}}},
    {.names = {"-f", "--file"},
     .commands = ForPub,
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             r.m_options.file = v.text;
             readPayloadSource(r, PayloadSource::File);
         }},
    {.names = {"-l", "--stdin-line"},
     .commands = ForPub,
     .store = [](Reader &r, const Value &) { readPayloadSource(r, PayloadSource::StdinLines); },
     .help = {{ForPub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  -l                       each line of standard input as a message\n")}}},
    {.names = {"-s", "--stdin-file"},
     .commands = ForPub,
     .store = [](Reader &r, const Value &) { readPayloadSource(r, PayloadSource::StdinWhole); },
     .help = {{ForPub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  -s                       all of standard input as one message\n")}}},
    {.names = {"-n", "--null-message"},
     .commands = ForPub,
     .store = [](Reader &r, const Value &) { readPayloadSource(r, PayloadSource::Null); }},
    {.names = {"--interval"},
     .commands = ForDemo,
     .takes = Takes::Integer,
     .min = 1,
     .max = 24 * 3600 * 1000,
     .store = [](Reader &r, const Value &v) { r.m_options.intervalMs = int(v.integer); },
     .help = {{ForDemo,
               QT_TRANSLATE_NOOP("OptionParser", "  --interval MS            time between readings (1000)\n")}}},
    {.names = {"-q", "--qos"},
     .takes = Takes::Integer,
     .min = 0,
     .max = 2,
     .store = [](Reader &r, const Value &v) { r.m_options.qos = quint8(v.integer); },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  -q QOS                   subscription QoS (0)\n")},
              {ForPub, QT_TRANSLATE_NOOP("OptionParser", "  -q QOS                   QoS (0); QoS 1 and 2 wait for the "
                                                         "broker's acknowledgement\n")}}},
    {.names = {"-C", "--count"},
     .commands = ForSub | ForDemo,
     .takes = Takes::Integer,
     .min = 1,
     .max = std::numeric_limits<int>::max(),
     .store =
         [](Reader &r, const Value &v) {
             int &count = r.m_scope == ForDemo ? r.m_options.demoCount : r.m_options.count;
             count = int(v.integer);
         },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  -C COUNT                 exit after COUNT messages\n")},
              {ForDemo, QT_TRANSLATE_NOOP("OptionParser",
                                          "  --count N                stop after N readings of each sensor\n")}}},
    {.names = {"-r", "--retain"},
     .commands = ForPub | ForDemo,
     .store = [](Reader &r, const Value &) { r.m_options.retain = true; },
     .help = {{ForPub, QT_TRANSLATE_NOOP("OptionParser", "  -r                       retain\n")},
              {ForDemo, QT_TRANSLATE_NOOP("OptionParser", "  -q QOS -r                QoS (0) and retain\n")}}},
    {.names = {"--repeat"},
     .commands = ForPub,
     .takes = Takes::Integer,
     .min = 1,
     .max = std::numeric_limits<int>::max(),
     .store = [](Reader &r, const Value &v) { r.m_options.repeat = int(v.integer); },
     .help = {{ForPub, QT_TRANSLATE_NOOP("OptionParser", "  --repeat N               publish N times; --repeat-delay "
                                                         "SECONDS between them\n")}}},
    {.names = {"--repeat-delay"},
     .commands = ForPub,
     .takes = Takes::Real,
     .min = 0,
     .max = 24 * 3600.0,
     .badNumber = QT_TRANSLATE_NOOP("OptionParser", "The option --repeat-delay needs a number of seconds, not '%1'."),
     .store = [](Reader &r, const Value &v) { r.m_options.repeatDelaySeconds = v.real; }},
    {.names = {"--sparkplug"},
     .commands = ForPub | ForDemo,
     .store = [](Reader &r, const Value &) { r.m_options.sparkplug = true; },
     .help = {{ForPub,
               QT_TRANSLATE_NOOP("OptionParser", "  --sparkplug              the message is Sparkplug B as JSON, "
                                                 "sent as protobuf\n")},
              {ForDemo, QT_TRANSLATE_NOOP("OptionParser", "  --sparkplug              play a Sparkplug B edge node "
                                                          "(spBv1.0/Signalbox/+/demo) with two devices\n")}}},
    {.names = {"-R"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.noRetained = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  -R                       do not print retained (stale) messages\n")}}},
    {.names = {"--retained-only"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.retainedOnly = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  --retained-only          print retained messages only; "
                                                         "exit at the first live one\n")}}},
    {.names = {"--remove-retained"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.removeRetained = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --remove-retained        clear the retained messages received\n")}}},
    {.names = {"--retain-as-published"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.retainAsPublished = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --retain-as-published    (MQTT 5) keep the publisher's retain flag\n")}}},
    {.names = {"-v", "--verbose"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.verbose = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  -v                       print \"topic payload\"\n")}}},
    {.names = {"-N"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.eol = false; },
     .help = {{ForSub,
               QT_TRANSLATE_NOOP("OptionParser", "  -N                       no newline after each message\n")}}},
    {.names = {"-E"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.exitAfterSubscribe = true; }},
    {.names = {"-F", "--format"},
     .commands = ForSub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.format = v.bytes; },
     .help = {{ForSub,
               QT_TRANSLATE_NOOP("OptionParser",
                                 "  -F FORMAT                mosquitto_sub format: %t topic, %p payload, %q qos, "
                                 "%r retain,\n"
                                 "                           %l length, %m message id, %x/%X hex, %j/%J JSON, "
                                 "%I ISO time,\n"
                                 "                           %U unix time, %A %C %D %E %F %P %R %S MQTT 5 "
                                 "properties,\n"
                                 "                           @X strftime, \\n \\t \\0 \\e escapes\n")}}},
    {.names = {"--json"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.json = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --json                   one JSON object per message: topic, payload (or "
                                         "payload_base64),\n"
                                         "                           qos, retain, dup, properties, subscriptions, "
                                         "received\n")}}},
    {.names = {"--pretty"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.pretty = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  --pretty                 indented JSON for %j/%J\n")}}},
    {.names = {"--decode"},
     .commands = ForSub,
     .store = [](Reader &r, const Value &) { r.m_options.decode = true; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --decode                 print decoded payloads as JSON: Sparkplug B on "
                                         "spBv1.0/ topics,\n"
                                         "                           --proto or --avro on the others (--json lines "
                                         "carry them anyway)\n")}}},
    {.names = {"--proto"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.protoFile = v.text; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --proto FILE             decode payloads with a message type of this "
                                         ".proto file ...\n")},
              {ForPub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --proto FILE             the message is JSON (protobuf's JSON mapping), "
                                         "sent in the binary\n"
                                         "                           encoding of a message type of this .proto "
                                         "file ...\n")}}},
    {.names = {"--proto-type"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.protoType = v.text; },
     .help = {{ForSub | ForPub,
               QT_TRANSLATE_NOOP("OptionParser", "  --proto-type TYPE        ... this one (package.Message)\n")}}},
    {.names = {"--proto-path"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.protoPaths << v.text; },
     .help = {{ForSub | ForPub,
               QT_TRANSLATE_NOOP("OptionParser", "  --proto-path DIR         where the .proto file's imports are "
                                                 "(repeatable)\n")}}},
    {.names = {"--avro"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.avroFile = v.text; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --avro FILE              decode payloads with this Avro schema (.avsc): "
                                         "datums or container files\n")},
              {ForPub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --avro FILE              the message is JSON (Avro's JSON encoding), sent "
                                         "as one binary datum\n"
                                         "                           of this Avro schema (.avsc); give one of "
                                         "--sparkplug, --proto, --avro\n")}}},
    {.names = {"--schema"},
     .commands = ForSub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.schemaFile = v.text; },
     .help = {{ForSub,
               QT_TRANSLATE_NOOP("OptionParser",
                                 "  --schema FILE            check payloads (decoded ones as decoded) against "
                                 "this JSON Schema;\n"
                                 "                           violations go to stderr and into --json lines\n")}}},
    {.names = {"--script"},
     .commands = ForSub | ForPub,
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.scriptFile = v.text; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --script FILE            print what this JavaScript's receive(payload, "
                                         "topic) returns\n")},
              {ForPub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --script FILE            send what this JavaScript's publish(payload, "
                                         "topic) returns for\n"
                                         "                           each message (each line, each --repeat); "
                                         "--sparkplug, --proto\n"
                                         "                           or --avro then encode what it returned\n")}}},
    {.names = {"--retain-handling"},
     .commands = ForSub,
     .takes = Takes::Integer,
     .min = 0,
     .max = 2,
     .store = [](Reader &r, const Value &v) { r.m_options.retainHandling = quint8(v.integer); },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser", "  --retain-handling N      (MQTT 5) retained messages: 0 "
                                                         "send, 1 only for a new\n"
                                                         "                           subscription, 2 never\n")}}},
    {.names = {"--random-filter"},
     .commands = ForSub,
     .takes = Takes::Real,
     .min = 0.1,
     .max = 100.0,
     .badNumber = QT_TRANSLATE_NOOP("OptionParser",
                                    "The option --random-filter needs a percentage from 0.1 to 100, not '%1'."),
     .store = [](Reader &r, const Value &v) { r.m_options.randomFilter = v.real; },
     .help = {{ForSub, QT_TRANSLATE_NOOP("OptionParser",
                                         "  --random-filter PERCENT  print only this share of the messages\n")}}},

    // ---- the connection, for every command
    {.names = {"-h", "--host"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_host = v.text; },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  -h, --host HOST          broker host (localhost)\n")}}},
    {.names = {"-p", "--port"},
     .takes = Takes::Integer,
     .min = 1,
     .max = 65535,
     .store = [](Reader &r, const Value &v) { r.m_port = quint16(v.integer); },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  -p, --port PORT          port (1883; 8883 with TLS)\n")}}},
    {.names = {"-L", "--url"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_url = v.text; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -L, --url URL            "
                                                                 "mqtt(s)://[user[:pass]@]host[:port][/topic], "
                                                                 "ws(s)://host[:port]/path\n")}}},
    {.names = {"--ws-path"},
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             r.m_wsPath = v.text;
             if (!r.m_wsPath->startsWith(QLatin1Char('/')))
                 r.m_wsPath->prepend(QLatin1Char('/'));
         },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "      --ws-path PATH       WebSocket path (/mqtt)\n")}}},
    {.names = {"-V", "--protocol-version"},
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             ProtocolVersion version;
             if (parseProtocolVersion(v.text, &version))
                 r.m_version = version;
             else
                 r.fail(tr("Unknown MQTT version '%1': use mqttv5, mqttv311 or mqttv31 (or 5, 311, 31).").arg(v.text));
         },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -V, --protocol-version V mqttv5, mqttv311 or "
                                                                 "mqttv31 (also 5, 311, 31); default mqttv311\n")}}},
    {.names = {"-i", "--id"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_clientId = v.text; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -i, --id ID              client id; -I, "
                                                                 "--id-prefix PREFIX: PREFIX + process id\n")}}},
    {.names = {"-I", "--id-prefix"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_idPrefix = v.text; }},
    {.names = {"-u", "--username"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_username = v.text; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -u, --username USER      -P, --pw PASSWORD\n")}}},
    {.names = {"-P", "--pw", "--password"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_password = v.text; }},
    {.names = {"--auth-method"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_authMethod = v.text; },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser",
                                 "  --auth-method METHOD     MQTT 5 enhanced authentication (implies -V 5): "
                                 "SCRAM-SHA-1 and\n"
                                 "                           SCRAM-SHA-256 with -u and -P; other methods "
                                 "send --auth-data DATA\n")}}},
    {.names = {"--auth-data"}, .takes = Takes::Text, .store = [](Reader &r, const Value &v) { r.m_authData = v.bytes; }},
    {.names = {"-k", "--keepalive"},
     .takes = Takes::Integer,
     .min = 0,
     .max = 65535,
     .store = [](Reader &r, const Value &v) { r.m_keepAlive = quint16(v.integer); },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  -k, --keepalive SECONDS  keep-alive (60; 0 disables)\n")}}},
    {.names = {"-c", "--disable-clean-session"},
     .store = [](Reader &r, const Value &) { r.m_persistent = true; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -c                       persistent session (clean "
                                                                 "session off; under MQTT 5 it never expires unless "
                                                                 "-x)\n")}}},
    {.names = {"-x", "--session-expiry"},
     .takes = Takes::Text,
     .store = &Reader::readSessionExpiry,
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -x SECONDS               MQTT 5 session expiry "
                                                                 "interval (-1: never)\n")}}},
    {.names = {"--session-db"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_options.sessionDb = v.text; },
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  --session-db FILE        keep the session state (unacknowledged "
                                                 "QoS 1/2 messages both ways)\n"
                                                 "                           in this SQLite file, so that a restart "
                                                 "after a crash finishes them\n")}}},
    {.names = {"--history"},
     .store = [](Reader &r, const Value &) { r.m_options.history = true; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  --history                (sub) also keep every "
                                                                 "received message in that file\n")}}},
    {.names = {"-D", "--property"},
     .takes = Takes::Text,
     .store = &Reader::readProperty,
     .help = {{ConnectionHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  -D PACKET PROPERTY VALUE MQTT 5 property, e.g. -D publish "
                                                 "user-property key value,\n"
                                                 "                           -D connect session-expiry-interval 60 "
                                                 "(implies -V 5)\n")}}},
    {.names = {"--will-topic"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_willTopic = v.text; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  --will-topic T --will-payload P --will-qos Q "
                                                                 "--will-retain\n")}}},
    {.names = {"--will-payload"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_willPayload = v.bytes; }},
    {.names = {"--will-qos"},
     .takes = Takes::Integer,
     .min = 0,
     .max = 2,
     .store = [](Reader &r, const Value &v) { r.m_willQos = quint8(v.integer); }},
    {.names = {"--will-retain"}, .store = [](Reader &r, const Value &) { r.m_willRetain = true; }},
    {.names = {"-W", "--timeout"},
     .takes = Takes::Integer,
     .min = 1,
     .max = 24 * 3600 * 365,
     .store = [](Reader &r, const Value &v) { r.m_options.timeoutSeconds = int(v.integer); },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -W SECONDS               give up after this long "
                                                                 "(exit code 27)\n")}}},
    {.names = {"--reconnect"},
     .store = [](Reader &r, const Value &) { r.m_options.reconnect = true; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  --reconnect              keep reconnecting after "
                                                                 "a lost connection instead of exiting\n")}}},
    {.names = {"-d", "--debug"},
     .store = [](Reader &r, const Value &) { r.m_options.debug = true; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -d, --debug              show packets on stderr; "
                                                                 "--quiet: no error messages\n")}}},
    {.names = {"--quiet"}, .store = [](Reader &r, const Value &) { r.m_options.quiet = true; }},
    // The transport turns Nagle's algorithm off on every connection (TCP_NODELAY,
    // Transport's LowDelayOption): what mosquitto's --nodelay asks for is always so.
    {.names = {"--nodelay"}, .store = [](Reader &, const Value &) {}},
    {.names = {"-o"},
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             if (r.lineOf(r.m_optionIndex) != 0)
                 r.fail(tr("An options file cannot name another with -o."));
             else if (r.m_optionsFile && *r.m_optionsFile != v.text)
                 r.fail(tr("Give only one options file (-o)."));
             else
                 r.m_optionsFile = v.text;
         },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "  -o FILE                  take options from FILE "
                                                                 "first, one a line (instead of\n"
                                                                 "                           ~/.config/mosquitto_sub "
                                                                 "or mosquitto_pub, read if there)\n")}}},

    // ---- TLS, for every command
    {.names = {"--cafile"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_caFile = v.text; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --cafile FILE            trusted CA certificates "
                                                          "(instead of the system store)\n")}}},
    {.names = {"--tls-use-os-certs"},
     .store = [](Reader &r, const Value &) { r.m_useOsCerts = true; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --tls-use-os-certs       also trust the system store; "
                                                          "--tls: TLS with the system store\n")}}},
    {.names = {"--tls"}, .store = [](Reader &r, const Value &) { r.m_tls = true; }},
    {.names = {"--cert"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_certFile = v.text; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --cert FILE --key FILE   client certificate and key; "
                                                          "--key-passphrase TEXT\n")}}},
    {.names = {"--key"}, .takes = Takes::Text, .store = [](Reader &r, const Value &v) { r.m_keyFile = v.text; }},
    {.names = {"--key-passphrase"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_keyPassphrase = v.text; }},
    {.names = {"--insecure"},
     .store = [](Reader &r, const Value &) { r.m_insecure = true; },
     .help = {{TlsHelp,
               QT_TRANSLATE_NOOP("OptionParser", "  --insecure               accept any server certificate\n")}}},
    {.names = {"--alpn", "--tls-alpn"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_alpn.append(v.text.split(QLatin1Char(','), Qt::SkipEmptyParts)); },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --alpn PROTOCOLS         comma-separated ALPN; "
                                                          "--tls-server-name NAME: SNI and name to verify\n")}}},
    // mosquitto's --keyform: PEM is what --key reads; "engine" is refused.
    {.names = {"--keyform"},
     .takes = Takes::Text,
     .store =
         [](Reader &r, const Value &v) {
             if (v.text == QLatin1String("engine"))
                 r.fail(refusedSentence(*findRefused(QStringLiteral("--keyform engine"))));
             else if (v.text != QLatin1String("pem"))
                 r.fail(tr("The option --keyform takes pem, not '%1'.").arg(v.text));
         }},
    {.names = {"--tls-server-name", "--sni"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_serverName = v.text; }},

    // ---- transports and TLS settings as mosquitto_sub names them
    {.names = {"--unix"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_unixPath = v.text; },
     .help = {{ConnectionHelp, QT_TRANSLATE_NOOP("OptionParser", "      --unix PATH          connect to the broker's "
                                                                 "Unix domain socket (not on Windows)\n")}}},
    {.names = {"--capath"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_caPath = v.text; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --capath DIR             trust every CA certificate "
                                                          "in DIR (instead of the system store)\n")}}},
    {.names = {"--tls-version"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_tlsVersion = v.text; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --tls-version VERSION    use only tlsv1.2 or tlsv1.3; "
                                                          "--ciphers LIST: OpenSSL cipher names, ':'-separated\n")}}},
    {.names = {"--ciphers"}, .takes = Takes::Text, .store = [](Reader &r, const Value &v) { r.m_ciphers = v.text; }},
    {.names = {"--psk"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_psk = v.text; },
     .help = {{TlsHelp, QT_TRANSLATE_NOOP("OptionParser", "  --psk HEX --psk-identity ID  TLS-PSK: the pre-shared "
                                                          "key in hex and its identity, instead of certificates\n")}}},
    {.names = {"--psk-identity"},
     .takes = Takes::Text,
     .store = [](Reader &r, const Value &v) { r.m_pskIdentity = v.text; }},
};

QString Reader::helpLines(quint8 scope)
{
    QString lines;
    for (const OptionSpec &spec : Table) {
        for (const HelpLine &line : spec.help) {
            if (line.text && (line.scope & scope))
                lines += tr(line.text);
        }
    }
    return lines;
}

bool Reader::readOptions()
{
    while (m_index < m_args.size() && !m_finished) {
        m_optionIndex = m_index;
        const QByteArray &arg = m_args.at(m_index++);
        QString option = QString::fromLocal8Bit(arg);
        m_inlineValue.reset();
        if (option.startsWith(QLatin1String("--"))) {
            const qsizetype eq = option.indexOf(QLatin1Char('='));
            if (eq > 0) {
                m_inlineValue = arg.mid(arg.indexOf('=') + 1);
                option.truncate(eq);
            }
        }
        if (!readOption(option)) {
            if (const int line = lineOf(m_optionIndex); line != 0)
                m_error = tr("%1, line %2: %3").arg(m_file).arg(line).arg(m_error);
            return false;
        }
    }
    return true;
}

bool Reader::readOption(const QString &option)
{
    const auto named = [&option](const OptionSpec &spec) {
        return std::any_of(std::begin(spec.names), std::end(spec.names),
                           [&option](const char *name) { return name && option == QLatin1String(name); });
    };
    const OptionSpec *spec = std::find_if(std::begin(Table), std::end(Table), named);
    if (spec == std::end(Table)) {
        if (const RefusedOption *refused = findRefused(option))
            return fail(refusedSentence(*refused));
        if (std::any_of(std::begin(NotYetOptions), std::end(NotYetOptions),
                        [&option](const char *name) { return option == QLatin1String(name); }))
            return fail(tr("signalbox-cli does not support mosquitto's option %1.").arg(option));
        if (option.startsWith(QLatin1Char('-')))
            return fail(tr("Unknown option '%1' (see 'signalbox-cli %2 --help').").arg(option, m_command));
        return fail(
            tr("Unexpected argument '%1': options start with '-' (see 'signalbox-cli %2 --help').").arg(option, m_command));
    }
    const bool forThisCommand = (spec->commands & m_scope) != 0;
    if (!forThisCommand && !spec->valueFirst)
        return fail(notFor(option));
    Value value;
    value.option = option;
    if (spec->takes != Takes::Nothing) {
        const auto bytes = nextValue(option);
        if (!bytes)
            return false;
        value.bytes = *bytes;
        value.text = QString::fromLocal8Bit(*bytes);
    }
    if (!forThisCommand)
        return fail(notFor(option));
    if (!readNumber(*spec, value))
        return false;
    spec->store(*this, value);
    if (!m_error.isEmpty())
        return false;
    if (m_inlineValue && !m_finished)
        return fail(tr("The option %1 takes no value.").arg(option));
    return true;
}

bool Reader::readNumber(const OptionSpec &spec, Value &value)
{
    if (spec.takes == Takes::Integer) {
        const auto min = qint64(spec.min), max = qint64(spec.max);
        const auto n = parseNumber<qint64>(value.bytes, min, max);
        if (!n)
            return fail(tr("The option %1 needs a number from %2 to %3, not '%4'.")
                            .arg(value.option)
                            .arg(min)
                            .arg(max)
                            .arg(value.text));
        value.integer = *n;
    } else if (spec.takes == Takes::Real) {
        const auto d = parseNumber<double>(value.bytes, spec.min, spec.max);
        if (!d)
            return fail(tr(spec.badNumber).arg(value.text));
        value.real = *d;
    }
    return true;
}

std::optional<QByteArray> Reader::nextValue(const QString &option)
{
    if (m_inlineValue)
        return std::exchange(m_inlineValue, std::nullopt);
    // A line of an options file holds its option's values (mosquitto reads each line alone).
    if (m_index >= m_args.size() || lineOf(m_index) != lineOf(m_optionIndex)) {
        fail(tr("The option %1 needs a value.").arg(option));
        return std::nullopt;
    }
    return m_args.at(m_index++);
}

std::optional<QString> Reader::nextText(const QString &option)
{
    const auto bytes = nextValue(option);
    if (!bytes)
        return std::nullopt;
    return QString::fromLocal8Bit(*bytes);
}

QString Reader::notFor(const QString &option) const
{
    return tr("The option %1 is not valid for '%2' (see 'signalbox-cli %2 --help').").arg(option, m_command);
}

void Reader::readPayloadSource(Reader &r, PayloadSource source)
{
    r.m_options.payloadSource = source;
    ++r.m_payloadSources;
}

void Reader::readSessionExpiry(Reader &r, const Value &value)
{
    constexpr qint64 never = std::numeric_limits<quint32>::max();
    const QByteArray s = value.bytes.trimmed();
    if (s == "-1" || s == "\xe2\x88\x9e" /* ∞ */ || s == "inf" || s == "infinity")
        r.m_sessionExpiry = quint32(never);
    else if (const auto n = parseNumber<qint64>(s, 0, never))
        r.m_sessionExpiry = quint32(*n);
    else
        r.fail(tr("The option -x needs a number of seconds from 0 to 4294967295, or -1 for a session "
                  "that does not expire, not '%1'.")
                   .arg(value.text));
}

// -D PACKET PROPERTY VALUE, or -D PACKET user-property NAME VALUE: the loop
// has taken PACKET; the rest follows here.
void Reader::readProperty(Reader &r, const Value &packet)
{
    const auto identifier = r.nextText(packet.option);
    if (!identifier)
        return;
    const auto id = propertyFromKey(*identifier);
    if (!id) {
        r.fail(tr("Unknown MQTT 5 property '%1'.").arg(*identifier));
        return;
    }
    PropertyArgument arg{packet.text.toLower(), *id, {}};
    if (*id == PropertyId::UserProperty) {
        const auto name = r.nextText(packet.option);
        if (!name)
            return;
        const auto value = r.nextText(packet.option);
        if (!value)
            return;
        arg.value = QStringList{*name, *value};
    } else {
        const auto value = r.nextText(packet.option);
        if (!value)
            return;
        QString why;
        const auto parsed = parsePropertyValue(*id, *value, &why);
        if (!parsed) {
            r.fail(why);
            return;
        }
        arg.value = *parsed;
    }
    r.m_properties.append(arg);
}

bool Reader::finish()
{
    if (!applyUrl() || !applyTls() || !applySession() || !applyWill() || !applyProperties() || !applyAuthentication())
        return false;
    if ((m_scope == ForSub && !checkSub()) || (m_scope == ForPub && !checkPub()))
        return false;
    const QStringList problems = m_options.profile.validate();
    return problems.isEmpty() || fail(problems.constFirst());
}

// -L and the connection options that win over it.
bool Reader::applyUrl()
{
    ConnectionProfile &profile = m_options.profile;
    bool urlHasPort = false;
    if (m_url) {
        QString why;
        const auto topic = applyMosquittoUrl(*m_url, profile, &why);
        if (!topic)
            return fail(why);
        if (!topic->isEmpty()) {
            if (m_scope == ForPub && m_topicCount > 0)
                return fail(tr("Give only one topic (-t or in the URL) to publish to."));
            if (m_scope == ForDemo)
                return fail(tr("The demo publisher chooses its own topics; give a URL without a topic."));
            m_options.topics.prepend(*topic);
        }
        const qsizetype authorityStart = m_url->indexOf(QLatin1String("://")) + 3;
        QString authority = m_url->mid(authorityStart);
        authority.truncate(authority.indexOf(QLatin1Char('/')) >= 0 ? authority.indexOf(QLatin1Char('/'))
                                                                    : authority.size());
        authority = authority.mid(authority.lastIndexOf(QLatin1Char('@')) + 1);
        urlHasPort = authority.lastIndexOf(QLatin1Char(':')) > authority.lastIndexOf(QLatin1Char(']'));
    }
    if (m_host)
        profile.host = *m_host;
    if (m_username)
        profile.username = *m_username;
    if (m_password)
        profile.password = *m_password;
    if (m_wsPath)
        profile.webSocketPath = *m_wsPath;

    const bool tlsRequested = m_tls || m_caFile || m_certFile || m_keyFile || m_useOsCerts || m_caPath || m_psk
                              || m_pskIdentity || m_tlsVersion || m_ciphers;
    if (m_unixPath) {
        if (tlsRequested)
            return fail(tr("--unix connects without TLS; leave out the TLS options."));
        if (m_host || m_port || m_url)
            return fail(tr("--unix names the broker's socket; leave out -h, -p and -L."));
        profile.scheme = TransportScheme::Unix;
        profile.socketPath = *m_unixPath;
        return true;
    }
    if (tlsRequested) {
        if (profile.scheme == TransportScheme::Tcp)
            profile.scheme = TransportScheme::Tls;
        else if (profile.scheme == TransportScheme::WebSocket)
            profile.scheme = TransportScheme::SecureWebSocket;
    }
    if (m_port)
        profile.port = *m_port;
    else if (!urlHasPort)
        profile.port = defaultPort(profile.scheme);
    return true;
}

// The TLS files and settings.
bool Reader::applyTls()
{
    TlsOptions &t = m_options.profile.tls;
    if (m_caFile) {
        t.caFile = *m_caFile;
        // As mosquitto: a CA file replaces the system store unless --tls-use-os-certs.
        t.useSystemCaCertificates = m_useOsCerts;
    }
    if (m_caPath) {
        t.caDirectory = *m_caPath;
        t.useSystemCaCertificates = m_useOsCerts; // as --cafile
    }
    if (m_tlsVersion) {
        const std::optional<TlsVersion> version = parseTlsVersion(*m_tlsVersion);
        if (!version || *version == TlsVersion::Any)
            return fail(tr("--tls-version takes tlsv1.2 or tlsv1.3, not '%1'.").arg(*m_tlsVersion));
        t.version = *version;
    }
    if (m_ciphers)
        t.ciphers = *m_ciphers; // each name is checked by the profile's validate()
    if (m_psk.has_value() != m_pskIdentity.has_value())
        return fail(tr("Give both --psk and --psk-identity for TLS-PSK."));
    if (m_psk) {
        // As mosquitto: PSK and certificates exclude each other.
        if (m_caFile || m_caPath || m_certFile)
            return fail(tr("Give either --psk or --cafile, --capath and --cert, not both."));
        static const QRegularExpression hex(QStringLiteral("^([0-9A-Fa-f]{2})+$"));
        if (!hex.match(*m_psk).hasMatch())
            return fail(
                tr("--psk takes the key as an even number of hex digits, as in --psk 0a1b2c3d, not '%1'.").arg(*m_psk));
        t.psk = QByteArray::fromHex(m_psk->toLatin1());
        t.pskIdentity = *m_pskIdentity;
    }
    if (m_certFile.has_value() != m_keyFile.has_value())
        return fail(tr("Give both --cert and --key for a client certificate."));
    if (m_certFile)
        t.certificateFile = *m_certFile;
    if (m_keyFile)
        t.keyFile = *m_keyFile;
    if (m_keyPassphrase)
        t.keyPassphrase = *m_keyPassphrase;
    if (m_serverName)
        t.serverName = *m_serverName;
    t.alpn = m_alpn;
    t.allowInsecure = m_insecure;
    return true;
}

// The protocol version, the client id and the session.
bool Reader::applySession()
{
    ConnectionProfile &profile = m_options.profile;
    if (!m_properties.isEmpty() && m_version && *m_version != ProtocolVersion::V5)
        return fail(tr("MQTT 5 properties (-D) need -V 5."));
    if (m_authMethod && m_version && *m_version != ProtocolVersion::V5)
        return fail(tr("Enhanced authentication (--auth-method) needs -V 5."));
    const bool v5 = !m_properties.isEmpty() || m_authMethod.has_value();
    profile.version = m_version.value_or(v5 ? ProtocolVersion::V5 : ProtocolVersion::V311);

    if (m_clientId && m_idPrefix)
        return fail(tr("Give either -i or -I, not both."));
    if (m_clientId)
        profile.clientId = *m_clientId;
    else if (m_idPrefix)
        profile.clientId = *m_idPrefix + QString::number(QCoreApplication::applicationPid());
    if (m_persistent && !m_clientId)
        return fail(tr("A persistent session (-c) needs a client id (-i)."));
    if (!m_options.sessionDb.isEmpty() && !m_clientId)
        return fail(tr("A session file (--session-db) needs a client id (-i)."));
    if (m_options.history && m_options.sessionDb.isEmpty())
        return fail(tr("--history keeps messages in the session file: give --session-db FILE."));
    profile.cleanStart = !m_persistent;
    if (profile.version == ProtocolVersion::V5) {
        if (m_sessionExpiry)
            profile.sessionExpiryInterval = *m_sessionExpiry;
        else if (m_persistent)
            profile.sessionExpiryInterval = std::numeric_limits<quint32>::max();
    }
    if (m_keepAlive)
        profile.keepAlive = *m_keepAlive;
    profile.reconnect.enabled = m_options.reconnect;
    return true;
}

bool Reader::applyWill()
{
    if (!m_willTopic && (m_willPayload || m_willQos || m_willRetain))
        return fail(tr("A will needs a topic: give --will-topic."));
    if (m_willTopic) {
        const std::optional<QString> why = TopicName::validate(*m_willTopic);
        if (why)
            return fail(tr("Invalid will topic '%1': %2").arg(*m_willTopic, *why));
        WillOptions &will = m_options.profile.will;
        will.enabled = true;
        will.topic = *m_willTopic;
        will.payload = m_willPayload.value_or(QByteArray());
        will.qos = m_willQos.value_or(0);
        will.retain = m_willRetain;
    }
    return true;
}

// The -D properties, each into its packet.
bool Reader::applyProperties()
{
    Options &o = m_options;
    for (const PropertyArgument &arg : std::as_const(m_properties)) {
        bool inWill = false;
        const PacketType type = packetTypeForCommand(arg.command, &inWill);
        const bool sub = m_scope == ForSub;
        const bool usable =
            arg.command == QLatin1String("connect") || arg.command == QLatin1String("will")
            || arg.command == QLatin1String("disconnect")
            || (sub && (arg.command == QLatin1String("subscribe") || arg.command == QLatin1String("unsubscribe")))
            || (!sub && arg.command == QLatin1String("publish"));
        if (type == PacketType::Reserved)
            return fail(
                tr("Unknown packet '%1' in -D: use connect, publish, subscribe, unsubscribe, disconnect or will.")
                    .arg(arg.command));
        if (!usable)
            return fail(tr("'%1' cannot take -D %2 properties.").arg(m_command, arg.command));
        if (!propertyAllowed(arg.id, type, inWill))
            return fail(tr("The property %1 is not allowed in %2.").arg(propertyKey(arg.id), arg.command.toUpper()));
        if (arg.id == PropertyId::ReceiveMaximum && arg.value.toUInt() == 0)
            return fail(tr("The property %1 must not be 0.").arg(propertyKey(arg.id)));
        if (arg.command == QLatin1String("connect"))
            applyConnectProperty(o.profile, arg.id, arg.value);
        else if (arg.command == QLatin1String("will"))
            addProperty(o.profile.will.properties, arg.id, arg.value);
        else if (arg.command == QLatin1String("publish"))
            addProperty(o.publishProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("subscribe"))
            addProperty(o.subscribeProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("unsubscribe"))
            addProperty(o.unsubscribeProperties, arg.id, arg.value);
        else if (arg.command == QLatin1String("disconnect"))
            addProperty(o.disconnectProperties, arg.id, arg.value);
    }
    if (!o.profile.will.properties.isEmpty() && !m_willTopic)
        return fail(tr("Will properties need a will: give --will-topic."));
    return true;
}

// --auth-method and --auth-data (they win over -D connect authentication-method).
bool Reader::applyAuthentication()
{
    ConnectionProfile &profile = m_options.profile;
    if (m_authMethod) {
        if (m_authMethod->isEmpty())
            return fail(tr("The option --auth-method needs the name of a method, e.g. SCRAM-SHA-256."));
        profile.authenticationMethod = *m_authMethod;
    }
    if (m_authData) {
        if (profile.authenticationMethod.isEmpty())
            return fail(tr("--auth-data needs --auth-method."));
        profile.authenticationData = *m_authData;
    }
    const QString &method = profile.authenticationMethod;
    if (Authenticators::builtInMethods().contains(method)) {
        if (!profile.authenticationData.isEmpty())
            return fail(tr("%1 makes its own authentication data from -u and -P: leave out --auth-data.").arg(method));
        if (!profile.username || profile.username->isEmpty() || !profile.password || profile.password->isEmpty())
            return fail(tr("%1 needs a user name (-u) and a password (-P).").arg(method));
    }
    return true;
}

bool Reader::checkSub()
{
    const Options &o = m_options;
    if (o.topics.isEmpty() && o.unsubscribeTopics.isEmpty())
        return fail(tr("Give a topic filter to subscribe to with -t."));
    for (const QString &filter : o.topics) {
        const std::optional<QString> why = TopicFilter::validate(filter);
        if (why)
            return fail(tr("Invalid subscription topic '%1': %2").arg(filter, *why));
    }
    for (const QString &filter : o.filterOuts) {
        const std::optional<QString> why = TopicFilter::validate(filter);
        if (why)
            return fail(tr("Invalid filter-out topic '%1': %2").arg(filter, *why));
    }
    for (const QString &filter : o.unsubscribeTopics) {
        const std::optional<QString> why = TopicFilter::validate(filter);
        if (why)
            return fail(tr("Invalid unsubscribe topic '%1': %2").arg(filter, *why));
    }
    if (o.noRetained && o.retainedOnly)
        return fail(tr("Give either -R or --retained-only, not both."));
    if (o.json && o.format)
        return fail(tr("Give either -F or --json, not both."));
    if (o.retainAsPublished && o.profile.version != ProtocolVersion::V5)
        return fail(tr("--retain-as-published needs MQTT 5 (-V 5)."));
    if (o.retainHandling != 0 && o.profile.version != ProtocolVersion::V5)
        return fail(tr("--retain-handling needs MQTT 5 (-V 5)."));
    if (o.protoFile.isEmpty() != o.protoType.isEmpty())
        return fail(tr("Give --proto and --proto-type together: the file and the message type in it."));
    if (!o.protoFile.isEmpty() && !o.avroFile.isEmpty())
        return fail(tr("Give either --proto or --avro, not both."));
    return true;
}

bool Reader::checkPub()
{
    const Options &o = m_options;
    if (o.topics.isEmpty())
        return fail(tr("Give a topic to publish to with -t."));
    const std::optional<QString> why = TopicName::validate(o.topics.constFirst());
    if (why)
        return fail(tr("Invalid publish topic '%1': %2").arg(o.topics.constFirst(), *why));
    if (m_payloadSources == 0)
        return fail(tr("Give a message: -m text, -f file, -l (stdin lines), -s (all of stdin) or -n (empty)."));
    if (m_payloadSources > 1)
        return fail(tr("Give only one of -m, -f, -l, -s and -n."));
    if (o.payloadSource == PayloadSource::StdinLines && o.repeat > 1)
        return fail(tr("--repeat cannot be used with -l."));
    if (o.protoFile.isEmpty() != o.protoType.isEmpty())
        return fail(tr("Give --proto and --proto-type together: the file and the message type in it."));
    const QString encoding = o.sparkplug              ? QStringLiteral("--sparkplug")
                             : !o.protoFile.isEmpty() ? QStringLiteral("--proto")
                             : !o.avroFile.isEmpty()  ? QStringLiteral("--avro")
                                                      : QString();
    if (int(o.sparkplug) + int(!o.protoFile.isEmpty()) + int(!o.avroFile.isEmpty()) > 1)
        return fail(tr("Give only one of --sparkplug, --proto and --avro: each encodes the message its own way."));
    // With --script, publish() may well make JSON out of an empty message.
    if (!encoding.isEmpty() && o.payloadSource == PayloadSource::Null && o.scriptFile.isEmpty())
        return fail(tr("%1 needs a message in JSON: -m, -f, -l or -s.").arg(encoding));
    return true;
}

} // namespace

std::optional<QVariant> parsePropertyValue(PropertyId id, const QString &value, QString *error)
{
    const auto number = [&](qint64 max) -> std::optional<QVariant> {
        const auto n = parseNumber<qint64>(value.toUtf8(), 0, max);
        if (!n) {
            *error = OptionParser::tr("The property %1 needs a number from 0 to %2, not '%3'.")
                         .arg(propertyKey(id))
                         .arg(max)
                         .arg(value);
            return std::nullopt;
        }
        return QVariant(uint(*n));
    };
    switch (propertyType(quint8(id))) {
    case PropertyType::Byte:
        return number(255);
    case PropertyType::TwoByteInteger:
        return number(65535);
    case PropertyType::FourByteInteger:
        return number(std::numeric_limits<quint32>::max());
    case PropertyType::VariableByteInteger:
        return number(MaxVariableByteInteger);
    case PropertyType::Utf8String:
        return QVariant(value);
    case PropertyType::BinaryData:
        return QVariant(value.toUtf8());
    case PropertyType::Utf8StringPair:
    case PropertyType::Invalid:
        break;
    }
    *error = OptionParser::tr("The property %1 cannot be given this way.").arg(propertyKey(id));
    return std::nullopt;
}

std::optional<QString> applyMosquittoUrl(const QString &url, ConnectionProfile &profile, QString *error)
{
    const qsizetype schemeEnd = url.indexOf(QLatin1String("://"));
    if (schemeEnd <= 0) {
        *error = OptionParser::tr("The URL '%1' has no scheme: use mqtt://, mqtts://, ws:// or wss://.").arg(url);
        return std::nullopt;
    }
    const QString scheme = url.left(schemeEnd).toLower();
    const bool webSocket = scheme == QLatin1String("ws") || scheme == QLatin1String("wss");
    QString base = url;
    QString topic;
    if (!webSocket) {
        // mosquitto's -L: the path is the topic, taken literally ('#' and '+' included).
        const qsizetype pathStart = url.indexOf(QLatin1Char('/'), schemeEnd + 3);
        if (pathStart >= 0) {
            topic = url.mid(pathStart + 1);
            base = url.left(pathStart);
        }
    }
    QString why;
    if (!profile.applyUrl(base, &why)) {
        *error = why.isEmpty() ? OptionParser::tr("The URL '%1' is not valid.").arg(url) : why;
        return std::nullopt;
    }
    return topic;
}

ParseResult OptionParser::parse(const QList<QByteArray> &args)
{
    ParseResult result;
    if (args.size() < 2) {
        result.error = tr("No command given: use 'sub', 'pub' or 'demo' (see 'signalbox-cli --help').");
        return result;
    }
    const QString name = QString::fromLocal8Bit(args.at(1));
    const auto is = [&name](const char *text) { return name == QLatin1String(text); };
    Command command;
    if (is("sub"))
        command = Command::Sub;
    else if (is("pub"))
        command = Command::Pub;
    else if (is("demo"))
        command = Command::Demo;
    else if (is("--help") || is("help") || is("-?"))
        command = Command::Help;
    else if (is("--version") || is("version"))
        command = Command::Version;
    else {
        result.error = tr("Unknown command '%1': use 'sub', 'pub' or 'demo' (see 'signalbox-cli --help').").arg(name);
        return result;
    }
    // --help and --version take no further options
    if (command == Command::Help || command == Command::Version) {
        result.options = Reader(args, command).options();
        return result;
    }
    // The command line alone first, for its -o (and so that --help needs no file).
    Reader commandLine(args, command);
    if (!commandLine.readOptions()) {
        result.error = commandLine.error();
        return result;
    }
    if (commandLine.finished()) {
        result.options = commandLine.options();
        return result;
    }
    const QString path = commandLine.optionsFile().value_or(defaultOptionsFile(command));
    QList<QByteArray> all = args.mid(0, 2);
    QList<int> lines = {0, 0};
    if (!path.isEmpty()) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (commandLine.optionsFile() || file.exists()) {
                result.error = tr("Cannot read the options file %1: %2").arg(path, file.errorString());
                return result;
            }
        } else {
            for (const auto &[line, arguments] : readOptionsFile(file.readAll())) {
                all += arguments;
                lines.insert(lines.size(), arguments.size(), line);
            }
        }
    }
    all += args.mid(2);
    Reader reader(all, command, lines, path);
    if (!reader.readOptions() || (!reader.finished() && !reader.finish()))
        result.error = reader.error();
    else
        result.options = reader.options();
    return result;
}

QString OptionParser::defaultOptionsFile(Command command)
{
    if (command != Command::Sub && command != Command::Pub)
        return QString();
    const QString name = command == Command::Sub ? QStringLiteral("mosquitto_sub") : QStringLiteral("mosquitto_pub");
#ifdef Q_OS_WIN
    const QString profile = qEnvironmentVariable("USERPROFILE");
    return profile.isEmpty() ? QString() : profile + QLatin1Char('\\') + name + QLatin1String(".conf");
#else
    if (const QString config = qEnvironmentVariable("XDG_CONFIG_HOME"); !config.isEmpty())
        return config + QLatin1Char('/') + name;
    if (const QString home = qEnvironmentVariable("HOME"); !home.isEmpty())
        return home + QLatin1String("/.config/") + name;
    return QString();
#endif
}

QList<std::pair<int, QList<QByteArray>>> OptionParser::readOptionsFile(const QByteArray &contents)
{
    QList<std::pair<int, QList<QByteArray>>> result;
    const QList<QByteArray> lines = contents.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        while (line.endsWith('\r'))
            line.chop(1);
        if (line.startsWith('#'))
            continue;
        // strtok(line, " ") then strtok(NULL, ""): leading spaces skipped, the
        // first word, then everything after the one space that ends it.
        qsizetype start = 0;
        while (start < line.size() && line.at(start) == ' ')
            ++start;
        if (start == line.size())
            continue;
        const qsizetype end = line.indexOf(' ', start);
        QList<QByteArray> arguments{line.mid(start, end < 0 ? -1 : end - start)};
        if (end >= 0 && end + 1 < line.size())
            arguments.append(line.mid(end + 1));
        result.append({int(i + 1), arguments});
    }
    return result;
}

QString OptionParser::versionText()
{
    return tr("signalbox-cli %1 (Qt %2)").arg(QLatin1String(SIGNALBOX_VERSION), QLatin1String(qVersion()));
}

QString OptionParser::helpText(Command command)
{
    const QString exitCodes = tr(
        "Exit codes: 0 done; 1 bad arguments or cannot connect; 2 protocol error; 7 connection lost;\n"
        "8 TLS failure; 19 keep-alive timeout; 26 malformed packet; 27 timed out (-W);\n"
        "the CONNACK reason code when the broker refuses the connection.\n");
    QString refusedLines;
    for (const RefusedOption &refused : RefusedOptions)
        refusedLines += QStringLiteral("  %1 %2\n").arg(QLatin1String(refused.name), -24).arg(tr(refused.reason));
    // A command's usage, its options, then the options every command has.
    const auto page = [&exitCodes, &refusedLines](const QString &usage, quint8 scope) -> QString {
        return usage + Reader::helpLines(scope) + QLatin1Char('\n') + tr("Connection:\n")
               + Reader::helpLines(ConnectionHelp) + tr("TLS (any of these turns TLS on):\n")
               + Reader::helpLines(TlsHelp) + QLatin1Char('\n') + tr("mosquitto options not taken:\n") + refusedLines
               + QLatin1Char('\n') + exitCodes;
    };
    switch (command) {
    case Command::Sub:
        return page(tr("Usage: signalbox-cli sub -t FILTER [-t FILTER...] [options]\n"
                       "Prints the messages of the subscriptions, one per line, as mosquitto_sub does.\n\n"),
                    ForSub);
    case Command::Pub:
        return page(tr("Usage: signalbox-cli pub -t TOPIC (-m TEXT | -f FILE | -l | -s | -n) [options]\n"
                       "Publishes a message, as mosquitto_pub does.\n"
                       "With --script each message goes through publish() first, then --sparkplug, --proto or\n"
                       "--avro encode what it returned. A message the script or the encoding fails on is not\n"
                       "sent, nor is any after it: the reason goes to stderr (a script's error with its line),\n"
                       "the messages before it are still delivered and counted, and the exit code is 1.\n"
                       "Without --script, -m, -f and -s are encoded before connecting.\n\n"),
                    ForPub);
    case Command::Demo:
        return page(tr("Usage: signalbox-cli demo [options]\n"
                       "Publishes made-up sensor readings as JSON until stopped:\n"
                       "  Sensor/imu/value {\"ax\",\"ay\",\"az\",\"gx\"}, Sensor/ultrasonic/distance "
                       "{\"distance_cm\"},\n"
                       "  Sensor/cds/value {\"lux\"}, each with a \"timestamp\".\n\n"),
                    ForDemo);
    default:
        return tr("Usage: signalbox-cli COMMAND [options]\n"
                  "A command-line MQTT client with mosquitto_sub/mosquitto_pub's options.\n\n"
                  "Commands:\n"
                  "  sub     subscribe and print messages (as mosquitto_sub)\n"
                  "  pub     publish messages (as mosquitto_pub)\n"
                  "  demo    publish demo sensor readings\n\n"
                  "'signalbox-cli COMMAND --help' lists a command's options; --version shows the version.\n");
    }
}

} // namespace Signalbox::Cli
