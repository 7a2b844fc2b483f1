#include "subcommand.h"

#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRandomGenerator>

namespace Signalbox::Cli {

namespace {

MessageFormatter::Settings formatSettings(const Options &o)
{
    MessageFormatter::Settings s;
    s.verbose = o.verbose;
    s.eol = o.eol;
    s.json = o.json;
    s.pretty = o.pretty;
    s.format = o.format;
    return s;
}

} // namespace

SubCommand::SubCommand(const Options &options, QObject *parent)
    : ClientCommand(options, parent), m_formatter(formatSettings(options))
{
    // --json lists the matched subscriptions; nothing else needs them.
    client().setMatchSubscriptions(options.json);
    connect(&client(), &MqttClient::messagesReceived, this, &SubCommand::onMessages);
    connect(&client(), &MqttClient::subscribed, this, &SubCommand::onSubscribed);
    connect(&client(), &MqttClient::unsubscribed, this, &SubCommand::onUnsubscribed);
}

void SubCommand::onConnected(const ConnackInfo &info)
{
    Q_UNUSED(info);
    // After a reconnect the client subscribes again by itself when the session is gone.
    if (m_subscribed)
        return;
    m_subscribed = true;
    const Options &o = options();
    if (!o.topics.isEmpty()) {
        QList<SubscribeEntry> entries;
        for (const QString &filter : o.topics) {
            SubscribeEntry entry;
            entry.filter = filter;
            entry.qos = o.qos;
            entry.retainAsPublished = o.retainAsPublished;
            entry.retainHandling = o.retainHandling;
            entries.append(entry);
        }
        if (client().subscribe(entries, o.subscribeProperties) == 0)
            return; // errorOccurred() says why
        ++m_awaitingAcks;
    }
    // mosquitto_sub: subscriptions are processed before unsubscriptions.
    if (!o.unsubscribeTopics.isEmpty()) {
        if (client().unsubscribe(o.unsubscribeTopics, o.unsubscribeProperties) == 0)
            return;
        ++m_awaitingAcks;
    }
}

void SubCommand::onSubscribed(const SubscribeResult &result)
{
    bool anyGranted = false;
    for (quint8 code : result.reasonCodes)
        anyGranted = anyGranted || code < 0x80;
    // The client's errorOccurred() follows with the sentence that names the filters.
    m_allRefused = !anyGranted;
    acknowledged();
}

void SubCommand::onUnsubscribed(const UnsubscribeResult &result)
{
    Q_UNUSED(result);
    acknowledged();
}

void SubCommand::acknowledged()
{
    if (--m_awaitingAcks == 0 && options().exitAfterSubscribe && !m_allRefused)
        finish(ExitSuccess);
}

void SubCommand::onRequestError(const Error &error)
{
    if (error.kind == ErrorKind::Rejected && !m_allRefused) {
        printError(error.message); // some filters were refused: go on with the others
        return;
    }
    ClientCommand::onRequestError(error);
}

bool SubCommand::isFilteredOut(const QString &topic)
{
    if (topic == m_lastFilteredTopic && !m_lastFilteredTopic.isNull())
        return m_lastFilteredOut;
    m_lastFilteredTopic = topic;
    m_lastFilteredOut = false;
    for (const QString &filter : options().filterOuts) {
        if (TopicFilter::matches(filter, topic)) {
            m_lastFilteredOut = true;
            break;
        }
    }
    return m_lastFilteredOut;
}

// The hot path: one batch from one socket read, one write(2).
void SubCommand::onMessages(const QList<Message> &messages)
{
    if (isFinishing())
        return;
    const Options &o = options();
    const bool filterOut = !o.filterOuts.isEmpty();
    const bool randomFilter = o.randomFilter < 100.0;
    bool done = false;
    m_buffer.resize(0); // keeps the capacity
    m_formatter.beginBatch();
    for (const Message &message : messages) {
        if (o.retainedOnly && !message.retain) {
            done = true;
            break;
        }
        if (message.retain && o.noRetained)
            continue;
        if (filterOut && isFilteredOut(message.topic))
            continue;
        if (o.removeRetained && message.retain && !message.payload.isEmpty()) {
            OutgoingMessage clear;
            clear.topic = message.topic;
            clear.retain = true;
            client().publish(clear);
        }
        // As mosquitto_sub, messages dropped by --random-filter still count for -C.
        if (!randomFilter || QRandomGenerator::global()->generateDouble() * 100.0 < o.randomFilter)
            appendMessage(message);
        if (o.count > 0 && ++m_printed >= o.count) {
            done = true;
            break;
        }
    }
    if (!writeOutput())
        return;
    if (done)
        finish(ExitSuccess);
}

bool SubCommand::prepare()
{
    const Options &o = options();
    QList<PayloadBinding> bindings;
    // The options apply to every topic; "#" does not match $SYS topics, so "+/#" is not enough.
    auto bind = [&](PayloadBinding::Kind kind, const QString &file, const QString &type = {}) {
        for (const char *filter : {"#", "$SYS/#"}) {
            PayloadBinding b;
            b.kind = kind;
            b.filter = QLatin1String(filter);
            b.file = file;
            b.messageType = type;
            if (kind == PayloadBinding::Kind::Protobuf)
                b.importPaths = o.protoPaths;
            bindings << b;
        }
    };
    if (!o.protoFile.isEmpty())
        bind(PayloadBinding::Kind::Protobuf, o.protoFile, o.protoType);
    if (!o.avroFile.isEmpty())
        bind(PayloadBinding::Kind::Avro, o.avroFile);
    if (!o.schemaFile.isEmpty())
        bind(PayloadBinding::Kind::JsonSchema, o.schemaFile);
    m_decoding.setBindings(bindings);
    if (!m_decoding.errors().isEmpty()) {
        fail(ExitFailure, m_decoding.errors().constFirst());
        return false;
    }
    if (!o.scriptFile.isEmpty()) {
        m_script = loadScript(o.scriptFile);
        if (!m_script)
            return false;
        if (!m_script->hasReceive()) {
            fail(ExitFailure, tr("The script %1 has no function receive(payload, topic).").arg(o.scriptFile));
            return false;
        }
    }
    m_annotate = o.decode || o.json || !bindings.isEmpty() || m_script;
    return true;
}

MessageFormatter::Annotation SubCommand::annotate(const Message &message)
{
    MessageFormatter::Annotation a;
    a.decoded = m_decoding.decode(message.topic, message.payload);
    a.violations = m_decoding.validate(message.topic, message.payload);
    if (m_script) {
        const ScriptResult result = m_script->receive(message.topic, message.payload);
        if (result.ok()) {
            a.scriptOutput = result.output;
            a.scriptOutputIsJson = result.isJson;
        } else {
            a.scriptError = result.error;
        }
    }
    return a;
}

// Sparkplug B topics are looked at only with --decode or --json (or a binding):
// without them sub prints bytes as mosquitto_sub does, at its speed.
void SubCommand::appendMessage(const Message &message)
{
    if (!m_annotate) {
        m_formatter.append(m_buffer, message);
        return;
    }
    const MessageFormatter::Annotation a = annotate(message);
    const QByteArray topic = message.topic.toUtf8();
    if (a.decoded && !a.decoded->ok())
        m_problems += topic + ": " + a.decoded->error.toUtf8() + '\n';
    if (a.violations) {
        for (const SchemaViolation &v : *a.violations)
            m_problems += topic + ": " + v.path.toUtf8() + ": " + v.message.toUtf8() + '\n';
    }
    if (!a.scriptError.isEmpty())
        m_problems += topic + ": " + a.scriptError.toUtf8() + '\n';
    if (options().json) {
        m_formatter.append(m_buffer, message, &a);
        return;
    }
    // The payload printed: the script's output, else the decoded JSON (with --decode).
    Message shown = message;
    if (a.scriptOutput)
        shown.payload = *a.scriptOutput;
    else if (options().decode && a.decoded && a.decoded->ok())
        shown.payload = options().pretty ? QJsonDocument::fromJson(a.decoded->json).toJson().trimmed() : a.decoded->json;
    m_formatter.append(m_buffer, shown);
}

bool SubCommand::writeOutput()
{
    QByteArray warnings = m_formatter.takeWarnings();
    warnings += std::exchange(m_problems, {});
    if (!warnings.isEmpty() && !options().quiet)
        OutputStream(2).write(warnings);
    if (m_buffer.isEmpty())
        return true;
    switch (m_stdout.write(m_buffer)) {
    case OutputStream::Status::Ok:
        return true;
    case OutputStream::Status::Closed:
        finish(ExitSuccess); // the reader went away (`| head`): nothing more to do
        return false;
    case OutputStream::Status::Failed:
        fail(ExitFailure, tr("Cannot write to standard output: %1").arg(m_stdout.errorString()));
        return false;
    }
    return false;
}

} // namespace Signalbox::Cli
