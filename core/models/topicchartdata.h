#pragma once

#include "mqtt/message.h"
#include "payload/numericvalue.h"
#include "mqtt/topic.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QObject>
#include <QString>

#include <deque>
#include <functional>
#include <memory>
#include <vector>

namespace Signalbox {

// Numbers from received messages over time, for charts. A series is a topic filter
// (wildcards allowed) and a JSON path (empty: the payload itself is the number, see
// numericValue()). A series without wildcards has one line from the start; a series
// with wildcards gets one line per distinct matching topic, added when that topic first
// brings a number. A line's points are (receivedAtMs, value), at most maximumPoints()
// (the oldest dropped), and never go back in time: a point older than the line's last
// one is given the last one's time. A matched message whose value is not a number is
// not plotted but counted in its line's skipped (or, on a wildcard topic without a
// line yet, in its series' skipped). A wildcard series gets at most MaxLinesPerSeries
// lines; messages on further topics are counted in its series' unplotted, not plotted.
//
// addMessages() takes whole batches; with no series it returns at once, and a message
// that matches none costs one hash lookup of its topic. GUI thread; no widgets.
//
// With a history (setHistory(): the connection's message log), a new series starts
// with the numbers of the messages already received on its topics, and
// numericFields() says which numbers a topic's recent payloads hold.
class TopicChartData : public QObject
{
    Q_OBJECT
public:
    static constexpr qsizetype DefaultMaximumPoints = 100000;
    static constexpr int MaxLinesPerSeries = 100;

    struct Point
    {
        qint64 timeMs = 0;
        double value = 0;
        friend bool operator==(const Point &, const Point &) = default;
    };

    struct Line
    {
        int seriesId = -1;
        QString topic;
        QString label; // "topic" or "topic · path"
        std::deque<Point> points;
        qint64 skipped = 0;
    };

    struct Series
    {
        int id = -1;
        QString filter;
        QString jsonPath;
        qint64 skipped = 0; // non-numeric messages on wildcard topics that have no line
        qint64 unplotted = 0; // numbers on topics beyond MaxLinesPerSeries
    };

    // The received messages kept so far whose topic matches filter: the newest `limit`
    // of them, oldest first. Called in the GUI thread, on addSeries() and numericFields().
    using History = std::function<QList<Message>(const QString &filter, qsizetype limit)>;

    // A number the recent payloads of a topic filter hold.
    struct Field
    {
        QString path; // "" for payloads that are themselves numbers
        double latest = 0; // in the newest payload that has it
        int messages = 0; // of the payloads looked at, how many have it
    };

    explicit TopicChartData(QObject *parent = nullptr);
    ~TopicChartData() override;

    void setHistory(History history);
    bool hasHistory() const { return bool(m_history); }
    // The fields of the newest `messages` payloads on topics matching filter, in the
    // order of the newest payload (fields only older ones have come after). Empty
    // without a history or when none of them holds a number.
    QList<Field> numericFields(const QString &filter, qsizetype messages = 20) const;

    // Validates both (TopicFilter::validate, isValidJsonPath) and refuses a series that
    // is already there. Returns the new series' id, or -1 with *error (may be null) set.
    // The series starts with the numbers in the history (its newest maximumPoints()
    // messages), so the signals come as after addMessages().
    int addSeries(const QString &filter, const QString &jsonPath, QString *error = nullptr);
    bool removeSeries(int id); // and its lines; false for an unknown id
    QList<Series> series() const;
    int seriesCount() const { return int(m_series.size()); }

    void addMessages(const QList<Message> &messages);
    // Forgets every point and skipped count; keeps the series and the lines of series
    // without wildcards (the wildcard ones go). Emits linesChanged().
    void clear();

    void setMaximumPoints(qsizetype maximum); // per line, at least 1; trims at once
    qsizetype maximumPoints() const { return m_maximumPoints; }

    int lineCount() const { return int(m_lines.size()); }
    const Line &line(int index) const { return *m_lines.at(size_t(index)); }
    int lineIndex(int seriesId, const QString &topic) const; // -1 if none

    // "time,<label1>,<label2>,...", then rows in time order: the time as ISO 8601 UTC
    // with milliseconds, each line's value (shortest text that reads back as the same
    // double) or an empty cell where it has none at that time. One row per distinct
    // time; where lines have several points at one time (one socket read brought them)
    // there are as many rows with that time as the most points a line has there, the
    // i-th point of each line in the i-th row. Labels are quoted as RFC 4180 says.
    QByteArray toCsv() const;

signals:
    void seriesChanged(); // a series was added or removed
    void linesChanged(); // a line was added or removed, or clear()
    void pointsAdded(); // at most once per addMessages()

private:
    struct SeriesData
    {
        Series series;
        JsonPath path;
        bool wildcard = false;
        Line *fixedLine = nullptr; // series without wildcards
        QHash<QString, Line *> linesByTopic; // series with wildcards
    };

    Line *addLine(SeriesData &series, const QString &topic);
    // Adds the message's number (or counts it as skipped); sets *newLine when it made a line.
    bool addToSeries(SeriesData &series, const Message &message, bool *newLine);
    static void appendPoint(Line &line, qint64 timeMs, double value, qsizetype maximum);

    std::vector<std::unique_ptr<SeriesData>> m_series;
    std::vector<std::unique_ptr<Line>> m_lines;
    QHash<QString, QList<SeriesData *>> m_seriesByFilter;
    SubscriptionMatcher m_matcher;
    History m_history;
    qsizetype m_maximumPoints = DefaultMaximumPoints;
    int m_nextId = 1;
};

} // namespace Signalbox
