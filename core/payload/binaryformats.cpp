#include "payload/binaryformats.h"

#include "payload/json.h"
#include "payload/textutil.h"

#include <QCborStreamReader>
#include <QCborStreamWriter>
#include <QCoreApplication>
#include <QDateTime>

#include <charconv>
#include <cmath>
#include <vector>

#ifdef SIGNALBOX_HAVE_MSGPACK
#include <msgpack.hpp>
#endif

namespace Signalbox {
namespace {

using namespace PayloadDetail;

class BinaryFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PayloadFormat)
};

constexpr int MaxBinaryDepth = MaxJsonDepth; // what can be typed as JSON and sent as CBOR can be shown

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

// The first pass, which validates: false with *error set where json is invalid.
bool countItems(QByteArrayView json, const QString &formatName, ItemCounter *counter, QString *error)
{
    JsonError e;
    if (parseJson(json, counter, &e))
        return true;
    if (error)
        *error = BinaryFormatText::tr("Type JSON to send as %1. %2").arg(formatName, jsonErrorSentence(e));
    return false;
}

} // namespace

bool cborDecodesAsOneItem(QByteArrayView data)
{
    QCborStreamReader reader(data.data(), data.size());
    if (!reader.isValid() || !reader.next())
        return false;
    return reader.lastError() == QCborError::NoError && reader.currentOffset() == data.size();
}

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

std::optional<QString> renderCbor(QByteArrayView data, bool cut, QString *error)
{
    CborRenderer renderer(data);
    bool ok = renderer.renderAll();
    if (!ok && cut && !renderer.m_tooDeep && renderer.m_reader.lastError() == QCborError::EndOfFile)
        ok = true;
    if (ok)
        return renderer.m_out;
    if (error) {
        const qsizetype at = renderer.m_reader.currentOffset();
        *error = renderer.m_tooDeep
                     ? BinaryFormatText::tr("Invalid CBOR at byte %1: nesting deeper than %2 levels is not supported.")
                           .arg(at)
                           .arg(MaxBinaryDepth)
                     : BinaryFormatText::tr("Invalid CBOR at byte %1: %2.")
                           .arg(at)
                           .arg(renderer.m_reader.lastError().toString());
    }
    return std::nullopt;
}

std::optional<QString> renderMsgpack([[maybe_unused]] QByteArrayView data, [[maybe_unused]] bool cut, QString *error)
{
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
        if (ret == msgpack::PARSE_CONTINUE && cut)
            return renderer.m_out;
        if (error) {
            QString why;
            if (renderer.m_tooDeep)
                why = BinaryFormatText::tr("nesting deeper than %1 levels is not supported").arg(MaxBinaryDepth);
            else if (ret == msgpack::PARSE_CONTINUE)
                why = BinaryFormatText::tr("the data ends inside an item");
            else
                why = BinaryFormatText::tr("unexpected byte");
            const qsizetype at = renderer.m_errorOffset >= 0 ? renderer.m_errorOffset : qsizetype(offset);
            *error = BinaryFormatText::tr("Invalid MessagePack at byte %1: %2.").arg(at).arg(why);
        }
        return std::nullopt;
    }
    return renderer.m_out;
#else
    if (error)
        *error = BinaryFormatText::tr("MessagePack support was not built in.");
    return std::nullopt;
#endif
}

std::optional<QByteArray> encodeJsonAsCbor(QByteArrayView json, QString *error)
{
    ItemCounter counter;
    if (!countItems(json, QStringLiteral("CBOR"), &counter, error))
        return std::nullopt;
    QByteArray out;
    CborEncoder encoder(&out, counter.m_counts);
    parseJson(json, &encoder);
    return out;
}

std::optional<QByteArray> encodeJsonAsMsgpack(QByteArrayView json, QString *error)
{
    ItemCounter counter;
    if (!countItems(json, QStringLiteral("MessagePack"), &counter, error))
        return std::nullopt;
#ifdef SIGNALBOX_HAVE_MSGPACK
    MsgpackEncoder encoder(counter.m_counts);
    parseJson(json, &encoder);
    return encoder.bytes();
#else
    if (error)
        *error = BinaryFormatText::tr("MessagePack support was not built in.");
    return std::nullopt;
#endif
}

} // namespace Signalbox
