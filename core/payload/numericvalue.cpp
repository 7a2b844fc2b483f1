#include "payload/numericvalue.h"

#include "payload/json.h"

#include <QCoreApplication>
#include <QVarLengthArray>

#include <charconv>
#include <cmath>

namespace Signalbox {

namespace {

class NumericValueText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::NumericValue)
};

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v';
}

QByteArrayView trimmed(QByteArrayView text)
{
    qsizetype begin = 0;
    qsizetype end = text.size();
    while (begin < end && isSpace(text[begin]))
        ++begin;
    while (end > begin && isSpace(text[end - 1]))
        --end;
    return text.sliced(begin, end - begin);
}

std::optional<double> parseNumber(QByteArrayView text, bool allowBool)
{
    text = trimmed(text);
    if (text.isEmpty())
        return std::nullopt;
    if (allowBool) {
        if (text == "true")
            return 1.0;
        if (text == "false")
            return 0.0;
    }
    const char *begin = text.data();
    const char *end = begin + text.size();
    if (*begin == '+' && end - begin > 1 && begin[1] != '-')
        ++begin;
    double value = 0;
    const auto [ptr, ec] = std::from_chars(begin, end, value, std::chars_format::general);
    if (ec != std::errc() || ptr != end || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<double> stringNumber(QByteArrayView rawString)
{
    const QByteArrayView inner = rawString.sliced(1, rawString.size() - 2);
    if (!inner.contains('\\'))
        return parseNumber(inner, false);
    return parseNumber(decodeJsonString(rawString).toUtf8(), false);
}

// Follows the parser's events and picks out the value at the path.
class PathFinder final : public JsonHandler
{
public:
    explicit PathFinder(const JsonPath &path) : m_steps(path.steps) { }

    std::optional<double> result() const { return m_result; }

    void beginObject() override { beginContainer(false); }
    void beginArray() override { beginContainer(true); }
    void endObject() override { endContainer(); }
    void endArray() override { endContainer(); }

    void key(QByteArrayView rawString) override
    {
        if (m_done || m_stack.isEmpty())
            return;
        Frame &frame = m_stack.last();
        if (!frame.onPath)
            return;
        const JsonPath::Step &step = m_steps.at(m_stack.size() - 1);
        if (step.index >= 0) {
            frame.keyMatches = false;
            return;
        }
        const QByteArrayView inner = rawString.sliced(1, rawString.size() - 2);
        frame.keyMatches = inner.contains('\\') ? decodeJsonString(rawString).toUtf8() == step.key
                                                : inner == QByteArrayView(step.key);
    }

    void value(JsonScalar kind, QByteArrayView rawToken) override
    {
        if (m_done)
            return;
        if (childOnPath() && m_stack.size() == m_steps.size()) {
            m_done = true;
            switch (kind) {
            case JsonScalar::Number:
                m_result = parseNumber(rawToken, false);
                break;
            case JsonScalar::True:
                m_result = 1.0;
                break;
            case JsonScalar::False:
                m_result = 0.0;
                break;
            case JsonScalar::String:
                m_result = stringNumber(rawToken);
                break;
            case JsonScalar::Null:
                break;
            }
            return;
        }
        afterValue();
    }

private:
    struct Frame
    {
        bool array = false;
        bool onPath = false;
        bool keyMatches = false;
        qsizetype nextIndex = 0;
    };

    bool childOnPath() const
    {
        if (m_stack.isEmpty())
            return true;
        const Frame &frame = m_stack.last();
        if (!frame.onPath)
            return false;
        if (frame.array)
            return frame.nextIndex == m_steps.at(m_stack.size() - 1).index;
        return frame.keyMatches;
    }

    void afterValue()
    {
        if (!m_stack.isEmpty()) {
            Frame &frame = m_stack.last();
            if (frame.array)
                ++frame.nextIndex;
            frame.keyMatches = false;
        }
    }

    void beginContainer(bool array)
    {
        if (m_done)
            return;
        const bool onPath = childOnPath();
        if (onPath && m_stack.size() == m_steps.size()) {
            m_done = true; // the path names an object or array, not a number
            return;
        }
        m_stack.append(Frame{array, onPath, false, 0});
    }

    void endContainer()
    {
        if (m_done)
            return;
        m_stack.removeLast();
        afterValue();
    }

    const QList<JsonPath::Step> &m_steps;
    QVarLengthArray<Frame, 16> m_stack;
    bool m_done = false;
    std::optional<double> m_result;
};

// A key as a path step: bare where the parser reads it back as it is, else quoted.
QString pathKey(const QString &key, bool first)
{
    bool bare = !key.isEmpty() && key != QLatin1String("$");
    for (const QChar c : key) {
        if (c == u'.' || c == u'[' || c == u']' || c == u'\\' || c == u'\'' || c == u'"' || c.isSpace()) {
            bare = false;
            break;
        }
    }
    if (bare)
        return first ? key : QLatin1Char('.') + key;
    QString escaped = key;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\")).replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QStringLiteral("['") + escaped + QStringLiteral("']");
}

// Collects the numbers of a JSON text with their paths.
class FieldCollector final : public JsonHandler
{
public:
    QList<NumericField> fields;

    void beginObject() override { begin(false); }
    void beginArray() override { begin(true); }
    void endObject() override { end(); }
    void endArray() override { end(); }

    void key(QByteArrayView rawString) override
    {
        if (!m_stack.isEmpty())
            m_stack.last().key = decodeJsonString(rawString);
    }

    void value(JsonScalar kind, QByteArrayView rawToken) override
    {
        std::optional<double> number;
        if (kind == JsonScalar::Number)
            number = parseNumber(rawToken, false);
        else if (kind == JsonScalar::String)
            number = stringNumber(rawToken);
        if (number && counted() && fields.size() < MaxNumericFields)
            fields.append(NumericField{childPath(), *number});
        next();
    }

private:
    struct Frame
    {
        bool array = false;
        bool counted = true; // within the first MaxArrayFields of every array above
        QString path;
        QString key;
        qsizetype index = 0;
    };

    bool counted() const
    {
        if (m_stack.isEmpty())
            return true;
        const Frame &frame = m_stack.last();
        return frame.counted && (!frame.array || frame.index < MaxArrayFields);
    }

    QString childPath() const
    {
        if (m_stack.isEmpty())
            return {};
        const Frame &frame = m_stack.last();
        if (frame.array)
            return frame.path + QLatin1Char('[') + QString::number(frame.index) + QLatin1Char(']');
        return frame.path + pathKey(frame.key, frame.path.isEmpty());
    }

    void begin(bool array) { m_stack.append(Frame{array, counted(), childPath(), {}, 0}); }

    void end()
    {
        m_stack.removeLast();
        next();
    }

    void next()
    {
        if (!m_stack.isEmpty() && m_stack.last().array)
            ++m_stack.last().index;
    }

    QList<Frame> m_stack;
};

} // namespace

std::optional<JsonPath> JsonPath::parse(QStringView path, QString *error)
{
    auto fail = [error](const char *text) -> std::optional<JsonPath> {
        if (error)
            *error = NumericValueText::tr(text);
        return std::nullopt;
    };
    if (error)
        error->clear();

    path = path.trimmed();
    JsonPath result;
    qsizetype pos = 0;
    const qsizetype n = path.size();
    if (n > 0 && path[0] == u'$') {
        if (n == 1)
            return result;
        if (path[1] == u'.')
            pos = 2;
        else if (path[1] == u'[')
            pos = 1;
        if (pos == 2 && pos == n)
            return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue", "A JSON path may not end with '.'."));
    }
    while (pos < n) {
        Step step;
        if (path[pos] == u'[') {
            ++pos;
            if (pos < n && (path[pos] == u'\'' || path[pos] == u'"')) {
                const QChar quote = path[pos++];
                QString key;
                bool closed = false;
                while (pos < n) {
                    QChar c = path[pos++];
                    if (c == u'\\' && pos < n) {
                        c = path[pos++];
                    } else if (c == quote) {
                        closed = true;
                        break;
                    }
                    key.append(c);
                }
                if (!closed)
                    return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue",
                                                  "A quoted key in a JSON path has no closing quote."));
                step.key = key.toUtf8();
            } else {
                const qsizetype start = pos;
                while (pos < n && path[pos].isDigit() && path[pos].unicode() < 128)
                    ++pos;
                if (pos == start)
                    return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue",
                                                  "An array index in a JSON path must be a number, as in values[0]."));
                if (pos - start > 9)
                    return fail(
                        QT_TRANSLATE_NOOP("Signalbox::NumericValue", "An array index in a JSON path is too large."));
                step.index = path.sliced(start, pos - start).toInt();
            }
            if (pos >= n || path[pos] != u']')
                return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue", "A '[' in a JSON path has no matching ']'."));
            ++pos;
            if (pos < n && path[pos] != u'.' && path[pos] != u'[')
                return fail(
                    QT_TRANSLATE_NOOP("Signalbox::NumericValue", "Expected '.' or '[' after ']' in the JSON path."));
        } else {
            const qsizetype start = pos;
            while (pos < n && path[pos] != u'.' && path[pos] != u'[') {
                if (path[pos] == u']')
                    return fail(
                        QT_TRANSLATE_NOOP("Signalbox::NumericValue", "A ']' in a JSON path has no matching '['."));
                ++pos;
            }
            if (pos == start)
                return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue",
                                              "A JSON path may not have an empty key (as in \"a..b\" or \".a\")."));
            step.key = path.sliced(start, pos - start).toUtf8();
        }
        result.steps.append(step);
        if (pos < n && path[pos] == u'.') {
            ++pos;
            if (pos == n)
                return fail(QT_TRANSLATE_NOOP("Signalbox::NumericValue", "A JSON path may not end with '.'."));
        }
    }
    return result;
}

QString jsonPathForKey(const QString &key)
{
    return pathKey(key, true);
}

bool isValidJsonPath(QStringView path, QString *error)
{
    return JsonPath::parse(path, error).has_value();
}

std::optional<double> numericValue(QByteArrayView payload, const JsonPath &path)
{
    const QByteArrayView text = trimmed(payload);
    if (text.isEmpty())
        return std::nullopt;
    if (path.steps.isEmpty()) {
        if (const auto plain = parseNumber(text, true))
            return plain;
        if (text.front() != '"')
            return std::nullopt;
    } else if (text.front() != '{' && text.front() != '[') {
        return std::nullopt;
    }
    PathFinder finder(path);
    if (!parseJson(text, &finder))
        return std::nullopt;
    return finder.result();
}

std::optional<double> numericValue(QByteArrayView payload, QStringView jsonPath)
{
    if (jsonPath.isEmpty())
        return numericValue(payload, JsonPath{});
    const std::optional<JsonPath> path = JsonPath::parse(jsonPath);
    if (!path)
        return std::nullopt;
    return numericValue(payload, *path);
}

QList<NumericField> numericFields(QByteArrayView payload)
{
    const QByteArrayView text = trimmed(payload);
    if (text.isEmpty())
        return {};
    if (text.front() != '{' && text.front() != '[') {
        if (const auto plain = parseNumber(text, false))
            return {NumericField{QString(), *plain}};
        if (text.front() == '"') {
            if (const auto quoted = numericValue(text, JsonPath{}))
                return {NumericField{QString(), *quoted}};
        }
        return {};
    }
    FieldCollector collector;
    if (!parseJson(text, &collector))
        return {};
    return collector.fields;
}

} // namespace Signalbox
