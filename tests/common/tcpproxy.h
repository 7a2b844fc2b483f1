#pragma once

#include <QList>
#include <QObject>
#include <QTcpServer>

namespace Signalbox::Test {

// A TCP proxy for fault tests: listens on a free port of 127.0.0.1 and forwards
// every connection to targetPort on 127.0.0.1, byte for byte, both ways.
//
// setBlackhole(true) makes a half-open network: bytes in both directions are
// read and dropped, no socket is closed, and a side that closes its end is not
// told to the other (its peer stays open until dropConnections(), as a peer
// behind a dead link would). New connections made meanwhile are blackholed too.
// dropConnections() closes both ends of every connection at once (a reset).
//
// Lives in one thread; needs that thread's event loop.
class TcpProxy : public QObject
{
    Q_OBJECT
public:
    explicit TcpProxy(quint16 targetPort, QObject *parent = nullptr);
    ~TcpProxy() override;

    // Starts listening; false with errorString() when it cannot.
    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }

    void setBlackhole(bool on);
    bool isBlackhole() const { return m_blackhole; }
    void dropConnections();

    int connectionCount() const { return int(m_pairs.size()); } // open or half-open
    int acceptedCount() const { return m_accepted; }
    qint64 bytesToTarget() const { return m_bytesToTarget; } // forwarded
    qint64 bytesFromTarget() const { return m_bytesFromTarget; } // forwarded
    qint64 bytesDropped() const { return m_bytesDropped; } // by the blackhole

signals:
    void connectionAccepted();

private:
    struct Pair;

    void onNewConnection();
    void forward(Pair *pair, bool fromClient);
    void onClosed(Pair *pair, bool clientSide);
    void remove(Pair *pair);

    QTcpServer m_server;
    quint16 m_targetPort = 0;
    bool m_blackhole = false;
    QList<Pair *> m_pairs;
    int m_accepted = 0;
    qint64 m_bytesToTarget = 0;
    qint64 m_bytesFromTarget = 0;
    qint64 m_bytesDropped = 0;
};

} // namespace Signalbox::Test
