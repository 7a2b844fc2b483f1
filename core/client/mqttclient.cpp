#include "client/mqttclient.h"

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

QString generateClientId()
{
    static const char alphabet[] = "abcdefghijklmnopqrstuvwxyz0123456789";
    QString id = QStringLiteral("signalbox-");
    for (int i = 0; i < 12; ++i)
        id.append(QLatin1Char(alphabet[QRandomGenerator::global()->bounded(36)]));
    return id;
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

MqttClient::MqttClient(const ConnectionProfile &profile, QObject *parent) : QObject(parent), m_profile(profile)
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

    std::deque<Outgoing> queued;
    for (SessionStore::Outgoing &o : saved.outgoing) {
        Outgoing out;
        out.token = reserveToken();
        out.seq = o.seq;
        out.packet = std::move(o.packet);
        out.pubrecReceived = o.released;
        const quint16 id = out.packet.packetId;
        if (id != 0 && !m_inFlight.contains(id)) {
            m_inFlight.insert(id, std::move(out));
            m_inFlightOrder.append(id);
            m_lastPacketId = id;
        } else {
            out.packet.packetId = 0;
            out.pubrecReceived = false;
            queued.push_back(std::move(out));
        }
    }
    for (Outgoing &out : m_queue) { // published before the store was open
        if (out.packet.qos > 0 && out.seq == 0) {
            out.seq = m_store->nextSeq();
            m_store->addOutgoing({out.seq, out.packet, false});
        }
    }
    for (auto it = queued.rbegin(); it != queued.rend(); ++it)
        m_queue.push_front(std::move(*it));
    for (quint16 id : std::as_const(saved.inboundQos2))
        m_inboundQos2.insert(id);
    commitSessionStore();
    countsChanged();
    if (!saved.outgoing.isEmpty() || !saved.inboundQos2.isEmpty())
        emit sessionRestored(int(saved.outgoing.size()), int(saved.inboundQos2.size()));
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

// The last released incoming QoS 2 exchanges, by id, with what they carried.
void MqttClient::rememberReleased(quint16 id, size_t fingerprint)
{
    constexpr qsizetype Kept = 1024;
    if (!m_recentlyReleased.contains(id))
        m_releasedOrder.push_back(id);
    m_recentlyReleased.insert(id, fingerprint);
    while (m_releasedOrder.size() > size_t(Kept)) {
        m_recentlyReleased.remove(m_releasedOrder.front());
        m_releasedOrder.pop_front();
    }
}

void MqttClient::countsChanged()
{
    if (!m_countsTimer.isActive())
        m_countsTimer.start();
}

int MqttClient::queuedCount() const
{
    return int(m_queue.size());
}

int MqttClient::inFlightCount() const
{
    return int(m_inFlight.size());
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
    m_clientId = m_profile.clientId.isEmpty() ? generateClientId() : m_profile.clientId;
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
    m_outboundAliases.clear();
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
    m_lastPacketUs = nowUs();
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
    m_pingSentUs = -1;
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

// Keep-alive, MQTT 5.0 §3.1.2.10: something must be sent within every
// keep-alive interval. We also ping when no complete packet has arrived for
// half an interval. Only a PINGRESP answers a PINGREQ (§3.12.4): bytes of a
// packet that never completes are no answer, or a broker that trickles a huge
// PUBLISH would hold the client forever. A dead or stalled connection is
// given up about one interval after its last complete packet (see stalled()).
void MqttClient::onKeepAliveTimer()
{
    const quint16 keepAlive = m_connack.serverKeepAlive ? m_connack.serverKeepAlive : m_profile.keepAlive;
    if (keepAlive == 0 || m_state != State::Connected)
        return;
    const qint64 intervalUs = qint64(keepAlive) * 1000000;
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
        if (now - m_lastSentUs >= intervalUs * 3 / 4) {
            sendPacket(PingreqPacket{});
            flushWrites();
        }
        return;
    }
    if (stalled(now, intervalUs))
        return;
    if (m_pingSentUs < 0 && (now - m_lastPacketUs >= intervalUs / 2 || now - m_lastSentUs >= intervalUs * 3 / 4)) {
        m_pingSentUs = now;
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
    // The time spent holding tells nothing about the broker: its clocks start over.
    const qint64 now = nowUs();
    m_lastPacketUs = m_lastAckUs = now;
    if (m_pingSentUs >= 0)
        m_pingSentUs = now;
    if (!m_transport)
        return;
    m_transport->setReadingHeld(false);
    onTransportReadyRead();
}

// The ways a live socket can make no progress, each with a bound; true when
// the connection was given up.
bool MqttClient::stalled(qint64 now, qint64 intervalUs)
{
    const auto giveUp = [&](const QString &why) {
        failConnection(makeError(ErrorKind::Timeout, why, quint8(ReasonCode::KeepAliveTimeout)));
        return true;
    };
    const double seconds = double(intervalUs) / 1e6;
    if (m_pingSentUs >= 0) {
        // No PINGRESP within half an interval. Complete packets that arrived
        // since the PINGREQ may be queued ahead of its answer (a flood): then
        // a whole interval.
        const bool packetsSincePing = m_lastPacketUs > m_pingSentUs;
        const qint64 allowedUs = packetsSincePing ? intervalUs : intervalUs / 2;
        if (now - m_pingSentUs >= allowedUs) {
            const double waited = double(now - m_pingSentUs) / 1e6;
            if (m_decoder.bufferedBytes() > 0)
                return giveUp(tr("The broker at %1:%2 stopped making progress: no reply to a ping within %3 s, "
                                 "while a packet it began (%4 bytes so far) never completed.")
                                  .arg(m_profile.host)
                                  .arg(m_profile.port)
                                  .arg(waited, 0, 'f', 1)
                                  .arg(m_decoder.bufferedBytes()));
            // The ping itself may not have left: a broker that stopped
            // reading lets the socket's buffers fill.
            if (const qint64 unsent = bytesToWrite(); unsent > 0)
                return giveUp(tr("The broker at %1:%2 stopped reading: no reply to a ping within %3 s, "
                                 "with %4 bytes still waiting to be sent.")
                                  .arg(m_profile.host)
                                  .arg(m_profile.port)
                                  .arg(waited, 0, 'f', 1)
                                  .arg(unsent));
            return giveUp(tr("The broker at %1:%2 stopped answering: no reply to a ping within %3 s.")
                              .arg(m_profile.host)
                              .arg(m_profile.port)
                              .arg(waited, 0, 'f', 1));
        }
    }
    // A broker that answers pings but acknowledges nothing: no PUBACK, PUBREC,
    // PUBCOMP, SUBACK or UNSUBACK for two intervals while we wait for one. MQTT
    // 5.0 §4.4 forbids re-sending on the same connection; a new connection
    // re-sends what is unacknowledged.
    const qsizetype waiting = m_inFlight.size() + m_pendingSubscribes.size() + m_pendingUnsubscribes.size();
    if (waiting == 0) {
        m_lastAckUs = now;
    } else if (now - m_lastAckUs >= 2 * intervalUs) {
        return giveUp(tr("The broker at %1:%2 answers pings but has acknowledged nothing for %3 s "
                         "(%n request(s) waiting).",
                         nullptr, int(waiting))
                          .arg(m_profile.host)
                          .arg(m_profile.port)
                          .arg(2 * seconds, 0, 'f', 0));
    }
    return false;
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
    m_lastSentUs = nowUs();
    if (m_trace && !m_sentTrace.isEmpty())
        emit packetsSent(std::exchange(m_sentTrace, {}));
}

quint16 MqttClient::nextPacketId()
{
    for (int tries = 0; tries < 65535; ++tries) {
        m_lastPacketId = m_lastPacketId == 65535 ? 1 : m_lastPacketId + 1;
        const quint16 id = m_lastPacketId;
        if (!m_inFlight.contains(id) && !m_pendingSubscribes.contains(id) && !m_pendingUnsubscribes.contains(id))
            return id;
    }
    return 0;
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
    if (int(m_queue.size()) >= m_maximumQueued)
        return reject(tr("Cannot publish: %1 messages are already waiting to be sent.").arg(m_queue.size()));
    if (QString why; message.qos > 0 && !m_storePath.isEmpty() && !openSessionStore(&why))
        return reject(why);

    Outgoing out;
    out.token = token;
    out.packet.topic = message.topic;
    out.packet.payload = message.payload;
    out.packet.qos = message.qos;
    out.packet.retain = message.retain;
    if (m_profile.version == ProtocolVersion::V5)
        out.packet.properties = message.properties;
    if (m_store && out.packet.qos > 0) {
        out.seq = m_store->nextSeq();
        m_store->addOutgoing({out.seq, out.packet, false});
        storeChanged();
    }
    m_queue.push_back(std::move(out));
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

// MQTT 5.0 §4.9: the broker's Receive Maximum. MQTT 3.x has none, and
// brokers still have a limit (mosquitto 2.0.11 forwards only its first
// max_inflight_messages of a burst of QoS 2 messages from a 3.1.1 client to
// 3.1.1 subscribers), so there we keep libmosquitto's window of 20.
qsizetype MqttClient::inFlightWindow() const
{
    if (m_profile.version == ProtocolVersion::V5)
        return m_connack.serverReceiveMaximum;
    return m_maximumInFlightV3;
}

// Sends queued messages while the in-flight window leaves room for more
// QoS 1/2 messages.
void MqttClient::pumpOutgoing()
{
    while (!m_queue.empty() && m_state == State::Connected) {
        Outgoing &front = m_queue.front();
        if (front.packet.qos > 0 && m_inFlight.size() >= inFlightWindow())
            return;
        Outgoing out = std::move(front);
        m_queue.pop_front();
        countsChanged();
        if (m_store && out.seq != 0) {
            // Forgotten here unless it goes in flight below (then it is updated instead).
            if (out.packet.qos > m_connack.maximumQoS || (out.packet.retain && !m_connack.retainAvailable))
                m_store->removeOutgoing(out.seq);
        }
        Delivery d;
        d.token = out.token;
        d.topic = out.packet.topic;
        d.qos = out.packet.qos;

        if (out.packet.qos > m_connack.maximumQoS) {
            d.state = Delivery::State::Failed;
            d.reason = quint8(ReasonCode::QoSNotSupported);
            d.reasonString = tr("The broker accepts QoS %1 at most.").arg(m_connack.maximumQoS);
            emit delivered(d);
            continue;
        }
        if (out.packet.retain && !m_connack.retainAvailable) {
            d.state = Delivery::State::Failed;
            d.reason = quint8(ReasonCode::RetainNotSupported);
            d.reasonString = tr("The broker does not support retained messages.");
            emit delivered(d);
            continue;
        }
        if (out.packet.qos > 0) {
            out.packet.packetId = nextPacketId();
            d.packetId = out.packet.packetId;
        }
        PublishPacket wire = out.packet;
        if (auto alias = wire.properties.integer(PropertyId::TopicAlias)) {
            // MQTT 5.0 §3.3.2.3.4: an alias must be within the broker's Topic Alias Maximum.
            if (*alias == 0 || *alias > m_connack.serverTopicAliasMaximum) {
                d.state = Delivery::State::Failed;
                d.reason = quint8(ReasonCode::TopicAliasInvalid);
                d.reasonString = tr("Topic alias %1 is outside the broker's limit of %2.")
                                     .arg(*alias)
                                     .arg(m_connack.serverTopicAliasMaximum);
                if (m_store && out.seq != 0)
                    m_store->removeOutgoing(out.seq);
                emit delivered(d);
                continue;
            }
            const quint16 a = quint16(*alias);
            if (wire.topic.isEmpty()) {
                const QString known = m_outboundAliases.key(a);
                if (known.isEmpty()) {
                    d.state = Delivery::State::Failed;
                    d.reason = quint8(ReasonCode::TopicAliasInvalid);
                    d.reasonString = tr("Topic alias %1 has no topic yet on this connection.").arg(a);
                    if (m_store && out.seq != 0)
                        m_store->removeOutgoing(out.seq);
                    emit delivered(d);
                    continue;
                }
                out.packet.topic = known; // a resend after reconnect needs the full topic
                d.topic = known;
            } else if (m_outboundAliases.value(wire.topic) == a) {
                wire.topic.clear();
            } else {
                for (auto it = m_outboundAliases.begin(); it != m_outboundAliases.end();) {
                    if (it.value() == a)
                        it = m_outboundAliases.erase(it);
                    else
                        ++it;
                }
                m_outboundAliases.insert(wire.topic, a);
            }
        }

        const qsizetype before = m_writeBuffer.size();
        sendPacket(wire);
        if (m_connack.serverMaximumPacketSize > 0
            && quint32(m_writeBuffer.size() - before) > m_connack.serverMaximumPacketSize) {
            m_writeBuffer.truncate(before);
            if (m_trace && !m_sentTrace.isEmpty())
                m_sentTrace.removeLast();
            d.state = Delivery::State::Failed;
            d.reason = quint8(ReasonCode::PacketTooLarge);
            d.reasonString = tr("The message is larger than the broker's maximum packet size of %1 bytes.")
                                 .arg(m_connack.serverMaximumPacketSize);
            if (m_store && out.seq != 0)
                m_store->removeOutgoing(out.seq);
            emit delivered(d);
            continue;
        }
        if (out.packet.qos == 0) {
            d.state = Delivery::State::Sent;
            emit delivered(d);
            continue;
        }
        out.sentAtUs = nowUs();
        const quint16 id = out.packet.packetId;
        if (m_store && out.seq != 0)
            m_store->setOutgoingSent(out.seq, id);
        m_inFlight.insert(id, std::move(out));
        m_inFlightOrder.append(id);
        d.state = Delivery::State::Sent;
        emit delivered(d);
    }
}

// After reconnecting: with the session present, re-send unacknowledged
// PUBLISHes with DUP set and PUBRELs for those past PUBREC, in their original
// order (MQTT 5.0 §4.4). Without it, the broker forgot them: they go back to
// the front of the queue as new messages so that nothing is lost.
void MqttClient::resendInFlight()
{
    if (m_inFlight.isEmpty())
        return;
    if (m_connack.sessionPresent) {
        for (quint16 id : std::as_const(m_inFlightOrder)) {
            auto it = m_inFlight.find(id);
            if (it == m_inFlight.end())
                continue;
            it->sentAtUs = nowUs();
            if (it->pubrecReceived) {
                AckPacket rel;
                rel.type = PacketType::Pubrel;
                rel.packetId = id;
                sendPacket(rel);
            } else {
                PublishPacket wire = it->packet;
                wire.dup = true;
                if (wire.properties.contains(PropertyId::TopicAlias))
                    wire.properties.remove(PropertyId::TopicAlias); // aliases do not survive a connection
                sendPacket(wire);
            }
        }
        return;
    }
    std::deque<Outgoing> requeue;
    for (quint16 id : std::as_const(m_inFlightOrder)) {
        auto it = m_inFlight.find(id);
        if (it == m_inFlight.end())
            continue;
        Outgoing o = std::move(*it);
        if (m_store && o.seq != 0)
            m_store->setOutgoingQueued(o.seq);
        o.packet.packetId = 0;
        o.packet.dup = false;
        o.pubrecReceived = false;
        o.sentAtUs = -1;
        o.packet.properties.remove(PropertyId::TopicAlias);
        requeue.push_back(std::move(o));
    }
    m_inFlight.clear();
    m_inFlightOrder.clear();
    for (auto it = requeue.rbegin(); it != requeue.rend(); ++it)
        m_queue.push_front(std::move(*it));
    countsChanged();
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
    packet.packetId = nextPacketId();
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
    packet.packetId = nextPacketId();
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
    m_lastPacketUs = nowUs();
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
                // MQTT 5.0 §4.3.3: deliver once; a re-sent PUBLISH with an id
                // not yet released is answered but not delivered again. A re-send
                // carries DUP (§3.3.1.1); without it the sender has forgotten the
                // old exchange and reuses the id for a new message (mosquitto does,
                // restarted from a persistence file older than the exchange):
                // dropping it would lose it.
                const size_t fingerprint = qHashMulti(0, publish->topic, publish->payload);
                if (m_inboundQos2.contains(id)) {
                    // ... but only when it carries something else than the held
                    // one: the same message again is a re-send, DUP or not.
                    const auto held = m_inboundFingerprints.constFind(id);
                    deliver = !publish->dup && held != m_inboundFingerprints.cend() && *held != fingerprint;
                } else {
                    // A re-send (DUP) of a message whose exchange we completed: a
                    // broker restarted from a snapshot older than the PUBCOMP
                    // (mosquitto). Finish the exchange again, deliver nothing.
                    if (publish->dup && m_recentlyReleased.contains(id) && m_recentlyReleased.value(id) == fingerprint)
                        deliver = false;
                    m_inboundQos2.insert(id);
                    if (m_store)
                        m_store->addInboundQos2(id);
                    if (m_profile.version == ProtocolVersion::V5 && m_profile.receiveMaximum > 0
                        && m_inboundQos2.size() > m_profile.receiveMaximum) {
                        protocolViolation(ReasonCode::ReceiveMaximumExceeded,
                                          tr("The broker sent more unacknowledged QoS 2 messages than the %1 allowed.")
                                              .arg(m_profile.receiveMaximum));
                        return;
                    }
                }
                m_inboundFingerprints.insert(id, fingerprint);
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
                    m_lastAckUs = m_lastPacketUs;
                    handleAck(p);
                } else if constexpr (std::is_same_v<T, SubackPacket>) {
                    m_lastAckUs = m_lastPacketUs;
                    handleSuback(p);
                } else if constexpr (std::is_same_v<T, UnsubackPacket>) {
                    m_lastAckUs = m_lastPacketUs;
                    handleUnsuback(p);
                } else if constexpr (std::is_same_v<T, PingrespPacket>) {
                    m_pingSentUs = -1;
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
        m_inboundFingerprints.clear();
        if (m_store)
            m_store->clearSessionState();
    }
    m_reconnectAttempt = 0;
    m_lastPacketUs = m_lastAckUs = nowUs();
    m_pingSentUs = -1;

    const quint16 keepAlive = info.serverKeepAlive ? info.serverKeepAlive : m_profile.keepAlive;
    if (keepAlive > 0)
        m_keepAliveTimer.start(std::max(100, keepAlive * 1000 / 8));

    // A new session knows nothing of our subscriptions: subscribe again.
    if (!packet.sessionPresent && !m_subscriptions.isEmpty()) {
        SubscribePacket sub;
        sub.packetId = nextPacketId();
        sub.entries = m_subscriptions.values();
        if (m_profile.version == ProtocolVersion::V5)
            sub.properties = m_subscriptionProperties;
        m_pendingSubscribes.insert(sub.packetId, sub);
        sendPacket(sub);
    }
    resendInFlight();
    setState(State::Connected);
    emit connected(info);
    pumpOutgoing();
}

void MqttClient::handleAck(const AckPacket &packet)
{
    const quint16 id = packet.packetId;
    if (packet.type == PacketType::Pubrel) {
        // MQTT 5.0 §4.3.3: release the id; answer PUBCOMP (0x92 if we never had it).
        const bool known = m_inboundQos2.remove(id);
        if (known && m_store)
            m_store->removeInboundQos2(id);
        if (const auto it = m_inboundFingerprints.constFind(id); it != m_inboundFingerprints.cend()) {
            rememberReleased(id, *it);
            m_inboundFingerprints.erase(it);
        }
        quint8 reason = 0;
        if (!known && m_profile.version == ProtocolVersion::V5)
            reason = quint8(ReasonCode::PacketIdentifierNotFound);
        sendPacket(AckPacket{PacketType::Pubcomp, id, reason, {}});
        return;
    }
    auto it = m_inFlight.find(id);
    const bool expected = it != m_inFlight.end()
                          && ((packet.type == PacketType::Puback && it->packet.qos == 1)
                              || (packet.type == PacketType::Pubrec && it->packet.qos == 2 && !it->pubrecReceived)
                              || (packet.type == PacketType::Pubcomp && it->packet.qos == 2 && it->pubrecReceived));
    if (!expected) {
        if (packet.type == PacketType::Pubrec) {
            // MQTT 5.0 §4.3.3: keep the flow going for a duplicate PUBREC.
            const bool inRelease = it != m_inFlight.end() && it->pubrecReceived;
            quint8 reason = 0;
            if (!inRelease && m_profile.version == ProtocolVersion::V5)
                reason = quint8(ReasonCode::PacketIdentifierNotFound);
            sendPacket(AckPacket{PacketType::Pubrel, id, reason, {}});
        }
        qCDebug(lcWire) << "ignoring" << packetTypeName(packet.type) << "for unknown packet id" << id;
        return;
    }
    Delivery d;
    d.token = it->token;
    d.packetId = id;
    d.topic = it->packet.topic;
    d.qos = it->packet.qos;
    d.reason = packet.reasonCode;
    d.reasonString = packet.properties.string(PropertyId::ReasonString).value_or(QString());
    d.properties = packet.properties;
    const qint64 now = nowUs();

    if (packet.type == PacketType::Pubrec && packet.reasonCode < 0x80) {
        it->pubrecReceived = true;
        if (m_store && it->seq != 0)
            m_store->setOutgoingReleased(it->seq);
        sendPacket(AckPacket{PacketType::Pubrel, id, 0, {}});
        d.state = Delivery::State::Received;
        emit delivered(d);
        return;
    }
    d.state = packet.reasonCode >= 0x80 ? Delivery::State::Failed : Delivery::State::Acknowledged;
    d.roundTripUs = it->sentAtUs >= 0 ? now - it->sentAtUs : -1;
    if (m_store && it->seq != 0)
        m_store->removeOutgoing(it->seq);
    m_inFlight.erase(it);
    countsChanged();
    m_inFlightOrder.removeOne(id);
    emit delivered(d);
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
