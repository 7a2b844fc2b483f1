#include "decoders/sparkplug.h"

#include "decoders/sparkplug_b.pb.h"
#include "payload/json.h"

#include <QCoreApplication>
#include <QtEndian>

#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>
#include <vector>

namespace Signalbox {

namespace {

namespace pb = org::eclipse::tahu::protobuf;

struct Sparkplug
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Sparkplug)
};

// JSON numbers are doubles to most readers: integers past 2^53 go as strings.
constexpr quint64 MaxSafeInteger = quint64(1) << 53;

// Protobuf refuses to read messages nested deeper than 100 levels (a template
// in a metric costs two); what we write stays inside that, so that we and
// everyone else can read it.
constexpr int MaxEncodeDepth = 90;

const char *const dataTypeNames[] = {
    "Unknown",       "Int8",
    "Int16",         "Int32",
    "Int64",         "UInt8",
    "UInt16",        "UInt32",
    "UInt64",        "Float",
    "Double",        "Boolean",
    "String",        "DateTime",
    "Text",          "UUID",
    "DataSet",       "Bytes",
    "File",          "Template",
    "PropertySet",   "PropertySetList",
    "Int8Array",     "Int16Array",
    "Int32Array",    "Int64Array",
    "UInt8Array",    "UInt16Array",
    "UInt32Array",   "UInt64Array",
    "FloatArray",    "DoubleArray",
    "BooleanArray",  "StringArray",
    "DateTimeArray",
};
constexpr quint32 DataTypeCount = sizeof(dataTypeNames) / sizeof(dataTypeNames[0]);

using DT = SparkplugDataType;

bool is(quint32 datatype, DT type)
{
    return datatype == quint32(type);
}

bool isSignedInteger(quint32 t)
{
    return is(t, DT::Int8) || is(t, DT::Int16) || is(t, DT::Int32) || is(t, DT::Int64);
}

bool isUnsignedInteger(quint32 t)
{
    return is(t, DT::UInt8) || is(t, DT::UInt16) || is(t, DT::UInt32) || is(t, DT::UInt64) || is(t, DT::DateTime);
}

bool isStringType(quint32 t)
{
    return is(t, DT::String) || is(t, DT::Text) || is(t, DT::UUID);
}

bool isArrayType(quint32 t)
{
    return t >= quint32(DT::Int8Array) && t <= quint32(DT::DateTimeArray);
}

// The range of an integer datatype, for the checks on both sides.
void integerRange(quint32 t, qint64 *min, quint64 *max)
{
    *min = 0;
    switch (DT(t)) {
    case DT::Int8:
        *min = -128;
        *max = 127;
        return;
    case DT::Int16:
        *min = -32768;
        *max = 32767;
        return;
    case DT::Int32:
        *min = std::numeric_limits<qint32>::min();
        *max = std::numeric_limits<qint32>::max();
        return;
    case DT::Int64:
        *min = std::numeric_limits<qint64>::min();
        *max = quint64(std::numeric_limits<qint64>::max());
        return;
    case DT::UInt8:
        *max = 255;
        return;
    case DT::UInt16:
        *max = 65535;
        return;
    case DT::UInt32:
        *max = std::numeric_limits<quint32>::max();
        return;
    default:
        *max = std::numeric_limits<quint64>::max();
        return;
    }
}

QString fromStd(const std::string &s)
{
    return QString::fromUtf8(s.data(), qsizetype(s.size()));
}

QByteArray bytesFromStd(const std::string &s)
{
    return QByteArray(s.data(), qsizetype(s.size()));
}

// ---------------------------------------------------------------------------
// Decoding: protobuf → values

// An integer of datatype t read from int_value (32 bits, Int8..Int32 sign-extended
// as the specification's two's complement) or long_value.
QVariant integerValue(quint32 t, quint64 raw, bool from32, QString *warning)
{
    if (isSignedInteger(t)) {
        qint64 value = from32 ? qint64(qint32(quint32(raw))) : qint64(raw);
        // Some senders zero-extend the narrow types (0xFF for an Int8 -1).
        if (is(t, DT::Int8) && raw <= 0xFF)
            value = qint8(quint8(raw));
        else if (is(t, DT::Int16) && raw <= 0xFFFF)
            value = qint16(quint16(raw));
        qint64 min;
        quint64 max;
        integerRange(t, &min, &max);
        if (value < min || (value > 0 && quint64(value) > max))
            *warning = Sparkplug::tr("The value %1 is out of range for %2.").arg(value).arg(sparkplugDataTypeName(t));
        return QVariant::fromValue(value);
    }
    qint64 min;
    quint64 max;
    integerRange(t, &min, &max);
    if (raw > max)
        *warning = Sparkplug::tr("The value %1 is out of range for %2.").arg(raw).arg(sparkplugDataTypeName(t));
    return QVariant::fromValue(raw);
}

template<typename T>
T readLittle(const char *p)
{
    T v;
    std::memcpy(&v, p, sizeof(T));
    return qFromLittleEndian(v);
}

// Sparkplug 3.0 §6.4.17: arrays are packed little-endian into bytes_value;
// BooleanArray is a 4-byte count, then the bits, first value in the top bit;
// StringArray is null-terminated UTF-8 strings.
QVariant unpackArray(quint32 t, const std::string &bytes, QString *warning)
{
    const char *data = bytes.data();
    const qsizetype size = qsizetype(bytes.size());
    QVariantList list;
    const auto fixed = [&](int width, auto read) -> QVariant {
        if (size % width != 0) {
            *warning = Sparkplug::tr("%1 bytes are not a whole number of %2-byte values of a %3.")
                           .arg(size)
                           .arg(width)
                           .arg(sparkplugDataTypeName(t));
            return {};
        }
        list.reserve(size / width);
        for (qsizetype i = 0; i < size; i += width)
            list.append(read(data + i));
        return list;
    };
    switch (DT(t)) {
    case DT::Int8Array:
        return fixed(1, [](const char *p) { return QVariant::fromValue(qint64(qint8(*p))); });
    case DT::Int16Array:
        return fixed(2, [](const char *p) { return QVariant::fromValue(qint64(readLittle<qint16>(p))); });
    case DT::Int32Array:
        return fixed(4, [](const char *p) { return QVariant::fromValue(qint64(readLittle<qint32>(p))); });
    case DT::Int64Array:
        return fixed(8, [](const char *p) { return QVariant::fromValue(readLittle<qint64>(p)); });
    case DT::UInt8Array:
        return fixed(1, [](const char *p) { return QVariant::fromValue(quint64(quint8(*p))); });
    case DT::UInt16Array:
        return fixed(2, [](const char *p) { return QVariant::fromValue(quint64(readLittle<quint16>(p))); });
    case DT::UInt32Array:
        return fixed(4, [](const char *p) { return QVariant::fromValue(quint64(readLittle<quint32>(p))); });
    case DT::UInt64Array:
    case DT::DateTimeArray:
        return fixed(8, [](const char *p) { return QVariant::fromValue(readLittle<quint64>(p)); });
    case DT::FloatArray:
        return fixed(4, [](const char *p) {
            const quint32 bits = readLittle<quint32>(p);
            float f;
            std::memcpy(&f, &bits, sizeof f);
            return QVariant::fromValue(f);
        });
    case DT::DoubleArray:
        return fixed(8, [](const char *p) {
            const quint64 bits = readLittle<quint64>(p);
            double d;
            std::memcpy(&d, &bits, sizeof d);
            return QVariant::fromValue(d);
        });
    case DT::BooleanArray: {
        if (size < 4) {
            *warning = Sparkplug::tr("A BooleanArray of %1 bytes lacks its 4-byte count.").arg(size);
            return {};
        }
        const quint32 count = readLittle<quint32>(data);
        if (quint64(count) > quint64(size - 4) * 8) {
            *warning = Sparkplug::tr("A BooleanArray says it holds %1 values, but its %2 bytes hold at most %3.")
                           .arg(count)
                           .arg(size - 4)
                           .arg((size - 4) * 8);
            return {};
        }
        list.reserve(count);
        for (quint32 i = 0; i < count; ++i)
            list.append(bool(quint8(data[4 + i / 8]) & (0x80 >> (i % 8))));
        return list;
    }
    case DT::StringArray: {
        qsizetype start = 0;
        for (qsizetype i = 0; i < size; ++i) {
            if (data[i] == '\0') {
                list.append(QString::fromUtf8(data + start, i - start));
                start = i + 1;
            }
        }
        if (start != size) {
            *warning = Sparkplug::tr("The last string of a StringArray is not terminated by a zero byte.");
            list.append(QString::fromUtf8(data + start, size - start));
        }
        return list;
    }
    default:
        return {};
    }
}

QString fieldName(pb::Payload_Metric::ValueCase c)
{
    switch (c) {
    case pb::Payload_Metric::kIntValue:
        return QStringLiteral("int_value");
    case pb::Payload_Metric::kLongValue:
        return QStringLiteral("long_value");
    case pb::Payload_Metric::kFloatValue:
        return QStringLiteral("float_value");
    case pb::Payload_Metric::kDoubleValue:
        return QStringLiteral("double_value");
    case pb::Payload_Metric::kBooleanValue:
        return QStringLiteral("boolean_value");
    case pb::Payload_Metric::kStringValue:
        return QStringLiteral("string_value");
    case pb::Payload_Metric::kBytesValue:
        return QStringLiteral("bytes_value");
    case pb::Payload_Metric::kDatasetValue:
        return QStringLiteral("dataset_value");
    case pb::Payload_Metric::kTemplateValue:
        return QStringLiteral("template_value");
    case pb::Payload_Metric::kExtensionValue:
        return QStringLiteral("extension_value");
    case pb::Payload_Metric::VALUE_NOT_SET:
        break;
    }
    return QStringLiteral("none");
}

QVariantMap propertySet(const pb::Payload_PropertySet &set);

QVariant propertyValue(const pb::Payload_PropertyValue &v)
{
    if (v.is_null())
        return {};
    const quint32 t = v.type();
    switch (v.value_case()) {
    case pb::Payload_PropertyValue::kIntValue: {
        QString ignored;
        return integerValue(isSignedInteger(t) || isUnsignedInteger(t) ? t : quint32(DT::UInt32), v.int_value(), true,
                            &ignored);
    }
    case pb::Payload_PropertyValue::kLongValue: {
        QString ignored;
        return integerValue(isSignedInteger(t) || isUnsignedInteger(t) ? t : quint32(DT::UInt64), v.long_value(), false,
                            &ignored);
    }
    case pb::Payload_PropertyValue::kFloatValue:
        return QVariant::fromValue(v.float_value());
    case pb::Payload_PropertyValue::kDoubleValue:
        return QVariant::fromValue(v.double_value());
    case pb::Payload_PropertyValue::kBooleanValue:
        return v.boolean_value();
    case pb::Payload_PropertyValue::kStringValue:
        return fromStd(v.string_value());
    case pb::Payload_PropertyValue::kPropertysetValue:
        return propertySet(v.propertyset_value());
    case pb::Payload_PropertyValue::kPropertysetsValue: {
        QVariantList list;
        for (const auto &set : v.propertysets_value().propertyset())
            list.append(propertySet(set));
        return list;
    }
    case pb::Payload_PropertyValue::kExtensionValue:
    case pb::Payload_PropertyValue::VALUE_NOT_SET:
        break;
    }
    return {};
}

QVariantMap propertySet(const pb::Payload_PropertySet &set)
{
    QVariantMap map;
    const int n = std::min(set.keys_size(), set.values_size());
    for (int i = 0; i < n; ++i)
        map.insert(fromStd(set.keys(i)), propertyValue(set.values(i)));
    // Keys without a value (a malformed set) are shown as nulls rather than hidden.
    for (int i = n; i < set.keys_size(); ++i)
        map.insert(fromStd(set.keys(i)), QVariant());
    return map;
}

QVariant typeVariant(quint32 t)
{
    if (t < DataTypeCount)
        return QString::fromLatin1(dataTypeNames[t]);
    return QVariant::fromValue(quint64(t));
}

// A DataSet element or template parameter: the same oneof, typed by the column.
template<typename V>
QVariant typedScalar(quint32 t, const V &v)
{
    QString ignored;
    const bool integral = isSignedInteger(t) || isUnsignedInteger(t);
    switch (v.value_case()) {
    case V::kIntValue:
        return integerValue(integral ? t : quint32(DT::UInt32), v.int_value(), true, &ignored);
    case V::kLongValue:
        return integerValue(integral ? t : quint32(DT::UInt64), v.long_value(), false, &ignored);
    case V::kFloatValue:
        return QVariant::fromValue(v.float_value());
    case V::kDoubleValue:
        return QVariant::fromValue(v.double_value());
    case V::kBooleanValue:
        return v.boolean_value();
    case V::kStringValue:
        return fromStd(v.string_value());
    default:
        return {};
    }
}

SparkplugMetric metric(const pb::Payload_Metric &m);
QVariantMap metricMap(const SparkplugMetric &m);

QVariantMap dataSet(const pb::Payload_DataSet &d)
{
    QVariantMap map;
    QVariantList columns, types, rows;
    for (const std::string &c : d.columns())
        columns.append(fromStd(c));
    for (quint32 t : d.types())
        types.append(typeVariant(t));
    for (const auto &row : d.rows()) {
        QVariantList elements;
        for (int i = 0; i < row.elements_size(); ++i)
            elements.append(typedScalar(i < d.types_size() ? d.types(i) : 0u, row.elements(i)));
        rows.append(QVariant(elements));
    }
    map.insert(QStringLiteral("columns"), columns);
    map.insert(QStringLiteral("types"), types);
    map.insert(QStringLiteral("rows"), rows);
    return map;
}

QVariantMap templateMap(const pb::Payload_Template &t)
{
    QVariantMap map;
    if (t.has_version())
        map.insert(QStringLiteral("version"), fromStd(t.version()));
    if (t.has_template_ref())
        map.insert(QStringLiteral("templateRef"), fromStd(t.template_ref()));
    if (t.has_is_definition())
        map.insert(QStringLiteral("isDefinition"), t.is_definition());
    if (t.parameters_size() > 0) {
        QVariantList parameters;
        for (const auto &p : t.parameters()) {
            QVariantMap parameter;
            if (p.has_name())
                parameter.insert(QStringLiteral("name"), fromStd(p.name()));
            if (p.has_type())
                parameter.insert(QStringLiteral("type"), typeVariant(p.type()));
            if (p.value_case() != pb::Payload_Template_Parameter::VALUE_NOT_SET)
                parameter.insert(QStringLiteral("value"), typedScalar(p.type(), p));
            parameters.append(parameter);
        }
        map.insert(QStringLiteral("parameters"), parameters);
    }
    QVariantList metrics;
    for (const auto &m : t.metrics())
        metrics.append(metricMap(metric(m)));
    map.insert(QStringLiteral("metrics"), metrics);
    return map;
}

// The value in the field that was sent, whatever the datatype says.
QVariant naturalValue(const pb::Payload_Metric &m)
{
    switch (m.value_case()) {
    case pb::Payload_Metric::kIntValue:
        return QVariant::fromValue(quint64(m.int_value()));
    case pb::Payload_Metric::kLongValue:
        return QVariant::fromValue(quint64(m.long_value()));
    case pb::Payload_Metric::kFloatValue:
        return QVariant::fromValue(m.float_value());
    case pb::Payload_Metric::kDoubleValue:
        return QVariant::fromValue(m.double_value());
    case pb::Payload_Metric::kBooleanValue:
        return m.boolean_value();
    case pb::Payload_Metric::kStringValue:
        return fromStd(m.string_value());
    case pb::Payload_Metric::kBytesValue:
        return bytesFromStd(m.bytes_value());
    case pb::Payload_Metric::kDatasetValue:
        return dataSet(m.dataset_value());
    case pb::Payload_Metric::kTemplateValue:
        return templateMap(m.template_value());
    case pb::Payload_Metric::kExtensionValue:
    case pb::Payload_Metric::VALUE_NOT_SET:
        break;
    }
    return {};
}

// The field the specification puts a datatype's value in (§6.4.16);
// integers are read from either integer field.
bool fieldFits(quint32 t, pb::Payload_Metric::ValueCase c)
{
    using M = pb::Payload_Metric;
    if (isSignedInteger(t) || isUnsignedInteger(t))
        return c == M::kIntValue || c == M::kLongValue;
    if (is(t, DT::Float))
        return c == M::kFloatValue;
    if (is(t, DT::Double))
        return c == M::kDoubleValue;
    if (is(t, DT::Boolean))
        return c == M::kBooleanValue;
    if (isStringType(t))
        return c == M::kStringValue;
    if (is(t, DT::Bytes) || is(t, DT::File) || isArrayType(t))
        return c == M::kBytesValue;
    if (is(t, DT::DataSet))
        return c == M::kDatasetValue;
    if (is(t, DT::Template))
        return c == M::kTemplateValue;
    return false;
}

SparkplugMetric metric(const pb::Payload_Metric &m)
{
    SparkplugMetric r;
    r.name = fromStd(m.name());
    if (m.has_alias())
        r.alias = m.alias();
    if (m.has_timestamp())
        r.timestamp = m.timestamp();
    r.datatype = m.datatype();
    r.isHistorical = m.is_historical();
    r.isTransient = m.is_transient();
    r.isNull = m.is_null();
    if (m.has_properties())
        r.properties = propertySet(m.properties());
    if (m.has_metadata()) {
        const auto &md = m.metadata();
        if (md.has_is_multi_part())
            r.metadata.insert(QStringLiteral("isMultiPart"), md.is_multi_part());
        if (md.has_content_type())
            r.metadata.insert(QStringLiteral("contentType"), fromStd(md.content_type()));
        if (md.has_size())
            r.metadata.insert(QStringLiteral("size"), QVariant::fromValue(quint64(md.size())));
        if (md.has_seq())
            r.metadata.insert(QStringLiteral("seq"), QVariant::fromValue(quint64(md.seq())));
        if (md.has_file_name())
            r.metadata.insert(QStringLiteral("fileName"), fromStd(md.file_name()));
        if (md.has_file_type())
            r.metadata.insert(QStringLiteral("fileType"), fromStd(md.file_type()));
        if (md.has_md5())
            r.metadata.insert(QStringLiteral("md5"), fromStd(md.md5()));
        if (md.has_description())
            r.metadata.insert(QStringLiteral("description"), fromStd(md.description()));
    }
    if (r.isNull)
        return r;
    const quint32 t = r.datatype;
    const auto c = m.value_case();
    if (c == pb::Payload_Metric::VALUE_NOT_SET)
        return r;
    // Without a datatype (a DATA message may send the alias and the value only)
    // or with one this program does not know, the value is what its field holds.
    if (t == 0 || t >= DataTypeCount) {
        r.value = naturalValue(m);
        return r;
    }
    if (!fieldFits(t, c)) {
        r.warning =
            Sparkplug::tr("The datatype is %1 but the value was sent in %2.").arg(sparkplugDataTypeName(t), fieldName(c));
        r.value = naturalValue(m);
        return r;
    }
    if (isSignedInteger(t) || isUnsignedInteger(t)) {
        const bool from32 = c == pb::Payload_Metric::kIntValue;
        r.value = integerValue(t, from32 ? m.int_value() : m.long_value(), from32, &r.warning);
    } else if (isArrayType(t)) {
        r.value = unpackArray(t, m.bytes_value(), &r.warning);
    } else {
        r.value = naturalValue(m);
    }
    return r;
}

// ---------------------------------------------------------------------------
// Wire-level diagnosis, for the sentence when protobuf refuses the bytes.

bool readVarint(const char *data, qsizetype size, qsizetype *pos, quint64 *value)
{
    quint64 v = 0;
    for (int shift = 0; shift < 70; shift += 7) {
        if (*pos >= size)
            return false;
        const quint8 b = quint8(data[(*pos)++]);
        if (shift == 63 && b > 1)
            return false;
        v |= quint64(b & 0x7f) << shift;
        if (!(b & 0x80)) {
            *value = v;
            return true;
        }
    }
    return false;
}

QString payloadFieldName(quint64 field)
{
    switch (field) {
    case 1:
        return QStringLiteral("timestamp");
    case 2:
        return QStringLiteral("metrics");
    case 3:
        return QStringLiteral("seq");
    case 4:
        return QStringLiteral("uuid");
    case 5:
        return QStringLiteral("body");
    default:
        return QString::number(field);
    }
}

// Walks the top-level fields as protobuf's wire format lays them out and says
// where it first breaks; inside a metric, which metric.
QString diagnose(QByteArrayView bytes)
{
    const char *data = bytes.data();
    const qsizetype size = bytes.size();
    qsizetype pos = 0;
    int metricIndex = 0;
    while (pos < size) {
        const qsizetype start = pos;
        quint64 key = 0;
        if (!readVarint(data, size, &pos, &key))
            return Sparkplug::tr("Not a Sparkplug B payload: the field key at byte %1 is cut short or too long.").arg(start);
        const quint64 field = key >> 3;
        const int wire = int(key & 7);
        if (field == 0)
            return Sparkplug::tr("Not a Sparkplug B payload: byte %1 starts a field numbered 0, which protobuf "
                                 "does not allow.")
                .arg(start);
        switch (wire) {
        case 0: {
            quint64 ignored;
            if (!readVarint(data, size, &pos, &ignored))
                return Sparkplug::tr("Not a Sparkplug B payload: the number in field %1 at byte %2 is cut short.")
                    .arg(payloadFieldName(field))
                    .arg(start);
            break;
        }
        case 1:
        case 5: {
            const int width = wire == 1 ? 8 : 4;
            if (size - pos < width)
                return Sparkplug::tr("Not a Sparkplug B payload: field %1 at byte %2 needs %3 bytes, but only %4 "
                                     "follow.")
                    .arg(payloadFieldName(field))
                    .arg(start)
                    .arg(width)
                    .arg(size - pos);
            pos += width;
            break;
        }
        case 2: {
            quint64 length = 0;
            if (!readVarint(data, size, &pos, &length))
                return Sparkplug::tr("Not a Sparkplug B payload: the length of field %1 at byte %2 is cut short.")
                    .arg(payloadFieldName(field))
                    .arg(start);
            if (length > quint64(size - pos))
                return Sparkplug::tr("Not a Sparkplug B payload: field %1 at byte %2 says it is %3 bytes long, but "
                                     "only %4 bytes follow.")
                    .arg(payloadFieldName(field))
                    .arg(start)
                    .arg(length)
                    .arg(size - pos);
            if (field == 2) {
                pb::Payload_Metric m;
                if (!m.ParseFromArray(data + pos, int(length)))
                    return Sparkplug::tr("Not a Sparkplug B payload: metric %1 (at byte %2) is not a valid metric: "
                                         "a field inside it is cut short or malformed, or it nests deeper than "
                                         "protobuf's 100 levels.")
                        .arg(metricIndex)
                        .arg(start);
                ++metricIndex;
            }
            pos += qsizetype(length);
            break;
        }
        default:
            return Sparkplug::tr("Not a Sparkplug B payload: byte %1 starts field %2 with wire type %3, which "
                                 "Sparkplug B does not use.")
                .arg(start)
                .arg(payloadFieldName(field))
                .arg(wire);
        }
    }
    return Sparkplug::tr("Not a Sparkplug B payload: protobuf could not read it.");
}

// ---------------------------------------------------------------------------
// JSON writing

void writeString(QByteArray &out, const QString &s)
{
    out += '"';
    const QByteArray utf8 = s.toUtf8();
    for (const char ch : utf8) {
        const auto c = quint8(ch);
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\b':
            out += "\\b";
            break;
        case '\f':
            out += "\\f";
            break;
        default:
            if (c < 0x20) {
                char buffer[8];
                std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
                out += buffer;
            } else {
                out += ch;
            }
        }
    }
    out += '"';
}

template<typename F>
void writeFloating(QByteArray &out, F value)
{
    if (std::isnan(value)) {
        out += "\"NaN\"";
        return;
    }
    if (std::isinf(value)) {
        out += value > 0 ? "\"Infinity\"" : "\"-Infinity\"";
        return;
    }
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
    out.append(buffer, result.ptr - buffer);
}

void writeSigned(QByteArray &out, qint64 v)
{
    const bool safe = v >= -qint64(MaxSafeInteger) && v <= qint64(MaxSafeInteger);
    if (!safe)
        out += '"';
    out += QByteArray::number(v);
    if (!safe)
        out += '"';
}

void writeUnsigned(QByteArray &out, quint64 v)
{
    const bool safe = v <= MaxSafeInteger;
    if (!safe)
        out += '"';
    out += QByteArray::number(v);
    if (!safe)
        out += '"';
}

// Keys of Sparkplug's own objects in a reading order; a property set's keys
// (the sender's names) stay in their sorted order.
const char *const keyOrder[] = {"name",         "alias",       "timestamp",   "datatype",     "type",
                                "isHistorical", "isTransient", "value",       "properties",   "metadata",
                                "warning",      "version",     "templateRef", "isDefinition", "parameters",
                                "metrics",      "columns",     "types",       "rows"};

void writeVariant(QByteArray &out, const QVariant &v, bool userKeys);

void writeMap(QByteArray &out, const QVariantMap &map, bool userKeys)
{
    out += '{';
    bool first = true;
    const auto member = [&](const QString &key, const QVariant &value) {
        if (!first)
            out += ',';
        first = false;
        writeString(out, key);
        out += ':';
        writeVariant(out, value, userKeys || key == QLatin1String("properties"));
    };
    if (userKeys) {
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            member(it.key(), it.value());
    } else {
        QStringList done;
        for (const char *k : keyOrder) {
            const QString key = QString::fromLatin1(k);
            const auto it = map.constFind(key);
            if (it != map.cend()) {
                member(key, it.value());
                done.append(key);
            }
        }
        for (auto it = map.cbegin(); it != map.cend(); ++it)
            if (!done.contains(it.key()))
                member(it.key(), it.value());
    }
    out += '}';
}

void writeVariant(QByteArray &out, const QVariant &v, bool userKeys)
{
    switch (v.typeId()) {
    case QMetaType::UnknownType:
        out += "null";
        return;
    case QMetaType::Bool:
        out += v.toBool() ? "true" : "false";
        return;
    case QMetaType::Int:
    case QMetaType::LongLong:
        writeSigned(out, v.toLongLong());
        return;
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        writeUnsigned(out, v.toULongLong());
        return;
    case QMetaType::Float:
        writeFloating(out, v.value<float>());
        return;
    case QMetaType::Double:
        writeFloating(out, v.toDouble());
        return;
    case QMetaType::QString:
        writeString(out, v.toString());
        return;
    case QMetaType::QByteArray:
        out += '"' + v.toByteArray().toBase64() + '"';
        return;
    case QMetaType::QVariantList: {
        out += '[';
        bool first = true;
        for (const QVariant &item : v.toList()) {
            if (!first)
                out += ',';
            first = false;
            writeVariant(out, item, userKeys);
        }
        out += ']';
        return;
    }
    case QMetaType::QVariantMap:
        writeMap(out, v.toMap(), userKeys);
        return;
    default:
        writeString(out, v.toString());
        return;
    }
}

QVariantMap metricMap(const SparkplugMetric &m)
{
    QVariantMap map;
    if (!m.name.isEmpty())
        map.insert(QStringLiteral("name"), m.name);
    if (m.alias)
        map.insert(QStringLiteral("alias"), QVariant::fromValue(*m.alias));
    if (m.timestamp)
        map.insert(QStringLiteral("timestamp"), QVariant::fromValue(*m.timestamp));
    if (m.datatype != 0)
        map.insert(QStringLiteral("datatype"), typeVariant(m.datatype));
    if (m.isHistorical)
        map.insert(QStringLiteral("isHistorical"), true);
    if (m.isTransient)
        map.insert(QStringLiteral("isTransient"), true);
    if (m.isNull)
        map.insert(QStringLiteral("value"), QVariant());
    else if (m.value.isValid())
        map.insert(QStringLiteral("value"), m.value);
    if (!m.properties.isEmpty())
        map.insert(QStringLiteral("properties"), m.properties);
    if (!m.metadata.isEmpty())
        map.insert(QStringLiteral("metadata"), m.metadata);
    if (!m.warning.isEmpty())
        map.insert(QStringLiteral("warning"), m.warning);
    return map;
}

// ---------------------------------------------------------------------------
// JSON reading: a small tree from parseJson's events, numbers kept as written.

struct JsonNode
{
    JsonScalar scalar = JsonScalar::Null;
    enum class Kind : quint8 { Scalar, Object, Array } kind = Kind::Scalar;
    QByteArray raw;
    std::vector<QString> keys; // objects
    std::vector<JsonNode> children;

    const JsonNode *member(const QString &key) const
    {
        for (size_t i = 0; i < keys.size(); ++i)
            if (keys[i] == key)
                return &children[i];
        return nullptr;
    }
    bool isNull() const { return kind == Kind::Scalar && scalar == JsonScalar::Null; }
    bool isString() const { return kind == Kind::Scalar && scalar == JsonScalar::String; }
    bool isNumber() const { return kind == Kind::Scalar && scalar == JsonScalar::Number; }
    bool isBool() const { return kind == Kind::Scalar && (scalar == JsonScalar::True || scalar == JsonScalar::False); }
    QString string() const { return decodeJsonString(raw); }
};

class TreeBuilder : public JsonHandler
{
public:
    JsonNode root;

    void beginObject() override { open(JsonNode::Kind::Object); }
    void endObject() override { m_stack.pop_back(); }
    void beginArray() override { open(JsonNode::Kind::Array); }
    void endArray() override { m_stack.pop_back(); }
    void key(QByteArrayView rawString) override { m_stack.back()->keys.push_back(decodeJsonString(rawString)); }
    void value(JsonScalar kind, QByteArrayView rawToken) override
    {
        JsonNode *node = next();
        node->scalar = kind;
        node->raw = rawToken.toByteArray();
    }

private:
    JsonNode *next()
    {
        if (m_stack.empty())
            return &root;
        // The parent's earlier children are finished: growing its vector moves
        // only nodes that nothing points at any more.
        m_stack.back()->children.emplace_back();
        return &m_stack.back()->children.back();
    }
    void open(JsonNode::Kind kind)
    {
        JsonNode *node = next();
        node->kind = kind;
        m_stack.push_back(node);
    }
    std::vector<JsonNode *> m_stack;
};

QString kindName(const JsonNode &n)
{
    switch (n.kind) {
    case JsonNode::Kind::Object:
        return Sparkplug::tr("an object");
    case JsonNode::Kind::Array:
        return Sparkplug::tr("an array");
    case JsonNode::Kind::Scalar:
        break;
    }
    switch (n.scalar) {
    case JsonScalar::String:
        return Sparkplug::tr("a string");
    case JsonScalar::Number:
        return Sparkplug::tr("a number");
    case JsonScalar::True:
    case JsonScalar::False:
        return Sparkplug::tr("true or false");
    case JsonScalar::Null:
        break;
    }
    return Sparkplug::tr("null");
}

class Encoder
{
public:
    QString error;

    bool payload(const JsonNode &root, pb::Payload *out)
    {
        if (root.kind != JsonNode::Kind::Object)
            return fail(QString(), Sparkplug::tr("a Sparkplug B payload is a JSON object, not %1").arg(kindName(root)));
        if (!onlyKeys(root, QString(), {"timestamp", "seq", "uuid", "body", "metrics"}))
            return false;
        quint64 u = 0;
        if (const JsonNode *n = root.member(QStringLiteral("timestamp"))) {
            if (!unsignedNumber(*n, QStringLiteral("timestamp"), &u))
                return false;
            out->set_timestamp(u);
        }
        if (const JsonNode *n = root.member(QStringLiteral("seq"))) {
            if (!unsignedNumber(*n, QStringLiteral("seq"), &u))
                return false;
            out->set_seq(u);
        }
        if (const JsonNode *n = root.member(QStringLiteral("uuid"))) {
            if (!n->isString())
                return wrongKind(*n, QStringLiteral("uuid"), Sparkplug::tr("a string"));
            out->set_uuid(n->string().toStdString());
        }
        if (const JsonNode *n = root.member(QStringLiteral("body"))) {
            QByteArray bytes;
            if (!base64(*n, QStringLiteral("body"), &bytes))
                return false;
            out->set_body(bytes.toStdString());
        }
        if (const JsonNode *n = root.member(QStringLiteral("metrics")))
            return metrics(*n, QStringLiteral("metrics"), out->mutable_metrics(), 2);
        return true;
    }

private:
    bool fail(const QString &path, const QString &why)
    {
        error = path.isEmpty() ? Sparkplug::tr("Cannot encode Sparkplug B: %1.").arg(why)
                               : Sparkplug::tr("Cannot encode Sparkplug B: %1: %2.").arg(path, why);
        return false;
    }
    bool wrongKind(const JsonNode &n, const QString &path, const QString &expected)
    {
        return fail(path, Sparkplug::tr("expected %1, found %2").arg(expected, kindName(n)));
    }

    bool onlyKeys(const JsonNode &n, const QString &path, std::initializer_list<const char *> allowed)
    {
        for (const QString &key : n.keys) {
            bool ok = false;
            for (const char *a : allowed)
                ok = ok || key == QLatin1String(a);
            if (!ok) {
                QStringList names;
                for (const char *a : allowed)
                    names.append(QString::fromLatin1(a));
                return fail(path,
                            Sparkplug::tr("unknown key \"%1\" (known: %2)").arg(key, names.join(QStringLiteral(", "))));
            }
        }
        return true;
    }

    bool deepen(int depth, const QString &path)
    {
        if (depth <= MaxEncodeDepth)
            return true;
        return fail(path,
                    Sparkplug::tr("nested deeper than the %1 levels of messages protobuf reads").arg(MaxEncodeDepth));
    }

    // An integer as a JSON number (exactly as written) or a string of digits,
    // for the values past 2^53 that sparkplugToJson() writes as strings.
    bool integer(const JsonNode &n, const QString &path, quint32 t, quint64 *bits)
    {
        QByteArray text;
        if (n.isNumber())
            text = n.raw;
        else if (n.isString())
            text = n.string().trimmed().toLatin1();
        else
            return wrongKind(n, path, Sparkplug::tr("an integer"));
        qint64 min;
        quint64 max;
        integerRange(t, &min, &max);
        const QString range = QStringLiteral("%1 to %2").arg(min).arg(max);
        bool ok = false;
        if (text.startsWith('-')) {
            const qint64 v = text.toLongLong(&ok);
            if (!ok || v < min)
                return fail(path, Sparkplug::tr("%1 is not an integer from %2 (%3)")
                                      .arg(QString::fromLatin1(text), range, sparkplugDataTypeName(t)));
            *bits = quint64(v);
            return true;
        }
        const quint64 v = text.toULongLong(&ok);
        if (!ok || v > max)
            return fail(path, Sparkplug::tr("%1 is not an integer from %2 (%3)")
                                  .arg(QString::fromLatin1(text), range, sparkplugDataTypeName(t)));
        *bits = v;
        return true;
    }

    bool unsignedNumber(const JsonNode &n, const QString &path, quint64 *v)
    {
        return integer(n, path, quint32(DT::UInt64), v);
    }

    bool floating(const JsonNode &n, const QString &path, double *v)
    {
        if (n.isNumber()) {
            bool ok = false;
            *v = n.raw.toDouble(&ok);
            if (!ok && !std::isinf(*v))
                return fail(path, Sparkplug::tr("%1 is not a number").arg(QString::fromLatin1(n.raw)));
            return true;
        }
        if (n.isString()) {
            const QString s = n.string();
            if (s == QLatin1String("NaN")) {
                *v = std::numeric_limits<double>::quiet_NaN();
                return true;
            }
            if (s == QLatin1String("Infinity") || s == QLatin1String("-Infinity")) {
                *v = s.startsWith(QLatin1Char('-')) ? -std::numeric_limits<double>::infinity()
                                                    : std::numeric_limits<double>::infinity();
                return true;
            }
        }
        return wrongKind(n, path, Sparkplug::tr("a number (or \"NaN\", \"Infinity\", \"-Infinity\")"));
    }

    bool boolean(const JsonNode &n, const QString &path, bool *v)
    {
        if (!n.isBool())
            return wrongKind(n, path, Sparkplug::tr("true or false"));
        *v = n.scalar == JsonScalar::True;
        return true;
    }

    bool base64(const JsonNode &n, const QString &path, QByteArray *bytes)
    {
        if (!n.isString())
            return wrongKind(n, path, Sparkplug::tr("a Base64 string"));
        auto decoded = QByteArray::fromBase64Encoding(n.string().toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return fail(path, Sparkplug::tr("the text is not Base64"));
        *bytes = *decoded;
        return true;
    }

    bool datatype(const JsonNode &n, const QString &path, quint32 *t)
    {
        if (n.isNumber()) {
            bool ok = false;
            const uint v = n.raw.toUInt(&ok);
            if (!ok)
                return fail(path, Sparkplug::tr("%1 is not a datatype number").arg(QString::fromLatin1(n.raw)));
            *t = v;
            return true;
        }
        if (n.isString()) {
            const QString name = n.string();
            for (quint32 i = 0; i < DataTypeCount; ++i) {
                if (name.compare(QLatin1String(dataTypeNames[i]), Qt::CaseInsensitive) == 0) {
                    *t = i;
                    return true;
                }
            }
            return fail(path, Sparkplug::tr("\"%1\" is not a Sparkplug B datatype (Int8 … DateTimeArray)").arg(name));
        }
        return wrongKind(n, path, Sparkplug::tr("a datatype name or number"));
    }

    // A scalar of a DataSet column or template parameter (the same oneof).
    template<typename V>
    bool scalar(const JsonNode &n, const QString &path, quint32 t, V *out)
    {
        if (n.isNull())
            return true;
        quint64 bits = 0;
        if (is(t, DT::Int8) || is(t, DT::Int16) || is(t, DT::Int32) || is(t, DT::UInt8) || is(t, DT::UInt16)
            || is(t, DT::UInt32)) {
            if (!integer(n, path, t, &bits))
                return false;
            out->set_int_value(quint32(bits));
        } else if (is(t, DT::Int64) || is(t, DT::UInt64) || is(t, DT::DateTime)) {
            if (!integer(n, path, t, &bits))
                return false;
            out->set_long_value(bits);
        } else if (is(t, DT::Float) || is(t, DT::Double)) {
            double d = 0;
            if (!floating(n, path, &d))
                return false;
            if (is(t, DT::Float))
                out->set_float_value(float(d));
            else
                out->set_double_value(d);
        } else if (is(t, DT::Boolean)) {
            bool b = false;
            if (!boolean(n, path, &b))
                return false;
            out->set_boolean_value(b);
        } else if (isStringType(t)) {
            if (!n.isString())
                return wrongKind(n, path, Sparkplug::tr("a string"));
            out->set_string_value(n.string().toStdString());
        } else {
            return fail(path, Sparkplug::tr("a value of type %1 cannot be sent here").arg(sparkplugDataTypeName(t)));
        }
        return true;
    }

    bool dataSet(const JsonNode &n, const QString &path, pb::Payload_DataSet *out)
    {
        if (n.kind != JsonNode::Kind::Object)
            return wrongKind(n, path, Sparkplug::tr("an object with columns, types and rows"));
        if (!onlyKeys(n, path, {"columns", "types", "rows"}))
            return false;
        const JsonNode *columns = n.member(QStringLiteral("columns"));
        const JsonNode *types = n.member(QStringLiteral("types"));
        if (!columns || columns->kind != JsonNode::Kind::Array)
            return fail(path, Sparkplug::tr("a DataSet needs \"columns\", an array of names"));
        if (!types || types->kind != JsonNode::Kind::Array)
            return fail(path, Sparkplug::tr("a DataSet needs \"types\", an array of datatypes"));
        if (columns->children.size() != types->children.size())
            return fail(path, Sparkplug::tr("a DataSet has %1 columns but %2 types")
                                  .arg(columns->children.size())
                                  .arg(types->children.size()));
        out->set_num_of_columns(columns->children.size());
        for (size_t i = 0; i < columns->children.size(); ++i) {
            const JsonNode &c = columns->children[i];
            if (!c.isString())
                return wrongKind(c, path + QStringLiteral(".columns[%1]").arg(i), Sparkplug::tr("a string"));
            out->add_columns(c.string().toStdString());
            quint32 t = 0;
            if (!datatype(types->children[i], path + QStringLiteral(".types[%1]").arg(i), &t))
                return false;
            out->add_types(t);
        }
        if (const JsonNode *rows = n.member(QStringLiteral("rows"))) {
            if (rows->kind != JsonNode::Kind::Array)
                return wrongKind(*rows, path + QStringLiteral(".rows"), Sparkplug::tr("an array of rows"));
            for (size_t r = 0; r < rows->children.size(); ++r) {
                const JsonNode &row = rows->children[r];
                const QString rowPath = path + QStringLiteral(".rows[%1]").arg(r);
                if (row.kind != JsonNode::Kind::Array || row.children.size() != columns->children.size())
                    return fail(
                        rowPath,
                        Sparkplug::tr("a row is an array of %1 values, one per column").arg(columns->children.size()));
                auto *outRow = out->add_rows();
                for (size_t i = 0; i < row.children.size(); ++i)
                    if (!scalar(row.children[i], rowPath + QStringLiteral("[%1]").arg(i), out->types(int(i)),
                                outRow->add_elements()))
                        return false;
            }
        }
        return true;
    }

    bool templateValue(const JsonNode &n, const QString &path, pb::Payload_Template *out, int depth)
    {
        if (n.kind != JsonNode::Kind::Object)
            return wrongKind(n, path, Sparkplug::tr("an object with metrics"));
        if (!onlyKeys(n, path, {"version", "templateRef", "isDefinition", "parameters", "metrics"}))
            return false;
        if (const JsonNode *v = n.member(QStringLiteral("version"))) {
            if (!v->isString())
                return wrongKind(*v, path + QStringLiteral(".version"), Sparkplug::tr("a string"));
            out->set_version(v->string().toStdString());
        }
        if (const JsonNode *v = n.member(QStringLiteral("templateRef"))) {
            if (!v->isString())
                return wrongKind(*v, path + QStringLiteral(".templateRef"), Sparkplug::tr("a string"));
            out->set_template_ref(v->string().toStdString());
        }
        if (const JsonNode *v = n.member(QStringLiteral("isDefinition"))) {
            bool b = false;
            if (!boolean(*v, path + QStringLiteral(".isDefinition"), &b))
                return false;
            out->set_is_definition(b);
        }
        if (const JsonNode *v = n.member(QStringLiteral("parameters"))) {
            if (v->kind != JsonNode::Kind::Array)
                return wrongKind(*v, path + QStringLiteral(".parameters"), Sparkplug::tr("an array"));
            for (size_t i = 0; i < v->children.size(); ++i) {
                const JsonNode &p = v->children[i];
                const QString pPath = path + QStringLiteral(".parameters[%1]").arg(i);
                if (p.kind != JsonNode::Kind::Object)
                    return wrongKind(p, pPath, Sparkplug::tr("an object with name, type and value"));
                if (!onlyKeys(p, pPath, {"name", "type", "value"}))
                    return false;
                auto *param = out->add_parameters();
                if (const JsonNode *name = p.member(QStringLiteral("name"))) {
                    if (!name->isString())
                        return wrongKind(*name, pPath + QStringLiteral(".name"), Sparkplug::tr("a string"));
                    param->set_name(name->string().toStdString());
                }
                const JsonNode *type = p.member(QStringLiteral("type"));
                if (!type)
                    return fail(pPath, Sparkplug::tr("a parameter needs a \"type\""));
                quint32 t = 0;
                if (!datatype(*type, pPath + QStringLiteral(".type"), &t))
                    return false;
                param->set_type(t);
                if (const JsonNode *value = p.member(QStringLiteral("value")))
                    if (!scalar(*value, pPath + QStringLiteral(".value"), t, param))
                        return false;
            }
        }
        if (const JsonNode *v = n.member(QStringLiteral("metrics")))
            return metrics(*v, path + QStringLiteral(".metrics"), out->mutable_metrics(), depth + 2);
        return true;
    }

    bool propertySet(const JsonNode &n, const QString &path, pb::Payload_PropertySet *out, int depth)
    {
        if (!deepen(depth, path))
            return false;
        if (n.kind != JsonNode::Kind::Object)
            return wrongKind(n, path, Sparkplug::tr("an object"));
        for (size_t i = 0; i < n.keys.size(); ++i) {
            out->add_keys(n.keys[i].toStdString());
            if (!propertyValue(n.children[i], path + QLatin1Char('.') + n.keys[i], out->add_values(), depth + 1))
                return false;
        }
        return true;
    }

    // A property's type comes from its JSON value: whole numbers as Int32 (as
    // the specification's Quality) or Int64/UInt64 when larger, others Double.
    bool propertyValue(const JsonNode &n, const QString &path, pb::Payload_PropertyValue *out, int depth)
    {
        if (n.isNull()) {
            out->set_type(quint32(DT::String));
            out->set_is_null(true);
        } else if (n.isBool()) {
            out->set_type(quint32(DT::Boolean));
            out->set_boolean_value(n.scalar == JsonScalar::True);
        } else if (n.isString()) {
            out->set_type(quint32(DT::String));
            out->set_string_value(n.string().toStdString());
        } else if (n.isNumber()) {
            bool ok = false;
            const qint64 s = n.raw.toLongLong(&ok);
            if (ok && s >= std::numeric_limits<qint32>::min() && s <= std::numeric_limits<qint32>::max()) {
                out->set_type(quint32(DT::Int32));
                out->set_int_value(quint32(qint32(s)));
            } else if (ok) {
                out->set_type(quint32(DT::Int64));
                out->set_long_value(quint64(s));
            } else if (const quint64 u = n.raw.toULongLong(&ok); ok) {
                out->set_type(quint32(DT::UInt64));
                out->set_long_value(u);
            } else {
                double d = 0;
                if (!floating(n, path, &d))
                    return false;
                out->set_type(quint32(DT::Double));
                out->set_double_value(d);
            }
        } else if (n.kind == JsonNode::Kind::Object) {
            out->set_type(quint32(DT::PropertySet));
            return propertySet(n, path, out->mutable_propertyset_value(), depth + 1);
        } else {
            out->set_type(quint32(DT::PropertySetList));
            auto *list = out->mutable_propertysets_value();
            for (size_t i = 0; i < n.children.size(); ++i)
                if (!propertySet(n.children[i], path + QStringLiteral("[%1]").arg(i), list->add_propertyset(), depth + 2))
                    return false;
        }
        return true;
    }

    bool metadata(const JsonNode &n, const QString &path, pb::Payload_MetaData *out)
    {
        if (n.kind != JsonNode::Kind::Object)
            return wrongKind(n, path, Sparkplug::tr("an object"));
        if (!onlyKeys(n, path,
                      {"isMultiPart", "contentType", "size", "seq", "fileName", "fileType", "md5", "description"}))
            return false;
        for (size_t i = 0; i < n.keys.size(); ++i) {
            const QString &key = n.keys[i];
            const JsonNode &v = n.children[i];
            const QString p = path + QLatin1Char('.') + key;
            if (key == QLatin1String("isMultiPart")) {
                bool b = false;
                if (!boolean(v, p, &b))
                    return false;
                out->set_is_multi_part(b);
            } else if (key == QLatin1String("size") || key == QLatin1String("seq")) {
                quint64 u = 0;
                if (!unsignedNumber(v, p, &u))
                    return false;
                key == QLatin1String("size") ? out->set_size(u) : out->set_seq(u);
            } else {
                if (!v.isString())
                    return wrongKind(v, p, Sparkplug::tr("a string"));
                const std::string s = v.string().toStdString();
                if (key == QLatin1String("contentType"))
                    out->set_content_type(s);
                else if (key == QLatin1String("fileName"))
                    out->set_file_name(s);
                else if (key == QLatin1String("fileType"))
                    out->set_file_type(s);
                else if (key == QLatin1String("md5"))
                    out->set_md5(s);
                else
                    out->set_description(s);
            }
        }
        return true;
    }

    template<typename T, typename Put>
    bool packed(const JsonNode &n, const QString &path, QByteArray *bytes, Put put)
    {
        for (size_t i = 0; i < n.children.size(); ++i) {
            T value{};
            if (!put(n.children[i], path + QStringLiteral("[%1]").arg(i), &value))
                return false;
            const T little = qToLittleEndian(value);
            bytes->append(reinterpret_cast<const char *>(&little), sizeof little);
        }
        return true;
    }

    bool array(const JsonNode &n, const QString &path, quint32 t, QByteArray *bytes)
    {
        if (n.kind != JsonNode::Kind::Array)
            return wrongKind(n, path, Sparkplug::tr("an array"));
        const auto intOf = [this, t](quint32 element) {
            return [this, element](const JsonNode &e, const QString &p, auto *out) {
                quint64 bits = 0;
                if (!integer(e, p, element, &bits))
                    return false;
                *out = std::remove_pointer_t<decltype(out)>(bits);
                return true;
            };
            Q_UNUSED(t);
        };
        switch (DT(t)) {
        case DT::Int8Array:
            return packed<qint8>(n, path, bytes, intOf(quint32(DT::Int8)));
        case DT::Int16Array:
            return packed<qint16>(n, path, bytes, intOf(quint32(DT::Int16)));
        case DT::Int32Array:
            return packed<qint32>(n, path, bytes, intOf(quint32(DT::Int32)));
        case DT::Int64Array:
            return packed<qint64>(n, path, bytes, intOf(quint32(DT::Int64)));
        case DT::UInt8Array:
            return packed<quint8>(n, path, bytes, intOf(quint32(DT::UInt8)));
        case DT::UInt16Array:
            return packed<quint16>(n, path, bytes, intOf(quint32(DT::UInt16)));
        case DT::UInt32Array:
            return packed<quint32>(n, path, bytes, intOf(quint32(DT::UInt32)));
        case DT::UInt64Array:
        case DT::DateTimeArray:
            return packed<quint64>(n, path, bytes, intOf(quint32(DT::UInt64)));
        case DT::FloatArray:
            return packed<quint32>(n, path, bytes, [this](const JsonNode &e, const QString &p, quint32 *out) {
                double d = 0;
                if (!floating(e, p, &d))
                    return false;
                const float f = float(d);
                std::memcpy(out, &f, sizeof f);
                return true;
            });
        case DT::DoubleArray:
            return packed<quint64>(n, path, bytes, [this](const JsonNode &e, const QString &p, quint64 *out) {
                double d = 0;
                if (!floating(e, p, &d))
                    return false;
                std::memcpy(out, &d, sizeof d);
                return true;
            });
        case DT::BooleanArray: {
            const quint32 count = quint32(n.children.size());
            const quint32 little = qToLittleEndian(count);
            bytes->append(reinterpret_cast<const char *>(&little), sizeof little);
            bytes->append(qsizetype((count + 7) / 8), '\0');
            for (quint32 i = 0; i < count; ++i) {
                bool b = false;
                if (!boolean(n.children[i], path + QStringLiteral("[%1]").arg(i), &b))
                    return false;
                if (b)
                    (*bytes)[4 + i / 8] = char(quint8((*bytes)[4 + i / 8]) | (0x80 >> (i % 8)));
            }
            return true;
        }
        case DT::StringArray:
            for (size_t i = 0; i < n.children.size(); ++i) {
                const JsonNode &e = n.children[i];
                if (!e.isString())
                    return wrongKind(e, path + QStringLiteral("[%1]").arg(i), Sparkplug::tr("a string"));
                const QByteArray utf8 = e.string().toUtf8();
                if (utf8.contains('\0'))
                    return fail(path + QStringLiteral("[%1]").arg(i),
                                Sparkplug::tr("a string of a StringArray cannot hold a zero character"));
                bytes->append(utf8);
                bytes->append('\0');
            }
            return true;
        default:
            return false;
        }
    }

    bool metrics(const JsonNode &n, const QString &path, google::protobuf::RepeatedPtrField<pb::Payload_Metric> *out,
                 int depth)
    {
        // A metric's DataSet value lies three levels below it.
        if (!deepen(depth + 3, path))
            return false;
        if (n.kind != JsonNode::Kind::Array)
            return wrongKind(n, path, Sparkplug::tr("an array of metrics"));
        for (size_t i = 0; i < n.children.size(); ++i)
            if (!metric(n.children[i], path + QStringLiteral("[%1]").arg(i), out->Add(), depth))
                return false;
        return true;
    }

    bool metric(const JsonNode &n, const QString &at, pb::Payload_Metric *out, int depth)
    {
        if (n.kind != JsonNode::Kind::Object)
            return wrongKind(n, at, Sparkplug::tr("a metric object"));
        QString path = at;
        if (const JsonNode *name = n.member(QStringLiteral("name")); name && name->isString())
            path = QStringLiteral("%1 (\"%2\")").arg(at, name->string());
        if (!onlyKeys(n, path,
                      {"name", "alias", "timestamp", "datatype", "isHistorical", "isTransient", "isNull", "value",
                       "properties", "metadata", "warning"}))
            return false;
        if (const JsonNode *v = n.member(QStringLiteral("name"))) {
            if (!v->isString())
                return wrongKind(*v, path + QStringLiteral(".name"), Sparkplug::tr("a string"));
            out->set_name(v->string().toStdString());
        }
        quint64 u = 0;
        if (const JsonNode *v = n.member(QStringLiteral("alias"))) {
            if (!unsignedNumber(*v, path + QStringLiteral(".alias"), &u))
                return false;
            out->set_alias(u);
        }
        if (const JsonNode *v = n.member(QStringLiteral("timestamp"))) {
            if (!unsignedNumber(*v, path + QStringLiteral(".timestamp"), &u))
                return false;
            out->set_timestamp(u);
        }
        quint32 t = 0;
        if (const JsonNode *v = n.member(QStringLiteral("datatype"))) {
            if (!datatype(*v, path + QStringLiteral(".datatype"), &t))
                return false;
            out->set_datatype(t);
        }
        bool b = false;
        if (const JsonNode *v = n.member(QStringLiteral("isHistorical"))) {
            if (!boolean(*v, path + QStringLiteral(".isHistorical"), &b))
                return false;
            if (b)
                out->set_is_historical(true);
        }
        if (const JsonNode *v = n.member(QStringLiteral("isTransient"))) {
            if (!boolean(*v, path + QStringLiteral(".isTransient"), &b))
                return false;
            if (b)
                out->set_is_transient(true);
        }
        if (const JsonNode *v = n.member(QStringLiteral("isNull"))) {
            if (!boolean(*v, path + QStringLiteral(".isNull"), &b))
                return false;
            if (b)
                out->set_is_null(true);
        }
        if (const JsonNode *v = n.member(QStringLiteral("properties")))
            if (!propertySet(*v, path + QStringLiteral(".properties"), out->mutable_properties(), depth + 1))
                return false;
        if (const JsonNode *v = n.member(QStringLiteral("metadata")))
            if (!metadata(*v, path + QStringLiteral(".metadata"), out->mutable_metadata()))
                return false;
        const JsonNode *value = n.member(QStringLiteral("value"));
        if (!value)
            return true;
        const QString vPath = path + QStringLiteral(".value");
        if (value->isNull()) {
            out->set_is_null(true);
            return true;
        }
        if (t == 0)
            return untypedValue(*value, vPath, out);
        quint64 bits = 0;
        if (is(t, DT::Int8) || is(t, DT::Int16) || is(t, DT::Int32) || is(t, DT::UInt8) || is(t, DT::UInt16)
            || is(t, DT::UInt32)) {
            if (!integer(*value, vPath, t, &bits))
                return false;
            out->set_int_value(quint32(bits));
        } else if (is(t, DT::Int64) || is(t, DT::UInt64) || is(t, DT::DateTime)) {
            if (!integer(*value, vPath, t, &bits))
                return false;
            out->set_long_value(bits);
        } else if (is(t, DT::Float) || is(t, DT::Double)) {
            double d = 0;
            if (!floating(*value, vPath, &d))
                return false;
            if (is(t, DT::Float))
                out->set_float_value(float(d));
            else
                out->set_double_value(d);
        } else if (is(t, DT::Boolean)) {
            if (!boolean(*value, vPath, &b))
                return false;
            out->set_boolean_value(b);
        } else if (isStringType(t)) {
            if (!value->isString())
                return wrongKind(*value, vPath, Sparkplug::tr("a string"));
            out->set_string_value(value->string().toStdString());
        } else if (is(t, DT::Bytes) || is(t, DT::File)) {
            QByteArray bytes;
            if (!base64(*value, vPath, &bytes))
                return false;
            out->set_bytes_value(bytes.toStdString());
        } else if (is(t, DT::DataSet)) {
            return dataSet(*value, vPath, out->mutable_dataset_value());
        } else if (is(t, DT::Template)) {
            return templateValue(*value, vPath, out->mutable_template_value(), depth);
        } else if (isArrayType(t)) {
            QByteArray bytes;
            if (!array(*value, vPath, t, &bytes))
                return false;
            out->set_bytes_value(bytes.toStdString());
        } else {
            return fail(vPath,
                        Sparkplug::tr("a metric cannot carry a value of datatype %1").arg(sparkplugDataTypeName(t)));
        }
        return true;
    }

    // No datatype (a DATA message's metric by alias): the field from the JSON's kind.
    bool untypedValue(const JsonNode &v, const QString &path, pb::Payload_Metric *out)
    {
        if (v.isBool()) {
            out->set_boolean_value(v.scalar == JsonScalar::True);
        } else if (v.isString()) {
            out->set_string_value(v.string().toStdString());
        } else if (v.isNumber()) {
            bool ok = false;
            const quint64 u = v.raw.toULongLong(&ok);
            if (ok && u <= std::numeric_limits<quint32>::max()) {
                out->set_int_value(quint32(u));
            } else if (ok) {
                out->set_long_value(u);
            } else if (const qint64 s = v.raw.toLongLong(&ok); ok) {
                out->set_long_value(quint64(s));
            } else {
                double d = 0;
                if (!floating(v, path, &d))
                    return false;
                out->set_double_value(d);
            }
        } else {
            return fail(path, Sparkplug::tr("give the metric a \"datatype\" to send %1").arg(kindName(v)));
        }
        return true;
    }
};

} // namespace

std::optional<SparkplugTopic> SparkplugTopic::parse(QStringView topic)
{
    const QList<QStringView> levels = topic.split(QLatin1Char('/'));
    if (levels.size() < 3 || levels[0] != QLatin1String("spBv1.0"))
        return std::nullopt;
    for (QStringView level : levels) {
        // Sparkplug 3.0 §4.1.1: no level is empty, and none holds a wildcard.
        if (level.isEmpty() || level.contains(QLatin1Char('+')) || level.contains(QLatin1Char('#')))
            return std::nullopt;
    }
    SparkplugTopic t;
    if (levels[1] == QLatin1String("STATE")) {
        // Sparkplug 3.0 §4.1.3: spBv1.0/STATE/<host id>.
        if (levels.size() != 3)
            return std::nullopt;
        t.type = Type::State;
        t.hostId = levels[2].toString();
        return t;
    }
    if (levels.size() != 4 && levels.size() != 5)
        return std::nullopt;
    static const struct
    {
        const char *name;
        Type type;
        bool device;
    } types[] = {{"NBIRTH", Type::NBirth, false}, {"NDEATH", Type::NDeath, false}, {"DBIRTH", Type::DBirth, true},
                 {"DDEATH", Type::DDeath, true},  {"NDATA", Type::NData, false},   {"DDATA", Type::DData, true},
                 {"NCMD", Type::NCmd, false},     {"DCMD", Type::DCmd, true}};
    for (const auto &candidate : types) {
        if (levels[2] != QLatin1String(candidate.name))
            continue;
        if (levels.size() != (candidate.device ? 5 : 4))
            return std::nullopt;
        t.type = candidate.type;
        t.group = levels[1].toString();
        t.edgeNode = levels[3].toString();
        if (candidate.device)
            t.device = levels[4].toString();
        return t;
    }
    return std::nullopt;
}

QString SparkplugTopic::typeName(Type type)
{
    switch (type) {
    case Type::NBirth:
        return QStringLiteral("NBIRTH");
    case Type::NDeath:
        return QStringLiteral("NDEATH");
    case Type::DBirth:
        return QStringLiteral("DBIRTH");
    case Type::DDeath:
        return QStringLiteral("DDEATH");
    case Type::NData:
        return QStringLiteral("NDATA");
    case Type::DData:
        return QStringLiteral("DDATA");
    case Type::NCmd:
        return QStringLiteral("NCMD");
    case Type::DCmd:
        return QStringLiteral("DCMD");
    case Type::State:
        return QStringLiteral("STATE");
    }
    return {};
}

bool isSparkplugTopic(QStringView topic)
{
    return topic.startsWith(QLatin1String("spBv1.0/"));
}

QString sparkplugDataTypeName(quint32 datatype)
{
    if (datatype < DataTypeCount)
        return QString::fromLatin1(dataTypeNames[datatype]);
    return QStringLiteral("Unknown (%1)").arg(datatype);
}

std::optional<SparkplugPayload> decodeSparkplugPayload(QByteArrayView payload, QString *error)
{
    const auto failed = [error](const QString &sentence) -> std::optional<SparkplugPayload> {
        if (error)
            *error = sentence;
        return std::nullopt;
    };
    if (payload.isEmpty())
        return failed(Sparkplug::tr("Not a Sparkplug B payload: it is empty."));
    if (payload.size() > std::numeric_limits<int>::max())
        return failed(
            Sparkplug::tr("Not a Sparkplug B payload: %1 bytes are more than protobuf reads.").arg(payload.size()));
    pb::Payload p;
    if (!p.ParseFromArray(payload.data(), int(payload.size())))
        return failed(diagnose(payload));
    // Text such as "55.49" is valid protobuf (an unknown field 6); a payload
    // with none of Sparkplug's fields is something else.
    if (!p.has_timestamp() && p.metrics_size() == 0 && !p.has_seq() && !p.has_uuid() && !p.has_body())
        return failed(Sparkplug::tr("Not a Sparkplug B payload: it holds none of a Sparkplug B payload's fields "
                                    "(timestamp, metrics, seq, uuid, body)."));
    SparkplugPayload r;
    if (p.has_timestamp())
        r.timestamp = p.timestamp();
    if (p.has_seq())
        r.seq = p.seq();
    r.uuid = fromStd(p.uuid());
    r.body = bytesFromStd(p.body());
    r.metrics.reserve(p.metrics_size());
    for (const auto &m : p.metrics())
        r.metrics.append(metric(m));
    return r;
}

QByteArray sparkplugToJson(const SparkplugPayload &payload)
{
    QByteArray out;
    out += '{';
    bool first = true;
    const auto key = [&](const char *name) {
        if (!first)
            out += ',';
        first = false;
        out += '"';
        out += name;
        out += "\":";
    };
    if (payload.timestamp) {
        key("timestamp");
        writeUnsigned(out, *payload.timestamp);
    }
    if (payload.seq) {
        key("seq");
        writeUnsigned(out, *payload.seq);
    }
    key("metrics");
    out += '[';
    for (qsizetype i = 0; i < payload.metrics.size(); ++i) {
        if (i > 0)
            out += ',';
        writeMap(out, metricMap(payload.metrics[i]), false);
    }
    out += ']';
    if (!payload.uuid.isEmpty()) {
        key("uuid");
        writeString(out, payload.uuid);
    }
    if (!payload.body.isEmpty()) {
        key("body");
        out += '"' + payload.body.toBase64() + '"';
    }
    out += '}';
    return out;
}

DecodedPayload decodeSparkplug(QByteArrayView payload)
{
    DecodedPayload d;
    d.decoder = QStringLiteral("Sparkplug B");
    QString error;
    const std::optional<SparkplugPayload> p = decodeSparkplugPayload(payload, &error);
    if (!p) {
        d.error = error;
        return d;
    }
    d.json = sparkplugToJson(*p);
    return d;
}

std::optional<QByteArray> encodeSparkplugFromJson(QByteArrayView json, QString *error)
{
    TreeBuilder builder;
    JsonError jsonError;
    if (!parseJson(json, &builder, &jsonError)) {
        if (error)
            *error = Sparkplug::tr("Cannot encode Sparkplug B: %1").arg(jsonErrorSentence(jsonError));
        return std::nullopt;
    }
    Encoder encoder;
    pb::Payload p;
    if (!encoder.payload(builder.root, &p)) {
        if (error)
            *error = encoder.error;
        return std::nullopt;
    }
    std::string bytes;
    if (!p.SerializeToString(&bytes)) {
        if (error)
            *error = Sparkplug::tr("Cannot encode Sparkplug B: protobuf could not write the payload.");
        return std::nullopt;
    }
    return QByteArray(bytes.data(), qsizetype(bytes.size()));
}

// Through the JSON: one encoder, and the JSON is the form that is tested
// against an independent decoder. Property types are inferred from their values.
QByteArray encodeSparkplug(const SparkplugPayload &payload)
{
    return encodeSparkplugFromJson(sparkplugToJson(payload)).value_or(QByteArray());
}

} // namespace Signalbox
