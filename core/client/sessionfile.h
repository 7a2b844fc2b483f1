#pragma once

#include "client/sessionstore.h"

#include <QString>

#include <memory>
#include <optional>

namespace Signalbox {

// The session file of one client: where it is, whether it keeps history,
// which session in it is selected (by broker and client id), and whether a
// commit is due. The SessionStore is opened at the first open() that needs it,
// in the caller's thread, and closed when the path changes. No Qt event loop needed.
class SessionFile
{
public:
    // Takes effect at the next open(); another path closes the store (commit
    // it, and let go of store(), before).
    void configure(const QString &path, bool history, qint64 historyMaximumBytes);
    QString path() const { return m_path; }
    // The open store; null while there is none.
    SessionStore *store() const { return m_store.get(); }

    // Opens the file if need be and selects the session of `clientId` at
    // `brokerUrl`. The first time a session is selected, *loaded gets what a
    // previous run left in it. No path or no client id (a generated id never
    // meets its session again): nothing to open, true. False with *why when
    // the file cannot be opened.
    bool open(const QString &brokerUrl, const QString &clientId, std::optional<SessionStore::Session> *loaded,
              QString *why);
    // A change awaits its commit: true when none was awaited yet (the caller
    // schedules one), false when one is already due or there is no store.
    bool commitDue();
    // Commits what changed; false with *why, a sentence naming the file.
    bool commit(QString *why);

private:
    QString m_path;
    bool m_history = false;
    qint64 m_historyBytes = 0;
    std::unique_ptr<SessionStore> m_store;
    QString m_session; // the key of the selected session
    bool m_commitDue = false;
};

} // namespace Signalbox
