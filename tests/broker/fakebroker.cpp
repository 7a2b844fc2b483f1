#include "fakebroker.h"

using namespace Signalbox;

FakeBroker::FakeBroker(ProtocolVersion version, QObject *parent)
    : QObject(parent), m_version(version), m_decoder(version)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FakeBroker::onNewConnection);
    m_server.listen(QHostAddress::LocalHost, 0);
}

void FakeBroker::onNewConnection()
{
    while (QTcpSocket *socket = m_server.nextPendingConnection()) {
        if (m_socket)
            m_socket->abort();
        m_socket = socket;
        ++m_connections;
        m_decoder = PacketDecoder(m_version);
        connect(socket, &QTcpSocket::readyRead, this, &FakeBroker::onReadyRead);
        connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
    }
}

void FakeBroker::onReadyRead()
{
    QPointer<QTcpSocket> socket = qobject_cast<QTcpSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    QList<Packet> packets;
    m_decoder.feed(socket->readAll(), packets);
    for (const Packet &packet : packets) {
        m_received.append(packet);
        if (m_script)
            m_script(*this, packet);
        if (socket != m_socket)
            return;
    }
}

void FakeBroker::send(const Packet &packet)
{
    sendRaw(encodePacket(packet, m_version));
}

void FakeBroker::sendRaw(const QByteArray &bytes)
{
    if (m_socket)
        m_socket->write(bytes);
}

void FakeBroker::sendStreamed(const QByteArray &head, qint64 bodyBytes, char fill)
{
    if (!m_socket)
        return;
    m_socket->write(head);
    m_streamLeft = bodyBytes;
    m_streamFill = fill;
    connect(m_socket, &QTcpSocket::bytesWritten, this, &FakeBroker::pumpStream, Qt::UniqueConnection);
    pumpStream();
}

void FakeBroker::pumpStream()
{
    constexpr qint64 Chunk = 1 << 20;
    // keep about two chunks queued in the socket
    while (m_socket && m_streamLeft > 0 && m_socket->bytesToWrite() < 2 * Chunk) {
        const qint64 n = std::min(Chunk, m_streamLeft);
        m_socket->write(QByteArray(n, m_streamFill));
        m_streamLeft -= n;
    }
}

void FakeBroker::drop()
{
    if (m_socket) {
        // What was sent before the drop still arrives, as from a broker that
        // wrote its last packet and died.
        m_socket->flush();
        m_socket->disconnectFromHost();
        m_socket = nullptr;
    }
}
