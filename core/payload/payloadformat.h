#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// Showing and typing payloads in any of their formats: detection, rendering
// (pretty JSON from json.h, hex dump, Base64, CBOR and MessagePack as text from
// binaryformats.h), a one-line preview, and the bytes for what a user typed.
namespace Signalbox {

enum class PayloadFormat : quint8 { Auto, Text, Json, Hex, Base64, Cbor, MessagePack };

QString payloadFormatName(PayloadFormat format); // "Text", "JSON", "Hex", ...

// JSON if it parses as JSON (object/array/scalar with surrounding whitespace);
// Text if valid UTF-8 without control characters other than \t \r \n; CBOR or
// MessagePack if it decodes completely as one item and is not text; else Hex.
PayloadFormat detectPayloadFormat(QByteArrayView payload);

// "00000000  7b 22 61 22 3a 31 7d                              {"a":1}"
// (as hexdump -C without the bars: 16 bytes a line, an extra space after 8);
// 8 bytes a line for a narrow pane ("00000000  7b 22 61 22 3a 31 7d     {"a":1}").
QString hexDump(QByteArrayView data, int bytesPerLine = 16);

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
// Hex dumps have hexBytesPerLine (16, or 8 for a narrow pane) bytes a line.
RenderedPayload renderPayload(const QByteArray &payload, PayloadFormat format, qsizetype limitBytes = 1024 * 1024,
                              int hexBytesPerLine = 16);

// One line for a log row: text with control characters replaced, or hex for binary; at most maxChars.
QString payloadPreview(QByteArrayView payload, int maxChars = 160);

// What the user typed, as payload bytes: Text/Json as UTF-8 (Json validated),
// Hex (spaces allowed) and Base64 decoded, Cbor/MessagePack: JSON text encoded
// in that format, keys in their order. On failure returns nullopt and sets *error
// (may be null) to a sentence; on success *error is cleared. An empty text is a
// valid, empty payload in every format but Json, Cbor and MessagePack.
std::optional<QByteArray> encodePayload(const QString &text, PayloadFormat format, QString *error);

} // namespace Signalbox
