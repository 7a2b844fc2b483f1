// The Signalbox window driven as a person would use it, against a real
// mosquitto: make a connection, subscribe with a wildcard, publish, see the
// message in the log with its subscription's colour, open it as JSON, see the
// delivery acknowledged, and survive the broker going away.
#include "brokerdashboard.h"
#include "models/brokerstats.h"
#include "connectionpage.h"
#include "connectionsidebar.h"
#include "decoders/sparkplug.h"
#include "models/messagelogmodel.h"
#include "models/packetlogmodel.h"
#include "messagelogview.h"
#include "mainwindow.h"
#include "mosquittobroker.h"
#include "payloadviewer.h"
#include "profiles/payloadbinding.h"
#include "profiles/profilestore.h"
#include "retainedmanager.h"
#include "publishpanel.h"
#include "profiles/secretstore.h"
#include "sparkplugview.h"
#include "models/sparkplughostmodel.h"
#include "subscriptionpanel.h"
#include "models/topicchartdata.h"
#include "topicchartview.h"
#include "models/topictreemodel.h"
#include "topictreeview.h"
#include "welcomepage.h"
#include "models/trafficprofilemodel.h"

#include <QApplication>
#include <QCheckBox>
#include <QProcess>
#include <QClipboard>
#include <QHeaderView>
#include <QLineEdit>
#include <QMenuBar>
#include <QTreeView>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Signalbox;
using Signalbox::Test::MosquittoBroker;

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<MosquittoBroker> m_broker;
    QTemporaryDir m_dir;

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_broker = std::make_unique<MosquittoBroker>();
        QVERIFY2(m_broker->start(), qPrintable(m_broker->errorString()));
    }

    void everydayWork()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));

        ConnectionProfile p;
        p.name = QStringLiteral("Local mosquitto");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        p.version = ProtocolVersion::V5;
        const QString id = window.ensureProfile(p);
        QCOMPARE(window.ensureProfile(p), id); // not added twice
        ConnectionPage *page = window.openProfile(id);
        QVERIFY(page);
        QCOMPARE(window.currentPage(), page);

        // The Subscribe shortcut puts the cursor in the filter field.
        SubscriptionPanel *subs = page->subscriptionPanel();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        QTRY_COMPARE(QApplication::focusWidget(), subs->findChild<QWidget *>(QStringLiteral("filterEdit")));

        // An invalid filter is refused with its reason; a wildcard one is added.
        subs->setDraftFilter(QStringLiteral("sensors/#/temp"));
        QVERIFY(!subs->errorText().isEmpty());
        subs->submitDraft();
        QVERIFY(subs->items().isEmpty());
        subs->setDraftFilter(QStringLiteral("sensors/+/temp"));
        QVERIFY(subs->errorText().isEmpty());
        subs->submitDraft();
        QCOMPARE(subs->items().size(), 1);
        const QColor color = subs->colorFor(QStringLiteral("sensors/+/temp"));
        QVERIFY(color.isValid());

        // Connect with the button, as a person would.
        auto *button = page->findChild<QPushButton *>(QStringLiteral("connectButton"));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->stateText(id), QStringLiteral("connected"), 5000);

        // Publish JSON from the publish panel.
        PublishPanel *pub = page->publishPanel();
        pub->setTopic(QStringLiteral("sensors/kitchen/temp"));
        pub->setPayloadText(QStringLiteral("{\"celsius\": 21.50, \"id\": \"k1\"}"));
        pub->setQos(1);
        QVERIFY2(pub->errorText().isEmpty(), qPrintable(pub->errorText()));
        pub->send();

        MessageLogModel *log = page->logModel();
        // One sent row, one received row (we are subscribed to what we publish).
        QTRY_COMPARE_WITH_TIMEOUT(log->totalCount(), 2, 10000);
        int receivedRow = -1, sentRow = -1;
        for (int row = 0; row < log->rowCount(); ++row) {
            const LogEntry &e = log->entry(row);
            (e.direction == LogEntry::Direction::Received ? receivedRow : sentRow) = row;
        }
        QVERIFY(receivedRow >= 0 && sentRow >= 0);
        QCOMPARE(log->entry(receivedRow).message.topic, QStringLiteral("sensors/kitchen/temp"));
        QCOMPARE(log->index(receivedRow, 0).data(MessageLogModel::SubscriptionColorRole).value<QColor>(), color);
        QTRY_COMPARE_WITH_TIMEOUT(int(log->entry(sentRow).delivery), int(Delivery::State::Acknowledged), 10000);
        QVERIFY(log->entry(sentRow).roundTripUs >= 0);

        // The packet inspector, never opened, recorded the PUBLISH both ways and its PUBACK.
        PacketLogModel *packets = page->session()->packetModel();
        const auto recorded = [packets](bool outgoing, auto type) {
            packets->flush();
            for (int row = 0; row < packets->rowCount(); ++row) {
                const PacketRecord &r = packets->record(row);
                if (r.outgoing == outgoing && std::holds_alternative<decltype(type)>(r.packet))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(recorded(true, PublishPacket{}));
        QTRY_VERIFY(recorded(false, PublishPacket{}));
        QTRY_VERIFY(recorded(false, AckPacket{}));

        // Selecting the message shows it as pretty JSON, keys and numbers as sent.
        page->logView()->selectRow(receivedRow);
        QTRY_COMPARE(page->payloadViewer()->payload(), log->entry(receivedRow).message.payload);
        QCOMPARE(page->payloadViewer()->renderedFormat(), PayloadFormat::Json);
        const QString shown = page->payloadViewer()->shownText();
        QVERIFY2(shown.contains(QStringLiteral("\"celsius\": 21.50")), qPrintable(shown));
        QVERIFY(shown.indexOf(QStringLiteral("celsius")) < shown.indexOf(QStringLiteral("\"id\"")));

        // The topic tree has the topic; the broker dashboard fills once $SYS/# is subscribed from it.
        QTRY_VERIFY_WITH_TIMEOUT(page->topicModel()->indexForTopic(QStringLiteral("sensors/kitchen/temp")).isValid(),
                                 5000);
        QVERIFY(page->brokerStats()->version().isEmpty());
        emit page->brokerDashboard()->subscribeSysRequested();
        QTRY_VERIFY_WITH_TIMEOUT(page->brokerStats()->version().startsWith(QStringLiteral("mosquitto version")), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->topicModel()->indexForTopic(QStringLiteral("$SYS/broker/version")).isValid(),
                                 5000);

        // The broker goes away: the page says so in words, the sidebar marks it.
        m_broker->kill();
        QTRY_VERIFY_WITH_TIMEOUT(!page->errorText().isEmpty(), 10000);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Disconnected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->stateText(id), QStringLiteral("error"), 5000);
        QVERIFY(m_broker->restart());

        // And it connects again from the same button.
        QTest::mouseClick(button, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(page->errorText().isEmpty(), 5000);
    }

    // The publish panel with payload bindings: it says what happens between Send
    // and the wire; a script's publish() shapes the message and the bound Protobuf
    // message encodes it (read back by protoc, not by us); a script error is shown
    // under the payload and nothing is sent.
    void publishThroughScriptAndSchema()
    {
        QFile proto(m_dir.filePath(QStringLiteral("cmd.proto")));
        QVERIFY(proto.open(QIODevice::WriteOnly));
        proto.write("syntax = \"proto3\";\npackage plant;\nmessage Setpoint { string name = 1; double value = 2; }\n");
        proto.close();
        ProfileStore profiles(m_dir.filePath(QStringLiteral("pipeline.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionProfile p;
        p.name = QStringLiteral("Pipeline");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        p.version = ProtocolVersion::V5;
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        QVERIFY(page);
        PayloadBinding script;
        script.kind = PayloadBinding::Kind::Script;
        script.filter = QStringLiteral("cmd/#");
        script.script = QStringLiteral("function publish(p, topic) {\n"
                                       "  if (p.fail) throw new Error('refused ' + topic);\n"
                                       "  return { name: 'oven', value: p.x * 2 };\n}");
        PayloadBinding setpoint;
        setpoint.kind = PayloadBinding::Kind::Protobuf;
        setpoint.filter = QStringLiteral("cmd/pb/#");
        setpoint.file = proto.fileName();
        setpoint.messageType = QStringLiteral("plant.Setpoint");
        page->session()->setPayloadBindings({script, setpoint});
        SubscriptionPanel *subs = page->subscriptionPanel();
        subs->setDraftFilter(QStringLiteral("cmd/#"));
        subs->submitDraft();
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);

        PublishPanel *pub = page->publishPanel();
        auto *encode = pub->findChild<QCheckBox *>(QStringLiteral("encodeCheck"));
        auto *note = pub->findChild<QLabel *>(QStringLiteral("scriptNote"));
        QVERIFY(encode && note);
        pub->setTopic(QStringLiteral("plain/x"));
        QVERIFY(encode->isHidden());
        QVERIFY(note->isHidden());
        pub->setTopic(QStringLiteral("cmd/pb/1"));
        QVERIFY(encode->isVisible());
        QCOMPARE(encode->text(), QStringLiteral("Encode the JSON as Protobuf plant.Setpoint"));
        QVERIFY(encode->isChecked());
        QVERIFY(note->isVisible());
        QVERIFY2(note->text().contains(QLatin1String("script for cmd/#")), qPrintable(note->text()));

        pub->setPayloadText(QStringLiteral("{\"x\": 2.25}"));
        pub->setQos(1);
        pub->send();
        MessageLogModel *log = page->logModel();
        QByteArray received;
        QTRY_VERIFY_WITH_TIMEOUT(([&] {
                                     log->flush();
                                     for (int row = 0; row < log->rowCount(); ++row) {
                                         if (log->entry(row).direction == LogEntry::Direction::Received)
                                             received = log->entry(row).message.payload;
                                     }
                                     return !received.isEmpty();
                                 }()),
                                 10000);
        QProcess protoc;
        protoc.start(QStringLiteral("protoc"), {QStringLiteral("--decode=plant.Setpoint"),
                                                QStringLiteral("--proto_path=") + m_dir.path(), proto.fileName()});
        QVERIFY(protoc.waitForStarted());
        protoc.write(received);
        protoc.closeWriteChannel();
        QVERIFY(protoc.waitForFinished());
        QCOMPARE(protoc.readAllStandardOutput(), QByteArray("name: \"oven\"\nvalue: 4.5\n"));

        // Unchecked, the script's JSON goes out as it is.
        encode->setChecked(false);
        pub->send();
        QTRY_VERIFY_WITH_TIMEOUT((log->flush(), log->totalCount() == 4), 10000);
        QCOMPARE(log->entry(log->rowCount() - 1).message.payload, QByteArray(R"({"name":"oven","value":4.5})"));

        // A script that throws: the panel says why, with the line; nothing is sent.
        auto *error = pub->findChild<QLabel *>(QStringLiteral("payloadError"));
        pub->setTopic(QStringLiteral("cmd/fail"));
        pub->setPayloadText(QStringLiteral("{\"fail\": true}"));
        pub->send();
        QTRY_VERIFY(error->isVisible());
        QVERIFY2(error->text().contains(QLatin1String("refused cmd/fail")), qPrintable(error->text()));
        QVERIFY2(error->text().contains(QLatin1String("line 2")), qPrintable(error->text()));
        QTest::qWait(300);
        log->flush();
        QCOMPARE(log->totalCount(), 4);
    }

    // Several connections at once, each with its own page and state.
    void severalConnections()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("several.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        QStringList ids;
        for (const auto &[name, port] : {std::pair{QStringLiteral("plain"), m_broker->plainPort()},
                                         std::pair{QStringLiteral("websocket"), m_broker->wsPort()}}) {
            ConnectionProfile p;
            p.name = name;
            p.host = m_broker->host();
            p.port = port;
            p.scheme = name == QLatin1String("websocket") ? TransportScheme::WebSocket : TransportScheme::Tcp;
            ids.append(window.ensureProfile(p));
        }
        ConnectionPage *first = window.openProfile(ids.at(0));
        ConnectionPage *second = window.openProfile(ids.at(1));
        QVERIFY(first && second && first != second);
        QCOMPARE(window.currentPage(), second);
        first->connectToBroker();
        second->connectToBroker();
        QTRY_COMPARE_WITH_TIMEOUT(first->client()->state(), MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(second->client()->state(), MqttClient::State::Connected, 10000);
        QCOMPARE(window.sidebar()->stateText(ids.at(0)), QStringLiteral("connected"));
        QCOMPARE(window.sidebar()->stateText(ids.at(1)), QStringLiteral("connected"));
        QCOMPARE(window.openProfile(ids.at(0)), first); // the page is kept, not made again
        window.setLogCapacity(5000);
        QCOMPARE(first->logModel()->capacity(), 5000);
        QCOMPARE(second->logModel()->capacity(), 5000);
        window.setLogCapacity(1'000'000);
        second->disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(window.sidebar()->stateText(ids.at(1)), QStringLiteral("off"), 10000);
        QCOMPARE(first->client()->state(), MqttClient::State::Connected);
    }

    // The views beside the log, on one connection: the tree's payload in the
    // page's pane, Plot from the tree into Charts, the traffic profile, the
    // retained messages, a publish queued while disconnected, and the history
    // shown again by a new page after a "restart".
    void viewsOfAConnection()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("views");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        p.version = ProtocolVersion::V5;
        p.clientId = QStringLiteral("views-history-1");
        p.keepHistory = true;
        p.historyLimitMb = 10;
        auto page = std::make_unique<ConnectionPage>(p);
        page->resize(1400, 900);
        page->show();
        SubscriptionItem item;
        item.entry.filter = QStringLiteral("plant/#");
        item.entry.qos = 1;
        page->subscriptionPanel()->addItem(item);
        int subscribed = 0; // counted in this thread (a QSignalSpy would count in the client's)
        connect(page->client()->events(), &MqttClient::subscribed, this, [&] { ++subscribed; });
        page->connectToBroker();
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed, 1, 5000);

        MqttClient publisher([&] {
            ConnectionProfile q;
            q.host = m_broker->host();
            q.port = m_broker->plainPort();
            return q;
        }());
        QSignalSpy up(&publisher, &MqttClient::connected);
        publisher.connectToBroker();
        QVERIFY(up.wait(10000));
        publisher.publish({QStringLiteral("plant/name"), "Line 3", 1, true, {}});
        for (int i = 0; i < 3; ++i) {
            publisher.publish(
                {QStringLiteral("plant/a/temp"), QByteArray("{\"t\": ") + QByteArray::number(20 + i) + '}', 1, false, {}});
            publisher.publish({QStringLiteral("plant/b/temp"), QByteArray::number(30 + i), 1, false, {}});
        }
        QTRY_COMPARE_WITH_TIMEOUT(page->logModel()->totalCount(), 7, 10000);

        // Topics: the selected node's last payload goes to the page's Payload pane.
        page->showView(ConnectionPage::View::Topics);
        TopicTreeView *tree = page->topicView();
        QTRY_VERIFY_WITH_TIMEOUT(tree->selectTopic(QStringLiteral("plant/b/temp")), 5000);
        QTRY_COMPARE(page->payloadViewer()->payload(), QByteArray("32"));
        QVERIFY(!tree->payloadViewer()->isVisibleTo(tree)); // one payload pane, the page's
        // Plot: Charts opens with the topic's numbers, those in the log at once.
        QVERIFY(tree->plotButton()->isEnabled());
        QTest::mouseClick(tree->plotButton(), Qt::LeftButton);
        QCOMPARE(page->currentView(), ConnectionPage::View::Charts);
        QCOMPARE(page->chartData()->seriesCount(), 1);
        QCOMPARE(page->chartView()->shownPointCount(0), 3);
        publisher.publish({QStringLiteral("plant/b/temp"), "40", 1, false, {}});
        publisher.publish({QStringLiteral("plant/b/temp"), "41.5", 1, false, {}});
        QTRY_COMPARE_WITH_TIMEOUT(page->chartView()->shownPointCount(0), 5, 5000);
        QCOMPARE(page->chartView()->shownPoints(0).constLast().y(), 41.5);

        // Traffic: "plant/#" at depth 1, with everything that arrived.
        page->showView(ConnectionPage::View::Traffic);
        page->trafficModel()->tick();
        const int row = page->trafficModel()->rowForKey(QStringLiteral("plant/#"));
        QVERIFY(row >= 0);
        QCOMPARE(page->trafficModel()
                     ->index(row, TrafficProfileModel::MessagesColumn)
                     .data(TrafficProfileModel::ValueRole)
                     .toLongLong(),
                 9);

        // Retained: a scan under "plant/#" finds the one retained message.
        page->showView(ConnectionPage::View::Retained);
        RetainedManager *retained = page->retainedManager();
        retained->setFilter(QStringLiteral("plant/#"));
        QVERIFY(retained->startScan());
        QTRY_COMPARE_WITH_TIMEOUT(retained->topics(), QStringList{QStringLiteral("plant/name")}, 10000);
        // Its row's payload shows in the page's Payload pane, the only one.
        QVERIFY(!retained->payloadViewer()->isVisibleTo(retained));
        retained->tableView()->setCurrentIndex(retained->tableView()->model()->index(0, 1));
        QCOMPARE(page->payloadViewer()->payload(), QByteArray("Line 3"));
        page->showView(ConnectionPage::View::Charts); // no selection there: the pane keeps what it showed
        page->payloadViewer()->setPayload({});
        page->showView(ConnectionPage::View::Retained);
        QCOMPARE(page->payloadViewer()->payload(), QByteArray("Line 3"));
        // A log row chosen meanwhile shows when the log does, not over the retained row.
        int otherRow = 0;
        while (otherRow < page->logModel()->rowCount() && page->logModel()->entry(otherRow).message.payload == "Line 3")
            ++otherRow;
        QVERIFY(otherRow < page->logModel()->rowCount());
        page->logView()->selectRow(otherRow);
        QCOMPARE(page->payloadViewer()->payload(), QByteArray("Line 3"));
        page->showView(ConnectionPage::View::Messages);
        QCOMPARE(page->payloadViewer()->payload(), page->logModel()->entry(otherRow).message.payload);
        page->showView(ConnectionPage::View::Retained);

        // Publishing while disconnected: queued, counted in the header, sent on reconnect.
        page->disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Disconnected, 10000);
        page->showView(ConnectionPage::View::Messages);
        PublishPanel *pub = page->publishPanel();
        pub->setTopic(QStringLiteral("plant/queued"));
        pub->setPayloadText(QStringLiteral("later"));
        pub->setQos(1);
        pub->send();
        QTRY_VERIFY_WITH_TIMEOUT(page->queueText().contains(QStringLiteral("1 message")), 5000);
        page->connectToBroker();
        QTRY_VERIFY_WITH_TIMEOUT(page->queueText().isEmpty(), 10000);
        // 9 so far, the retained one again (a clean start subscribes anew), the sent row and its echo
        QTRY_COMPARE_WITH_TIMEOUT(page->logModel()->totalCount(), 12, 10000);
        page->disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Disconnected, 10000);

        // A new page for the same profile shows the received messages again.
        page.reset();
        ConnectionPage again(p);
        QTRY_COMPARE_WITH_TIMEOUT(again.logModel()->totalCount(), 11, 5000); // what was received
        bool sawQueued = false;
        for (int r = 0; r < again.logModel()->rowCount(); ++r)
            sawQueued |= again.logModel()->entry(r).message.payload == "later";
        QVERIFY(sawQueued);
        QVERIFY(again.topicModel()->indexForTopic(QStringLiteral("plant/a/temp")).isValid()
                || (again.topicModel()->flush(),
                    again.topicModel()->indexForTopic(QStringLiteral("plant/a/temp")).isValid()));
    }

    // Plot on a Sparkplug B device's metric: Charts opens with a series for the
    // metric's field of its DDATA topic, with the values sent by alias after the
    // DBIRTH, those already received and those to come; a name with '/' or '.'
    // in it is plotted as it is.
    void sparkplugPlot()
    {
        ConnectionProfile p;
        p.name = QStringLiteral("sparkplug");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        p.version = ProtocolVersion::V5;
        ConnectionPage page(p);
        page.resize(1400, 900);
        page.show();
        SubscriptionItem item;
        item.entry.filter = QStringLiteral("spBv1.0/#");
        item.entry.qos = 1;
        page.subscriptionPanel()->addItem(item);
        int subscribed = 0; // counted in this thread (a QSignalSpy would count in the client's)
        connect(page.client()->events(), &MqttClient::subscribed, this, [&] { ++subscribed; });
        page.connectToBroker();
        QTRY_COMPARE_WITH_TIMEOUT(page.client()->state(), MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed, 1, 5000);

        MqttClient edge([&] {
            ConnectionProfile q;
            q.host = m_broker->host();
            q.port = m_broker->plainPort();
            return q;
        }());
        QSignalSpy up(&edge, &MqttClient::connected);
        edge.connectToBroker();
        QVERIFY(up.wait(10000));
        const auto send = [&edge](const QString &topic, const QByteArray &json) {
            const std::optional<QByteArray> bytes = encodeSparkplugFromJson(json);
            QVERIFY2(bytes, json.constData());
            edge.publish({topic, *bytes, 1, false, {}});
        };
        const QString ddata = QStringLiteral("spBv1.0/plant/DDATA/press/pump");
        send(QStringLiteral("spBv1.0/plant/NBIRTH/press"),
             R"({"seq":0,"metrics":[{"name":"bdSeq","datatype":"UInt64","value":0}]})");
        send(QStringLiteral("spBv1.0/plant/DBIRTH/press/pump"),
             R"({"seq":1,"metrics":[{"name":"Motor/RPM","alias":7,"datatype":"Double","value":900},)"
             R"({"name":"Line.Speed","alias":8,"datatype":"Float","value":1.5},)"
             R"({"name":"Mode","alias":9,"datatype":"String","value":"auto"}]})");
        send(ddata, R"({"seq":2,"metrics":[{"alias":7,"value":950.5}]})");
        SparkplugHostModel *model = page.session()->sparkplugModel();
        const auto metric = [model](const QString &name) {
            return model->findIndex(QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("pump"), name);
        };
        QTRY_COMPARE_WITH_TIMEOUT(metric(QStringLiteral("Motor/RPM")).data(SparkplugHostModel::ValueRole),
                                  QVariant(950.5), 5000);

        page.showView(ConnectionPage::View::Sparkplug);
        SparkplugView *view = page.sparkplugView();
        view->setCurrentIndex(metric(QStringLiteral("Mode")));
        QVERIFY(!view->plotButton()->isEnabled()); // text
        view->setCurrentIndex(metric(QStringLiteral("Motor/RPM")));
        QVERIFY(view->plotButton()->isEnabled());
        QTest::mouseClick(view->plotButton(), Qt::LeftButton);
        QCOMPARE(page.currentView(), ConnectionPage::View::Charts);
        QCOMPARE(page.chartData()->seriesCount(), 1);
        QCOMPARE(page.chartData()->series().at(0).filter, ddata);
        QCOMPARE(page.chartData()->series().at(0).jsonPath, QStringLiteral("Motor/RPM"));
        QCOMPARE(page.chartView()->shownPointCount(0), 1); // the DDATA so far, by alias
        QCOMPARE(page.chartView()->shownPoints(0).constLast().y(), 950.5);

        send(ddata, R"({"seq":3,"metrics":[{"alias":7,"value":1000.25},{"alias":8,"value":2.5}]})");
        QTRY_COMPARE_WITH_TIMEOUT(page.chartView()->shownPointCount(0), 2, 5000);
        QCOMPARE(page.chartView()->shownPoints(0).constLast().y(), 1000.25);

        // A name a JSON path would split at its dot.
        page.showView(ConnectionPage::View::Sparkplug);
        view->setCurrentIndex(metric(QStringLiteral("Line.Speed")));
        QTest::mouseClick(view->plotButton(), Qt::LeftButton);
        QCOMPARE(page.currentView(), ConnectionPage::View::Charts);
        QCOMPARE(page.chartData()->seriesCount(), 2);
        QCOMPARE(page.chartData()->series().at(1).filter, ddata);
        QCOMPARE(page.chartView()->shownPointCount(1), 1);
        QCOMPARE(page.chartView()->shownPoints(1).constLast().y(), 2.5);
        send(ddata, R"({"seq":4,"metrics":[{"alias":8,"value":3.25}]})");
        QTRY_COMPARE_WITH_TIMEOUT(page.chartView()->shownPointCount(1), 2, 5000);
        QCOMPARE(page.chartView()->shownPoints(1).constLast().y(), 3.25);
        QCOMPARE(page.chartView()->shownPointCount(0), 2); // RPM was not in that one

        page.disconnectFromBroker();
        QTRY_COMPARE_WITH_TIMEOUT(page.client()->state(), MqttClient::State::Disconnected, 10000);
    }

    // A log that cannot spill its payloads to disk says so in its page's
    // header and keeps every message.
    void spillFailureShown()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("profiles-spill.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        ConnectionProfile p;
        p.name = QStringLiteral("Spill");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        QVERIFY(page);
        auto *label = page->findChild<QLabel *>(QStringLiteral("spillLabel"));
        QVERIFY(label);
        QVERIFY(!label->isVisible());

        MessageLogModel *log = page->logModel();
        log->payloads().setSpillDirectory(m_dir.filePath(QStringLiteral("no/such/dir")));
        log->payloads().setResidentLimit(0);
        QList<Message> batch;
        for (int i = 0; i < 1000; ++i) {
            Message m;
            m.topic = QStringLiteral("spill/test");
            m.payload = QByteArray(200, char('a' + i % 26));
            batch.append(m);
        }
        log->appendReceived(batch);
        log->flush();
        QTRY_VERIFY(label->isVisible());
        QVERIFY(label->toolTip().contains(QStringLiteral("no/such/dir")));
        QCOMPARE(log->totalCount(), 1000);
        QCOMPARE(log->entry(0).message.payload, batch.at(0).payload);
    }

    // A connection's subscriptions (colour, paused or not), publish history and
    // saved messages come back after a restart, and the active ones are subscribed again.
    void workspaceComesBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("workspace.json"));
        QString id;
        QColor color;
        {
            ProfileStore profiles(path);
            SecretStore secrets;
            secrets.setBackend(SecretStore::Backend::MemoryOnly);
            MainWindow window(&profiles, &secrets);
            window.show();
            ConnectionProfile p;
            p.name = QStringLiteral("Kept");
            p.host = m_broker->host();
            p.port = m_broker->plainPort();
            p.version = ProtocolVersion::V5;
            id = window.ensureProfile(p);
            ConnectionPage *page = window.openProfile(id);
            SubscriptionPanel *subs = page->subscriptionPanel();
            for (const QString &filter : {QStringLiteral("sensors/+/temp"), QStringLiteral("alerts/#")}) {
                subs->setDraftFilter(filter);
                subs->submitDraft();
            }
            subs->setActive(QStringLiteral("alerts/#"), false);
            color = subs->colorFor(QStringLiteral("sensors/+/temp"));
            PublishPanel *pub = page->publishPanel();
            pub->setTopic(QStringLiteral("lab/cmd"));
            pub->setPayloadText(QStringLiteral("on"));
            pub->send();
            pub->setTopic(QStringLiteral("lab/lamp"));
            pub->setPayloadFormat(PayloadFormat::Json);
            pub->setPayloadText(QStringLiteral("{\"on\": true}"));
            pub->setQos(1);
            QVERIFY(pub->saveMessage(QStringLiteral("Lamp on")));
            QVERIFY(window.close());
        }

        ProfileStore profiles(path);
        QVERIFY2(profiles.load(), qPrintable(profiles.errorString()));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        ConnectionPage *page = window.openProfile(id);
        QVERIFY(page);
        const QList<SubscriptionItem> items = page->subscriptionPanel()->items();
        QCOMPARE(items.size(), 2);
        QCOMPARE(items.at(0).entry.filter, QStringLiteral("sensors/+/temp"));
        QCOMPARE(items.at(0).color, color);
        QVERIFY(items.at(0).active);
        QCOMPARE(items.at(1).entry.filter, QStringLiteral("alerts/#"));
        QVERIFY(!items.at(1).active);
        PublishPanel *pub = page->publishPanel();
        QCOMPARE(pub->history().size(), 1);
        QCOMPARE(pub->history().first().message.topic, QStringLiteral("lab/cmd"));
        QCOMPARE(pub->history().first().message.payload, QByteArray("on"));
        QCOMPARE(pub->savedMessages().size(), 1);
        QCOMPARE(pub->savedMessages().first().name, QStringLiteral("Lamp on"));
        QVERIFY(pub->loadSavedMessage(QStringLiteral("Lamp on")));
        QCOMPARE(pub->message()->topic, QStringLiteral("lab/lamp"));
        QCOMPARE(pub->message()->payload, QByteArray("{\"on\": true}"));
        QCOMPARE(pub->message()->qos, quint8(1));
        QCOMPARE(pub->payloadFormat(), PayloadFormat::Json);

        // Connected, the active subscription is made again and the paused one is not.
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        for (const QString &topic : {QStringLiteral("alerts/fire"), QStringLiteral("sensors/hall/temp")}) {
            pub->setTopic(topic);
            pub->setPayloadText(QStringLiteral("1"));
            pub->send();
        }
        MessageLogModel *log = page->logModel();
        const auto received = [log](const QString &topic) {
            int n = 0;
            for (int row = 0; row < log->rowCount(); ++row) {
                const LogEntry &e = log->entry(row);
                n += e.direction == LogEntry::Direction::Received && e.message.topic == topic;
            }
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(received(QStringLiteral("sensors/hall/temp")), 1, 10000);
        QCOMPARE(received(QStringLiteral("alerts/fire")), 0); // published first: it would be here by now
        QCOMPARE(pub->history().size(), 3);
    }

    // The window fits a 1280x800 and a 1366x768 screen (less a title bar and a
    // panel) in every view, with Connect, Send and the payload pane on screen.
    void fitsSmallScreens_data()
    {
        QTest::addColumn<QSize>("screen");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1366x768") << QSize(1366, 768);
    }

    void fitsSmallScreens()
    {
        QFETCH(QSize, screen);
        const QSize available = screen - QSize(0, 70); // a title bar and a desktop panel
        ProfileStore profiles(m_dir.filePath(QStringLiteral("small.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        ConnectionProfile p;
        p.name = QStringLiteral("Small");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        p.version = ProtocolVersion::V5;
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        QVERIFY(page);
        // The publish panel at its widest: JSON's Format button, a saved message, and a run of
        // Repeat with its controls and count ("sent 1 of 999,999"; a message queued, not connected).
        PublishPanel *pub = page->publishPanel();
        pub->setPayloadFormat(PayloadFormat::Json);
        QVERIFY(pub->saveMessage(QStringLiteral("A message with a long name that the list must not widen to")));
        pub->setTopic(QStringLiteral("t"));
        pub->setPayloadText(QStringLiteral("{\"n\": {n}}"));
        pub->setRepeat(true);
        pub->setRepeatInterval(PublishPanel::MaxRepeatIntervalMs);
        pub->setRepeatCount(PublishPanel::MaxRepeatCount);
        pub->setConnected(true);
        pub->send();
        QVERIFY(pub->isRepeating());
        window.resize(available);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        for (auto view : {ConnectionPage::View::Messages, ConnectionPage::View::Topics, ConnectionPage::View::Traffic,
                          ConnectionPage::View::Charts, ConnectionPage::View::Retained, ConnectionPage::View::Broker}) {
            page->showView(view);
            QApplication::processEvents();
            const QSize minimum = window.minimumSizeHint().expandedTo(window.minimumSize());
            QVERIFY2(minimum.width() <= available.width() && minimum.height() <= available.height(),
                     qPrintable(
                         QStringLiteral("view %1 needs %2x%3").arg(int(view)).arg(minimum.width()).arg(minimum.height())));
        }
        page->showView(ConnectionPage::View::Messages);
        QApplication::processEvents();
        QCOMPARE(window.size(), available);
        const QRect inside = window.rect();
        for (const char *name : {"connectButton", "sendButton", "textFilter", "jumpToLatest", "repeatCountSpin",
                                 "repeatStatus", "saveMessageButton"}) {
            auto *w = page->findChild<QWidget *>(QLatin1String(name));
            QVERIFY2(w, name);
            if (w->isHidden())
                continue;
            const QRect at(w->mapTo(&window, QPoint(0, 0)), w->size());
            QVERIFY2(inside.contains(at), name);
        }
        auto *viewer = page->findChild<PayloadViewer *>();
        QVERIFY(viewer && viewer->isVisible());
        QVERIFY(viewer->width() >= 200);
        // Traffic shows no single message: the payload pane folds away.
        page->showView(ConnectionPage::View::Traffic);
        QVERIFY(!viewer->isVisible());
        page->showView(ConnectionPage::View::Messages);
        QVERIFY(viewer->isVisible());
    }

    // The first start: the welcome page, a Connection menu that is off, and a
    // local broker one click away; a pasted URL is another connection.
    void firstStartConnectsInOneClick()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("first.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.resize(1280, 760);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        WelcomePage *welcome = window.welcomePage();
        QVERIFY(welcome->isVisible());
        QVERIFY(!window.currentPage());
        const auto menuAction = [&window](const QString &menu, const QString &text) -> QAction * {
            for (QAction *m : window.menuBar()->actions()) {
                if (m->text().remove(QLatin1Char('&')) != menu || !m->menu())
                    continue;
                for (QAction *a : m->menu()->actions())
                    if (a->text().remove(QLatin1Char('&')) == text)
                        return a;
            }
            return nullptr;
        };
        QAction *edit = menuAction(QStringLiteral("Connection"), QStringLiteral("Edit…"));
        QVERIFY(edit);
        QVERIFY(!edit->isEnabled());
        QVERIFY(menuAction(QStringLiteral("Help"), QStringLiteral("About Signalbox")));
        // Public brokers are cards too, but none is pressed here: nothing leaves 127.0.0.1.
        QVERIFY(welcome->findChildren<QWidget *>(QStringLiteral("presetCard")).size() >= 5);

        // No broker on the port yet: the card says so and its button is off.
        auto *localConnect = welcome->findChild<QPushButton *>(QStringLiteral("localConnect"));
        welcome->setLocalPort(m_broker->plainPort());
        QTRY_VERIFY(welcome->localBrokerAnswers());
        QVERIFY(localConnect->isEnabled());
        QTest::mouseClick(localConnect, Qt::LeftButton);
        ConnectionPage *page = window.currentPage();
        QVERIFY(page);
        QCOMPARE(page->profile().host, QStringLiteral("127.0.0.1"));
        QCOMPARE(page->profile().port, m_broker->plainPort());
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QCOMPARE(profiles.profiles().size(), 1);
        QVERIFY(edit->isEnabled());

        // Back to the welcome page: a URL typed there, and one pasted on the list of connections.
        window.showWelcome();
        QVERIFY(!edit->isEnabled());
        auto *url = welcome->findChild<QLineEdit *>(QStringLiteral("welcomeUrl"));
        QTest::keyClicks(url, QStringLiteral("bad host!:1883"));
        QTest::keyClick(url, Qt::Key_Return);
        QVERIFY(welcome->findChild<QLabel *>(QStringLiteral("welcomeUrlError"))->isVisible());
        QCOMPARE(profiles.profiles().size(), 1);
        url->clear();
        QTest::keyClicks(url, QStringLiteral("ws://127.0.0.1:%1").arg(m_broker->wsPort()));
        QTest::keyClick(url, Qt::Key_Return);
        QCOMPARE(profiles.profiles().size(), 2);
        QTRY_COMPARE_WITH_TIMEOUT(window.currentPage()->client()->state(), MqttClient::State::Connected, 10000);
        QCOMPARE(window.currentPage()->profile().scheme, TransportScheme::WebSocket);

        QGuiApplication::clipboard()->setText(QStringLiteral("mqtt://127.0.0.1:%1").arg(m_broker->plainPort()));
        auto *tree = window.sidebar()->findChild<QTreeView *>(QStringLiteral("connectionTree"));
        tree->setFocus();
        QTest::keySequence(tree, QKeySequence::Paste);
        QCOMPARE(profiles.profiles().size(), 3); // named after its host: not the "Local broker" one
        QCOMPARE(window.currentPage()->profile().name, QStringLiteral("127.0.0.1"));
        QVERIFY(!window.connectUrl(QStringLiteral("mqtt://")));
        QCOMPARE(profiles.profiles().size(), 3);
    }

    // Connections connected at exit connect again at the next start, with their subscriptions.
    void connectedAtExitComeBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("reopen.json"));
        QString id, idle;
        {
            ProfileStore profiles(path);
            SecretStore secrets;
            secrets.setBackend(SecretStore::Backend::MemoryOnly);
            MainWindow window(&profiles, &secrets);
            window.show();
            ConnectionProfile p;
            p.name = QStringLiteral("Reopened");
            p.host = m_broker->host();
            p.port = m_broker->plainPort();
            p.version = ProtocolVersion::V5;
            id = window.ensureProfile(p);
            p.name = QStringLiteral("Left alone");
            idle = window.ensureProfile(p);
            window.openProfile(idle);
            ConnectionPage *page = window.openProfile(id);
            page->subscriptionPanel()->setDraftFilter(QStringLiteral("reopen/#"));
            page->subscriptionPanel()->submitDraft();
            page->connectToBroker();
            QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
            QVERIFY(window.close());
        }
        ProfileStore profiles(path);
        QVERIFY(profiles.load());
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        window.reopenConnections();
        ConnectionPage *page = window.currentPage();
        QVERIFY(page);
        QCOMPARE(page->profile().id, id);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QCOMPARE(window.page(idle)->client()->state(), MqttClient::State::Disconnected);
        PublishPanel *pub = page->publishPanel();
        pub->setTopic(QStringLiteral("reopen/x"));
        pub->setPayloadText(QStringLiteral("back"));
        pub->send();
        MessageLogModel *log = page->logModel();
        QTRY_COMPARE_WITH_TIMEOUT(log->totalCount(), 2, 10000); // sent and received again: subscribed
    }

    // Ctrl + and Ctrl − change every font, the log's rows with them; Ctrl 0 goes back.
    void zoomChangesFonts()
    {
        ProfileStore profiles(m_dir.filePath(QStringLiteral("zoom.json")));
        SecretStore secrets;
        secrets.setBackend(SecretStore::Backend::MemoryOnly);
        MainWindow window(&profiles, &secrets);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        ConnectionProfile p;
        p.name = QStringLiteral("Zoomed");
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        ConnectionPage *page = window.openProfile(window.ensureProfile(p));
        auto *table = page->logView()->findChild<QTableView *>(QStringLiteral("tableView"));
        const qreal size = QApplication::font().pointSizeF();
        const int row = table->verticalHeader()->defaultSectionSize();
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_Plus));
        QCOMPARE(QApplication::font().pointSizeF(), size * 1.2);
        QTRY_VERIFY(table->verticalHeader()->defaultSectionSize() > row);
        QVERIFY(table->font().pointSizeF() > size);
        QTest::keySequence(&window, QKeySequence(Qt::CTRL | Qt::Key_0));
        QCOMPARE(QApplication::font().pointSizeF(), size);
        QTRY_COMPARE(table->verticalHeader()->defaultSectionSize(), row);
    }

    // A page's layout comes back: the view it showed, the log as a chat, the
    // Topic column's width the user chose, the topic tree's columns.
    void layoutComesBack()
    {
        ConnectionProfile p;
        p.host = m_broker->host();
        p.port = m_broker->plainPort();
        QByteArray state;
        int treeWidth = 0;
        {
            ConnectionPage page(p);
            page.resize(1400, 900);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            page.logView()->setMode(MessageLogView::Mode::Chat);
            page.showView(ConnectionPage::View::Topics);
            page.topicView()->treeView()->header()->resizeSection(TopicTreeModel::NameColumn, 333);
            treeWidth = page.topicView()->treeView()->header()->sectionSize(TopicTreeModel::NameColumn);
            state = page.saveLayout();
        }
        ConnectionPage page(p);
        page.resize(1400, 900);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.currentView(), ConnectionPage::View::Messages);
        page.restoreLayout(state);
        QCOMPARE(page.currentView(), ConnectionPage::View::Topics);
        QCOMPARE(page.logView()->mode(), MessageLogView::Mode::Chat);
        QCOMPARE(page.topicView()->treeView()->header()->sectionSize(TopicTreeModel::NameColumn), treeWidth);
        page.restoreLayout(QByteArray("not a layout")); // nothing happens
        QCOMPARE(page.currentView(), ConnectionPage::View::Topics);
    }

    void profilesPersistWithoutSecrets()
    {
        const QString path = m_dir.filePath(QStringLiteral("persist.json"));
        {
            ProfileStore profiles(path);
            ConnectionProfile p;
            p.name = QStringLiteral("secret-holder");
            p.username = QStringLiteral("alice");
            p.password = QStringLiteral("do-not-write-me");
            profiles.add(p);
            QVERIFY(profiles.save());
        }
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray saved = file.readAll();
        QVERIFY(saved.contains("secret-holder"));
        QVERIFY(!saved.contains("do-not-write-me"));
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
