// MqttClient: the API object and the glue between its parts. What the
// protocol asks of a client lives in the parts beside this file (the outbound
// queue, inbound QoS 2, keep-alive, subscriptions, the handshake, reconnect
// policy, inbound aliases, packet trace, session file, the authenticator of
// an enhanced authentication method), each with its own test; here are the
// transport's events, the loop over received packets, the publishing entry
// points and the state changes that tie them together, which read best as one
// story (about 1,030 lines).
#include "client/mqttclient.h"

#include "client/clientid.h"
#include "client/transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaMethod>
#include <QRandomGenerator>

#include <algorithm>

namespace Signalbox {

Q_LOGGING_CATEGORY(lcClient, "signalbox.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWire, "signalbox.wire", QtWarningMsg)

namespace {

// A read at least this large means a flood is arriving (about 8 messages of 256 bytes).
constexpr qsizetype FloodReadBytes = 2048;
// How long to let it gather: at 180,000 messages a second, about 180 messages.
constexpr int FloodPauseMs = 1;

Error makeError(ErrorKind kind, const QString &message, quint8 reason = 0)
{
    Error error;
    error.kind = kind;
    error.reason = reason;
    error.message = message;
    return error;
}

// A reason code with, when the broker sent one, its Reason String.
QString reasonWithString(quint8 code, PacketType context, const Properties &properties)
{
    QString text = reasonCodeText(code, context);
    if (const auto why = properties.string(PropertyId::ReasonString); why && !why->isEmpty())
        text += QStringLiteral(" (") + *why + QLatin1Char(')');
    return text;
}
} // namespace

MqttClient::MqttClient(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent)
    , m_profile(profile)
    , m_outbound(profile.version, [this](quint16 id) { return m_subscriptions.isWaiting(id); })
{
    qRegisterMetaType<Signalbox::Message>();
    qRegisterMetaType<QList<Signalbox::Message>>();
    qRegisterMetaType<Signalbox::Delivery>();
    qRegisterMetaType<Signalbox::Error>();
    qRegisterMetaType<Signalbox::ConnackInfo>();
    qRegisterMetaType<Signalbox::SubscribeResult>();
    qRegisterMetaType<Signalbox::UnsubscribeResult>();
    qRegisterMetaType<Signalbox::PacketRecord>();
    qRegisterMetaType<QList<Signalbox::PacketRecord>>();
    qRegisterMetaType<Signalbox::Properties>();

    m_clock.start();
    // Parented so that moveToThread() takes them along (members are
    // destroyed before QObject's destructor deletes children: no double delete).
    for (QTimer *timer : {&m_keepAliveTimer, &m_connectTimer, &m_reconnectTimer, &m_countsTimer})
        timer->setParent(this);
    m_keepAliveTimer.setTimerType(Qt::CoarseTimer);
    connect(&m_keepAliveTimer, &QTimer::timeout, this, &MqttClient::onKeepAliveTimer);
    m_connectTimer.setSingleShot(true);
    connect(&m_connectTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Disconnecting) {
            finishDisconnecting();
            return;
        }
        if (m_authAwaitingAnswer)
            failConnection(makeError(ErrorKind::Timeout,
                                     tr("The broker at %1:%2 asked for '%3' authentication data, and no answer was "
                                        "given within %4 s.")
                                         .arg(m_profile.host)
                                         .arg(m_profile.port)
                                         .arg(m_profile.authenticationMethod)
                                         .arg(m_profile.connectTimeoutMs / 1000.0)));
        else
            failConnection(makeError(ErrorKind::Timeout, Handshake::timeoutText(m_profile, m_transportOpened)));
    });
    m_countsTimer.setSingleShot(true);
    m_countsTimer.setInterval(200);
    connect(&m_countsTimer, &QTimer::timeout, this, [this] {
        const std::pair<int, int> counts{queuedCount(), inFlightCount()};
        if (counts == m_shownCounts)
            return;
        m_shownCounts = counts;
        emit outgoingCountsChanged(counts.first, counts.second);
    });
    m_reconnectTimer.setSingleShot(true);
    connect(&m_reconnectTimer, &QTimer::timeout, this, &MqttClient::startTransport);
}

MqttClient::~MqttClient()
{
    if (m_transport) {
        m_transport->disconnect(this);
        m_transport->abort();
    }
}

void MqttClient::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
}

void MqttClient::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void MqttClient::setSessionStore(const QString &path, bool history, qint64 historyMaximumBytes)
{
    if (path != m_sessionFile.path()) {
        commitSessionStore();
        m_outbound.setStore(nullptr);
        m_inboundQos2.setStore(nullptr);
    }
    m_sessionFile.configure(path, history, historyMaximumBytes);
}

// Opens the store and, for a session it has not loaded yet, takes over what a
// previous run left: sent messages go back in flight (resent with DUP if the
// broker kept the session, else queued again), queued ones before those
// published since, and incoming QoS 2 ids stay unreleased.
bool MqttClient::openSessionStore(QString *why)
{
    std::optional<SessionStore::Session> saved;
    const QString clientId = m_clientId.isEmpty() ? m_profile.clientId : m_clientId;
    if (!m_sessionFile.open(m_profile.url(), clientId, &saved, why))
        return false;
    if (!saved)
        return true;
    const int outgoing = int(saved->outgoing.size());
    m_outbound.setStore(m_sessionFile.store());
    m_outbound.restore(std::move(saved->outgoing), [this] { return reserveToken(); });
    m_inboundQos2.setStore(m_sessionFile.store());
    m_inboundQos2.restore(saved->inboundQos2);
    commitSessionStore();
    countsChanged();
    if (outgoing > 0 || !saved->inboundQos2.isEmpty())
        emit sessionRestored(outgoing, int(saved->inboundQos2.size()));
    return true;
}

bool MqttClient::commitSessionStore()
{
    QString why;
    if (m_sessionFile.commit(&why))
        return true;
    // Nothing that depends on the lost changes may reach the broker.
    m_writeBuffer.clear();
    if (m_transport)
        failConnection(makeError(ErrorKind::Storage, why));
    else
        reportError(makeError(ErrorKind::Storage, why));
    return false;
}

void MqttClient::storeChanged()
{
    if (m_sessionFile.commitDue())
        QMetaObject::invokeMethod(this, &MqttClient::commitSessionStore, Qt::QueuedConnection);
}

void MqttClient::countsChanged()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

qint64 MqttClient::bytesToWrite() const
{
    return m_writeBuffer.size() + (m_transport ? m_transport->bytesToWrite() : 0);
}

// ---------------------------------------------------------------- connection

void MqttClient::connectToBroker()
{
    if (m_state == State::Connecting || m_state == State::Connected)
        return;
    m_reconnectTimer.stop();
    m_userDisconnect = false;
    m_reconnect.reset();
    if (const std::optional<QString> why = Handshake::check(m_profile)) {
        const Error error = makeError(ErrorKind::InvalidArgument, *why);
        reportError(error);
        emit disconnected(error);
        return;
    }
    if (const std::optional<QString> why = startAuthentication()) {
        const Error error = makeError(ErrorKind::InvalidArgument, *why);
        reportError(error);
        emit disconnected(error);
        return;
    }
    m_clientId = m_profile.clientId.isEmpty() ? generateClientId(ClientIdStyle::RandomWithPrefix) : m_profile.clientId;
    QString why;
    if (!openSessionStore(&why)) {
        const Error error = makeError(ErrorKind::Storage, why);
        reportError(error);
        emit disconnected(error);
        return;
    }
    startTransport();
}

void MqttClient::startTransport()
{
    closeTransport();
    setState(m_reconnect.attempt() > 0 ? State::Reconnecting : State::Connecting);
    // Each connection authenticates anew (a new SCRAM nonce).
    if (!m_authFresh) {
        if (const std::optional<QString> why = startAuthentication()) {
            failConnection(makeError(ErrorKind::InvalidArgument, *why));
            return;
        }
    }
    m_connackReceived = false;
    m_transportOpened = false;
    m_connack = {};
    m_writeBuffer.clear();
    m_inboundAliases.reset(m_profile.version, m_profile.topicAliasMaximum);
    m_outbound.setProtocolVersion(m_profile.version);
    m_subscriptions.setProtocolVersion(m_profile.version);
    m_inboundQos2.setReceiveMaximum(m_profile.version == ProtocolVersion::V5 ? m_profile.receiveMaximum : 0);
    m_decoder = PacketDecoder(m_profile.version);
    // 5.0 tells the broker the limit in CONNECT; under 3.x it is only ours.
    if (m_profile.maximumPacketSize > 0)
        m_decoder.setMaximumPacketSize(m_profile.maximumPacketSize);

    m_backlog.release(); // a new socket starts reading; the next batch holds it again if need be
    m_transport = Transport::create(m_profile, this);
    connect(m_transport, &Transport::opened, this, &MqttClient::onTransportOpened);
    connect(m_transport, &Transport::readyRead, this, &MqttClient::onTransportReadyRead);
    connect(m_transport, &Transport::closed, this, &MqttClient::onTransportClosed);
    connect(m_transport, &Transport::failed, this, &MqttClient::onTransportFailed);
    connect(m_transport, &Transport::bytesWritten, this, &MqttClient::bytesWritten);
    m_connectTimer.start(std::max(1, m_profile.connectTimeoutMs));
    m_transport->open();
}

void MqttClient::onTransportOpened()
{
    m_transportOpened = true;
    m_keepAlive.opened(nowUs());
    ConnectPacket packet = Handshake::connectPacket(m_profile, m_clientId);
    if (m_authenticator) {
        m_authFresh = false;
        if (m_authInitialData.isEmpty())
            packet.properties.remove(PropertyId::AuthenticationData);
        else
            packet.properties.set(PropertyId::AuthenticationData, m_authInitialData);
        // SCRAM proves the password without sending it.
        if (m_authenticator->replacesPassword())
            packet.password.reset();
    }
    sendPacket(packet);
    flushWrites();
}

void MqttClient::onTransportReadyRead()
{
    if (!m_transport || m_backlog.isHeld())
        return;
    const QByteArray data = m_transport->readAll();
    if (data.isEmpty())
        return;
    QList<Packet> packets;
    QList<QByteArray> raw;
    const bool ok = m_decoder.feed(data, packets, m_trace.isEnabled() ? &raw : nullptr);
    QPointer<MqttClient> self(this);
    m_reading = true; // what handlePackets() sends is written once, below
    handlePackets(packets, m_trace.isEnabled() ? &raw : nullptr);
    if (!self)
        return;
    m_reading = false;
    if (!ok && m_transport) {
        const DecodeError &e = m_decoder.error();
        protocolViolation(e.reason, tr("The broker sent a malformed packet: %1").arg(e.message));
        return;
    }
    flushWrites();
    // A flood: let the next read gather more. The acknowledgements of this
    // batch are already written, so the broker's in-flight window keeps
    // moving; measured with mosquitto's default window of 20 and with 1000,
    // QoS 1 floods arrive faster this way, and with a tenth of the CPU.
    if (m_transport && data.size() >= FloodReadBytes)
        m_transport->pauseReading(FloodPauseMs);
}

void MqttClient::onTransportClosed()
{
    if (m_state == State::Disconnecting) {
        finishDisconnecting();
        return;
    }
    const QString peer = m_transport ? m_transport->peerName() : QString();
    if (!m_connackReceived)
        failConnection(makeError(ErrorKind::ServerDisconnected,
                                 tr("The broker at %1 closed the connection without answering CONNECT "
                                    "(it may not support MQTT %2).")
                                     .arg(peer, protocolVersionName(m_profile.version))));
    else
        failConnection(makeError(ErrorKind::ServerDisconnected, tr("The broker at %1 closed the connection.").arg(peer)));
}

void MqttClient::onTransportFailed(const Error &error)
{
    if (m_state == State::Disconnecting) {
        finishDisconnecting();
        return;
    }
    failConnection(error);
}

void MqttClient::disconnectFromBroker(quint8 reasonCode, const Properties &properties)
{
    m_userDisconnect = true;
    m_reconnectTimer.stop();
    switch (m_state) {
    case State::Disconnected:
    case State::Disconnecting:
        return;
    case State::Connecting:
    case State::Reconnecting:
        finishDisconnecting();
        return;
    case State::Connected:
        break;
    }
    DisconnectPacket packet;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    sendPacket(packet);
    flushWrites();
    m_keepAliveTimer.stop();
    setState(State::Disconnecting);
    m_connectTimer.start(3000); // the broker should close promptly; if not, we do
    m_transport->close();
}

void MqttClient::closeTransport(bool graceful)
{
    if (!m_transport)
        return;
    Transport *transport = std::exchange(m_transport, nullptr);
    transport->disconnect(this);
    m_subscriptions.connectionLost();
    if (!graceful) {
        transport->abort();
        transport->deleteLater();
        return;
    }
    // Let what was written (a DISCONNECT with its reason) reach the broker.
    connect(transport, &Transport::closed, transport, &QObject::deleteLater);
    connect(transport, &Transport::failed, transport, &QObject::deleteLater);
    QTimer::singleShot(2000, transport, &QObject::deleteLater);
    transport->close();
}

void MqttClient::failConnection(const Error &error, bool graceful)
{
    m_connectTimer.stop();
    m_keepAliveTimer.stop();
    m_keepAlive.stop();
    closeTransport(graceful);
    reportError(error);
    if (!m_userDisconnect) {
        if (const auto delayMs = m_reconnect.retryAfter(m_profile, error, QRandomGenerator::global()->generateDouble())) {
            scheduleReconnect(*delayMs);
            return;
        }
    }
    setState(State::Disconnected);
    emit disconnected(error);
}

void MqttClient::scheduleReconnect(int delayMs)
{
    setState(State::Reconnecting);
    emit reconnectScheduled(m_reconnect.attempt(), delayMs);
    m_reconnectTimer.start(delayMs);
}

void MqttClient::reportError(const Error &error)
{
    m_lastError = error;
    emit errorOccurred(error);
}

// The user's disconnect is done: the broker closed after DISCONNECT, or was given no more time.
void MqttClient::finishDisconnecting()
{
    closeTransport();
    m_connectTimer.stop();
    m_keepAliveTimer.stop();
    setState(State::Disconnected);
    emit disconnected({});
}

// ---------------------------------------------------------------- keep-alive

// Keep-alive, MQTT 5.0 §3.1.2.10 (KeepAliveWatch decides).
void MqttClient::onKeepAliveTimer()
{
    if (m_keepAlive.intervalUs() == 0 || m_state != State::Connected)
        return;
    const qint64 now = nowUs();
    if (m_backlog.isHeld()) {
        // Our consumer is behind, not the broker: nothing read, nothing to
        // judge the broker by. A wake-up that the consumer's side missed is
        // found here; otherwise keep the broker's keep-alive satisfied with an
        // untimed ping (its answer waits in the stream behind the messages).
        if (m_backlog.tryRelease()) {
            resumeReading();
            return;
        }
        if (m_keepAlive.pingDueWhileHeld(now)) {
            sendPacket(PingreqPacket{});
            flushWrites();
        }
        return;
    }
    KeepAliveWatch::Progress progress;
    progress.partialBytes = m_decoder.bufferedBytes();
    progress.unsentBytes = bytesToWrite();
    progress.awaitingAcks = m_outbound.inFlightCount() + m_subscriptions.waitingCount();
    const KeepAliveWatch::Check check = m_keepAlive.check(now, progress);
    if (check.action == KeepAliveWatch::Action::GiveUp) {
        failConnection(check.error);
    } else if (check.action == KeepAliveWatch::Action::Ping) {
        sendPacket(PingreqPacket{});
        flushWrites();
    }
}

// ---------------------------------------------------------------- back-pressure

void MqttClient::messagesTaken(qint64 count)
{
    // In the consumer's thread.
    if (m_backlog.taken(count))
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_backlog.tryRelease())
                    resumeReading();
            },
            Qt::QueuedConnection);
}

void MqttClient::holdReading()
{
    if (!m_backlog.hold())
        return; // the consumer caught up meanwhile
    qCDebug(lcWire) << "holding reading:" << m_backlog.count() << "messages not taken yet";
    if (m_transport)
        m_transport->setReadingHeld(true);
}

// The hold has ended (ReceiveBacklog::tryRelease() or release()).
void MqttClient::resumeReading()
{
    qCDebug(lcWire) << "reading again:" << m_backlog.count() << "messages not taken yet";
    m_keepAlive.resumed(nowUs());
    if (!m_transport)
        return;
    m_transport->setReadingHeld(false);
    onTransportReadyRead();
}

// ---------------------------------------------------------------- writing

void MqttClient::sendPacket(const Packet &packet)
{
    const qsizetype before = m_writeBuffer.size();
    encodePacket(packet, m_profile.version, m_writeBuffer);
    if (m_trace.wants(packet))
        m_trace.sent(packet, m_writeBuffer.mid(before));
    if (!m_writeScheduled && !m_reading) {
        m_writeScheduled = true;
        QMetaObject::invokeMethod(this, &MqttClient::flushWrites, Qt::QueuedConnection);
    }
}

void MqttClient::flushWrites()
{
    m_writeScheduled = false;
    if (m_sessionFile.store() && !commitSessionStore())
        return;
    if (m_writeBuffer.isEmpty() || !m_transport)
        return;
    // Taken out before writing: a socket may emit bytesWritten() from inside
    // write(), and what its receivers send then must neither count as unsent
    // nor be cleared with this batch.
    m_transport->write(std::exchange(m_writeBuffer, {}));
    m_keepAlive.sent(nowUs());
    if (QList<PacketRecord> sent = m_trace.takeSent(); !sent.isEmpty() && m_trace.isEnabled())
        emit packetsSent(sent);
}

// ---------------------------------------------------------------- publishing

quint64 MqttClient::publish(const OutgoingMessage &message)
{
    const quint64 token = reserveToken();
    return enqueuePublish(token, message, false) ? token : 0;
}

void MqttClient::publishWithToken(quint64 token, const OutgoingMessage &message)
{
    enqueuePublish(token, message, true);
}

bool MqttClient::enqueuePublish(quint64 token, const OutgoingMessage &message, bool reportRejection)
{
    const auto reject = [this, token, &message, reportRejection](const QString &why) {
        reportError(makeError(ErrorKind::InvalidArgument, why));
        if (!reportRejection)
            return false;
        Delivery d;
        d.token = token;
        d.topic = message.topic;
        d.qos = message.qos;
        d.state = Delivery::State::Failed;
        d.reasonString = why;
        emit delivered(d);
        return false;
    };
    const bool hasAlias = m_profile.version == ProtocolVersion::V5 && message.properties.contains(PropertyId::TopicAlias);
    if (!(hasAlias && message.topic.isEmpty())) {
        const std::optional<QString> why = TopicName::validate(message.topic);
        if (why)
            return reject(tr("Cannot publish to '%1': %2").arg(message.topic, *why));
    }
    if (message.qos > 2)
        return reject(tr("QoS must be 0, 1 or 2, not %1.").arg(message.qos));
    if (m_state == State::Disconnected && message.qos == 0)
        return reject(tr("Cannot publish at QoS 0 while disconnected."));
    if (m_outbound.isFull())
        return reject(tr("Cannot publish: %1 messages are already waiting to be sent.").arg(m_outbound.queuedCount()));
    if (QString why; message.qos > 0 && !m_sessionFile.path().isEmpty() && !openSessionStore(&why))
        return reject(why);

    PublishPacket packet;
    packet.topic = message.topic;
    packet.payload = message.payload;
    packet.qos = message.qos;
    packet.retain = message.retain;
    if (m_profile.version == ProtocolVersion::V5)
        packet.properties = message.properties;
    m_outbound.enqueue(token, std::move(packet));
    if (message.qos > 0)
        storeChanged();
    countsChanged();
    // Sent from the event loop, so that delivered() never fires before the caller has the token.
    if (m_state == State::Connected && !m_pumpScheduled) {
        m_pumpScheduled = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpScheduled = false;
                pumpOutgoing();
            },
            Qt::QueuedConnection);
    }
    return true;
}

// Sends queued messages while the in-flight window leaves room for more
// QoS 1/2 messages.
void MqttClient::pumpOutgoing()
{
    while (m_state == State::Connected) {
        std::optional<OutboundQueue::Next> next = m_outbound.takeNext();
        if (!next)
            return;
        countsChanged();
        if (!next->packet) {
            storeChanged();
            emit delivered(next->failed);
            continue;
        }
        const qsizetype before = m_writeBuffer.size();
        sendPacket(*next->packet);
        const Delivery d = m_outbound.written(m_writeBuffer.size() - before, nowUs());
        if (d.state == Delivery::State::Failed) {
            m_writeBuffer.truncate(before);
            m_trace.withdrawn(*next->packet);
            storeChanged();
        }
        emit delivered(d);
    }
}

// ---------------------------------------------------------------- subscribing

quint16 MqttClient::subscribe(const QList<SubscribeEntry> &entries, const Properties &properties)
{
    std::optional<QString> why = Subscriptions::validate(entries);
    if (!why && m_state != State::Connected)
        why = tr("Cannot subscribe while not connected.");
    if (why) {
        reportError(makeError(ErrorKind::InvalidArgument, *why));
        return 0;
    }
    const SubscribePacket packet = m_subscriptions.subscribe(m_outbound.allocatePacketId(), entries, properties);
    sendPacket(packet);
    return packet.packetId;
}

quint16 MqttClient::unsubscribe(const QStringList &filters, const Properties &properties)
{
    if (filters.isEmpty() || m_state != State::Connected) {
        reportError(makeError(ErrorKind::InvalidArgument, filters.isEmpty()
                                                              ? tr("Nothing to unsubscribe from.")
                                                              : tr("Cannot unsubscribe while not connected.")));
        return 0;
    }
    const UnsubscribePacket packet = m_subscriptions.unsubscribe(m_outbound.allocatePacketId(), filters, properties);
    sendPacket(packet);
    return packet.packetId;
}

void MqttClient::sendAuth(quint8 reasonCode, const Properties &properties)
{
    if (m_profile.version != ProtocolVersion::V5 || !m_transport)
        return;
    m_authAwaitingAnswer = false;
    AuthPacket packet;
    packet.reasonCode = reasonCode;
    packet.properties = properties;
    sendPacket(packet);
}

// ---------------------------------------------------------------- reading

void MqttClient::protocolViolation(ReasonCode reason, const QString &message)
{
    qCDebug(lcWire) << "protocol violation:" << message;
    const bool sayWhy = m_profile.version == ProtocolVersion::V5 && m_transport && m_connackReceived;
    if (sayWhy) {
        // MQTT 5.0 §4.13: close with a DISCONNECT that carries the reason.
        DisconnectPacket packet;
        packet.reasonCode = quint8(reason);
        sendPacket(packet);
        flushWrites();
    }
    failConnection(makeError(ErrorKind::Protocol, message, quint8(reason)), sayWhy);
}

void MqttClient::handlePackets(QList<Packet> &packets, QList<QByteArray> *raw)
{
    if (packets.isEmpty())
        return;
    m_keepAlive.packetsReceived(nowUs());
    if (raw) {
        if (const QList<PacketRecord> records = m_trace.received(packets, *raw); !records.isEmpty())
            emit packetsReceived(records);
    }

    QList<Message> messages;
    qint64 receivedAtMs = 0;
    QPointer<MqttClient> self(this);
    const auto flushMessages = [&] {
        if (messages.isEmpty())
            return;
        if (SessionStore *store = m_sessionFile.store(); store && store->historyEnabled()) {
            store->appendHistory(messages);
            storeChanged();
        }
        const bool hold = m_backlog.added(messages.size());
        emit messagesReceived(std::exchange(messages, {}));
        if (hold && self)
            holdReading();
    };

    for (Packet &packet : packets) {
        if (!self || !m_transport)
            return;
        if (!m_connackReceived && !std::holds_alternative<ConnackPacket>(packet)
            && !std::holds_alternative<AuthPacket>(packet)) {
            protocolViolation(ReasonCode::ProtocolError,
                              tr("The broker sent %1 before CONNACK.").arg(packetTypeName(packetType(packet))));
            return;
        }
        if (auto *publish = std::get_if<PublishPacket>(&packet)) {
            std::optional<Message> m;
            if (!receivePublish(*publish, m) || !self || !m_transport)
                return;
            if (m) {
                if (receivedAtMs == 0) {
                    receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                    messages.reserve(std::min(packets.size(), MaximumBatch));
                }
                m->receivedAtMs = receivedAtMs;
                messages.append(std::move(*m));
                if (messages.size() >= MaximumBatch) {
                    flushMessages();
                    if (!self || !m_transport)
                        return;
                }
            }
            continue;
        }
        // Keep the order of events: messages before the acknowledgements that follow them.
        flushMessages();
        if (!self || !m_transport)
            return;
        dispatch(packet);
    }
    if (self)
        flushMessages();
}

// A PUBLISH: resolve its alias, acknowledge it (QoS 1 at once, QoS 2 with
// PUBREC, delivered once), and make the Message in *message, which stays
// empty for a duplicate. False when the packet broke the protocol (the
// connection is failing then).
bool MqttClient::receivePublish(PublishPacket &publish, std::optional<Message> &message)
{
    if (const auto violation = m_inboundAliases.resolve(publish)) {
        protocolViolation(violation->reason, violation->message);
        return false;
    }
    const quint16 id = publish.packetId;
    if (publish.qos == 1) {
        sendPacket(AckPacket{PacketType::Puback, id, 0, {}});
    } else if (publish.qos == 2) {
        const auto verdict = m_inboundQos2.received(id, publish.dup, publish.topic, publish.payload);
        if (verdict == InboundQos2::Verdict::OverLimit) {
            protocolViolation(ReasonCode::ReceiveMaximumExceeded,
                              tr("The broker sent more unacknowledged QoS 2 messages than the %1 allowed.")
                                  .arg(m_inboundQos2.receiveMaximum()));
            return false;
        }
        sendPacket(AckPacket{PacketType::Pubrec, id, 0, {}});
        if (verdict != InboundQos2::Verdict::Deliver)
            return true;
    }
    Message &m = message.emplace();
    m.topic = std::move(publish.topic);
    m.payload = std::move(publish.payload);
    m.qos = publish.qos;
    m.retain = publish.retain;
    m.dup = publish.dup;
    m.packetId = id;
    m.properties = std::move(publish.properties);
    if (m_matchSubscriptions || m_topicHints) {
        const quint32 hint = m_subscriptions.matcher().intern(m.topic, m_matchSubscriptions ? &m.subscriptions : nullptr);
        if (m_topicHints)
            m.topicHint = hint;
    }
    return true;
}

// Every packet but PUBLISH, to its handler.
void MqttClient::dispatch(Packet &packet)
{
    std::visit(
        [this](auto &p) {
            using T = std::decay_t<decltype(p)>;
            if constexpr (std::is_same_v<T, ConnackPacket>) {
                handleConnack(p);
            } else if constexpr (std::is_same_v<T, AckPacket>) {
                m_keepAlive.acknowledged();
                handleAck(p);
            } else if constexpr (std::is_same_v<T, SubackPacket>) {
                m_keepAlive.acknowledged();
                handleSuback(p);
            } else if constexpr (std::is_same_v<T, UnsubackPacket>) {
                m_keepAlive.acknowledged();
                handleUnsuback(p);
            } else if constexpr (std::is_same_v<T, PingrespPacket>) {
                m_keepAlive.pingAnswered();
            } else if constexpr (std::is_same_v<T, DisconnectPacket>) {
                handleServerDisconnect(p);
            } else if constexpr (std::is_same_v<T, AuthPacket>) {
                handleAuth(p);
            } else {
                protocolViolation(
                    ReasonCode::ProtocolError,
                    tr("The broker sent %1, which only a client may send.").arg(packetTypeName(packetType(Packet(p)))));
            }
        },
        packet);
}

void MqttClient::handleConnack(const ConnackPacket &packet)
{
    if (m_connackReceived) {
        protocolViolation(ReasonCode::ProtocolError, tr("The broker sent a second CONNACK."));
        return;
    }
    m_connackReceived = true;
    m_connectTimer.stop();
    const Handshake::Outcome outcome = Handshake::readConnack(m_profile, packet);
    if (outcome.error.kind == ErrorKind::Protocol) {
        protocolViolation(ReasonCode(outcome.error.reason), outcome.error.message);
        return;
    }
    m_connack = outcome.info;
    const QByteArray authenticationData = packet.properties.binary(PropertyId::AuthenticationData).value_or(QByteArray());
    if (!outcome.error.message.isEmpty()) {
        Error error = outcome.error;
        if (m_authenticator) {
            // What a SCRAM server says in the refusal ("e=invalid-proof").
            if (const QString said = m_authenticator->describeRefusal(authenticationData); !said.isEmpty())
                error.message += QLatin1Char(' ') + said;
        }
        failConnection(error);
        return;
    }
    // The broker proves itself in the last step (SCRAM's server signature).
    if (m_authenticator) {
        if (const std::optional<QString> why = m_authenticator->verifyFinal(authenticationData)) {
            refuseAuthentication(*why);
            return;
        }
    }
    const ConnackInfo &info = m_connack;
    if (!info.assignedClientId.isEmpty())
        m_clientId = info.assignedClientId;
    if (!packet.sessionPresent) {
        m_inboundQos2.clear();
        if (SessionStore *store = m_sessionFile.store())
            store->clearSessionState();
    }
    m_reconnect.reset();
    const quint16 keepAlive = info.serverKeepAlive ? info.serverKeepAlive : m_profile.keepAlive;
    m_keepAlive.start(keepAlive, m_profile.host, m_profile.port, nowUs());
    if (keepAlive > 0)
        m_keepAliveTimer.start(std::max(100, keepAlive * 1000 / 8));

    const auto allocateId = [this] { return m_outbound.allocatePacketId(); };
    for (const Packet &request : m_subscriptions.connectionStarted(packet.sessionPresent, allocateId))
        sendPacket(request);
    OutboundQueue::Limits limits;
    limits.receiveMaximum = info.serverReceiveMaximum;
    limits.maximumQoS = info.maximumQoS;
    limits.retainAvailable = info.retainAvailable;
    limits.topicAliasMaximum = info.serverTopicAliasMaximum;
    limits.maximumPacketSize = info.serverMaximumPacketSize;
    const QList<Packet> resend = m_outbound.connectionStarted(limits, packet.sessionPresent, nowUs());
    for (const Packet &again : resend)
        sendPacket(again);
    countsChanged();
    setState(State::Connected);
    emit connected(info);
    pumpOutgoing();
}

void MqttClient::handleAck(const AckPacket &packet)
{
    const quint16 id = packet.packetId;
    if (packet.type == PacketType::Pubrel) {
        // MQTT 5.0 §4.3.3: release the id; answer PUBCOMP (0x92 if we never had it).
        const bool known = m_inboundQos2.released(id);
        quint8 reason = 0;
        if (!known && m_profile.version == ProtocolVersion::V5)
            reason = quint8(ReasonCode::PacketIdentifierNotFound);
        sendPacket(AckPacket{PacketType::Pubcomp, id, reason, {}});
        return;
    }
    const OutboundQueue::AckOutcome outcome = m_outbound.acknowledge(packet, nowUs());
    if (outcome.reply)
        sendPacket(*outcome.reply);
    if (!outcome.delivery) {
        qCDebug(lcWire) << "ignoring" << packetTypeName(packet.type) << "for unknown packet id" << id;
        return;
    }
    if (outcome.settled)
        countsChanged();
    emit delivered(*outcome.delivery);
    if (outcome.settled)
        pumpOutgoing();
}

void MqttClient::handleSuback(const SubackPacket &packet)
{
    const Subscriptions::SubackOutcome outcome = m_subscriptions.acknowledge(packet);
    if (!outcome.violation.isEmpty()) {
        protocolViolation(ReasonCode::ProtocolError, outcome.violation);
        return;
    }
    if (!outcome.result) {
        qCDebug(lcWire) << "ignoring SUBACK for unknown packet id" << packet.packetId;
        return;
    }
    emit subscribed(*outcome.result);
    if (!outcome.refusal.message.isEmpty()) {
        reportError(outcome.refusal);
    }
}

void MqttClient::handleUnsuback(const UnsubackPacket &packet)
{
    if (const std::optional<UnsubscribeResult> result = m_subscriptions.acknowledge(packet))
        emit unsubscribed(*result);
    else
        qCDebug(lcWire) << "ignoring UNSUBACK for unknown packet id" << packet.packetId;
}

void MqttClient::handleServerDisconnect(const DisconnectPacket &packet)
{
    emit serverDisconnected(packet.reasonCode, packet.properties);
    const QString why = reasonWithString(packet.reasonCode, PacketType::Disconnect, packet.properties);
    QString message = tr("The broker at %1:%2 ended the connection: %3.").arg(m_profile.host).arg(m_profile.port).arg(why);
    if (const auto ref = packet.properties.string(PropertyId::ServerReference))
        message += QLatin1Char(' ') + tr("It suggests the server %1.").arg(*ref);
    failConnection(makeError(ErrorKind::ServerDisconnected, message, packet.reasonCode));
}

// Enhanced authentication, MQTT 5.0 §4.12: before CONNACK, each AUTH (0x18
// Continue authentication) is a challenge, answered by the method's
// authenticator, else by whoever listens to authenticationRequested(); one
// that nobody can answer ends the connection at once. After CONNACK (a
// re-authentication the application started) AUTH goes to the signal.
void MqttClient::handleAuth(const AuthPacket &packet)
{
    if (m_profile.version != ProtocolVersion::V5) {
        protocolViolation(ReasonCode::ProtocolError,
                          tr("The broker sent AUTH under MQTT %1.").arg(protocolVersionName(m_profile.version)));
        return;
    }
    const QString &ours = m_profile.authenticationMethod;
    if (ours.isEmpty()) { // [MQTT-4.12.0-6]
        protocolViolation(ReasonCode::ProtocolError,
                          tr("The broker sent AUTH, but this connection asked for no enhanced authentication."));
        return;
    }
    const QString method = packet.properties.string(PropertyId::AuthenticationMethod).value_or(QString());
    if (method != ours) { // [MQTT-4.12.0-5]
        protocolViolation(ReasonCode::ProtocolError,
                          tr("The broker's AUTH names the authentication method '%1', not '%2'.").arg(method, ours));
        return;
    }
    if (m_connackReceived) {
        emit authenticationRequested(packet.reasonCode, packet.properties);
        return;
    }
    if (packet.reasonCode != quint8(ReasonCode::ContinueAuthentication)) { // [MQTT-4.12.0-2]
        protocolViolation(ReasonCode::ProtocolError, tr("The broker sent AUTH with the reason '%1' before CONNACK.")
                                                         .arg(reasonCodeText(packet.reasonCode, PacketType::Auth)));
        return;
    }
    if (m_authenticator) {
        const QByteArray challenge = packet.properties.binary(PropertyId::AuthenticationData).value_or(QByteArray());
        const Authenticator::Step step = m_authenticator->respond(challenge);
        if (!step.ok()) {
            refuseAuthentication(step.error);
            return;
        }
        AuthPacket answer; // [MQTT-4.12.0-3]
        answer.reasonCode = quint8(ReasonCode::ContinueAuthentication);
        answer.properties.set(PropertyId::AuthenticationMethod, ours);
        if (!step.data.isEmpty())
            answer.properties.set(PropertyId::AuthenticationData, step.data);
        sendPacket(answer);
        return;
    }
    if (isSignalConnected(QMetaMethod::fromSignal(&MqttClient::authenticationRequested))) {
        m_authAwaitingAnswer = true; // the connect timeout still runs
        emit authenticationRequested(packet.reasonCode, packet.properties);
        return;
    }
    refuseAuthentication(tr("The broker at %1:%2 asked for more '%3' authentication data, and nothing here "
                            "answers that method (Signalbox answers %4 by itself).")
                             .arg(m_profile.host)
                             .arg(m_profile.port)
                             .arg(ours, Authenticators::methods().join(QStringLiteral(", "))));
}

// The authenticator's (or this client's) part of an authentication failed:
// DISCONNECT says so (allowed before CONNACK too, [MQTT-3.1.2-30]), and the
// connection ends as refused, Not authorized, which a reconnect would repeat.
void MqttClient::refuseAuthentication(const QString &why)
{
    const bool graceful = m_transport != nullptr;
    if (graceful) {
        DisconnectPacket packet;
        packet.reasonCode = quint8(ReasonCode::UnspecifiedError);
        sendPacket(packet);
        flushWrites();
    }
    failConnection(makeError(ErrorKind::Refused, why, quint8(ReasonCode::NotAuthorized)), graceful);
}

// The authenticator for the profile's method, if it has one, and the data
// CONNECT carries for it; why the profile cannot authenticate, if it cannot.
std::optional<QString> MqttClient::startAuthentication()
{
    m_authenticator.reset();
    m_authInitialData.clear();
    m_authFresh = true;
    m_authAwaitingAnswer = false;
    if (m_profile.version != ProtocolVersion::V5)
        return std::nullopt;
    m_authenticator = Authenticators::create(m_profile);
    if (!m_authenticator)
        return std::nullopt;
    Authenticator::Step step = m_authenticator->initialData();
    if (!step.ok()) {
        m_authenticator.reset();
        return step.error;
    }
    m_authInitialData = std::move(step.data);
    return std::nullopt;
}

} // namespace Signalbox
