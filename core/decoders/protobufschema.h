#pragma once

#include "decoders/decodedpayload.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QHash>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace google::protobuf {
class Descriptor;
class DynamicMessageFactory;
namespace compiler {
class Importer;
class SourceTree;
class MultiFileErrorCollector;
} // namespace compiler
} // namespace google::protobuf

// The user's own .proto files, parsed at run time (no code generation): a
// payload of one of their message types decoded to JSON, and JSON typed by the
// user encoded for publishing.
namespace Signalbox {

class ProtobufSchema
{
public:
    // Parses the .proto files (google::protobuf::compiler::Importer). Imports are
    // looked up in importPaths first, in order, then in each file's own folder, as
    // `protoc -I<importPaths> -I<each folder>` would; a file under an import path
    // is known by its path relative to it. google/protobuf/*.proto (the well-known
    // types) need no import path. On failure returns nullptr and sets *error (may be
    // null) to every parse error as "file:line:column: message" lines (1-based), or
    // "file: no such file".
    static std::shared_ptr<const ProtobufSchema> load(const QStringList &protoFiles, const QStringList &importPaths,
                                                      QString *error);
    ~ProtobufSchema();
    ProtobufSchema(const ProtobufSchema &) = delete;
    ProtobufSchema &operator=(const ProtobufSchema &) = delete;

    // Fully qualified names ("sensors.Reading", nested as "sensors.Reading.Location") of
    // every message type in the given files (not their imports, not map entries), sorted.
    QStringList messageTypes() const;
    bool hasMessageType(const QString &fullName) const;

    // Thread-safe. Decoder "Protobuf <type>". The JSON is protobuf's JSON mapping
    // (util::MessageToJsonString) with the field names as written in the .proto
    // (preserve_proto_field_names) and every field present, defaults included
    // (always_print_primitive_fields): a reading of 0 shows as 0, not as nothing.
    // 64-bit integers are strings, bytes Base64, enums by name (by number when the
    // value is not in the enum). Fields the schema does not know are shown, not
    // dropped: under "unknownFields", keyed by their path and number ("7",
    // "location.9", "items[2].4"), each a list of values (varints and fixed-width
    // as numbers, length-delimited as Base64, groups as objects).
    // On failure the error names the field and the byte offset: truncated, a wrong
    // wire type, a length beyond the payload, invalid UTF-8 in a string, nesting
    // deeper than 64 levels, a required field missing (by its path).
    DecodedPayload decode(const QString &messageType, QByteArrayView payload) const;

    // JSON (protobuf's JSON mapping; field names as in the .proto or in lowerCamelCase)
    // as the message's binary encoding, for publishing. nullopt and *error (may be
    // null) naming the field when the JSON does not fit the type.
    std::optional<QByteArray> encodeJson(const QString &messageType, QByteArrayView json, QString *error) const;

private:
    ProtobufSchema();

    std::unique_ptr<google::protobuf::compiler::SourceTree> m_sourceTree;
    std::unique_ptr<google::protobuf::compiler::MultiFileErrorCollector> m_errors;
    std::unique_ptr<google::protobuf::compiler::Importer> m_importer; // owns the descriptors
    // Thread-safe for GetPrototype() (it locks); messages made from a prototype are per call.
    std::unique_ptr<google::protobuf::DynamicMessageFactory> m_factory;
    QHash<QString, const google::protobuf::Descriptor *> m_types; // filled by load(), read-only after
    QStringList m_typeNames; // sorted
};

} // namespace Signalbox
