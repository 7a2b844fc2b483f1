#include "client/inboundaliases.h"

#include <QCoreApplication>

namespace Signalbox {

// These sentences reach the user as MqttClient's: they keep its translation context.
class InboundAliasesText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
};

void InboundAliases::reset(ProtocolVersion version, quint16 maximum)
{
    m_maximum = version == ProtocolVersion::V5 ? maximum : 0;
    m_topics.clear();
}

std::optional<InboundAliases::Violation> InboundAliases::resolve(PublishPacket &publish)
{
    const auto alias = publish.properties.integer(PropertyId::TopicAlias);
    if (!alias) {
        if (publish.topic.isEmpty())
            return Violation{
                ReasonCode::ProtocolError,
                InboundAliasesText::tr("The broker sent a PUBLISH with an empty topic and no topic alias.")};
        return std::nullopt;
    }
    // §3.3.2.3.4: 0 is not an alias, nor anything above the maximum we sent.
    if (*alias == 0 || *alias > m_maximum)
        return Violation{ReasonCode::TopicAliasInvalid,
                         InboundAliasesText::tr("The broker used topic alias %1, beyond the maximum of %2 this client "
                                                "allows.")
                             .arg(*alias)
                             .arg(m_maximum)};
    const quint16 a = quint16(*alias);
    if (!publish.topic.isEmpty()) {
        m_topics.insert(a, publish.topic);
        return std::nullopt;
    }
    const auto it = m_topics.constFind(a);
    if (it == m_topics.constEnd())
        return Violation{ReasonCode::ProtocolError,
                         InboundAliasesText::tr("The broker used topic alias %1 without defining it first.").arg(a)};
    publish.topic = *it;
    return std::nullopt;
}

} // namespace Signalbox
