#include "pubcommand.h"

#include "stdinreader.h"

#include <QCoreApplication>
#include <QFile>

#include <limits>

namespace Signalbox::Cli {

PubCommand::PubCommand(const Options &options, QObject *parent) : ClientCommand(options, parent)
{
    // -l may bring more messages than the client's default queue limit.
    client().setMaximumQueued(std::numeric_limits<int>::max());
}

// As mosquitto_pub, a file or all of stdin is read before connecting.
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
        m_payload = file.readAll();
        break;
    }
    case PayloadSource::StdinWhole: {
        QFile in;
        if (!in.open(stdin, QIODevice::ReadOnly)) {
            fail(ExitFailure, tr("Cannot read standard input: %1.").arg(in.errorString()));
            return false;
        }
        m_payload = in.readAll();
        break;
    }
    case PayloadSource::Null:
    case PayloadSource::None:
    case PayloadSource::StdinLines:
        break;
    }
    return true;
}

void PubCommand::onConnected(const ConnackInfo &info)
{
    Q_UNUSED(info);
    // After a reconnect the client re-sends what is unacknowledged by itself.
    if (m_started)
        return;
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
        publishPayload(line);
    }
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
    if (m_inputDone && pendingDeliveries() == 0 && client().inFlightCount() == 0 && client().queuedCount() == 0)
        finish(deliveryFailureCode());
}

} // namespace Signalbox::Cli
