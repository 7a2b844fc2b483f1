// libFuzzer target for reading profiles: ProfileStore::importProfiles,
// importMqttx (profiles and their subscriptions) and ConnectionProfile::fromJson.
//
// Input: the bytes of a file, given to all three readers.
//
// Checked, aborting on a mismatch:
// - a reader either returns profiles with no error, or nothing with an error sentence;
// - every profile read gives validate() sentences that are not empty;
// - exportProfiles(read, true) imports to equal profiles, and exporting those
//   gives the same bytes; exportProfiles(read, false) imports to the same
//   profiles without their secrets;
// - fromJson(p.toJson(true)) == p.
#include "client/connectionprofile.h"
#include "profiles/mqttximport.h"
#include "profiles/profilestore.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "fuzz_profiles: %s\n", what);
    std::abort();
}

void checkValidate(const ConnectionProfile &profile)
{
    for (const QString &problem : profile.validate()) {
        if (problem.trimmed().isEmpty())
            mismatch("validate() returned an empty sentence");
    }
}

void dumpDifference(const ConnectionProfile &expected, const ConnectionProfile &actual)
{
    std::fprintf(stderr, "expected: %s\nactual:   %s\n",
                 QJsonDocument(expected.toJson(true)).toJson(QJsonDocument::Compact).constData(),
                 QJsonDocument(actual.toJson(true)).toJson(QJsonDocument::Compact).constData());
}

ConnectionProfile withoutSecrets(ConnectionProfile profile)
{
    profile.password.reset();
    profile.tls.keyPassphrase.clear();
    profile.authenticationData.clear();
    return profile;
}

void checkRoundTrip(const QList<ConnectionProfile> &profiles)
{
    for (const ConnectionProfile &profile : profiles) {
        checkValidate(profile);
        QString error;
        const std::optional<ConnectionProfile> again = ConnectionProfile::fromJson(profile.toJson(true), &error);
        if (!again) {
            std::fprintf(stderr, "%s\n", qPrintable(error));
            mismatch("fromJson(toJson(true)) fails");
        }
        if (*again != profile) {
            dumpDifference(profile, *again);
            mismatch("fromJson(toJson(true)) gives another profile");
        }
    }

    const QByteArray exported = ProfileStore::exportProfiles(profiles, true);
    QString error;
    const std::optional<QList<ConnectionProfile>> importedOrNothing = ProfileStore::importProfiles(exported, &error);
    if (!importedOrNothing) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        mismatch("exportProfiles output does not import");
    }
    const QList<ConnectionProfile> &imported = *importedOrNothing;
    if (imported.size() != profiles.size())
        mismatch("exportProfiles then importProfiles changes the number of profiles");
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        if (imported.at(i) != profiles.at(i)) {
            dumpDifference(profiles.at(i), imported.at(i));
            mismatch("exportProfiles then importProfiles changes a profile");
        }
    }
    if (ProfileStore::exportProfiles(imported, true) != exported)
        mismatch("exporting imported profiles gives other bytes");

    const std::optional<QList<ConnectionProfile>> withoutSecretsImported = ProfileStore::importProfiles(
        ProfileStore::exportProfiles(profiles, false), &error);
    if (!withoutSecretsImported || withoutSecretsImported->size() != profiles.size())
        mismatch("exportProfiles(false) output does not import");
    for (qsizetype i = 0; i < profiles.size(); ++i) {
        const ConnectionProfile expected = withoutSecrets(profiles.at(i));
        if (withoutSecretsImported->at(i) != expected) {
            dumpDifference(expected, withoutSecretsImported->at(i));
            mismatch("exportProfiles(false) keeps a secret or loses something else");
        }
    }
}

const QList<ConnectionProfile> &profilesOf(const QList<ConnectionProfile> &profiles)
{
    return profiles;
}

QList<ConnectionProfile> profilesOf(const QList<MqttxConnection> &connections)
{
    QList<ConnectionProfile> profiles;
    for (const MqttxConnection &c : connections)
        profiles.append(c.profile);
    return profiles;
}

template<typename T>
void checkReader(const std::optional<QList<T>> &profiles, const QString &error)
{
    if (profiles) {
        if (!error.isEmpty())
            mismatch("a reader succeeded and left an error");
        checkRoundTrip(profilesOf(*profiles));
        return;
    }
    if (error.trimmed().isEmpty())
        mismatch("a reader failed with a blank error");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    QString error = QStringLiteral("stale");
    std::optional<QList<ConnectionProfile>> profiles = ProfileStore::importProfiles(input, &error);
    checkReader(profiles, error);

    error = QStringLiteral("stale");
    const std::optional<QList<MqttxConnection>> mqttx = importMqttx(input, &error);
    checkReader(mqttx, error);
    for (const MqttxConnection &connection : mqttx ? *mqttx : QList<MqttxConnection>()) {
        if (connection.profile.id.isEmpty())
            mismatch("importMqttx gave a profile without an id");
        for (const WorkspaceSubscription &s : connection.workspace.subscriptions) {
            if (s.entry.filter.isEmpty() || s.entry.qos > 2 || s.entry.retainHandling > 2)
                mismatch("importMqttx gave a subscription it should have refused");
        }
    }

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(input, &parseError);
    if (parseError.error == QJsonParseError::NoError && document.isObject()) {
        error = QStringLiteral("stale");
        const std::optional<ConnectionProfile> profile = ConnectionProfile::fromJson(document.object(), &error);
        if (profile)
            checkRoundTrip({*profile});
        else if (error.trimmed().isEmpty() || error == QStringLiteral("stale"))
            mismatch("fromJson failed without an error sentence");
    }
    return 0;
}
