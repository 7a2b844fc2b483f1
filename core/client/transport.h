#pragma once

#include "client/connectionprofile.h"
#include "mqtt/error.h"

#include <QByteArray>
#include <QObject>
#include <QString>

namespace Signalbox {

// A byte stream to a broker: TCP, TLS, WebSocket, secure WebSocket or a Unix
// domain socket, chosen by the profile's scheme. MqttClient owns one per connection attempt.
//
// open() ends in exactly one of opened() or failed(). After opened(), the
// stream ends with closed() (either side closed it cleanly) or failed() (it
// broke). abort() ends it at once and emits nothing. Not thread-safe: use it
// in the thread it lives in.
class Transport : public QObject
{
    Q_OBJECT
public:
    // Never null; the scheme decides the kind.
    static Transport *create(const ConnectionProfile &profile, QObject *parent = nullptr);

    virtual void open() = 0;
    virtual void write(const QByteArray &data) = 0;
    // Takes every byte received so far.
    virtual QByteArray readAll() = 0;
    // Sends what is buffered, then closes; emits closed().
    virtual void close() = 0;
    virtual void abort() = 0;
    // Takes nothing from the network for `ms` milliseconds, so that the next
    // read brings more at once: under a flood that needs no answers, fewer
    // and larger reads cost far less CPU. readyRead() follows the pause if
    // anything is waiting. A transport that cannot pause ignores it.
    virtual void pauseReading(int ms) { Q_UNUSED(ms); }
    // Holds reading until called with false (back-pressure: the client's
    // consumer fell behind). A plain TCP socket then takes nothing more from
    // the network, so TCP holds the broker; TLS and WebSocket transports keep
    // buffering what arrives (Qt gives them no bounded read buffer) and the
    // client leaves it unread. readyRead() follows the end of a hold if
    // anything is waiting.
    virtual void setReadingHeld(bool held) { Q_UNUSED(held); }
    // Bytes given to write() that the operating system has not taken yet
    // (they wait in the socket's buffer); bytesWritten() says when it took some.
    virtual qint64 bytesToWrite() const { return 0; }
    // "broker.local:8883" (the socket's path for unix://), for error sentences.
    QString peerName() const;

signals:
    void opened();
    void readyRead();
    void closed();
    void failed(const Signalbox::Error &error);
    void bytesWritten(qint64 bytes);

protected:
    explicit Transport(const ConnectionProfile &profile, QObject *parent);
    virtual void abortSocket() = 0;
    // The first of fail() and emitClosedOnce() ends the stream; later calls do nothing.
    void fail(const Error &error);
    void emitClosedOnce();

    ConnectionProfile m_profile;
    bool m_done = false;
};

} // namespace Signalbox
