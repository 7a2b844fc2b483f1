#include "client/mqttclient.h"

#include "client/clientid.h"
#include "client/transport.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace Signalbox {

Q_LOGGING_CATEGORY(lcClient, "signalbox.client", QtWarningMsg)
Q_LOGGING_CATEGORY(lcWire, "signalbox.wire", QtWarningMsg)

namespace {

// PUBLISH and its acknowledgements: the bulk of a flood.
bool isPublishFlow(const Packet &packet)
{
    return std::holds_alternative<PublishPacket>(packet) || std::holds_alternative<AckPacket>(packet);
}

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

bool isPermanentRefusal(ProtocolVersion version, quint8 code)
{
    if (version != ProtocolVersion::V5)
        return code == 1 || code == 2 || code == 4 || code == 5;
    switch (ReasonCode(code)) {
    case ReasonCode::UnsupportedProtocolVersion:
    case ReasonCode::ClientIdentifierNotValid:
    case ReasonCode::BadUserNameOrPassword:
    case ReasonCode::NotAuthorized:
    case ReasonCode::Banned:
    case ReasonCode::BadAuthenticationMethod:
        return true;
    default:
        return false;
    }
}

} // namespace

MqttClient::MqttClient(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_outbound(profile.version, [this](quint16 id) {
        return m_pendingSubscribes.contains(id) || m_pendingUnsubscribes.contains(id);
    })
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
            closeTransport();
            setState(State::Disconnected);
            emit disconnected({});
            return;
        }
        // One deadline for every step of connecting, so that a peer that
        // trickles a handshake or a CONNACK cannot hold the client.
        const double seconds = m_profile.connectTimeoutMs / 1000.0;
        QString why;
        if (m_transportOpened) {
            why = tr("No answer from the broker at %1:%2 within %3 s of connecting: no CONNACK came.")
                      .arg(m_profile.host)
                      .arg(m_profile.port)
                      .arg(seconds);
        } else {
            switch (m_profile.scheme) {
            case TransportScheme::Tcp:
                why = tr("The TCP connection to %1:%2 did not complete within %3 s.");
                break;
            case TransportScheme::Tls:
                why = tr("The TCP connection or TLS handshake with %1:%2 did not complete within %3 s.");
                break;
            case TransportScheme::WebSocket:
                why = tr("The WebSocket upgrade with %1:%2 did not complete within %3 s.");
                break;
            case TransportScheme::SecureWebSocket:
                why = tr("The TLS handshake or WebSocket upgrade with %1:%2 did not complete within %3 s.");
                break;
            }
            why = why.arg(m_profile.host).arg(m_profile.port).arg(seconds);
        }
        failConnection(makeError(ErrorKind::Timeout, why));
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
    if (path != m_storePath) {
        commitSessionStore();
        m_outbound.setStore(nullptr);
        m_inboundQos2.setStore(nullptr);
        m_store.reset();
        m_storeSession.clear();
    }
    m_storePath = path;
    m_storeHistory = history;
    m_storeHistoryBytes = historyMaximumBytes;
    if (m_store)
        m_store->setHistoryEnabled(history, historyMaximumBytes);
}

// Opens the store and, for a session it has not loaded yet, takes over what a
// previous run left: sent messages go back in flight (resent with DUP if the
// broker kept the session, else queued again), queued ones before those
// published since, and incoming QoS 2 ids stay unreleased.
bool MqttClient::openSessionStore(QString *why)
{
    const QString clientId = m_clientId.isEmpty() ? m_profile.clientId : m_clientId;
    if (m_storePath.isEmpty() || clientId.isEmpty())
        return true; // a generated id never meets its session again
    const QString key = SessionStore::sessionKey(m_profile.url(), clientId);
    if (m_store && m_storeSession == key)
        return true;
    if (!m_store) {
        auto store = std::make_unique<SessionStore>();
        if (!store->open(m_storePath, why))
            return false;
        m_store = std::move(store);
    }
    m_store->setHistoryEnabled(m_storeHistory, m_storeHistoryBytes);
    m_store->setSession(key);
    m_storeSession = key;
    SessionStore::Session saved = m_store->load();
    const int outgoing = int(saved.outgoing.size());
    m_outbound.setStore(m_store.get());
    m_outbound.restore(std::move(saved.outgoing), [this] { return reserveToken(); });
    m_inboundQos2.setStore(m_store.get());
    m_inboundQos2.restore(saved.inboundQos2);
    commitSessionStore();
    countsChanged();
    if (outgoing > 0 || !saved.inboundQos2.isEmpty())
        emit sessionRestored(outgoing, int(saved.inboundQos2.size()));
    return true;
}

bool MqttClient::commitSessionStore()
{
    m_commitScheduled = false;
    if (!m_store || m_store->commit())
        return true;
    // Nothing that depends on the lost changes may reach the broker.
    m_writeBuffer.clear();
    const Error error = makeError(ErrorKind::Storage,
                                  tr("Cannot write the session file %1: %2").arg(m_store->path(), m_store->lastError()));
    if (m_transport)
        failConnection(error);
    else {
        m_lastError = error;
        emit errorOccurred(error);
    }
    return false;
}

void MqttClient::storeChanged()
{
    if (m_commitScheduled || !m_store)
        return;
    m_commitScheduled = true;
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
    m_reconnectAttempt = 0;
    if (m_profile.host.isEmpty() || m_profile.port == 0) {
        const Error error = makeError(ErrorKind::InvalidArgument, tr("The connection has no host or port."));
        m_lastError = error;
        emit errorOccurred(error);
        emit disconnected(error);
        return;
    }
    if (m_profile.will.enabled) {
        const QString why = TopicName::validate(m_profile.will.topic);
        if (!why.isEmpty()) {
            const Error error = makeError(ErrorKind::InvalidArgument, tr("Invalid will topic: %1").arg(why));
            m_lastError = error;
            emit errorOccurred(error);
            emit disconnected(error);
            return;
        }
    }
    m_clientId = m_profile.clientId.isEmpty() ? generateClientId(ClientIdStyle::RandomWithPrefix) : m_profile.clientId;
    QString why;
    if (!openSessionStore(&why)) {
        const Error error = makeError(ErrorKind::Storage, why);
        m_lastError = error;
        emit errorOccurred(error);
        emit disconnected(error);
        return;
    }
    startTransport();
}

void MqttClient::startTransport()
{
    closeTransport();
    setState(m_reconnectAttempt > 0 ? State::Reconnecting : State::Connecting);
    m_connackReceived = false;
    m_transportOpened = false;
    m_connack = {};
    m_writeBuffer.clear();
    m_inboundAliases.clear();
    m_outbound.setProtocolVersion(m_profile.version);
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
    ConnectPacket connect;
    connect.version = m_profile.version;
    connect.clientId = m_clientId;
    connect.cleanStart = m_profile.cleanStart;
    connect.keepAlive = m_profile.keepAlive;
    connect.username = m_profile.username;
    if (m_profile.password)
        connect.password = m_profile.password->toUtf8();
    if (m_profile.will.enabled) {
        WillMessage will;
        will.topic = m_profile.will.topic;
        will.payload = m_profile.will.payload;
        will.qos = m_profile.will.qos;
        will.retain = m_profile.will.retain;
        if (m_profile.version == ProtocolVersion::V5)
            will.properties = m_profile.will.properties;
        connect.will = will;
    }
    if (m_profile.version == ProtocolVersion::V5) {
        Properties &p = connect.properties;
        if (m_profile.sessionExpiryInterval && *m_profile.sessionExpiryInterval > 0)
            p.set(PropertyId::SessionExpiryInterval, *m_profile.sessionExpiryInterval);
        if (m_profile.receiveMaximum > 0)
            p.set(PropertyId::ReceiveMaximum, uint(m_profile.receiveMaximum));
        if (m_profile.maximumPacketSize > 0)
            p.set(PropertyId::MaximumPacketSize, m_profile.maximumPacketSize);
        if (m_profile.topicAliasMaximum > 0)
            p.set(PropertyId::TopicAliasMaximum, uint(m_profile.topicAliasMaximum));
        if (m_profile.requestResponseInformation)
            p.set(PropertyId::RequestResponseInformation, 1u);
        if (!m_profile.requestProblemInformation)
            p.set(PropertyId::RequestProblemInformation, 0u);
        for (const auto &[name, value] : m_profile.userProperties)
            p.addUserProperty(name, value);
        if (!m_profile.authenticationMethod.isEmpty()) {
            p.set(PropertyId::AuthenticationMethod, m_profile.authenticationMethod);
            if (!m_profile.authenticationData.isEmpty())
                p.set(PropertyId::AuthenticationData, m_profile.authenticationData);
        }
    }
    m_keepAlive.opened(nowUs());
    sendPacket(connect);
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
    const bool ok = m_decoder.feed(data, packets, m_trace ? &raw : nullptr);
    QPointer<MqttClient> self(this);
    m_reading = true; // what handlePackets() sends is written once, below
    handlePackets(packets, m_trace ? &raw : nullptr);
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
        closeTransport();
        m_connectTimer.stop();
        m_keepAliveTimer.stop();
        setState(State::Disconnected);
        emit disconnected({});
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
        closeTransport();
        setState(State::Disconnected);
        emit disconnected({});
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
        closeTransport();
        m_connectTimer.stop();
        setState(State::Disconnected);
        emit disconnected({});
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
    m_lastError = error;
    emit errorOccurred(error);
    const bool permanent = error.kind == ErrorKind::InvalidArgument
                           || (error.kind == ErrorKind::Refused && isPermanentRefusal(m_profile.version, error.reason));
    const int maxAttempts = m_profile.reconnect.maximumAttempts;
    if (m_profile.reconnect.enabled && !m_userDisconnect && !permanent
        && (maxAttempts <= 0 || m_reconnectAttempt < maxAttempts)) {
        scheduleReconnect();
        return;
    }
    setState(State::Disconnected);
    emit disconnected(error);
}

void MqttClient::scheduleReconnect()
{
    const ReconnectOptions &r = m_profile.reconnect;
    ++m_reconnectAttempt;
    double delay = r.initialDelayMs * std::pow(std::max(1.0, r.multiplier), m_reconnectAttempt - 1);
    delay = std::min(delay, double(std::max(r.initialDelayMs, r.maximumDelayMs)));
    if (r.jitter > 0) {
        const double f = 1.0 + r.jitter * (QRandomGenerator::global()->generateDouble() * 2.0 - 1.0);
        delay *= f;
    }
    const int delayMs = std::max(0, int(delay));
    setState(State::Reconnecting);
    emit reconnectScheduled(m_reconnectAttempt, delayMs);
    m_reconnectTimer.start(delayMs);
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
    progress.awaitingAcks = m_outbound.inFlightCount() + m_pendingSubscribes.size() + m_pendingUnsubscribes.size();
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
    if (m_trace && (m_tracePublishes || !isPublishFlow(packet))) {
        PacketRecord record;
        record.outgoing = true;
        record.timeMs = QDateTime::currentMSecsSinceEpoch();
        record.packet = packet;
        record.bytes = m_writeBuffer.mid(before);
        m_sentTrace.append(std::move(record));
    }
    if (!m_writeScheduled && !m_reading) {
        m_writeScheduled = true;
        QMetaObject::invokeMethod(this, &MqttClient::flushWrites, Qt::QueuedConnection);
    }
}

void MqttClient::flushWrites()
{
    m_writeScheduled = false;
    if (m_store && !commitSessionStore())
        return;
    if (m_writeBuffer.isEmpty() || !m_transport)
        return;
    // Taken out before writing: a socket may emit bytesWritten() from inside
    // write(), and what its receivers send then must neither count as unsent
    // nor be cleared with this batch.
    m_transport->write(std::exchange(m_writeBuffer, {}));
    m_keepAlive.sent(nowUs());
    if (m_trace && !m_sentTrace.isEmpty())
        emit packetsSent(std::exchange(m_sentTrace, {}));
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
        const Error error = makeError(ErrorKind::InvalidArgument, why);
        m_lastError = error;
        emit errorOccurred(error);
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
        const QString why = TopicName::validate(message.topic);
        if (!why.isEmpty())
            return reject(tr("Cannot publish to '%1': %2").arg(message.topic, why));
    }
    if (message.qos > 2)
        return reject(tr("QoS must be 0, 1 or 2, not %1.").arg(message.qos));
    if (m_state == State::Disconnected && message.qos == 0)
        return reject(tr("Cannot publish at QoS 0 while disconnected."));
    if (m_outbound.isFull())
        return reject(tr("Cannot publish: %1 messages are already waiting to be sent.").arg(m_outbound.queuedCount()));
    if (QString why; message.qos > 0 && !m_storePath.isEmpty() && !openSessionStore(&why))
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
            if (m_trace && !m_sentTrace.isEmpty())
                m_sentTrace.removeLast();
            storeChanged();
        }
        emit delivered(d);
    }
}

// ---------------------------------------------------------------- subscribing

quint16 MqttClient::subscribe(const QList<SubscribeEntry> &entries, const Properties &properties)
{
    const auto reject = [this](const QString &why) {
        const Error error = makeError(ErrorKind::InvalidArgument, why);
        m_lastError = error;
        emit errorOccurred(error);
        return quint16(0);
    };
    if (entries.isEmpty())
        return reject(tr("Nothing to subscribe to."));
    for (const SubscribeEntry &e : entries) {
        const QString why = TopicFilter::validate(e.filter);
        if (!why.isEmpty())
            return reject(tr("Invalid topic filter '%1': %2").arg(e.filter, why));
        if (e.qos > 2)
            return reject(tr("QoS must be 0, 1 or 2, not %1.").arg(e.qos));
    }
    if (m_state != State::Connected)
        return reject(tr("Cannot subscribe while not connected."));
    SubscribePacket packet;
    packet.packetId = m_outbound.allocatePacketId();
    packet.entries = entries;
    if (m_profile.version == ProtocolVersion::V5)
        packet.properties = properties;
    m_pendingSubscribes.insert(packet.packetId, packet);
    for (const SubscribeEntry &e : entries) {
        if (!m_subscriptions.contains(e.filter))
            m_matcher.addFilter(e.filter);
        m_subscriptions.insert(e.filter, e);
    }
    m_subscriptionProperties = properties;
    sendPacket(packet);
    return packet.packetId;
}

quint16 MqttClient::unsubscribe(const QStringList &filters, const Properties &properties)
{
    if (filters.isEmpty() || m_state != State::Connected) {
        const Error error = makeError(ErrorKind::InvalidArgument, filters.isEmpty()
                                                                      ? tr("Nothing to unsubscribe from.")
                                                                      : tr("Cannot unsubscribe while not connected."));
        m_lastError = error;
        emit errorOccurred(error);
        return 0;
    }
    UnsubscribePacket packet;
    packet.packetId = m_outbound.allocatePacketId();
    packet.filters = filters;
    if (m_profile.version == ProtocolVersion::V5)
        packet.properties = properties;
    m_pendingUnsubscribes.insert(packet.packetId, packet);
    for (const QString &f : filters) {
        m_subscriptions.remove(f);
        m_matcher.removeFilter(f);
    }
    sendPacket(packet);
    return packet.packetId;
}

void MqttClient::sendAuth(quint8 reasonCode, const Properties &properties)
{
    if (m_profile.version != ProtocolVersion::V5 || !m_transport)
        return;
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
        QList<PacketRecord> records;
        records.reserve(m_tracePublishes ? packets.size() : 0);
        const qint64 t = QDateTime::currentMSecsSinceEpoch();
        for (qsizetype i = 0; i < packets.size(); ++i) {
            if (m_tracePublishes || !isPublishFlow(packets[i]))
                records.append(PacketRecord{false, t, packets[i], raw->value(i)});
        }
        if (!records.isEmpty())
            emit packetsReceived(records);
    }

    QList<Message> messages;
    qint64 receivedAtMs = 0;
    QPointer<MqttClient> self(this);
    const auto flushMessages = [&] {
        if (messages.isEmpty())
            return;
        if (m_store && m_store->historyEnabled()) {
            m_store->appendHistory(messages);
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
            if (!resolveInbound(*publish))
                return;
            const quint16 id = publish->packetId;
            bool deliver = true;
            if (publish->qos == 1) {
                sendPacket(AckPacket{PacketType::Puback, id, 0, {}});
            } else if (publish->qos == 2) {
                const auto verdict = m_inboundQos2.received(id, publish->dup, publish->topic, publish->payload);
                if (verdict == InboundQos2::Verdict::OverLimit) {
                    protocolViolation(ReasonCode::ReceiveMaximumExceeded,
                                      tr("The broker sent more unacknowledged QoS 2 messages than the %1 allowed.")
                                          .arg(m_inboundQos2.receiveMaximum()));
                    return;
                }
                deliver = verdict == InboundQos2::Verdict::Deliver;
                sendPacket(AckPacket{PacketType::Pubrec, id, 0, {}});
            }
            if (deliver) {
                if (receivedAtMs == 0) {
                    receivedAtMs = QDateTime::currentMSecsSinceEpoch();
                    messages.reserve(std::min(packets.size(), MaximumBatch));
                }
                Message m;
                m.topic = std::move(publish->topic);
                m.payload = std::move(publish->payload);
                m.qos = publish->qos;
                m.retain = publish->retain;
                m.dup = publish->dup;
                m.packetId = id;
                m.properties = std::move(publish->properties);
                if (m_matchSubscriptions || m_topicHints) {
                    const quint32 hint = m_matcher.intern(m.topic, m_matchSubscriptions ? &m.subscriptions : nullptr);
                    if (m_topicHints)
                        m.topicHint = hint;
                }
                m.receivedAtMs = receivedAtMs;
                messages.append(std::move(m));
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
                    protocolViolation(ReasonCode::ProtocolError, tr("The broker sent %1, which only a client may send.")
                                                                     .arg(packetTypeName(packetType(Packet(p)))));
                }
            },
            packet);
    }
    if (self)
        flushMessages();
}

// Topic aliases from the broker, MQTT 5.0 §3.3.2.3.4.
bool MqttClient::resolveInbound(PublishPacket &publish)
{
    const auto alias = publish.properties.integer(PropertyId::TopicAlias);
    if (!alias) {
        if (publish.topic.isEmpty()) {
            protocolViolation(ReasonCode::ProtocolError,
                              tr("The broker sent a PUBLISH with an empty topic and no topic alias."));
            return false;
        }
        return true;
    }
    if (*alias == 0 || *alias > m_profile.topicAliasMaximum || m_profile.version != ProtocolVersion::V5) {
        protocolViolation(ReasonCode::TopicAliasInvalid,
                          tr("The broker used topic alias %1, beyond the maximum of %2 this client allows.")
                              .arg(*alias)
                              .arg(m_profile.topicAliasMaximum));
        return false;
    }
    const quint16 a = quint16(*alias);
    if (publish.topic.isEmpty()) {
        const auto it = m_inboundAliases.constFind(a);
        if (it == m_inboundAliases.constEnd()) {
            protocolViolation(ReasonCode::ProtocolError,
                              tr("The broker used topic alias %1 without defining it first.").arg(a));
            return false;
        }
        publish.topic = *it;
    } else {
        m_inboundAliases.insert(a, publish.topic);
    }
    return true;
}

void MqttClient::handleConnack(const ConnackPacket &packet)
{
    if (m_connackReceived) {
        protocolViolation(ReasonCode::ProtocolError, tr("The broker sent a second CONNACK."));
        return;
    }
    m_connackReceived = true;
    m_connectTimer.stop();
    ConnackInfo info;
    info.sessionPresent = packet.sessionPresent;
    info.reasonCode = packet.reasonCode;
    info.properties = packet.properties;
    if (packet.reasonCode != 0) {
        QString why = m_profile.version == ProtocolVersion::V5
                          ? reasonWithString(packet.reasonCode, PacketType::Connack, packet.properties)
                          : connackReturnCodeText(packet.reasonCode);
        m_connack = info;
        failConnection(makeError(
            ErrorKind::Refused,
            tr("The broker at %1:%2 refused the connection: %3.").arg(m_profile.host).arg(m_profile.port).arg(why),
            packet.reasonCode));
        return;
    }
    const Properties &p = packet.properties;
    info.assignedClientId = p.string(PropertyId::AssignedClientIdentifier).value_or(QString());
    info.reasonString = p.string(PropertyId::ReasonString).value_or(QString());
    info.serverKeepAlive = quint16(p.integer(PropertyId::ServerKeepAlive).value_or(0));
    info.serverReceiveMaximum = quint16(p.integer(PropertyId::ReceiveMaximum).value_or(65535));
    if (info.serverReceiveMaximum == 0) {
        protocolViolation(ReasonCode::ProtocolError, tr("The broker sent a Receive Maximum of 0."));
        return;
    }
    info.serverTopicAliasMaximum = quint16(p.integer(PropertyId::TopicAliasMaximum).value_or(0));
    info.maximumQoS = quint8(p.integer(PropertyId::MaximumQoS).value_or(2));
    info.retainAvailable = p.integer(PropertyId::RetainAvailable).value_or(1) != 0;
    info.serverMaximumPacketSize = p.integer(PropertyId::MaximumPacketSize).value_or(0);
    m_connack = info;
    if (!info.assignedClientId.isEmpty())
        m_clientId = info.assignedClientId;
    if (!packet.sessionPresent) {
        m_inboundQos2.clear();
        if (m_store)
            m_store->clearSessionState();
    }
    m_reconnectAttempt = 0;
    const quint16 keepAlive = info.serverKeepAlive ? info.serverKeepAlive : m_profile.keepAlive;
    m_keepAlive.start(keepAlive, m_profile.host, m_profile.port, nowUs());
    if (keepAlive > 0)
        m_keepAliveTimer.start(std::max(100, keepAlive * 1000 / 8));

    // A new session knows nothing of our subscriptions: subscribe again.
    if (!packet.sessionPresent && !m_subscriptions.isEmpty()) {
        SubscribePacket sub;
        sub.packetId = m_outbound.allocatePacketId();
        sub.entries = m_subscriptions.values();
        if (m_profile.version == ProtocolVersion::V5)
            sub.properties = m_subscriptionProperties;
        m_pendingSubscribes.insert(sub.packetId, sub);
        sendPacket(sub);
    }
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
    const auto pending = m_pendingSubscribes.take(packet.packetId);
    if (pending.entries.isEmpty()) {
        qCDebug(lcWire) << "ignoring SUBACK for unknown packet id" << packet.packetId;
        return;
    }
    if (packet.reasonCodes.size() != pending.entries.size()) {
        protocolViolation(ReasonCode::ProtocolError, tr("The broker answered %1 subscriptions with %2 reason codes.")
                                                         .arg(pending.entries.size())
                                                         .arg(packet.reasonCodes.size()));
        return;
    }
    SubscribeResult result;
    result.packetId = packet.packetId;
    result.entries = pending.entries;
    result.reasonCodes = packet.reasonCodes;
    result.properties = packet.properties;
    QStringList refused;
    quint8 firstRefusal = 0;
    for (qsizetype i = 0; i < pending.entries.size(); ++i) {
        const quint8 code = packet.reasonCodes.at(i);
        if (code >= 0x80) {
            const QString &filter = pending.entries.at(i).filter;
            if (!firstRefusal)
                firstRefusal = code;
            refused.append(QLatin1Char('\'') + filter + QLatin1Char('\''));
            m_subscriptions.remove(filter);
            m_matcher.removeFilter(filter);
        }
    }
    emit subscribed(result);
    if (!refused.isEmpty()) {
        const QString why = m_profile.version == ProtocolVersion::V5
                                ? reasonWithString(firstRefusal, PacketType::Suback, packet.properties)
                                : tr("Failure");
        const Error error = makeError(
            ErrorKind::Rejected,
            tr("The broker refused the subscription to %1: %2.").arg(refused.join(QStringLiteral(", ")), why),
            firstRefusal);
        m_lastError = error;
        emit errorOccurred(error);
    }
}

void MqttClient::handleUnsuback(const UnsubackPacket &packet)
{
    const auto pending = m_pendingUnsubscribes.take(packet.packetId);
    if (pending.filters.isEmpty()) {
        qCDebug(lcWire) << "ignoring UNSUBACK for unknown packet id" << packet.packetId;
        return;
    }
    UnsubscribeResult result;
    result.packetId = packet.packetId;
    result.filters = pending.filters;
    result.reasonCodes = packet.reasonCodes;
    result.properties = packet.properties;
    emit unsubscribed(result);
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

void MqttClient::handleAuth(const AuthPacket &packet)
{
    if (m_profile.version != ProtocolVersion::V5) {
        protocolViolation(ReasonCode::ProtocolError,
                          tr("The broker sent AUTH under MQTT %1.").arg(protocolVersionName(m_profile.version)));
        return;
    }
    emit authenticationRequested(packet.reasonCode, packet.properties);
}

} // namespace Signalbox
