// A connection's workspace (its subscriptions and publish history) as saved
// between runs: everything comes back, and a damaged entry loses only itself.
#include "profiles/connectionworkspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Signalbox;

class TestConnectionWorkspace : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void damagedEntriesAreLeftOut();
    void notAWorkspace();
    void historyIsCapped();
    void savedMessagesComeBack();
    void payloadBindingsComeBack();
    void damagedSavedMessagesAreLeftOut();
};

namespace {

ConnectionWorkspace sample()
{
    ConnectionWorkspace w;
    WorkspaceSubscription plain;
    plain.entry.filter = QStringLiteral("sensors/+/temp");
    w.subscriptions << plain;
    WorkspaceSubscription full;
    full.entry = SubscribeEntry{QStringLiteral("$share/g/센서/#"), 2, true, true, 2};
    full.subscriptionIdentifier = 268'435'455;
    full.color = QStringLiteral("#1a2B3c");
    full.alias = QStringLiteral("온도");
    full.active = false;
    w.subscriptions << full;

    PublishHistoryEntry json;
    json.message.topic = QStringLiteral("lab/cmd");
    json.message.payload = "{\"on\": true}";
    json.message.qos = 1;
    json.message.retain = true;
    json.message.properties.set(PropertyId::ContentType, QStringLiteral("application/json"));
    json.message.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
    json.format = PayloadFormat::Json;
    json.payloadText = QStringLiteral("{\"on\": true}");
    PublishHistoryEntry binary;
    binary.message.topic = QStringLiteral("raw");
    binary.message.payload = QByteArray("\x00\xff\x10", 3);
    binary.format = PayloadFormat::Hex;
    binary.payloadText = QStringLiteral("00 ff 10");
    w.publishHistory << json << binary;
    w.savedMessages << SavedMessage{QStringLiteral("Lamp on"), json}
                    << SavedMessage{QStringLiteral("원시 바이트"), binary};
    return w;
}

} // namespace

void TestConnectionWorkspace::roundTrip()
{
    const ConnectionWorkspace w = sample();
    // through the file's text, as ProfileStore writes it
    const QByteArray text = QJsonDocument(w.toJson()).toJson();
    QString error = QStringLiteral("stale");
    const auto back = ConnectionWorkspace::fromJson(QJsonDocument::fromJson(text).object(), &error);
    QVERIFY(back);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(*back, w);
    QVERIFY(!back->isEmpty());
    QVERIFY(ConnectionWorkspace().isEmpty());
    QCOMPARE(*ConnectionWorkspace::fromJson(QJsonObject()), ConnectionWorkspace());
}

void TestConnectionWorkspace::damagedEntriesAreLeftOut()
{
    QJsonObject json = sample().toJson();
    QJsonArray subs = json.value(QLatin1String("subscriptions")).toArray();
    QJsonObject badFilter = subs.at(0).toObject();
    badFilter.insert(QLatin1String("filter"), QStringLiteral("a/#/b"));
    QJsonObject badColor = subs.at(0).toObject();
    badColor.insert(QLatin1String("color"), QStringLiteral("red"));
    QJsonObject badQos = subs.at(0).toObject();
    badQos.insert(QLatin1String("qos"), 3);
    subs.append(badFilter);
    subs.append(badColor);
    subs.append(badQos);
    subs.append(QStringLiteral("not an object"));
    json.insert(QLatin1String("subscriptions"), subs);
    QJsonArray history = json.value(QLatin1String("publishHistory")).toArray();
    QJsonObject badPayload = history.at(0).toObject();
    badPayload.insert(QLatin1String("payload"), QStringLiteral("!!not base64!!"));
    QJsonObject badProperties = history.at(0).toObject();
    badProperties.insert(QLatin1String("properties"), QJsonObject{{QStringLiteral("noSuchProperty"), 1}});
    history.prepend(badPayload);
    history.append(badProperties);
    json.insert(QLatin1String("publishHistory"), history);

    QString error;
    const auto back = ConnectionWorkspace::fromJson(json, &error);
    QVERIFY(back);
    QCOMPARE(*back, sample()); // the good ones, in their order
    for (const char *named : {"Saved subscription 3 ", "Saved subscription 4 ", "Saved subscription 5 ",
                              "Saved subscription 6 ", "Saved message 1 ", "Saved message 4 "})
        QVERIFY2(error.contains(QLatin1String(named)), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("Saved subscription 1 ")));
}

void TestConnectionWorkspace::notAWorkspace()
{
    QString error;
    QVERIFY(!ConnectionWorkspace::fromJson(QJsonObject{{QStringLiteral("subscriptions"), 5}}, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!ConnectionWorkspace::fromJson(QJsonObject{{QStringLiteral("publishHistory"), QStringLiteral("x")}}));
}

void TestConnectionWorkspace::historyIsCapped()
{
    ConnectionWorkspace w;
    for (int i = 0; i < ConnectionWorkspace::MaxHistory + 10; ++i) {
        PublishHistoryEntry h;
        h.message.topic = QStringLiteral("t/%1").arg(i);
        w.publishHistory << h;
    }
    const auto back = ConnectionWorkspace::fromJson(w.toJson());
    QVERIFY(back);
    QCOMPARE(back->publishHistory.size(), ConnectionWorkspace::MaxHistory);
    QCOMPARE(back->publishHistory.first().message.topic, QStringLiteral("t/0")); // newest first: the oldest go
}

void TestConnectionWorkspace::savedMessagesComeBack()
{
    ConnectionWorkspace w;
    QVERIFY(w.isEmpty());
    PublishHistoryEntry v5;
    v5.message.topic = QStringLiteral("req/lamp");
    v5.message.payload = "on";
    v5.message.qos = 2;
    v5.message.properties.set(PropertyId::ResponseTopic, QStringLiteral("resp/lamp"));
    v5.message.properties.set(PropertyId::MessageExpiryInterval, 60u);
    v5.payloadText = QStringLiteral("on");
    w.savedMessages << SavedMessage{QStringLiteral("Lamp"), v5};
    QVERIFY(!w.isEmpty()); // saved messages alone are worth keeping
    const auto back = ConnectionWorkspace::fromJson(QJsonDocument::fromJson(QJsonDocument(w.toJson()).toJson()).object());
    QVERIFY(back);
    QCOMPARE(back->savedMessages, w.savedMessages);
    // A workspace from before saved messages existed has none.
    QJsonObject old = w.toJson();
    old.remove(QLatin1String("savedMessages"));
    QVERIFY(ConnectionWorkspace::fromJson(old)->savedMessages.isEmpty());
}

void TestConnectionWorkspace::payloadBindingsComeBack()
{
    ConnectionWorkspace w;
    PayloadBinding proto;
    proto.filter = QStringLiteral("plant/+/reading");
    proto.file = QStringLiteral("/home/me/reading.proto");
    proto.messageType = QStringLiteral("plant.Reading");
    proto.importPaths = {QStringLiteral("/home/me/include")};
    PayloadBinding script;
    script.kind = PayloadBinding::Kind::Script;
    script.filter = QStringLiteral("#");
    script.script = QStringLiteral("function receive(p) { return p.t * 9 / 5 + 32; }");
    script.enabled = false;
    w.payloadBindings << proto << script;
    QVERIFY(!w.isEmpty()); // bindings alone are worth keeping
    QVERIFY(!proto.validate());
    const auto back = ConnectionWorkspace::fromJson(QJsonDocument::fromJson(QJsonDocument(w.toJson()).toJson()).object());
    QVERIFY(back);
    QCOMPARE(back->payloadBindings, w.payloadBindings);

    // One damaged binding loses only itself, and says which.
    QJsonObject json = w.toJson();
    QJsonArray bindings = json.value(QLatin1String("payloadBindings")).toArray();
    QJsonObject unknownKind = bindings.at(0).toObject();
    unknownKind.insert(QLatin1String("kind"), QStringLiteral("thrift"));
    bindings.prepend(unknownKind);
    json.insert(QLatin1String("payloadBindings"), bindings);
    QString error;
    const auto damaged = ConnectionWorkspace::fromJson(json, &error);
    QVERIFY(damaged);
    QCOMPARE(damaged->payloadBindings, w.payloadBindings);
    QVERIFY2(error.contains(QLatin1String("Payload decoder 1")), qPrintable(error));

    // What validate() asks for.
    PayloadBinding incomplete;
    incomplete.filter = QStringLiteral("a/#/b");
    QVERIFY(incomplete.validate()->contains(QLatin1String("not valid")));
    incomplete.filter = QStringLiteral("a/#");
    QVERIFY(incomplete.validate()->contains(QLatin1String(".proto")));
    incomplete.file = QStringLiteral("x.proto");
    QVERIFY(incomplete.validate()->contains(QLatin1String("message type")));
}

void TestConnectionWorkspace::damagedSavedMessagesAreLeftOut()
{
    QJsonObject json = sample().toJson();
    QJsonArray saved = json.value(QLatin1String("savedMessages")).toArray();
    QJsonObject nameless = saved.at(0).toObject();
    nameless.remove(QLatin1String("name"));
    QJsonObject twice = saved.at(1).toObject(); // the name of the one before
    twice.insert(QLatin1String("topic"), QStringLiteral("other"));
    QJsonObject badQos = saved.at(0).toObject();
    badQos.insert(QLatin1String("name"), QStringLiteral("bad QoS"));
    badQos.insert(QLatin1String("qos"), 7);
    saved.prepend(nameless);
    saved.append(twice);
    saved.append(badQos);
    json.insert(QLatin1String("savedMessages"), saved);

    QString error;
    const auto back = ConnectionWorkspace::fromJson(json, &error);
    QVERIFY(back);
    QCOMPARE(*back, sample());
    for (const char *named :
         {"Entry 1 of the saved messages", "Entry 4 of the saved messages", "Entry 5 of the saved messages"})
        QVERIFY2(error.contains(QLatin1String(named)), qPrintable(error));
    QVERIFY(!error.contains(QLatin1String("Entry 2 ")));

    json.insert(QLatin1String("savedMessages"), QStringLiteral("not a list"));
    QVERIFY(!ConnectionWorkspace::fromJson(json, &error));
    QVERIFY(!error.isEmpty());
}

QTEST_MAIN(TestConnectionWorkspace)

#include "tst_connectionworkspace.moc"
