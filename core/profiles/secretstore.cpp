#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QTimer>

#include <qt6keychain/keychain.h>

namespace Signalbox {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::SecretStore)
};

bool platformMayHaveKeychain(QString *reason)
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        *reason = Text::tr(
            "No system keychain is reachable (no D-Bus session), so passwords are kept in memory for this "
            "session only and must be typed again after a restart.");
        return false;
    }
#else
    Q_UNUSED(reason)
#endif
    return true;
}

// The keychain cannot be used at all (as opposed to the user refusing access):
// keep the secret rather than lose it.
bool keychainUnusable(QKeychain::Error error)
{
    return error == QKeychain::NoBackendAvailable || error == QKeychain::OtherError;
}

QString memoryOnlyReason()
{
    return Text::tr("Passwords are kept in memory for this session only and must be typed again after a restart.");
}

} // namespace

SecretStore::SecretStore(QObject *parent) : QObject(parent)
{
    QString reason;
    if (platformMayHaveKeychain(&reason)) {
        m_backend = Backend::SystemKeychain;
    } else {
        m_backend = Backend::MemoryOnly;
        m_unavailableReason = reason;
    }
}

SecretStore::SecretStore(Backend backend, QObject *parent) : QObject(parent)
{
    setBackend(backend);
}

void SecretStore::setBackend(Backend backend)
{
    const bool wasAvailable = isAvailable();
    m_backend = backend;
    m_unavailableReason.clear(); // unavailableReason() says it, in the language of the moment
    if (wasAvailable != isAvailable())
        emit availabilityChanged(isAvailable());
}

QString SecretStore::unavailableReason() const
{
    if (m_backend == Backend::MemoryOnly && m_unavailableReason.isEmpty())
        return memoryOnlyReason();
    return m_unavailableReason;
}

QString SecretStore::entryName(const QString &profileId, const QString &key)
{
    return profileId + QLatin1Char('/') + key;
}

void SecretStore::fallBackToMemory(const QString &reason)
{
    if (m_backend == Backend::MemoryOnly)
        return;
    m_backend = Backend::MemoryOnly;
    m_unavailableReason = Text::tr(
                              "The system keychain is not available (%1), so passwords are kept in memory for this "
                              "session only and must be typed again after a restart.")
                              .arg(reason);
    emit availabilityChanged(false);
}

void SecretStore::store(const QString &profileId, const QString &key, const QString &secret)
{
    const QString entry = entryName(profileId, key);
    if (m_backend == Backend::MemoryOnly) {
        m_memory.insert(entry, secret);
        QTimer::singleShot(0, this, [this, profileId, key] { emit stored(profileId, key, QString()); });
        return;
    }
    auto *job = new QKeychain::WritePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    job->setTextData(secret);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, key, entry, secret](QKeychain::Job *finished) {
        if (keychainUnusable(finished->error())) {
            fallBackToMemory(finished->errorString());
            m_memory.insert(entry, secret);
            emit stored(profileId, key, QString());
            return;
        }
        emit stored(profileId, key, finished->error() == QKeychain::NoError ? QString() : finished->errorString());
    });
    job->start();
}

void SecretStore::load(const QString &profileId, const QString &key)
{
    const QString entry = entryName(profileId, key);
    if (m_backend == Backend::MemoryOnly) {
        const QString secret = m_memory.value(entry);
        QTimer::singleShot(0, this, [this, profileId, key, secret] { emit loaded(profileId, key, secret, QString()); });
        return;
    }
    auto *job = new QKeychain::ReadPasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, key, entry](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
            emit loaded(profileId, key, static_cast<QKeychain::ReadPasswordJob *>(finished)->textData(), QString());
            return;
        case QKeychain::EntryNotFound:
            emit loaded(profileId, key, QString(), QString());
            return;
        case QKeychain::NoBackendAvailable:
        case QKeychain::OtherError:
            fallBackToMemory(finished->errorString());
            emit loaded(profileId, key, m_memory.value(entry), QString());
            return;
        default:
            emit loaded(profileId, key, QString(), finished->errorString());
            return;
        }
    });
    job->start();
}

void SecretStore::remove(const QString &profileId, const QString &key)
{
    const QString entry = entryName(profileId, key);
    m_memory.remove(entry);
    if (m_backend == Backend::MemoryOnly) {
        QTimer::singleShot(0, this, [this, profileId, key] { emit removed(profileId, key, QString()); });
        return;
    }
    auto *job = new QKeychain::DeletePasswordJob(serviceName(), this);
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, [this, profileId, key](QKeychain::Job *finished) {
        switch (finished->error()) {
        case QKeychain::NoError:
        case QKeychain::EntryNotFound:
            emit removed(profileId, key, QString());
            return;
        case QKeychain::NoBackendAvailable:
            fallBackToMemory(finished->errorString());
            emit removed(profileId, key, QString());
            return;
        default:
            emit removed(profileId, key, finished->errorString());
            return;
        }
    });
    job->start();
}

} // namespace Signalbox
