#pragma once

#include "clientcommand.h"
#include "messageformatter.h"

#include "decoders/scriptengine.h"
#include "session/payloaddecoding.h"

#include <memory>

namespace Signalbox::Cli {

// `sub`: subscribes and prints each batch of messages with one write to stdout.
class SubCommand : public ClientCommand
{
    Q_OBJECT
public:
    explicit SubCommand(const Options &options, QObject *parent = nullptr);

protected:
    bool prepare() override;
    void onConnected(const ConnackInfo &info) override;
    void onRequestError(const Error &error) override;

private:
    void onMessages(const QList<Message> &messages);
    void onSubscribed(const SubscribeResult &result);
    void onUnsubscribed(const UnsubscribeResult &result);
    bool isFilteredOut(const QString &topic);
    bool writeOutput();
    // --decode, --proto, --avro, --schema, --script: what they make of a message.
    MessageFormatter::Annotation annotate(const Message &message);
    void appendMessage(const Message &message);
    void acknowledged();

    MessageFormatter m_formatter;
    PayloadDecoding m_decoding; // Sparkplug B always; the bindings the options give
    bool m_annotate = false; // something to decode, check or run beyond Sparkplug, or --json / --decode
    std::unique_ptr<ScriptEngine> m_script;
    QByteArray m_problems; // decode errors and violations for stderr, one line each
    OutputStream m_stdout{1};
    QByteArray m_buffer; // reused for every batch
    bool m_subscribed = false;
    int m_awaitingAcks = 0; // SUBACK/UNSUBACK still to come (-E)
    bool m_allRefused = false;
    int m_printed = 0;

    QString m_lastFilteredTopic;
    bool m_lastFilteredOut = false;
};

} // namespace Signalbox::Cli
