#pragma once

// Bytes a user edits as text: shown as text when an edit can give them back
// unchanged, otherwise as hex, and read back from what was typed. No widgets:
// the connection editor's authentication data and will payload use these.

#include "payload/payloadformat.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace Signalbox {

// The bytes as text that an edit shows and gives back unchanged: UTF-8 with no
// control characters but tab (and newline when multiline), no line or
// paragraph separators. std::nullopt for anything else.
std::optional<QString> bytesAsText(const QByteArray &bytes, bool multiline);

// The bytes as lowercase hex pairs separated by spaces ("0a ff").
QString hexText(const QByteArray &bytes);

// What was typed, read in format (PayloadFormat::Text or Hex). Hex may start
// with "0x" (after spaces). On failure returns std::nullopt and, when error is
// given, sets it to a sentence whose positions count from the typed text.
std::optional<QByteArray> decodeEditedBytes(QString text, PayloadFormat format, QString *error);

} // namespace Signalbox
