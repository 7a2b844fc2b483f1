#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <optional>

// CBOR (RFC 8949) and MessagePack payloads: shown as indented text, and written
// from JSON text. MessagePack needs msgpack-cxx at build time; without it no
// payload decodes as MessagePack and rendering or encoding it fails with a
// sentence saying so.
namespace Signalbox {

// Whether data is exactly one complete, well-formed item.
bool cborDecodesAsOneItem(QByteArrayView data);
bool msgpackDecodesAsOneItem(QByteArrayView data);

// Every item in data, one after another on lines of their own, indented like
// pretty JSON: CBOR in diagnostic notation (RFC 8949 §8: h'0102', 1(1700000000)),
// MessagePack as JSON with bin(0102), ext(5, 0102) and timestamp(...). cut: data
// is the beginning of a longer payload, so ending inside an item is no error.
// Nesting deeper than MaxJsonDepth levels fails. On failure returns nullopt and
// sets *error (may be null) to a sentence with the byte offset.
std::optional<QString> renderCbor(QByteArrayView data, bool cut, QString *error);
std::optional<QString> renderMsgpack(QByteArrayView data, bool cut, QString *error);

// JSON text as one CBOR / MessagePack item (definite lengths): keys in their
// order, strings with escapes resolved, whole numbers as 64-bit integers where
// they fit, other numbers as doubles. On failure (invalid JSON, or MessagePack
// not built in) returns nullopt and sets *error (may be null) to a sentence
// ("Type JSON to send as CBOR. Invalid JSON at line 1, column 2 (byte 1): ...").
std::optional<QByteArray> encodeJsonAsCbor(QByteArrayView json, QString *error);
std::optional<QByteArray> encodeJsonAsMsgpack(QByteArrayView json, QString *error);

} // namespace Signalbox
