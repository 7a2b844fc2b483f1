#include "decoders/avroschema.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonValue>
#include <QtEndian>

#include <avro.h>
#include <zlib.h>

#include <bit>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <mutex>

namespace Signalbox {

namespace {

class AvroText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::AvroSchema)
};

constexpr int MaxDepth = 100;
// Items that take no bytes (null, an empty record) cost the sender nothing, so a
// block count alone could make us write billions of them; real data has no
// use for more than this many.
constexpr qint64 MaxEmptyItems = 65536;
constexpr qsizetype SyncSize = 16;
// What a container's deflate blocks may inflate to, together.
constexpr qsizetype MaxInflated = 64 * 1024 * 1024;

// Avro 1.11 specification, "Object Container Files": the four magic bytes.
constexpr char ContainerMagic[] = {'O', 'b', 'j', '\x01'};

// avro-c's schema parser keeps its reason in avro_strerror(); one parse at a time
// keeps the reason with its parse whether or not the build made it thread-local.
std::mutex &avroParseMutex()
{
    static std::mutex mutex;
    return mutex;
}

struct SchemaRef
{
    avro_schema_t schema = nullptr;
    ~SchemaRef()
    {
        if (schema)
            avro_schema_decref(schema);
    }
};

// nullptr and *error with avro-c's reason.
avro_schema_t parseSchema(QByteArrayView json, QString *error)
{
    const std::lock_guard lock(avroParseMutex());
    avro_schema_t schema = nullptr;
    if (avro_schema_from_json_length(json.data(), size_t(json.size()), &schema) != 0 || !schema) {
        QString reason = QString::fromUtf8(avro_strerror()).trimmed();
        while (reason.endsWith(QLatin1Char('.')))
            reason.chop(1);
        *error = reason.isEmpty() ? AvroText::tr("The Avro schema does not parse.")
                                  : AvroText::tr("The Avro schema does not parse: %1.").arg(reason);
        return nullptr;
    }
    return schema;
}

avro_schema_t resolve(avro_schema_t schema)
{
    for (int i = 0; i < 64 && is_avro_link(schema); ++i)
        schema = avro_schema_link_target(schema);
    return schema;
}

QString fullName(avro_schema_t schema)
{
    schema = resolve(schema);
    switch (avro_typeof(schema)) {
    case AVRO_RECORD:
    case AVRO_ENUM:
    case AVRO_FIXED: {
        const char *space = avro_schema_namespace(schema);
        const QString name = QString::fromUtf8(avro_schema_name(schema));
        return space && *space ? QString::fromUtf8(space) % QLatin1Char('.') % name : name;
    }
    case AVRO_STRING:
        return QStringLiteral("string");
    case AVRO_BYTES:
        return QStringLiteral("bytes");
    case AVRO_INT32:
        return QStringLiteral("int");
    case AVRO_INT64:
        return QStringLiteral("long");
    case AVRO_FLOAT:
        return QStringLiteral("float");
    case AVRO_DOUBLE:
        return QStringLiteral("double");
    case AVRO_BOOLEAN:
        return QStringLiteral("boolean");
    case AVRO_NULL:
        return QStringLiteral("null");
    case AVRO_MAP:
        return QStringLiteral("map");
    case AVRO_ARRAY:
        return QStringLiteral("array");
    case AVRO_UNION:
        return QStringLiteral("union");
    case AVRO_LINK:
        break;
    }
    return QStringLiteral("link");
}

QString fieldPath(const QString &path, const QString &name)
{
    return path.isEmpty() ? name : path % QLatin1Char('.') % name;
}

QString itemPath(const QString &path, const QString &index)
{
    return path % QLatin1Char('[') % index % QLatin1Char(']');
}

void appendEscaped(QByteArray *out, uchar c)
{
    static const char Hex[] = "0123456789abcdef";
    if (c == '"' || c == '\\') {
        out->append('\\');
        out->append(char(c));
    } else if (c < 0x20) {
        out->append("\\u00");
        out->append(Hex[c >> 4]);
        out->append(Hex[c & 0xF]);
    } else {
        out->append(char(c));
    }
}

// UTF-8 text as a JSON string.
void appendJsonString(QByteArray *out, QByteArrayView utf8)
{
    out->append('"');
    for (const char c : utf8)
        appendEscaped(out, uchar(c));
    out->append('"');
}

// Bytes as Avro's JSON encoding has them: a string whose code points 0-255 are the bytes.
void appendByteString(QByteArray *out, QByteArrayView bytes)
{
    out->append('"');
    for (const char c : bytes) {
        const uchar b = uchar(c);
        if (b < 0x80) {
            appendEscaped(out, b);
        } else {
            out->append(char(0xC0 | (b >> 6)));
            out->append(char(0x80 | (b & 0x3F)));
        }
    }
    out->append('"');
}

template<typename Float>
void appendFloat(QByteArray *out, Float value)
{
    if (std::isnan(value)) {
        out->append("\"NaN\"");
    } else if (std::isinf(value)) {
        out->append(value > 0 ? "\"Infinity\"" : "\"-Infinity\"");
    } else {
        char buffer[64];
        // the shortest text that reads back as the same float or double
        const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
        out->append(buffer, qsizetype(result.ptr - buffer));
    }
}

// --- Reading: the binary encoding (specification, "Binary Encoding") ----------

// Where the reader stands, made into text only for an error: decoding a payload
// that is fine builds no strings for it.
struct Path
{
    const Path *parent = nullptr;
    const char *field = nullptr; // a record's field
    qint64 index = -1; // an array's item, a container's object
    QByteArrayView key; // a map's key (isKey)
    bool isKey = false;

    static Path fieldOf(const Path *parent, const char *field)
    {
        Path path;
        path.parent = parent;
        path.field = field;
        return path;
    }
    static Path itemOf(const Path *parent, qint64 index)
    {
        Path path;
        path.parent = parent;
        path.index = index;
        return path;
    }
    static Path keyOf(const Path *parent, QByteArrayView key)
    {
        Path path;
        path.parent = parent;
        path.key = key;
        path.isKey = true;
        return path;
    }
    QString text() const
    {
        const QString prefix = parent ? parent->text() : QString();
        if (field)
            return fieldPath(prefix, QString::fromUtf8(field));
        if (isKey)
            return itemPath(prefix, QString::fromUtf8(key));
        if (index >= 0)
            return itemPath(prefix, QString::number(index));
        return prefix;
    }
};

class DatumReader
{
public:
    DatumReader(QByteArrayView data, const QString &rootSubject)
        : m_begin(reinterpret_cast<const uchar *>(data.data()))
        , m_p(m_begin)
        , m_end(m_begin + data.size())
        , m_rootSubject(rootSubject)
    { }
    QByteArray out;
    QString error;

    qsizetype offset() const { return m_p - m_begin; }
    qsizetype left() const { return m_end - m_p; }
    bool atEnd() const { return m_p >= m_end; }
    void skip(qsizetype n) { m_p += n; }
    const uchar *position() const { return m_p; }
    void setRootSubject(const QString &subject) { m_rootSubject = subject; }
    // Reading stops at end (for a container's block), until restored.
    const uchar *limit(const uchar *end)
    {
        const uchar *previous = m_end;
        m_end = end;
        return previous;
    }

    bool value(avro_schema_t schema, const Path &path, int depth)
    {
        if (depth > MaxDepth)
            return fail(Path(), offset(), AvroText::tr("nests deeper than %1 levels").arg(MaxDepth)); // not 100 names
        schema = resolve(schema);
        const qsizetype at = offset();
        switch (avro_typeof(schema)) {
        case AVRO_NULL:
            out.append("null");
            return true;
        case AVRO_BOOLEAN: {
            if (atEnd())
                return cutShort(path, at);
            const uchar b = *m_p++;
            if (b > 1)
                return fail(path, at, AvroText::tr("is a boolean byte of %1, not 0 or 1").arg(b));
            out.append(b ? "true" : "false");
            return true;
        }
        case AVRO_INT32:
        case AVRO_INT64: {
            qint64 v = 0;
            if (!readLong(path, &v))
                return false;
            if (avro_typeof(schema) == AVRO_INT32
                && (v < std::numeric_limits<qint32>::min() || v > std::numeric_limits<qint32>::max()))
                return fail(path, at, AvroText::tr("has %1, too large for an int").arg(v));
            out.append(QByteArray::number(v));
            return true;
        }
        case AVRO_FLOAT: {
            if (left() < 4)
                return cutShort(path, at);
            appendFloat(&out, std::bit_cast<float>(qFromLittleEndian<quint32>(m_p)));
            m_p += 4;
            return true;
        }
        case AVRO_DOUBLE: {
            if (left() < 8)
                return cutShort(path, at);
            appendFloat(&out, std::bit_cast<double>(qFromLittleEndian<quint64>(m_p)));
            m_p += 8;
            return true;
        }
        case AVRO_BYTES:
        case AVRO_STRING: {
            QByteArrayView bytes;
            if (!readBytes(path, &bytes))
                return false;
            if (avro_typeof(schema) == AVRO_BYTES) {
                appendByteString(&out, bytes);
                return true;
            }
            if (!QUtf8StringView(bytes).isValidUtf8())
                return fail(path, at, AvroText::tr("is a string that is not valid UTF-8"));
            appendJsonString(&out, bytes);
            return true;
        }
        case AVRO_FIXED: {
            const int64_t size = avro_schema_fixed_size(schema);
            if (size < 0)
                return fail(path, at, AvroText::tr("has a negative size in the schema"));
            if (left() < size)
                return fail(path, at, AvroText::tr("is cut short: %1 bytes needed, %2 left").arg(size).arg(left()));
            appendByteString(&out, QByteArrayView(m_p, qsizetype(size)));
            m_p += size;
            return true;
        }
        case AVRO_ENUM: {
            qint64 index = 0;
            if (!readLong(path, &index))
                return false;
            const int count = avro_schema_enum_number_of_symbols(schema);
            if (index < 0 || index >= count)
                return fail(path, at,
                            AvroText::tr("has the symbol number %1, but %2 has %3 symbols")
                                .arg(index)
                                .arg(fullName(schema))
                                .arg(count));
            const char *symbol = avro_schema_enum_get(schema, int(index));
            appendJsonString(&out, symbol ? QByteArrayView(symbol) : QByteArrayView());
            return true;
        }
        case AVRO_RECORD: {
            out.append('{');
            const size_t count = avro_schema_record_size(schema);
            for (size_t i = 0; i < count; ++i) {
                const char *name = avro_schema_record_field_name(schema, int(i));
                if (i > 0)
                    out.append(',');
                appendJsonString(&out, name);
                out.append(':');
                if (!value(avro_schema_record_field_get_by_index(schema, int(i)), Path::fieldOf(&path, name), depth + 1))
                    return false;
            }
            out.append('}');
            return true;
        }
        case AVRO_ARRAY:
        case AVRO_MAP: {
            const bool isMap = avro_typeof(schema) == AVRO_MAP;
            const avro_schema_t items = isMap ? avro_schema_map_values(schema) : avro_schema_array_items(schema);
            out.append(isMap ? '{' : '[');
            qint64 index = 0;
            for (;;) {
                qint64 count = 0;
                if (!readBlockCount(path, &count))
                    return false;
                if (count == 0)
                    break;
                for (qint64 i = 0; i < count; ++i, ++index) {
                    const uchar *before = m_p;
                    if (index > 0)
                        out.append(',');
                    Path child = Path::itemOf(&path, index);
                    if (isMap) {
                        QByteArrayView key;
                        const qsizetype keyAt = offset();
                        if (!readBytes(child, &key))
                            return false;
                        if (!QUtf8StringView(key).isValidUtf8())
                            return fail(path, keyAt, AvroText::tr("has a key that is not valid UTF-8"));
                        appendJsonString(&out, key);
                        out.append(':');
                        child = Path::keyOf(&path, key);
                    }
                    if (!value(items, child, depth + 1))
                        return false;
                    if (m_p == before && ++m_emptyItems > MaxEmptyItems)
                        return fail(path, at,
                                    AvroText::tr("has more than %1 items that take no bytes").arg(MaxEmptyItems));
                }
            }
            out.append(isMap ? '}' : ']');
            return true;
        }
        case AVRO_UNION: {
            qint64 index = 0;
            if (!readLong(path, &index))
                return false;
            const qint64 count = qint64(avro_schema_union_size(schema));
            if (index < 0 || index >= count)
                return fail(path, at,
                            AvroText::tr("has the union branch %1, but the union has %2").arg(index).arg(count));
            const avro_schema_t branch = resolve(avro_schema_union_branch(schema, int(index)));
            if (is_avro_null(branch)) {
                out.append("null");
                return true;
            }
            out.append('{');
            appendJsonString(&out, fullName(branch).toUtf8());
            out.append(':');
            if (!value(branch, path, depth + 1))
                return false;
            out.append('}');
            return true;
        }
        case AVRO_LINK:
            break;
        }
        return fail(path, at, AvroText::tr("has a type that avro-c could not resolve"));
    }

    // A zigzag varint of at most 10 bytes.
    bool readLong(const Path &path, qint64 *v)
    {
        const qsizetype at = offset();
        quint64 raw = 0;
        for (int shift = 0; shift < 70; shift += 7) {
            if (atEnd())
                return cutShort(path, at);
            const uchar byte = *m_p++;
            if (shift == 63 && byte > 1)
                return fail(path, at, AvroText::tr("has a number longer than 64 bits"));
            raw |= quint64(byte & 0x7F) << shift;
            if (!(byte & 0x80)) {
                *v = qint64(raw >> 1) ^ -qint64(raw & 1);
                return true;
            }
        }
        return fail(path, at, AvroText::tr("has a number longer than 64 bits"));
    }

    // A long length, then that many bytes, checked against what is left before anything is taken.
    bool readBytes(const Path &path, QByteArrayView *bytes)
    {
        const qsizetype at = offset();
        qint64 length = 0;
        if (!readLong(path, &length))
            return false;
        if (length < 0)
            return fail(path, at, AvroText::tr("has the negative length %1").arg(length));
        if (length > left())
            return fail(path, at, AvroText::tr("says it is %1 bytes long but only %2 are left").arg(length).arg(left()));
        *bytes = QByteArrayView(m_p, qsizetype(length));
        m_p += length;
        return true;
    }

    // An array's or map's block count; a negative count is followed by the block's size.
    bool readBlockCount(const Path &path, qint64 *count)
    {
        const qsizetype at = offset();
        if (!readLong(path, count))
            return false;
        if (*count < 0) {
            if (*count == std::numeric_limits<qint64>::min())
                return fail(path, at, AvroText::tr("has an invalid block count"));
            *count = -*count;
            qint64 size = 0;
            if (!readLong(path, &size))
                return false;
            if (size < 0 || size > left())
                return fail(path, at, AvroText::tr("has a block of %1 bytes but only %2 are left").arg(size).arg(left()));
        }
        return true;
    }

    bool cutShort(const Path &path, qsizetype at) { return fail(path, at, AvroText::tr("is cut short")); }

    bool fail(const Path &path, qsizetype at, const QString &what)
    {
        const QString where = path.text();
        const QString subject = where.isEmpty() ? m_rootSubject : AvroText::tr("Field “%1”").arg(where);
        error = AvroText::tr("%1 at byte %2 %3.").arg(subject).arg(at).arg(what);
        return false;
    }

private:
    const uchar *m_begin;
    const uchar *m_p;
    const uchar *m_end;
    QString m_rootSubject;
    qint64 m_emptyItems = 0;
};

// The "deflate" codec's blocks: RFC 1951 deflate, without zlib's header and checksum.
// At most `budget` bytes come out: a small block can inflate a thousandfold.
std::optional<QByteArray> inflateRaw(QByteArrayView in, qsizetype budget, QString *error)
{
    z_stream z{};
    if (inflateInit2(&z, -MAX_WBITS) != Z_OK) {
        *error = AvroText::tr("zlib cannot start");
        return std::nullopt;
    }
    z.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(in.data()));
    z.avail_in = uInt(in.size()); // a block is at most an MQTT payload: 256 MB
    QByteArray out;
    int status = Z_OK;
    while (status == Z_OK) {
        const qsizetype chunk = qMin<qsizetype>(qMax<qsizetype>(in.size() * 4, 4096), budget - out.size());
        if (chunk <= 0) {
            inflateEnd(&z);
            *error = AvroText::tr("it inflates to more than %1 MiB").arg(MaxInflated / (1024 * 1024));
            return std::nullopt;
        }
        const qsizetype before = out.size();
        out.resize(before + chunk);
        z.next_out = reinterpret_cast<Bytef *>(out.data() + before);
        z.avail_out = uInt(chunk);
        status = inflate(&z, Z_NO_FLUSH);
        out.resize(out.size() - qsizetype(z.avail_out));
        if (status == Z_BUF_ERROR && z.avail_in == 0)
            break; // the input ended before the stream did
    }
    if (status != Z_STREAM_END) {
        *error = status == Z_OK || status == Z_BUF_ERROR ? AvroText::tr("the deflate stream is cut short")
                 : z.msg                                 ? QString::fromLatin1(z.msg)
                                                         : AvroText::tr("zlib error %1").arg(status);
    }
    // Bytes after the end of the stream are left alone: Apache Avro's Python writer
    // strips zlib's header but only one byte of its four-byte checksum.
    inflateEnd(&z);
    if (status != Z_STREAM_END)
        return std::nullopt;
    return out;
}

// Specification, "Object Container Files": header (magic, metadata map of bytes,
// 16-byte sync marker), then blocks of (object count, byte size, objects, sync marker).
bool readContainer(QByteArrayView payload, QByteArray *json, QString *error)
{
    DatumReader reader(payload, AvroText::tr("The container's header"));
    reader.skip(sizeof ContainerMagic);
    QByteArrayView schemaJson;
    QByteArrayView codec = "null";
    bool haveSchema = false;
    const Path metadata = Path::fieldOf(nullptr, "metadata");
    for (;;) {
        qint64 count = 0;
        if (!reader.readBlockCount(metadata, &count)) {
            *error = reader.error;
            return false;
        }
        if (count == 0)
            break;
        for (qint64 i = 0; i < count; ++i) {
            QByteArrayView key;
            QByteArrayView value;
            if (!reader.readBytes(metadata, &key) || !reader.readBytes(metadata, &value)) {
                *error = reader.error;
                return false;
            }
            if (key == "avro.schema") {
                schemaJson = value;
                haveSchema = true;
            } else if (key == "avro.codec") {
                codec = value;
            }
        }
    }
    if (reader.left() < SyncSize) {
        *error = AvroText::tr("The container's header is cut short before its sync marker.");
        return false;
    }
    const QByteArrayView sync(reader.position(), SyncSize);
    reader.skip(SyncSize);
    if (!haveSchema) {
        *error = AvroText::tr("The container has no schema (no avro.schema in its header).");
        return false;
    }
    const bool deflated = codec == "deflate";
    if (codec != "null" && !codec.isEmpty() && !deflated) {
        *error = AvroText::tr("The container is compressed with “%1”, which Signalbox cannot read; only "
                              "uncompressed (codec null) and deflate containers can be shown.")
                     .arg(QString::fromUtf8(codec));
        return false;
    }
    qsizetype inflatedSoFar = 0;
    QString schemaError;
    SchemaRef writer;
    writer.schema = parseSchema(schemaJson, &schemaError);
    if (!writer.schema) {
        *error = AvroText::tr("The container's own schema does not parse: %1").arg(schemaError);
        return false;
    }

    reader.setRootSubject(AvroText::tr("The container"));
    reader.out.append('[');
    qint64 index = 0;
    while (!reader.atEnd()) {
        const qsizetype blockAt = reader.offset();
        qint64 count = 0;
        qint64 size = 0;
        if (!reader.readLong(Path(), &count) || !reader.readLong(Path(), &size)) {
            *error = reader.error;
            return false;
        }
        if (count < 0 || size < 0 || size > reader.left()) {
            *error = AvroText::tr("The container's block at byte %1 says it holds %2 objects in %3 bytes, but %4 bytes "
                                  "are left.")
                         .arg(blockAt)
                         .arg(count)
                         .arg(size)
                         .arg(reader.left());
            return false;
        }
        // The block's objects, read by `from` up to its end.
        const auto readObjects = [&](DatumReader &from) {
            for (qint64 i = 0; i < count; ++i, ++index) {
                if (index > 0)
                    from.out.append(',');
                const uchar *before = from.position();
                if (!from.value(writer.schema, Path::itemOf(nullptr, index), 0)) {
                    *error = from.error;
                    return false;
                }
                // An object of no bytes (a null schema) costs the sender nothing: see MaxEmptyItems.
                if (from.position() == before && index >= MaxEmptyItems) {
                    *error =
                        AvroText::tr("The container holds more than %1 objects that take no bytes.").arg(MaxEmptyItems);
                    return false;
                }
            }
            if (!from.atEnd()) {
                *error = AvroText::tr("The container's block at byte %1 has %2 bytes after its %3 objects.")
                             .arg(blockAt)
                             .arg(from.left())
                             .arg(count);
                return false;
            }
            return true;
        };
        if (deflated) {
            const std::optional<QByteArray> inflated = inflateRaw(QByteArrayView(reader.position(), size),
                                                                  MaxInflated - inflatedSoFar, error);
            if (!inflated) {
                *error = AvroText::tr("The container's block at byte %1 does not inflate: %2").arg(blockAt).arg(*error);
                return false;
            }
            inflatedSoFar += inflated->size();
            DatumReader block(*inflated, AvroText::tr("The container's block at byte %1 (inflated)").arg(blockAt));
            block.out = std::move(reader.out);
            const bool read = readObjects(block);
            reader.out = std::move(block.out);
            if (!read)
                return false;
            reader.skip(size);
        } else {
            const uchar *end = reader.limit(reader.position() + size);
            const bool read = readObjects(reader);
            reader.limit(end);
            if (!read)
                return false;
        }
        if (reader.left() < SyncSize || QByteArrayView(reader.position(), SyncSize) != sync) {
            *error =
                AvroText::tr("The container's block at byte %1 does not end with the header's sync marker.").arg(blockAt);
            return false;
        }
        reader.skip(SyncSize);
    }
    reader.out.append(']');
    *json = std::move(reader.out);
    return true;
}

// --- Writing: JSON in Avro's JSON encoding as a binary datum -------------------

class DatumWriter
{
public:
    QByteArray out;
    QString error;

    bool value(avro_schema_t schema, const QJsonValue &v, const QString &path, int depth)
    {
        if (depth > MaxDepth)
            return fail(path, AvroText::tr("nests deeper than %1 levels").arg(MaxDepth));
        schema = resolve(schema);
        switch (avro_typeof(schema)) {
        case AVRO_NULL:
            return v.isNull() || expected(path, QStringLiteral("null"), v);
        case AVRO_BOOLEAN:
            if (!v.isBool())
                return expected(path, QStringLiteral("true or false"), v);
            out.append(char(v.toBool() ? 1 : 0));
            return true;
        case AVRO_INT32:
        case AVRO_INT64: {
            // toInteger() gives its default when the number is not a whole one
            const qint64 a = v.toInteger(0);
            if (!v.isDouble() || a != v.toInteger(1))
                return expected(path, AvroText::tr("a whole number"), v);
            if (avro_typeof(schema) == AVRO_INT32
                && (a < std::numeric_limits<qint32>::min() || a > std::numeric_limits<qint32>::max()))
                return fail(path, AvroText::tr("is %1, too large for an int").arg(a));
            writeLong(a);
            return true;
        }
        case AVRO_FLOAT:
        case AVRO_DOUBLE: {
            double d = 0;
            if (v.isDouble()) {
                d = v.toDouble();
            } else if (v == QJsonValue(QStringLiteral("NaN"))) {
                d = std::numeric_limits<double>::quiet_NaN();
            } else if (v == QJsonValue(QStringLiteral("Infinity"))) {
                d = std::numeric_limits<double>::infinity();
            } else if (v == QJsonValue(QStringLiteral("-Infinity"))) {
                d = -std::numeric_limits<double>::infinity();
            } else {
                return expected(path, AvroText::tr("a number"), v);
            }
            char bytes[8];
            if (avro_typeof(schema) == AVRO_FLOAT) {
                qToLittleEndian(std::bit_cast<quint32>(float(d)), bytes);
                out.append(bytes, 4);
            } else {
                qToLittleEndian(std::bit_cast<quint64>(d), bytes);
                out.append(bytes, 8);
            }
            return true;
        }
        case AVRO_STRING: {
            if (!v.isString())
                return expected(path, AvroText::tr("a string"), v);
            const QByteArray utf8 = v.toString().toUtf8();
            writeLong(utf8.size());
            out.append(utf8);
            return true;
        }
        case AVRO_BYTES:
        case AVRO_FIXED: {
            if (!v.isString())
                return expected(path, AvroText::tr("a string of bytes (code points 0 to 255)"), v);
            const QString text = v.toString();
            QByteArray bytes;
            bytes.reserve(text.size());
            for (const QChar c : text) {
                if (c.unicode() > 0xFF)
                    return fail(path,
                                AvroText::tr("has the character U+%1, but bytes are written as code points 0 to 255")
                                    .arg(c.unicode(), 4, 16, QLatin1Char('0')));
                bytes.append(char(c.unicode()));
            }
            if (avro_typeof(schema) == AVRO_FIXED) {
                if (bytes.size() != avro_schema_fixed_size(schema))
                    return fail(path, AvroText::tr("has %1 bytes, but %2 is %3 bytes")
                                          .arg(bytes.size())
                                          .arg(fullName(schema))
                                          .arg(avro_schema_fixed_size(schema)));
            } else {
                writeLong(bytes.size());
            }
            out.append(bytes);
            return true;
        }
        case AVRO_ENUM: {
            if (!v.isString())
                return expected(path, AvroText::tr("a symbol of %1").arg(fullName(schema)), v);
            const int index = avro_schema_enum_get_by_name(schema, v.toString().toUtf8().constData());
            if (index < 0)
                return fail(path,
                            AvroText::tr("is “%1”, which is not a symbol of %2").arg(v.toString(), fullName(schema)));
            writeLong(index);
            return true;
        }
        case AVRO_RECORD: {
            if (!v.isObject())
                return expected(path, AvroText::tr("an object (record %1)").arg(fullName(schema)), v);
            const QJsonObject object = v.toObject();
            const size_t count = avro_schema_record_size(schema);
            for (size_t i = 0; i < count; ++i) {
                const QString name = QString::fromUtf8(avro_schema_record_field_name(schema, int(i)));
                const auto it = object.constFind(name);
                if (it == object.constEnd())
                    return fail(fieldPath(path, name), AvroText::tr("is missing"));
                if (!value(avro_schema_record_field_get_by_index(schema, int(i)), it.value(), fieldPath(path, name),
                           depth + 1))
                    return false;
            }
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                if (avro_schema_record_field_get_index(schema, it.key().toUtf8().constData()) < 0)
                    return fail(fieldPath(path, it.key()), AvroText::tr("is not in record %1").arg(fullName(schema)));
            }
            return true;
        }
        case AVRO_ARRAY: {
            if (!v.isArray())
                return expected(path, AvroText::tr("an array"), v);
            const QJsonArray array = v.toArray();
            if (!array.isEmpty())
                writeLong(array.size());
            for (qsizetype i = 0; i < array.size(); ++i) {
                if (!value(avro_schema_array_items(schema), array.at(i), itemPath(path, QString::number(i)), depth + 1))
                    return false;
            }
            writeLong(0);
            return true;
        }
        case AVRO_MAP: {
            if (!v.isObject())
                return expected(path, AvroText::tr("an object (map)"), v);
            const QJsonObject object = v.toObject();
            if (!object.isEmpty())
                writeLong(object.size());
            for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
                const QByteArray key = it.key().toUtf8();
                writeLong(key.size());
                out.append(key);
                if (!value(avro_schema_map_values(schema), it.value(), itemPath(path, it.key()), depth + 1))
                    return false;
            }
            writeLong(0);
            return true;
        }
        case AVRO_UNION:
            return unionValue(schema, v, path, depth);
        case AVRO_LINK:
            break;
        }
        return fail(path, AvroText::tr("has a type that avro-c could not resolve"));
    }

private:
    bool unionValue(avro_schema_t schema, const QJsonValue &v, const QString &path, int depth)
    {
        const int count = int(avro_schema_union_size(schema));
        int nullBranch = -1;
        int onlyOther = -1;
        int others = 0;
        for (int i = 0; i < count; ++i) {
            const avro_schema_t branch = resolve(avro_schema_union_branch(schema, i));
            if (is_avro_null(branch)) {
                nullBranch = i;
            } else {
                onlyOther = i;
                ++others;
            }
        }
        if (v.isNull()) {
            if (nullBranch < 0)
                return fail(path, AvroText::tr("is null, but its union has no null"));
            writeLong(nullBranch);
            return true;
        }
        // {"<branch>": value}, the branch by its full name, short name or type name
        if (v.isObject() && v.toObject().size() == 1) {
            const QString key = v.toObject().constBegin().key();
            for (int i = 0; i < count; ++i) {
                const avro_schema_t branch = resolve(avro_schema_union_branch(schema, i));
                const QString name = fullName(branch);
                if (key == name || (is_avro_named_type(branch) && key == QString::fromUtf8(avro_schema_name(branch)))) {
                    writeLong(i);
                    return value(branch, v.toObject().constBegin().value(), path, depth + 1);
                }
            }
        }
        if (others == 1) {
            writeLong(onlyOther);
            return value(avro_schema_union_branch(schema, onlyOther), v, path, depth + 1);
        }
        QStringList names;
        for (int i = 0; i < count; ++i)
            names.append(fullName(avro_schema_union_branch(schema, i)));
        return fail(path, AvroText::tr("needs its union branch named, as {\"%1\": value} (one of %2)")
                              .arg(names.value(onlyOther), names.join(QStringLiteral(", "))));
    }

    void writeLong(qint64 v)
    {
        quint64 zigzag = (quint64(v) << 1) ^ quint64(v >> 63);
        do {
            out.append(char((zigzag & 0x7F) | (zigzag > 0x7F ? 0x80 : 0)));
            zigzag >>= 7;
        } while (zigzag);
    }

    bool expected(const QString &path, const QString &what, const QJsonValue &v)
    {
        QString found;
        switch (v.type()) {
        case QJsonValue::Null:
            found = QStringLiteral("null");
            break;
        case QJsonValue::Bool:
            found = AvroText::tr("true or false");
            break;
        case QJsonValue::Double:
            found = AvroText::tr("a number");
            break;
        case QJsonValue::String:
            found = AvroText::tr("a string");
            break;
        case QJsonValue::Array:
            found = AvroText::tr("an array");
            break;
        case QJsonValue::Object:
            found = AvroText::tr("an object");
            break;
        case QJsonValue::Undefined:
            found = AvroText::tr("nothing");
            break;
        }
        return fail(path, AvroText::tr("should be %1 but is %2").arg(what, found));
    }

    bool fail(const QString &path, const QString &what)
    {
        error = path.isEmpty() ? AvroText::tr("The value %1.").arg(what) : AvroText::tr("Field “%1” %2.").arg(path, what);
        return false;
    }
};

} // namespace

AvroSchema::AvroSchema(avro_obj_t *schema) : m_schema(schema), m_name(fullName(schema)) { }

AvroSchema::~AvroSchema()
{
    avro_schema_decref(m_schema);
}

std::shared_ptr<const AvroSchema> AvroSchema::load(const QString &schemaFile, QString *error)
{
    QFile file(schemaFile);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = AvroText::tr("Cannot read the Avro schema %1: %2.").arg(schemaFile, file.errorString());
        return nullptr;
    }
    return parse(file.readAll(), error);
}

std::shared_ptr<const AvroSchema> AvroSchema::parse(QByteArrayView schemaJson, QString *error)
{
    QString reason;
    avro_schema_t schema = parseSchema(schemaJson, &reason);
    if (!schema) {
        if (error)
            *error = reason;
        return nullptr;
    }
    if (error)
        error->clear();
    return std::shared_ptr<const AvroSchema>(new AvroSchema(schema));
}

QString AvroSchema::name() const
{
    return m_name;
}

DecodedPayload AvroSchema::decode(QByteArrayView payload) const
{
    DecodedPayload result;
    result.decoder = QStringLiteral("Avro ") + m_name;
    if (payload.startsWith(QByteArrayView(ContainerMagic, sizeof ContainerMagic))) {
        if (!readContainer(payload, &result.json, &result.error))
            result.json.clear();
        return result;
    }
    DatumReader reader(payload, AvroText::tr("The datum"));
    if (!reader.value(m_schema, Path(), 0)) {
        result.error = reader.error;
        return result;
    }
    if (!reader.atEnd()) {
        result.error = AvroText::tr("The datum ends at byte %1, but the payload has %2 more bytes.")
                           .arg(reader.offset())
                           .arg(reader.left());
        return result;
    }
    result.json = std::move(reader.out);
    return result;
}

std::optional<QByteArray> AvroSchema::encodeJson(QByteArrayView json, QString *error) const
{
    // Wrapped in an array: QJsonDocument takes only an object or an array, and a
    // schema may be a string or a number.
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[") + json.toByteArray() + QByteArray("\n]"),
                                                           &parseError);
    if (parseError.error != QJsonParseError::NoError || document.array().size() != 1) {
        if (error)
            *error = AvroText::tr("The JSON is not valid at byte %1: %2.")
                         .arg(qMax(0, parseError.offset - 1))
                         .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                           : AvroText::tr("one value is needed"));
        return std::nullopt;
    }
    DatumWriter writer;
    if (!writer.value(m_schema, document.array().at(0), QString(), 0)) {
        if (error)
            *error = writer.error;
        return std::nullopt;
    }
    if (error)
        error->clear();
    return writer.out;
}

} // namespace Signalbox
