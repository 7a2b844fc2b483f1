#pragma once

#include "client/connectionprofile.h"
#include "profiles/connectionworkspace.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace Signalbox {

// The saved connection profiles and their groups (the sidebar's folders), in
// one JSON file:
//   {"format": "signalbox-profiles", "version": 1, "groups": ["Lab", ...],
//    "profiles": [ConnectionProfile::toJson(false), ...],
//    "workspaces": {"<profile id>": ConnectionWorkspace::toJson(), ...}}
// Secrets (passwords, key passphrases, authentication data) are never written
// there; they live in SecretStore.
//
// Nothing is written until save(). Every change emits profilesChanged().
// Thread: the owner's (the GUI thread).
class ProfileStore : public QObject
{
    Q_OBJECT
public:
    // filePath empty: QStandardPaths::AppDataLocation/profiles.json.
    explicit ProfileStore(const QString &filePath = QString(), QObject *parent = nullptr);

    QString filePath() const { return m_filePath; }
    // The sentence describing the last load() or save() failure.
    QString errorString() const { return m_errorString; }

    // Reads the file; a missing file is an empty store and succeeds. A file
    // that is not valid (bad JSON, wrong types) is renamed aside to
    // "profiles.json.corrupt-<yyyyMMdd-HHmmss>", the store is left empty and
    // false comes back, with errorString() naming the problem and the backup.
    // A file that cannot be read is left in place (false, errorString()).
    // A damaged workspace loses only what cannot be read: load() succeeds and
    // errorString() says what was left out.
    bool load();
    // Writes atomically (QSaveFile): an interrupted save leaves the old file.
    bool save();

    const QList<ConnectionProfile> &profiles() const { return m_profiles; }
    // Profiles in the group ("" for those in no group), in store order.
    QList<ConnectionProfile> profilesInGroup(const QString &group) const;
    bool contains(const QString &id) const { return indexOf(id) >= 0; }
    // The profile with this id; nullopt when there is none.
    std::optional<ConnectionProfile> profile(const QString &id) const;

    // Adds the profile (a new QUuid id when its id is empty or already used)
    // and returns its id. A group not yet known is added to groups().
    QString add(ConnectionProfile profile);
    // Replaces the profile with the same id; false when there is none.
    bool update(const ConnectionProfile &profile);
    bool remove(const QString &id);
    // A copy named "<name> (copy)" with a new id and the original's
    // workspace, after the original; the id
    // of the copy, or empty when there is no profile with this id.
    QString duplicate(const QString &id);

    QStringList groups() const { return m_groups; }
    // False when the name is empty or already a group.
    bool addGroup(const QString &name);
    // Renames the group and moves its profiles; false when the old name is
    // not a group or the new name is empty or taken.
    bool renameGroup(const QString &oldName, const QString &newName);
    // Removes the group; its profiles move to no group.
    bool removeGroup(const QString &name);
    // group empty: no group. An unknown group is added.
    bool moveToGroup(const QString &id, const QString &group);

    // The subscriptions and publish history kept for a profile (empty when
    // none); removing the profile removes them. Changing them emits nothing.
    ConnectionWorkspace workspace(const QString &id) const { return m_workspaces.value(id); }
    void setWorkspace(const QString &id, const ConnectionWorkspace &workspace);

    // Everything the profiles file holds.
    struct Contents
    {
        QStringList groups;
        QList<ConnectionProfile> profiles;
        QHash<QString, ConnectionWorkspace> workspaces; // by profile id
    };
    // What the store holds now.
    Contents contents() const;
    // The document save() writes (groups, profiles and the workspaces of those
    // profiles); with includeSecrets the secrets the profiles hold too (a backup).
    static QJsonObject toJson(const Contents &contents, bool includeSecrets = false);
    // Reads what toJson() writes, without changing any store. On failure:
    // nothing, and *error says why. A workspace that cannot be read is left
    // out and named in *warning (cleared when there is nothing to say).
    static std::optional<Contents> fromJson(const QJsonObject &root, QString *error, QString *warning = nullptr);

    // {"format": "signalbox-profiles", "version": 1, "groups": [...], "profiles": [...]}
    static QByteArray exportProfiles(const QList<ConnectionProfile> &profiles, bool includeSecrets);
    // Reads what exportProfiles() writes (also a bare array of profiles).
    // Ids are kept; add() gives new ones where they clash. A file without
    // profiles gives an empty list. On failure: nothing, and *error names the
    // profile (by position and name) and the problem; *error is cleared on success.
    static std::optional<QList<ConnectionProfile>> importProfiles(const QByteArray &json, QString *error = nullptr);

signals:
    void profilesChanged();

private:
    qsizetype indexOf(const QString &id) const;
    void addGroupIfMissing(const QString &group);
    QString fail(const QString &message);

    QString m_filePath;
    QString m_errorString;
    QList<ConnectionProfile> m_profiles;
    QStringList m_groups;
    QHash<QString, ConnectionWorkspace> m_workspaces; // by profile id
};

} // namespace Signalbox
