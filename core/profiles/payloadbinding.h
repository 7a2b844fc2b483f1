#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// A decoder, a schema or a script the user binds to a topic filter of one
// connection (kept in its ConnectionWorkspace): what MQTTX calls "Schema" and
// "Script", per connection. PayloadDecoding (session/) loads them.
namespace Signalbox {

struct PayloadBinding
{
    enum class Kind : quint8 {
        Protobuf, // decode with `messageType` from the .proto `file`
        Avro, // decode with the Avro schema (.avsc) in `file`: raw datum or container file
        JsonSchema, // validate the payload (or what a decoder made of it) against the schema in `file`
        Script, // transform received payloads with the JavaScript in `script` (or `file` when script is empty)
    };
    Kind kind = Kind::Protobuf;
    QString filter; // an MQTT topic filter, "+" and "#" allowed
    QString file;
    QString messageType; // Protobuf: the fully qualified message type
    QStringList importPaths; // Protobuf: where the file's imports are, beside its own folder
    QString script; // Script: the source itself
    bool enabled = true;

    static QString kindName(Kind kind); // "Protobuf", "Avro", "JSON Schema", "Script" (not translated: names)
    static QString kindKey(Kind kind); // "protobuf", "avro", "jsonSchema", "script": the saved form
    static std::optional<Kind> kindFromKey(QStringView key);

    // One sentence saying what is missing (no filter, an invalid filter, no file,
    // no message type, no script); nullopt when the binding can be loaded.
    std::optional<QString> validate() const;

    QJsonObject toJson() const;
    // nullopt and *error (may be null) set when the object is not a binding.
    static std::optional<PayloadBinding> fromJson(const QJsonObject &json, QString *error = nullptr);
    friend bool operator==(const PayloadBinding &, const PayloadBinding &) = default;
};

} // namespace Signalbox
