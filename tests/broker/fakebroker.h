#pragma once

#include "mqtt/packetdecoder.h"
#include "mqtt/packets.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

// A scripted broker for what a real one never does: malformed packets,
// connections dropped at an exact point, silence. It listens on a free port of
// 127.0.0.1; every packet a client sends is decoded and handed to the script,
// which answers with packets or raw bytes. One client connection at a time:
// a new one replaces the old.
class FakeBroker : public QObject
{
    Q_OBJECT
public:
    // Called for every packet from the client, in order.
    using Script = std::function<void(FakeBroker &broker, const Signalbox::Packet &packet)>;

    explicit FakeBroker(Signalbox::ProtocolVersion version, QObject *parent = nullptr);
    quint16 port() const { return m_server.serverPort(); }
    void setScript(Script script) { m_script = std::move(script); }

    void send(const Signalbox::Packet &packet);
    void sendRaw(const QByteArray &bytes);
    // Sends `head` and then `bodyBytes` bytes of `fill`, a chunk at a time as
    // the socket drains, so that a huge packet never sits whole in this process.
    void sendStreamed(const QByteArray &head, qint64 bodyBytes, char fill);
    qint64 streamedBytesLeft() const { return m_streamLeft; }
    // Closes the connection at once, after what was already sent (no DISCONNECT).
    void drop();

    // Every packet received, over every connection.
    const QList<Signalbox::Packet> &received() const { return m_received; }
    int connectionCount() const { return m_connections; }
    Signalbox::ProtocolVersion version() const { return m_version; }

    template<typename T>
    QList<T> receivedOf() const
    {
        QList<T> out;
        for (const auto &p : m_received)
            if (const T *t = std::get_if<T>(&p))
                out.append(*t);
        return out;
    }

private:
    void onNewConnection();
    void onReadyRead();

    Signalbox::ProtocolVersion m_version;
    QTcpServer m_server;
    QPointer<QTcpSocket> m_socket;
    Signalbox::PacketDecoder m_decoder;
    Script m_script;
    QList<Signalbox::Packet> m_received;
    int m_connections = 0;
    qint64 m_streamLeft = 0;
    char m_streamFill = 0;
    void pumpStream();
};
