#include "profiles/brokerpresets.h"
#include "client/clientid.h"
#include "profiles/mqttximport.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace Signalbox;

namespace {

QList<ConnectionProfile> profilesOf(const QList<MqttxConnection> &connections)
{
    QList<ConnectionProfile> profiles;
    for (const MqttxConnection &c : connections)
        profiles.append(c.profile);
    return profiles;
}

ConnectionProfile sampleProfile(const QString &name)
{
    ConnectionProfile p;
    p.name = name;
    p.host = QStringLiteral("broker.local");
    p.port = 8883;
    p.scheme = TransportScheme::Tls;
    p.version = ProtocolVersion::V5;
    p.clientId = QStringLiteral("sensor-7");
    p.username = QStringLiteral("alice");
    p.password = QStringLiteral("hunter2-secret");
    p.tls.keyPassphrase = QStringLiteral("passphrase-secret");
    p.sessionExpiryInterval = 3600;
    p.userProperties = {{QStringLiteral("site"), QStringLiteral("lab")}};
    return p;
}

ConnectionProfile withoutSecrets(ConnectionProfile p)
{
    p.password.reset();
    p.tls.keyPassphrase.clear();
    p.authenticationData.clear();
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

// MQTTX's connection export (File > Export data > JSON), written from its
// ConnectionModel: 5.0 options in "properties", the will under "will".
const char MqttxSample[] = R"([
  {
    "id": "b1f6c1a0-0a4f-4d2e-9d42-1f0c1c7d0a11",
    "clientId": "mqttx_4f0c1a2b",
    "name": "EMQX over wss",
    "clean": false,
    "protocol": "wss",
    "host": "broker.emqx.io",
    "port": 8084,
    "keepalive": 30,
    "connectTimeout": 12,
    "reconnect": true,
    "reconnectPeriod": 4000,
    "username": "bob",
    "password": "pa55",
    "path": "/mqtt",
    "certType": "self",
    "ssl": true,
    "mqttVersion": "5.0",
    "rejectUnauthorized": false,
    "ALPNProtocols": "mqtt, x-amzn-mqtt-ca",
    "ca": "",
    "cert": "",
    "key": "",
    "unreadMessageCount": 0,
    "messages": [{"mid": "1", "topic": "a", "payload": "x", "qos": 0, "retain": false, "out": true, "createAt": ""}],
    "subscriptions": [{"topic": "testtopic/#", "qos": 0},
                      {"id": "s2", "topic": "devices/+/status", "qos": 2, "color": "#34C388", "alias": "status",
                       "nl": true, "rap": true, "rh": 2, "subscriptionIdentifier": 7, "disabled": true,
                       "createAt": "2024-01-01 00:00:00"},
                      {"topic": "", "qos": 1}],
    "will": {
      "lastWillTopic": "devices/bob/status",
      "lastWillPayload": "offline",
      "lastWillQos": 1,
      "lastWillRetain": true,
      "properties": {"willDelayInterval": 5, "messageExpiryInterval": 60, "contentType": "text/plain",
                     "payloadFormatIndicator": null, "userProperties": null}
    },
    "properties": {
      "sessionExpiryInterval": 7200,
      "receiveMaximum": 100,
      "maximumPacketSize": null,
      "topicAliasMaximum": 10,
      "requestResponseInformation": true,
      "requestProblemInformation": false,
      "userProperties": {"team": "qa", "tags": ["a", "b"]},
      "authenticationMethod": null
    },
    "clientIdWithTime": false,
    "parentId": null,
    "isCollection": false
  },
  {
    "name": "Plain",
    "host": "127.0.0.1",
    "port": 1883,
    "mqttVersion": "3.1.1",
    "protocol": "mqtt",
    "will": {"lastWillTopic": "", "lastWillPayload": "", "lastWillQos": 0, "lastWillRetain": false},
    "properties": {"sessionExpiryInterval": 0, "receiveMaximum": null}
  }
])";

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private slots:
    void missingFileIsEmpty();
    void saveLoadRoundTrip();
    void noSecretInFile();
    void workspacesKeptWithProfiles();
    void corruptFileKeptAside_data();
    void corruptFileKeptAside();
    void addAssignsIds();
    void updateAndRemove();
    void duplicate();
    void groups();
    void exportImport();
    void importRejectsWrongTypes();
    void importEmptyOrBroken_data();
    void importEmptyOrBroken();
    void importMqttx();
    void importMqttxSingleObject();
    void importMqttxWrongTypeNamesField_data();
    void importMqttxWrongTypeNamesField();
    void presetsHaveSanePorts();
    void presetProfile();
    void clientIdStyles();
    void secretStoreMemoryOnly();
    void secretStoreWithoutSessionBus();
};

void TestProfileStore::missingFileIsEmpty()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    QVERIFY(store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(store.errorString().isEmpty());
}

void TestProfileStore::saveLoadRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sub/profiles.json"));
    ProfileStore store(path);
    QSignalSpy changed(&store, &ProfileStore::profilesChanged);
    ConnectionProfile a = sampleProfile(QStringLiteral("Lab broker"));
    a.group = QStringLiteral("Lab");
    const QString idA = store.add(a);
    const QString idB = store.add(sampleProfile(QStringLiteral("Other")));
    QVERIFY(store.addGroup(QStringLiteral("Empty folder")));
    QCOMPARE(changed.size(), 3);
    QVERIFY2(store.save(), qPrintable(store.errorString()));

    ProfileStore loaded(path);
    QVERIFY2(loaded.load(), qPrintable(loaded.errorString()));
    QCOMPARE(loaded.profiles().size(), 2);
    QCOMPARE(loaded.profiles().at(0).id, idA);
    QCOMPARE(loaded.profiles().at(1).id, idB);
    QCOMPARE(*loaded.profile(idA), withoutSecrets(*store.profile(idA)));
    QCOMPARE(loaded.groups(), (QStringList{QStringLiteral("Lab"), QStringLiteral("Empty folder")}));
}

void TestProfileStore::noSecretInFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    ConnectionProfile p = sampleProfile(QStringLiteral("Secret"));
    p.version = ProtocolVersion::V5;
    p.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
    p.authenticationData = QByteArrayLiteral("token-secret");
    store.add(p);
    QVERIFY(store.save());
    const QByteArray file = readAll(path);
    QVERIFY(!file.isEmpty());
    QVERIFY(!file.contains("hunter2-secret"));
    QVERIFY(!file.contains("passphrase-secret"));
    QVERIFY(!file.contains(QByteArrayLiteral("token-secret").toBase64()));
    QVERIFY(file.contains("alice")); // the user name is not a secret
}

// Subscriptions and publish history live in the same file, by profile id: they
// come back, follow a copy, go with their profile, and a damaged one loses
// only itself.
void TestProfileStore::workspacesKeptWithProfiles()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    ProfileStore store(path);
    const QString idA = store.add(sampleProfile(QStringLiteral("A")));
    const QString idB = store.add(sampleProfile(QStringLiteral("B")));
    ConnectionWorkspace workspace;
    WorkspaceSubscription sub;
    sub.entry.filter = QStringLiteral("sensors/#");
    sub.entry.qos = 1;
    sub.color = QStringLiteral("#ff8800");
    sub.active = false;
    workspace.subscriptions << sub;
    PublishHistoryEntry sent;
    sent.message.topic = QStringLiteral("lab/cmd");
    sent.message.payload = "on";
    sent.payloadText = QStringLiteral("on");
    workspace.publishHistory << sent;
    store.setWorkspace(idA, workspace);
    store.setWorkspace(QStringLiteral("no such profile"), workspace); // ignored
    const QString copy = store.duplicate(idA);
    QVERIFY(store.save());

    ProfileStore loaded(path);
    QVERIFY2(loaded.load(), qPrintable(loaded.errorString()));
    QVERIFY(loaded.errorString().isEmpty());
    QCOMPARE(loaded.workspace(idA), workspace);
    QCOMPARE(loaded.workspace(copy), workspace);
    QVERIFY(loaded.workspace(idB).isEmpty());
    QVERIFY(loaded.workspace(QStringLiteral("no such profile")).isEmpty());

    QVERIFY(loaded.remove(copy));
    QVERIFY(loaded.workspace(copy).isEmpty());
    loaded.setWorkspace(idA, ConnectionWorkspace()); // emptied: nothing kept
    QVERIFY(loaded.save());
    QVERIFY(!readAll(path).contains("sensors/#"));

    // A damaged subscription costs itself; the profiles and the rest stay.
    store.remove(copy);
    QVERIFY(store.save());
    QByteArray text = readAll(path);
    QVERIFY(text.contains("\"sensors/#\""));
    text.replace("\"sensors/#\"", "\"sensors/#/bad\"");
    QVERIFY(writeAll(path, text));
    ProfileStore damaged(path);
    QVERIFY(damaged.load());
    QCOMPARE(damaged.profiles().size(), 2);
    QVERIFY2(damaged.errorString().contains(QLatin1String("A: Saved subscription 1 was left out.")),
             qPrintable(damaged.errorString()));
    QCOMPARE(damaged.workspace(idA).publishHistory, workspace.publishHistory);
    QVERIFY(damaged.workspace(idA).subscriptions.isEmpty());
}

void TestProfileStore::corruptFileKeptAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("bad JSON") << QByteArray("{\"profiles\": [ {\"name\": ");
    QTest::newRow("profiles not an array") << QByteArray(R"({"profiles": {"name": "x"}})");
    QTest::newRow("port is a string") << QByteArray(R"({"profiles": [{"name": "x", "port": "1883"}]})");
    QTest::newRow("group not a string") << QByteArray(R"({"groups": [1], "profiles": []})");
    QTest::newRow("a number") << QByteArray("42");
}

void TestProfileStore::corruptFileKeptAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QVERIFY(writeAll(path, content));
    ProfileStore store(path);
    QVERIFY(!store.load());
    QVERIFY(store.profiles().isEmpty());
    QVERIFY(!QFile::exists(path));

    const QStringList backups = QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(
        QRegularExpression(QStringLiteral("^profiles\\.json\\.corrupt-\\d{8}-\\d{6}$")).match(backups.first()).hasMatch());
    QCOMPARE(readAll(dir.filePath(backups.first())), content);
    QVERIFY2(store.errorString().contains(QDir::toNativeSeparators(dir.filePath(backups.first()))),
             qPrintable(store.errorString()));

    // A second damaged file in the same second gets its own backup.
    QVERIFY(writeAll(path, content));
    QVERIFY(!store.load());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files).size(), 2);
}

void TestProfileStore::addAssignsIds()
{
    ProfileStore store(QStringLiteral("/nonexistent/profiles.json"));
    const QString id = store.add(sampleProfile(QStringLiteral("a")));
    QVERIFY(!QUuid::fromString(id).isNull());
    ConnectionProfile withId = sampleProfile(QStringLiteral("b"));
    withId.id = QStringLiteral("fixed-id");
    QCOMPARE(store.add(withId), QStringLiteral("fixed-id"));
    const QString clash = store.add(withId);
    QVERIFY(clash != QStringLiteral("fixed-id"));
    QCOMPARE(store.profiles().size(), 3);
    QVERIFY(!store.profile(QStringLiteral("unknown")));
}

void TestProfileStore::updateAndRemove()
{
    ProfileStore store(QStringLiteral("/nonexistent/profiles.json"));
    const QString id = store.add(sampleProfile(QStringLiteral("a")));
    ConnectionProfile p = *store.profile(id);
    p.host = QStringLiteral("other.local");
    QVERIFY(store.update(p));
    QCOMPARE(store.profile(id)->host, QStringLiteral("other.local"));
    p.id = QStringLiteral("nope");
    QVERIFY(!store.update(p));
    QVERIFY(store.remove(id));
    QVERIFY(!store.remove(id));
    QVERIFY(store.profiles().isEmpty());
}

void TestProfileStore::duplicate()
{
    ProfileStore store(QStringLiteral("/nonexistent/profiles.json"));
    const QString first = store.add(sampleProfile(QStringLiteral("Lab")));
    const QString last = store.add(sampleProfile(QStringLiteral("Last")));
    const QString copy = store.duplicate(first);
    QVERIFY(!copy.isEmpty());
    QVERIFY(copy != first);
    QCOMPARE(store.profiles().size(), 3);
    QCOMPARE(store.profiles().at(1).id, copy);
    QCOMPARE(store.profiles().at(2).id, last);
    QCOMPARE(store.profile(copy)->name, QStringLiteral("Lab (copy)"));
    ConnectionProfile expected = *store.profile(first);
    expected.id = copy;
    expected.name = QStringLiteral("Lab (copy)");
    QCOMPARE(*store.profile(copy), expected);
    QVERIFY(store.duplicate(QStringLiteral("unknown")).isEmpty());
}

void TestProfileStore::groups()
{
    ProfileStore store(QStringLiteral("/nonexistent/profiles.json"));
    QVERIFY(store.addGroup(QStringLiteral("Lab")));
    QVERIFY(!store.addGroup(QStringLiteral("Lab")));
    QVERIFY(!store.addGroup(QString()));
    const QString a = store.add(sampleProfile(QStringLiteral("a")));
    const QString b = store.add(sampleProfile(QStringLiteral("b")));
    QVERIFY(store.moveToGroup(a, QStringLiteral("Lab")));
    QVERIFY(store.moveToGroup(b, QStringLiteral("Field"))); // a new group
    QCOMPARE(store.groups(), (QStringList{QStringLiteral("Lab"), QStringLiteral("Field")}));
    QCOMPARE(store.profilesInGroup(QStringLiteral("Lab")).size(), 1);

    QVERIFY(store.renameGroup(QStringLiteral("Lab"), QStringLiteral("Bench")));
    QVERIFY(!store.renameGroup(QStringLiteral("Lab"), QStringLiteral("X")));
    QVERIFY(!store.renameGroup(QStringLiteral("Bench"), QStringLiteral("Field")));
    QCOMPARE(store.profile(a)->group, QStringLiteral("Bench"));

    QVERIFY(store.removeGroup(QStringLiteral("Bench")));
    QCOMPARE(store.profile(a)->group, QString());
    QCOMPARE(store.profiles().size(), 2); // its profiles stay, in no group
    QCOMPARE(store.groups(), QStringList{QStringLiteral("Field")});
    QVERIFY(store.moveToGroup(b, QString()));
    QCOMPARE(store.profilesInGroup(QString()).size(), 2);
}

void TestProfileStore::exportImport()
{
    ConnectionProfile a = sampleProfile(QStringLiteral("a"));
    a.id = QStringLiteral("id-a");
    a.group = QStringLiteral("Lab");
    ConnectionProfile b = sampleProfile(QStringLiteral("b"));
    b.id = QStringLiteral("id-b");

    const QByteArray withSecrets = ProfileStore::exportProfiles({a, b}, true);
    QVERIFY(withSecrets.contains("hunter2-secret"));
    QString error;
    std::optional<QList<ConnectionProfile>> imported = ProfileStore::importProfiles(withSecrets, &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(*imported, (QList<ConnectionProfile>{a, b}));

    const QByteArray without = ProfileStore::exportProfiles({a, b}, false);
    QVERIFY(!without.contains("hunter2-secret"));
    QVERIFY(!without.contains("passphrase-secret"));
    imported = ProfileStore::importProfiles(without, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(*imported, (QList<ConnectionProfile>{withoutSecrets(a), withoutSecrets(b)}));

    // A bare array of profiles is read too.
    const QByteArray bare = QJsonDocument(QJsonArray{a.toJson(false)}).toJson();
    imported = ProfileStore::importProfiles(bare, &error);
    QVERIFY2(imported, qPrintable(error));
    QCOMPARE(imported->size(), 1);
}

void TestProfileStore::importRejectsWrongTypes()
{
    QString error;
    QVERIFY(!ProfileStore::importProfiles("not json", &error));
    QVERIFY(error.contains(QLatin1String("JSON")));
    const QByteArray wrong = R"({"profiles": [{"name": "ok"}, {"name": "Broken one", "keepAlive": "sixty"}]})";
    QVERIFY(!ProfileStore::importProfiles(wrong, &error));
    QVERIFY2(error.contains(QLatin1String("Broken one")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String("2")), qPrintable(error));
}

// A file without profiles is read as an empty list; a broken one gives nothing and says why.
void TestProfileStore::importEmptyOrBroken_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty array") << QByteArray("[]") << true;
    QTest::newRow("empty export") << QByteArray(R"({"format": "signalbox-profiles", "version": 1, "profiles": []})")
                                  << true;
    QTest::newRow("object without profiles") << QByteArray("{}") << true;
    QTest::newRow("not json") << QByteArray("{not json") << false;
    QTest::newRow("empty input") << QByteArray() << false;
    QTest::newRow("other format") << QByteArray(R"({"format": "mqttx", "profiles": []})") << false;
    QTest::newRow("newer version") << QByteArray(R"({"version": 2, "profiles": []})") << false;
    QTest::newRow("profiles not an array") << QByteArray(R"({"profiles": {}})") << false;
}

void TestProfileStore::importEmptyOrBroken()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QString error = QStringLiteral("stale");
    const std::optional<QList<ConnectionProfile>> imported = ProfileStore::importProfiles(json, &error);
    QCOMPARE(imported.has_value(), valid);
    if (valid) {
        QVERIFY(imported->isEmpty());
        QVERIFY2(error.isEmpty(), qPrintable(error));
    } else {
        QVERIFY(!error.trimmed().isEmpty());
    }
}

void TestProfileStore::importMqttx()
{
    QString error;
    const std::optional<QList<MqttxConnection>> imported = Signalbox::importMqttx(QByteArray(MqttxSample), &error);
    QVERIFY2(imported, qPrintable(error));
    QVERIFY(error.isEmpty());
    const QList<ConnectionProfile> profiles = profilesOf(*imported);
    QCOMPARE(profiles.size(), 2);

    // The subscriptions come along as the connection's workspace (the one without a topic is skipped).
    const QList<WorkspaceSubscription> &subscriptions = imported->at(0).workspace.subscriptions;
    QCOMPARE(subscriptions.size(), 2);
    QCOMPARE(subscriptions.at(0).entry.filter, QStringLiteral("testtopic/#"));
    QCOMPARE(subscriptions.at(0).entry.qos, quint8(0));
    QVERIFY(subscriptions.at(0).active);
    const WorkspaceSubscription &status = subscriptions.at(1);
    QCOMPARE(status.entry.filter, QStringLiteral("devices/+/status"));
    QCOMPARE(status.entry.qos, quint8(2));
    QCOMPARE(status.color, QStringLiteral("#34C388"));
    QCOMPARE(status.alias, QStringLiteral("status"));
    QVERIFY(status.entry.noLocal);
    QVERIFY(status.entry.retainAsPublished);
    QCOMPARE(status.entry.retainHandling, quint8(2));
    QCOMPARE(status.subscriptionIdentifier, quint32(7));
    QVERIFY(!status.active); // disabled in MQTTX: paused here
    QVERIFY(imported->at(1).workspace.isEmpty());

    const ConnectionProfile &p = profiles.at(0);
    QVERIFY(!QUuid::fromString(p.id).isNull());
    QCOMPARE(p.name, QStringLiteral("EMQX over wss"));
    QCOMPARE(p.clientId, QStringLiteral("mqttx_4f0c1a2b"));
    QCOMPARE(p.scheme, TransportScheme::SecureWebSocket);
    QCOMPARE(p.host, QStringLiteral("broker.emqx.io"));
    QCOMPARE(p.port, quint16(8084));
    QCOMPARE(p.webSocketPath, QStringLiteral("/mqtt"));
    QCOMPARE(p.version, ProtocolVersion::V5);
    QCOMPARE(p.cleanStart, false);
    QCOMPARE(p.keepAlive, quint16(30));
    QCOMPARE(p.connectTimeoutMs, 12000);
    QVERIFY(p.reconnect.enabled);
    QCOMPARE(p.reconnect.initialDelayMs, 4000);
    QCOMPARE(p.username, std::optional<QString>(QStringLiteral("bob")));
    QCOMPARE(p.password, std::optional<QString>(QStringLiteral("pa55")));
    QVERIFY(p.tls.allowInsecure);
    QCOMPARE(p.tls.alpn, (QStringList{QStringLiteral("mqtt"), QStringLiteral("x-amzn-mqtt-ca")}));
    QVERIFY(p.tls.caFile.isEmpty());
    QVERIFY(p.will.enabled);
    QCOMPARE(p.will.topic, QStringLiteral("devices/bob/status"));
    QCOMPARE(p.will.payload, QByteArray("offline"));
    QCOMPARE(p.will.qos, quint8(1));
    QVERIFY(p.will.retain);
    QCOMPARE(p.will.properties.integer(PropertyId::WillDelayInterval), std::optional<quint32>(5));
    QCOMPARE(p.will.properties.integer(PropertyId::MessageExpiryInterval), std::optional<quint32>(60));
    QCOMPARE(p.will.properties.string(PropertyId::ContentType), std::optional<QString>(QStringLiteral("text/plain")));
    QCOMPARE(p.sessionExpiryInterval, std::optional<quint32>(7200));
    QCOMPARE(p.receiveMaximum, quint16(100));
    QCOMPARE(p.topicAliasMaximum, quint16(10));
    QCOMPARE(p.maximumPacketSize, quint32(0));
    QVERIFY(p.requestResponseInformation);
    QVERIFY(!p.requestProblemInformation);
    QCOMPARE(p.userProperties.size(), 3);
    QVERIFY(p.userProperties.contains(UserProperty(QStringLiteral("team"), QStringLiteral("qa"))));
    QVERIFY(p.userProperties.contains(UserProperty(QStringLiteral("tags"), QStringLiteral("b"))));
    QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(QLatin1Char(' '))));

    const ConnectionProfile &plain = profiles.at(1);
    QCOMPARE(plain.scheme, TransportScheme::Tcp);
    QCOMPARE(plain.version, ProtocolVersion::V311);
    QVERIFY(!plain.will.enabled);
    QVERIFY(!plain.sessionExpiryInterval); // 5.0 values are not carried into 3.1.1
    QVERIFY(!plain.username);
    QVERIFY(plain.validate().isEmpty());
}

void TestProfileStore::importMqttxSingleObject()
{
    QString error;
    const QByteArray one = R"({"name": "one", "host": "mqtt://10.0.0.2", "port": 1884, "ssl": true})";
    const auto imported = Signalbox::importMqttx(one, &error);
    const std::optional<QList<ConnectionProfile>> profiles = imported ? std::optional(profilesOf(*imported))
                                                                      : std::nullopt;
    QVERIFY2(profiles, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(profiles->size(), 1);
    QCOMPARE(profiles->first().host, QStringLiteral("10.0.0.2"));
    QCOMPARE(profiles->first().port, quint16(1884));
    QCOMPARE(profiles->first().scheme, TransportScheme::Tls);

    // Unlike importProfiles(), an MQTTX export without connections is an error.
    QVERIFY(!Signalbox::importMqttx("[]", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!Signalbox::importMqttx("{not json", &error));
    QVERIFY2(error.contains(QLatin1String("JSON")), qPrintable(error));
}

void TestProfileStore::importMqttxWrongTypeNamesField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::newRow("port string") << QByteArray(R"([{"name": "Kitchen", "host": "h", "port": "1883"}])")
                                 << QStringLiteral("port");
    QTest::newRow("clean number") << QByteArray(R"([{"name": "Kitchen", "host": "h", "clean": 1}])")
                                  << QStringLiteral("clean");
    QTest::newRow("port out of range") << QByteArray(R"([{"name": "Kitchen", "port": 70000}])") << QStringLiteral("port");
    QTest::newRow("will qos") << QByteArray(R"([{"name": "Kitchen", "will": {"lastWillQos": "1"}}])")
                              << QStringLiteral("lastWillQos");
    QTest::newRow("protocol") << QByteArray(R"([{"name": "Kitchen", "protocol": "quic"}])") << QStringLiteral("protocol");
    QTest::newRow("version") << QByteArray(R"([{"name": "Kitchen", "mqttVersion": "4"}])")
                             << QStringLiteral("mqttVersion");
    QTest::newRow("subscriptions object")
        << QByteArray(R"([{"name": "Kitchen", "subscriptions": {"topic": "a"}}])") << QStringLiteral("subscriptions");
    QTest::newRow("subscription qos") << QByteArray(R"([{"name": "Kitchen", "subscriptions": [{"topic": "a", "qos": 3}]}])")
                                      << QStringLiteral("qos");
    QTest::newRow("subscription rh") << QByteArray(R"([{"name": "Kitchen", "subscriptions": [{"topic": "a", "rh": "2"}]}])")
                                     << QStringLiteral("rh");
    QTest::newRow("user properties") << QByteArray(
        R"([{"name": "Kitchen", "mqttVersion": "5.0", "properties": {"userProperties": {"a": 1}}}])")
                                     << QStringLiteral("userProperties");
}

void TestProfileStore::importMqttxWrongTypeNamesField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QString error;
    QVERIFY(!Signalbox::importMqttx(json, &error));
    QVERIFY2(error.contains(QLatin1String("Kitchen")), qPrintable(error));
    QVERIFY2(error.contains(field + QLatin1Char('\'')), qPrintable(error));
}

void TestProfileStore::presetsHaveSanePorts()
{
    const QList<BrokerPreset> presets = brokerPresets();
    QVERIFY(presets.size() >= 8);
    QSet<QString> hosts;
    bool sawGone = false;
    for (const BrokerPreset &preset : presets) {
        QVERIFY2(!preset.name.isEmpty() && !preset.host.isEmpty(), qPrintable(preset.host));
        QVERIFY2(!hosts.contains(preset.host), qPrintable(preset.host));
        hosts.insert(preset.host);
        QCOMPARE(preset.tcpPort, quint16(1883));
        QList<quint16> ports;
        for (quint16 port : {preset.tcpPort, preset.tlsPort, preset.wsPort, preset.wssPort}) {
            if (port != 0) {
                QVERIFY2(!ports.contains(port), qPrintable(preset.host));
                ports.append(port);
            }
        }
        if (preset.wsPort || preset.wssPort)
            QVERIFY2(preset.webSocketPath.startsWith(QLatin1Char('/')), qPrintable(preset.host));
        sawGone = sawGone || preset.gone;
    }
    QVERIFY(sawGone);
    QVERIFY(hosts.contains(QStringLiteral("test.mosquitto.org")));
    QVERIFY(hosts.contains(QStringLiteral("broker.hivemq.com")));
    QVERIFY(hosts.contains(QStringLiteral("broker.emqx.io")));
    for (const BrokerPreset &preset : presets) {
        if (preset.host == QLatin1String("broker.hivemq.com")) {
            QCOMPARE(preset.wsPort, quint16(8000));
            QCOMPARE(preset.wssPort, quint16(8884));
            QCOMPARE(preset.webSocketPath, QStringLiteral("/mqtt"));
        }
        if (preset.host == QLatin1String("iot.eclipse.org"))
            QVERIFY(preset.gone);
    }
}

void TestProfileStore::presetProfile()
{
    const QList<BrokerPreset> presets = brokerPresets();
    for (const BrokerPreset &preset : presets) {
        for (TransportScheme scheme : {TransportScheme::Tcp, TransportScheme::Tls, TransportScheme::WebSocket,
                                       TransportScheme::SecureWebSocket}) {
            const ConnectionProfile p = Signalbox::presetProfile(preset, scheme);
            QCOMPARE(p.host, preset.host);
            QCOMPARE(p.scheme, scheme);
            QCOMPARE(p.port, preset.supports(scheme) ? preset.port(scheme) : defaultPort(scheme));
            QVERIFY2(p.validate().isEmpty(), qPrintable(p.validate().join(QLatin1Char(' '))));
        }
    }
}

void TestProfileStore::clientIdStyles()
{
    const QString random = generateClientId(ClientIdStyle::RandomWithPrefix);
    QVERIFY(random.startsWith(QLatin1String("signalbox-")));
    QCOMPARE(random.size(), MaxV31ClientIdCharacters);
    QVERIFY(random != generateClientId(ClientIdStyle::RandomWithPrefix));
    QCOMPARE(generateClientId(ClientIdStyle::RandomWithPrefix, QStringLiteral("x")).size(), 23);
    const QString longPrefix = QStringLiteral("a-rather-long-device-prefix-");
    const QString withLong = generateClientId(ClientIdStyle::RandomWithPrefix, longPrefix);
    QVERIFY(withLong.startsWith(longPrefix));
    QCOMPARE(withLong.size(), longPrefix.size() + 6);

    const QString uuid = generateClientId(ClientIdStyle::Uuid);
    QCOMPARE(uuid.size(), 36);
    QVERIFY(!QUuid::fromString(uuid).isNull());

    const QString mac = generateClientId(ClientIdStyle::MacAddress);
    QVERIFY(mac.startsWith(QLatin1String("signalbox-")));
    QVERIFY(mac.size() <= MaxV31ClientIdCharacters);
    QVERIFY(QRegularExpression(QStringLiteral("^signalbox-[0-9a-z]+$")).match(mac).hasMatch());
}

void TestProfileStore::secretStoreMemoryOnly()
{
    SecretStore store(SecretStore::Backend::MemoryOnly);
    QVERIFY(!store.isAvailable());
    QVERIFY(!store.unavailableReason().isEmpty());
    QSignalSpy loaded(&store, &SecretStore::loaded);
    QSignalSpy stored(&store, &SecretStore::stored);

    store.store(QStringLiteral("p1"), QStringLiteral("password"), QStringLiteral("s3cret"));
    QCOMPARE(stored.size(), 0); // answered later, never from inside the call
    QVERIFY(stored.wait());
    QCOMPARE(stored.first().at(2).toString(), QString());

    store.load(QStringLiteral("p1"), QStringLiteral("password"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(0).toString(), QStringLiteral("p1"));
    QCOMPARE(loaded.last().at(1).toString(), QStringLiteral("password"));
    QCOMPARE(loaded.last().at(2).toString(), QStringLiteral("s3cret"));
    QCOMPARE(loaded.last().at(3).toString(), QString());

    store.load(QStringLiteral("p1"), QStringLiteral("passphrase"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(2).toString(), QString());

    QSignalSpy removed(&store, &SecretStore::removed);
    store.remove(QStringLiteral("p1"), QStringLiteral("password"));
    QVERIFY(removed.wait());
    store.load(QStringLiteral("p1"), QStringLiteral("password"));
    QVERIFY(loaded.wait());
    QCOMPARE(loaded.last().at(2).toString(), QString());
}

void TestProfileStore::secretStoreWithoutSessionBus()
{
    const QByteArray saved = qgetenv("DBUS_SESSION_BUS_ADDRESS");
    qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    SecretStore store;
    if (!saved.isEmpty())
        qputenv("DBUS_SESSION_BUS_ADDRESS", saved);
#if defined(Q_OS_LINUX)
    QCOMPARE(store.backend(), SecretStore::Backend::MemoryOnly);
    QVERIFY(!store.isAvailable());
    QVERIFY(store.unavailableReason().contains(QLatin1String("memory")));
#endif
    QSignalSpy availability(&store, &SecretStore::availabilityChanged);
    store.setBackend(SecretStore::Backend::SystemKeychain);
    store.setBackend(SecretStore::Backend::MemoryOnly);
    QCOMPARE(availability.size(), store.isAvailable() ? 0 : 2);
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
