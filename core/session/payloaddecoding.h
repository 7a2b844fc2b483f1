#pragma once

#include "decoders/avroschema.h"
#include "decoders/decodedpayload.h"
#include "decoders/jsonschema.h"
#include "decoders/protobufschema.h"
#include "profiles/payloadbinding.h"

#include <QByteArrayView>
#include <QList>
#include <QString>
#include <QStringView>

#include <functional>
#include <memory>
#include <optional>

// The payload bindings of one connection, loaded: which decoder, schema or
// script applies to a topic, and what it makes of a payload. Shared by the
// window (ConnectionSession) and signalbox-cli. Built in: Sparkplug B on
// spBv1.0/ topics (and only there). A binding whose file does not load stays
// in the list with its error and applies to nothing.
//
// decode() and validate() are const and thread-safe; setBindings() is not.
namespace Signalbox {

class PayloadDecoding
{
public:
    PayloadDecoding();
    // Loads each enabled binding's file (a disabled one is kept, unloaded).
    void setBindings(const QList<PayloadBinding> &bindings);
    const QList<PayloadBinding> &bindings() const { return m_bindings; }
    // Why binding `index` did not load; empty when it did (or is disabled).
    QString error(qsizetype index) const;
    // Every load error as "<kind> for <filter>: <error>", for a status line.
    QStringList errors() const;
    void setSparkplugEnabled(bool enabled) { m_sparkplug = enabled; }
    bool sparkplugEnabled() const { return m_sparkplug; }
    // Nothing bound, and Sparkplug off: no topic needs a look.
    bool isEmpty() const { return m_bindings.isEmpty() && !m_sparkplug; }

    // The decoder for a topic: Sparkplug B on spBv1.0/ topics, else the first
    // loaded Protobuf or Avro binding whose filter matches; nullopt when none does.
    std::optional<DecodedPayload> decode(QStringView topic, QByteArrayView payload) const;
    bool hasDecoder(QStringView topic) const;

    // For a publish, the decoder's reverse: what turns a JSON payload for this topic
    // into the bytes its decoder reads. Sparkplug B on spBv1.0/ topics (not STATE),
    // else the first loaded Protobuf or Avro binding whose filter matches, named as
    // its decoder names it ("Protobuf sensors.Reading"); empty when none does.
    QString encoderFor(QStringView topic) const;
    // The JSON encoded so; nullopt with *error saying which field failed and why,
    // or that no encoder applies.
    std::optional<QByteArray> encode(QStringView topic, QByteArrayView json, QString *error) const;

    // The first loaded JSON Schema binding whose filter matches, or -1.
    qsizetype schemaFor(QStringView topic) const;
    // The violations of a payload on a topic, or nullopt when no schema applies.
    // What a decoder made of the payload is validated when one applies (and a
    // payload it cannot decode is one violation saying why); else the payload.
    std::optional<QList<SchemaViolation>> validate(QStringView topic, QByteArrayView payload,
                                                   int maxViolations = 100) const;

    // The first enabled script binding whose filter matches, or -1, and its source
    // (the binding's script, or its file's text as loaded).
    qsizetype scriptFor(QStringView topic) const;
    QString scriptSource(qsizetype index) const;
    QString scriptName(qsizetype index) const;

    // A decoded payload as a chart reads it: Sparkplug B's metrics as one
    // object by metric name ({"Temperature": 21.5}; a metric sent by alias alone
    // takes the name aliasName() gives, else "alias N"), anything else as decoded.
    static QByteArray chartJson(const DecodedPayload &decoded,
                                const std::function<QString(quint64 alias)> &aliasName = {});

private:
    struct Loaded
    {
        QString error;
        std::shared_ptr<const ProtobufSchema> protobuf;
        std::shared_ptr<const AvroSchema> avro;
        std::shared_ptr<const JsonSchema> schema;
        QString script;
        bool loaded = false;
    };
    bool matches(qsizetype index, QStringView topic) const;
    qsizetype encoderBinding(QStringView topic) const; // the Protobuf or Avro binding that decodes it, or -1
    bool sparkplugEncodes(QStringView topic) const;

    QList<PayloadBinding> m_bindings;
    QList<Loaded> m_loaded;
    bool m_sparkplug = true;
};

} // namespace Signalbox
