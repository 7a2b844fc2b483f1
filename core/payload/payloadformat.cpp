#include "payload/payloadformat.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QDateTime>

#include <charconv>
#include <cmath>
#include <limits>
#include <vector>

#ifdef SIGNALBOX_HAVE_MSGPACK
#include <msgpack.hpp>
#endif

namespace Signalbox {
namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Signalbox::PayloadFormat", text);
}

constexpr int MaxJsonDepth = 512;
constexpr int MaxBinaryDepth = MaxJsonDepth; // what can be typed as JSON and sent as CBOR can be shown
// Deep nesting indents every line: past this much output we stop writing.
constexpr qsizetype MaxOutputChars = 32 * 1024 * 1024;

// RFC 3629: length of the well-formed UTF-8 sequence at p, 0 if there is none.
int utf8SequenceLength(const uchar *p, qsizetype available)
{
    const uchar c = p[0];
    if (c < 0x80)
        return 1;
    auto cont = [&](int i) { return i < available && (p[i] & 0xC0) == 0x80; };
    if (c < 0xC2)
        return 0;
    if (c < 0xE0)
        return cont(1) ? 2 : 0;
    if (c < 0xF0) {
        if (!cont(1) || !cont(2) || (c == 0xE0 && p[1] < 0xA0) || (c == 0xED && p[1] >= 0xA0))
            return 0;
        return 3;
    }
    if (c < 0xF5) {
        if (!cont(1) || !cont(2) || !cont(3) || (c == 0xF0 && p[1] < 0x90) || (c == 0xF4 && p[1] >= 0x90))
            return 0;
        return 4;
    }
    return 0;
}

// The largest prefix length <= limit that does not split a UTF-8 sequence.
qsizetype utf8Boundary(QByteArrayView data, qsizetype limit)
{
    if (limit >= data.size())
        return data.size();
    qsizetype end = limit;
    for (int i = 0; i < 3 && end > 0 && (uchar(data[end]) & 0xC0) == 0x80; ++i)
        --end;
    return (uchar(data[end]) & 0xC0) == 0x80 ? limit : end;
}

bool isText(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c < 0x80)
            return false;
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0 || (c == 0xC2 && p[i + 1] < 0xA0)) // C1 controls
            return false;
        i += len;
    }
    return true;
}

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

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

bool isHexDigit(char c)
{
    return isDigit(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
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
        return fail(m_pos, tr("Nesting deeper than %1 levels is not supported").arg(MaxJsonDepth));
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
                return failAtEnd(tr("Expected a JSON value, found nothing"));
            if (m_stack.back() == '{')
                return failAtEnd(tr("Unexpected end of input inside an object (missing '}')"));
            return failAtEnd(tr("Unexpected end of input inside an array (missing ']')"));
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
                return fail(m_pos, tr("Trailing comma before ']'"));
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
                return fail(m_pos, tr("Trailing comma before '}'"));
            if (c == '\'')
                return fail(m_pos, tr("Keys must be in double quotes, not single quotes"));
            return fail(m_pos, tr("Expected a key in double quotes, found %1").arg(describeByte(m_in, m_pos)));
        case State::Colon:
            if (c != ':')
                return fail(m_pos, tr("Expected ':' after an object key, found %1").arg(describeByte(m_in, m_pos)));
            ++m_pos;
            state = State::Value;
            continue;
        case State::AfterValue:
            if (m_stack.empty())
                return fail(m_pos, tr("Unexpected %1 after the JSON value").arg(describeByte(m_in, m_pos)));
            if (m_stack.back() == '{') {
                if (c == ',') {
                    ++m_pos;
                    state = State::KeyAfterComma;
                } else if (c == '}') {
                    close();
                } else {
                    return fail(
                        m_pos,
                        tr("Expected ',' or '}' after a value in an object, found %1").arg(describeByte(m_in, m_pos)));
                }
            } else {
                if (c == ',') {
                    ++m_pos;
                    state = State::ArrayValueAfterComma;
                } else if (c == ']') {
                    close();
                } else {
                    return fail(
                        m_pos,
                        tr("Expected ',' or ']' after a value in an array, found %1").arg(describeByte(m_in, m_pos)));
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
        return fail(m_pos, tr("Strings must be in double quotes, not single quotes"));
    } else if (c == '/') {
        return fail(m_pos, tr("Comments are not allowed in JSON"));
    } else if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
        return fail(m_pos, tr("Invalid literal; expected true, false or null"));
    } else {
        return fail(m_pos, tr("Expected a value, found %1").arg(describeByte(m_in, m_pos)));
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
            return failAtEnd(tr("Unexpected end of input inside a string (missing '\"')"));
        const uchar c = p[i];
        if (c == '"') {
            m_pos = i + 1;
            return true;
        }
        if (c == '\\') {
            if (i + 1 == n)
                return failAtEnd(tr("Unexpected end of input inside a string (missing '\"')"));
            const char e = char(p[i + 1]);
            if (e == 'u') {
                for (int k = 2; k < 6; ++k) {
                    if (i + k == n)
                        return failAtEnd(tr("Unexpected end of input inside a string (missing '\"')"));
                    if (!isHexDigit(char(p[i + k])))
                        return fail(i, tr("Invalid \\u escape: expected four hex digits"));
                }
                i += 6;
            } else if (e == '"' || e == '\\' || e == '/' || e == 'b' || e == 'f' || e == 'n' || e == 'r' || e == 't') {
                i += 2;
            } else {
                return fail(i, tr("Invalid escape sequence '\\%1' in a string")
                                   .arg(describeByte(m_in, i + 1).remove(QLatin1Char('\''))));
            }
            continue;
        }
        if (c < 0x20) {
            if (c == '\n')
                return fail(i, tr("Line break inside a string (write it as \\n)"));
            return fail(
                i, tr("Control character U+%1 inside a string must be escaped").arg(uint(c), 4, 16, QLatin1Char('0')));
        }
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0)
            return fail(i, tr("Invalid UTF-8 inside a string"));
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
        return failAtEnd(tr("Unexpected end of input inside a number"));
    if (m_in[i] == '0') {
        ++i;
        if (i < n && isDigit(m_in[i]))
            return fail(i - 1, tr("Numbers must not have leading zeros"));
    } else if (isDigit(m_in[i])) {
        while (i < n && isDigit(m_in[i]))
            ++i;
    } else {
        return fail(i, tr("Expected a digit after '-'"));
    }
    if (i < n && m_in[i] == '.') {
        ++i;
        if (i == n)
            return failAtEnd(tr("Unexpected end of input inside a number"));
        if (!isDigit(m_in[i]))
            return fail(i, tr("Expected a digit after the decimal point"));
        while (i < n && isDigit(m_in[i]))
            ++i;
    }
    if (i < n && (m_in[i] == 'e' || m_in[i] == 'E')) {
        ++i;
        if (i < n && (m_in[i] == '+' || m_in[i] == '-'))
            ++i;
        if (i == n)
            return failAtEnd(tr("Unexpected end of input inside a number"));
        if (!isDigit(m_in[i]))
            return fail(i, tr("Expected a digit in the exponent"));
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
            return fail(m_pos - literal.size(), tr("Invalid literal; expected true, false or null"));
        return true;
    }
    if (rest.size() < literal.size() && literal.startsWith(rest))
        return failAtEnd(tr("Unexpected end of input inside a literal"));
    return fail(m_pos, tr("Invalid literal; expected true, false or null"));
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

QString jsonErrorSentence(const JsonError &e)
{
    return tr("Invalid JSON at line %1, column %2 (byte %3): %4.").arg(e.line).arg(e.column).arg(e.offset).arg(e.message);
}

struct PrettyResult
{
    bool ok = false;
    QString text;
    JsonError error;
};

PrettyResult prettyPrint(QByteArrayView json, int indent, bool allowCut)
{
    PrettyResult result;
    PrettyWriter writer(indent);
    JsonParser parser(json, &writer, allowCut);
    if (!parser.run()) {
        result.error.offset = parser.errorOffset();
        result.error.message = parser.errorMessage();
        locate(json, result.error.offset, &result.error.line, &result.error.column);
        return result;
    }
    if (parser.cut() && parser.tokenStart() >= 0)
        writer.value(JsonScalar::String, json.sliced(parser.tokenStart()));
    result.ok = true;
    result.text = QString::fromUtf8(writer.m_out);
    if (writer.m_overflow)
        result.text += QLatin1Char('\n') + tr("[The indented text is too large to show in full.]");
    return result;
}

void appendQuoted(QString &out, QStringView s)
{
    out += QLatin1Char('"');
    for (const QChar ch : s) {
        const char16_t u = ch.unicode();
        switch (u) {
        case '"':
            out += QLatin1String("\\\"");
            break;
        case '\\':
            out += QLatin1String("\\\\");
            break;
        case '\n':
            out += QLatin1String("\\n");
            break;
        case '\r':
            out += QLatin1String("\\r");
            break;
        case '\t':
            out += QLatin1String("\\t");
            break;
        case '\b':
            out += QLatin1String("\\b");
            break;
        case '\f':
            out += QLatin1String("\\f");
            break;
        default:
            if (u < 0x20 || u == 0x7F)
                out += QStringLiteral("\\u%1").arg(uint(u), 4, 16, QLatin1Char('0'));
            else
                out += ch;
        }
    }
    out += QLatin1Char('"');
}

template<typename Float>
QString formatFloat(Float v)
{
    if (std::isnan(v))
        return QStringLiteral("NaN");
    if (std::isinf(v))
        return v > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    char buf[64];
    const auto result = std::to_chars(buf, buf + sizeof buf, v);
    QString s = QString::fromLatin1(buf, result.ptr - buf);
    if (!s.contains(QLatin1Char('.')) && !s.contains(QLatin1Char('e')))
        s += QLatin1String(".0");
    return s;
}

void appendHexBytes(QString &out, QByteArrayView bytes)
{
    static const char digits[] = "0123456789abcdef";
    out.reserve(out.size() + bytes.size() * 2);
    for (const char b : bytes) {
        out += QLatin1Char(digits[uchar(b) >> 4]);
        out += QLatin1Char(digits[uchar(b) & 0xF]);
    }
}

void appendNewline(QString &out, int depth)
{
    out += QLatin1Char('\n');
    out += QString(qsizetype(depth) * 2, QLatin1Char(' '));
}

// CBOR (RFC 8949 §8 diagnostic notation), indented like the pretty JSON.
class CborRenderer
{
public:
    explicit CborRenderer(QByteArrayView data) : m_reader(data.data(), data.size()) { }

    // false: an error (or an end of data inside an item) stopped it
    bool renderAll()
    {
        bool first = true;
        while (m_reader.isValid()) {
            if (!first)
                m_out += QLatin1Char('\n');
            first = false;
            if (!item(0))
                return false;
        }
        return m_reader.lastError() == QCborError::NoError || m_reader.lastError() == QCborError::EndOfFile ? !m_midItem
                                                                                                            : false;
    }
    QString m_out;
    bool m_tooDeep = false;
    bool m_midItem = false;
    QCborStreamReader m_reader;

private:
    bool item(int depth);
    bool fail()
    {
        m_midItem = true;
        return false;
    }
};

bool CborRenderer::item(int depth)
{
    if (m_out.size() > MaxOutputChars)
        return fail();
    QCborStreamReader &r = m_reader;
    switch (r.type()) {
    case QCborStreamReader::UnsignedInteger:
        m_out += QString::number(r.toUnsignedInteger());
        break;
    case QCborStreamReader::NegativeInteger: {
        const quint64 magnitude = quint64(r.toNegativeInteger());
        m_out += magnitude == 0 ? QStringLiteral("-18446744073709551616") : QLatin1Char('-') + QString::number(magnitude);
        break;
    }
    case QCborStreamReader::ByteArray: {
        QString hex;
        auto chunk = r.readByteArray();
        while (chunk.status == QCborStreamReader::Ok) {
            appendHexBytes(hex, chunk.data);
            chunk = r.readByteArray();
        }
        if (chunk.status == QCborStreamReader::Error)
            return fail();
        m_out += QLatin1String("h'") + hex + QLatin1Char('\'');
        return true;
    }
    case QCborStreamReader::String: {
        QString text;
        auto chunk = r.readString();
        while (chunk.status == QCborStreamReader::Ok) {
            text += chunk.data;
            chunk = r.readString();
        }
        if (chunk.status == QCborStreamReader::Error)
            return fail();
        appendQuoted(m_out, text);
        return true;
    }
    case QCborStreamReader::Array:
    case QCborStreamReader::Map: {
        const bool isMap = r.isMap();
        if (depth >= MaxBinaryDepth) {
            m_tooDeep = true;
            return fail();
        }
        if (!r.enterContainer())
            return fail();
        m_out += QLatin1Char(isMap ? '{' : '[');
        bool first = true;
        while (r.lastError() == QCborError::NoError && r.hasNext()) {
            if (!first)
                m_out += QLatin1Char(',');
            first = false;
            appendNewline(m_out, depth + 1);
            if (!item(depth + 1))
                return false;
            if (isMap) {
                m_out += QLatin1String(": ");
                if (!r.hasNext() || !item(depth + 1))
                    return fail();
            }
        }
        if (r.lastError() != QCborError::NoError)
            return fail();
        if (!first)
            appendNewline(m_out, depth);
        m_out += QLatin1Char(isMap ? '}' : ']');
        if (!r.leaveContainer())
            return fail();
        return true;
    }
    case QCborStreamReader::Tag:
        m_out += QString::number(quint64(r.toTag())) + QLatin1Char('(');
        if (!r.next() || !item(depth))
            return fail();
        m_out += QLatin1Char(')');
        return true;
    case QCborStreamReader::SimpleType:
        switch (r.toSimpleType()) {
        case QCborSimpleType::False:
            m_out += QLatin1String("false");
            break;
        case QCborSimpleType::True:
            m_out += QLatin1String("true");
            break;
        case QCborSimpleType::Null:
            m_out += QLatin1String("null");
            break;
        case QCborSimpleType::Undefined:
            m_out += QLatin1String("undefined");
            break;
        default:
            m_out += QStringLiteral("simple(%1)").arg(uint(r.toSimpleType()));
            break;
        }
        break;
    case QCborStreamReader::Float16:
        m_out += formatFloat(float(r.toFloat16()));
        break;
    case QCborStreamReader::Float:
        m_out += formatFloat(r.toFloat());
        break;
    case QCborStreamReader::Double:
        m_out += formatFloat(r.toDouble());
        break;
    case QCborStreamReader::Invalid:
        return fail();
    }
    if (!r.next())
        return fail();
    return true;
}

bool cborDecodesAsOneItem(QByteArrayView data)
{
    QCborStreamReader reader(data.data(), data.size());
    if (!reader.isValid() || !reader.next())
        return false;
    return reader.lastError() == QCborError::NoError && reader.currentOffset() == data.size();
}

#ifdef SIGNALBOX_HAVE_MSGPACK
// Writes MessagePack as JSON-like text while msgpack-cxx parses it (nothing is built).
class MsgpackRenderer : public msgpack::null_visitor
{
public:
    explicit MsgpackRenderer(bool write) : m_write(write) { }

    bool visit_nil() { return put(QStringLiteral("null")); }
    bool visit_boolean(bool v) { return put(v ? QStringLiteral("true") : QStringLiteral("false")); }
    bool visit_positive_integer(uint64_t v) { return put(m_write ? QString::number(v) : QString()); }
    bool visit_negative_integer(int64_t v) { return put(m_write ? QString::number(v) : QString()); }
    bool visit_float32(float v) { return put(m_write ? formatFloat(v) : QString()); }
    bool visit_float64(double v) { return put(m_write ? formatFloat(v) : QString()); }
    bool visit_str(const char *v, uint32_t size)
    {
        if (!m_write)
            return true;
        if (m_out.size() > MaxOutputChars)
            return false;
        appendQuoted(m_out, QString::fromUtf8(v, qsizetype(size)));
        return true;
    }
    bool visit_bin(const char *v, uint32_t size)
    {
        if (!m_write)
            return true;
        QString text = QStringLiteral("bin(");
        appendHexBytes(text, QByteArrayView(v, qsizetype(size)));
        return put(text + QLatin1Char(')'));
    }
    bool visit_ext(const char *v, uint32_t size)
    {
        if (!m_write || size == 0)
            return true;
        const auto type = qint8(v[0]);
        const QByteArrayView body(v + 1, qsizetype(size) - 1);
        if (type == -1) {
            if (const QString ts = timestamp(body); !ts.isEmpty())
                return put(QStringLiteral("timestamp(%1)").arg(ts));
        }
        QString text = QStringLiteral("ext(%1, ").arg(type);
        appendHexBytes(text, body);
        return put(text + QLatin1Char(')'));
    }
    bool start_array(uint32_t) { return open('['); }
    bool start_array_item() { return item(); }
    bool end_array() { return close(']'); }
    bool start_map(uint32_t) { return open('{'); }
    bool start_map_key() { return item(); }
    bool end_map_key() { return put(QStringLiteral(": ")); }
    bool end_map() { return close('}'); }
    void parse_error(size_t, size_t errorOffset) { m_errorOffset = qsizetype(errorOffset); }
    void insufficient_bytes(size_t, size_t) { m_insufficient = true; }

    QString m_out;
    bool m_write;
    bool m_tooDeep = false;
    bool m_insufficient = false;
    qsizetype m_errorOffset = -1;

private:
    static QString timestamp(QByteArrayView b)
    {
        auto be = [&](int from, int count) {
            quint64 v = 0;
            for (int i = 0; i < count; ++i)
                v = (v << 8) | uchar(b[from + i]);
            return v;
        };
        qint64 seconds = 0;
        quint32 nanos = 0;
        if (b.size() == 4) {
            seconds = qint64(be(0, 4));
        } else if (b.size() == 8) {
            const quint64 v = be(0, 8);
            nanos = quint32(v >> 34);
            seconds = qint64(v & 0x3FFFFFFFFull);
        } else if (b.size() == 12) {
            nanos = quint32(be(0, 4));
            seconds = qint64(be(4, 8));
        } else {
            return {};
        }
        const QDateTime t = QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).addMSecs(nanos / 1000000);
        return t.toString(Qt::ISODateWithMs);
    }
    bool put(const QString &text)
    {
        if (!m_write)
            return true;
        if (m_out.size() > MaxOutputChars)
            return false;
        m_out += text;
        return true;
    }
    bool open(char bracket)
    {
        if (m_depth.size() >= size_t(MaxBinaryDepth)) {
            m_tooDeep = true;
            return false;
        }
        m_depth.push_back(true);
        return put(QString(QLatin1Char(bracket)));
    }
    bool item()
    {
        if (!m_write)
            return true;
        if (!m_depth.back())
            m_out += QLatin1Char(',');
        m_depth.back() = false;
        appendNewline(m_out, int(m_depth.size()));
        return true;
    }
    bool close(char bracket)
    {
        const bool empty = m_depth.back();
        m_depth.pop_back();
        if (m_write && !empty)
            appendNewline(m_out, int(m_depth.size()));
        return put(QString(QLatin1Char(bracket)));
    }
    std::vector<bool> m_depth; // per open container: nothing in it yet
};

msgpack::parse_return parseMsgpack(QByteArrayView data, MsgpackRenderer &renderer, size_t *offset)
{
    try {
        return msgpack::detail::parse_imp(data.data(), size_t(data.size()), *offset, renderer);
    } catch (...) {
        return msgpack::PARSE_PARSE_ERROR;
    }
}
#endif

bool msgpackDecodesAsOneItem([[maybe_unused]] QByteArrayView data)
{
#ifdef SIGNALBOX_HAVE_MSGPACK
    MsgpackRenderer renderer(false);
    size_t offset = 0;
    return !data.isEmpty() && parseMsgpack(data, renderer, &offset) == msgpack::PARSE_SUCCESS;
#else
    return false;
#endif
}

void renderBinary(RenderedPayload &r, QByteArrayView data, bool cut)
{
    if (r.format == PayloadFormat::Cbor) {
        CborRenderer renderer(data);
        bool ok = renderer.renderAll();
        if (!ok && cut && !renderer.m_tooDeep && renderer.m_reader.lastError() == QCborError::EndOfFile)
            ok = true;
        if (ok) {
            r.text = renderer.m_out;
            return;
        }
        const qsizetype at = renderer.m_reader.currentOffset();
        r.error =
            renderer.m_tooDeep
                ? tr("Invalid CBOR at byte %1: nesting deeper than %2 levels is not supported.").arg(at).arg(MaxBinaryDepth)
                : tr("Invalid CBOR at byte %1: %2.").arg(at).arg(renderer.m_reader.lastError().toString());
        r.text = hexDump(data);
        return;
    }
#ifdef SIGNALBOX_HAVE_MSGPACK
    MsgpackRenderer renderer(true);
    size_t offset = 0;
    bool first = true;
    while (offset < size_t(data.size())) {
        if (!first)
            renderer.m_out += QLatin1Char('\n');
        first = false;
        const auto ret = parseMsgpack(data, renderer, &offset);
        if (ret == msgpack::PARSE_SUCCESS || ret == msgpack::PARSE_EXTRA_BYTES)
            continue;
        if (ret == msgpack::PARSE_CONTINUE && cut) {
            r.text = renderer.m_out;
            return;
        }
        QString why;
        if (renderer.m_tooDeep)
            why = tr("nesting deeper than %1 levels is not supported").arg(MaxBinaryDepth);
        else if (ret == msgpack::PARSE_CONTINUE)
            why = tr("the data ends inside an item");
        else
            why = tr("unexpected byte");
        const qsizetype at = renderer.m_errorOffset >= 0 ? renderer.m_errorOffset : qsizetype(offset);
        r.error = tr("Invalid MessagePack at byte %1: %2.").arg(at).arg(why);
        r.text = hexDump(data);
        return;
    }
    r.text = renderer.m_out;
#else
    Q_UNUSED(cut);
    r.error = tr("MessagePack support was not built in.");
    r.text = hexDump(data);
#endif
}

// Two passes over the JSON: the first counts each container's items, the
// second writes them, so that CBOR and MessagePack get definite lengths.
class ItemCounter final : public JsonHandler
{
public:
    void beginObject() override { open(); }
    void endObject() override { m_open.pop_back(); }
    void beginArray() override { open(); }
    void endArray() override { m_open.pop_back(); }
    void key(QByteArrayView) override
    {
        m_counts[m_open.back()] += 1;
        m_inKey = true;
    }
    void value(JsonScalar, QByteArrayView) override { countItem(); }
    std::vector<quint32> m_counts;

private:
    void countItem()
    {
        if (m_inKey)
            m_inKey = false;
        else if (!m_open.empty())
            m_counts[m_open.back()] += 1;
    }
    void open()
    {
        countItem();
        m_open.push_back(m_counts.size());
        m_counts.push_back(0);
    }
    std::vector<size_t> m_open;
    bool m_inKey = false;
};

struct JsonNumber
{
    enum { Signed, Unsigned, Double } kind;
    qint64 i = 0;
    quint64 u = 0;
    double d = 0;
};

JsonNumber parseNumber(QByteArrayView raw)
{
    JsonNumber n{JsonNumber::Double};
    const char *b = raw.data();
    const char *e = b + raw.size();
    if (!raw.contains('.') && !raw.contains('e') && !raw.contains('E')) {
        if (auto r = std::from_chars(b, e, n.i); r.ec == std::errc() && r.ptr == e) {
            n.kind = JsonNumber::Signed;
            return n;
        }
        if (auto r = std::from_chars(b, e, n.u); r.ec == std::errc() && r.ptr == e) {
            n.kind = JsonNumber::Unsigned;
            return n;
        }
    }
    n.d = QByteArray(raw.data(), raw.size()).toDouble();
    return n;
}

class CborEncoder final : public JsonHandler
{
public:
    CborEncoder(QByteArray *out, const std::vector<quint32> &counts) : m_writer(out), m_counts(counts) { }
    void beginObject() override { m_writer.startMap(m_counts[m_next++]); }
    void endObject() override { m_writer.endMap(); }
    void beginArray() override { m_writer.startArray(m_counts[m_next++]); }
    void endArray() override { m_writer.endArray(); }
    void key(QByteArrayView raw) override { m_writer.append(decodeJsonString(raw)); }
    void value(JsonScalar kind, QByteArrayView raw) override
    {
        switch (kind) {
        case JsonScalar::String:
            m_writer.append(decodeJsonString(raw));
            break;
        case JsonScalar::True:
            m_writer.append(true);
            break;
        case JsonScalar::False:
            m_writer.append(false);
            break;
        case JsonScalar::Null:
            m_writer.append(nullptr);
            break;
        case JsonScalar::Number: {
            const JsonNumber n = parseNumber(raw);
            if (n.kind == JsonNumber::Signed)
                m_writer.append(n.i);
            else if (n.kind == JsonNumber::Unsigned)
                m_writer.append(n.u);
            else
                m_writer.append(n.d);
            break;
        }
        }
    }

private:
    QCborStreamWriter m_writer;
    const std::vector<quint32> &m_counts;
    size_t m_next = 0;
};

#ifdef SIGNALBOX_HAVE_MSGPACK
class MsgpackEncoder final : public JsonHandler
{
public:
    explicit MsgpackEncoder(const std::vector<quint32> &counts) : m_packer(m_buffer), m_counts(counts) { }
    void beginObject() override { m_packer.pack_map(m_counts[m_next++]); }
    void endObject() override { }
    void beginArray() override { m_packer.pack_array(m_counts[m_next++]); }
    void endArray() override { }
    void key(QByteArrayView raw) override { string(raw); }
    void value(JsonScalar kind, QByteArrayView raw) override
    {
        switch (kind) {
        case JsonScalar::String:
            string(raw);
            break;
        case JsonScalar::True:
            m_packer.pack_true();
            break;
        case JsonScalar::False:
            m_packer.pack_false();
            break;
        case JsonScalar::Null:
            m_packer.pack_nil();
            break;
        case JsonScalar::Number: {
            const JsonNumber n = parseNumber(raw);
            if (n.kind == JsonNumber::Signed)
                m_packer.pack_int64(n.i);
            else if (n.kind == JsonNumber::Unsigned)
                m_packer.pack_uint64(n.u);
            else
                m_packer.pack_double(n.d);
            break;
        }
        }
    }
    QByteArray bytes() const { return QByteArray(m_buffer.data(), qsizetype(m_buffer.size())); }

private:
    void string(QByteArrayView raw)
    {
        const QByteArray utf8 = decodeJsonString(raw).toUtf8();
        m_packer.pack_str(uint32_t(utf8.size()));
        m_packer.pack_str_body(utf8.constData(), uint32_t(utf8.size()));
    }
    msgpack::sbuffer m_buffer;
    msgpack::packer<msgpack::sbuffer> m_packer;
    const std::vector<quint32> &m_counts;
    size_t m_next = 0;
};
#endif

} // namespace

QString payloadFormatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Auto:
        return tr("Auto");
    case PayloadFormat::Text:
        return tr("Text");
    case PayloadFormat::Json:
        return QStringLiteral("JSON");
    case PayloadFormat::Hex:
        return tr("Hex");
    case PayloadFormat::Base64:
        return QStringLiteral("Base64");
    case PayloadFormat::Cbor:
        return QStringLiteral("CBOR");
    case PayloadFormat::MessagePack:
        return QStringLiteral("MessagePack");
    }
    return {};
}

PayloadFormat detectPayloadFormat(QByteArrayView payload)
{
    if (payload.isEmpty())
        return PayloadFormat::Text;
    if (parseJson(payload, nullptr))
        return PayloadFormat::Json;
    if (isText(payload))
        return PayloadFormat::Text;
    if (cborDecodesAsOneItem(payload))
        return PayloadFormat::Cbor;
    if (msgpackDecodesAsOneItem(payload))
        return PayloadFormat::MessagePack;
    return PayloadFormat::Hex;
}

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

JsonPretty prettyPrintJson(QByteArrayView json, int indent)
{
    const PrettyResult pretty = prettyPrint(json, indent, false);
    JsonPretty result;
    result.ok = pretty.ok;
    if (pretty.ok) {
        result.text = pretty.text;
    } else {
        result.text = QString::fromUtf8(json);
        result.errorOffset = pretty.error.offset;
        result.errorLine = pretty.error.line;
        result.errorColumn = pretty.error.column;
        result.errorMessage = pretty.error.message;
    }
    return result;
}

QString hexDump(QByteArrayView data)
{
    static const char digits[] = "0123456789abcdef";
    constexpr qsizetype LineWidth = 77; // 60 + 16 ASCII + '\n'
    QByteArray out;
    out.reserve((data.size() / 16 + 1) * LineWidth);
    char line[LineWidth];
    for (qsizetype offset = 0; offset < data.size(); offset += 16) {
        std::fill(line, line + LineWidth, ' ');
        quint32 o = quint32(offset);
        for (int k = 7; k >= 0; --k, o >>= 4)
            line[k] = digits[o & 0xF];
        const qsizetype count = qMin<qsizetype>(16, data.size() - offset);
        for (qsizetype k = 0; k < count; ++k) {
            const uchar b = uchar(data[offset + k]);
            const qsizetype at = 10 + k * 3 + (k >= 8 ? 1 : 0);
            line[at] = digits[b >> 4];
            line[at + 1] = digits[b & 0xF];
            line[60 + k] = b >= 0x20 && b < 0x7F ? char(b) : '.';
        }
        if (offset > 0)
            out.append('\n');
        out.append(line, 60 + count);
    }
    return QString::fromLatin1(out);
}

RenderedPayload renderPayload(const QByteArray &payload, PayloadFormat format, qsizetype limitBytes)
{
    RenderedPayload r;
    r.totalBytes = payload.size();
    r.format = format == PayloadFormat::Auto ? detectPayloadFormat(payload) : format;
    const bool cut = limitBytes >= 0 && payload.size() > limitBytes;
    const qsizetype limit = cut ? limitBytes : payload.size();
    QByteArrayView shown;
    switch (r.format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        shown = QByteArrayView(payload).first(utf8Boundary(payload, limit));
        r.text = QString::fromUtf8(shown);
        break;
    case PayloadFormat::Json: {
        shown = QByteArrayView(payload).first(utf8Boundary(payload, limit));
        const PrettyResult pretty = prettyPrint(shown, 2, cut);
        if (pretty.ok) {
            r.text = pretty.text;
        } else {
            r.text = QString::fromUtf8(shown);
            r.error = jsonErrorSentence(pretty.error);
        }
        break;
    }
    case PayloadFormat::Hex:
        shown = QByteArrayView(payload).first(limit);
        r.text = hexDump(shown);
        break;
    case PayloadFormat::Base64: {
        shown = QByteArrayView(payload).first(cut ? limit - limit % 3 : limit);
        const QByteArray encoded = shown.toByteArray().toBase64();
        QByteArray wrapped;
        wrapped.reserve(encoded.size() + encoded.size() / 76 + 1);
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            if (i > 0)
                wrapped.append('\n');
            wrapped.append(QByteArrayView(encoded).sliced(i, qMin<qsizetype>(76, encoded.size() - i)));
        }
        r.text = QString::fromLatin1(wrapped);
        break;
    }
    case PayloadFormat::Cbor:
    case PayloadFormat::MessagePack:
        shown = QByteArrayView(payload).first(limit);
        renderBinary(r, shown, cut);
        break;
    }
    r.shownBytes = shown.size();
    r.truncated = r.shownBytes < r.totalBytes;
    return r;
}

QString payloadPreview(QByteArrayView payload, int maxChars)
{
    if (maxChars <= 0 || payload.isEmpty())
        return {};
    const qsizetype window = qMin<qsizetype>(payload.size(), qsizetype(maxChars) * 4);
    const QByteArrayView head = payload.first(utf8Boundary(payload, window));
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    bool text = true;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head.size();) {
        const int len = utf8SequenceLength(p + i, head.size() - i);
        if (len == 0) {
            text = false;
            break;
        }
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
            ++controls;
        i += len;
    }
    if (text && controls * 4 > head.size())
        text = false;
    QString out;
    bool cutShort = head.size() < payload.size();
    if (text) {
        const QString s = QString::fromUtf8(head);
        bool inSpace = false;
        for (const QChar ch : s) {
            if (out.size() >= maxChars) {
                cutShort = true;
                break;
            }
            const char16_t u = ch.unicode();
            if (u == '\t' || u == '\n' || u == '\r' || (u == ' ' && inSpace)) {
                if (!inSpace)
                    out += QLatin1Char(' ');
                inSpace = true;
                continue;
            }
            inSpace = u == ' ';
            if (u < 0x20)
                out += QChar(char16_t(0x2400 + u)); // Control Pictures
            else if (u == 0x7F)
                out += QChar(char16_t(0x2421));
            else
                out += ch;
        }
    } else {
        static const char digits[] = "0123456789abcdef";
        for (qsizetype i = 0; i < payload.size(); ++i) {
            if (out.size() + 3 > maxChars) {
                cutShort = true;
                break;
            }
            if (i > 0)
                out += QLatin1Char(' ');
            out += QLatin1Char(digits[uchar(payload[i]) >> 4]);
            out += QLatin1Char(digits[uchar(payload[i]) & 0xF]);
        }
        cutShort = cutShort && out.size() / 3 + 1 < payload.size();
    }
    if (cutShort) {
        if (out.size() >= maxChars)
            out.truncate(maxChars - 1);
        out += QChar(char16_t(0x2026));
    }
    return out;
}

QByteArray encodePayload(const QString &text, PayloadFormat format, QString *error)
{
    auto failWith = [error](const QString &message) {
        if (error)
            *error = message;
        return QByteArray();
    };
    if (error)
        error->clear();
    switch (format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        return text.toUtf8();
    case PayloadFormat::Json: {
        const QByteArray utf8 = text.toUtf8();
        JsonError e;
        if (!parseJson(utf8, nullptr, &e))
            return failWith(jsonErrorSentence(e));
        return utf8;
    }
    case PayloadFormat::Hex: {
        QByteArray digits;
        digits.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch.isSpace())
                continue;
            if (ch.unicode() > 0x7F || !isHexDigit(char(ch.unicode())))
                return failWith(tr("'%1' at position %2 is not a hex digit.").arg(ch).arg(i + 1));
            digits.append(char(ch.unicode()));
        }
        if (digits.size() % 2 != 0)
            return failWith(
                tr("Hex needs two digits per byte; there is an odd number of digits (%1).").arg(digits.size()));
        return QByteArray::fromHex(digits);
    }
    case PayloadFormat::Base64: {
        QByteArray compact;
        compact.reserve(text.size());
        for (const QChar ch : text) {
            if (!ch.isSpace())
                compact.append(char(ch.unicode() > 0x7F ? '!' : ch.unicode()));
        }
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64Encoding
                                                                   | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64UrlEncoding
                                                                  | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return failWith(tr("The text is not valid Base64."));
        return *decoded;
    }
    case PayloadFormat::Cbor:
    case PayloadFormat::MessagePack: {
        const QByteArray utf8 = text.toUtf8();
        ItemCounter counter;
        JsonError e;
        if (!parseJson(utf8, &counter, &e))
            return failWith(tr("Type JSON to send as %1. %2").arg(payloadFormatName(format), jsonErrorSentence(e)));
        if (format == PayloadFormat::Cbor) {
            QByteArray out;
            CborEncoder encoder(&out, counter.m_counts);
            parseJson(utf8, &encoder);
            return out;
        }
#ifdef SIGNALBOX_HAVE_MSGPACK
        MsgpackEncoder encoder(counter.m_counts);
        parseJson(utf8, &encoder);
        return encoder.bytes();
#else
        return failWith(tr("MessagePack support was not built in."));
#endif
    }
    }
    return {};
}

} // namespace Signalbox
