#pragma once

#include "client/connectionprofile.h"
#include "mqtt/error.h"
#include "mqtt/message.h"
#include "mqtt/topictable.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QStringList>
#include <QTimer>

#include <algorithm>
#include <deque>
#include <memory>
#include <optional>
#include <vector>

namespace Signalbox {

class MqttClient;
struct Delivery;
struct SubscribeResult;

// How old a retained message is. The broker does not say: sinceMs counts from
// the first time its current payload was seen (live, or retained when atLeast).
struct RetainedAge
{
    qint64 sinceMs = 0;
    bool atLeast = true; // first seen as an already stored retained message: older than that
    friend bool operator==(const RetainedAge &, const RetainedAge &) = default;
};

// Lists, clears and restores the retained messages under a topic filter.
//
// Each operation uses its own short-lived MqttClient, made from a copy of the
// profile (client id "<id>-retained-<random>", clean start, no session expiry,
// no will, no auto-reconnect, no maximum packet size), living in this object's
// thread; the user's own connection is untouched. One operation at a time:
// starting one while busy fails. Every result signal is emitted from the event
// loop, never from inside the call that started the operation, and exactly one
// of them (scanned/cleared/restored, or failed) ends each operation.
class RetainedScan : public QObject
{
    Q_OBJECT
public:
    enum class Operation { None, Scan, Clear, Restore };
    Q_ENUM(Operation)

    static constexpr int DefaultQuietMs = 500;
    static constexpr int DefaultMaximumMessages = 1'000'000;
    static constexpr qsizetype MaximumRememberedTopics = 200'000;

    explicit RetainedScan(const ConnectionProfile &profile = {}, QObject *parent = nullptr);
    ~RetainedScan() override;

    // Takes effect at the next operation.
    void setProfile(const ConnectionProfile &profile);
    const ConnectionProfile &profile() const { return m_profile; }
    // The profile's URL without password, written into restore files.
    QString brokerDescription() const;

    // A scan ends when no retained message arrived for this long after the SUBACK.
    void setQuietMs(int ms) { m_quietMs = std::max(1, ms); }
    int quietMs() const { return m_quietMs; }
    // A scan ends after this many retained messages (lastScanTruncated() then says so).
    void setMaximumMessages(int count) { m_maximumMessages = std::max(1, count); }
    int maximumMessages() const { return m_maximumMessages; }
    bool lastScanTruncated() const { return m_truncated; }

    Operation operation() const { return m_operation; }
    bool isBusy() const { return m_operation != Operation::None; }

    // Subscribes to filter at QoS 2 (so each message keeps the QoS it was
    // stored with) and collects the messages that arrive with the retain
    // flag: scanned() with them sorted by topic, or failed() (an invalid or
    // shared filter, an unreachable broker, a refused connection or
    // subscription). Scan results are noted for ageOf().
    void scan(const QString &filter);
    // Writes the restore file first (nothing is cleared when that fails), then
    // publishes an empty retained QoS 1 message to each topic. cleared() once
    // every PUBACK is in: count acknowledged, failedTopics those refused (5.0
    // reason >= 0x80) or unanswered because the connection was lost. failed()
    // when the file cannot be written or the connection cannot be made.
    void clear(const QList<Signalbox::Message> &messages, const QString &restoreFilePath);
    // Publishes every message of a restore file retained, with its QoS and
    // (5.0) properties; restored() as clear() reports cleared(). failed() when
    // the file cannot be read or the connection cannot be made.
    void restore(const QString &restoreFilePath);
    // Ends the running operation with failed() (kind None, "Cancelled.").
    void cancel();

    // The restore file: JSON {"format": "signalbox-retained", "version": 1,
    // "broker", "savedAt", "messages": [{"topic", "payload" (Base64), "qos",
    // "properties" (Properties::toJson(), when any)}]}. Written atomically;
    // false with *error (one sentence) on failure.
    static bool writeRestoreFile(const QString &path, const QList<Signalbox::Message> &messages,
                                 const QString &brokerDescription, QString *error);
    // Nothing, with *error set, when the file cannot be read, is not JSON, is
    // not a restore file or has a bad entry (the sentence names which); *error
    // is cleared on success. A file without messages gives an empty list. The
    // messages come back retained.
    static std::optional<QList<Signalbox::Message>> readRestoreFile(const QString &path, QString *error);

    // Remembers when each topic's current payload was first seen: feed it with
    // everything the user's connection receives. retain=0 counts as seen live
    // (at its receivedAtMs); retain=1 as already stored then. At most
    // MaximumRememberedTopics topics are remembered; later new ones are not.
    // An empty payload (a deleted retained message) forgets its topic.
    void noteMessages(const QList<Signalbox::Message> &messages);
    // Age of m at nowMs: from its payload's first sighting if remembered, else
    // from m.receivedAtMs with atLeast set.
    RetainedAge ageOf(const Signalbox::Message &m, qint64 nowMs) const;
    // The same with the payload's hash computed beforehand (views cache it per row).
    RetainedAge ageOf(const QString &topic, size_t payloadHash, qint64 receivedAtMs, qint64 nowMs) const;
    static size_t payloadHash(const QByteArray &payload) { return qHash(payload, 0); }
    qsizetype rememberedTopics() const { return m_remembered; }
    void forgetAges();
    // The connection's topic table, shared with its other per-topic tables;
    // the scan's own until this is called. Set it while no age is remembered.
    void setTopicTable(std::shared_ptr<TopicTable> table);

signals:
    // Scan: retained messages found so far; clear/restore: messages acknowledged so far.
    void progress(int count);
    void scanned(const QList<Signalbox::Message> &retained);
    void cleared(int count, const QStringList &failedTopics);
    void restored(int count, const QStringList &failedTopics);
    void failed(const Signalbox::Error &error);
    void busyChanged(bool busy);

private:
    struct Seen
    {
        bool remembered = false;
        size_t payloadHash = 0;
        qint64 firstSeenMs = 0;
        bool seenLive = false;
    };
    const Seen *findSeen(const QString &topic) const;
    void forgetSeen(const QString &topic);

    bool begin(Operation operation);
    void startClient();
    void finish();
    void fail(ErrorKind kind, const QString &message, quint8 reason = 0);
    void failLater(ErrorKind kind, const QString &message);
    void failBusy();
    void onConnected();
    void onDisconnected(const Signalbox::Error &error);
    void onSubscribed(const Signalbox::SubscribeResult &result);
    void onMessages(const QList<Signalbox::Message> &messages);
    void onDelivered(const Signalbox::Delivery &delivery);
    void finishScan();
    void publishMore();
    void finishPublishing();

    ConnectionProfile m_profile;
    int m_quietMs = DefaultQuietMs;
    int m_maximumMessages = DefaultMaximumMessages;
    Operation m_operation = Operation::None;
    QPointer<MqttClient> m_client;
    bool m_connected = false;

    // scan
    QString m_filter;
    bool m_subacked = false;
    bool m_truncated = false;
    QHash<QString, Message> m_found;
    QTimer m_quietTimer;

    // clear / restore
    QList<OutgoingMessage> m_outgoing;
    qsizetype m_nextOutgoing = 0;
    QHash<quint64, QString> m_pending; // token -> topic
    int m_acknowledged = 0;
    QStringList m_failedTopics;

    // What noteMessages() remembers, by topic table id.
    std::shared_ptr<TopicTable> m_topicTable = std::make_shared<TopicTable>();
    ByTopic<Seen> m_seen;
    qsizetype m_remembered = 0;
};

} // namespace Signalbox
