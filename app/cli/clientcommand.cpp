#include "clientcommand.h"

#include "decoders/scriptengine.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QTimer>

#include <variant>

namespace Signalbox::Cli {

namespace {

// One packet as libmosquitto's debug log shows it (mosquitto_sub -d), a line
// each ("Client X sending SUBSCRIBE (Mid: 1, Topic: a/b, QoS: 0, Options:
// 0x00)"): the texts of lib/send_*.c and lib/handle_*.c in mosquitto 2.0,
// whose acknowledgements read differently sent and received. SUBSCRIBE and
// UNSUBSCRIBE take a line per filter; a received DISCONNECT names no client.
QStringList mosquittoDebugLines(const PacketRecord &record, const QString &clientId)
{
    const Packet &packet = record.packet;
    const QString prefix = QStringLiteral("Client %1 %2 ")
                               .arg(clientId, record.outgoing ? QStringLiteral("sending") : QStringLiteral("received"));
    const QString name = packetTypeName(packetType(packet));
    if (const auto *p = std::get_if<PublishPacket>(&packet)) {
        return {prefix
                + QStringLiteral("PUBLISH (d%1, q%2, r%3, m%4, '%5', ... (%6 bytes))")
                      .arg(int(p->dup))
                      .arg(p->qos)
                      .arg(int(p->retain))
                      .arg(p->packetId)
                      .arg(p->topic)
                      .arg(p->payload.size())};
    }
    if (const auto *p = std::get_if<ConnackPacket>(&packet))
        return {prefix + QStringLiteral("CONNACK (%1)").arg(p->reasonCode)};
    if (const auto *p = std::get_if<AckPacket>(&packet)) {
        if (!record.outgoing) {
            if (p->type == PacketType::Puback || p->type == PacketType::Pubcomp)
                return {prefix + QStringLiteral("%1 (Mid: %2, RC:%3)").arg(name).arg(p->packetId).arg(p->reasonCode)};
            return {prefix + QStringLiteral("%1 (Mid: %2)").arg(name).arg(p->packetId)};
        }
        if (p->type == PacketType::Puback || p->type == PacketType::Pubrec)
            return {prefix + QStringLiteral("%1 (m%2, rc%3)").arg(name).arg(p->packetId).arg(p->reasonCode)};
        return {prefix + QStringLiteral("%1 (m%2)").arg(name).arg(p->packetId)};
    }
    if (const auto *p = std::get_if<SubscribePacket>(&packet)) {
        QStringList lines;
        for (const SubscribeEntry &e : p->entries) {
            // MQTT 5.0 §3.8.3.1: the option bits above the QoS
            const int options = (int(e.noLocal) << 2) | (int(e.retainAsPublished) << 3) | (e.retainHandling << 4);
            lines << prefix
                         + QStringLiteral("SUBSCRIBE (Mid: %1, Topic: %2, QoS: %3, Options: 0x%4)")
                               .arg(p->packetId)
                               .arg(e.filter)
                               .arg(e.qos)
                               .arg(options, 2, 16, QLatin1Char('0'));
        }
        return lines;
    }
    if (const auto *p = std::get_if<UnsubscribePacket>(&packet)) {
        QStringList lines;
        for (const QString &filter : p->filters)
            lines << prefix + QStringLiteral("UNSUBSCRIBE (Mid: %1, Topic: %2)").arg(p->packetId).arg(filter);
        return lines;
    }
    if (const auto *p = std::get_if<DisconnectPacket>(&packet); p && !record.outgoing)
        return {QStringLiteral("Received DISCONNECT (%1)").arg(p->reasonCode)};
    return {prefix + name};
}

} // namespace

ClientCommand::ClientCommand(const Options &options, QObject *parent)
    : QObject(parent), m_options(options), m_client(new MqttClient(options.profile, this))
{
    connect(m_client, &MqttClient::connected, this, [this](const ConnackInfo &info) {
        m_connected = true;
        if (!m_finishing)
            onConnected(info);
    });
    connect(m_client, &MqttClient::errorOccurred, this, &ClientCommand::onErrorOccurred);
    connect(m_client, &MqttClient::disconnected, this, &ClientCommand::onDisconnected);
    connect(m_client, &MqttClient::reconnectScheduled, this, &ClientCommand::onReconnectScheduled);
    connect(m_client, &MqttClient::delivered, this, &ClientCommand::onDelivered);
    if (!options.sessionDb.isEmpty())
        m_client->setSessionStore(options.sessionDb, options.history);
    if (options.debug) {
        m_client->setPacketTraceEnabled(true);
        connect(m_client, &MqttClient::packetsSent, this, &ClientCommand::onPackets);
        connect(m_client, &MqttClient::packetsReceived, this, &ClientCommand::onPackets);
    }
    m_timeoutTimer.setSingleShot(true);
    connect(&m_timeoutTimer, &QTimer::timeout, this, [this] {
        if (m_finishing)
            return;
        printError(tr("Timed out after %n second(s).", nullptr, m_options.timeoutSeconds));
        finish(ExitTimedOut);
    });
    m_finishTimer.setSingleShot(true);
    connect(&m_finishTimer, &QTimer::timeout, this, &ClientCommand::complete);
}

ClientCommand::~ClientCommand() = default;

void ClientCommand::start()
{
    if (!prepare()) {
        finish(m_exitCode == ExitSuccess ? ExitFailure : m_exitCode);
        return;
    }
    if (m_options.timeoutSeconds > 0)
        m_timeoutTimer.start(m_options.timeoutSeconds * 1000);
    m_client->connectToBroker();
}

void ClientCommand::requestTermination(int signalCount)
{
    if (signalCount > 1 || m_finishing) {
        m_exitCode = signalCount > 1 ? ExitInterrupted : m_exitCode;
        complete();
        return;
    }
    finish(ExitSuccess);
}

void ClientCommand::printError(const QString &message)
{
    if (m_options.quiet)
        return;
    QByteArray line = message.toLocal8Bit();
    line.append('\n');
    m_stderr.write(line);
}

void ClientCommand::fail(int code, const QString &message)
{
    if (m_finishing)
        return;
    printError(message);
    finish(code);
}

std::unique_ptr<ScriptEngine> ClientCommand::loadScript(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        fail(ExitFailure, tr("Cannot read the script %1: %2").arg(path, file.errorString()));
        return nullptr;
    }
    auto script = std::make_unique<ScriptEngine>();
    QString error;
    if (!script->load(QString::fromUtf8(file.readAll()), QFileInfo(path).fileName(), &error)) {
        fail(ExitFailure, tr("The script %1 does not load: %2").arg(path, error));
        return nullptr;
    }
    return script;
}

void ClientCommand::finish(int code)
{
    if (m_finishing)
        return;
    m_finishing = true;
    m_exitCode = code;
    m_timeoutTimer.stop();
    switch (m_client->state()) {
    case MqttClient::State::Connected:
        m_client->disconnectFromBroker(0, m_options.disconnectProperties);
        // The client closes the connection itself 3 s after DISCONNECT at most.
        m_finishTimer.start(5000);
        break;
    case MqttClient::State::Disconnecting:
        m_finishTimer.start(5000);
        break;
    case MqttClient::State::Connecting:
    case MqttClient::State::Reconnecting:
        m_client->disconnectFromBroker();
        if (m_client->state() != MqttClient::State::Disconnected)
            m_finishTimer.start(5000);
        else
            QTimer::singleShot(0, this, &ClientCommand::complete);
        break;
    case MqttClient::State::Disconnected:
        QTimer::singleShot(0, this, &ClientCommand::complete);
        break;
    }
}

void ClientCommand::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    m_timeoutTimer.stop();
    m_finishTimer.stop();
    emit finished(m_exitCode);
}

void ClientCommand::onErrorOccurred(const Error &error)
{
    // A connection error is followed at once by disconnected() or
    // reconnectScheduled(), which report it; anything else is a request error.
    m_pendingErrors.append(error);
    m_errorWhileConnected = m_connected;
    if (!m_checkScheduled) {
        m_checkScheduled = true;
        QTimer::singleShot(0, this, &ClientCommand::checkRequestError);
    }
}

void ClientCommand::checkRequestError()
{
    m_checkScheduled = false;
    const QList<Error> errors = std::exchange(m_pendingErrors, {});
    for (const Error &error : errors) {
        if (!m_finishing)
            onRequestError(error);
    }
}

void ClientCommand::onRequestError(const Error &error)
{
    fail(exitCodeFor(error, m_connected), error.message);
}

void ClientCommand::onDisconnected(const Error &error)
{
    const bool wasConnected = m_connected || m_errorWhileConnected;
    m_connected = false;
    Error cause = error;
    if (!m_pendingErrors.isEmpty()) {
        const Error last = m_pendingErrors.takeLast();
        if (!cause.isError())
            cause = last;
    }
    if (m_finishing) {
        complete();
        return;
    }
    if (!cause.isError()) {
        cause.kind = ErrorKind::ServerDisconnected;
        cause.message = tr("The connection to %1:%2 closed.").arg(m_options.profile.host).arg(m_options.profile.port);
    }
    printError(cause.message);
    m_finishing = true;
    m_exitCode = exitCodeFor(cause, wasConnected);
    complete();
}

void ClientCommand::onReconnectScheduled(int attempt, int delayMs)
{
    Q_UNUSED(attempt);
    m_connected = false;
    const Error cause = m_pendingErrors.isEmpty() ? Error{} : m_pendingErrors.takeLast();
    if (m_finishing)
        return;
    const QString again = tr("Reconnecting in %1 s.").arg(delayMs / 1000.0, 0, 'f', 1);
    printError(cause.isError() ? cause.message + QLatin1Char(' ') + again : again);
}

bool ClientCommand::publish(const OutgoingMessage &message)
{
    const quint64 token = m_client->publish(message);
    if (token == 0)
        return false; // errorOccurred() says why
    if (!m_settled.remove(token)) {
        const qint64 bytes = message.topic.size() + message.payload.size();
        m_pending.insert(token, bytes);
        m_pendingBytes += bytes;
    }
    return true;
}

void ClientCommand::onDelivered(const Delivery &delivery)
{
    const bool settled = delivery.state == Delivery::State::Acknowledged || delivery.state == Delivery::State::Failed
                         || (delivery.state == Delivery::State::Sent && delivery.qos == 0);
    if (!settled)
        return;
    if (delivery.state == Delivery::State::Failed) {
        const QString why = delivery.reasonString.isEmpty() ? reasonCodeText(delivery.reason, PacketType::Puback)
                                                            : delivery.reasonString;
        printError(tr("Publishing to '%1' failed: %2").arg(delivery.topic, why));
        if (m_deliveryFailureCode == ExitSuccess)
            m_deliveryFailureCode = delivery.reason >= 0x80 ? int(delivery.reason) : int(ExitFailure);
    }
    const auto pending = m_pending.constFind(delivery.token);
    if (pending == m_pending.cend()) {
        m_settled.insert(delivery.token);
        // a message a previous run left in the session file (--session-db)
        if (m_pending.isEmpty() && m_client->inFlightCount() == 0 && m_client->queuedCount() == 0)
            onAllDelivered();
        return;
    }
    m_pendingBytes -= pending.value();
    m_pending.erase(pending);
    if (m_pending.isEmpty())
        onAllDelivered();
}

void ClientCommand::onPackets(const QList<PacketRecord> &packets)
{
    QByteArray text;
    for (const PacketRecord &record : packets) {
        QStringList lines = mosquittoDebugLines(record, m_client->clientId());
        // mosquitto_sub's own line after each SUBACK, unless --quiet; here, so
        // that it comes before the packets that arrived with the SUBACK
        if (const auto *suback = std::get_if<SubackPacket>(&record.packet); suback && !m_options.quiet) {
            QStringList codes;
            for (quint8 code : suback->reasonCodes)
                codes << QString::number(code);
            lines << QStringLiteral("Subscribed (mid: %1): %2").arg(suback->packetId).arg(codes.join(QLatin1String(", ")));
        }
        for (const QString &line : std::as_const(lines)) {
            text += line.toLocal8Bit();
            text += '\n';
        }
    }
    m_stderr.write(text);
}

int ClientCommand::exitCodeFor(const Error &error, bool wasConnected)
{
    switch (error.kind) {
    case ErrorKind::None:
        return ExitSuccess;
    case ErrorKind::InvalidArgument:
    case ErrorKind::HostNotFound:
    case ErrorKind::ConnectionRefused:
    case ErrorKind::Storage:
        return ExitFailure;
    case ErrorKind::Transport:
        return wasConnected ? ExitConnectionLost : ExitFailure;
    case ErrorKind::Tls:
        return ExitTls;
    case ErrorKind::Timeout:
        return wasConnected ? ExitKeepAlive : ExitFailure;
    case ErrorKind::Protocol:
        return error.reason == quint8(ReasonCode::MalformedPacket) ? ExitMalformed : ExitProtocol;
    case ErrorKind::Refused:
        return error.reason != 0 ? int(error.reason) : int(ExitFailure);
    case ErrorKind::ServerDisconnected:
        return wasConnected ? ExitConnectionLost : ExitFailure;
    case ErrorKind::Rejected:
        return error.reason >= 0x80 ? int(error.reason) : int(ExitFailure);
    }
    return ExitFailure;
}

} // namespace Signalbox::Cli
