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

QTEST_MAIN(TestConnectionWorkspace)

#include "tst_connectionworkspace.moc"
