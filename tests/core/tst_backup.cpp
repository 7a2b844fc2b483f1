#include "profiles/backup.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

class TestBackup : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void windowSettingsStayBehind();
    void secretsOnlyWhenAsked();
    void badFilesChangeNothing_data();
    void badFilesChangeNothing();
    void damagedWorkspaceIsAWarning();
    void restoreReplacesSameIdAndKeepsOthers();
    void loadSecretsFromTheKeychain();
    void storeSecretsIntoTheKeychain();

private:
    QString settingsPath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".ini")); }
    QString storePath(const QString &name) const { return m_dir.filePath(name + QStringLiteral(".json")); }

    QTemporaryDir m_dir;
};

namespace {

ConnectionProfile profile(const QString &id, const QString &name, const QString &group = QString())
{
    ConnectionProfile p;
    p.id = id;
    p.name = name;
    p.group = group;
    p.host = QStringLiteral("broker.local");
    p.port = 8883;
    p.scheme = TransportScheme::Tls;
    p.version = ProtocolVersion::V5;
    p.username = QStringLiteral("alice");
    return p;
}

ConnectionWorkspace workspace(const QString &filter, const QString &color)
{
    ConnectionWorkspace w;
    WorkspaceSubscription s;
    s.entry = SubscribeEntry{filter, 2, true, true, 2};
    s.subscriptionIdentifier = 42;
    s.color = color;
    s.alias = QStringLiteral("온도");
    s.active = false;
    w.subscriptions << s;
    PublishHistoryEntry h;
    h.message.topic = QStringLiteral("lab/cmd");
    h.message.payload = "{\"on\": true}";
    h.message.qos = 1;
    h.message.retain = true;
    h.message.properties.set(PropertyId::ContentType, QStringLiteral("application/json"));
    h.format = PayloadFormat::Json;
    h.payloadText = QStringLiteral("{\"on\": true}");
    w.publishHistory << h;
    return w;
}

// Two groups (one empty), three profiles, two workspaces.
void fill(ProfileStore &store)
{
    store.addGroup(QStringLiteral("Lab"));
    store.addGroup(QStringLiteral("Empty"));
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("A"), QStringLiteral("Lab")));
    store.add(profile(QStringLiteral("id-b"), QStringLiteral("B")));
    store.add(profile(QStringLiteral("id-c"), QStringLiteral("C"), QStringLiteral("Plant")));
    store.setWorkspace(QStringLiteral("id-a"), workspace(QStringLiteral("sensors/+/temp"), QStringLiteral("#1a2b3c")));
    store.setWorkspace(QStringLiteral("id-c"), workspace(QStringLiteral("plant/#"), QStringLiteral("#ff0000")));
}

void fill(QSettings &settings)
{
    settings.setValue(QStringLiteral("theme"), 2);
    settings.setValue(QStringLiteral("language"), QStringLiteral("ko"));
    settings.setValue(QStringLiteral("zoom"), -2);
    settings.setValue(QStringLiteral("log/capacity"), 250000);
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("\x01\xd9\xd0\xcb geometry", 13));
    settings.setValue(QStringLiteral("window/state"), QByteArray("state"));
    settings.setValue(QStringLiteral("layout/id-a"), QByteArray("layout"));
    settings.setValue(QStringLiteral("session/connected"), QStringList{QStringLiteral("id-a")});
    settings.sync();
}

QByteArray validBackup()
{
    ProfileStore store;
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("A")));
    const QSettings settings(QStringLiteral("/nonexistent/signalbox-backup-test.ini"), QSettings::IniFormat);
    return writeBackup(makeBackup(store, settings), false);
}

QByteArray withRoot(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject root = QJsonDocument::fromJson(validBackup()).object();
    change(root);
    return QJsonDocument(root).toJson();
}

} // namespace

void TestBackup::init()
{
    QVERIFY(m_dir.isValid());
}

void TestBackup::roundTrip()
{
    ProfileStore source(storePath(QStringLiteral("source")));
    fill(source);
    QSettings sourceSettings(settingsPath(QStringLiteral("source")), QSettings::IniFormat);
    fill(sourceSettings);

    const QByteArray file = writeBackup(makeBackup(source, sourceSettings), false);
    QString error = QStringLiteral("stale");
    const std::optional<Backup> backup = readBackup(file, &error);
    QVERIFY2(backup, qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(backup->warning.isEmpty());
    QVERIFY(backup->createdAt.isValid());
    QCOMPARE(QJsonDocument::fromJson(file).object().value(QLatin1String("format")).toString(),
             QStringLiteral("signalbox-backup"));

    ProfileStore target(storePath(QStringLiteral("target")));
    QSettings targetSettings(settingsPath(QStringLiteral("target")), QSettings::IniFormat);
    const BackupSummary summary = applyBackup(*backup, target, targetSettings);
    QCOMPARE(summary.added, (QStringList{QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    QVERIFY(summary.replaced.isEmpty());
    QCOMPARE(summary.profileIds, (QStringList{QStringLiteral("id-a"), QStringLiteral("id-b"), QStringLiteral("id-c")}));

    // Saved and read back, as the next start would.
    QVERIFY2(target.save(), qPrintable(target.errorString()));
    ProfileStore reloaded(storePath(QStringLiteral("target")));
    QVERIFY2(reloaded.load(), qPrintable(reloaded.errorString()));
    QCOMPARE(reloaded.profiles(), source.profiles());
    QCOMPARE(reloaded.groups(), source.groups());
    QVERIFY(reloaded.groups().contains(QStringLiteral("Empty")));
    for (const QString &id : {QStringLiteral("id-a"), QStringLiteral("id-b"), QStringLiteral("id-c")})
        QCOMPARE(reloaded.workspace(id), source.workspace(id));
    QCOMPARE(reloaded.workspace(QStringLiteral("id-a")).subscriptions.first().color, QStringLiteral("#1a2b3c"));
    QCOMPARE(reloaded.workspace(QStringLiteral("id-a")).publishHistory.size(), 1);

    QSettings readBack(settingsPath(QStringLiteral("target")), QSettings::IniFormat);
    QCOMPARE(readBack.value(QStringLiteral("theme")).toInt(), 2);
    QCOMPARE(readBack.value(QStringLiteral("language")).toString(), QStringLiteral("ko"));
    QCOMPARE(readBack.value(QStringLiteral("zoom")).toInt(), -2);
    QCOMPARE(readBack.value(QStringLiteral("log/capacity")).toInt(), 250000);
}

void TestBackup::windowSettingsStayBehind()
{
    ProfileStore store;
    QSettings settings(settingsPath(QStringLiteral("window")), QSettings::IniFormat);
    fill(settings);
    const QByteArray file = writeBackup(makeBackup(store, settings), false);
    const QJsonObject written = QJsonDocument::fromJson(file).object().value(QLatin1String("settings")).toObject();
    QCOMPARE(written.keys(), (QStringList{QStringLiteral("language"), QStringLiteral("log/capacity"),
                                          QStringLiteral("theme"), QStringLiteral("zoom")}));
    QCOMPARE(written.value(QLatin1String("theme")), QJsonValue(2)); // a number, though the ini file holds "2"
    QVERIFY(!file.contains("geometry"));
    QVERIFY(!file.contains("session"));

    // A backup naming window keys (hand-edited, or a later version) does not write them.
    QJsonObject root = QJsonDocument::fromJson(file).object();
    QJsonObject foreign = written;
    foreign.insert(QLatin1String("session/connected"), QStringLiteral("id-x"));
    foreign.insert(QLatin1String("window/state"), QStringLiteral("AAAA"));
    root.insert(QLatin1String("settings"), foreign);
    const auto backup = readBackup(QJsonDocument(root).toJson());
    QVERIFY(backup);
    ProfileStore target;
    QSettings targetSettings(settingsPath(QStringLiteral("window-target")), QSettings::IniFormat);
    applyBackup(*backup, target, targetSettings);
    QVERIFY(!targetSettings.contains(QStringLiteral("session/connected")));
    QVERIFY(!targetSettings.contains(QStringLiteral("window/state")));
    QCOMPARE(targetSettings.value(QStringLiteral("zoom")).toInt(), -2);
}

void TestBackup::secretsOnlyWhenAsked()
{
    ProfileStore store;
    ConnectionProfile p = profile(QStringLiteral("id-s"), QStringLiteral("Secret"));
    p.password = QStringLiteral("hunter2-secret");
    p.tls.keyFile = QStringLiteral("/keys/client.key");
    p.tls.keyPassphrase = QStringLiteral("passphrase-secret");
    store.add(p);
    QSettings settings(settingsPath(QStringLiteral("secrets")), QSettings::IniFormat);
    const Backup backup = makeBackup(store, settings);

    const QByteArray without = writeBackup(backup, false);
    QVERIFY(!without.contains("hunter2-secret"));
    QVERIFY(!without.contains("passphrase-secret"));
    const auto readWithout = readBackup(without);
    QVERIFY(readWithout);
    QVERIFY(!readWithout->profiles.profiles.first().password);
    QVERIFY(readWithout->profiles.profiles.first().tls.keyPassphrase.isEmpty());

    const QByteArray with = writeBackup(backup, true);
    const auto readWith = readBackup(with);
    QVERIFY(readWith);
    QCOMPARE(readWith->profiles.profiles.first(), p);

    // Restored secrets stay in memory; the store's file never holds them.
    ProfileStore target(storePath(QStringLiteral("secrets")));
    applyBackup(*readWith, target, settings);
    QCOMPARE(target.profile(QStringLiteral("id-s"))->password, p.password);
    QVERIFY(target.save());
    QFile saved(storePath(QStringLiteral("secrets")));
    QVERIFY(saved.open(QIODevice::ReadOnly));
    QVERIFY(!saved.readAll().contains("hunter2-secret"));
}

void TestBackup::badFilesChangeNothing_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("sentence"); // a part of the error

    const QByteArray valid = validBackup();
    QTest::newRow("truncated") << valid.left(valid.size() / 2) << QStringLiteral("cut short");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[{\"format\": \"signalbox-backup\"}]") << QStringLiteral("an array");
    QTest::newRow("wrong format") << withRoot([](QJsonObject &r) {
        r.insert(QLatin1String("format"), QStringLiteral("signalbox-profiles"));
    }) << QStringLiteral("its format is 'signalbox-profiles'");
    QTest::newRow("no format") << withRoot([](QJsonObject &r) { r.remove(QLatin1String("format")); })
                               << QStringLiteral("not a Signalbox backup");
    QTest::newRow("profiles file") << ProfileStore::exportProfiles({profile(QStringLiteral("x"), QStringLiteral("X"))},
                                                                   false)
                                   << QStringLiteral("its format is 'signalbox-profiles'");
    QTest::newRow("newer version") << withRoot([](QJsonObject &r) { r.insert(QLatin1String("version"), 2); })
                                   << QStringLiteral("version 2");
    QTest::newRow("version a string") << withRoot([](QJsonObject &r) {
        r.insert(QLatin1String("version"), QStringLiteral("1"));
    }) << QStringLiteral("should be a number");
    QTest::newRow("no profiles") << withRoot([](QJsonObject &r) { r.remove(QLatin1String("profiles")); })
                                 << QStringLiteral("connections should be an object");
    QTest::newRow("bad profile") << withRoot([](QJsonObject &r) {
        QJsonObject profiles = r.value(QLatin1String("profiles")).toObject();
        profiles.insert(QLatin1String("profiles"), QJsonArray{42});
        r.insert(QLatin1String("profiles"), profiles);
    }) << QStringLiteral("connections could not be read");
    QTest::newRow("same id twice") << withRoot([](QJsonObject &r) {
        QJsonObject profiles = r.value(QLatin1String("profiles")).toObject();
        QJsonArray list = profiles.value(QLatin1String("profiles")).toArray();
        list.append(list.first());
        profiles.insert(QLatin1String("profiles"), list);
        r.insert(QLatin1String("profiles"), profiles);
    }) << QStringLiteral("two connections with the id 'id-a'");
    QTest::newRow("setting of the wrong type") << withRoot([](QJsonObject &r) {
        r.insert(QLatin1String("settings"), QJsonObject{{QLatin1String("zoom"), QStringLiteral("big")}});
    }) << QStringLiteral("'zoom' should be a whole number");
}

void TestBackup::badFilesChangeNothing()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, sentence);

    QString error;
    const std::optional<Backup> backup = readBackup(file, &error);
    QVERIFY(!backup);
    QVERIFY2(error.contains(sentence), qPrintable(error));
    QVERIFY2(error.endsWith(QLatin1Char('.')) && !error.contains(QLatin1Char('\n')), qPrintable(error));

    // What the restore does with it: nothing reaches the store or the settings.
    ProfileStore store;
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("Mine")));
    QSettings settings(settingsPath(QStringLiteral("unchanged")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("theme"), 1);
    const QList<ConnectionProfile> before = store.profiles();
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    if (backup)
        applyBackup(*backup, store, settings);
    QCOMPARE(store.profiles(), before);
    QVERIFY(changed.isEmpty());
    QCOMPARE(settings.allKeys(), QStringList{QStringLiteral("theme")});
    QCOMPARE(settings.value(QStringLiteral("theme")).toInt(), 1);
}

void TestBackup::damagedWorkspaceIsAWarning()
{
    const QByteArray file = withRoot([](QJsonObject &r) {
        QJsonObject profiles = r.value(QLatin1String("profiles")).toObject();
        profiles.insert(QLatin1String("workspaces"), QJsonObject{{QLatin1String("id-a"), 7}});
        r.insert(QLatin1String("profiles"), profiles);
    });
    QString error;
    const auto backup = readBackup(file, &error);
    QVERIFY2(backup, qPrintable(error));
    QCOMPARE(backup->profiles.profiles.size(), 1);
    QVERIFY2(backup->warning.startsWith(QStringLiteral("A: ")), qPrintable(backup->warning));
}

void TestBackup::restoreReplacesSameIdAndKeepsOthers()
{
    ProfileStore store(storePath(QStringLiteral("existing")));
    store.addGroup(QStringLiteral("Mine"));
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("Old A"), QStringLiteral("Mine")));
    store.add(profile(QStringLiteral("id-keep"), QStringLiteral("Kept")));
    store.setWorkspace(QStringLiteral("id-a"), workspace(QStringLiteral("old/#"), QStringLiteral("#000000")));
    store.setWorkspace(QStringLiteral("id-keep"), workspace(QStringLiteral("keep/#"), QStringLiteral("#00ff00")));
    const ConnectionWorkspace kept = store.workspace(QStringLiteral("id-keep"));
    QSettings settings(settingsPath(QStringLiteral("existing")), QSettings::IniFormat);
    settings.setValue(QStringLiteral("theme"), 1);
    settings.setValue(QStringLiteral("window/geometry"), QByteArray("mine"));

    ProfileStore source;
    fill(source);
    source.setWorkspace(QStringLiteral("id-a"), ConnectionWorkspace()); // restoring it clears the old one
    QSettings sourceSettings(settingsPath(QStringLiteral("restore-source")), QSettings::IniFormat);
    sourceSettings.setValue(QStringLiteral("theme"), 2);
    const auto backup = readBackup(writeBackup(makeBackup(source, sourceSettings), false));
    QVERIFY(backup);

    const BackupSummary preview = previewBackup(*backup, store);
    QCOMPARE(preview.replaced, QStringList{QStringLiteral("A")});
    QCOMPARE(preview.added, (QStringList{QStringLiteral("B"), QStringLiteral("C")}));
    QCOMPARE(preview.groupsAdded, (QStringList{QStringLiteral("Lab"), QStringLiteral("Empty"), QStringLiteral("Plant")}));
    QCOMPARE(preview.settings, QStringList{QStringLiteral("theme")});
    QCOMPARE(store.profiles().size(), 2); // a preview changes nothing
    QCOMPARE(store.profile(QStringLiteral("id-a"))->name, QStringLiteral("Old A"));

    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    const BackupSummary summary = applyBackup(*backup, store, settings);
    QCOMPARE(summary.replaced, preview.replaced);
    QCOMPARE(summary.added, preview.added);
    QVERIFY(!changed.isEmpty());

    QCOMPARE(store.profiles().size(), 4);
    QCOMPARE(store.profiles().at(0).name, QStringLiteral("A")); // replaced in place
    QCOMPARE(store.profiles().at(0).group, QStringLiteral("Lab"));
    QCOMPARE(store.profiles().at(1).name, QStringLiteral("Kept"));
    QCOMPARE(store.workspace(QStringLiteral("id-a")), ConnectionWorkspace());
    QCOMPARE(store.workspace(QStringLiteral("id-keep")), kept);
    QCOMPARE(store.workspace(QStringLiteral("id-c")), source.workspace(QStringLiteral("id-c")));
    QCOMPARE(store.groups(), (QStringList{QStringLiteral("Mine"), QStringLiteral("Lab"), QStringLiteral("Empty"),
                                          QStringLiteral("Plant")}));
    QCOMPARE(settings.value(QStringLiteral("theme")).toInt(), 2);
    QCOMPARE(settings.value(QStringLiteral("window/geometry")).toByteArray(), QByteArray("mine"));
}

void TestBackup::loadSecretsFromTheKeychain()
{
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    secrets.store(QStringLiteral("id-a"), passwordSecretKey(), QStringLiteral("pw-a"));
    secrets.store(QStringLiteral("id-b"), keyPassphraseSecretKey(), QStringLiteral("phrase-b"));
    ProfileStore store;
    store.add(profile(QStringLiteral("id-a"), QStringLiteral("A")));
    ConnectionProfile b = profile(QStringLiteral("id-b"), QStringLiteral("B"));
    b.tls.keyFile = QStringLiteral("/keys/b.key");
    store.add(b);
    ConnectionProfile c = profile(QStringLiteral("id-c"), QStringLiteral("C"));
    c.password = QStringLiteral("in memory"); // not asked of the keychain
    store.add(c);
    QSettings settings(settingsPath(QStringLiteral("load")), QSettings::IniFormat);

    QObject context;
    bool called = false;
    Backup loaded;
    QStringList problems = {QStringLiteral("stale")};
    loadSecrets(&secrets, makeBackup(store, settings), &context, [&](const Backup &result, const QStringList &p) {
        QVERIFY(!called);
        called = true;
        loaded = result;
        problems = p;
    });
    QVERIFY(!called); // never inside the call
    QTRY_VERIFY(called);
    QVERIFY(problems.isEmpty());
    QCOMPARE(loaded.profiles.profiles.at(0).password, std::optional<QString>(QStringLiteral("pw-a")));
    QVERIFY(!loaded.profiles.profiles.at(1).password);
    QCOMPARE(loaded.profiles.profiles.at(1).tls.keyPassphrase, QStringLiteral("phrase-b"));
    QCOMPARE(loaded.profiles.profiles.at(2).password, c.password);
    QVERIFY(writeBackup(loaded, true).contains("pw-a"));

    // A store without profiles answers too.
    called = false;
    loadSecrets(&secrets, Backup(), &context, [&](const Backup &, const QStringList &) { called = true; });
    QTRY_VERIFY(called);
}

void TestBackup::storeSecretsIntoTheKeychain()
{
    ProfileStore store;
    ConnectionProfile a = profile(QStringLiteral("id-a"), QStringLiteral("A"));
    a.password = QStringLiteral("pw-a");
    a.tls.keyPassphrase = QStringLiteral("phrase-a");
    store.add(a);
    store.add(profile(QStringLiteral("id-b"), QStringLiteral("B")));

    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    QSignalSpy stored(&secrets, &SecretStore::stored);
    storeSecrets(&secrets, store, {QStringLiteral("id-a"), QStringLiteral("id-b"), QStringLiteral("gone")});
    QTRY_COMPARE(stored.size(), 2);

    QSignalSpy loaded(&secrets, &SecretStore::loaded);
    secrets.load(QStringLiteral("id-a"), passwordSecretKey());
    QTRY_COMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().at(2).toString(), QStringLiteral("pw-a"));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
