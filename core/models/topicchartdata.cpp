#include "models/topicchartdata.h"

#include <QDateTime>

#include <algorithm>
#include <charconv>

namespace Signalbox {

namespace {

QByteArray csvField(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    if (!utf8.contains(',') && !utf8.contains('"') && !utf8.contains('\n') && !utf8.contains('\r'))
        return utf8;
    utf8.replace("\"", "\"\"");
    return '"' + utf8 + '"';
}

void appendNumber(QByteArray &out, double value)
{
    char buffer[32];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

} // namespace

TopicChartData::TopicChartData(QObject *parent) : QObject(parent) { }

TopicChartData::~TopicChartData() = default;

void TopicChartData::setHistory(History history)
{
    m_history = std::move(history);
}

QList<TopicChartData::Field> TopicChartData::numericFields(const QString &filter, qsizetype messages) const
{
    QList<Field> result;
    if (!m_history || TopicFilter::validate(filter))
        return result;
    const QList<Message> recent = m_history(filter, messages);
    QHash<QString, qsizetype> indexOf;
    for (auto it = recent.crbegin(); it != recent.crend(); ++it) {
        const QList<NumericField> fields = Signalbox::numericFields(it->payload);
        for (const NumericField &field : fields) {
            const auto found = indexOf.constFind(field.path);
            if (found != indexOf.constEnd()) {
                ++result[found.value()].messages;
                continue;
            }
            indexOf.insert(field.path, result.size());
            result.append(Field{field.path, field.value, 1});
        }
    }
    return result;
}

int TopicChartData::addSeries(const QString &filter, const QString &jsonPath, QString *error)
{
    const QString trimmedPath = jsonPath.trimmed();
    QString reason = TopicFilter::validate(filter).value_or(QString());
    std::optional<JsonPath> path;
    if (reason.isEmpty())
        path = JsonPath::parse(trimmedPath, &reason);
    if (reason.isEmpty()) {
        for (const auto &s : m_series) {
            if (s->series.filter == filter && s->series.jsonPath == trimmedPath) {
                reason = tr("This topic filter and JSON path are already plotted.");
                break;
            }
        }
    }
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return -1;
    }
    if (error)
        error->clear();

    auto data = std::make_unique<SeriesData>();
    data->series.id = m_nextId++;
    data->series.filter = filter;
    data->series.jsonPath = trimmedPath;
    data->path = *path;
    const TopicFilter topicFilter(filter);
    data->wildcard = topicFilter.hasWildcards();
    SeriesData *s = data.get();
    m_series.push_back(std::move(data));
    m_seriesByFilter[filter].append(s);
    m_matcher.addFilter(filter);
    if (!s->wildcard)
        s->fixedLine = addLine(*s, topicFilter.withoutShare());
    bool added = false;
    bool newLines = false;
    if (m_history) {
        const QList<Message> past = m_history(filter, m_maximumPoints);
        for (const Message &message : past)
            added |= addToSeries(*s, message, &newLines);
    }
    emit seriesChanged();
    if (!s->wildcard || newLines)
        emit linesChanged();
    if (added)
        emit pointsAdded();
    return s->series.id;
}

bool TopicChartData::removeSeries(int id)
{
    const auto it = std::find_if(m_series.begin(), m_series.end(), [id](const auto &s) { return s->series.id == id; });
    if (it == m_series.end())
        return false;
    const QString filter = (*it)->series.filter;
    QList<SeriesData *> &sharing = m_seriesByFilter[filter];
    sharing.removeAll(it->get());
    if (sharing.isEmpty()) {
        m_seriesByFilter.remove(filter);
        m_matcher.removeFilter(filter);
    }
    const auto linesBefore = m_lines.size();
    std::erase_if(m_lines, [id](const auto &line) { return line->seriesId == id; });
    const bool hadLines = m_lines.size() != linesBefore;
    m_series.erase(it);
    emit seriesChanged();
    if (hadLines)
        emit linesChanged();
    return true;
}

QList<TopicChartData::Series> TopicChartData::series() const
{
    QList<Series> result;
    result.reserve(qsizetype(m_series.size()));
    for (const auto &s : m_series)
        result.append(s->series);
    return result;
}

int TopicChartData::lineIndex(int seriesId, const QString &topic) const
{
    for (size_t i = 0; i < m_lines.size(); ++i) {
        if (m_lines[i]->seriesId == seriesId && m_lines[i]->topic == topic)
            return int(i);
    }
    return -1;
}

TopicChartData::Line *TopicChartData::addLine(SeriesData &series, const QString &topic)
{
    auto line = std::make_unique<Line>();
    line->seriesId = series.series.id;
    line->topic = topic;
    line->label = series.series.jsonPath.isEmpty() ? topic : topic + QStringLiteral(" · ") + series.series.jsonPath;
    Line *result = line.get();
    m_lines.push_back(std::move(line));
    if (series.wildcard)
        series.linesByTopic.insert(topic, result);
    return result;
}

void TopicChartData::appendPoint(Line &line, qint64 timeMs, double value, qsizetype maximum)
{
    if (!line.points.empty())
        timeMs = std::max(timeMs, line.points.back().timeMs);
    line.points.push_back(Point{timeMs, value});
    while (qsizetype(line.points.size()) > maximum)
        line.points.pop_front();
}

void TopicChartData::addMessages(const QList<Message> &messages)
{
    if (m_series.empty())
        return;
    bool added = false;
    bool newLines = false;
    for (const Message &message : messages) {
        const QStringList filters = m_matcher.match(message.topic);
        for (const QString &filter : filters) {
            const auto sharing = m_seriesByFilter.constFind(filter);
            if (sharing == m_seriesByFilter.constEnd())
                continue;
            for (SeriesData *s : sharing.value())
                added |= addToSeries(*s, message, &newLines);
        }
    }
    if (newLines)
        emit linesChanged();
    if (added)
        emit pointsAdded();
}

bool TopicChartData::addToSeries(SeriesData &s, const Message &message, bool *newLine)
{
    Line *line = s.fixedLine;
    if (s.wildcard)
        line = s.linesByTopic.value(message.topic);
    const std::optional<double> value = numericValue(message.payload, s.path);
    if (!value) {
        if (line)
            ++line->skipped;
        else
            ++s.series.skipped;
        return false;
    }
    if (!line) {
        if (s.linesByTopic.size() >= MaxLinesPerSeries) {
            ++s.series.unplotted;
            return false;
        }
        line = addLine(s, message.topic);
        *newLine = true;
    }
    appendPoint(*line, message.receivedAtMs, *value, m_maximumPoints);
    return true;
}

void TopicChartData::clear()
{
    std::erase_if(m_lines, [this](const auto &line) {
        for (const auto &s : m_series) {
            if (s->series.id == line->seriesId)
                return s->wildcard;
        }
        return true;
    });
    for (const auto &s : m_series) {
        s->series.skipped = 0;
        s->series.unplotted = 0;
        s->linesByTopic.clear();
    }
    for (const auto &line : m_lines) {
        line->points.clear();
        line->skipped = 0;
    }
    emit linesChanged();
}

void TopicChartData::setMaximumPoints(qsizetype maximum)
{
    m_maximumPoints = std::max<qsizetype>(1, maximum);
    for (const auto &line : m_lines) {
        if (qsizetype(line->points.size()) > m_maximumPoints)
            line->points.erase(line->points.begin(), line->points.end() - m_maximumPoints);
    }
}

QByteArray TopicChartData::toCsv() const
{
    QByteArray out = "time";
    for (const auto &line : m_lines) {
        out += ',';
        out += csvField(line->label);
    }
    out += '\n';

    const size_t lineCount = m_lines.size();
    std::vector<size_t> cursor(lineCount, 0);
    std::vector<size_t> count(lineCount, 0);
    for (;;) {
        bool any = false;
        qint64 time = 0;
        for (size_t i = 0; i < lineCount; ++i) {
            const auto &points = m_lines[i]->points;
            if (cursor[i] < points.size() && (!any || points[cursor[i]].timeMs < time)) {
                time = points[cursor[i]].timeMs;
                any = true;
            }
        }
        if (!any)
            break;
        size_t rows = 0;
        for (size_t i = 0; i < lineCount; ++i) {
            const auto &points = m_lines[i]->points;
            size_t end = cursor[i];
            while (end < points.size() && points[end].timeMs == time)
                ++end;
            count[i] = end - cursor[i];
            rows = std::max(rows, count[i]);
        }
        const QByteArray timeText = QDateTime::fromMSecsSinceEpoch(time, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1();
        for (size_t row = 0; row < rows; ++row) {
            out += timeText;
            for (size_t i = 0; i < lineCount; ++i) {
                out += ',';
                if (row < count[i])
                    appendNumber(out, m_lines[i]->points[cursor[i] + row].value);
            }
            out += '\n';
        }
        for (size_t i = 0; i < lineCount; ++i)
            cursor[i] += count[i];
    }
    return out;
}

} // namespace Signalbox
