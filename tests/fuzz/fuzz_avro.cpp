// libFuzzer target for AvroSchema (core/decoders/avroschema.h).
//
// One schema of every kind of type (records, a recursive one, arrays, maps,
// unions with null, an enum, fixed, bytes, every number) is parsed once.
//
// Input: the payload, used whole: a binary datum, or an object container file
// when it starts with "Obj\x01" (its header then carries its own schema, which
// avro-c parses: that is fuzzed too).
//
// Checked, aborting on a mismatch:
// - decode gives JSON or a sentence, never both or neither, and its JSON parses;
// - a datum's JSON encodes again, and those bytes decode to JSON that encodes to
//   the same bytes (map entries may change order once: QJsonObject sorts them).
#include "decoders/avroschema.h"
#include "payload/json.h"

#include <QByteArray>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_avro: %s %s\n", what, qPrintable(detail));
    std::abort();
}

const char Schema[] = R"({"type": "record", "name": "Reading", "namespace": "fuzz", "fields": [
  {"name": "device", "type": "string"},
  {"name": "status", "type": {"type": "enum", "name": "Status", "symbols": ["OK", "FAULT"]}},
  {"name": "location", "type": ["null", {"type": "record", "name": "Location", "fields": [
    {"name": "lat", "type": "double"}, {"name": "lon", "type": "float"}]}]},
  {"name": "values", "type": {"type": "array", "items": ["null", "int", "long", "string"]}},
  {"name": "counters", "type": {"type": "map", "values": "long"}},
  {"name": "mac", "type": {"type": "fixed", "name": "Mac", "size": 3}},
  {"name": "raw", "type": "bytes"},
  {"name": "ok", "type": "boolean"},
  {"name": "nothing", "type": {"type": "array", "items": "null"}},
  {"name": "tree", "type": {"type": "record", "name": "Node", "fields": [
    {"name": "children", "type": {"type": "array", "items": "Node"}}]}}
]})";

std::shared_ptr<const AvroSchema> parseSchema()
{
    QString error;
    auto schema = AvroSchema::parse(Schema, &error);
    if (!schema)
        mismatch("the schema does not parse:", error);
    return schema;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    static const std::shared_ptr<const AvroSchema> schema = parseSchema();
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    const DecodedPayload decoded = schema->decode(payload);
    if (decoded.ok() == decoded.json.isEmpty())
        mismatch("decode gave JSON and a sentence, or neither:", decoded.error);
    if (!decoded.ok())
        return 0;
    if (!parseJson(decoded.json, nullptr))
        mismatch("decode wrote invalid JSON:", QString::fromUtf8(decoded.json));
    if (payload.startsWith("Obj\x01"))
        return 0; // a container's objects are of its own schema

    QString error;
    const std::optional<QByteArray> again = schema->encodeJson(decoded.json, &error);
    if (!again)
        mismatch("decode's JSON does not encode:", error + QStringLiteral(" in ") + QString::fromUtf8(decoded.json));
    const DecodedPayload twice = schema->decode(*again);
    if (!twice.ok())
        mismatch("encodeJson wrote a datum that does not decode:", twice.error);
    const std::optional<QByteArray> thrice = schema->encodeJson(twice.json, &error);
    if (!thrice || *thrice != *again)
        mismatch("encode, decode, encode changed the bytes:", QString::fromUtf8(twice.json));
    return 0;
}
