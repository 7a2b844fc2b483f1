#include "mqtt/topic.h"

#include <QCoreApplication>

namespace Signalbox {

// The translation context of this file's sentences.
class TopicText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Topic)
};

namespace {

const QLatin1String SharePrefix("$share/");

// MQTT 5.0 §1.5.4: UTF-8 strings are at most 65535 bytes.
constexpr qsizetype MaxUtf8Bytes = 65535;

// How many bytes `text` takes as UTF-8 (an unpaired surrogate counts as 3,
// as QString::toUtf8() writes a replacement character for it).
qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80) {
            bytes += 1;
        } else if (c < 0x800) {
            bytes += 2;
        } else if (QChar::isHighSurrogate(c) && i + 1 < text.size() && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else {
            bytes += 3;
        }
    }
    return bytes;
}

bool hasUnpairedSurrogate(QStringView text)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate()) {
            if (i + 1 >= text.size() || !text[i + 1].isLowSurrogate())
                return true;
            ++i;
        } else if (c.isLowSurrogate()) {
            return true;
        }
    }
    return false;
}

// The checks topic names and filters share: MQTT 5.0 §1.5.4 and §4.7.3.
std::optional<QString> validateString(QStringView text, bool isFilter)
{
    if (text.isEmpty()) {
        // MQTT 5.0 §4.7.3: topic names and filters are at least one character long.
        return isFilter ? TopicText::tr("A topic filter may not be empty; use '#' to subscribe to every topic.")
                        : TopicText::tr("A topic name may not be empty.");
    }
    // MQTT 5.0 §4.7.3: no null character.
    if (text.contains(QChar(u'\0'))) {
        return isFilter ? TopicText::tr("Topic filters may not contain the null character (U+0000).")
                        : TopicText::tr("Topic names may not contain the null character (U+0000).");
    }
    // MQTT 5.0 §1.5.4: well-formed UTF-8 only, so no lone surrogate halves.
    if (hasUnpairedSurrogate(text)) {
        return isFilter ? TopicText::tr(
                   "Topic filters may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.")
                        : TopicText::tr(
                            "Topic names may not contain an unpaired UTF-16 surrogate; it cannot be encoded as UTF-8.");
    }
    const qsizetype bytes = utf8Length(text);
    if (bytes > MaxUtf8Bytes) {
        return (isFilter ? TopicText::tr("A topic filter may be at most 65535 bytes of UTF-8; this one has %1.")
                         : TopicText::tr("A topic name may be at most 65535 bytes of UTF-8; this one has %1."))
            .arg(bytes);
    }
    return {};
}

// The filter levels alone, after the checks of validateString().
std::optional<QString> validateLevels(QStringView filter)
{
    qsizetype start = 0;
    while (true) {
        qsizetype end = filter.indexOf(u'/', start);
        const bool last = end < 0;
        if (last)
            end = filter.size();
        const QStringView level = filter.sliced(start, end - start);
        if (level == u"#") {
            // MQTT 5.0 §4.7.1.2: '#' must be the last character, after a separator or alone.
            if (!last)
                return TopicText::tr("The '#' wildcard must be the last level of a filter, as in 'sensors/#'.");
        } else if (level.contains(u'#')) {
            return TopicText::tr("The '#' wildcard must occupy a whole level, as in 'sensors/#', not 'sensors#'.");
        } else if (level != u"+" && level.contains(u'+')) {
            // MQTT 5.0 §4.7.1.3: '+' must occupy an entire level.
            return TopicText::tr(
                "The '+' wildcard must occupy a whole level, as in 'sensors/+/temperature', not 'sensors+'.");
        }
        if (last)
            return {};
        start = end + 1;
    }
}

struct SharedParts
{
    QStringView group;
    QStringView filter;
    bool hasSeparator = false;
};

// Splits "$share/{group}/{filter}" (MQTT 5.0 §4.8.2); nullopt when not shared.
std::optional<SharedParts> splitShared(QStringView filter)
{
    if (!filter.startsWith(SharePrefix))
        return std::nullopt;
    const QStringView rest = filter.sliced(SharePrefix.size());
    const qsizetype slash = rest.indexOf(u'/');
    if (slash < 0)
        return SharedParts{rest, {}, false};
    return SharedParts{rest.first(slash), rest.sliced(slash + 1), true};
}

bool isLiteralLevel(QStringView level)
{
    for (const QChar c : level) {
        if (c == u'+' || c == u'#' || c == u'\0')
            return false;
    }
    return true;
}

bool matchesPlain(QStringView filter, QStringView topic)
{
    if (filter.isEmpty() || topic.isEmpty())
        return false;
    // MQTT 5.0 §4.7.2: a filter starting with a wildcard does not match a topic starting with '$'.
    if (topic.front() == u'$' && (filter.front() == u'+' || filter.front() == u'#'))
        return false;

    qsizetype f = 0;
    qsizetype t = 0;
    bool topicDone = false;
    while (true) {
        qsizetype fEnd = filter.indexOf(u'/', f);
        const bool filterLast = fEnd < 0;
        if (filterLast)
            fEnd = filter.size();
        const QStringView level = filter.sliced(f, fEnd - f);

        // MQTT 5.0 §4.7.1.2: '#' matches the parent level and any number of children.
        if (level == u"#")
            return filterLast;
        if (topicDone)
            return false;

        qsizetype tEnd = topic.indexOf(u'/', t);
        const bool topicLast = tEnd < 0;
        if (topicLast)
            tEnd = topic.size();

        // MQTT 5.0 §4.7.1.3: '+' matches exactly one level, an empty one included.
        if (level != u"+") {
            if (!isLiteralLevel(level) || level != topic.sliced(t, tEnd - t))
                return false;
        }
        if (filterLast)
            return topicLast;
        f = fEnd + 1;
        if (topicLast)
            topicDone = true;
        else
            t = tEnd + 1;
    }
}

// A character that a person cannot see in a topic, or cannot tell from a plain space.
bool isInvisible(char32_t c)
{
    if (c == U' ')
        return false;
    switch (QChar::category(c)) {
    case QChar::Other_Control:
    case QChar::Other_Format:
    case QChar::Separator_Space:
    case QChar::Separator_Line:
    case QChar::Separator_Paragraph:
        return true;
    default:
        return false;
    }
}

bool isSurprising(char32_t c)
{
    return c == U' ' || isInvisible(c);
}

QString codePoint(char32_t c)
{
    return QStringLiteral("U+%1").arg(uint(c), 4, 16, QLatin1Char('0')).toUpper();
}

// "a space", "a zero-width space (U+200B)": the character named for a sentence.
QString describe(char32_t c)
{
    const QString code = codePoint(c);
    switch (c) {
    case U' ':
        return TopicText::tr("a space");
    case U'\t':
        return TopicText::tr("a tab (%1)").arg(code);
    case U'\n':
    case U'\r':
    case U'\u2028':
    case U'\u2029':
        return TopicText::tr("a line break (%1)").arg(code);
    case U'\u00a0':
        return TopicText::tr("a non-breaking space (%1)").arg(code);
    case U'\u00ad':
        return TopicText::tr("a soft hyphen (%1)").arg(code);
    case U'\u200b':
        return TopicText::tr("a zero-width space (%1)").arg(code);
    case U'\u200c':
        return TopicText::tr("a zero-width non-joiner (%1)").arg(code);
    case U'\u200d':
        return TopicText::tr("a zero-width joiner (%1)").arg(code);
    case U'\u2060':
        return TopicText::tr("a word joiner (%1)").arg(code);
    case U'\ufeff':
        return TopicText::tr("a byte order mark (%1)").arg(code);
    default:
        break;
    }
    switch (QChar::category(c)) {
    case QChar::Other_Control:
        return TopicText::tr("a control character (%1)").arg(code);
    case QChar::Separator_Space:
        return TopicText::tr("a space character (%1)").arg(code);
    default:
        return TopicText::tr("an invisible formatting character (%1)").arg(code);
    }
}

// The code points of `text`; an unpaired surrogate stands for itself.
QList<char32_t> codePoints(QStringView text)
{
    QList<char32_t> points;
    points.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c.isHighSurrogate() && i + 1 < text.size() && text[i + 1].isLowSurrogate()) {
            points.append(QChar::surrogateToUcs4(c, text[i + 1]));
            ++i;
        } else {
            points.append(c.unicode());
        }
    }
    return points;
}

std::optional<QString> surprisingCharacters(QStringView text, bool isFilter)
{
    const QList<char32_t> points = codePoints(text);
    if (points.isEmpty())
        return std::nullopt;
    if (isSurprising(points.first())) {
        const QString what = describe(points.first());
        return isFilter ? TopicText::tr("The filter starts with %1.").arg(what)
                        : TopicText::tr("The topic starts with %1.").arg(what);
    }
    if (isSurprising(points.last())) {
        const QString what = describe(points.last());
        return isFilter ? TopicText::tr("The filter ends with %1.").arg(what)
                        : TopicText::tr("The topic ends with %1.").arg(what);
    }
    for (qsizetype i = 1; i + 1 < points.size(); ++i) {
        if (isInvisible(points.at(i))) {
            const QString what = describe(points.at(i));
            return isFilter ? TopicText::tr("The filter contains %1 at character %2.").arg(what).arg(i + 1)
                            : TopicText::tr("The topic contains %1 at character %2.").arg(what).arg(i + 1);
        }
    }
    return std::nullopt;
}

} // namespace

std::optional<QString> TopicName::validate(QStringView name)
{
    if (std::optional<QString> problem = validateString(name, false))
        return problem;
    // MQTT 5.0 §4.7.1: wildcards are for filters only.
    if (name.contains(u'+') || name.contains(u'#'))
        return TopicText::tr(
            "Topic names may not contain the wildcards '+' or '#'; those belong in subscription filters.");
    return std::nullopt;
}

std::optional<QString> TopicName::whitespaceWarning(QStringView name)
{
    return surprisingCharacters(name, false);
}

std::optional<QString> TopicFilter::whitespaceWarning(QStringView filter)
{
    return surprisingCharacters(filter, true);
}

std::optional<QString> TopicFilter::validate(QStringView filter)
{
    if (std::optional<QString> problem = validateString(filter, true))
        return problem;
    if (const std::optional<SharedParts> shared = splitShared(filter)) {
        // MQTT 5.0 §4.8.2: "$share/{ShareName}/{filter}", ShareName at least one
        // character and without '/', '+' or '#'.
        if (shared->group.isEmpty())
            return TopicText::tr("A shared subscription needs a group name, as in '$share/group/sensors/#'.");
        if (shared->group.contains(u'+') || shared->group.contains(u'#'))
            return TopicText::tr("The group name of a shared subscription may not contain '+' or '#'.");
        if (!shared->hasSeparator || shared->filter.isEmpty())
            return TopicText::tr(
                "A shared subscription needs a topic filter after the group name, as in '$share/group/sensors/#'.");
    }
    return validateLevels(filter);
}

bool TopicFilter::matches(QStringView filter, QStringView topic)
{
    if (filter.size() > MaxUtf8Bytes)
        return false;
    if (const std::optional<SharedParts> shared = splitShared(filter)) {
        if (shared->group.isEmpty() || !shared->hasSeparator || !isLiteralLevel(shared->group))
            return false;
        return matchesPlain(shared->filter, topic);
    }
    return matchesPlain(filter, topic);
}

std::optional<QString> TopicFilter::sharedGroup() const
{
    const std::optional<SharedParts> shared = splitShared(m_filter);
    if (!shared || !shared->hasSeparator || shared->group.isEmpty())
        return std::nullopt;
    return shared->group.toString();
}

QString TopicFilter::withoutShare() const
{
    const std::optional<SharedParts> shared = splitShared(m_filter);
    if (!shared || !shared->hasSeparator || shared->group.isEmpty())
        return m_filter;
    return shared->filter.toString();
}

bool TopicFilter::hasWildcards() const
{
    const std::optional<SharedParts> shared = splitShared(m_filter);
    const QStringView filter = shared && shared->hasSeparator ? shared->filter : QStringView(m_filter);
    return filter.contains(u'+') || filter.contains(u'#');
}

void SubscriptionMatcher::addFilter(const QString &filter)
{
    if (m_filters.contains(filter))
        return;
    m_filters.append(filter);
    ++m_filtersEpoch;
}

void SubscriptionMatcher::removeFilter(const QString &filter)
{
    if (m_filters.removeAll(filter) > 0)
        ++m_filtersEpoch;
}

void SubscriptionMatcher::clear()
{
    m_filters.clear();
    ++m_filtersEpoch;
}

SubscriptionMatcher::Entry &SubscriptionMatcher::entryFor(QString &topic)
{
    auto it = m_cache.find(topic);
    if (it == m_cache.end()) {
        if (m_cache.size() >= m_capacity) {
            m_cache.clear();
            m_nextHint = 1;
        }
        it = m_cache.insert(topic, Entry{topic, {}, m_nextHint++, 0});
    }
    return it.value();
}

const QStringList &SubscriptionMatcher::filtersOf(Entry &entry)
{
    if (entry.filtersEpoch != m_filtersEpoch) {
        entry.filters.clear();
        for (const QString &filter : std::as_const(m_filters)) {
            if (TopicFilter::matches(filter, entry.topic))
                entry.filters.append(filter);
        }
        entry.filtersEpoch = m_filtersEpoch;
    }
    return entry.filters;
}

QStringList SubscriptionMatcher::match(const QString &topic)
{
    QString copy = topic;
    return filtersOf(entryFor(copy));
}

quint32 SubscriptionMatcher::intern(QString &topic, QStringList *filters)
{
    Entry &entry = entryFor(topic);
    topic = entry.topic;
    if (filters)
        *filters = filtersOf(entry);
    return entry.hint;
}

} // namespace Signalbox
