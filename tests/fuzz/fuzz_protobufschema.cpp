// libFuzzer target for ProtobufSchema (core/decoders/protobufschema.h).
//
// A small schema (nested messages, an enum, repeated and packed fields, a map, a
// oneof, a group, a recursive message, proto2 required fields) is written to a
// temporary folder and loaded once.
//
// Input: the first byte picks the message type and whether the rest is a payload
// to decode or JSON to encode; the rest is used whole.
//
// Checked, aborting on a mismatch:
// - decode gives JSON or a sentence, never both or neither, and its JSON parses;
// - JSON that decode wrote without unknown fields encodes again (unless a map key
//   came twice: protobuf prints both and refuses them back), and the bytes decode
//   to the same JSON (but for -0, which protobuf reads back as 0);
// - encodeJson gives bytes or a sentence, never both or neither, and what it
//   gives decodes.
#include "decoders/protobufschema.h"
#include "payload/json.h"

#include <QByteArray>
#include <QFile>
#include <QRegularExpression>
#include <QString>
#include <QTemporaryDir>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_protobufschema: %s %s\n", what, qPrintable(detail));
    std::abort();
}

const char Schema[] = R"(syntax = "proto2";
package fuzz;

message Reading {
  enum Status { UNKNOWN = 0; OK = 1; FAULT = 2; }
  message Location { optional double lat = 1; optional float lon = 2; optional string room = 3; }
  optional string device = 1;
  optional Status status = 2;
  repeated Location locations = 3;
  map<string, sint64> counters = 4;
  oneof power { uint32 millivolts = 5; bool mains = 6; }
  repeated int32 packed = 7 [packed = true];
  repeated fixed64 fixed = 8;
  optional bytes raw = 9;
  optional group Extra = 10 { optional int64 a = 11; }
  optional sfixed32 s32 = 12;
  optional Node tree = 13;
}

message Node {
  optional int32 value = 1;
  repeated Node children = 2;
}

message Frame {
  required uint32 id = 1;
  optional Frame next = 2;
}
)";

const QString Types[] = {QStringLiteral("fuzz.Reading"), QStringLiteral("fuzz.Reading.Location"),
                         QStringLiteral("fuzz.Node"), QStringLiteral("fuzz.Frame")};

std::shared_ptr<const ProtobufSchema> loadSchema()
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("fuzz.proto"));
    QFile file(path);
    if (!dir.isValid() || !file.open(QIODevice::WriteOnly) || file.write(Schema) < 0)
        mismatch("cannot write the schema");
    file.close();
    QString error;
    auto schema = ProtobufSchema::load({path}, {}, &error);
    if (!schema)
        mismatch("the schema does not load:", error);
    return schema;
}

// protobuf prints a float's -0 as -0 and its JSON parser reads that back as 0.
QString withoutNegativeZero(const QByteArray &json)
{
    static const QRegularExpression negativeZero(QStringLiteral("([:\\[,])-0(?=[,\\]}])"));
    return QString::fromUtf8(json).replace(negativeZero, QStringLiteral("\\1"
                                                                        "0"));
}

void checkDecoded(const DecodedPayload &decoded)
{
    if (decoded.ok() == decoded.json.isEmpty())
        mismatch("decode gave JSON and a sentence, or neither:", decoded.error);
    if (decoded.ok() && !parseJson(decoded.json, nullptr))
        mismatch("decode wrote invalid JSON:", QString::fromUtf8(decoded.json));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::shared_ptr<const ProtobufSchema> schema = loadSchema();
    if (size == 0)
        return 0;
    const QString &type = Types[data[0] % 4];
    const bool encode = data[0] & 0x80;
    const QByteArray rest(reinterpret_cast<const char *>(data) + 1, qsizetype(size - 1));

    if (!encode) {
        const DecodedPayload decoded = schema->decode(type, rest);
        checkDecoded(decoded);
        if (decoded.ok() && !decoded.json.contains("\"unknownFields\"")) {
            QString error;
            const std::optional<QByteArray> again = schema->encodeJson(type, decoded.json, &error);
            // A map key sent twice is shown twice (protobuf's printer), and its parser refuses that.
            if (!again && error.contains(QStringLiteral("Repeated map key")))
                return 0;
            if (!again)
                mismatch("decode's JSON does not encode:",
                         error + QStringLiteral(" in ") + QString::fromUtf8(decoded.json));
            const DecodedPayload twice = schema->decode(type, *again);
            if (withoutNegativeZero(twice.json) != withoutNegativeZero(decoded.json))
                mismatch("decode, encode, decode changed the JSON:",
                         QString::fromUtf8(decoded.json) + QStringLiteral(" -> ") + QString::fromUtf8(twice.json));
        }
        return 0;
    }
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> bytes = schema->encodeJson(type, rest, &error);
    if (bytes.has_value() == !error.isEmpty())
        mismatch("encodeJson gave bytes and a sentence, or neither:", error);
    if (bytes)
        checkDecoded(schema->decode(type, *bytes));
    return 0;
}
