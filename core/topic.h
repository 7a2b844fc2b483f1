#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

// Topic names and topic filters, MQTT 5.0 §4.7 (the same rules in 3.1.1 §4.7).
namespace Signalbox {

class TopicName
{
public:
    TopicName() = default;
    explicit TopicName(QString name) : m_name(std::move(name)) {}
    const QString &toString() const { return m_name; }
    // Non-empty, no '+' or '#', no U+0000, at most 65535 UTF-8 bytes.
    bool isValid() const { return validate(m_name).isEmpty(); }
    // Empty when valid, else one sentence saying why ("Topic names may not contain '+'.").
    static QString validate(QStringView name);
    friend bool operator==(const TopicName &, const TopicName &) = default;

private:
    QString m_name;
};

class TopicFilter
{
public:
    TopicFilter() = default;
    explicit TopicFilter(QString filter) : m_filter(std::move(filter)) {}
    const QString &toString() const { return m_filter; }
    bool isValid() const { return validate(m_filter).isEmpty(); }
    // Empty when valid, else one sentence saying why. Checks: non-empty; '#'
    // only as the last whole level; '+' only as a whole level; no U+0000; at
    // most 65535 UTF-8 bytes; "$share/{group}/{filter}" with a group name that
    // has no '/', '+' or '#' and is not empty, and a valid filter after it.
    static QString validate(QStringView filter);

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
// list is shared, not copied). Not thread-safe: use one per thread.
class SubscriptionMatcher
{
public:
    void addFilter(const QString &filter);
    void removeFilter(const QString &filter);
    void clear();
    QStringList filters() const { return m_filters; }
    // The filters that match `topic`, in the order they were added.
    QStringList match(const QString &topic);

private:
    static constexpr qsizetype MaxCachedTopics = 10000; // then the cache starts over
    QStringList m_filters;
    QHash<QString, QStringList> m_cache;
};

} // namespace Signalbox
