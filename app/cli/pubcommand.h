#pragma once

#include "clientcommand.h"

#include <optional>

class QIODevice;

namespace Signalbox::Cli {

class StdinReader;

// `pub`: publishes -m/-f/-s/-n (--repeat times) or each line of stdin (-l)
// (with --sparkplug each is Sparkplug B JSON, encoded by encodeSparkplugFromJson()),
// waits until every QoS 1/2 message is acknowledged, then disconnects.
//
// Memory stays bounded whatever the input: lines (and repeats) are taken only
// while the client holds fewer than MaximumPending unsettled messages and
// MaximumPendingBytes of them or of unwritten bytes, and taking resumes once
// both are below half. A file or all of stdin is one message: one larger than
// an MQTT packet can carry is refused before it is read whole.
class PubCommand : public ClientCommand
{
    Q_OBJECT
public:
    static constexpr int MaximumPending = 2048;
    static constexpr qint64 MaximumPendingBytes = 1024 * 1024;

    explicit PubCommand(const Options &options, QObject *parent = nullptr);

    // The largest payload one PUBLISH with these options can carry: MQTT
    // 5.0 §1.5.5 caps its Remaining Length at 268,435,455 bytes, and the
    // topic, packet id and properties take their share.
    static qint64 maximumPayload(const Options &options);

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
    bool isBusy(int divisor = 1);
    void onProgress();
    bool readPayload(QIODevice &device, const QString &what);
    // --sparkplug: the JSON as Sparkplug B protobuf; nullopt after fail() with the reason.
    std::optional<QByteArray> sparkplugPayload(const QByteArray &json);

    QByteArray m_payload;
    StdinReader *m_reader = nullptr;
    bool m_waiting = false; // stopped taking input until onProgress()
    bool m_started = false;
    bool m_inputDone = false;
    int m_published = 0;
};

} // namespace Signalbox::Cli
