#include "profiles/connectionworkspace.h"

#include "mqtt/topic.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <array>
#include <cctype>
#include <utility>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ConnectionWorkspace)
};

// Stable names in the file (payloadFormatName() is for people and translated).
constexpr std::array<std::pair<PayloadFormat, const char *>, 7> FormatKeys{{
    {PayloadFormat::Auto, "auto"},
    {PayloadFormat::Text, "text"},
    {PayloadFormat::Json, "json"},
    {PayloadFormat::Hex, "hex"},
    {PayloadFormat::Base64, "base64"},
    {PayloadFormat::Cbor, "cbor"},
    {PayloadFormat::MessagePack, "msgpack"},
}};

QString formatKey(PayloadFormat format)
{
    for (const auto &[f, key] : FormatKeys) {
        if (f == format)
            return QLatin1String(key);
    }
    return QStringLiteral("text");
}

std::optional<PayloadFormat> formatFromKey(const QString &key)
{
    for (const auto &[f, name] : FormatKeys) {
        if (key == QLatin1String(name))
            return f;
    }
    return std::nullopt;
}

bool isColorName(const QString &name)
{
    if (name.size() != 7 || name.at(0) != QLatin1Char('#'))
        return false;
    for (qsizetype i = 1; i < name.size(); ++i) {
        if (!std::isxdigit(static_cast<unsigned char>(name.at(i).toLatin1())))
            return false;
    }
    return true;
}

// An integer in [0, maximum], or nothing.
std::optional<quint32> boundedInteger(const QJsonValue &value, qint64 maximum)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > double(maximum) || d != double(qint64(d)))
        return std::nullopt;
    return quint32(d);
}

QJsonObject subscriptionToJson(const WorkspaceSubscription &s)
{
    QJsonObject o;
    o.insert(QLatin1String("filter"), s.entry.filter);
    o.insert(QLatin1String("qos"), s.entry.qos);
    if (s.entry.noLocal)
        o.insert(QLatin1String("noLocal"), true);
    if (s.entry.retainAsPublished)
        o.insert(QLatin1String("retainAsPublished"), true);
    if (s.entry.retainHandling != 0)
        o.insert(QLatin1String("retainHandling"), s.entry.retainHandling);
    if (s.subscriptionIdentifier != 0)
        o.insert(QLatin1String("subscriptionIdentifier"), qint64(s.subscriptionIdentifier));
    if (!s.color.isEmpty())
        o.insert(QLatin1String("color"), s.color);
    if (!s.alias.isEmpty())
        o.insert(QLatin1String("alias"), s.alias);
    if (!s.active)
        o.insert(QLatin1String("active"), false);
    return o;
}

// The subscription, or nothing with the reason in *why.
std::optional<WorkspaceSubscription> subscriptionFromJson(const QJsonValue &value, QString *why)
{
    const QJsonObject o = value.toObject();
    WorkspaceSubscription s;
    s.entry.filter = o.value(QLatin1String("filter")).toString();
    if (const auto invalid = TopicFilter::validate(s.entry.filter)) {
        *why = *invalid;
        return std::nullopt;
    }
    const auto qos = boundedInteger(o.value(QLatin1String("qos")), 2);
    const QJsonValue handling = o.value(QLatin1String("retainHandling"));
    const auto retainHandling = handling.isUndefined() ? std::optional<quint32>(0) : boundedInteger(handling, 2);
    const QJsonValue identifier = o.value(QLatin1String("subscriptionIdentifier"));
    const auto id = identifier.isUndefined() ? std::optional<quint32>(0) : boundedInteger(identifier, 268'435'455);
    s.color = o.value(QLatin1String("color")).toString();
    if (!qos || !retainHandling || !id || (!s.color.isEmpty() && !isColorName(s.color))) {
        *why = Text::tr("Its QoS, retain handling, subscription identifier or colour is not valid.");
        return std::nullopt;
    }
    s.entry.qos = quint8(*qos);
    s.entry.retainHandling = quint8(*retainHandling);
    s.entry.noLocal = o.value(QLatin1String("noLocal")).toBool();
    s.entry.retainAsPublished = o.value(QLatin1String("retainAsPublished")).toBool();
    s.subscriptionIdentifier = *id;
    s.alias = o.value(QLatin1String("alias")).toString();
    s.active = o.value(QLatin1String("active")).toBool(true);
    return s;
}

QJsonObject historyToJson(const PublishHistoryEntry &h)
{
    QJsonObject o;
    o.insert(QLatin1String("topic"), h.message.topic);
    o.insert(QLatin1String("payload"), QString::fromLatin1(h.message.payload.toBase64()));
    o.insert(QLatin1String("qos"), h.message.qos);
    if (h.message.retain)
        o.insert(QLatin1String("retain"), true);
    if (!h.message.properties.isEmpty())
        o.insert(QLatin1String("properties"), h.message.properties.toJson());
    o.insert(QLatin1String("format"), formatKey(h.format));
    o.insert(QLatin1String("text"), h.payloadText);
    return o;
}

std::optional<PublishHistoryEntry> historyFromJson(const QJsonValue &value, QString *why)
{
    const QJsonObject o = value.toObject();
    PublishHistoryEntry h;
    h.message.topic = o.value(QLatin1String("topic")).toString();
    const auto payload = QByteArray::fromBase64Encoding(o.value(QLatin1String("payload")).toString().toLatin1(),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    const auto qos = boundedInteger(o.value(QLatin1String("qos")), 2);
    const auto format = formatFromKey(o.value(QLatin1String("format")).toString());
    if (!payload || !qos || !format) {
        *why = Text::tr("Its payload, QoS or format is not valid.");
        return std::nullopt;
    }
    if (const QJsonValue properties = o.value(QLatin1String("properties")); !properties.isUndefined()) {
        const auto read = Properties::fromJson(properties.toObject(), why);
        if (!read)
            return std::nullopt;
        h.message.properties = *read;
    }
    h.message.payload = *payload;
    h.message.qos = quint8(*qos);
    h.message.retain = o.value(QLatin1String("retain")).toBool();
    h.format = *format;
    h.payloadText = o.value(QLatin1String("text")).toString();
    return h;
}

QJsonObject savedToJson(const SavedMessage &m)
{
    QJsonObject o = historyToJson(m.message);
    o.insert(QLatin1String("name"), m.name);
    return o;
}

std::optional<SavedMessage> savedFromJson(const QJsonValue &value, const QList<SavedMessage> &before, QString *why)
{
    SavedMessage m;
    m.name = value.toObject().value(QLatin1String("name")).toString();
    if (m.name.trimmed().isEmpty()) {
        *why = Text::tr("It has no name.");
        return std::nullopt;
    }
    for (const SavedMessage &earlier : before) {
        if (earlier.name == m.name) {
            *why = Text::tr("Another saved message before it has the name \"%1\".").arg(m.name);
            return std::nullopt;
        }
    }
    const auto message = historyFromJson(value, why);
    if (!message)
        return std::nullopt;
    m.message = *message;
    return m;
}

} // namespace

QJsonObject ConnectionWorkspace::toJson() const
{
    QJsonArray subs;
    for (const WorkspaceSubscription &s : subscriptions)
        subs.append(subscriptionToJson(s));
    QJsonArray history;
    for (const PublishHistoryEntry &h : publishHistory)
        history.append(historyToJson(h));
    QJsonObject o;
    o.insert(QLatin1String("subscriptions"), subs);
    o.insert(QLatin1String("publishHistory"), history);
    if (!savedMessages.isEmpty()) {
        QJsonArray saved;
        for (const SavedMessage &m : savedMessages)
            saved.append(savedToJson(m));
        o.insert(QLatin1String("savedMessages"), saved);
    }
    if (!payloadBindings.isEmpty()) {
        QJsonArray bindings;
        for (const PayloadBinding &b : payloadBindings)
            bindings.append(b.toJson());
        o.insert(QLatin1String("payloadBindings"), bindings);
    }
    return o;
}

std::optional<ConnectionWorkspace> ConnectionWorkspace::fromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue subs = json.value(QLatin1String("subscriptions"));
    const QJsonValue history = json.value(QLatin1String("publishHistory"));
    const QJsonValue saved = json.value(QLatin1String("savedMessages"));
    const QJsonValue bindings = json.value(QLatin1String("payloadBindings"));
    if ((!subs.isUndefined() && !subs.isArray()) || (!history.isUndefined() && !history.isArray())
        || (!saved.isUndefined() && !saved.isArray()) || (!bindings.isUndefined() && !bindings.isArray())) {
        if (error)
            *error = Text::tr("The saved subscriptions, publish history and saved messages are not lists.");
        return std::nullopt;
    }
    ConnectionWorkspace w;
    QStringList problems;
    const QJsonArray subArray = subs.toArray();
    for (qsizetype i = 0; i < subArray.size(); ++i) {
        QString why;
        if (const auto s = subscriptionFromJson(subArray.at(i), &why))
            w.subscriptions.append(*s);
        else
            problems << Text::tr("Saved subscription %1 was left out. %2").arg(i + 1).arg(why);
    }
    const QJsonArray historyArray = history.toArray();
    for (qsizetype i = 0; i < historyArray.size() && w.publishHistory.size() < MaxHistory; ++i) {
        QString why;
        if (const auto h = historyFromJson(historyArray.at(i), &why))
            w.publishHistory.append(*h);
        else
            problems << Text::tr("Saved message %1 of the publish history was left out. %2").arg(i + 1).arg(why);
    }
    const QJsonArray savedArray = saved.toArray();
    for (qsizetype i = 0; i < savedArray.size(); ++i) {
        QString why;
        if (const auto m = savedFromJson(savedArray.at(i), w.savedMessages, &why))
            w.savedMessages.append(*m);
        else
            problems << Text::tr("Entry %1 of the saved messages was left out. %2").arg(i + 1).arg(why);
    }
    const QJsonArray bindingArray = bindings.toArray();
    for (qsizetype i = 0; i < bindingArray.size(); ++i) {
        QString why;
        if (const auto b = PayloadBinding::fromJson(bindingArray.at(i).toObject(), &why))
            w.payloadBindings.append(*b);
        else
            problems << Text::tr("Payload decoder %1 was left out. %2").arg(i + 1).arg(why);
    }
    if (error)
        *error = problems.join(QLatin1Char(' '));
    return w;
}

} // namespace Signalbox
