#include "profiles/payloadbinding.h"

#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace Signalbox {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PayloadBinding)
};
constexpr PayloadBinding::Kind AllKinds[] = {PayloadBinding::Kind::Protobuf, PayloadBinding::Kind::Avro,
                                             PayloadBinding::Kind::JsonSchema, PayloadBinding::Kind::Script};
} // namespace

QString PayloadBinding::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Protobuf:
        return QStringLiteral("Protobuf");
    case Kind::Avro:
        return QStringLiteral("Avro");
    case Kind::JsonSchema:
        return QStringLiteral("JSON Schema");
    case Kind::Script:
        return QStringLiteral("Script");
    }
    return {};
}

QString PayloadBinding::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Protobuf:
        return QStringLiteral("protobuf");
    case Kind::Avro:
        return QStringLiteral("avro");
    case Kind::JsonSchema:
        return QStringLiteral("jsonSchema");
    case Kind::Script:
        return QStringLiteral("script");
    }
    return {};
}

std::optional<PayloadBinding::Kind> PayloadBinding::kindFromKey(QStringView key)
{
    for (const Kind kind : AllKinds) {
        if (key == kindKey(kind))
            return kind;
    }
    return std::nullopt;
}

std::optional<QString> PayloadBinding::validate() const
{
    if (filter.isEmpty())
        return Text::tr("Give the topic filter the %1 applies to.").arg(kindName(kind));
    if (const auto why = TopicFilter::validate(filter))
        return Text::tr("The topic filter is not valid: %1").arg(*why);
    switch (kind) {
    case Kind::Protobuf:
        if (file.isEmpty())
            return Text::tr("Choose the .proto file.");
        if (messageType.isEmpty())
            return Text::tr("Choose the message type the payloads are.");
        break;
    case Kind::Avro:
        if (file.isEmpty())
            return Text::tr("Choose the Avro schema file (.avsc).");
        break;
    case Kind::JsonSchema:
        if (file.isEmpty())
            return Text::tr("Choose the JSON Schema file.");
        break;
    case Kind::Script:
        if (script.trimmed().isEmpty() && file.isEmpty())
            return Text::tr("Write the script, or choose its file.");
        break;
    }
    return std::nullopt;
}

QJsonObject PayloadBinding::toJson() const
{
    QJsonObject o;
    o.insert(QLatin1String("kind"), kindKey(kind));
    o.insert(QLatin1String("filter"), filter);
    if (!file.isEmpty())
        o.insert(QLatin1String("file"), file);
    if (!messageType.isEmpty())
        o.insert(QLatin1String("messageType"), messageType);
    if (!importPaths.isEmpty())
        o.insert(QLatin1String("importPaths"), QJsonArray::fromStringList(importPaths));
    if (!script.isEmpty())
        o.insert(QLatin1String("script"), script);
    if (!enabled)
        o.insert(QLatin1String("enabled"), false);
    return o;
}

std::optional<PayloadBinding> PayloadBinding::fromJson(const QJsonObject &json, QString *error)
{
    const auto kind = kindFromKey(json.value(QLatin1String("kind")).toString());
    if (!kind) {
        if (error)
            *error = Text::tr("Its kind is not one of protobuf, avro, jsonSchema or script.");
        return std::nullopt;
    }
    const QJsonValue filter = json.value(QLatin1String("filter"));
    const QJsonValue enabled = json.value(QLatin1String("enabled"));
    if (!filter.isString() || (!enabled.isUndefined() && !enabled.isBool())) {
        if (error)
            *error = Text::tr("Its filter is not a text or its enabled flag is not true or false.");
        return std::nullopt;
    }
    PayloadBinding b;
    b.kind = *kind;
    b.filter = filter.toString();
    b.file = json.value(QLatin1String("file")).toString();
    b.messageType = json.value(QLatin1String("messageType")).toString();
    for (const QJsonValue &path : json.value(QLatin1String("importPaths")).toArray())
        b.importPaths << path.toString();
    b.script = json.value(QLatin1String("script")).toString();
    b.enabled = enabled.toBool(true);
    return b;
}

} // namespace Signalbox
