#pragma once

#include "profiles/profilestore.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QVariantMap>

#include <functional>
#include <optional>

class QSettings;

namespace Signalbox {

class SecretStore;

// Everything Signalbox keeps, in one file (issue 15):
//   {"format": "signalbox-backup", "version": 1, "createdAt": "2026-12-07T16:00:00Z",
//    "profiles": ProfileStore::toJson(includeSecrets),
//    "settings": {"theme": 2, "language": "ko", "zoom": 1, "log/capacity": 500000}}
// Only the settings that mean the same on another machine are carried
// (backupSettingKeys()); window geometry, page layouts and the session
// (which connections were open) are not. Secrets (passwords, key
// passphrases, authentication data) are written only when asked.
struct Backup
{
    QDateTime createdAt;
    ProfileStore::Contents profiles;
    QVariantMap settings; // key -> int or QString, only keys of backupSettingKeys()
    // Read from a file: the workspaces that could not be read and were left
    // out (a warning, the rest is good); empty when there is nothing to say.
    QString warning;
};

// The QSettings keys a backup carries: "theme", "language", "zoom", "log/capacity".
QStringList backupSettingKeys();

// What the store and the settings hold now. The profiles carry the secrets
// the store holds in memory; loadSecrets() adds those of the keychain.
Backup makeBackup(const ProfileStore &store, const QSettings &settings);

// The file's bytes (indented JSON). The profiles' secrets only when
// includeSecrets is set.
QByteArray writeBackup(const Backup &backup, bool includeSecrets);

// Reads what writeBackup() writes. On failure (not JSON, cut short, another
// format, a newer version, a connection or setting that cannot be read):
// nothing, and *error holds one sentence that says why; *error is cleared on
// success. A damaged workspace is left out and named in Backup::warning.
std::optional<Backup> readBackup(QByteArrayView data, QString *error = nullptr);

// What applyBackup() does (or did): names of the profiles added and replaced,
// the groups added, the setting keys written.
struct BackupSummary
{
    QStringList added;
    QStringList replaced;
    QStringList groupsAdded;
    QStringList settings;
    QStringList profileIds; // of every profile the backup put into the store
};

// What applyBackup(backup, store, ...) would do, without changing anything
// (for the confirmation).
BackupSummary previewBackup(const Backup &backup, const ProfileStore &store);

// Restores a backup. The policy: a profile whose id the store already has is
// replaced, together with its workspace (a profile the backup keeps no
// workspace for ends up with none); every other profile is added with its id
// and workspace; profiles the backup does not name are kept as they are. The
// backup's groups are added to the store's (none is removed or renamed).
// The backup's settings overwrite those keys in `settings`; other keys are
// left alone. Profiles keep the secrets the file carried, in memory only: the
// caller hands them to SecretStore (storeSecrets()) and saves the store.
// Cannot fail: readBackup() has checked everything.
BackupSummary applyBackup(const Backup &backup, ProfileStore &store, QSettings &settings);

// The secrets SecretStore keeps per profile, under these keys.
QString passwordSecretKey(); // "password"
QString keyPassphraseSecretKey(); // "keyPassphrase"

// Fills in every profile of `backup` the password and key passphrase that
// `secrets` keeps for it (a secret the profile already holds is kept), then
// calls done(backup, problems) once, with a sentence per secret that could
// not be read (empty when all could). Asynchronous, as SecretStore is: done
// runs from the event loop, never inside the call; nothing runs once
// `context` is destroyed. Thread: the GUI thread.
void loadSecrets(SecretStore *secrets, const Backup &backup, QObject *context,
                 std::function<void(const Backup &backup, const QStringList &problems)> done);

// Stores the password and key passphrase of each of these profiles of the
// store in `secrets` (those without any are left alone).
void storeSecrets(SecretStore *secrets, const ProfileStore &store, const QStringList &profileIds);

} // namespace Signalbox
