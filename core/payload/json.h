#pragma once

#include <QByteArrayView>
#include <QString>

// Reading JSON (RFC 8259) as a stream of events, and re-indenting it, without
// building a DOM: keys keep their order, numbers and strings their exact text.
namespace Signalbox {

// Nesting deeper than this many levels is refused.
constexpr int MaxJsonDepth = 512;

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
    QString message; // "Expected ',' or '}' after a value in an object, found 'x'"
};
// Validates and streams json to handler (may be null: only validates); nothing
// is built. Nesting deeper than MaxJsonDepth levels is refused. On failure returns
// false and fills *error (when given); the events before the error were delivered.
bool parseJson(QByteArrayView json, JsonHandler *handler, JsonError *error = nullptr);
// The text of a raw string token as parseJson delivered it (escapes resolved;
// a \u escape gives one UTF-16 code unit, so a surrogate pair gives one character).
QString decodeJsonString(QByteArrayView rawString);
// The error as one sentence for the user:
// "Invalid JSON at line 2, column 5 (byte 12): Expected ':' after an object key, found '1'."
QString jsonErrorSentence(const JsonError &error);

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
// The same for the first bytes of a longer JSON text (a payload cut to a limit):
// where they end inside a value or a container, that is no error, and the text
// goes as far as they go (a token cut short is written as it is).
JsonPretty prettyPrintJsonPrefix(QByteArrayView json, int indent = 2);

} // namespace Signalbox
