#pragma once

#include "clientcommand.h"

namespace Signalbox::Cli {

class StdinReader;

// `pub`: publishes -m/-f/-s/-n (--repeat times) or each line of stdin (-l),
// waits until every QoS 1/2 message is acknowledged, then disconnects.
class PubCommand : public ClientCommand
{
    Q_OBJECT
public:
    explicit PubCommand(const Options &options, QObject *parent = nullptr);

protected:
    bool prepare() override;
    void onConnected(const ConnackInfo &info) override;
    void onAllDelivered() override;

private:
    void publishNext();
    void publishPayload(const QByteArray &payload);
    void onLines(const QList<QByteArray> &lines);
    void onInputFinished();
    void checkDone();

    QByteArray m_payload;
    StdinReader *m_reader = nullptr;
    bool m_started = false;
    bool m_inputDone = false;
    int m_published = 0;
};

} // namespace Signalbox::Cli
