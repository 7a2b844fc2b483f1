#include "profiles/profilestore.h"

#include "profiles/jsontypename.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <algorithm>
#include <cmath>
#include <type_traits>

namespace Signalbox {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ProfileStore)
};

constexpr int FileVersion = 1;
const QLatin1String FormatName("signalbox-profiles");

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString profileLabel(qsizetype index, const QJsonObject &object)
{
    const QString name = object.value(QLatin1String("name")).toString();
    if (name.isEmpty())
        return Text::tr("Profile %1").arg(index + 1);
    return Text::tr("Profile %1 (\"%2\")").arg(index + 1).arg(name);
}

// Reads {"groups": [...], "profiles": [...]} or a bare array of profiles.
bool readProfilesDocument(const QJsonDocument &document, QList<ConnectionProfile> *profiles, QStringList *groups,
                          QString *error)
{
    QJsonArray array;
    if (document.isArray()) {
        array = document.array();
    } else if (document.isObject()) {
        const QJsonObject root = document.object();
        const QJsonValue format = root.value(QLatin1String("format"));
        if (!format.isUndefined() && format.toString() != FormatName) {
            *error =
                Text::tr("This is not a Signalbox profile file (its format is '%1').").arg(format.toVariant().toString());
            return false;
        }
        const QJsonValue version = root.value(QLatin1String("version"));
        if (!version.isUndefined() && (!version.isDouble() || version.toDouble() > FileVersion)) {
            *error = Text::tr("The profile file has version %1; this Signalbox reads up to version %2.")
                         .arg(version.toVariant().toString())
                         .arg(FileVersion);
            return false;
        }
        const QJsonValue groupsValue = root.value(QLatin1String("groups"));
        if (!groupsValue.isUndefined()) {
            if (!groupsValue.isArray()) {
                *error = Text::tr("'groups' should be an array, not %1.").arg(jsonTypeName(groupsValue));
                return false;
            }
            const QJsonArray groupArray = groupsValue.toArray();
            for (const QJsonValue group : groupArray) {
                if (!group.isString()) {
                    *error = Text::tr("Each group should be a string, not %1.").arg(jsonTypeName(group));
                    return false;
                }
                if (groups && !group.toString().isEmpty() && !groups->contains(group.toString()))
                    groups->append(group.toString());
            }
        }
        const QJsonValue profilesValue = root.value(QLatin1String("profiles"));
        if (!profilesValue.isUndefined() && !profilesValue.isArray()) {
            *error = Text::tr("'profiles' should be an array, not %1.").arg(jsonTypeName(profilesValue));
            return false;
        }
        array = profilesValue.toArray();
    } else {
        *error = Text::tr("The file holds no JSON object.");
        return false;
    }

    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue value = array.at(i);
        if (!value.isObject()) {
            *error = Text::tr("Profile %1 should be an object, not %2.").arg(i + 1).arg(jsonTypeName(value));
            return false;
        }
        QString profileError;
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(value.toObject(), &profileError);
        if (!profile) {
            *error = Text::tr("%1 is not valid. %2").arg(profileLabel(i, value.toObject()), profileError);
            return false;
        }
        profiles->append(*profile);
        if (groups && !profile->group.isEmpty() && !groups->contains(profile->group))
            groups->append(profile->group);
    }
    return true;
}

// The workspaces of the profiles just read; what cannot be read is left out
// and named in *warning, the profiles stay.
QHash<QString, ConnectionWorkspace> readWorkspaces(const QJsonObject &root, const QList<ConnectionProfile> &profiles,
                                                   QString *warning)
{
    QHash<QString, ConnectionWorkspace> workspaces;
    QStringList problems;
    const QJsonValue value = root.value(QLatin1String("workspaces"));
    if (!value.isUndefined() && !value.isObject())
        problems << Text::tr("The saved subscriptions and publish histories could not be read: 'workspaces' should be "
                             "an object, not %1.")
                        .arg(jsonTypeName(value));
    const QJsonObject all = value.toObject();
    for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
        const auto owner = std::find_if(profiles.cbegin(), profiles.cend(),
                                        [&](const ConnectionProfile &p) { return !p.id.isEmpty() && p.id == it.key(); });
        if (owner == profiles.cend())
            continue; // the profile is gone
        QString problem;
        const auto workspace = it.value().isObject() ? ConnectionWorkspace::fromJson(it.value().toObject(), &problem)
                                                     : std::nullopt;
        if (!it.value().isObject())
            problem = Text::tr("Its saved subscriptions and publish history are not an object.");
        if (workspace && !workspace->isEmpty())
            workspaces.insert(it.key(), *workspace);
        if (!problem.isEmpty())
            problems << owner->name + QStringLiteral(": ") + problem;
    }
    if (warning)
        *warning = problems.join(QLatin1Char(' '));
    return workspaces;
}

} // namespace

ProfileStore::ProfileStore(const QString &filePath, QObject *parent) : QObject(parent), m_filePath(filePath)
{
    if (m_filePath.isEmpty())
        m_filePath = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/profiles.json");
}

QString ProfileStore::fail(const QString &message)
{
    m_errorString = message;
    return message;
}

bool ProfileStore::load()
{
    m_errorString.clear();
    QFile file(m_filePath);
    if (!file.exists()) {
        m_profiles.clear();
        m_groups.clear();
        emit profilesChanged();
        return true;
    }
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("The profiles in '%1' could not be read: %2").arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    const QByteArray data = file.readAll();
    file.close();

    QString problem;
    QList<ConnectionProfile> profiles;
    QStringList groups;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(data, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        problem = tr("It is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
    else
        readProfilesDocument(document, &profiles, &groups, &problem);

    if (problem.isEmpty()) {
        m_profiles = profiles;
        m_groups = groups;
        m_workspaces = readWorkspaces(document.object(), m_profiles, &m_errorString);
        emit profilesChanged();
        return true;
    }

    const QString backup = m_filePath + QLatin1String(".corrupt-")
                           + QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"));
    QString backupPath = backup;
    for (int n = 2; QFile::exists(backupPath); ++n)
        backupPath = backup + QLatin1Char('-') + QString::number(n);
    if (!QFile::rename(m_filePath, backupPath)) {
        fail(tr("The profile file '%1' is damaged and could not be moved aside, so it was left as it is. %2")
                 .arg(QDir::toNativeSeparators(m_filePath), problem));
        return false;
    }
    m_profiles.clear();
    m_groups.clear();
    emit profilesChanged();
    fail(tr("The profile file '%1' is damaged and was kept as '%3'; Signalbox starts with no profiles. %2")
             .arg(QDir::toNativeSeparators(m_filePath), problem, QDir::toNativeSeparators(backupPath)));
    return false;
}

bool ProfileStore::save()
{
    m_errorString.clear();
    QDir().mkpath(QFileInfo(m_filePath).absolutePath());
    QSaveFile file(m_filePath);
    if (!file.open(QIODevice::WriteOnly)) {
        fail(tr("The profiles could not be saved to '%1': %2")
                 .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    file.write(QJsonDocument(toJson(contents(), false)).toJson(QJsonDocument::Indented));
    if (!file.commit()) {
        fail(tr("The profiles could not be saved to '%1': %2")
                 .arg(QDir::toNativeSeparators(m_filePath), file.errorString()));
        return false;
    }
    return true;
}

ProfileStore::Contents ProfileStore::contents() const
{
    Contents contents{m_groups, m_profiles, {}};
    for (const ConnectionProfile &profile : m_profiles) {
        const ConnectionWorkspace workspace = m_workspaces.value(profile.id);
        if (!workspace.isEmpty())
            contents.workspaces.insert(profile.id, workspace);
    }
    return contents;
}

QJsonObject ProfileStore::toJson(const Contents &contents, bool includeSecrets)
{
    QJsonArray profiles;
    QJsonObject workspaces;
    for (const ConnectionProfile &profile : contents.profiles) {
        profiles.append(profile.toJson(includeSecrets));
        const ConnectionWorkspace workspace = contents.workspaces.value(profile.id);
        if (!profile.id.isEmpty() && !workspace.isEmpty())
            workspaces.insert(profile.id, workspace.toJson());
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), FormatName);
    root.insert(QLatin1String("version"), FileVersion);
    root.insert(QLatin1String("groups"), QJsonArray::fromStringList(contents.groups));
    root.insert(QLatin1String("profiles"), profiles);
    root.insert(QLatin1String("workspaces"), workspaces);
    return root;
}

std::optional<ProfileStore::Contents> ProfileStore::fromJson(const QJsonObject &root, QString *error, QString *warning)
{
    Contents contents;
    QString problem;
    if (!readProfilesDocument(QJsonDocument(root), &contents.profiles, &contents.groups, &problem)) {
        if (error)
            *error = problem;
        if (warning)
            warning->clear();
        return std::nullopt;
    }
    if (error)
        error->clear();
    contents.workspaces = readWorkspaces(root, contents.profiles, warning);
    return contents;
}

qsizetype ProfileStore::indexOf(const QString &id) const
{
    if (id.isEmpty())
        return -1;
    for (qsizetype i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

QList<ConnectionProfile> ProfileStore::profilesInGroup(const QString &group) const
{
    QList<ConnectionProfile> result;
    for (const ConnectionProfile &profile : m_profiles) {
        if (profile.group == group)
            result.append(profile);
    }
    return result;
}

std::optional<ConnectionProfile> ProfileStore::profile(const QString &id) const
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return std::nullopt;
    return m_profiles.at(index);
}

void ProfileStore::addGroupIfMissing(const QString &group)
{
    if (!group.isEmpty() && !m_groups.contains(group))
        m_groups.append(group);
}

QString ProfileStore::add(ConnectionProfile profile)
{
    if (profile.id.isEmpty() || contains(profile.id))
        profile.id = newId();
    addGroupIfMissing(profile.group);
    m_profiles.append(profile);
    emit profilesChanged();
    return profile.id;
}

bool ProfileStore::update(const ConnectionProfile &profile)
{
    const qsizetype index = indexOf(profile.id);
    if (index < 0)
        return false;
    addGroupIfMissing(profile.group);
    m_profiles[index] = profile;
    emit profilesChanged();
    return true;
}

bool ProfileStore::remove(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    m_profiles.removeAt(index);
    m_workspaces.remove(id);
    emit profilesChanged();
    return true;
}

void ProfileStore::setWorkspace(const QString &id, const ConnectionWorkspace &workspace)
{
    if (workspace.isEmpty())
        m_workspaces.remove(id);
    else if (contains(id))
        m_workspaces.insert(id, workspace);
}

QString ProfileStore::duplicate(const QString &id)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return {};
    ConnectionProfile copy = m_profiles.at(index);
    copy.id = newId();
    copy.name = tr("%1 (copy)").arg(copy.name);
    m_profiles.insert(index + 1, copy);
    if (m_workspaces.contains(id))
        m_workspaces.insert(copy.id, m_workspaces.value(id)); // the copy subscribes to the same topics
    emit profilesChanged();
    return copy.id;
}

bool ProfileStore::addGroup(const QString &name)
{
    if (name.trimmed().isEmpty() || m_groups.contains(name))
        return false;
    m_groups.append(name);
    emit profilesChanged();
    return true;
}

bool ProfileStore::renameGroup(const QString &oldName, const QString &newName)
{
    const qsizetype index = m_groups.indexOf(oldName);
    if (index < 0 || newName.trimmed().isEmpty() || m_groups.contains(newName))
        return false;
    m_groups[index] = newName;
    for (ConnectionProfile &profile : m_profiles) {
        if (profile.group == oldName)
            profile.group = newName;
    }
    emit profilesChanged();
    return true;
}

bool ProfileStore::removeGroup(const QString &name)
{
    if (!m_groups.removeOne(name))
        return false;
    for (ConnectionProfile &profile : m_profiles) {
        if (profile.group == name)
            profile.group.clear();
    }
    emit profilesChanged();
    return true;
}

bool ProfileStore::moveToGroup(const QString &id, const QString &group)
{
    const qsizetype index = indexOf(id);
    if (index < 0)
        return false;
    addGroupIfMissing(group);
    m_profiles[index].group = group;
    emit profilesChanged();
    return true;
}

QByteArray ProfileStore::exportProfiles(const QList<ConnectionProfile> &profiles, bool includeSecrets)
{
    QJsonArray array;
    QStringList groups;
    for (const ConnectionProfile &profile : profiles) {
        array.append(profile.toJson(includeSecrets));
        if (!profile.group.isEmpty() && !groups.contains(profile.group))
            groups.append(profile.group);
    }
    QJsonObject root;
    root.insert(QLatin1String("format"), FormatName);
    root.insert(QLatin1String("version"), FileVersion);
    root.insert(QLatin1String("groups"), QJsonArray::fromStringList(groups));
    root.insert(QLatin1String("profiles"), array);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

std::optional<QList<ConnectionProfile>> ProfileStore::importProfiles(const QByteArray &json, QString *error)
{
    QString problem;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    QList<ConnectionProfile> profiles;
    if (parseError.error != QJsonParseError::NoError)
        problem =
            Text::tr("The file is not valid JSON (%1 at byte %2).").arg(parseError.errorString()).arg(parseError.offset);
    else
        readProfilesDocument(document, &profiles, nullptr, &problem);
    if (error)
        *error = problem;
    if (!problem.isEmpty())
        return std::nullopt;
    return profiles;
}

} // namespace Signalbox
