#include "client/clienthost.h"

#include <algorithm>

namespace Signalbox {

ClientHost::ClientHost(const ConnectionProfile &profile, QObject *parent)
    : QObject(parent), m_profile(profile), m_client(new MqttClient(profile))
{
    m_thread.setObjectName(QStringLiteral("mqtt:") + profile.host);
    // The log, the topic tree, the traffic profile and the retained ages each
    // keep a table per topic: hints let them find a topic's row without a hash.
    m_client->setTopicHints(true);
    m_client->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_client, &QObject::deleteLater);

    // The mirror: connected before anyone else, so it is up to date when
    // their queued slots run.
    connect(m_client, &MqttClient::stateChanged, this, [this](MqttClient::State state) {
        m_state = state;
        if (state == MqttClient::State::Connected)
            m_ticks = 0; // the average starts again
    });
    connect(m_client, &MqttClient::connected, this, [this](const ConnackInfo &info) { m_connack = info; });
    connect(m_client, &MqttClient::disconnected, this, [this](const Error &error) {
        if (error.isError())
            m_lastError = error;
    });
    connect(m_client, &MqttClient::errorOccurred, this, [this](const Error &error) { m_lastError = error; });
    connect(m_client, &MqttClient::messagesReceived, this,
            [this](const QList<Message> &messages) { m_countSinceTick += messages.size(); });
    connect(m_client, &MqttClient::outgoingCountsChanged, this, [this](int queued, int inFlight) {
        m_queued = queued;
        m_inFlight = inFlight;
    });

    m_rateTimer.setInterval(1000);
    connect(&m_rateTimer, &QTimer::timeout, this, [this] {
        m_lastSeconds[static_cast<size_t>(m_ticks % RateWindow)] = m_countSinceTick;
        ++m_ticks;
        m_countSinceTick = 0;
        const qint64 seconds = std::min<qint64>(m_ticks, RateWindow);
        qint64 sum = 0;
        for (qint64 i = 0; i < seconds; ++i)
            sum += m_lastSeconds[static_cast<size_t>(i)];
        const double rate = double(sum) / double(seconds);
        if (rate != m_rate) {
            m_rate = rate;
            emit rateChanged(rate);
        }
    });
    m_rateTimer.start();
    m_thread.start();
}

ClientHost::~ClientHost()
{
    // Disconnect cleanly if we can, then stop the thread; the client is
    // deleted in its own thread when the thread finishes.
    if (m_thread.isRunning())
        QMetaObject::invokeMethod(
            m_client, [client = m_client] { client->disconnectFromBroker(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void ClientHost::setProfile(const ConnectionProfile &profile)
{
    m_profile = profile;
    QMetaObject::invokeMethod(
        m_client, [client = m_client, profile] { client->setProfile(profile); }, Qt::QueuedConnection);
}

void ClientHost::connectToBroker()
{
    QMetaObject::invokeMethod(m_client, &MqttClient::connectToBroker, Qt::QueuedConnection);
}

void ClientHost::disconnectFromBroker()
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client] { client->disconnectFromBroker(); }, Qt::QueuedConnection);
}

quint64 ClientHost::publish(const OutgoingMessage &message)
{
    const quint64 token = m_client->reserveToken();
    QMetaObject::invokeMethod(
        m_client, [client = m_client, token, message] { client->publishWithToken(token, message); },
        Qt::QueuedConnection);
    return token;
}

void ClientHost::subscribe(const SubscribeEntry &entry, const Properties &properties)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, entry, properties] { client->subscribe({entry}, properties); },
        Qt::QueuedConnection);
}

void ClientHost::unsubscribe(const QString &filter)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, filter] { client->unsubscribe({filter}); }, Qt::QueuedConnection);
}

void ClientHost::setPacketTraceEnabled(bool enabled)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, enabled] { client->setPacketTraceEnabled(enabled); }, Qt::QueuedConnection);
}

void ClientHost::setPublishTraceLimit(int perSecond)
{
    QMetaObject::invokeMethod(
        m_client, [client = m_client, perSecond] { client->setPublishTraceLimit(perSecond); }, Qt::QueuedConnection);
}

void ClientHost::setSessionStore(const QString &path, bool history, qint64 historyMaximumBytes)
{
    QMetaObject::invokeMethod(
        m_client,
        [client = m_client, path, history, historyMaximumBytes] {
            client->setSessionStore(path, history, historyMaximumBytes);
        },
        Qt::QueuedConnection);
}

} // namespace Signalbox
