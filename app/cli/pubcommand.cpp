#include "pubcommand.h"

#include "stdinreader.h"

#include "decoders/sparkplug.h"
#include "mqtt/mqtt.h"
#include "mqtt/packets.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <algorithm>
#include <limits>

namespace Signalbox::Cli {

PubCommand::PubCommand(const Options &options, QObject *parent) : ClientCommand(options, parent)
{
    // -l may bring more messages than the client's default queue limit.
    client().setMaximumQueued(std::numeric_limits<int>::max());
    connect(&client(), &MqttClient::delivered, this, &PubCommand::onProgress);
    connect(&client(), &MqttClient::bytesWritten, this, &PubCommand::onProgress);
}

qint64 PubCommand::maximumPayload(const Options &options)
{
    PublishPacket empty;
    empty.topic = options.topics.value(0);
    empty.qos = options.qos;
    empty.retain = options.retain;
    empty.packetId = options.qos > 0 ? 1 : 0;
    if (options.profile.version == ProtocolVersion::V5)
        empty.properties = options.publishProperties;
    const QByteArray bytes = encodePacket(empty, options.profile.version);
    qsizetype header = 1; // the fixed header's first byte, then its Remaining Length
    while (header < bytes.size() && (quint8(bytes.at(header)) & 0x80))
        ++header;
    ++header;
    return qint64(MaxVariableByteInteger) - (bytes.size() - header);
}

// Reads all of `device` into m_payload; false after fail(). What one message
// cannot carry is refused before it is read (a file: by its size), or as soon
// as it is past the limit (a pipe). mosquitto_pub says "Error: File must be
// less than 268435455 bytes." but reads all of stdin first.
bool PubCommand::readPayload(QIODevice &device, const QString &what)
{
    const qint64 limit = maximumPayload(options());
    if (!device.isSequential() && device.size() - device.pos() > limit) {
        fail(ExitFailure, tr("%1 is %2 bytes, more than the %3 bytes one MQTT message to this topic can carry.")
                              .arg(what)
                              .arg(device.size() - device.pos())
                              .arg(limit));
        return false;
    }
    constexpr qint64 Chunk = 1024 * 1024;
    m_payload.clear();
    for (;;) {
        const qsizetype size = m_payload.size();
        const qint64 want = std::min(Chunk, limit + 1 - size);
        m_payload.resize(size + want);
        const qint64 n = device.read(m_payload.data() + size, want);
        if (n < 0) {
            m_payload.clear();
            fail(ExitFailure, tr("%1 could not be read: %2.").arg(what, device.errorString()));
            return false;
        }
        m_payload.resize(size + n);
        if (m_payload.size() > limit) {
            m_payload = QByteArray();
            fail(ExitFailure,
                 tr("%1 holds more than the %2 bytes one MQTT message to this topic can carry.").arg(what).arg(limit));
            return false;
        }
        if (n == 0)
            break;
    }
    m_payload.squeeze();
    return true;
}

// As mosquitto_pub, a file or all of stdin is read before connecting, and
// refused when one message cannot carry it.
bool PubCommand::prepare()
{
    const Options &o = options();
    if (!loadTransforms())
        return false;
    switch (o.payloadSource) {
    case PayloadSource::Message:
        m_payload = o.message;
        break;
    case PayloadSource::File: {
        QFile file(o.file);
        if (!file.open(QIODevice::ReadOnly)) {
            fail(ExitFailure, tr("Cannot read the message file %1: %2.").arg(o.file, file.errorString()));
            return false;
        }
        if (!readPayload(file, tr("The message file %1").arg(o.file)))
            return false;
        break;
    }
    case PayloadSource::StdinWhole: {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitFailure, tr("Cannot read standard input: %1.").arg(in.errorString()));
            return false;
        }
        if (!readPayload(in, tr("Standard input")))
            return false;
        break;
    }
    case PayloadSource::Null:
    case PayloadSource::None:
    case PayloadSource::StdinLines:
        return true;
    }
    // Without a script the message is the same each time: a JSON mistake is found
    // before connecting, as a file that cannot be read, and nothing is sent.
    // (The parser refused -n with an encoding but no script.)
    if (!m_script && encodes()) {
        QString error;
        const std::optional<QByteArray> encoded = encode(m_payload, &error);
        if (!encoded) {
            fail(ExitFailure, error);
            return false;
        }
        m_payload = *encoded;
    }
    return true;
}

bool PubCommand::loadTransforms()
{
    const Options &o = options();
    if (!o.scriptFile.isEmpty()) {
        m_script = loadScript(o.scriptFile);
        if (!m_script)
            return false;
        if (!m_script->hasPublish()) {
            fail(ExitFailure, tr("The script %1 has no function publish(payload, topic), which pub runs each message "
                                 "through.")
                                  .arg(o.scriptFile));
            return false;
        }
    }
    QString error;
    if (!o.protoFile.isEmpty()) {
        m_protobuf = ProtobufSchema::load({o.protoFile}, o.protoPaths, &error);
        if (!m_protobuf) {
            fail(ExitFailure, tr("The .proto file %1 does not load: %2").arg(o.protoFile, error));
            return false;
        }
        if (!m_protobuf->hasMessageType(o.protoType)) {
            const QStringList types = m_protobuf->messageTypes();
            fail(ExitFailure, types.isEmpty()
                                  ? tr("%1 has no message type %2, nor any other.").arg(o.protoFile, o.protoType)
                                  : tr("%1 has no message type %2; it has %3.")
                                        .arg(o.protoFile, o.protoType, types.join(QLatin1String(", "))));
            return false;
        }
    }
    if (!o.avroFile.isEmpty()) {
        m_avro = AvroSchema::load(o.avroFile, &error);
        if (!m_avro) {
            fail(ExitFailure, error);
            return false;
        }
    }
    return true;
}

bool PubCommand::encodes() const
{
    return options().sparkplug || m_protobuf || m_avro;
}

std::optional<QByteArray> PubCommand::encode(const QByteArray &json, QString *error) const
{
    if (options().sparkplug)
        return encodeSparkplugFromJson(json, error); // "Cannot encode Sparkplug B: metrics[0].value: ..."
    if (m_protobuf) {
        std::optional<QByteArray> bytes = m_protobuf->encodeJson(options().protoType, json, error);
        if (bytes)
            return bytes; // JSON that fits is parsed once, by protobuf
        // protobuf's own parse errors run over three lines (the text and a caret): ours
        // is one. A scalar (which QJsonDocument does not take at the top) is left to
        // protobuf, which says that it is no message.
        QJsonParseError parsed;
        QJsonDocument::fromJson(json, &parsed);
        const auto scalar = [&json] {
            QJsonParseError wrapped;
            const QJsonDocument array = QJsonDocument::fromJson(QByteArray("[") + json + QByteArray("\n]"), &wrapped);
            return wrapped.error == QJsonParseError::NoError && array.array().size() == 1;
        };
        if (parsed.error != QJsonParseError::NoError && !scalar())
            *error = tr("The message is not JSON: %1 at byte %2.").arg(parsed.errorString()).arg(parsed.offset);
        return bytes; // "The JSON does not fit T: field: ..."
    }
    if (m_avro) {
        std::optional<QByteArray> datum = m_avro->encodeJson(json, error); // "Field “a.b” should be ..."
        if (!datum)
            *error = tr("Cannot encode Avro %1: %2").arg(m_avro->name(), *error);
        return datum;
    }
    return json;
}

std::optional<QByteArray> PubCommand::nextMessage(const QByteArray &payload)
{
    ++m_taken;
    QByteArray message = payload;
    if (m_script) {
        const ScriptResult result = m_script->publish(options().topics.constFirst(), payload);
        if (!result.ok()) {
            // "Error: too hot (line 3)", "The script ran longer than 500 ms and was stopped."
            stopAt(tr("The script %1 failed on message %2: %3")
                       .arg(options().scriptFile, QString::number(m_taken), result.error));
            return std::nullopt;
        }
        message = result.output;
    }
    if (!encodes())
        return message;
    QString error;
    std::optional<QByteArray> encoded = encode(message, &error);
    if (!encoded)
        stopAt(error);
    return encoded;
}

void PubCommand::stopAt(const QString &why)
{
    const int before = m_taken - 1;
    QString sentence = why;
    if (!sentence.endsWith(QLatin1Char('.')))
        sentence += QLatin1Char('.');
    sentence += QLatin1Char(' ');
    if (before == 0)
        sentence += tr("Nothing was sent.");
    else if (before == 1)
        sentence += tr("Message 2 and any after it were not sent; the one before it was.");
    else
        sentence += tr("Message %1 and any after it were not sent; the %2 before it were.").arg(m_taken).arg(before);
    printError(sentence);
    m_stopCode = ExitFailure;
    m_inputDone = true;
    m_waiting = false;
    if (m_reader)
        m_reader->setPaused(true); // nothing more is taken
    checkDone(); // once the messages before it are finished
}

void PubCommand::onConnected(const ConnackInfo &info)
{
    Q_UNUSED(info);
    // After a reconnect the client re-sends what is unacknowledged by itself.
    if (m_started) {
        onProgress();
        return;
    }
    m_started = true;
    if (options().payloadSource == PayloadSource::StdinLines) {
        m_reader = new StdinReader(this);
        connect(m_reader, &StdinReader::linesRead, this, &PubCommand::onLines);
        connect(m_reader, &StdinReader::finished, this, &PubCommand::onInputFinished);
        m_reader->start();
        return;
    }
    publishNext();
}

void PubCommand::publishPayload(const QByteArray &payload)
{
    const Options &o = options();
    OutgoingMessage message;
    message.topic = o.topics.constFirst();
    message.payload = payload;
    message.qos = o.qos;
    message.retain = o.retain;
    message.properties = o.publishProperties;
    publish(message); // a refusal comes back as a request error
}

void PubCommand::publishNext()
{
    if (isFinishing() || m_stopCode != ExitSuccess)
        return;
    const Options &o = options();
    // With a script every repeat is a call of publish(); without, m_payload is encoded already.
    const auto next = [this]() -> std::optional<QByteArray> {
        return m_script ? nextMessage(m_payload) : std::optional<QByteArray>(m_payload);
    };
    if (o.repeatDelaySeconds <= 0) {
        while (m_published < o.repeat && !isFinishing()) {
            if (isBusy()) {
                m_waiting = true;
                return;
            }
            const std::optional<QByteArray> message = next();
            if (!message)
                return; // stopAt() said why
            publishPayload(*message);
            ++m_published;
        }
    } else {
        const std::optional<QByteArray> message = next();
        if (!message)
            return;
        publishPayload(*message);
        ++m_published;
        if (m_published < o.repeat) {
            QTimer::singleShot(qRound(o.repeatDelaySeconds * 1000), this, &PubCommand::publishNext);
            return;
        }
    }
    m_inputDone = true;
    checkDone();
}

void PubCommand::onLines(const QList<QByteArray> &lines)
{
    const bool transforms = m_script || encodes();
    for (const QByteArray &line : lines) {
        if (isFinishing() || m_stopCode != ExitSuccess)
            return;
        if (!transforms) {
            publishPayload(line);
            continue;
        }
        const std::optional<QByteArray> message = nextMessage(line);
        if (!message)
            return; // stopAt() said why
        publishPayload(*message);
    }
    if (isBusy()) {
        m_waiting = true;
        m_reader->setPaused(true);
    }
}

bool PubCommand::isBusy(int divisor)
{
    MqttClient &c = client();
    // Messages a previous run left in the session file (--session-db) count too.
    const int messages = std::max(pendingDeliveries(), c.queuedCount() + c.inFlightCount());
    return messages >= MaximumPending / divisor || pendingBytes() + c.bytesToWrite() >= MaximumPendingBytes / divisor;
}

// Something was settled or written: take more input once below half the bounds.
void PubCommand::onProgress()
{
    if (m_inputDone) {
        checkDone(); // the last bytes may just have left
        return;
    }
    if (!m_waiting || isFinishing() || isBusy(2))
        return;
    m_waiting = false;
    if (m_reader)
        m_reader->setPaused(false); // goes on from the event loop
    else
        QTimer::singleShot(0, this, &PubCommand::publishNext);
}

void PubCommand::onInputFinished()
{
    m_inputDone = true;
    checkDone();
}

void PubCommand::onAllDelivered()
{
    checkDone();
}

void PubCommand::checkDone()
{
    // Messages a previous run left in the session file (--session-db) are finished too.
    // A QoS 0 message is published once its last byte left the client (as
    // mosquitto_pub's on_publish): a broker that stops reading keeps us here
    // until the keep-alive ends the connection, rather than a DISCONNECT
    // dropping the unsent bytes and exiting 0.
    if (m_inputDone && !isFinishing() && pendingDeliveries() == 0 && client().inFlightCount() == 0
        && client().queuedCount() == 0 && client().bytesToWrite() == 0)
        finish(m_stopCode != ExitSuccess ? m_stopCode : deliveryFailureCode());
}

} // namespace Signalbox::Cli
