#pragma once

#include "clientcommand.h"

#include "decoders/avroschema.h"
#include "decoders/protobufschema.h"
#include "decoders/scriptengine.h"

#include <memory>
#include <optional>

class QIODevice;

namespace Signalbox::Cli {

class StdinReader;

// `pub`: publishes -m/-f/-s/-n (--repeat times) or each line of stdin (-l),
// waits until every QoS 1/2 message is acknowledged, then disconnects.
//
// Each message goes through --script's publish(payload, topic) first (every
// repeat and every line: a script may count), then is encoded as --sparkplug
// (encodeSparkplugFromJson()), --proto (ProtobufSchema::encodeJson()) or --avro
// (AvroSchema::encodeJson()) say. Without a script, -m/-f/-s are encoded once,
// before connecting. A message the script or the encoding fails on is not sent,
// nor is any after it: the reason is printed, the messages before it are
// delivered as usual, and the exit code is 1.
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
    // --script, --proto, --avro: loaded; false after fail().
    bool loadTransforms();
    bool encodes() const;
    // --sparkplug, --proto, --avro: the JSON encoded; nullopt with *error naming the field.
    std::optional<QByteArray> encode(const QByteArray &json, QString *error) const;
    // The next message as it is to be sent: through the script, then encoded. On
    // failure nullopt, after stopAt() said why.
    std::optional<QByteArray> nextMessage(const QByteArray &payload);
    // Takes no more input: the messages already handed over are finished, then
    // pub ends with ExitFailure. `why` is printed with how many went before.
    void stopAt(const QString &why);

    QByteArray m_payload; // -m/-f/-s: as read, or encoded already when there is no script
    StdinReader *m_reader = nullptr;
    bool m_waiting = false; // stopped taking input until onProgress()
    bool m_started = false;
    bool m_inputDone = false;
    int m_published = 0; // of the --repeat
    int m_taken = 0; // messages taken from the input (that reached nextMessage()), all sources
    int m_stopCode = ExitSuccess; // stopAt(): the exit code once what went before is finished
    std::unique_ptr<ScriptEngine> m_script;
    std::shared_ptr<const ProtobufSchema> m_protobuf;
    std::shared_ptr<const AvroSchema> m_avro;
};

} // namespace Signalbox::Cli
