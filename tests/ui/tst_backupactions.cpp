#include "backupactions.h"
#include "profiles/backup.h"
#include "profiles/profilestore.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

class TestBackupActions : public QObject
{
    Q_OBJECT

private slots:
    void confirmationNamesWhatIsReplaced();
    void longListsAreCut();
};

namespace {

ConnectionProfile profile(const QString &id, const QString &name)
{
    ConnectionProfile p;
    p.id = id;
    p.name = name;
    return p;
}

} // namespace

void TestBackupActions::confirmationNamesWhatIsReplaced()
{
    ProfileStore store;
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("Factory")));
    Backup backup;
    backup.profiles.profiles = {profile(QStringLiteral("id-a"), QStringLiteral("Factory (backup)")),
                                profile(QStringLiteral("id-b"), QStringLiteral("Lab"))};
    backup.profiles.groups = {QStringLiteral("Plant")};
    backup.settings.insert(QStringLiteral("theme"), 2);
    backup.warning = QStringLiteral("Lab: its history is damaged.");

    const QString text = restoreConfirmationText(backup, previewBackup(backup, store));
    QVERIFY2(text.contains(QStringLiteral("replaces these connections: Factory (backup).")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("adds these connections: Lab.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("are kept")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("groups: Plant.")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("theme")), qPrintable(text));
    QVERIFY2(text.contains(backup.warning), qPrintable(text));

    const QString nothing = restoreConfirmationText(Backup(), previewBackup(Backup(), store));
    QVERIFY2(nothing.contains(QStringLiteral("no connections")), qPrintable(nothing));
    QVERIFY(!nothing.contains(QStringLiteral("theme")));
}

void TestBackupActions::longListsAreCut()
{
    ProfileStore store;
    Backup backup;
    for (int i = 1; i <= 20; ++i)
        backup.profiles.profiles.append(profile(QStringLiteral("id-%1").arg(i), QStringLiteral("Broker %1").arg(i)));
    const QString text = restoreConfirmationText(backup, previewBackup(backup, store));
    QVERIFY2(text.contains(QStringLiteral("Broker 8")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Broker 9")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("12 more")), qPrintable(text));
}

QTEST_MAIN(TestBackupActions)
#include "tst_backupactions.moc"
