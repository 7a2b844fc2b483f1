#pragma once

#include "clientcommand.h"
#include "messageformatter.h"

namespace Signalbox::Cli {

// `sub`: subscribes and prints each batch of messages with one write to stdout.
class SubCommand : public ClientCommand
{
    Q_OBJECT
public:
    explicit SubCommand(const Options &options, QObject *parent = nullptr);

protected:
    void onConnected(const ConnackInfo &info) override;
    void onRequestError(const Error &error) override;

private:
    void onMessages(const QList<Message> &messages);
    void onSubscribed(const SubscribeResult &result);
    void onUnsubscribed(const UnsubscribeResult &result);
    bool isFilteredOut(const QString &topic);
    bool writeOutput();
    void acknowledged();

    MessageFormatter m_formatter;
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
