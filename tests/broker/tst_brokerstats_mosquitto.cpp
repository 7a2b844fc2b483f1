// BrokerStats fed by a real mosquitto (sys_interval 1) through MqttClient.
#include "models/brokerstats.h"
#include "mosquittobroker.h"
#include "client/mqttclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;
using Signalbox::Test::MosquittoBroker;

class TestBrokerStatsMosquitto : public QObject
{
    Q_OBJECT

private slots:
    void sysTreeFromMosquitto()
    {
        MosquittoBroker::Options options;
        options.tls = false;
        options.websockets = false;
        MosquittoBroker broker(options);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        ConnectionProfile profile;
        profile.host = broker.host();
        profile.port = broker.plainPort();
        MqttClient client(profile);
        BrokerStats stats;
        connect(&client, &MqttClient::messagesReceived, &stats, &BrokerStats::addMessages);
        QSignalSpy connected(&client, &MqttClient::connected);
        client.connectToBroker();
        QVERIFY(connected.wait(10000));
        QSignalSpy subscribed(&client, &MqttClient::subscribed);
        QVERIFY(client.subscribe(QStringLiteral("$SYS/#"), 0));
        QVERIFY(subscribed.wait(10000));

        QTRY_VERIFY_WITH_TIMEOUT(stats.version().startsWith(QLatin1String("mosquitto version")), 10000);
        QCOMPARE(stats.brokerKind(), BrokerStats::BrokerKind::Mosquitto);
        QTRY_VERIFY_WITH_TIMEOUT(stats.current(QStringLiteral("clients/connected")).value_or(0) >= 1, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(stats.uptimeSeconds() >= 0, 10000);
        // our own $SYS deliveries make messages/sent grow every interval
        QTRY_VERIFY_WITH_TIMEOUT(stats.current(QStringLiteral("rate/messages/sent")).has_value(), 15000);
        QVERIFY(*stats.current(QStringLiteral("rate/messages/sent")) >= 0);
        QVERIFY(stats.series(QStringLiteral("messages/sent")).size() >= 2);
        client.disconnectFromBroker();
    }
};

QTEST_GUILESS_MAIN(TestBrokerStatsMosquitto)
#include "tst_brokerstats_mosquitto.moc"
