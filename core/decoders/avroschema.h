#pragma once

#include "decoders/decodedpayload.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <memory>
#include <optional>

struct avro_obj_t; // avro-c's schema (avro_schema_t is a pointer to it)

// The user's own Avro schema (.avsc, Apache Avro 1.11 specification): a payload
// as a raw binary datum of it or as an object container file, decoded to JSON,
// and JSON typed by the user encoded as a datum for publishing.
namespace Signalbox {

class AvroSchema
{
public:
    // The schema is parsed by avro-c (avro_schema_from_json_length). On failure
    // returns nullptr and sets *error (may be null) to a sentence with avro-c's reason.
    static std::shared_ptr<const AvroSchema> load(const QString &schemaFile, QString *error); // .avsc JSON
    static std::shared_ptr<const AvroSchema> parse(QByteArrayView schemaJson, QString *error);
    ~AvroSchema();
    AvroSchema(const AvroSchema &) = delete;
    AvroSchema &operator=(const AvroSchema &) = delete;

    // The schema's full name ("sensors.Reading"), or its type name ("array", "string", "union").
    QString name() const;

    // Thread-safe (the schema is only read). Decoder "Avro <name>".
    // A payload starting with the object container magic "Obj\x01" is read as a
    // container file with its own writer schema (codec "null" or "deflate", whose
    // blocks may inflate to 64 MiB together; another codec is a sentence saying so):
    // every object, in order, as a JSON array. Anything
    // else is one binary datum of this schema, and bytes after it are an error.
    // The JSON is Avro's JSON encoding (specification, "JSON Encoding"): a union
    // value other than null as {"<branch's full name or type>": value}, bytes and
    // fixed as a string whose code points 0-255 are the bytes, enums by symbol.
    // Logical types show as their underlying type (avro-c does not read them): a
    // timestamp-millis as its long, a date as its int. NaN and infinities as the
    // strings "NaN", "Infinity", "-Infinity".
    // Nothing in the data is trusted: every length is checked against the bytes
    // left, nesting stops at 100 levels, and arrays of items that take no bytes
    // (null, empty records) stop at 65536 items. On failure the error says
    // which field ("location.room", "values[3]", "[2].device" in a container) at
    // which byte and why.
    DecodedPayload decode(QByteArrayView payload) const;

    // JSON in Avro's JSON encoding (as decode() writes it) as one binary datum,
    // for publishing. A union also takes a bare value when it has one branch besides
    // null, and a branch may be named by its short name. Every record field must be
    // present (avro-c does not give us field defaults), and no other. A map's entries
    // are written in key order (QJsonObject sorts them).
    // nullopt and *error (may be null) naming the field on failure.
    std::optional<QByteArray> encodeJson(QByteArrayView json, QString *error) const;

private:
    explicit AvroSchema(avro_obj_t *schema);

    avro_obj_t *m_schema; // owned (one reference), never changed after parse()
    QString m_name;
};

} // namespace Signalbox
