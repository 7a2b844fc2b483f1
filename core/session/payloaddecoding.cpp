#include "session/payloaddecoding.h"

#include "decoders/sparkplug.h"
#include "mqtt/topic.h"
#include "payload/json.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace Signalbox {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PayloadDecoding)
};

constexpr qint64 MaxScriptFileBytes = 1024 * 1024;
} // namespace

PayloadDecoding::PayloadDecoding() = default;

void PayloadDecoding::setBindings(const QList<PayloadBinding> &bindings)
{
    m_bindings = bindings;
    m_loaded.clear();
    m_loaded.reserve(bindings.size());
    for (const PayloadBinding &b : bindings) {
        Loaded l;
        if (!b.enabled) {
            m_loaded.append(l);
            continue;
        }
        if (const auto why = b.validate()) {
            l.error = *why;
            m_loaded.append(l);
            continue;
        }
        switch (b.kind) {
        case PayloadBinding::Kind::Protobuf:
            l.protobuf = ProtobufSchema::load({b.file}, b.importPaths, &l.error);
            if (l.protobuf && !l.protobuf->hasMessageType(b.messageType)) {
                l.error = Text::tr("%1 has no message type %2.").arg(QFileInfo(b.file).fileName(), b.messageType);
                l.protobuf.reset();
            }
            l.loaded = l.protobuf != nullptr;
            break;
        case PayloadBinding::Kind::Avro:
            l.avro = AvroSchema::load(b.file, &l.error);
            l.loaded = l.avro != nullptr;
            break;
        case PayloadBinding::Kind::JsonSchema:
            l.schema = JsonSchema::load(b.file, &l.error);
            l.loaded = l.schema != nullptr;
            break;
        case PayloadBinding::Kind::Script:
            if (!b.script.trimmed().isEmpty()) {
                l.script = b.script;
                l.loaded = true;
                break;
            }
            QFile file(b.file);
            if (!file.open(QIODevice::ReadOnly)) {
                l.error = Text::tr("%1 cannot be read: %2").arg(b.file, file.errorString());
            } else if (file.size() > MaxScriptFileBytes) {
                l.error = Text::tr("%1 is larger than 1 MB: is it a script?").arg(b.file);
            } else {
                l.script = QString::fromUtf8(file.readAll());
                l.loaded = true;
            }
            break;
        }
        if (l.loaded)
            l.error.clear();
        else if (l.error.isEmpty())
            l.error = Text::tr("It did not load.");
        m_loaded.append(l);
    }
}

QString PayloadDecoding::error(qsizetype index) const
{
    return index >= 0 && index < m_loaded.size() ? m_loaded.at(index).error : QString();
}

QStringList PayloadDecoding::errors() const
{
    QStringList out;
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (!m_loaded.at(i).error.isEmpty()) {
            out << Text::tr("%1 for %2: %3")
                       .arg(PayloadBinding::kindName(m_bindings.at(i).kind), m_bindings.at(i).filter,
                            m_loaded.at(i).error);
        }
    }
    return out;
}

bool PayloadDecoding::matches(qsizetype index, QStringView topic) const
{
    return m_loaded.at(index).loaded && TopicFilter::matches(m_bindings.at(index).filter, topic);
}

std::optional<DecodedPayload> PayloadDecoding::decode(QStringView topic, QByteArrayView payload) const
{
    if (m_sparkplug && isSparkplugTopic(topic)) {
        // STATE (Sparkplug 3.0) is JSON, not protobuf: nothing to decode.
        const auto parsed = SparkplugTopic::parse(topic);
        if (parsed && parsed->type == SparkplugTopic::Type::State)
            return std::nullopt;
        return decodeSparkplug(payload);
    }
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (!matches(i, topic))
            continue;
        const Loaded &l = m_loaded.at(i);
        if (l.protobuf)
            return l.protobuf->decode(m_bindings.at(i).messageType, payload);
        if (l.avro)
            return l.avro->decode(payload);
    }
    return std::nullopt;
}

bool PayloadDecoding::hasDecoder(QStringView topic) const
{
    if (m_sparkplug && isSparkplugTopic(topic)) {
        const auto parsed = SparkplugTopic::parse(topic);
        return !parsed || parsed->type != SparkplugTopic::Type::State;
    }
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (matches(i, topic) && (m_loaded.at(i).protobuf || m_loaded.at(i).avro))
            return true;
    }
    return false;
}

qsizetype PayloadDecoding::encoderBinding(QStringView topic) const
{
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (matches(i, topic) && (m_loaded.at(i).protobuf || m_loaded.at(i).avro))
            return i;
    }
    return -1;
}

// Sparkplug B encodes what decode() decodes as Sparkplug B: spBv1.0/ topics, not STATE.
bool PayloadDecoding::sparkplugEncodes(QStringView topic) const
{
    if (!m_sparkplug || !isSparkplugTopic(topic))
        return false;
    const auto parsed = SparkplugTopic::parse(topic);
    return parsed && parsed->type != SparkplugTopic::Type::State;
}

QString PayloadDecoding::encoderFor(QStringView topic) const
{
    if (sparkplugEncodes(topic))
        return QStringLiteral("Sparkplug B");
    const qsizetype i = encoderBinding(topic);
    if (i < 0)
        return {};
    if (m_loaded.at(i).protobuf)
        return QStringLiteral("Protobuf ") + m_bindings.at(i).messageType;
    return QStringLiteral("Avro ") + m_loaded.at(i).avro->name();
}

std::optional<QByteArray> PayloadDecoding::encode(QStringView topic, QByteArrayView json, QString *error) const
{
    if (sparkplugEncodes(topic))
        return encodeSparkplugFromJson(json, error);
    const qsizetype i = encoderBinding(topic);
    if (i >= 0 && m_loaded.at(i).protobuf)
        return m_loaded.at(i).protobuf->encodeJson(m_bindings.at(i).messageType, json, error);
    if (i >= 0)
        return m_loaded.at(i).avro->encodeJson(json, error);
    if (error)
        *error = Text::tr("No schema is bound to this topic.");
    return std::nullopt;
}

qsizetype PayloadDecoding::schemaFor(QStringView topic) const
{
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (m_loaded.at(i).schema && matches(i, topic))
            return i;
    }
    return -1;
}

std::optional<QList<SchemaViolation>> PayloadDecoding::validate(QStringView topic, QByteArrayView payload,
                                                                int maxViolations) const
{
    const qsizetype index = schemaFor(topic);
    if (index < 0)
        return std::nullopt;
    if (const auto decoded = decode(topic, payload)) {
        if (!decoded->ok())
            return QList<SchemaViolation>{{QStringLiteral("$"), decoded->error}};
        return m_loaded.at(index).schema->validate(decoded->json, maxViolations);
    }
    return m_loaded.at(index).schema->validate(payload, maxViolations);
}

qsizetype PayloadDecoding::scriptFor(QStringView topic) const
{
    for (qsizetype i = 0; i < m_bindings.size(); ++i) {
        if (m_bindings.at(i).kind == PayloadBinding::Kind::Script && matches(i, topic))
            return i;
    }
    return -1;
}

QString PayloadDecoding::scriptSource(qsizetype index) const
{
    return index >= 0 && index < m_loaded.size() ? m_loaded.at(index).script : QString();
}

QString PayloadDecoding::scriptName(qsizetype index) const
{
    if (index < 0 || index >= m_bindings.size())
        return {};
    const PayloadBinding &b = m_bindings.at(index);
    return b.script.trimmed().isEmpty() ? QFileInfo(b.file).fileName() : Text::tr("script for %1").arg(b.filter);
}

QByteArray PayloadDecoding::chartJson(const DecodedPayload &decoded, const std::function<QString(quint64)> &aliasName)
{
    if (!decoded.ok() || decoded.decoder != QLatin1String("Sparkplug B"))
        return decoded.json;
    // {"metrics":[{"name":"Temperature","value":21.5}, ...]} -> {"Temperature":21.5, ...}:
    // a metric's place in the list is not stable, its name is.
    const QJsonObject payload = QJsonDocument::fromJson(decoded.json).object();
    QJsonObject byName;
    const QJsonArray metrics = payload.value(QLatin1String("metrics")).toArray();
    for (const QJsonValue &m : metrics) {
        const QJsonObject metric = m.toObject();
        QString name = metric.value(QLatin1String("name")).toString();
        if (name.isEmpty() && metric.contains(QLatin1String("alias"))) {
            const QString alias = metric.value(QLatin1String("alias")).toVariant().toString();
            if (aliasName)
                name = aliasName(alias.toULongLong());
            if (name.isEmpty())
                name = QStringLiteral("alias %1").arg(alias);
        }
        if (!name.isEmpty() && metric.contains(QLatin1String("value")))
            byName.insert(name, metric.value(QLatin1String("value")));
    }
    return QJsonDocument(byName).toJson(QJsonDocument::Compact);
}

} // namespace Signalbox
