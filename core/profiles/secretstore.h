#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace Signalbox {

// Passwords and key passphrases, kept in the system keychain (Secret Service,
// macOS Keychain, Windows Credential Manager) through QtKeychain, one entry
// per (profile id, key), e.g. ("3f2c…", "password").
//
// Every operation is asynchronous and answers with a signal, also in the
// memory-only mode (queued, never from inside the call). A secret is never
// written to a file: when the keychain is missing (no Secret Service on a
// headless machine) or fails for a reason other than the user refusing
// access (no backend, no Secret Service on the bus), the store switches to
// MemoryOnly, keeps secrets for this session only, emits
// availabilityChanged(false) and says why in unavailableReason(), for the UI
// to show as a warning.
//
// Thread: the GUI thread (QtKeychain talks D-Bus there).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    enum class Backend { SystemKeychain, MemoryOnly };
    Q_ENUM(Backend)

    // Uses the system keychain unless the platform clearly has none
    // (Linux without a D-Bus session bus), in which case MemoryOnly.
    explicit SecretStore(QObject *parent = nullptr);
    SecretStore(Backend backend, QObject *parent = nullptr);

    // Tests pick MemoryOnly so that nothing waits on D-Bus. Secrets already
    // held in memory are kept.
    void setBackend(Backend backend);
    Backend backend() const { return m_backend; }

    // True while secrets go to the system keychain.
    bool isAvailable() const { return m_backend == Backend::SystemKeychain; }
    // Why secrets are kept in memory only; empty while the keychain is used.
    QString unavailableReason() const;

    void store(const QString &profileId, const QString &key, const QString &secret);
    // Answers with loaded(); a secret never stored comes back empty with no error.
    void load(const QString &profileId, const QString &key);
    void remove(const QString &profileId, const QString &key);

    static QString serviceName() { return QStringLiteral("Signalbox"); }

signals:
    void loaded(const QString &profileId, const QString &key, const QString &secret, const QString &error);
    void stored(const QString &profileId, const QString &key, const QString &error);
    void removed(const QString &profileId, const QString &key, const QString &error);
    void availabilityChanged(bool available);

private:
    static QString entryName(const QString &profileId, const QString &key);
    void fallBackToMemory(const QString &reason);

    Backend m_backend = Backend::MemoryOnly;
    QString m_unavailableReason;
    QHash<QString, QString> m_memory; // entryName -> secret, MemoryOnly mode only
};

} // namespace Signalbox
