#pragma once

#include "mqtt/mqtt.h"
#include "mqtt/properties.h"

#include <QByteArray>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Signalbox {

// A message as received from the broker (or published by us, for the log).
struct Message
{
    QString topic; // the resolved topic, also when the broker sent a Topic Alias
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    bool dup = false;
    quint16 packetId = 0;
    Properties properties; // 5.0 PUBLISH properties as received
    QStringList subscriptions; // the filters of our subscriptions it matched (shared, not copied)
    qint64 receivedAtMs = 0; // QDateTime::currentMSecsSinceEpoch() of the socket read that brought it
    // A small number the receiving client gives each topic it sees (0: none), and
    // `topic` is then the one string it keeps for that topic, shared by all its
    // messages. The window's TopicTable uses it to skip a string hash (topichints.h).
    // A hint, not an identity: not part of ==.
    quint32 topicHint = 0;
    // The message's topic in its connection's TopicTable (0: none), stamped by
    // the connection's session. Like the hint, checked before use; not part of ==.
    quint32 topicId = 0;
    friend bool operator==(const Message &a, const Message &b)
    {
        return a.topic == b.topic && a.payload == b.payload && a.qos == b.qos && a.retain == b.retain && a.dup == b.dup
               && a.packetId == b.packetId && a.properties == b.properties && a.subscriptions == b.subscriptions
               && a.receivedAtMs == b.receivedAtMs;
    }
};

// A message to publish.
struct OutgoingMessage
{
    QString topic;
    QByteArray payload;
    quint8 qos = 0;
    bool retain = false;
    Properties properties; // 5.0: content type, expiry, response topic, user properties ...
    friend bool operator==(const OutgoingMessage &, const OutgoingMessage &) = default;
};

// The outcome of one publish.
struct Delivery
{
    enum class State : quint8 {
        Queued, // waiting for a free in-flight slot or a connection
        Sent, // written; QoS 0 stops here
        Acknowledged, // PUBACK (QoS 1) or PUBCOMP (QoS 2) with a success code
        Received, // PUBREC arrived (QoS 2, half way)
        Failed, // an error reason, or dropped (see reason and message)
    };
    quint64 token = 0; // what publish() returned
    quint16 packetId = 0; // 0 for QoS 0
    QString topic;
    quint8 qos = 0;
    State state = State::Queued;
    quint8 reason = 0; // reason code from PUBACK/PUBREC/PUBCOMP (5.0)
    QString reasonString; // Reason String property, if any
    qint64 roundTripUs = -1; // from writing the PUBLISH to the final acknowledgement
    Properties properties; // properties of the acknowledgement
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::Message)
Q_DECLARE_METATYPE(Signalbox::Delivery)
