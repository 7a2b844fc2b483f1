#pragma once

#include "mqtt/message.h"
#include "models/messagestore.h"

#include <QAbstractTableModel>
#include <QCache>
#include <QHash>
#include <QRegularExpression>
#include <QStringDecoder>
#include <QTimer>

#include <array>
#include <deque>
#include <functional>
#include <optional>
#include <vector>

namespace Signalbox {

// One row of the message log.
struct LogEntry
{
    using Direction = MessageStore::Direction;
    Message message; // for Sent: topic, payload, qos, retain, properties
    Direction direction = Direction::Received;
    qint64 timeMs = 0;
    quint64 token = 0; // Sent: the token publish() returned
    Delivery::State delivery = Delivery::State::Queued; // Sent
    qint64 roundTripUs = -1;
    quint8 reason = 0;
    QString reasonString;
};

// What the log shows.
struct LogFilter
{
    bool showReceived = true;
    bool showSent = true;
    QString subscription; // only messages that matched this filter ("" = all)
    QString topicFilter; // MQTT filter the topic must match ("" = all)
    QString text; // in topic or payload
    bool regularExpression = false;
    bool caseSensitive = false;
    bool isEmpty() const;
};

// The message log of one connection: every message received and sent, kept
// in arrival order up to a capacity (oldest dropped first), with a filter that
// also applies to rows that arrive after it is set. Rows are appended in
// batches from a 50 ms timer, so a flood costs one rowsInserted per batch.
// Lives in the GUI thread.
class MessageLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        TimeColumn,
        DirectionColumn,
        TopicColumn,
        QosColumn,
        RetainColumn,
        SizeColumn,
        PayloadColumn,
        DeliveryColumn,
        ColumnCount
    };
    enum Role {
        EntryRole = Qt::UserRole, // const LogEntry * as quintptr (valid until the next change)
        PayloadRole, // QByteArray
        TopicRole, // QString
        DirectionRole, // int (LogEntry::Direction)
        SubscriptionRole, // QString: the first matched filter
        SubscriptionColorRole, // what setSubscriptionColor() gave for that filter
        DeliveryStateRole, // int (Delivery::State)
        PropertiesRole, // QString: propertiesSummary(Display) of the row, "" when it has none
        PayloadProblemRole, // QString: what the annotator flagged (a decode error, schema violations), "" for none
    };
    Q_ENUM(Role)

    explicit MessageLogModel(QObject *parent = nullptr);

    // The connection's topic table, shared with its other per-topic tables
    // (see MessageStore::setTopicTable); set it while the log is empty.
    void setTopicTable(std::shared_ptr<TopicTable> table)
    {
        m_store.setTopicTable(std::move(table));
        resetCaches();
    }
    const TopicTable &topicTable() const { return m_store.topicTable(); }

    void appendReceived(const QList<Message> &messages);
    void appendSent(quint64 token, const OutgoingMessage &message);
    void updateDelivery(const Delivery &delivery);
    void clear();

    void setCapacity(qsizetype rows); // default 1,000,000
    qsizetype capacity() const { return m_capacity; }
    // The payload bytes kept, in memory and spilled together (default 4 GiB):
    // past it the oldest rows go, as past the row capacity.
    void setByteCapacity(qint64 bytes);
    qint64 byteCapacity() const { return m_byteCapacity; }
    qsizetype totalCount() const; // rows stored and announced (flushed), filtered or not
    // The payloads' memory limit and spill directory (see PayloadArena).
    PayloadArena &payloads() { return m_store.payloads(); }
    const PayloadArena &payloads() const { return m_store.payloads(); }

    // A filter is applied to all stored rows at once and to every later row.
    // Returns false (and leaves the filter as it was) for an invalid regular
    // expression or topic filter, with the reason in *error.
    bool setFilter(const LogFilter &filter, QString *error = nullptr);
    const LogFilter &filter() const { return m_filter; }

    void setSubscriptionColor(const QString &filter, const QVariant &color);

    // MQTT 5 properties on one line, in wire order, user properties and
    // subscription identifiers each gathered at their first place:
    // "content-type=application/json · expiry=60 s · user: sensor=temp, unit=C
    // · response=a/b · correlation=3 bytes · sub-id=1,2"; "" for none.
    // Display: the same in the user's words and language ("expires after
    // 60 s · content type application/json · …"), for the chat and tooltips;
    // Export keeps the stable keys above (CSV export, scripts).
    enum class SummaryForm { Export, Display };
    static QString propertiesSummary(const Properties &properties, SummaryForm form = SummaryForm::Export);

    // Row of this (filtered) model. Rows are stored compactly and the entry is
    // made on request: the reference stays valid until the next change to the
    // model and for at least the next 31 calls to entry(), previousOnTopic()
    // or data(EntryRole).
    const LogEntry &entry(int row) const;
    // The previous row (in the whole log, filtered or not) on the same topic,
    // or nullptr if there is none (or it was dropped). Valid as entry() is.
    const LogEntry *previousOnTopic(int row) const;

    // For long jobs (export) that must survive rows arriving and being
    // dropped meanwhile: the ids of the shown rows (filteredOnly) or of all
    // stored rows, oldest first, and the entry of an id while it is stored.
    using RowId = MessageStore::RowId;
    std::vector<RowId> rowIds(bool filteredOnly) const;
    std::optional<LogEntry> entryById(RowId id) const;
    // The newest `limit` received messages stored (filtered out or not) whose topic
    // matches filter, oldest first: topic, payload and receivedAtMs (the row's time).
    // Walks the rows from the newest until it has them, checking each topic once.
    QList<Message> receivedMessages(const QString &filter, qsizetype limit) const;

    // Forces pending rows in now (tests; the timer does it otherwise).
    void flush();
    // While held (no view shows the log), rows are stored as they come but
    // announced only when the hold ends, in one rowsInserted, or at flush():
    // a hidden table need not lay out a million rows 20 times a second.
    void setAnnouncementsHeld(bool held);
    bool announcementsHeld() const { return m_announcementsHeld; }
    // The user's pause: rows go on being stored (nothing is lost; the oldest
    // still go past the capacity) but the views see none of them until
    // resumed, then all at once. flush() does not end it. heldCount() is how
    // many rows arrived meanwhile.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }
    qsizetype heldCount() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Whether a sent message was logged since the last clear(): the view
    // shows the Delivery column only then.
    bool hasSent() const { return m_hasSent; }

    // What a row's Payload column shows in place of the raw preview (what a
    // decoder or script made of it), and a problem to flag on the row (a payload
    // that does not decode, schema violations). Asked for visible rows only and
    // kept per row until annotationsChanged(); nullopt: the raw preview, no flag.
    struct PayloadAnnotation
    {
        QString preview;
        QString problem;
    };
    using PayloadAnnotator =
        std::function<std::optional<PayloadAnnotation>(const QString &topic, const QByteArray &payload)>;
    void setPayloadAnnotator(PayloadAnnotator annotator);
    // The annotator's answers changed (new bindings, a script's result came in).
    void annotationsChanged();

signals:
    void countsChanged(qsizetype shown, qsizetype total);
    void hasSentChanged(bool hasSent);
    void pausedChanged(bool paused);
    // Payloads could not be spilled to disk and stay in memory (once).
    void spillFailed(const QString &reason);

private:
    const std::optional<PayloadAnnotation> &annotation(MessageStore::RowId id) const;

    // The compiled form of m_filter.
    struct Matcher
    {
        LogFilter filter;
        QRegularExpression regex;
        QByteArray needleUtf8; // case-sensitive or non-ASCII text
        QByteArray needleLowerAscii; // case-insensitive ASCII text
        bool matchAll = true;
        QStringDecoder decoder;
        QString buffer;
    };

    bool accepts(MessageStore::RowId id) const;
    bool payloadMatches(QByteArrayView payload) const;
    bool topicAccepted(quint32 topicId) const;
    bool subscriptionAccepted(quint32 listId) const;
    void resetCaches() const;
    void dropOldest(qsizetype count);
    void makeRoom(qsizetype incomingRows, qint64 incomingBytes);
    void scheduleFlush();
    void checkSpill();
    void emitCounts();
    const LogEntry &cachedEntry(MessageStore::RowId id) const;
    void invalidateEntryCache() const;

    MessageStore m_store;
    std::deque<MessageStore::RowId> m_visible;
    MessageStore::RowId m_announcedEnd = 0; // rows from here on are stored, not yet in rowsInserted
    qsizetype m_capacity = 1'000'000;
    qint64 m_byteCapacity = 4LL * 1024 * 1024 * 1024;
    LogFilter m_filter;
    mutable Matcher m_matcher; // its decoder and buffer change while matching
    QHash<QString, QVariant> m_colors;
    QTimer m_flushTimer;
    bool m_spillFailureReported = false;
    bool m_announcementsHeld = false;
    bool m_paused = false;
    bool m_hasSent = false;

    // Answers per interned id, -1 while unknown. Topic: bit 0 the topic
    // filter matches, bit 1 the text is in the topic. Subscription list: 0 or 1.
    mutable std::vector<qint8> m_topicCache;
    mutable std::vector<qint8> m_subscriptionCache;
    mutable quint64 m_cacheEpoch = 0;

    static constexpr int EntryCacheSize = 32;
    // Rows are announced every AnnounceMs, or every FloodAnnounceMs after an
    // announcement of more than FloodRowsPerAnnouncement rows (10,000 a second).
    static constexpr int AnnounceMs = 50;
    static constexpr int FloodAnnounceMs = 150;
    static constexpr MessageStore::RowId FloodRowsPerAnnouncement = 500;
    mutable std::array<LogEntry, EntryCacheSize> m_entryCache;
    mutable std::array<MessageStore::RowId, EntryCacheSize> m_entryCacheIds;
    mutable int m_entryCacheNext = 0;
    PayloadAnnotator m_annotator;
    mutable QCache<MessageStore::RowId, std::optional<PayloadAnnotation>> m_annotations{4096};
};

} // namespace Signalbox
