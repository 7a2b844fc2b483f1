#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <algorithm>
#include <optional>

// Topic names and topic filters, MQTT 5.0 §4.7 (the same rules in 3.1.1 §4.7).
namespace Signalbox {

class TopicName
{
public:
    TopicName() = default;
    explicit TopicName(QString name) : m_name(std::move(name)) { }
    const QString &toString() const { return m_name; }
    // Non-empty, no '+' or '#', no U+0000, at most 65535 UTF-8 bytes.
    bool isValid() const { return !validate(m_name); }
    // Nothing when valid, else one sentence saying why ("Topic names may not contain '+'.").
    static std::optional<QString> validate(QStringView name);
    // Nothing when the name has no surprising characters, else one sentence
    // naming the first and showing its code point ("The topic ends with a
    // space."): whitespace at the start or the end, and anywhere a character
    // that shows as nothing or as a plain space (U+200B, U+FEFF, U+00A0,
    // control and format characters). MQTT allows them: a warning, not an error.
    static std::optional<QString> whitespaceWarning(QStringView name);
    friend bool operator==(const TopicName &, const TopicName &) = default;

private:
    QString m_name;
};

class TopicFilter
{
public:
    TopicFilter() = default;
    explicit TopicFilter(QString filter) : m_filter(std::move(filter)) { }
    const QString &toString() const { return m_filter; }
    bool isValid() const { return !validate(m_filter); }
    // Nothing when valid, else one sentence saying why. Checks: non-empty; '#'
    // only as the last whole level; '+' only as a whole level; no U+0000; at
    // most 65535 UTF-8 bytes; "$share/{group}/{filter}" with a group name that
    // has no '/', '+' or '#' and is not empty, and a valid filter after it.
    static std::optional<QString> validate(QStringView filter);
    // As TopicName::whitespaceWarning(), in words about a filter.
    static std::optional<QString> whitespaceWarning(QStringView filter);

    // Whether a message on `topic` matches this filter (MQTT 5.0 §4.7.1, §4.7.2:
    // a filter starting with a wildcard does not match a topic starting with
    // '$'). A shared filter matches like the filter inside it. An invalid filter matches nothing.
    bool matches(const TopicName &topic) const { return matches(m_filter, topic.toString()); }
    static bool matches(QStringView filter, QStringView topic);

    bool isShared() const { return sharedGroup().has_value(); }
    // For "$share/g/a/#": "g" and "a/#".
    std::optional<QString> sharedGroup() const;
    QString withoutShare() const;
    bool hasWildcards() const;
    friend bool operator==(const TopicFilter &, const TopicFilter &) = default;

private:
    QString m_filter;
};

// Routes topics to the filters they match, caching the answer per topic
// (topics repeat, so a flood costs one hash lookup per message; the cached
// list is shared, not copied). The same lookup gives each topic a hint
// (Message::topicHint) and one string shared by all its messages: see intern().
// Not thread-safe: use one per thread.
class SubscriptionMatcher
{
public:
    static constexpr qsizetype DefaultCapacity = 10000;

    void addFilter(const QString &filter);
    void removeFilter(const QString &filter);
    void clear();
    QStringList filters() const { return m_filters; }
    // The filters that match `topic`, in the order they were added.
    QStringList match(const QString &topic);
    // One lookup for a received message: replaces `topic` with the string kept
    // for it (equal text, data shared by every message on the topic), sets
    // *filters to the filters it matches when filters is not null, and returns
    // the topic's hint: 1, 2, ... in order of first sight, stable until the
    // cache starts over.
    quint32 intern(QString &topic, QStringList *filters = nullptr);
    // Topics kept at most; at the limit the cache starts over (topics with ids
    // in them, devices/<uuid>/..., never repeat) and hints start again at 1.
    void setCapacity(qsizetype topics) { m_capacity = std::max<qsizetype>(1, topics); }
    qsizetype capacity() const { return m_capacity; }
    qsizetype cachedTopics() const { return m_cache.size(); }

private:
    struct Entry
    {
        QString topic;
        QStringList filters;
        quint32 hint = 0;
        quint32 filtersEpoch = 0; // filters are computed again when m_filtersEpoch moved on
    };
    Entry &entryFor(QString &topic);
    const QStringList &filtersOf(Entry &entry);

    qsizetype m_capacity = DefaultCapacity;
    QStringList m_filters;
    quint32 m_filtersEpoch = 1;
    quint32 m_nextHint = 1;
    QHash<QString, Entry> m_cache;
};

} // namespace Signalbox
