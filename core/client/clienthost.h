#pragma once

#include "client/mqttclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

#include <array>

namespace Signalbox {

// One connection for a GUI: the MqttClient lives in a worker thread of its
// own, so decoding a flood never waits for painting and painting never waits
// for decoding. Calls are forwarded to the worker (queued); consumers connect
// to the client's own signals (events()). State, CONNACK details, the last
// error and the outgoing counts are mirrored here, for the thread that created
// the host to read. Destroying the host disconnects the client and stops its
// thread.
class ClientHost : public QObject
{
    Q_OBJECT
public:
    explicit ClientHost(const ConnectionProfile &profile, QObject *parent = nullptr);
    ~ClientHost() override;

    const ConnectionProfile &profile() const { return m_profile; }
    // Takes effect at the next connect.
    void setProfile(const ConnectionProfile &profile);
    MqttClient::State state() const { return m_state; }
    const ConnackInfo &connack() const { return m_connack; }
    Error lastError() const { return m_lastError; }
    // Messages received per second, averaged over the last RateWindow seconds
    // (fewer since the connection was made), so that a broker's $SYS burst
    // every few seconds does not make the figure jump.
    static constexpr int RateWindow = 10;
    double messageRate() const { return m_rate; }

    void connectToBroker();
    void disconnectFromBroker();
    // Returns the token that delivered() will carry.
    quint64 publish(const OutgoingMessage &message);
    void subscribe(const SubscribeEntry &entry, const Properties &properties = {});
    void unsubscribe(const QString &filter);
    void setPacketTraceEnabled(bool enabled);
    void setPublishTraceLimit(int perSecond);
    // See MqttClient::setSessionStore(); the file is opened in the worker thread.
    void setSessionStore(const QString &path, bool history = false, qint64 historyMaximumBytes = 256 * 1024 * 1024);
    // Back-pressure (MqttClient::setBacklogLimit()): the worker stops reading
    // while more than `messages` it handed over wait for messagesTaken().
    // Both are thread-safe.
    void setBacklogLimit(qint64 messages) { m_client->setBacklogLimit(messages); }
    void messagesTaken(qint64 count) { m_client->messagesTaken(count); }
    // QoS 1/2 messages waiting for a connection or a free in-flight slot, and in flight.
    int queuedCount() const { return m_queued; }
    int inFlightCount() const { return m_inFlight; }

    // The client, to connect to its signals; they arrive queued in the
    // receiver's thread, after this host has mirrored what they carry (its
    // own connections come first), so state() already says what a
    // stateChanged() said. Call nothing on it: it lives in the worker thread.
    const MqttClient *events() const { return m_client; }

signals:
    void rateChanged(double messagesPerSecond);

private:
    ConnectionProfile m_profile;
    QThread m_thread;
    MqttClient *m_client = nullptr; // lives in m_thread
    MqttClient::State m_state = MqttClient::State::Disconnected;
    ConnackInfo m_connack;
    Error m_lastError;
    QTimer m_rateTimer;
    qint64 m_countSinceTick = 0;
    std::array<qint64, RateWindow> m_lastSeconds{}; // a ring, m_ticks % RateWindow is the next
    qint64 m_ticks = 0; // seconds counted since connected
    double m_rate = 0;
    int m_queued = 0;
    int m_inFlight = 0;
};

} // namespace Signalbox
