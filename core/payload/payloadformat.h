#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

// Showing and typing payloads: detection, pretty JSON that keeps the text of
// keys and numbers exactly, hex dump, Base64, CBOR and MessagePack as text.
namespace Signalbox {

enum class PayloadFormat : quint8 { Auto, Text, Json, Hex, Base64, Cbor, MessagePack };

QString payloadFormatName(PayloadFormat format); // "Text", "JSON", "Hex", ...

// JSON if it parses as JSON (object/array/scalar with surrounding whitespace);
// Text if valid UTF-8 without control characters other than \t \r \n; CBOR or
// MessagePack if it decodes completely as one item and is not text; else Hex.
PayloadFormat detectPayloadFormat(QByteArrayView payload);

struct JsonPretty
{
    bool ok = false;
    QString text; // pretty text (on error: the input as text)
    qsizetype errorOffset = -1; // byte offset of the error in the input
    int errorLine = 0, errorColumn = 0; // 1-based
    QString errorMessage; // "Expected ',' or '}' after a value"
};
// Re-indents JSON without parsing it into a DOM: keys keep their order and
// numbers their exact text. Invalid JSON gives ok=false and where it broke
// (the column counts Unicode code points). indent <= 0 gives compact text.
JsonPretty prettyPrintJson(QByteArrayView json, int indent = 2);

enum class JsonScalar : quint8 { String, Number, True, False, Null };

// Receives one JSON text's events in document order (RFC 8259). Raw tokens
// are views into the input, exactly as written (strings with quotes and escapes).
class JsonHandler
{
public:
    virtual ~JsonHandler() = default;
    virtual void beginObject() = 0;
    virtual void endObject() = 0;
    virtual void beginArray() = 0;
    virtual void endArray() = 0;
    virtual void key(QByteArrayView rawString) = 0;
    virtual void value(JsonScalar kind, QByteArrayView rawToken) = 0;
};

struct JsonError
{
    qsizetype offset = -1; // bytes
    int line = 0, column = 0; // 1-based; column in code points
    QString message;
};
// Validates and streams json to handler (may be null: only validates); nothing
// is built. Nesting deeper than 512 levels is refused. On failure returns false
// and fills *error (when given); the events before the error were delivered.
bool parseJson(QByteArrayView json, JsonHandler *handler, JsonError *error = nullptr);
// The text of a raw string token as parseJson delivered it (escapes resolved).
QString decodeJsonString(QByteArrayView rawString);

// "00000000  7b 22 61 22 3a 31 7d                              {"a":1}"
// (as hexdump -C without the bars: 16 bytes a line, an extra space after 8).
QString hexDump(QByteArrayView data);

struct RenderedPayload
{
    PayloadFormat format = PayloadFormat::Text; // what was rendered (Auto resolved)
    QString text;
    bool truncated = false; // only the first shownBytes were rendered
    qsizetype shownBytes = 0;
    qsizetype totalBytes = 0;
    QString error; // e.g. invalid JSON / CBOR: a sentence with the position
};
// Renders at most limitBytes of the payload (nothing is cut silently: see truncated);
// a negative limit renders everything. Text and JSON are cut at a UTF-8 boundary,
// Base64 at a multiple of 3; a cut JSON text renders as far as it goes. Invalid JSON
// renders as text, invalid CBOR/MessagePack as a hex dump, both with error set.
RenderedPayload renderPayload(const QByteArray &payload, PayloadFormat format, qsizetype limitBytes = 1024 * 1024);

// One line for a log row: text with control characters replaced, or hex for binary; at most maxChars.
QString payloadPreview(QByteArrayView payload, int maxChars = 160);

// What the user typed, as payload bytes: Text/Json as UTF-8 (Json validated),
// Hex (spaces allowed) and Base64 decoded, Cbor/MessagePack: JSON text encoded
// in that format, keys in their order. Fails with *error set (may be null) and
// returns an empty array; on success *error is cleared.
QByteArray encodePayload(const QString &text, PayloadFormat format, QString *error);

} // namespace Signalbox
