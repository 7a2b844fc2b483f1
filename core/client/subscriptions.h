#pragma once

#include "mqtt/error.h"
#include "mqtt/packets.h"
#include "mqtt/topic.h"

#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>

#include <functional>
#include <optional>

namespace Signalbox {

// A SUBACK, matched with the filters that were asked for.
struct SubscribeResult
{
    quint16 packetId = 0;
    QList<SubscribeEntry> entries;
    QList<quint8> reasonCodes; // one per entry: granted QoS or an error (>= 0x80)
    Properties properties;
};

struct UnsubscribeResult
{
    quint16 packetId = 0;
    QStringList filters;
    QList<quint8> reasonCodes; // empty in 3.x
    Properties properties;
};

// The subscriptions of one client: the filters it remembers (and the matcher
// that tells which of them a received topic matches), the SUBSCRIBE and
// UNSUBSCRIBE packets that wait for their acknowledgements, and what to send
// when a connection starts. Builds the packets and reads the acknowledgements;
// MqttClient writes them and emits the results. Not thread-safe; no Qt event
// loop needed.
//
// A filter is remembered from subscribe() on and forgotten at unsubscribe() or
// when the broker refuses it. A request whose acknowledgement never came is not
// in force (MQTT 5.0 §3.8.4, §3.10.4): when its connection ends it stops
// waiting, and the next connection sends it again if the broker kept the
// session; without a session the remembered filters are subscribed to anew.
class Subscriptions
{
public:
    // What a SUBACK means.
    struct SubackOutcome
    {
        std::optional<SubscribeResult> result; // empty: an unknown packet id, or a violation
        QString violation; // the broker broke the protocol: end the connection with this sentence
        Error refusal; // a Rejected error when the broker refused filters (empty message: none)
    };

    explicit Subscriptions(ProtocolVersion version = ProtocolVersion::V311) : m_version(version) { }
    // Takes effect for packets built from now on.
    void setProtocolVersion(ProtocolVersion version) { m_version = version; }

    // Why entries cannot be subscribed to, in a sentence; nothing when they can.
    static std::optional<QString> validate(const QList<SubscribeEntry> &entries);

    // A SUBSCRIBE (UNSUBSCRIBE) under packet id `id`, waiting for its
    // acknowledgement from now on. The filters are remembered (forgotten) at once.
    SubscribePacket subscribe(quint16 id, const QList<SubscribeEntry> &entries, const Properties &properties);
    UnsubscribePacket unsubscribe(quint16 id, const QStringList &filters, const Properties &properties);

    SubackOutcome acknowledge(const SubackPacket &packet);
    // Empty for an unknown packet id.
    std::optional<UnsubscribeResult> acknowledge(const UnsubackPacket &packet);

    // The connection ended: nothing waits for an acknowledgement any more.
    void connectionLost();
    // A connection was accepted: the packets to send now, with ids from
    // allocateId (asked once per packet; each waits before the next is asked
    // for). With a session present: the requests not acknowledged on the
    // connections before, in their order; without: one SUBSCRIBE for every
    // remembered filter, with the properties of the last subscribe().
    QList<Packet> connectionStarted(bool sessionPresent, const std::function<quint16()> &allocateId);

    bool isWaiting(quint16 id) const;
    // SUBSCRIBE and UNSUBSCRIBE packets not acknowledged yet on this connection.
    qsizetype waitingCount() const { return m_waiting.size(); }
    QList<SubscribeEntry> subscriptions() const { return m_subscriptions.values(); }
    SubscriptionMatcher &matcher() { return m_matcher; }

private:
    static quint16 idOf(const Packet &packet);
    // The request waiting under `id` if it is a T (a SUBACK does not answer an UNSUBSCRIBE).
    template<typename T>
    std::optional<T> takeWaiting(quint16 id)
    {
        for (qsizetype i = 0; i < m_waiting.size(); ++i) {
            if (const T *p = std::get_if<T>(&m_waiting.at(i)); p && p->packetId == id) {
                T taken = *p;
                m_waiting.removeAt(i);
                return taken;
            }
        }
        return std::nullopt;
    }

    ProtocolVersion m_version;
    QMap<QString, SubscribeEntry> m_subscriptions;
    SubscriptionMatcher m_matcher;
    Properties m_subscribeProperties; // re-sent with a re-subscribe
    QList<Packet> m_waiting; // SUBSCRIBE and UNSUBSCRIBE in the order sent
    QList<Packet> m_unconfirmed; // what waited when a connection ended
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::SubscribeResult)
Q_DECLARE_METATYPE(Signalbox::UnsubscribeResult)
