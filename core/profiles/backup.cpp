#include "profiles/backup.h"

#include "profiles/jsontypename.h"
#include "profiles/secretstore.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>
#include <QSettings>

#include <memory>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::Backup)
};

constexpr int BackupVersion = 1;
const QLatin1String FormatName("signalbox-backup");

enum class SettingType { Int, String };

struct PortableSetting
{
    const char *key;
    SettingType type;
};

// What the window keeps in QSettings and means the same on another machine
// (ui/mainwindow.cpp, ui/translation.cpp, ui/zoom.cpp).
constexpr PortableSetting PortableSettings[] = {
    {"theme", SettingType::Int},
    {"language", SettingType::String},
    {"zoom", SettingType::Int},
    {"log/capacity", SettingType::Int},
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

// The setting as the backup writes it: an int or a string, nothing when the
// value is not one (a hand-edited settings file).
std::optional<QVariant> portableValue(const PortableSetting &setting, const QVariant &value)
{
    if (setting.type == SettingType::String)
        return QVariant(value.toString());
    bool ok = false;
    const int number = value.toInt(&ok); // an ini file hands back "2" for 2
    if (!ok)
        return std::nullopt;
    return QVariant(number);
}

std::optional<QVariantMap> readSettings(const QJsonValue &value, QString *error)
{
    QVariantMap settings;
    if (value.isUndefined())
        return settings;
    if (!value.isObject()) {
        fail(error, Text::tr("The backup's settings should be an object, not %1.").arg(jsonTypeName(value)));
        return std::nullopt;
    }
    const QJsonObject object = value.toObject();
    for (const PortableSetting &setting : PortableSettings) {
        const QString key = QLatin1String(setting.key);
        const QJsonValue v = object.value(key);
        if (v.isUndefined())
            continue;
        if (setting.type == SettingType::String) {
            if (!v.isString()) {
                fail(error, Text::tr("The backup's setting '%1' should be a string, not %2.").arg(key, jsonTypeName(v)));
                return std::nullopt;
            }
            settings.insert(key, v.toString());
        } else {
            const double number = v.toDouble();
            if (!v.isDouble() || number != double(int(number))) {
                fail(error,
                     Text::tr("The backup's setting '%1' should be a whole number, not %2.").arg(key, jsonTypeName(v)));
                return std::nullopt;
            }
            settings.insert(key, int(number));
        }
    }
    return settings; // keys of later versions are left out
}

} // namespace

QStringList backupSettingKeys()
{
    QStringList keys;
    for (const PortableSetting &setting : PortableSettings)
        keys.append(QLatin1String(setting.key));
    return keys;
}

QString passwordSecretKey()
{
    return QStringLiteral("password");
}

QString keyPassphraseSecretKey()
{
    return QStringLiteral("keyPassphrase");
}

Backup makeBackup(const ProfileStore &store, const QSettings &settings)
{
    Backup backup;
    backup.createdAt = QDateTime::currentDateTimeUtc();
    backup.profiles = store.contents();
    for (const PortableSetting &setting : PortableSettings) {
        const QString key = QLatin1String(setting.key);
        if (!settings.contains(key))
            continue;
        if (const auto value = portableValue(setting, settings.value(key)))
            backup.settings.insert(key, *value);
    }
    return backup;
}

QByteArray writeBackup(const Backup &backup, bool includeSecrets)
{
    QJsonObject root;
    root.insert(QLatin1String("format"), FormatName);
    root.insert(QLatin1String("version"), BackupVersion);
    root.insert(QLatin1String("createdAt"), backup.createdAt.toUTC().toString(Qt::ISODate));
    root.insert(QLatin1String("profiles"), ProfileStore::toJson(backup.profiles, includeSecrets));
    root.insert(QLatin1String("settings"), QJsonObject::fromVariantMap(backup.settings));
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<Backup> readBackup(QByteArrayView data, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data.toByteArray(), &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        fail(error,
             Text::tr("This is not a Signalbox backup, or it was cut short: it is not valid JSON (%1 at byte %2).")
                 .arg(parseError.errorString())
                 .arg(parseError.offset));
        return std::nullopt;
    }
    if (!document.isObject()) {
        fail(error,
             Text::tr("This is not a Signalbox backup: it holds %1, not an object.")
                 .arg(document.isArray() ? jsonTypeName(QJsonValue(document.array())) : jsonTypeName(QJsonValue())));
        return std::nullopt;
    }
    const QJsonObject root = document.object();
    const QJsonValue format = root.value(QLatin1String("format"));
    if (format.toString() != FormatName) {
        fail(error,
             format.isUndefined()
                 ? Text::tr("This is not a Signalbox backup: it does not say that it is one ('format').")
                 : Text::tr("This is not a Signalbox backup (its format is '%1').").arg(format.toVariant().toString()));
        return std::nullopt;
    }
    const QJsonValue version = root.value(QLatin1String("version"));
    if (!version.isDouble()) {
        fail(error, Text::tr("The backup's version should be a number, not %1.").arg(jsonTypeName(version)));
        return std::nullopt;
    }
    if (version.toDouble() > BackupVersion) {
        fail(error, Text::tr("The backup has version %1; this Signalbox reads backups up to version %2.")
                        .arg(version.toVariant().toString())
                        .arg(BackupVersion));
        return std::nullopt;
    }

    Backup backup;
    const QJsonValue createdAt = root.value(QLatin1String("createdAt"));
    backup.createdAt = QDateTime::fromString(createdAt.toString(), Qt::ISODate); // invalid when absent: only shown

    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (!profiles.isObject()) {
        fail(error, Text::tr("The backup's connections should be an object, not %1.").arg(jsonTypeName(profiles)));
        return std::nullopt;
    }
    QString problem;
    auto contents = ProfileStore::fromJson(profiles.toObject(), &problem, &backup.warning);
    if (!contents) {
        fail(error, Text::tr("The backup's connections could not be read. %1").arg(problem));
        return std::nullopt;
    }
    QSet<QString> ids;
    for (const ConnectionProfile &profile : std::as_const(contents->profiles)) {
        if (profile.id.isEmpty())
            continue;
        if (ids.contains(profile.id)) {
            fail(error,
                 Text::tr("The backup holds two connections with the id '%1' (\"%2\").").arg(profile.id, profile.name));
            return std::nullopt;
        }
        ids.insert(profile.id);
    }
    backup.profiles = std::move(*contents);

    auto settings = readSettings(root.value(QLatin1String("settings")), error);
    if (!settings)
        return std::nullopt;
    backup.settings = std::move(*settings);
    if (error)
        error->clear();
    return backup;
}

BackupSummary previewBackup(const Backup &backup, const ProfileStore &store)
{
    BackupSummary summary;
    for (const ConnectionProfile &profile : backup.profiles.profiles) {
        if (store.contains(profile.id))
            summary.replaced.append(profile.name);
        else
            summary.added.append(profile.name);
        summary.profileIds.append(profile.id); // empty: add() makes one up
    }
    const QStringList existing = store.groups();
    for (const QString &group : backup.profiles.groups) {
        if (!group.trimmed().isEmpty() && !existing.contains(group) && !summary.groupsAdded.contains(group))
            summary.groupsAdded.append(group);
    }
    summary.settings = backup.settings.keys();
    return summary;
}

BackupSummary applyBackup(const Backup &backup, ProfileStore &store, QSettings &settings)
{
    BackupSummary summary = previewBackup(backup, store);
    summary.profileIds.clear();
    for (const QString &group : backup.profiles.groups)
        store.addGroup(group);
    for (const ConnectionProfile &profile : backup.profiles.profiles) {
        QString id = profile.id;
        if (!store.update(profile))
            id = store.add(profile);
        // An empty workspace removes the one the replaced profile had.
        store.setWorkspace(id, backup.profiles.workspaces.value(profile.id));
        summary.profileIds.append(id);
    }
    for (auto it = backup.settings.cbegin(); it != backup.settings.cend(); ++it) {
        if (backupSettingKeys().contains(it.key()))
            settings.setValue(it.key(), it.value());
    }
    settings.sync();
    return summary;
}

void loadSecrets(SecretStore *secrets, const Backup &backup, QObject *context,
                 std::function<void(const Backup &backup, const QStringList &problems)> done)
{
    struct Pending
    {
        Backup backup;
        QSet<QPair<QString, QString>> waiting; // (profile id, key)
        QStringList problems;
        std::function<void(const Backup &, const QStringList &)> done;
    };
    auto state = std::make_shared<Pending>();
    state->backup = backup;
    state->done = std::move(done);
    for (const ConnectionProfile &profile : backup.profiles.profiles) {
        if (profile.id.isEmpty())
            continue;
        if (!profile.password)
            state->waiting.insert({profile.id, passwordSecretKey()});
        if (!profile.tls.keyFile.isEmpty() && profile.tls.keyPassphrase.isEmpty())
            state->waiting.insert({profile.id, keyPassphraseSecretKey()});
    }
    if (state->waiting.isEmpty()) {
        QMetaObject::invokeMethod(
            context, [state] { state->done(state->backup, state->problems); }, Qt::QueuedConnection);
        return;
    }

    // Deleted with the last answer or with the context; disconnects with it.
    auto *receiver = new QObject(context);
    QObject::connect(
        secrets, &SecretStore::loaded, receiver,
        [state, receiver](const QString &profileId, const QString &key, const QString &secret, const QString &error) {
            if (!state->waiting.remove({profileId, key}))
                return; // someone else's request
            for (ConnectionProfile &profile : state->backup.profiles.profiles) {
                if (profile.id != profileId)
                    continue;
                if (!error.isEmpty())
                    state->problems.append(profile.name + QStringLiteral(": ") + error);
                else if (!secret.isEmpty() && key == passwordSecretKey())
                    profile.password = secret;
                else if (!secret.isEmpty())
                    profile.tls.keyPassphrase = secret;
            }
            if (state->waiting.isEmpty()) {
                receiver->deleteLater();
                state->done(state->backup, state->problems);
            }
        });
    const auto requests = state->waiting;
    for (const auto &[profileId, key] : requests)
        secrets->load(profileId, key);
}

void storeSecrets(SecretStore *secrets, const ProfileStore &store, const QStringList &profileIds)
{
    for (const QString &id : profileIds) {
        const std::optional<ConnectionProfile> profile = store.profile(id);
        if (!profile)
            continue;
        if (profile->password && !profile->password->isEmpty())
            secrets->store(id, passwordSecretKey(), *profile->password);
        if (!profile->tls.keyPassphrase.isEmpty())
            secrets->store(id, keyPassphraseSecretKey(), profile->tls.keyPassphrase);
    }
}

} // namespace Signalbox
