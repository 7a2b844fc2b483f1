#pragma once

#include "mqtt/message.h"
#include "mqtt/packets.h"

#include <QCoreApplication>
#include <QList>
#include <QSet>
#include <QString>

#include <memory>

namespace Signalbox {

// The client's half of MQTT sessions (MQTT 5.0 §4.1), kept in an SQLite file
// (Qt SQL, WAL journal) so that it survives a restart or a crash: outgoing
// QoS 1/2 messages not yet acknowledged (queued, sent, or released after
// PUBREC), the ids of incoming QoS 2 messages delivered and not yet released,
// and, when enabled, the messages received (history, bounded by a byte size).
// One file holds many sessions, each under a key (see sessionKey()).
//
// Changes go into a transaction that stays open until commit(): MqttClient
// commits before it writes acknowledgements to the socket, so the broker never
// learns of a delivery or a release that the file does not hold yet. A crash of
// the process loses nothing committed (synchronous=NORMAL: a power failure may
// lose the last transactions). Not thread-safe: use it in the thread that opened it.
class SessionStore
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::SessionStore)

public:
    struct Outgoing
    {
        qint64 seq = 0; // order of publication, unique in the session
        PublishPacket packet; // packetId 0 while queued
        bool released = false; // QoS 2: PUBREC received, PUBREL sent
    };
    struct Session
    {
        QList<Outgoing> outgoing; // by seq
        QSet<quint16> inboundQos2;
    };

    SessionStore();
    ~SessionStore();
    SessionStore(const SessionStore &) = delete;
    SessionStore &operator=(const SessionStore &) = delete;

    // Opens (creating when needed) the file; false with *error in words.
    bool open(const QString &path, QString *error = nullptr);
    bool isOpen() const;
    QString path() const;
    // The session's key: broker address and client id ("mqtt://host:1883 client-1").
    static QString sessionKey(const QString &brokerUrl, const QString &clientId);
    // The desktop client's file: sessions.sqlite in the application's data directory.
    static QString defaultPath();

    // Every call below works on the session selected here.
    void setSession(const QString &key);
    Session load();
    // Forgets the session's in-flight state and inbound ids (a clean start);
    // queued messages (never sent) are kept.
    void clearSessionState();

    void addOutgoing(const Outgoing &outgoing);
    void setOutgoingSent(qint64 seq, quint16 packetId);
    void setOutgoingReleased(qint64 seq);
    void setOutgoingQueued(qint64 seq); // back to the queue: the broker forgot the session
    void removeOutgoing(qint64 seq);
    qint64 nextSeq();

    void addInboundQos2(quint16 packetId);
    void removeInboundQos2(quint16 packetId);

    // Message history: received messages appended in the same transaction as
    // the session state, trimmed (oldest first) to about maximumBytes at commit.
    void setHistoryEnabled(bool enabled, qint64 maximumBytes = 256 * 1024 * 1024);
    bool historyEnabled() const;
    void appendHistory(const QList<Message> &messages);
    QList<Message> history(qint64 limit = -1) const; // oldest first
    qint64 historyCount() const;

    // False (and the transaction rolled back) when a change since the last
    // commit failed or the commit itself did; lastError() says why.
    bool commit();
    // The last SQL error in words, empty when none.
    QString lastError() const;

private:
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace Signalbox
