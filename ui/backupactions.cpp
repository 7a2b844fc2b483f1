#include "backupactions.h"

#include "profiles/backup.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "theme.h"
#include "translation.h"
#include "zoom.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSaveFile>
#include <QSettings>
#include <QStandardPaths>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::BackupActions)
};

constexpr qsizetype MaxNamesShown = 8;

QString fileFilter()
{
    return Text::tr("Signalbox backups (*.json);;All files (*)");
}

// "A, B and C", or the first few and "and 12 more".
QString nameList(const QStringList &names)
{
    if (names.size() <= MaxNamesShown)
        return QLocale().createSeparatedList(names);
    QStringList shown = names.first(MaxNamesShown);
    shown.append(Text::tr("%1 more").arg(names.size() - MaxNamesShown));
    return QLocale().createSeparatedList(shown);
}

void writeFile(QWidget *parent, const QString &path, const Backup &backup, bool includeSecrets,
               const QStringList &secretProblems)
{
    const QString title = Text::tr("Back up everything");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(writeBackup(backup, includeSecrets)) < 0 || !file.commit()) {
        QMessageBox::warning(parent, title,
                             Text::tr("The backup could not be written to “%1”: %2")
                                 .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    QString done = Text::tr("Backed up %n connection(s) to “%1”.", nullptr, int(backup.profiles.profiles.size()))
                       .arg(QDir::toNativeSeparators(path));
    if (!includeSecrets) {
        done += QLatin1Char(' ') + Text::tr("Passwords are not in it.");
    } else if (!secretProblems.isEmpty()) {
        QMessageBox::warning(parent, title,
                             done + QLatin1Char(' ')
                                 + Text::tr("Some passwords could not be read from the keychain and are not in it: %1")
                                       .arg(secretProblems.join(QLatin1Char(' '))));
        return;
    }
    QMessageBox::information(parent, title, done);
}

} // namespace

void backUpEverything(QWidget *parent, ProfileStore *profiles, SecretStore *secrets)
{
    const QString title = Text::tr("Back up everything");
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("signalbox-backup-%1.json")
                                                .arg(QDate::currentDate().toString(QStringLiteral("yyyy-MM-dd"))));
    const QString path = QFileDialog::getSaveFileName(parent, title, suggested, fileFilter());
    if (path.isEmpty())
        return;

    QMessageBox ask(QMessageBox::Question, title, Text::tr("Put the passwords in the backup too?"),
                    QMessageBox::Yes | QMessageBox::No | QMessageBox::Cancel, parent);
    ask.setInformativeText(Text::tr("With them, anyone who reads the file can connect as you: it holds the passwords "
                                    "and key passphrases as plain text. Without them, you type them again after "
                                    "restoring."));
    ask.setDefaultButton(QMessageBox::No);
    const int answer = ask.exec();
    if (answer == QMessageBox::Cancel)
        return;
    const bool includeSecrets = answer == QMessageBox::Yes;

    Backup backup = makeBackup(*profiles, QSettings());
    if (!includeSecrets) {
        writeFile(parent, path, backup, false, {});
        return;
    }
    QObject *context = parent ? static_cast<QObject *>(parent) : secrets;
    loadSecrets(secrets, backup, context, [parent, path](const Backup &withSecrets, const QStringList &problems) {
        writeFile(parent, path, withSecrets, true, problems);
    });
}

QString restoreConfirmationText(const Backup &backup, const BackupSummary &summary)
{
    QStringList lines;
    if (!summary.replaced.isEmpty())
        lines << Text::tr("The backup replaces these connections: %1.").arg(nameList(summary.replaced));
    if (!summary.added.isEmpty())
        lines << Text::tr("It adds these connections: %1.").arg(nameList(summary.added));
    if (summary.replaced.isEmpty() && summary.added.isEmpty())
        lines << Text::tr("The backup holds no connections.");
    lines << Text::tr("Connections that are not in the backup are kept.");
    if (!summary.groupsAdded.isEmpty())
        lines << Text::tr("It adds these groups: %1.").arg(nameList(summary.groupsAdded));
    if (!summary.settings.isEmpty())
        lines << Text::tr("The theme, language, zoom and log size become those of the backup.");
    if (!backup.warning.isEmpty())
        lines << Text::tr("Some saved subscriptions or publish histories in it are damaged and are left out: %1")
                     .arg(backup.warning);
    return lines.join(QLatin1Char('\n'));
}

bool restoreBackup(QWidget *parent, ProfileStore *profiles, SecretStore *secrets, QStringList *restoredIds)
{
    const QString title = Text::tr("Restore from backup");
    const QString path = QFileDialog::getOpenFileName(
        parent, title, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation), fileFilter());
    if (path.isEmpty())
        return false;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        QMessageBox::warning(
            parent, title,
            Text::tr("“%1” could not be read: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
        return false;
    }
    QString error;
    const std::optional<Backup> backup = readBackup(file.readAll(), &error);
    if (!backup) {
        QMessageBox::warning(parent, title,
                             Text::tr("Nothing was restored from “%1”. %2").arg(QDir::toNativeSeparators(path), error));
        return false;
    }

    const BackupSummary preview = previewBackup(*backup, *profiles);
    QMessageBox confirm(QMessageBox::Question, title,
                        backup->createdAt.isValid()
                            ? Text::tr("Restore the backup made on %1?")
                                  .arg(QLocale().toString(backup->createdAt.toLocalTime(), QLocale::ShortFormat))
                            : Text::tr("Restore this backup?"),
                        QMessageBox::Cancel, parent);
    confirm.setInformativeText(restoreConfirmationText(*backup, preview));
    QPushButton *restore = confirm.addButton(Text::tr("Restore"), QMessageBox::AcceptRole);
    confirm.setDefaultButton(QMessageBox::Cancel);
    confirm.exec();
    if (confirm.clickedButton() != restore)
        return false;

    QSettings settings;
    const QString languageBefore = settings.value(QStringLiteral("language")).toString();
    const BackupSummary summary = applyBackup(*backup, *profiles, settings);
    storeSecrets(secrets, *profiles, summary.profileIds);
    if (restoredIds)
        *restoredIds = summary.profileIds;
    const int theme = settings.value(QStringLiteral("theme"), -1).toInt();
    if (summary.settings.contains(QStringLiteral("theme")) && theme >= int(ThemeChoice::System)
        && theme <= int(ThemeChoice::Dark))
        applyTheme(ThemeChoice(theme));
    if (summary.settings.contains(QStringLiteral("zoom")))
        Zoom::setStep(settings.value(QStringLiteral("zoom")).toInt());

    if (!profiles->save()) {
        QMessageBox::warning(
            parent, title,
            Text::tr("The backup was restored, but the connections could not be saved: %1").arg(profiles->errorString()));
        return true;
    }
    if (settings.value(QStringLiteral("language")).toString() != languageBefore)
        installTranslations(languageSetting()); // the window follows at once
    QMessageBox::information(parent, title,
                             Text::tr("Restored %n connection(s).", nullptr, int(summary.profileIds.size())));
    return true;
}

} // namespace Signalbox
