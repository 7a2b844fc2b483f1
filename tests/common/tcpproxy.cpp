#include "tcpproxy.h"

#include <QTcpSocket>

namespace Signalbox::Test {

struct TcpProxy::Pair
{
    QTcpSocket *client = nullptr;
    QTcpSocket *target = nullptr;
    QByteArray pendingToTarget; // read from the client before the target connected
    bool targetConnected = false;
    bool clientOpen = true;
    bool targetOpen = true;
};

TcpProxy::TcpProxy(quint16 targetPort, QObject *parent) : QObject(parent), m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &TcpProxy::onNewConnection);
}

TcpProxy::~TcpProxy()
{
    dropConnections();
}

bool TcpProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void TcpProxy::setBlackhole(bool on)
{
    m_blackhole = on;
}

void TcpProxy::dropConnections()
{
    const QList<Pair *> pairs = m_pairs;
    for (Pair *pair : pairs)
        remove(pair);
}

void TcpProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        auto *pair = new Pair;
        pair->client = client;
        pair->target = new QTcpSocket(this);
        m_pairs.append(pair);
        ++m_accepted;
        client->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        pair->target->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        connect(client, &QTcpSocket::readyRead, this, [this, pair] { forward(pair, true); });
        connect(pair->target, &QTcpSocket::readyRead, this, [this, pair] { forward(pair, false); });
        connect(pair->target, &QTcpSocket::connected, this, [this, pair] {
            pair->targetConnected = true;
            if (!pair->pendingToTarget.isEmpty()) {
                m_bytesToTarget += pair->pendingToTarget.size();
                pair->target->write(pair->pendingToTarget);
                pair->pendingToTarget.clear();
            }
        });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { onClosed(pair, true); });
        connect(pair->target, &QTcpSocket::disconnected, this, [this, pair] { onClosed(pair, false); });
        connect(pair->target, &QTcpSocket::errorOccurred, this, [this, pair](QAbstractSocket::SocketError) {
            if (!pair->targetConnected)
                onClosed(pair, false);
        });
        pair->target->connectToHost(QHostAddress::LocalHost, m_targetPort);
        emit connectionAccepted();
    }
}

void TcpProxy::forward(Pair *pair, bool fromClient)
{
    QTcpSocket *from = fromClient ? pair->client : pair->target;
    const QByteArray bytes = from->readAll();
    if (bytes.isEmpty())
        return;
    if (m_blackhole) {
        m_bytesDropped += bytes.size();
        return;
    }
    if (fromClient) {
        if (!pair->targetOpen)
            return;
        if (!pair->targetConnected) {
            pair->pendingToTarget += bytes;
            return;
        }
        m_bytesToTarget += bytes.size();
        pair->target->write(bytes);
    } else {
        if (!pair->clientOpen)
            return;
        m_bytesFromTarget += bytes.size();
        pair->client->write(bytes);
    }
}

void TcpProxy::onClosed(Pair *pair, bool clientSide)
{
    if (!m_pairs.contains(pair))
        return;
    (clientSide ? pair->clientOpen : pair->targetOpen) = false;
    if (!pair->clientOpen && !pair->targetOpen) {
        remove(pair);
        return;
    }
    if (m_blackhole)
        return; // a dead link carries no FIN: the other side stays half-open
    QTcpSocket *other = clientSide ? pair->target : pair->client;
    if (other->state() == QAbstractSocket::ConnectedState)
        other->disconnectFromHost(); // after writing what is pending
    else
        remove(pair);
}

void TcpProxy::remove(Pair *pair)
{
    if (!m_pairs.removeOne(pair))
        return;
    for (QTcpSocket *socket : {pair->client, pair->target}) {
        socket->disconnect(this);
        socket->abort();
        socket->deleteLater();
    }
    delete pair;
}

} // namespace Signalbox::Test
