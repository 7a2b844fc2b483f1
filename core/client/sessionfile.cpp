#include "client/sessionfile.h"

#include <QCoreApplication>

namespace Signalbox {

// These sentences reach the user as MqttClient's: they keep its translation context.
class SessionFileText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::MqttClient)
};

void SessionFile::configure(const QString &path, bool history, qint64 historyMaximumBytes)
{
    if (path != m_path) {
        m_store.reset();
        m_session.clear();
        m_commitDue = false;
    }
    m_path = path;
    m_history = history;
    m_historyBytes = historyMaximumBytes;
    if (m_store)
        m_store->setHistoryEnabled(history, historyMaximumBytes);
}

bool SessionFile::open(const QString &brokerUrl, const QString &clientId, std::optional<SessionStore::Session> *loaded,
                       QString *why)
{
    if (m_path.isEmpty() || clientId.isEmpty())
        return true;
    const QString key = SessionStore::sessionKey(brokerUrl, clientId);
    if (m_store && m_session == key)
        return true;
    if (!m_store) {
        auto store = std::make_unique<SessionStore>();
        if (!store->open(m_path, why))
            return false;
        m_store = std::move(store);
    }
    m_store->setHistoryEnabled(m_history, m_historyBytes);
    m_store->setSession(key);
    m_session = key;
    *loaded = m_store->load();
    return true;
}

bool SessionFile::commitDue()
{
    if (m_commitDue || !m_store)
        return false;
    m_commitDue = true;
    return true;
}

bool SessionFile::commit(QString *why)
{
    m_commitDue = false;
    if (!m_store || m_store->commit())
        return true;
    *why = SessionFileText::tr("Cannot write the session file %1: %2").arg(m_store->path(), m_store->lastError());
    return false;
}

} // namespace Signalbox
