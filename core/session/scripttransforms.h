#pragma once

#include "decoders/scriptengine.h"
#include "mqtt/message.h"

#include <QCache>
#include <QHash>
#include <QList>
#include <QObject>

#include <memory>
#include <optional>
#include <vector>

// The scripts of one connection's payload bindings, run off the GUI thread: a
// ScriptRunner (a QJSEngine in a thread of its own, with a time and memory
// limit per call) for each script binding. Every received message on a bound
// topic goes through its script once; what comes back is kept by topic and
// payload for the log and the payload pane, and handed on as a message whose
// payload is the script's output, for the charts. Lives in the GUI thread.
namespace Signalbox {

class PayloadDecoding;

class ScriptTransforms : public QObject
{
    Q_OBJECT
public:
    // Outputs kept for the log and the pane; older ones are run again when asked for.
    static constexpr int CacheSize = 20000;
    // Messages waiting for a script at most; beyond it new ones are counted, not run,
    // so that a script slower than the flood costs memory no more than this.
    static constexpr qsizetype MaxPending = 50000;

    explicit ScriptTransforms(QObject *parent = nullptr);
    ~ScriptTransforms() override;

    // Starts a runner for each enabled script binding (and stops the others).
    void setScripts(const PayloadDecoding &decoding);
    bool isEmpty() const { return m_runners.empty(); }
    // Why binding `index`'s script did not load (a syntax error with its line); empty when it did.
    QString loadError(qsizetype index) const { return m_loadErrors.value(index); }

    // Runs each message on a topic with a script through it.
    void submit(const PayloadDecoding &decoding, const QList<Message> &messages);
    // For a publish on a topic with a script: runs its publish() (the payload unchanged
    // when the script has none) and, in the order asked, gives the message to send
    // through publishReady() (`encode` handed on), or the script's error through
    // publishFailed(). False when no script applies: send it as it is.
    bool publish(const PayloadDecoding &decoding, const OutgoingMessage &message, bool encode);
    // The output for this topic and payload when it is known; else nullptr, and
    // (with `request`) it is run and resultsReady() follows.
    const ScriptResult *result(const PayloadDecoding &decoding, const QString &topic, const QByteArray &payload,
                               bool request = true);
    qint64 skipped() const { return m_skipped; }

signals:
    // Outputs that came back: `transformed` are the messages with the script's
    // output as payload (failed ones are left out), for the charts.
    void resultsReady(const QList<Signalbox::Message> &transformed);
    void loadErrorsChanged();
    void publishReady(const Signalbox::OutgoingMessage &message, bool encode);
    void publishFailed(const Signalbox::OutgoingMessage &message, const QString &error);

private:
    struct Runner
    {
        qsizetype binding = -1;
        ScriptRunner *runner = nullptr;
    };
    struct Pending
    {
        size_t key = 0;
        Message message;
        bool forChart = false;
    };
    struct PendingPublish
    {
        OutgoingMessage message;
        bool encode = false;
    };
    ScriptRunner *runnerFor(qsizetype binding) const;
    std::optional<ScriptRunner::Job> pend(const Message &message, bool forChart);
    void onPublished(quint64 id, const ScriptResult &result);
    void enqueue(qsizetype binding, const Message &message, bool forChart);
    void onTransformed(const QList<quint64> &ids, const QList<ScriptResult> &results);
    static size_t keyOf(const QString &topic, const QByteArray &payload);

    std::vector<Runner> m_runners;
    QHash<qsizetype, QString> m_loadErrors;
    QHash<quint64, Pending> m_pending;
    QHash<quint64, PendingPublish> m_publishing;
    QHash<size_t, quint64> m_requested; // keys asked for by result(), not yet back
    QCache<size_t, ScriptResult> m_results{CacheSize};
    quint64 m_nextId = 1;
    qint64 m_skipped = 0;
};

} // namespace Signalbox
