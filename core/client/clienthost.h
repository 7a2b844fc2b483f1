#pragma once

#include "client/mqttclient.h"

#include <QElapsedTimer>
#include <QObject>
#include <QThread>
#include <QTimer>

namespace Signalbox {

// One connection for a GUI: the MqttClient lives in a worker thread of its
// own, so decoding a flood never waits for painting and painting never waits
// for decoding. Calls are forwarded to the worker (queued); the client's
// signals are re-emitted here, in the thread that created the host. State and
// CONNACK details are mirrored from those signals. Destroying the host
// disconnects the client and stops its thread.
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
    // Messages received per second, over the last second or so.
    double messageRate() const { return m_rate; }

    void connectToBroker();
    void disconnectFromBroker();
    // Returns the token that delivered() will carry.
    quint64 publish(const OutgoingMessage &message);
    void subscribe(const SubscribeEntry &entry, const Properties &properties = {});
    void unsubscribe(const QString &filter);
    void setPacketTraceEnabled(bool enabled);
    void setPublishTraceEnabled(bool enabled);
    // See MqttClient::setSessionStore(); the file is opened in the worker thread.
    void setSessionStore(const QString &path, bool history = false, qint64 historyMaximumBytes = 256 * 1024 * 1024);
    // Back-pressure (MqttClient::setBacklogLimit()): the worker stops reading
    // while more than `messages` it handed over wait for messagesTaken().
    // Both are thread-safe.
    void setBacklogLimit(qint64 messages) { m_client->setBacklogLimit(messages); }
    void messagesTaken(qint64 count) { m_client->messagesTaken(count); }
    bool isReadingHeld() const { return m_client->isReadingHeld(); }
    // QoS 1/2 messages waiting for a connection or a free in-flight slot, and in flight.
    int queuedCount() const { return m_queued; }
    int inFlightCount() const { return m_inFlight; }

signals:
    void stateChanged(Signalbox::MqttClient::State state);
    void connected(const Signalbox::ConnackInfo &info);
    void disconnected(const Signalbox::Error &error);
    void messagesReceived(const QList<Signalbox::Message> &messages);
    void delivered(const Signalbox::Delivery &delivery);
    void subscribed(const Signalbox::SubscribeResult &result);
    void unsubscribed(const Signalbox::UnsubscribeResult &result);
    void errorOccurred(const Signalbox::Error &error);
    void reconnectScheduled(int attempt, int delayMs);
    void packetsSent(const QList<Signalbox::PacketRecord> &packets);
    void packetsReceived(const QList<Signalbox::PacketRecord> &packets);
    void rateChanged(double messagesPerSecond);
    void sessionRestored(int outgoing, int inboundQos2);
    void outgoingCountsChanged(int queued, int inFlight);

private:
    ConnectionProfile m_profile;
    QThread m_thread;
    MqttClient *m_client = nullptr; // lives in m_thread
    MqttClient::State m_state = MqttClient::State::Disconnected;
    ConnackInfo m_connack;
    Error m_lastError;
    QTimer m_rateTimer;
    qint64 m_countSinceTick = 0;
    double m_rate = 0;
    int m_queued = 0;
    int m_inFlight = 0;
};

} // namespace Signalbox
