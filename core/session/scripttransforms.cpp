#include "session/scripttransforms.h"

#include "session/payloaddecoding.h"

namespace Signalbox {

ScriptTransforms::ScriptTransforms(QObject *parent) : QObject(parent) { }

ScriptTransforms::~ScriptTransforms() = default; // the runners are children: they stop their threads

void ScriptTransforms::setScripts(const PayloadDecoding &decoding)
{
    for (const Runner &r : m_runners)
        delete r.runner;
    m_runners.clear();
    m_loadErrors.clear();
    m_pending.clear();
    for (const PendingPublish &p : std::as_const(m_publishing))
        emit publishFailed(p.message, tr("The scripts were changed before this message was sent."));
    m_publishing.clear();
    m_requested.clear();
    m_results.clear();
    const QList<PayloadBinding> &bindings = decoding.bindings();
    for (qsizetype i = 0; i < bindings.size(); ++i) {
        const QString source = decoding.scriptSource(i);
        if (bindings.at(i).kind != PayloadBinding::Kind::Script || source.isEmpty())
            continue;
        auto *runner = new ScriptRunner({}, this);
        connect(runner, &ScriptRunner::loaded, this, [this, i](const QString &error) {
            if (error.isEmpty())
                m_loadErrors.remove(i);
            else
                m_loadErrors.insert(i, error);
            emit loadErrorsChanged();
        });
        connect(runner, &ScriptRunner::transformed, this, &ScriptTransforms::onTransformed);
        connect(runner, &ScriptRunner::published, this, &ScriptTransforms::onPublished);
        runner->setScript(source, decoding.scriptName(i));
        m_runners.push_back({i, runner});
    }
}

ScriptRunner *ScriptTransforms::runnerFor(qsizetype binding) const
{
    for (const Runner &r : m_runners) {
        if (r.binding == binding)
            return r.runner;
    }
    return nullptr;
}

size_t ScriptTransforms::keyOf(const QString &topic, const QByteArray &payload)
{
    return qHashMulti(0x5ce1, topic, payload);
}

std::optional<ScriptRunner::Job> ScriptTransforms::pend(const Message &message, bool forChart)
{
    if (m_pending.size() >= MaxPending) {
        ++m_skipped;
        return std::nullopt;
    }
    const quint64 id = m_nextId++;
    m_pending.insert(id, {keyOf(message.topic, message.payload), message, forChart});
    return ScriptRunner::Job{id, message.topic, message.payload};
}

void ScriptTransforms::enqueue(qsizetype binding, const Message &message, bool forChart)
{
    ScriptRunner *runner = runnerFor(binding);
    if (!runner)
        return;
    if (std::optional<ScriptRunner::Job> job = pend(message, forChart))
        runner->submit(job->id, job->topic, job->payload);
}

void ScriptTransforms::submit(const PayloadDecoding &decoding, const QList<Message> &messages)
{
    if (m_runners.empty())
        return;
    // One hand-over to each runner for the whole batch, not one per message.
    std::vector<QList<ScriptRunner::Job>> jobs(m_runners.size());
    for (const Message &m : messages) {
        const qsizetype binding = decoding.scriptFor(m.topic);
        if (binding < 0)
            continue;
        for (size_t r = 0; r < m_runners.size(); ++r) {
            if (m_runners[r].binding != binding)
                continue;
            if (std::optional<ScriptRunner::Job> job = pend(m, true))
                jobs[r].append(std::move(*job));
            break;
        }
    }
    for (size_t r = 0; r < m_runners.size(); ++r)
        m_runners[r].runner->submit(std::move(jobs[r]));
}

bool ScriptTransforms::publish(const PayloadDecoding &decoding, const OutgoingMessage &message, bool encode)
{
    const qsizetype binding = decoding.scriptFor(message.topic);
    ScriptRunner *runner = binding >= 0 ? runnerFor(binding) : nullptr;
    if (!runner)
        return false;
    const quint64 id = m_nextId++;
    m_publishing.insert(id, {message, encode});
    runner->submitPublish(id, message.topic, message.payload);
    return true;
}

void ScriptTransforms::onPublished(quint64 id, const ScriptResult &result)
{
    const auto it = m_publishing.find(id);
    if (it == m_publishing.end())
        return; // from before setScripts()
    PendingPublish p = std::move(*it);
    m_publishing.erase(it);
    if (!result.ok()) {
        emit publishFailed(p.message, result.error);
        return;
    }
    p.message.payload = result.output;
    emit publishReady(p.message, p.encode);
}

const ScriptResult *ScriptTransforms::result(const PayloadDecoding &decoding, const QString &topic,
                                             const QByteArray &payload, bool request)
{
    const size_t key = keyOf(topic, payload);
    if (const ScriptResult *known = m_results.object(key))
        return known;
    if (request && !m_requested.contains(key)) {
        const qsizetype binding = decoding.scriptFor(topic);
        if (binding >= 0) {
            Message m;
            m.topic = topic;
            m.payload = payload;
            m_requested.insert(key, m_nextId);
            enqueue(binding, m, false);
        }
    }
    return nullptr;
}

void ScriptTransforms::onTransformed(const QList<quint64> &ids, const QList<ScriptResult> &results)
{
    QList<Message> transformed;
    for (qsizetype i = 0; i < ids.size() && i < results.size(); ++i) {
        const auto it = m_pending.find(ids.at(i));
        if (it == m_pending.end())
            continue; // from before setScripts()
        Pending p = std::move(*it);
        m_pending.erase(it);
        m_requested.remove(p.key);
        const ScriptResult &r = results.at(i);
        m_results.insert(p.key, new ScriptResult(r));
        if (p.forChart && r.ok()) {
            p.message.payload = r.output;
            transformed.append(std::move(p.message));
        }
    }
    emit resultsReady(transformed);
}

} // namespace Signalbox
