#include "payload/json.h"

#include "payload/textutil.h"

#include <QCoreApplication>

#include <vector>

namespace Signalbox {
namespace {

using namespace PayloadDetail;

class JsonText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PayloadFormat)
};

void locate(QByteArrayView data, qsizetype offset, int *line, int *column)
{
    int l = 1;
    int col = 1;
    for (qsizetype i = 0; i < offset && i < data.size(); ++i) {
        const char c = data[i];
        if (c == '\n') {
            ++l;
            col = 1;
        } else if ((uchar(c) & 0xC0) != 0x80) {
            ++col;
        }
    }
    *line = l;
    *column = col;
}

QString describeByte(QByteArrayView data, qsizetype pos)
{
    const uchar c = uchar(data[pos]);
    if (c >= 0x21 && c < 0x7F)
        return QStringLiteral("'%1'").arg(QLatin1Char(char(c)));
    if (c >= 0x80) {
        const auto *p = reinterpret_cast<const uchar *>(data.data()) + pos;
        if (const int len = utf8SequenceLength(p, data.size() - pos)) {
            const QString s = QString::fromUtf8(data.sliced(pos, len));
            return QStringLiteral("'%1' (U+%2)").arg(s).arg(s.toUcs4().value(0), 4, 16, QLatin1Char('0')).toUpper();
        }
    }
    return QStringLiteral("byte 0x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
}

// The RFC 8259 grammar as a loop over an explicit stack: no recursion, no DOM.
class JsonParser
{
public:
    JsonParser(QByteArrayView in, JsonHandler *handler, bool allowCut)
        : m_in(in), m_handler(handler), m_allowCut(allowCut)
    { }

    bool run();
    qsizetype errorOffset() const { return m_errorOffset; }
    const QString &errorMessage() const { return m_errorMessage; }
    bool cut() const { return m_cut; }
    qsizetype tokenStart() const { return m_tokenStart; }

private:
    enum class State { Value, ArrayValueOrEnd, ArrayValueAfterComma, KeyOrEnd, KeyAfterComma, Colon, AfterValue };

    bool fail(qsizetype offset, const QString &message)
    {
        m_errorOffset = offset;
        m_errorMessage = message;
        return false;
    }
    bool failAtEnd(const QString &message)
    {
        m_atEnd = true;
        return fail(m_in.size(), message);
    }
    void skipWhitespace()
    {
        while (m_pos < m_in.size()) {
            const char c = m_in[m_pos];
            if (c != ' ' && c != '\n' && c != '\r' && c != '\t')
                return;
            ++m_pos;
        }
    }
    bool scanValue();
    bool scanString();
    bool scanNumber();
    bool scanLiteral();
    bool open(char bracket);
    void close();
    bool parse();

    QByteArrayView m_in;
    JsonHandler *m_handler;
    bool m_allowCut;
    qsizetype m_pos = 0;
    qsizetype m_tokenStart = -1;
    std::vector<char> m_stack;
    bool m_atEnd = false;
    bool m_cut = false;
    qsizetype m_errorOffset = -1;
    QString m_errorMessage;
};

bool JsonParser::run()
{
    if (parse())
        return true;
    if (m_atEnd && m_allowCut) {
        m_cut = true;
        return true;
    }
    return false;
}

bool JsonParser::open(char bracket)
{
    if (m_stack.size() >= size_t(MaxJsonDepth))
        return fail(m_pos, JsonText::tr("Nesting deeper than %1 levels is not supported").arg(MaxJsonDepth));
    m_stack.push_back(bracket);
    ++m_pos;
    if (m_handler)
        bracket == '{' ? m_handler->beginObject() : m_handler->beginArray();
    return true;
}

void JsonParser::close()
{
    const char bracket = m_stack.back();
    m_stack.pop_back();
    ++m_pos;
    if (m_handler)
        bracket == '{' ? m_handler->endObject() : m_handler->endArray();
}

bool JsonParser::parse()
{
    if (m_in.startsWith("\xEF\xBB\xBF"))
        m_pos = 3; // RFC 8259 §8.1: a parser may ignore a byte order mark
    State state = State::Value;
    for (;;) {
        skipWhitespace();
        m_tokenStart = -1;
        if (m_pos == m_in.size()) {
            if (state == State::AfterValue && m_stack.empty())
                return true;
            if (m_stack.empty() && state == State::Value)
                return failAtEnd(JsonText::tr("Expected a JSON value, found nothing"));
            if (m_stack.back() == '{')
                return failAtEnd(JsonText::tr("Unexpected end of input inside an object (missing '}')"));
            return failAtEnd(JsonText::tr("Unexpected end of input inside an array (missing ']')"));
        }
        const char c = m_in[m_pos];
        switch (state) {
        case State::ArrayValueOrEnd:
            if (c == ']') {
                close();
                state = State::AfterValue;
                continue;
            }
            [[fallthrough]];
        case State::Value:
        case State::ArrayValueAfterComma:
            if (c == ']' && state == State::ArrayValueAfterComma)
                return fail(m_pos, JsonText::tr("Trailing comma before ']'"));
            if (c == '{') {
                if (!open(c))
                    return false;
                state = State::KeyOrEnd;
            } else if (c == '[') {
                if (!open(c))
                    return false;
                state = State::ArrayValueOrEnd;
            } else {
                if (!scanValue())
                    return false;
                state = State::AfterValue;
            }
            continue;
        case State::KeyOrEnd:
            if (c == '}') {
                close();
                state = State::AfterValue;
                continue;
            }
            [[fallthrough]];
        case State::KeyAfterComma:
            if (c == '"') {
                const qsizetype start = m_pos;
                if (!scanString())
                    return false;
                if (m_handler)
                    m_handler->key(m_in.sliced(start, m_pos - start));
                state = State::Colon;
                continue;
            }
            if (c == '}')
                return fail(m_pos, JsonText::tr("Trailing comma before '}'"));
            if (c == '\'')
                return fail(m_pos, JsonText::tr("Keys must be in double quotes, not single quotes"));
            return fail(m_pos, JsonText::tr("Expected a key in double quotes, found %1").arg(describeByte(m_in, m_pos)));
        case State::Colon:
            if (c != ':')
                return fail(m_pos,
                            JsonText::tr("Expected ':' after an object key, found %1").arg(describeByte(m_in, m_pos)));
            ++m_pos;
            state = State::Value;
            continue;
        case State::AfterValue:
            if (m_stack.empty())
                return fail(m_pos, JsonText::tr("Unexpected %1 after the JSON value").arg(describeByte(m_in, m_pos)));
            if (m_stack.back() == '{') {
                if (c == ',') {
                    ++m_pos;
                    state = State::KeyAfterComma;
                } else if (c == '}') {
                    close();
                } else {
                    return fail(m_pos, JsonText::tr("Expected ',' or '}' after a value in an object, found %1")
                                           .arg(describeByte(m_in, m_pos)));
                }
            } else {
                if (c == ',') {
                    ++m_pos;
                    state = State::ArrayValueAfterComma;
                } else if (c == ']') {
                    close();
                } else {
                    return fail(m_pos, JsonText::tr("Expected ',' or ']' after a value in an array, found %1")
                                           .arg(describeByte(m_in, m_pos)));
                }
            }
            continue;
        }
    }
}

bool JsonParser::scanValue()
{
    const char c = m_in[m_pos];
    const qsizetype start = m_pos;
    m_tokenStart = start;
    JsonScalar kind;
    if (c == '"') {
        if (!scanString())
            return false;
        kind = JsonScalar::String;
    } else if (c == '-' || isDigit(c)) {
        if (!scanNumber())
            return false;
        kind = JsonScalar::Number;
    } else if (c == 't' || c == 'f' || c == 'n') {
        if (!scanLiteral())
            return false;
        kind = c == 't' ? JsonScalar::True : c == 'f' ? JsonScalar::False : JsonScalar::Null;
    } else if (c == '\'') {
        return fail(m_pos, JsonText::tr("Strings must be in double quotes, not single quotes"));
    } else if (c == '/') {
        return fail(m_pos, JsonText::tr("Comments are not allowed in JSON"));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return fail(m_pos, JsonText::tr("Invalid literal; expected true, false or null"));
    } else {
        return fail(m_pos, JsonText::tr("Expected a value, found %1").arg(describeByte(m_in, m_pos)));
    }
    if (m_handler)
        m_handler->value(kind, m_in.sliced(start, m_pos - start));
    return true;
}

bool JsonParser::scanString()
{
    const auto *p = reinterpret_cast<const uchar *>(m_in.data());
    const qsizetype n = m_in.size();
    qsizetype i = m_pos + 1;
    for (;;) {
        while (i < n && p[i] >= 0x20 && p[i] < 0x80 && p[i] != '"' && p[i] != '\\')
            ++i;
        if (i == n)
            return failAtEnd(JsonText::tr("Unexpected end of input inside a string (missing '\"')"));
        const uchar c = p[i];
        if (c == '"') {
            m_pos = i + 1;
            return true;
        }
        if (c == '\\') {
            if (i + 1 == n)
                return failAtEnd(JsonText::tr("Unexpected end of input inside a string (missing '\"')"));
            const char e = char(p[i + 1]);
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (i + k == n)
                        return failAtEnd(JsonText::tr("Unexpected end of input inside a string (missing '\"')"));
                    if (!isHexDigit(char(p[i + k])))
                        return fail(i, JsonText::tr("Invalid \\u escape: expected four hex digits"));
                }
                i += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
            } else {
                return fail(i, JsonText::tr("Invalid escape sequence '\\%1' in a string")
                                   .arg(describeByte(m_in, i + 1).remove(QLatin1Char('\''))));
            }
            continue;
        }
        if (c < 0x20) {
            if (c == '\n')
                return fail(i, JsonText::tr("Line break inside a string (write it as \\n)"));
            return fail(i, JsonText::tr("Control character U+%1 inside a string must be escaped")
                               .arg(uint(c), 4, 16, QLatin1Char('0')));
        }
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0)
            return fail(i, JsonText::tr("Invalid UTF-8 inside a string"));
        i += len;
    }
}

bool JsonParser::scanNumber()
{
    const qsizetype n = m_in.size();
    qsizetype i = m_pos;
    if (m_in[i] == '-')
        ++i;
    if (i == n)
        return failAtEnd(JsonText::tr("Unexpected end of input inside a number"));
    if (m_in[i] == '0') {
        ++i;
        if (i < n && isDigit(m_in[i]))
            return fail(i - 1, JsonText::tr("Numbers must not have leading zeros"));
    } else if (isDigit(m_in[i])) {
        while (i < n && isDigit(m_in[i]))
            ++i;
    } else {
        return fail(i, JsonText::tr("Expected a digit after '-'"));
    }
    if (i < n && m_in[i] == '.') {
        ++i;
        if (i == n)
            return failAtEnd(JsonText::tr("Unexpected end of input inside a number"));
        if (!isDigit(m_in[i]))
            return fail(i, JsonText::tr("Expected a digit after the decimal point"));
        while (i < n && isDigit(m_in[i]))
            ++i;
    }
    if (i < n && (m_in[i] == 'e' || m_in[i] == 'E')) {
        ++i;
        if (i < n && (m_in[i] == '+' || m_in[i] == '-'))
            ++i;
        if (i == n)
            return failAtEnd(JsonText::tr("Unexpected end of input inside a number"));
        if (!isDigit(m_in[i]))
            return fail(i, JsonText::tr("Expected a digit in the exponent"));
        while (i < n && isDigit(m_in[i]))
            ++i;
    }
    m_pos = i;
    return true;
}

bool JsonParser::scanLiteral()
{
    const char c = m_in[m_pos];
    const QByteArrayView literal = c == 't'   ? QByteArrayView("true")
                                   : c == 'f' ? QByteArrayView("false")
                                              : QByteArrayView("null");
    const QByteArrayView rest = m_in.sliced(m_pos);
    if (rest.startsWith(literal)) {
        m_pos += literal.size();
        const qsizetype after = m_pos;
        if (after < m_in.size()
            && ((m_in[after] >= 'a' && m_in[after] <= 'z') || (m_in[after] >= 'A' && m_in[after] <= 'Z')))
            return fail(m_pos - literal.size(), JsonText::tr("Invalid literal; expected true, false or null"));
        return true;
    }
    if (rest.size() < literal.size() && literal.startsWith(rest))
        return failAtEnd(JsonText::tr("Unexpected end of input inside a literal"));
    return fail(m_pos, JsonText::tr("Invalid literal; expected true, false or null"));
}

class PrettyWriter final : public JsonHandler
{
public:
    explicit PrettyWriter(int indent) : m_indent(qMax(0, indent)) { }

    void beginObject() override { open('{'); }
    void endObject() override { close('}'); }
    void beginArray() override { open('['); }
    void endArray() override { close(']'); }
    void key(QByteArrayView raw) override
    {
        beforeItem();
        append(raw);
        append(m_indent > 0 ? QByteArrayView(": ") : QByteArrayView(":"));
        m_afterKey = true;
    }
    void value(JsonScalar, QByteArrayView raw) override
    {
        beforeItem();
        append(raw);
    }

    QByteArray m_out;
    bool m_overflow = false;

private:
    void append(QByteArrayView text)
    {
        if (m_out.size() + text.size() > MaxOutputChars) {
            m_overflow = true;
            return;
        }
        m_out.append(text);
    }
    void newline()
    {
        if (m_indent == 0 || m_overflow)
            return;
        m_out.append('\n');
        m_out.append(qsizetype(m_depth) * m_indent, ' ');
    }
    void beforeItem()
    {
        if (m_afterKey) {
            m_afterKey = false;
            return;
        }
        if (m_depth == 0)
            return;
        if (!m_justOpened)
            append(",");
        m_justOpened = false;
        newline();
    }
    void open(char bracket)
    {
        beforeItem();
        append(QByteArrayView(&bracket, 1));
        ++m_depth;
        m_justOpened = true;
    }
    void close(char bracket)
    {
        --m_depth;
        if (!m_justOpened)
            newline();
        m_justOpened = false;
        append(QByteArrayView(&bracket, 1));
    }

    int m_indent;
    int m_depth = 0;
    bool m_justOpened = false;
    bool m_afterKey = false;
};

JsonPretty prettyPrint(QByteArrayView json, int indent, bool allowCut)
{
    JsonPretty result;
    PrettyWriter writer(indent);
    JsonParser parser(json, &writer, allowCut);
    if (!parser.run()) {
        result.text = QString::fromUtf8(json);
        result.errorOffset = parser.errorOffset();
        result.errorMessage = parser.errorMessage();
        locate(json, result.errorOffset, &result.errorLine, &result.errorColumn);
        return result;
    }
    if (parser.cut() && parser.tokenStart() >= 0)
        writer.value(JsonScalar::String, json.sliced(parser.tokenStart()));
    result.ok = true;
    result.text = QString::fromUtf8(writer.m_out);
    if (writer.m_overflow)
        result.text += QLatin1Char('\n') + JsonText::tr("[The indented text is too large to show in full.]");
    return result;
}

} // namespace

bool parseJson(QByteArrayView json, JsonHandler *handler, JsonError *error)
{
    JsonParser parser(json, handler, false);
    if (parser.run())
        return true;
    if (error) {
        error->offset = parser.errorOffset();
        error->message = parser.errorMessage();
        locate(json, error->offset, &error->line, &error->column);
    }
    return false;
}

QString decodeJsonString(QByteArrayView raw)
{
    if (raw.size() < 2)
        return {};
    const QByteArrayView body = raw.sliced(1, raw.size() - 2);
    if (!body.contains('\\'))
        return QString::fromUtf8(body);
    QString out;
    out.reserve(body.size());
    qsizetype i = 0;
    while (i < body.size()) {
        qsizetype j = i;
        while (j < body.size() && body[j] != '\\')
            ++j;
        out += QString::fromUtf8(body.sliced(i, j - i));
        if (j + 1 >= body.size())
            break;
        const char e = body[j + 1];
        i = j + 2;
        switch (e) {
        case 'b':
            out += QLatin1Char('\b');
            break;
        case 'f':
            out += QLatin1Char('\f');
            break;
        case 'n':
            out += QLatin1Char('\n');
            break;
        case 'r':
            out += QLatin1Char('\r');
            break;
        case 't':
            out += QLatin1Char('\t');
            break;
        case 'u':
            if (i + 4 <= body.size()) {
                out += QChar(char16_t(QByteArray(body.sliced(i, 4).data(), 4).toUShort(nullptr, 16)));
                i += 4;
            }
            break;
        default:
            out += QLatin1Char(e);
            break;
        }
    }
    return out;
}

QString jsonErrorSentence(const JsonError &e)
{
    return JsonText::tr("Invalid JSON at line %1, column %2 (byte %3): %4.")
        .arg(e.line)
        .arg(e.column)
        .arg(e.offset)
        .arg(e.message);
}

JsonPretty prettyPrintJson(QByteArrayView json, int indent)
{
    return prettyPrint(json, indent, false);
}

JsonPretty prettyPrintJsonPrefix(QByteArrayView json, int indent)
{
    return prettyPrint(json, indent, true);
}

} // namespace Signalbox
