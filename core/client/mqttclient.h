#pragma once

#include "client/authenticator.h"
#include "client/connectionprofile.h"
#include "client/handshake.h"
#include "client/inboundaliases.h"
#include "client/inboundqos2.h"
#include "client/keepalivewatch.h"
#include "client/outboundqueue.h"
#include "client/packettrace.h"
#include "client/receivebacklog.h"
#include "client/reconnectpolicy.h"
#include "client/sessionfile.h"
#include "client/subscriptions.h"
#include "mqtt/error.h"
#include "mqtt/message.h"
#include "mqtt/packetdecoder.h"
#include "mqtt/packets.h"
#include "mqtt/topic.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <atomic>
#include <memory>

namespace Signalbox {

class Transport;

// One connection to one broker. Lives in one thread (move it with
// moveToThread() before connectToBroker() to keep a flood off the GUI thread);
// every signal carries values, so queued connections work.
//
// QoS 1/2 outbound: publish() queues; up to the broker's Receive Maximum are in
// flight; acknowledgements come back as delivered(). Unacknowledged messages are
// kept across a reconnect to a persistent session and re-sent with DUP (5.0
// §4.4). Inbound QoS 2 is delivered once, on PUBLISH, and its packet id held
// until PUBREL.
//
// With a session store (setSessionStore()), that state lives in an SQLite file
// as well and survives a restart: what a previous run left for the same broker
// and client id is loaded at connectToBroker() and finished on the next
// connection. Every change is committed before the acknowledgement that
// depends on it is written to the socket.
class MqttClient : public QObject
{
    Q_OBJECT
public:
    enum class State { Disconnected, Connecting, Connected, Disconnecting, Reconnecting };
    Q_ENUM(State)
    // The most messages one messagesReceived() carries: a consumer with a
    // time budget (the window) can take a batch at a time.
    static constexpr qsizetype MaximumBatch = 256;

    explicit MqttClient(const ConnectionProfile &profile = {}, QObject *parent = nullptr);
    ~MqttClient() override;

    const ConnectionProfile &profile() const { return m_profile; }
    // Takes effect at the next connectToBroker().
    void setProfile(const ConnectionProfile &profile);
    State state() const { return m_state; }
    ProtocolVersion protocolVersion() const { return m_profile.version; }
    // The client id in use (the profile's, generated, or assigned by the broker).
    QString clientId() const { return m_clientId; }
    const ConnackInfo &connack() const { return m_connack; }
    Error lastError() const { return m_lastError; }

    // Emit packetsSent/packetsReceived (costs a copy of each packet's bytes).
    void setPacketTraceEnabled(bool enabled) { m_trace.setEnabled(enabled); }
    // With the trace on, PUBLISH, PUBACK, PUBREC, PUBREL and PUBCOMP at most
    // this many a second (PacketTrace::Unlimited by default, 0: none); the other
    // packets always, which a flood leaves few.
    void setPublishTraceLimit(int perSecond) { m_trace.setPublishLimit(perSecond); }
    // Compute Message::subscriptions for each received message (on by default).
    void setMatchSubscriptions(bool enabled) { m_matchSubscriptions = enabled; }
    // Give each received message a topic hint and the one string kept for its
    // topic (Message::topicHint), remembering up to `topics` topics (off by
    // default; the window turns it on so that its per-topic tables skip hashing).
    void setTopicHints(bool enabled, qsizetype topics = 1 << 20)
    {
        m_topicHints = enabled;
        m_subscriptions.matcher().setCapacity(enabled ? std::max(topics, SubscriptionMatcher::DefaultCapacity)
                                                      : SubscriptionMatcher::DefaultCapacity);
    }

    // Publishes; returns a token that comes back in delivered() (never from
    // inside this call: sending happens from the event loop). Invalid
    // topics or QoS fail at once with errorOccurred() and return 0.
    // While disconnected, QoS 1/2 messages are queued (up to maximumQueued), QoS 0 fails.
    quint64 publish(const OutgoingMessage &message);
    // The same with a token taken beforehand from reserveToken(): for callers
    // in another thread, which invoke this one queued. A rejected message
    // also comes back as a Failed delivery.
    void publishWithToken(quint64 token, const OutgoingMessage &message);
    // Thread-safe.
    quint64 reserveToken() { return m_nextToken.fetch_add(1); }
    void setMaximumQueued(int count) { m_outbound.setMaximumQueued(count); }
    // QoS 1/2 messages in flight at once under MQTT 3.x (5.0 uses the
    // broker's Receive Maximum). Default 20, as libmosquitto.
    void setMaximumInFlightV3(int count) { m_outbound.setMaximumInFlightV3(count); }
    // Keeps the session state (and, with history, every received message, in
    // the same transactions) in the SQLite file at path; opened in this
    // client's thread at the next connectToBroker(). An empty path turns it off.
    void setSessionStore(const QString &path, bool history = false, qint64 historyMaximumBytes = 256 * 1024 * 1024);
    QString sessionStorePath() const { return m_sessionFile.path(); }
    int queuedCount() const { return m_outbound.queuedCount(); } // waiting, not yet sent
    int inFlightCount() const { return m_outbound.inFlightCount(); } // sent, not fully acknowledged
    // Bytes of encoded packets that the operating system has not taken yet
    // (in this client's write buffer and its socket's). A QoS 0 message is
    // delivered() as Sent once it is in here: a sender that bounds its memory
    // waits for bytesWritten() while this is large.
    qint64 bytesToWrite() const;

    // Returns the packet id, or 0 if a filter is invalid (errorOccurred() says which)
    // or the client is not connected. Subscriptions are remembered and re-sent
    // after a reconnect that has no session present.
    quint16 subscribe(const QList<SubscribeEntry> &entries, const Properties &properties = {});
    quint16 subscribe(const QString &filter, quint8 qos = 0) { return subscribe(QList<SubscribeEntry>{{filter, qos}}); }
    quint16 unsubscribe(const QStringList &filters, const Properties &properties = {});
    QList<SubscribeEntry> subscriptions() const { return m_subscriptions.subscriptions(); }

    // Back-pressure for a consumer in another thread (ReceiveBacklog): with a
    // limit, reading stops while more than `messages` received messages have
    // not been taken, and starts again when half of them have. 0 (the
    // default): read whatever comes. Both are thread-safe.
    void setBacklogLimit(qint64 messages) { m_backlog.setLimit(messages); }
    void messagesTaken(qint64 count);
    qint64 backlog() const { return m_backlog.count(); }
    bool isReadingHeld() const { return m_backlog.isHeld(); }

    // Enhanced authentication (5.0 §4.12): answer an authenticationRequested().
    // A method with an authenticator (Authenticators: SCRAM-SHA-1 and
    // SCRAM-SHA-256 are built in) is answered by the client itself.
    void sendAuth(quint8 reasonCode, const Properties &properties);

public slots:
    void connectToBroker();
    // Sends DISCONNECT (with a reason and properties in 5.0) and closes.
    void disconnectFromBroker(quint8 reasonCode = 0, const Properties &properties = {});

signals:
    void stateChanged(Signalbox::MqttClient::State state);
    void connected(const Signalbox::ConnackInfo &info);
    // The connection closed; `error` is empty after disconnectFromBroker().
    void disconnected(const Signalbox::Error &error);
    // Messages decoded from one socket read, in order, at most
    // MaximumBatch at a time.
    void messagesReceived(const QList<Signalbox::Message> &messages);
    void delivered(const Signalbox::Delivery &delivery);
    void subscribed(const Signalbox::SubscribeResult &result);
    void unsubscribed(const Signalbox::UnsubscribeResult &result);
    // DISCONNECT from the server (5.0), before disconnected().
    void serverDisconnected(quint8 reasonCode, const Signalbox::Properties &properties);
    // The broker's AUTH for a method that has no authenticator (and, after
    // CONNACK, every AUTH): answer with sendAuth() before the connect timeout.
    // Before CONNACK, a challenge that nothing is connected to this signal to
    // answer ends the connection at once, with a sentence that says so.
    void authenticationRequested(quint8 reasonCode, const Signalbox::Properties &properties);
    // Any error. One that ends the connection is followed by disconnected()
    // or, with auto-reconnect, reconnectScheduled(); others (a refused
    // subscription, an invalid topic) leave the connection as it is.
    void errorOccurred(const Signalbox::Error &error);
    // Scheduled a reconnect attempt in `delayMs`.
    void reconnectScheduled(int attempt, int delayMs);
    void packetsSent(const QList<Signalbox::PacketRecord> &packets);
    void packetsReceived(const QList<Signalbox::PacketRecord> &packets);
    // State a previous run left in the session store was loaded: outgoing
    // QoS 1/2 messages (they get new tokens, in delivered()) and incoming QoS 2
    // ids not yet released.
    void sessionRestored(int outgoing, int inboundQos2);
    // The number of QoS 1/2 messages waiting and in flight changed (at most
    // five times a second, and once more when they settle).
    void outgoingCountsChanged(int queued, int inFlight);
    // The operating system took `bytes` more of what bytesToWrite() counts.
    void bytesWritten(qint64 bytes);

private:
    void setState(State state);
    void startTransport();
    void onTransportOpened();
    void onTransportReadyRead();
    void onTransportClosed();
    void onTransportFailed(const Error &error);
    void handlePackets(QList<Packet> &packets, QList<QByteArray> *raw);
    bool receivePublish(PublishPacket &publish, std::optional<Message> &message);
    void dispatch(Packet &packet);
    void handleConnack(const ConnackPacket &packet);
    void handleAck(const AckPacket &packet);
    void handleSuback(const SubackPacket &packet);
    void handleUnsuback(const UnsubackPacket &packet);
    void handleServerDisconnect(const DisconnectPacket &packet);
    void handleAuth(const AuthPacket &packet);
    std::optional<QString> startAuthentication();
    void refuseAuthentication(const QString &why);
    void sendPacket(const Packet &packet);
    void flushWrites();
    bool enqueuePublish(quint64 token, const OutgoingMessage &message, bool reportRejection);
    void pumpOutgoing();
    bool openSessionStore(QString *why);
    bool commitSessionStore();
    void protocolViolation(ReasonCode reason, const QString &message);
    void failConnection(const Error &error, bool graceful = false);
    void closeTransport(bool graceful = false);
    void scheduleReconnect(int delayMs);
    void reportError(const Error &error);
    void finishDisconnecting();
    void onKeepAliveTimer();
    void holdReading();
    void resumeReading();
    qint64 nowUs() const { return m_clock.nsecsElapsed() / 1000; }

    ConnectionProfile m_profile;
    State m_state = State::Disconnected;
    QString m_clientId;
    ConnackInfo m_connack;
    Error m_lastError;
    Transport *m_transport = nullptr;
    PacketDecoder m_decoder;
    QByteArray m_writeBuffer;
    bool m_writeScheduled = false;
    bool m_pumpScheduled = false;
    bool m_reading = false;
    bool m_matchSubscriptions = true;
    bool m_topicHints = false;
    bool m_userDisconnect = false;
    bool m_connackReceived = false;
    bool m_transportOpened = false;
    PacketTrace m_trace;

    // keep-alive
    QTimer m_keepAliveTimer;
    QTimer m_connectTimer;
    QTimer m_reconnectTimer;
    QElapsedTimer m_clock;
    KeepAliveWatch m_keepAlive;
    ReconnectPolicy m_reconnect;
    ReceiveBacklog m_backlog;

    std::atomic<quint64> m_nextToken{1};
    OutboundQueue m_outbound;
    InboundQos2 m_inboundQos2;

    Subscriptions m_subscriptions;

    SessionFile m_sessionFile;
    void storeChanged();

    QTimer m_countsTimer;
    std::pair<int, int> m_shownCounts{0, 0};
    void countsChanged();

    InboundAliases m_inboundAliases; // from the broker (5.0)

    // Enhanced authentication (5.0): the profile's method's authenticator for
    // this connection, if it has one, and what CONNECT carries for it.
    std::unique_ptr<Authenticator> m_authenticator;
    QByteArray m_authInitialData;
    bool m_authFresh = false; // m_authenticator has not been used by a connection yet
    bool m_authAwaitingAnswer = false; // authenticationRequested() went out, no sendAuth() yet
};

} // namespace Signalbox
