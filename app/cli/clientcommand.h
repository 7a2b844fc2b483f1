#pragma once

#include "options.h"
#include "outputstream.h"

#include "client/mqttclient.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <memory>

namespace Signalbox {
class ScriptEngine;
}

namespace Signalbox::Cli {

// Exit codes, as mosquitto_sub/mosquitto_pub where they define one (27 for
// -W, the CONNACK reason code for a refused connection), else libmosquitto's
// error numbers for the same cause.
enum ExitCode : int {
    ExitSuccess = 0,
    ExitFailure = 1, // bad arguments, or the broker could not be reached
    ExitProtocol = 2, // MOSQ_ERR_PROTOCOL
    ExitConnectionLost = 7, // MOSQ_ERR_CONN_LOST
    ExitTls = 8, // MOSQ_ERR_TLS
    ExitKeepAlive = 19, // MOSQ_ERR_KEEPALIVE
    ExitMalformed = 26, // MOSQ_ERR_MALFORMED_PACKET
    ExitTimedOut = 27, // MOSQ_ERR_TIMEOUT, as mosquitto_sub -W
    ExitInterrupted = 130, // a second SIGINT/SIGTERM before the clean disconnect ended
};

// One run of a command against one broker: connects, reports errors as one
// line on stderr, and ends with finished(exitCode) after a clean DISCONNECT.
// Subclasses do the command's work from onConnected().
class ClientCommand : public QObject
{
    Q_OBJECT
public:
    explicit ClientCommand(const Options &options, QObject *parent = nullptr);
    ~ClientCommand() override;

    // Connects (after prepare() succeeded); finished() follows, always.
    void start();
    // SIGINT/SIGTERM: the first disconnects cleanly and ends with 0; a
    // second one ends at once.
    void requestTermination(int signalCount);
    int exitCode() const { return m_exitCode; }

    // The exit code for an error that ended the connection.
    static int exitCodeFor(const Error &error, bool wasConnected);

signals:
    void finished(int exitCode);

protected:
    // Work before connecting (reading a file); false after fail().
    virtual bool prepare() { return true; }
    virtual void onConnected(const ConnackInfo &info) = 0;
    // An error that did not end the connection (a refused subscription, a
    // rejected publish): by default printed, and the command ends with 1.
    virtual void onRequestError(const Error &error);
    // Every tracked publish has been acknowledged or has failed.
    virtual void onAllDelivered() { }

    // Publishes and tracks the delivery: QoS 0 when written, QoS 1/2 when
    // acknowledged. A failed delivery is printed and makes the exit code non-zero.
    bool publish(const OutgoingMessage &message);
    int pendingDeliveries() const { return int(m_pending.size()); }
    // Topic and payload bytes of the publishes not yet settled.
    qint64 pendingBytes() const { return m_pendingBytes; }
    int deliveryFailureCode() const { return m_deliveryFailureCode; }

    // Disconnects cleanly (the DISCONNECT goes after everything queued) and
    // then emits finished(code). Later calls change nothing.
    void finish(int code);
    void fail(int code, const QString &message);
    // --script: the file read and loaded into an engine of its own; nullptr after
    // fail(ExitFailure) with the reason (a syntax error with its line).
    std::unique_ptr<ScriptEngine> loadScript(const QString &path);
    void printError(const QString &message);
    bool isFinishing() const { return m_finishing; }

    MqttClient &client() { return *m_client; }
    const Options &options() const { return m_options; }

private:
    void onErrorOccurred(const Error &error);
    void onDisconnected(const Error &error);
    void onReconnectScheduled(int attempt, int delayMs);
    void onDelivered(const Delivery &delivery);
    void onPackets(const QList<PacketRecord> &packets);
    void checkRequestError();
    void complete();

    Options m_options;
    MqttClient *m_client = nullptr;
    OutputStream m_stderr{2};
    QTimer m_timeoutTimer;
    QTimer m_finishTimer;
    bool m_connected = false;
    bool m_finishing = false;
    bool m_completed = false;
    int m_exitCode = ExitSuccess;
    // errors reported by errorOccurred() and not yet by disconnected() or
    // reconnectScheduled(); what remains at the next event loop pass are request errors
    QList<Error> m_pendingErrors;
    bool m_errorWhileConnected = false;
    bool m_checkScheduled = false;

    QHash<quint64, qint64> m_pending; // tokens of publishes not yet settled, with their sizes
    qint64 m_pendingBytes = 0;
    QSet<quint64> m_settled; // settled before publish() returned their token
    int m_deliveryFailureCode = ExitSuccess;
};

} // namespace Signalbox::Cli
