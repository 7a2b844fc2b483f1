#pragma once

#include "mqtt/mqtt.h"
#include "mqtt/packets.h"

#include <QHash>
#include <QString>

#include <optional>

namespace Signalbox {

// The topic aliases a broker defines for one connection (MQTT 5.0
// §3.3.2.3.4): a PUBLISH with a topic and an alias defines (or redefines) the
// alias, one with an alias and an empty topic uses it. Not thread-safe; no Qt
// event loop needed.
class InboundAliases
{
public:
    // What broke the rules: end the connection with `reason` and say `message`.
    struct Violation
    {
        ReasonCode reason = ReasonCode::ProtocolError;
        QString message; // the sentence, in MqttClient's translation context
    };

    // A new connection: no alias is known. Aliases 1 to `maximum` (the Topic
    // Alias Maximum this client sent) are accepted under 5.0, none under 3.x.
    void reset(ProtocolVersion version, quint16 maximum);
    // Gives publish its topic. A violation leaves publish as it was.
    std::optional<Violation> resolve(PublishPacket &publish);
    qsizetype count() const { return m_topics.size(); }

private:
    quint16 m_maximum = 0; // 0: none accepted
    QHash<quint16, QString> m_topics;
};

} // namespace Signalbox
