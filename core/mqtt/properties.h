#pragma once

#include "mqtt/mqtt.h"

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QVariant>

#include <optional>
#include <utility>

namespace Signalbox {
// No Q_NAMESPACE/Q_ENUM_NS here: moc allows one Q_NAMESPACE per namespace, and mqtt.h has it.

// MQTT 5.0 §2.2.2.2 property identifiers.
enum class PropertyId : quint8 {
    PayloadFormatIndicator = 0x01,
    MessageExpiryInterval = 0x02,
    ContentType = 0x03,
    ResponseTopic = 0x08,
    CorrelationData = 0x09,
    SubscriptionIdentifier = 0x0B,
    SessionExpiryInterval = 0x11,
    AssignedClientIdentifier = 0x12,
    ServerKeepAlive = 0x13,
    AuthenticationMethod = 0x15,
    AuthenticationData = 0x16,
    RequestProblemInformation = 0x17,
    WillDelayInterval = 0x18,
    RequestResponseInformation = 0x19,
    ResponseInformation = 0x1A,
    ServerReference = 0x1C,
    ReasonString = 0x1F,
    ReceiveMaximum = 0x21,
    TopicAliasMaximum = 0x22,
    TopicAlias = 0x23,
    MaximumQoS = 0x24,
    RetainAvailable = 0x25,
    UserProperty = 0x26,
    MaximumPacketSize = 0x27,
    WildcardSubscriptionAvailable = 0x28,
    SubscriptionIdentifierAvailable = 0x29,
    SharedSubscriptionAvailable = 0x2A,
};

// MQTT 5.0 §1.5 data representations used by properties.
enum class PropertyType : quint8 {
    Invalid,
    Byte,
    TwoByteInteger,
    FourByteInteger,
    VariableByteInteger,
    Utf8String,
    BinaryData,
    Utf8StringPair
};

PropertyType propertyType(quint8 id); // Invalid for an unknown identifier
QString propertyName(PropertyId id); // "Message Expiry Interval"
QString propertyKey(PropertyId id); // "messageExpiryInterval" (JSON, CLI -D)
std::optional<PropertyId>
propertyFromKey(QStringView key); // accepts the key, mosquitto's -D names ("message-expiry-interval") and the spec name
// Whether the property may appear in a packet of this type (MQTT 5.0 §2.2.2.2 table);
// `inWill` selects the will properties of CONNECT.
bool propertyAllowed(PropertyId id, PacketType type, bool inWill = false);
// Whether the property may appear more than once (User Property, and Subscription Identifier in PUBLISH).
bool propertyRepeatable(PropertyId id);
// The same for one packet type: Subscription Identifier repeats only in PUBLISH (MQTT 5.0 §3.8.2.1.2).
bool propertyRepeatable(PropertyId id, PacketType type);

using UserProperty = std::pair<QString, QString>;

struct Property
{
    PropertyId id;
    // Byte, TwoByte, FourByte, VariableByte -> quint32 (QVariant of uint);
    // Utf8String -> QString; BinaryData -> QByteArray;
    // Utf8StringPair -> QStringList of exactly two entries {name, value}.
    QVariant value;
    friend bool operator==(const Property &, const Property &) = default;
};

// The property list of one packet, kept in wire order. A value type: an empty
// list costs one null pointer, so every packet and message can carry one.
class Properties
{
public:
    bool isEmpty() const { return m_items.isEmpty(); }
    qsizetype size() const { return m_items.size(); }
    const QList<Property> &items() const { return m_items; }

    bool contains(PropertyId id) const;
    // The first value with this id, or an invalid QVariant.
    QVariant value(PropertyId id) const;
    // Replaces every value with this id by one value.
    void set(PropertyId id, const QVariant &value);
    // Appends a value (for repeatable properties).
    void add(PropertyId id, const QVariant &value);
    void remove(PropertyId id);

    std::optional<quint32> integer(PropertyId id) const;
    std::optional<QString> string(PropertyId id) const;
    std::optional<QByteArray> binary(PropertyId id) const;

    QList<UserProperty> userProperties() const;
    void addUserProperty(const QString &name, const QString &value);
    QList<quint32> subscriptionIdentifiers() const;

    // {"messageExpiryInterval": 60, "contentType": "...", "correlationData": "<base64>",
    //  "userProperties": [["k","v"], ...], "subscriptionIdentifiers": [1, 2]}
    QJsonObject toJson() const;
    // Reads what toJson() writes; unknown keys or wrong types fail with *error set.
    static std::optional<Properties> fromJson(const QJsonObject &json, QString *error = nullptr);

    // Equal when each identifier has the same values in the same order; the
    // order between different identifiers does not matter (JSON loses it).
    friend bool operator==(const Properties &a, const Properties &b);

private:
    QList<Property> m_items;
};

} // namespace Signalbox
