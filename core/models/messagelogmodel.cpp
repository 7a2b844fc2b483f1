#include "models/messagelogmodel.h"
#include "models/datasize.h"

#include "payload/payloadformat.h"
#include "mqtt/topic.h"

#include <QDateTime>
#include <QStringDecoder>

#include <algorithm>
#include <cstring>

namespace Signalbox {

namespace {

constexpr int PreviewChars = 160;

char asciiLower(char c)
{
    return (c >= 'A' && c <= 'Z') ? static_cast<char>(c + ('a' - 'A')) : c;
}

char asciiUpper(char c)
{
    return (c >= 'a' && c <= 'z') ? static_cast<char>(c - ('a' - 'A')) : c;
}

// `needle` is lower case ASCII and not empty.
bool containsAsciiCaseInsensitive(QByteArrayView haystack, QByteArrayView needle)
{
    const qsizetype n = needle.size();
    if (haystack.size() < n)
        return false;
    const char lower = needle.front();
    const char upper = asciiUpper(lower);
    const char *p = haystack.data();
    const char *const last = haystack.data() + haystack.size() - n + 1; // candidates start before this
    const auto find = [&last](const char *from, char c) -> const char * {
        if (from >= last)
            return last;
        const void *hit = std::memchr(from, c, static_cast<size_t>(last - from));
        return hit ? static_cast<const char *>(hit) : last;
    };
    const char *nextLower = find(p, lower);
    const char *nextUpper = lower == upper ? last : find(p, upper);
    while (true) {
        const char *candidate = std::min(nextLower, nextUpper);
        if (candidate >= last)
            return false;
        qsizetype i = 1;
        while (i < n && asciiLower(candidate[i]) == needle[i])
            ++i;
        if (i == n)
            return true;
        if (candidate == nextLower)
            nextLower = find(candidate + 1, lower);
        else
            nextUpper = find(candidate + 1, upper);
    }
}

bool isAscii(const QString &text)
{
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) { return c.unicode() < 0x80; });
}

QString propertyValueText(const Property &p)
{
    if (p.value.typeId() == QMetaType::QByteArray)
        return QString::fromLatin1(p.value.toByteArray().toHex());
    return p.value.toString();
}

QString formatRoundTrip(qint64 us)
{
    return QString::number(static_cast<double>(us) / 1000.0, 'f', us < 1000 ? 1 : 0);
}

} // namespace

bool LogFilter::isEmpty() const
{
    return showReceived && showSent && subscription.isEmpty() && topicFilter.isEmpty() && text.isEmpty();
}

MessageLogModel::MessageLogModel(QObject *parent) : QAbstractTableModel(parent)
{
    m_entryCacheIds.fill(~MessageStore::RowId(0));
    m_flushTimer.setObjectName(QStringLiteral("messageLogFlush"));
    m_flushTimer.setInterval(AnnounceMs);
    m_flushTimer.setSingleShot(true);
    connect(&m_flushTimer, &QTimer::timeout, this, &MessageLogModel::flush);
}

// Rows go into the store at once (the caller's time budget pays for them);
// views hear of them at most every FlushMs, in one rowsInserted.
void MessageLogModel::appendReceived(const QList<Message> &messages)
{
    if (messages.isEmpty())
        return;
    // Of more than the capacity at once, only the newest are kept.
    const qsizetype first = std::max<qsizetype>(0, messages.size() - m_capacity);
    qint64 bytes = 0;
    for (qsizetype i = first; i < messages.size(); ++i)
        bytes += messages.at(i).payload.size();
    makeRoom(messages.size() - first, bytes);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    for (qsizetype i = first; i < messages.size(); ++i) {
        const Message &m = messages.at(i);
        m_store.append(m, MessageStore::Direction::Received, m.receivedAtMs ? m.receivedAtMs : now);
    }
    scheduleFlush();
}

void MessageLogModel::appendSent(quint64 token, const OutgoingMessage &message)
{
    Message m;
    m.topic = message.topic;
    m.payload = message.payload;
    m.qos = message.qos;
    m.retain = message.retain;
    m.properties = message.properties;
    makeRoom(1, m.payload.size());
    m_store.append(m, MessageStore::Direction::Sent, QDateTime::currentMSecsSinceEpoch(), token);
    scheduleFlush();
    if (!m_hasSent) {
        m_hasSent = true;
        emit hasSentChanged(true);
    }
}

void MessageLogModel::makeRoom(qsizetype incomingRows, qint64 incomingBytes)
{
    qsizetype drop = std::max<qsizetype>(0, m_store.size() + incomingRows - m_capacity);
    qint64 excess = m_store.payloadBytes() + incomingBytes - m_byteCapacity;
    if (excess > 0) {
        for (MessageStore::RowId id = m_store.firstId(); id < m_store.endId(); ++id) {
            excess -= m_store.payloadSize(id);
            if (excess <= 0) {
                drop = std::max<qsizetype>(drop, static_cast<qsizetype>(id + 1 - m_store.firstId()));
                break;
            }
        }
        if (excess > 0)
            drop = m_store.size();
    }
    if (drop > 0)
        dropOldest(drop);
}

void MessageLogModel::checkSpill()
{
    if (!m_spillFailureReported && !payloads().spillError().isEmpty()) {
        m_spillFailureReported = true;
        emit spillFailed(payloads().spillError());
    }
}

void MessageLogModel::scheduleFlush()
{
    checkSpill();
    if (!m_flushTimer.isActive() && !m_announcementsHeld && !m_paused)
        m_flushTimer.start();
}

void MessageLogModel::setPaused(bool paused)
{
    if (paused == m_paused)
        return;
    m_paused = paused;
    if (paused) {
        m_flushTimer.stop();
    } else if (!m_announcementsHeld) {
        flush();
    }
    emit pausedChanged(paused);
}

qsizetype MessageLogModel::heldCount() const
{
    return static_cast<qsizetype>(m_store.endId() - std::max(m_announcedEnd, m_store.firstId()));
}

void MessageLogModel::setAnnouncementsHeld(bool held)
{
    if (held == m_announcementsHeld)
        return;
    m_announcementsHeld = held;
    if (held)
        m_flushTimer.stop();
    else if (!m_paused)
        flush();
}

void MessageLogModel::flush()
{
    m_flushTimer.stop();
    if (m_paused)
        return;
    const MessageStore::RowId from = std::max(m_announcedEnd, m_store.firstId());
    m_announcedEnd = m_store.endId();
    if (from >= m_store.endId())
        return;
    invalidateEntryCache();
    std::vector<MessageStore::RowId> accepted;
    accepted.reserve(static_cast<size_t>(m_store.endId() - from));
    for (MessageStore::RowId id = from; id < m_store.endId(); ++id) {
        if (accepts(id))
            accepted.push_back(id);
    }
    // Under a flood the views hear less often: each announcement costs them a
    // layout and a repaint, whatever the number of rows it brings.
    m_flushTimer.setInterval(m_store.endId() - from > FloodRowsPerAnnouncement ? FloodAnnounceMs : AnnounceMs);
    if (!accepted.empty()) {
        const int first = static_cast<int>(m_visible.size());
        beginInsertRows({}, first, first + static_cast<int>(accepted.size()) - 1);
        m_visible.insert(m_visible.end(), accepted.begin(), accepted.end());
        endInsertRows();
    }
    emitCounts();
}

void MessageLogModel::dropOldest(qsizetype count)
{
    count = std::min(count, m_store.size());
    if (count <= 0)
        return;
    invalidateEntryCache();
    const MessageStore::RowId newFirst = m_store.firstId() + static_cast<MessageStore::RowId>(count);
    const auto end = std::lower_bound(m_visible.begin(), m_visible.end(), newFirst);
    const auto removed = static_cast<int>(end - m_visible.begin());
    if (removed > 0) {
        beginRemoveRows({}, 0, removed - 1);
        m_visible.erase(m_visible.begin(), end);
        m_store.dropFront(count);
        endRemoveRows();
    } else {
        m_store.dropFront(count);
    }
}

void MessageLogModel::updateDelivery(const Delivery &delivery)
{
    const auto id = m_store.findToken(delivery.token);
    if (!id)
        return;
    m_store.setDelivery(*id, delivery);
    invalidateEntryCache();
    const auto it = std::lower_bound(m_visible.begin(), m_visible.end(), *id);
    if (it != m_visible.end() && *it == *id) {
        const QModelIndex changed = index(static_cast<int>(it - m_visible.begin()), DeliveryColumn);
        emit dataChanged(changed, changed);
    }
}

void MessageLogModel::clear()
{
    m_annotations.clear();
    beginResetModel();
    m_flushTimer.stop();
    m_store.clear();
    m_announcedEnd = 0;
    m_visible.clear();
    invalidateEntryCache();
    endResetModel();
    emitCounts();
    if (m_hasSent) {
        m_hasSent = false;
        emit hasSentChanged(false);
    }
}

void MessageLogModel::setCapacity(qsizetype rows)
{
    m_capacity = std::max<qsizetype>(1, rows);
    if (m_store.size() > m_capacity) {
        dropOldest(m_store.size() - m_capacity);
        emitCounts();
    }
}

void MessageLogModel::setByteCapacity(qint64 bytes)
{
    m_byteCapacity = std::max<qint64>(0, bytes);
    const qsizetype before = m_store.size();
    makeRoom(0, 0);
    if (m_store.size() != before)
        emitCounts();
}

qsizetype MessageLogModel::totalCount() const
{
    // Rows stored since the last flush() count once they are announced.
    const MessageStore::RowId announced = std::max(m_announcedEnd, m_store.firstId());
    return m_store.size() - static_cast<qsizetype>(m_store.endId() - std::min(announced, m_store.endId()));
}

bool MessageLogModel::setFilter(const LogFilter &filter, QString *error)
{
    Matcher matcher;
    matcher.filter = filter;
    matcher.decoder = QStringDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    matcher.matchAll = filter.isEmpty();
    if (!filter.topicFilter.isEmpty()) {
        const std::optional<QString> why = TopicFilter::validate(filter.topicFilter);
        if (why) {
            if (error)
                *error = *why;
            return false;
        }
    }
    if (!filter.text.isEmpty()) {
        if (filter.regularExpression) {
            matcher.regex.setPattern(filter.text);
            if (!filter.caseSensitive)
                matcher.regex.setPatternOptions(QRegularExpression::CaseInsensitiveOption);
            if (!matcher.regex.isValid()) {
                if (error)
                    *error = tr("Invalid regular expression at position %1: %2.")
                                 .arg(matcher.regex.patternErrorOffset())
                                 .arg(matcher.regex.errorString());
                return false;
            }
            matcher.regex.optimize();
        } else if (!filter.caseSensitive && isAscii(filter.text)) {
            matcher.needleLowerAscii = filter.text.toLower().toLatin1();
        } else {
            matcher.needleUtf8 = filter.text.toUtf8();
        }
    }
    if (error)
        error->clear();

    beginResetModel();
    m_filter = filter;
    m_matcher = std::move(matcher);
    resetCaches();
    invalidateEntryCache();
    m_visible.clear();
    // While paused, the held rows stay held: the filter applies to them on resume.
    const MessageStore::RowId end = m_paused ? std::max(m_announcedEnd, m_store.firstId()) : m_store.endId();
    for (MessageStore::RowId id = m_store.firstId(); id < end; ++id) {
        if (accepts(id))
            m_visible.push_back(id);
    }
    m_announcedEnd = end;
    m_flushTimer.stop();
    endResetModel();
    emitCounts();
    return true;
}

void MessageLogModel::setSubscriptionColor(const QString &filter, const QVariant &color)
{
    if (color.isValid())
        m_colors.insert(filter, color);
    else
        m_colors.remove(filter);
    if (!m_visible.empty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1), {SubscriptionColorRole});
}

QString MessageLogModel::propertiesSummary(const Properties &properties, SummaryForm form)
{
    if (properties.isEmpty())
        return {};
    const bool shown = form == SummaryForm::Display;
    QStringList parts;
    bool userDone = false;
    bool subscriptionIdsDone = false;
    for (const Property &p : properties.items()) {
        switch (p.id) {
        case PropertyId::PayloadFormatIndicator:
            if (shown)
                parts << (p.value.toUInt() == 1 ? tr("UTF-8 text") : tr("binary payload"));
            else
                parts << QStringLiteral("format=%1")
                             .arg(p.value.toUInt() == 1 ? QStringLiteral("utf-8") : QStringLiteral("bytes"));
            break;
        case PropertyId::MessageExpiryInterval:
            parts << (shown ? tr("expires after %1 s") : QStringLiteral("expiry=%1 s")).arg(p.value.toUInt());
            break;
        case PropertyId::ContentType:
            parts << (shown ? tr("content type %1") : QStringLiteral("content-type=%1")).arg(p.value.toString());
            break;
        case PropertyId::ResponseTopic:
            parts << (shown ? tr("response to %1") : QStringLiteral("response=%1")).arg(p.value.toString());
            break;
        case PropertyId::CorrelationData: // its value: text as text, other bytes in hex
            parts << (shown ? tr("correlation %1") : QStringLiteral("correlation=%1"))
                         .arg(payloadPreview(p.value.toByteArray(), 40));
            break;
        case PropertyId::TopicAlias:
            parts << (shown ? tr("topic alias %1") : QStringLiteral("alias=%1")).arg(p.value.toUInt());
            break;
        case PropertyId::UserProperty: {
            if (userDone)
                break;
            userDone = true;
            QStringList pairs;
            const QList<UserProperty> user = properties.userProperties();
            pairs.reserve(user.size());
            for (const UserProperty &u : user)
                pairs << u.first + QLatin1Char('=') + u.second;
            parts << (shown ? tr("user properties %1") : QStringLiteral("user: %1")).arg(pairs.join(QStringLiteral(", ")));
            break;
        }
        case PropertyId::SubscriptionIdentifier: {
            if (subscriptionIdsDone)
                break;
            subscriptionIdsDone = true;
            QStringList ids;
            const QList<quint32> values = properties.subscriptionIdentifiers();
            ids.reserve(values.size());
            for (quint32 v : values)
                ids << QString::number(v);
            parts << (shown ? tr("subscription id %1") : QStringLiteral("sub-id=%1")).arg(ids.join(QLatin1Char(',')));
            break;
        }
        default:
            parts << propertyName(p.id) + (shown ? QStringLiteral(" ") : QStringLiteral("=")) + propertyValueText(p);
            break;
        }
    }
    return parts.join(QStringLiteral(" · "));
}

void MessageLogModel::resetCaches() const
{
    m_topicCache.assign(m_store.topicIdBound(), -1);
    m_subscriptionCache.assign(m_store.subscriptionsIdBound(), -1);
    m_cacheEpoch = m_store.recycledEpoch();
}

bool MessageLogModel::topicAccepted(quint32 topicId) const
{
    if (topicId >= m_topicCache.size())
        m_topicCache.resize(m_store.topicIdBound(), -1);
    qint8 &cached = m_topicCache[topicId];
    if (cached < 0) {
        const QString &topic = m_store.topicById(topicId);
        const LogFilter &f = m_matcher.filter;
        qint8 bits = 0;
        if (f.topicFilter.isEmpty() || TopicFilter::matches(f.topicFilter, topic))
            bits |= 1;
        if (!f.text.isEmpty()) {
            const bool inTopic = f.regularExpression
                                     ? m_matcher.regex.match(topic).hasMatch()
                                     : topic.contains(f.text, f.caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive);
            if (inTopic)
                bits |= 2;
        }
        cached = bits;
    }
    return cached;
}

bool MessageLogModel::subscriptionAccepted(quint32 listId) const
{
    if (listId >= m_subscriptionCache.size())
        m_subscriptionCache.resize(m_store.subscriptionsIdBound(), -1);
    qint8 &cached = m_subscriptionCache[listId];
    if (cached < 0)
        cached = m_store.subscriptionsById(listId).contains(m_matcher.filter.subscription) ? 1 : 0;
    return cached;
}

bool MessageLogModel::payloadMatches(QByteArrayView payload) const
{
    if (!m_matcher.needleLowerAscii.isEmpty())
        return containsAsciiCaseInsensitive(payload, m_matcher.needleLowerAscii);
    if (!m_matcher.needleUtf8.isEmpty()) {
        if (m_matcher.filter.caseSensitive)
            return std::string_view(payload.data(), static_cast<size_t>(payload.size()))
                       .find(std::string_view(m_matcher.needleUtf8.constData(),
                                              static_cast<size_t>(m_matcher.needleUtf8.size())))
                   != std::string_view::npos;
        return QString::fromUtf8(payload).contains(m_matcher.filter.text, Qt::CaseInsensitive);
    }
    // decoded into one reused buffer: no allocation per row
    QString &text = m_matcher.buffer;
    text.resize(m_matcher.decoder.requiredSpace(payload.size()));
    QChar *end = m_matcher.decoder.appendToBuffer(text.data(), payload);
    text.truncate(end - text.constData());
    // the decoder's output is valid UTF-16 (invalid input becomes U+FFFD)
    return m_matcher.regex
        .match(text, 0, QRegularExpression::NormalMatch, QRegularExpression::DontCheckSubjectStringMatchOption)
        .hasMatch();
}

bool MessageLogModel::accepts(MessageStore::RowId id) const
{
    if (m_matcher.matchAll)
        return true;
    const LogFilter &f = m_matcher.filter;
    const bool sent = m_store.direction(id) == MessageStore::Direction::Sent;
    if (sent ? !f.showSent : !f.showReceived)
        return false;
    if (m_cacheEpoch != m_store.recycledEpoch())
        resetCaches();
    if (!f.subscription.isEmpty() && !subscriptionAccepted(m_store.subscriptionsId(id)))
        return false;
    const quint32 topicId = m_store.topicId(id);
    topicAccepted(topicId);
    const qint8 bits = m_topicCache[topicId];
    if (!(bits & 1))
        return false;
    if (f.text.isEmpty() || (bits & 2))
        return true;
    return payloadMatches(m_store.payload(id));
}

void MessageLogModel::emitCounts()
{
    emit countsChanged(static_cast<qsizetype>(m_visible.size()), totalCount());
}

void MessageLogModel::invalidateEntryCache() const
{
    m_entryCacheIds.fill(~MessageStore::RowId(0));
}

const LogEntry &MessageLogModel::cachedEntry(MessageStore::RowId id) const
{
    for (int i = 0; i < EntryCacheSize; ++i) {
        if (m_entryCacheIds[static_cast<size_t>(i)] == id)
            return m_entryCache[static_cast<size_t>(i)];
    }
    const auto slot = static_cast<size_t>(m_entryCacheNext);
    m_entryCacheNext = (m_entryCacheNext + 1) % EntryCacheSize;
    m_entryCache[slot] = m_store.entry(id);
    m_entryCacheIds[slot] = id;
    return m_entryCache[slot];
}

const LogEntry &MessageLogModel::entry(int row) const
{
    return cachedEntry(m_visible[static_cast<size_t>(row)]);
}

const LogEntry *MessageLogModel::previousOnTopic(int row) const
{
    const auto previous = m_store.previousOnTopic(m_visible[static_cast<size_t>(row)]);
    return previous ? &cachedEntry(*previous) : nullptr;
}

std::vector<MessageLogModel::RowId> MessageLogModel::rowIds(bool filteredOnly) const
{
    std::vector<RowId> ids;
    if (filteredOnly) {
        ids.assign(m_visible.begin(), m_visible.end());
    } else {
        ids.reserve(static_cast<size_t>(m_store.size()));
        for (RowId id = m_store.firstId(); id < m_store.endId(); ++id)
            ids.push_back(id);
    }
    return ids;
}

std::optional<LogEntry> MessageLogModel::entryById(RowId id) const
{
    if (!m_store.contains(id))
        return std::nullopt;
    return m_store.entry(id);
}

QList<Message> MessageLogModel::receivedMessages(const QString &filter, qsizetype limit) const
{
    QList<Message> result;
    if (limit <= 0 || m_store.size() == 0)
        return result;
    std::vector<qint8> matches(m_store.topicIdBound(), -1);
    for (RowId id = m_store.endId(); id > m_store.firstId() && result.size() < limit;) {
        --id;
        if (m_store.direction(id) != MessageStore::Direction::Received)
            continue;
        const quint32 topic = m_store.topicId(id);
        if (topic >= matches.size())
            matches.resize(topic + 1, -1);
        if (matches[topic] < 0)
            matches[topic] = TopicFilter::matches(filter, m_store.topicById(topic)) ? 1 : 0;
        if (matches[topic] == 0)
            continue;
        Message m;
        m.topic = m_store.topicById(topic);
        m.payload = m_store.payload(id).toByteArray();
        m.receivedAtMs = m_store.timeMs(id);
        result.append(std::move(m));
    }
    std::reverse(result.begin(), result.end());
    return result;
}

int MessageLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_visible.size());
}

int MessageLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MessageLogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MessageStore::RowId id = m_visible[static_cast<size_t>(index.row())];
    const bool sent = m_store.direction(id) == MessageStore::Direction::Sent;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TimeColumn:
            return QDateTime::fromMSecsSinceEpoch(m_store.timeMs(id)).toString(QStringLiteral("HH:mm:ss.zzz"));
        case DirectionColumn: // an arrow: the words are in its tooltip
            return sent ? QStringLiteral("\u2191") : QStringLiteral("\u2193");
        case TopicColumn:
            return m_store.topic(id);
        case QosColumn:
            return m_store.qos(id);
        case RetainColumn:
            return m_store.retain(id) ? QStringLiteral("R") : QString();
        case SizeColumn:
            return formatDataSize(m_store.payloadSize(id));
        case PayloadColumn:
            if (m_annotator) {
                if (const auto &a = annotation(id); a && !a->preview.isEmpty())
                    return a->preview;
            }
            return payloadPreview(m_store.payload(id), PreviewChars);
        case DeliveryColumn: {
            if (!sent)
                return QString();
            const LogEntry &e = cachedEntry(id);
            switch (e.delivery) {
            case Delivery::State::Queued:
                return tr("Queued");
            case Delivery::State::Sent:
                return tr("Sent");
            case Delivery::State::Received:
                return tr("Received by broker");
            case Delivery::State::Acknowledged:
                return e.roundTripUs >= 0 ? tr("Acknowledged %1 ms").arg(formatRoundTrip(e.roundTripUs))
                                          : tr("Acknowledged");
            case Delivery::State::Failed:
                return tr("Failed: %1")
                    .arg(e.reasonString.isEmpty() ? tr("reason code 0x%1").arg(e.reason, 2, 16, QLatin1Char('0'))
                                                  : e.reasonString);
            }
            return QString();
        }
        default:
            return {};
        }
    case Qt::ToolTipRole: {
        if (index.column() == DirectionColumn)
            return sent ? tr("Sent") : tr("Received");
        if (index.column() == RetainColumn)
            return m_store.retain(id) ? tr("Retained") : QVariant();
        if (index.column() != TopicColumn && index.column() != PayloadColumn)
            return {};
        const QString summary = propertiesSummary(cachedEntry(id).message.properties, SummaryForm::Display);
        const QString properties = summary.isEmpty() ? QString() : tr("Properties: %1").arg(summary);
        if (index.column() == PayloadColumn) {
            QStringList lines;
            if (m_annotator) {
                if (const auto &a = annotation(id); a && !a->problem.isEmpty())
                    lines << a->problem;
            }
            if (!properties.isEmpty())
                lines << properties;
            return lines.isEmpty() ? QVariant() : QVariant(lines.join(QLatin1Char('\n')));
        }
        return properties.isEmpty() ? m_store.topic(id) : m_store.topic(id) + QLatin1Char('\n') + properties;
    }
    case Qt::TextAlignmentRole:
        if (index.column() == QosColumn || index.column() == SizeColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        if (index.column() == DirectionColumn || index.column() == RetainColumn)
            return QVariant::fromValue(Qt::AlignCenter);
        return {};
    case EntryRole:
        return QVariant::fromValue(reinterpret_cast<quintptr>(&cachedEntry(id)));
    case PayloadRole:
        return m_store.payload(id).toByteArray();
    case TopicRole:
        return m_store.topic(id);
    case DirectionRole:
        return static_cast<int>(sent ? LogEntry::Direction::Sent : LogEntry::Direction::Received);
    case SubscriptionRole: {
        const QStringList &subscriptions = m_store.subscriptions(id);
        return subscriptions.isEmpty() ? QString() : subscriptions.first();
    }
    case SubscriptionColorRole: {
        const QStringList &subscriptions = m_store.subscriptions(id);
        return subscriptions.isEmpty() ? QVariant() : m_colors.value(subscriptions.first());
    }
    case DeliveryStateRole:
        return static_cast<int>(m_store.delivery(id));
    case PropertiesRole:
        return propertiesSummary(cachedEntry(id).message.properties, SummaryForm::Display);
    case PayloadProblemRole:
        if (m_annotator) {
            if (const auto &a = annotation(id))
                return a->problem;
        }
        return QString();
    default:
        return {};
    }
}

void MessageLogModel::setPayloadAnnotator(PayloadAnnotator annotator)
{
    m_annotator = std::move(annotator);
    annotationsChanged();
}

void MessageLogModel::annotationsChanged()
{
    m_annotations.clear();
    if (!m_visible.empty())
        emit dataChanged(index(0, PayloadColumn), index(rowCount() - 1, PayloadColumn));
}

const std::optional<MessageLogModel::PayloadAnnotation> &MessageLogModel::annotation(MessageStore::RowId id) const
{
    if (auto *cached = m_annotations.object(id))
        return *cached;
    auto *a = new std::optional<PayloadAnnotation>(m_annotator(m_store.topic(id), m_store.payload(id).toByteArray()));
    m_annotations.insert(id, a);
    return *a;
}

QVariant MessageLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal && role == Qt::ToolTipRole) {
        if (section == DirectionColumn)
            return tr("Direction: \u2193 received, \u2191 sent");
        if (section == RetainColumn)
            return tr("R: the broker kept this message as its topic's retained message");
        return {};
    }
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case DirectionColumn:
        return QStringLiteral("\u21c5");
    case TopicColumn:
        return tr("Topic");
    case QosColumn:
        return tr("QoS");
    case RetainColumn:
        return QStringLiteral("R");
    case SizeColumn:
        return tr("Size");
    case PayloadColumn:
        return tr("Payload");
    case DeliveryColumn:
        return tr("Delivery");
    default:
        return {};
    }
}

} // namespace Signalbox
