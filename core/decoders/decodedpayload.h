#pragma once

#include <QByteArray>
#include <QString>

// What a decoder that needs a schema or code (Sparkplug B, the user's Protobuf
// or Avro schema, a script) made of a payload. JSON text is what every part of
// the program already shows, searches and plots (the payload pane pretty-prints
// and highlights it, numericFields() finds its numbers, the CLI prints it), so a
// decoded payload is JSON text, or the reason it could not be decoded.
namespace Signalbox {

struct DecodedPayload
{
    QString decoder; // what decoded it, for the user: "Sparkplug B", "Protobuf sensors.Reading", "Avro", "Script"
    QByteArray json; // the decoded value as compact UTF-8 JSON; empty on failure
    QString error; // on failure: one sentence saying which field failed and why (json is empty)
    bool ok() const { return error.isEmpty(); }
    friend bool operator==(const DecodedPayload &, const DecodedPayload &) = default;
};

} // namespace Signalbox
