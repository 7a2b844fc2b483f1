#include "mqtt/properties.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonValue>
#include <QStringList>

#include <algorithm>
#include <cmath>
#include <initializer_list>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Properties)
};

// A packet type as a bit, to describe the packets a property may appear in.
constexpr quint32 bit(PacketType type)
{
    return 1u << static_cast<quint8>(type);
}

constexpr quint32 packets(std::initializer_list<PacketType> types)
{
    quint32 mask = 0;
    for (PacketType t : types)
        mask |= bit(t);
    return mask;
}

struct PropertyInfo
{
    PropertyId id;
    PropertyType type;
    const char *name; // the spec's name
    const char *key; // JSON and CLI key
    quint32 packetMask;
    bool inWill;
};

using P = PacketType;
using T = PropertyType;

// MQTT 5.0 §2.2.2.2, table 2-4: identifier, type and the packets that may carry it.
constexpr PropertyInfo PropertyTable[] = {
    {PropertyId::PayloadFormatIndicator, T::Byte, "Payload Format Indicator", "payloadFormatIndicator",
     packets({P::Publish}), true},
    {PropertyId::MessageExpiryInterval, T::FourByteInteger, "Message Expiry Interval", "messageExpiryInterval",
     packets({P::Publish}), true},
    {PropertyId::ContentType, T::Utf8String, "Content Type", "contentType", packets({P::Publish}), true},
    {PropertyId::ResponseTopic, T::Utf8String, "Response Topic", "responseTopic", packets({P::Publish}), true},
    {PropertyId::CorrelationData, T::BinaryData, "Correlation Data", "correlationData", packets({P::Publish}), true},
    {PropertyId::SubscriptionIdentifier, T::VariableByteInteger, "Subscription Identifier", "subscriptionIdentifier",
     packets({P::Publish, P::Subscribe}), false},
    {PropertyId::SessionExpiryInterval, T::FourByteInteger, "Session Expiry Interval", "sessionExpiryInterval",
     packets({P::Connect, P::Connack, P::Disconnect}), false},
    {PropertyId::AssignedClientIdentifier, T::Utf8String, "Assigned Client Identifier", "assignedClientIdentifier",
     packets({P::Connack}), false},
    {PropertyId::ServerKeepAlive, T::TwoByteInteger, "Server Keep Alive", "serverKeepAlive", packets({P::Connack}), false},
    {PropertyId::AuthenticationMethod, T::Utf8String, "Authentication Method", "authenticationMethod",
     packets({P::Connect, P::Connack, P::Auth}), false},
    {PropertyId::AuthenticationData, T::BinaryData, "Authentication Data", "authenticationData",
     packets({P::Connect, P::Connack, P::Auth}), false},
    {PropertyId::RequestProblemInformation, T::Byte, "Request Problem Information", "requestProblemInformation",
     packets({P::Connect}), false},
    {PropertyId::WillDelayInterval, T::FourByteInteger, "Will Delay Interval", "willDelayInterval", 0, true},
    {PropertyId::RequestResponseInformation, T::Byte, "Request Response Information", "requestResponseInformation",
     packets({P::Connect}), false},
    {PropertyId::ResponseInformation, T::Utf8String, "Response Information", "responseInformation",
     packets({P::Connack}), false},
    {PropertyId::ServerReference, T::Utf8String, "Server Reference", "serverReference",
     packets({P::Connack, P::Disconnect}), false},
    {PropertyId::ReasonString, T::Utf8String, "Reason String", "reasonString",
     packets({P::Connack, P::Puback, P::Pubrec, P::Pubrel, P::Pubcomp, P::Suback, P::Unsuback, P::Disconnect, P::Auth}),
     false},
    {PropertyId::ReceiveMaximum, T::TwoByteInteger, "Receive Maximum", "receiveMaximum",
     packets({P::Connect, P::Connack}), false},
    {PropertyId::TopicAliasMaximum, T::TwoByteInteger, "Topic Alias Maximum", "topicAliasMaximum",
     packets({P::Connect, P::Connack}), false},
    {PropertyId::TopicAlias, T::TwoByteInteger, "Topic Alias", "topicAlias", packets({P::Publish}), false},
    {PropertyId::MaximumQoS, T::Byte, "Maximum QoS", "maximumQoS", packets({P::Connack}), false},
    {PropertyId::RetainAvailable, T::Byte, "Retain Available", "retainAvailable", packets({P::Connack}), false},
    {PropertyId::UserProperty, T::Utf8StringPair, "User Property", "userProperty",
     packets({P::Connect, P::Connack, P::Publish, P::Puback, P::Pubrec, P::Pubrel, P::Pubcomp, P::Subscribe, P::Suback,
              P::Unsubscribe, P::Unsuback, P::Disconnect, P::Auth}),
     true},
    {PropertyId::MaximumPacketSize, T::FourByteInteger, "Maximum Packet Size", "maximumPacketSize",
     packets({P::Connect, P::Connack}), false},
    {PropertyId::WildcardSubscriptionAvailable, T::Byte, "Wildcard Subscription Available",
     "wildcardSubscriptionAvailable", packets({P::Connack}), false},
    {PropertyId::SubscriptionIdentifierAvailable, T::Byte, "Subscription Identifier Available",
     "subscriptionIdentifierAvailable", packets({P::Connack}), false},
    {PropertyId::SharedSubscriptionAvailable, T::Byte, "Shared Subscription Available", "sharedSubscriptionAvailable",
     packets({P::Connack}), false},
};

const PropertyInfo *info(quint8 id)
{
    for (const PropertyInfo &p : PropertyTable) {
        if (static_cast<quint8>(p.id) == id)
            return &p;
    }
    return nullptr;
}

// The JSON keys of the repeatable properties hold arrays.
const QLatin1String UserPropertiesKey("userProperties");
const QLatin1String SubscriptionIdentifiersKey("subscriptionIdentifiers");

// "Message Expiry Interval", "message-expiry-interval" and "messageExpiryInterval"
// all become "messageexpiryinterval".
QString normalizedKey(QStringView key)
{
    QString out;
    out.reserve(key.size());
    for (QChar c : key) {
        if (c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char(' '))
            continue;
        out.append(c.toLower());
    }
    return out;
}

quint32 maximumValue(PropertyType type)
{
    switch (type) {
    case PropertyType::Byte:
        return 0xFF;
    case PropertyType::TwoByteInteger:
        return 0xFFFF;
    case PropertyType::FourByteInteger:
        return 0xFFFFFFFF;
    case PropertyType::VariableByteInteger:
        return MaxVariableByteInteger;
    default:
        return 0;
    }
}

bool isIntegerType(PropertyType type)
{
    return maximumValue(type) != 0;
}

std::optional<quint32> jsonInteger(const QJsonValue &value, PropertyType type)
{
    if (!value.isDouble())
        return std::nullopt;
    const double d = value.toDouble();
    if (d < 0 || d > maximumValue(type) || std::floor(d) != d)
        return std::nullopt;
    return static_cast<quint32>(d);
}

std::optional<quint32> variantInteger(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::UInt:
    case QMetaType::Int:
    case QMetaType::UShort:
    case QMetaType::Short:
    case QMetaType::UChar:
    case QMetaType::Char:
    case QMetaType::SChar:
    case QMetaType::ULongLong:
    case QMetaType::LongLong:
    case QMetaType::ULong:
    case QMetaType::Long: {
        bool ok = false;
        const qulonglong v = value.toULongLong(&ok);
        if (!ok || v > 0xFFFFFFFFull || value.toLongLong() < 0)
            return std::nullopt;
        return static_cast<quint32>(v);
    }
    default:
        return std::nullopt;
    }
}

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

} // namespace

PropertyType propertyType(quint8 id)
{
    const PropertyInfo *p = info(id);
    return p ? p->type : PropertyType::Invalid;
}

QString propertyName(PropertyId id)
{
    const PropertyInfo *p = info(static_cast<quint8>(id));
    return p ? QString::fromLatin1(p->name)
             : QStringLiteral("Property 0x%1")
                   .arg(QString::number(static_cast<quint8>(id), 16).toUpper().rightJustified(2, QLatin1Char('0')));
}

QString propertyKey(PropertyId id)
{
    const PropertyInfo *p = info(static_cast<quint8>(id));
    return p ? QString::fromLatin1(p->key) : QString();
}

std::optional<PropertyId> propertyFromKey(QStringView key)
{
    const QString wanted = normalizedKey(key);
    if (wanted.isEmpty())
        return std::nullopt;
    for (const PropertyInfo &p : PropertyTable) {
        if (wanted.compare(QLatin1String(p.key), Qt::CaseInsensitive) == 0)
            return p.id;
    }
    if (wanted.compare(UserPropertiesKey, Qt::CaseInsensitive) == 0)
        return PropertyId::UserProperty;
    if (wanted.compare(SubscriptionIdentifiersKey, Qt::CaseInsensitive) == 0)
        return PropertyId::SubscriptionIdentifier;
    return std::nullopt;
}

bool propertyAllowed(PropertyId id, PacketType type, bool inWill)
{
    const PropertyInfo *p = info(static_cast<quint8>(id));
    if (!p)
        return false;
    // MQTT 5.0 §3.1.3.2: will properties exist only in CONNECT.
    if (inWill)
        return type == PacketType::Connect && p->inWill;
    return (p->packetMask & bit(type)) != 0;
}

bool propertyRepeatable(PropertyId id)
{
    // MQTT 5.0 §3.1.2.11.8 and §3.3.2.3.8: User Property may repeat anywhere;
    // a PUBLISH carries one Subscription Identifier per matching subscription.
    return id == PropertyId::UserProperty || id == PropertyId::SubscriptionIdentifier;
}

bool propertyRepeatable(PropertyId id, PacketType type)
{
    if (id == PropertyId::UserProperty)
        return true;
    // MQTT 5.0 §3.8.2.1.2: more than one Subscription Identifier in SUBSCRIBE is a Protocol Error.
    return id == PropertyId::SubscriptionIdentifier && type == PacketType::Publish;
}

bool Properties::contains(PropertyId id) const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [id](const Property &p) { return p.id == id; });
}

QVariant Properties::value(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id)
            return p.value;
    }
    return {};
}

void Properties::set(PropertyId id, const QVariant &value)
{
    const auto first = std::find_if(m_items.begin(), m_items.end(), [id](const Property &p) { return p.id == id; });
    if (first == m_items.end()) {
        m_items.append(Property{id, value});
        return;
    }
    first->value = value;
    const qsizetype keep = first - m_items.begin();
    for (qsizetype i = m_items.size() - 1; i > keep; --i) {
        if (m_items.at(i).id == id)
            m_items.removeAt(i);
    }
}

void Properties::add(PropertyId id, const QVariant &value)
{
    m_items.append(Property{id, value});
}

void Properties::remove(PropertyId id)
{
    m_items.removeIf([id](const Property &p) { return p.id == id; });
}

std::optional<quint32> Properties::integer(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id)
            return variantInteger(p.value);
    }
    return std::nullopt;
}

std::optional<QString> Properties::string(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id) {
            if (p.value.typeId() == QMetaType::QString)
                return p.value.toString();
            return std::nullopt;
        }
    }
    return std::nullopt;
}

std::optional<QByteArray> Properties::binary(PropertyId id) const
{
    for (const Property &p : m_items) {
        if (p.id == id) {
            if (p.value.typeId() == QMetaType::QByteArray)
                return p.value.toByteArray();
            return std::nullopt;
        }
    }
    return std::nullopt;
}

QList<UserProperty> Properties::userProperties() const
{
    QList<UserProperty> out;
    for (const Property &p : m_items) {
        if (p.id != PropertyId::UserProperty)
            continue;
        const QStringList pair = p.value.toStringList();
        if (pair.size() == 2)
            out.append({pair.at(0), pair.at(1)});
    }
    return out;
}

void Properties::addUserProperty(const QString &name, const QString &value)
{
    add(PropertyId::UserProperty, QStringList{name, value});
}

QList<quint32> Properties::subscriptionIdentifiers() const
{
    QList<quint32> out;
    for (const Property &p : m_items) {
        if (p.id != PropertyId::SubscriptionIdentifier)
            continue;
        if (const auto v = variantInteger(p.value))
            out.append(*v);
    }
    return out;
}

QJsonObject Properties::toJson() const
{
    QJsonObject json;
    QJsonArray users;
    QJsonArray subscriptionIds;
    for (const Property &p : m_items) {
        switch (p.id) {
        case PropertyId::UserProperty: {
            const QStringList pair = p.value.toStringList();
            if (pair.size() == 2)
                users.append(QJsonArray{pair.at(0), pair.at(1)});
            continue;
        }
        case PropertyId::SubscriptionIdentifier:
            if (const auto v = variantInteger(p.value))
                subscriptionIds.append(static_cast<qint64>(*v));
            continue;
        default:
            break;
        }
        const QString key = propertyKey(p.id);
        if (key.isEmpty())
            continue;
        switch (propertyType(static_cast<quint8>(p.id))) {
        case PropertyType::BinaryData:
            json.insert(key, QString::fromLatin1(p.value.toByteArray().toBase64()));
            break;
        case PropertyType::Utf8String:
            json.insert(key, p.value.toString());
            break;
        default:
            if (const auto v = variantInteger(p.value))
                json.insert(key, static_cast<qint64>(*v));
            break;
        }
    }
    if (!users.isEmpty())
        json.insert(UserPropertiesKey, users);
    if (!subscriptionIds.isEmpty())
        json.insert(SubscriptionIdentifiersKey, subscriptionIds);
    return json;
}

std::optional<Properties> Properties::fromJson(const QJsonObject &json, QString *error)
{
    Properties result;
    for (auto it = json.constBegin(); it != json.constEnd(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        const std::optional<PropertyId> id = propertyFromKey(key);
        if (!id) {
            fail(error, Text::tr("Unknown property '%1'.").arg(key));
            return std::nullopt;
        }
        const PropertyType type = propertyType(static_cast<quint8>(*id));

        if (*id == PropertyId::UserProperty) {
            if (!value.isArray()) {
                fail(error, Text::tr("The property '%1' must be an array of [name, value] pairs.").arg(key));
                return std::nullopt;
            }
            const QJsonArray pairs = value.toArray();
            for (const QJsonValue pairValue : pairs) {
                const QJsonArray pair = pairValue.toArray();
                if (!pairValue.isArray() || pair.size() != 2 || !pair.at(0).isString() || !pair.at(1).isString()) {
                    fail(error,
                         Text::tr("The property '%1' must be an array of [name, value] pairs of strings.").arg(key));
                    return std::nullopt;
                }
                result.addUserProperty(pair.at(0).toString(), pair.at(1).toString());
            }
            continue;
        }

        if (*id == PropertyId::SubscriptionIdentifier) {
            const QJsonArray ids = value.isArray() ? value.toArray() : QJsonArray{value};
            for (const QJsonValue idValue : ids) {
                // MQTT 5.0 §3.8.2.1.2: a Subscription Identifier of 0 is a Protocol Error.
                const std::optional<quint32> v = jsonInteger(idValue, type);
                if (!v || *v == 0) {
                    fail(error,
                         Text::tr("The property '%1' must hold integers from 1 to %2.").arg(key).arg(MaxVariableByteInteger));
                    return std::nullopt;
                }
                result.add(*id, QVariant::fromValue(*v));
            }
            continue;
        }

        if (isIntegerType(type)) {
            const std::optional<quint32> v = jsonInteger(value, type);
            if (!v) {
                fail(error,
                     Text::tr("The property '%1' must be an integer from 0 to %2.").arg(key).arg(maximumValue(type)));
                return std::nullopt;
            }
            result.set(*id, QVariant::fromValue(*v));
        } else if (type == PropertyType::Utf8String) {
            if (!value.isString()) {
                fail(error, Text::tr("The property '%1' must be a string.").arg(key));
                return std::nullopt;
            }
            result.set(*id, value.toString());
        } else if (type == PropertyType::BinaryData) {
            const auto decoded = value.isString() ? QByteArray::fromBase64Encoding(
                                     value.toString().toLatin1(), QByteArray::AbortOnBase64DecodingErrors)
                                                  : QByteArray::FromBase64Result{
                                                      {}, QByteArray::Base64DecodingStatus::IllegalInputLength};
            if (!decoded) {
                fail(error, Text::tr("The property '%1' must be a base64 string.").arg(key));
                return std::nullopt;
            }
            result.set(*id, *decoded);
        }
    }
    // Canonical order (by identifier, repeated values in their given order),
    // so a profile read twice compares equal.
    std::stable_sort(result.m_items.begin(), result.m_items.end(), [](const Property &a, const Property &b) {
        return static_cast<quint8>(a.id) < static_cast<quint8>(b.id);
    });
    return result;
}

bool operator==(const Properties &a, const Properties &b)
{
    if (a.m_items.size() != b.m_items.size())
        return false;
    // Only the order among values of the same identifier is significant
    // (MQTT 5.0 §3.3.2.3.7: user properties keep their order).
    for (const PropertyInfo &p : PropertyTable) {
        auto ai = a.m_items.cbegin();
        auto bi = b.m_items.cbegin();
        const auto sameId = [&p](const Property &x) { return x.id == p.id; };
        while (true) {
            ai = std::find_if(ai, a.m_items.cend(), sameId);
            bi = std::find_if(bi, b.m_items.cend(), sameId);
            if (ai == a.m_items.cend() || bi == b.m_items.cend()) {
                if (ai != a.m_items.cend() || bi != b.m_items.cend())
                    return false;
                break;
            }
            if (ai->value != bi->value)
                return false;
            ++ai;
            ++bi;
        }
    }
    // Identifiers outside the table are compared in place.
    for (qsizetype i = 0; i < a.m_items.size(); ++i) {
        if (!info(static_cast<quint8>(a.m_items.at(i).id)) && !(a.m_items.at(i) == b.m_items.value(i)))
            return false;
    }
    return true;
}

} // namespace Signalbox
