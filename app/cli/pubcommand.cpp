#include "pubcommand.h"

#include "stdinreader.h"

#include "decoders/sparkplug.h"
#include "mqtt/mqtt.h"
#include "mqtt/packets.h"

#include <QCoreApplication>
#include <QFile>

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
    // --sparkplug: a JSON mistake is found before connecting, as a file that cannot be read.
    if (o.sparkplug) {
        const std::optional<QByteArray> encoded = sparkplugPayload(m_payload);
        if (!encoded)
            return false;
        m_payload = *encoded;
    }
    return true;
}

std::optional<QByteArray> PubCommand::sparkplugPayload(const QByteArray &json)
{
    QString error;
    std::optional<QByteArray> bytes = encodeSparkplugFromJson(json, &error);
    if (!bytes)
        fail(ExitFailure, error);
    return bytes;
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
    if (isFinishing())
        return;
    const Options &o = options();
    if (o.repeatDelaySeconds <= 0) {
        while (m_published < o.repeat && !isFinishing()) {
            if (isBusy()) {
                m_waiting = true;
                return;
            }
            publishPayload(m_payload);
            ++m_published;
        }
    } else {
        publishPayload(m_payload);
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
    for (const QByteArray &line : lines) {
        if (isFinishing())
            return;
        if (options().sparkplug) {
            const std::optional<QByteArray> encoded = sparkplugPayload(line);
            if (!encoded)
                return;
            publishPayload(*encoded);
        } else {
            publishPayload(line);
        }
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
        finish(deliveryFailureCode());
}

} // namespace Signalbox::Cli
