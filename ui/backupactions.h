#pragma once

#include <QString>
#include <QStringList>

class QWidget;

namespace Signalbox {

class ProfileStore;
class SecretStore;
struct Backup;
struct BackupSummary;

// File > Back up everything…: asks for the file and whether passwords go in
// too (default: no), reads them from the keychain when asked, writes the file
// atomically (QSaveFile) and says how it went in a message box. With passwords
// the file is written when the keychain has answered, after this returns.
// The settings are the application's QSettings. GUI thread.
void backUpEverything(QWidget *parent, ProfileStore *profiles, SecretStore *secrets);

// File > Restore from backup…: asks for the file and reads it (one that cannot
// be read: a message, and nothing changes), asks for a confirmation naming the
// connections it replaces and adds, applies it (applyBackup(): same id
// replaced, others added, groups merged, portable settings written), hands the
// passwords the file carried to the keychain, saves the store and applies the
// theme and zoom. True when it restored; *restoredIds (when given) are the ids
// of the connections it put in the store: pages open for them still show what
// they showed before, so the caller closes or reloads them. GUI thread.
bool restoreBackup(QWidget *parent, ProfileStore *profiles, SecretStore *secrets, QStringList *restoredIds = nullptr);

// The confirmation's text for restoring `backup` as `summary` says it would
// (previewBackup()): what is replaced, what is added, what is kept.
QString restoreConfirmationText(const Backup &backup, const BackupSummary &summary);

} // namespace Signalbox
