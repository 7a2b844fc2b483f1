#pragma once

#include "decoders/decodedpayload.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>
#include <QVariant>

#include <optional>

// Sparkplug B (Eclipse Sparkplug 3.0): topics, and payloads as protobuf
// (sparkplug_b.proto, written from the specification's field list and compiled
// by protoc at build time). Decoding is for spBv1.0/ topics only: a payload on
// another topic is never guessed at.
namespace Signalbox {

struct SparkplugTopic
{
    enum class Type : quint8 { NBirth, NDeath, DBirth, DDeath, NData, DData, NCmd, DCmd, State };
    Type type = Type::NData;
    QString group; // empty for STATE
    QString edgeNode; // empty for STATE
    QString device; // empty for node messages and STATE
    QString hostId; // STATE only: spBv1.0/STATE/<host id>
    // spBv1.0/<group>/<type>/<edge node>[/<device>] and spBv1.0/STATE/<host id>;
    // nullopt for anything else (another namespace, a wrong type or level count).
    static std::optional<SparkplugTopic> parse(QStringView topic);
    static QString typeName(Type type); // "NBIRTH", ...
};

// The topic is in the spBv1.0 namespace (begins with "spBv1.0/").
bool isSparkplugTopic(QStringView topic);

// Sparkplug B datatypes (the specification's DataType enum).
enum class SparkplugDataType : quint32 {
    Unknown = 0,
    Int8 = 1,
    Int16,
    Int32,
    Int64,
    UInt8,
    UInt16,
    UInt32,
    UInt64,
    Float,
    Double,
    Boolean,
    String,
    DateTime,
    Text,
    UUID,
    DataSet,
    Bytes,
    File,
    Template,
    PropertySet,
    PropertySetList,
    Int8Array,
    Int16Array,
    Int32Array,
    Int64Array,
    UInt8Array,
    UInt16Array,
    UInt32Array,
    UInt64Array,
    FloatArray,
    DoubleArray,
    BooleanArray,
    StringArray,
    DateTimeArray
};
QString sparkplugDataTypeName(quint32 datatype); // "Int32", "Double", ... "Unknown (77)"

struct SparkplugMetric
{
    QString name; // empty when only an alias was sent
    std::optional<quint64> alias;
    std::optional<quint64> timestamp; // ms since the epoch
    quint32 datatype = 0; // SparkplugDataType; 0 when not sent
    bool isHistorical = false;
    bool isTransient = false;
    bool isNull = false;
    // Int*/UInt* as qint64/quint64, Float/Double as float/double, Boolean as bool,
    // String/Text/UUID as QString, DateTime as quint64 ms, Bytes/File as QByteArray,
    // arrays as QVariantList, DataSet/Template as a QVariantMap like their JSON.
    QVariant value;
    QVariantMap properties; // the metric's PropertySet, e.g. {"Quality": 192}
    // The metric's MetaData: isMultiPart, contentType, size, seq, fileName, fileType, md5,
    // description (those that were sent).
    QVariantMap metadata;
    // Set when the value does not fit the datatype (the value field of another
    // type, an array whose bytes do not divide into its elements, a number out of
    // range): one sentence; value then holds what could be read, or nothing.
    QString warning;
};

struct SparkplugPayload
{
    std::optional<quint64> timestamp;
    std::optional<quint64> seq;
    QString uuid;
    QByteArray body;
    QList<SparkplugMetric> metrics;
};

// nullopt and *error (may be null) set to a sentence with the byte offset or the
// field that failed when the bytes are not a Sparkplug B payload.
std::optional<SparkplugPayload> decodeSparkplugPayload(QByteArrayView payload, QString *error = nullptr);

// The payload as compact JSON: {"timestamp":..,"seq":..,"metrics":[{"name":..,"alias":..,
// "timestamp":..,"datatype":"Double","value":..,"properties":{..}},...],"uuid":..,"body":"<base64>"}
// (fields that were not sent are left out; 64-bit integers beyond 2^53 as strings).
QByteArray sparkplugToJson(const SparkplugPayload &payload);

// decodeSparkplugPayload() + sparkplugToJson(), decoder "Sparkplug B".
DecodedPayload decodeSparkplug(QByteArrayView payload);

QByteArray encodeSparkplug(const SparkplugPayload &payload);
// The JSON sparkplugToJson() writes (datatype by name or number) as protobuf bytes,
// for `signalbox-cli pub` and the demo's edge node. nullopt and *error on bad JSON.
std::optional<QByteArray> encodeSparkplugFromJson(QByteArrayView json, QString *error = nullptr);

} // namespace Signalbox
