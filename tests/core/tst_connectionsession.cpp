// ConnectionSession without a broker: batches handed over by the client's
// thread reach every sink, in order, a slice at a time, and a backlog is
// reported while it lasts.
#include "models/brokerstats.h"
#include "models/messagelogmodel.h"
#include "models/topicchartdata.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"
#include "decoders/sparkplug.h"
#include "session/connectionsession.h"
#include "session/scripttransforms.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

namespace {

QList<Message> batch(int first, int count)
{
    QList<Message> messages;
    for (int i = first; i < first + count; ++i) {
        Message m;
        m.topic = QStringLiteral("site/%1/value").arg(i % 100);
        m.payload = QByteArray::number(i);
        m.receivedAtMs = 1'700'000'000'000 + i;
        messages.append(m);
    }
    return messages;
}

// As the client's thread does: the batch leaves the worker as a queued signal.
void handOver(ConnectionSession &session, const QList<Message> &messages)
{
    auto *client = const_cast<MqttClient *>(session.client()->events());
    QMetaObject::invokeMethod(
        client, [client, messages] { emit client->messagesReceived(messages); }, Qt::BlockingQueuedConnection);
}

} // namespace

class TestConnectionSession : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void batchesReachEverySinkInOrder()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        QSignalSpy delivered(&session, &ConnectionSession::messagesDelivered);
        constexpr int Batches = 40;
        constexpr int Size = int(MqttClient::MaximumBatch);
        for (int b = 0; b < Batches; ++b)
            handOver(session, batch(b * Size, Size));
        QCOMPARE(session.logModel()->totalCount(), 0); // nothing before this thread's event loop runs

        QTRY_COMPARE(delivered.count(), Batches);
        QCOMPARE(session.waiting(), 0);
        session.logModel()->flush();
        session.topicModel()->flush();
        QCOMPARE(session.logModel()->rowCount(), Batches * Size);
        for (int row : {0, 1, Size, Batches * Size - 1})
            QCOMPARE(session.logModel()->entry(row).message.payload, QByteArray::number(row));
        QCOMPARE(session.topicModel()->nodeCount(), 1 + 100 + 100); // site, site/N, site/N/value
        QVERIFY(session.topicModel()->indexForTopic(QStringLiteral("site/42/value")).isValid());
    }

    void aBacklogIsReportedUntilItIsGone()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        QSignalSpy backlog(&session, &ConnectionSession::backlogChanged);
        // Far more than one slice of the event loop can take.
        constexpr int Size = int(MqttClient::MaximumBatch);
        constexpr int Total = 240 * Size;
        for (int first = 0; first < Total; first += Size)
            handOver(session, batch(first, Size));

        // waiting() is 0 before this thread has taken the posted batches too:
        // wait for what the sinks took instead.
        qint64 taken = 0;
        connect(&session, &ConnectionSession::messagesDelivered, this,
                [&](const QList<Message> &messages) { taken += messages.size(); });
        QTRY_COMPARE_WITH_TIMEOUT(taken, qint64(Total), 60000);
        QCOMPARE(session.waiting(), 0);
        QTRY_VERIFY(!backlog.isEmpty() && backlog.last().at(0).toLongLong() == 0);
        QVERIFY(backlog.count() >= 2);
        const qint64 first = backlog.first().at(0).toLongLong();
        QVERIFY2(first > 0 && first < Total, qPrintable(QString::number(first)));
        QVERIFY(!session.fallingBehind());
        session.logModel()->flush();
        QCOMPARE(session.logModel()->rowCount(), Total);
    }

    void publishedMessagesAreLoggedAsSent()
    {
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        OutgoingMessage message;
        message.topic = QStringLiteral("a/b");
        message.payload = "hello";
        message.qos = 1; // queued until connected
        const quint64 token = session.publish(message);
        QVERIFY(token != 0);
        session.logModel()->flush();
        QCOMPARE(session.logModel()->rowCount(), 1);
        QCOMPARE(session.logModel()->entry(0).direction, LogEntry::Direction::Sent);
        QCOMPARE(session.logModel()->entry(0).message.payload, QByteArray("hello"));
    }

    // Bindings: a JSON Schema flags the rows that break it and counts them per
    // subscription; a script's output replaces the preview and is what the charts
    // read; Sparkplug B is decoded on spBv1.0/ topics and nowhere else.
    void payloadBindingsShowInTheLogAndTheCharts()
    {
        QTemporaryDir dir;
        QFile schema(dir.filePath(QStringLiteral("room.json")));
        QVERIFY(schema.open(QIODevice::WriteOnly));
        schema.write(R"({"type":"object","required":["t"],"properties":{"t":{"type":"number"}}})");
        schema.close();
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        PayloadBinding check;
        check.kind = PayloadBinding::Kind::JsonSchema;
        check.filter = QStringLiteral("room/+");
        check.file = schema.fileName();
        PayloadBinding script;
        script.kind = PayloadBinding::Kind::Script;
        script.filter = QStringLiteral("oven/#");
        script.script = QStringLiteral("function receive(p) { return { f: p.t * 9 / 5 + 32 }; }");
        QSignalSpy changed(&session, &ConnectionSession::workspaceChanged);
        session.setPayloadBindings({check, script});
        QCOMPARE(changed.count(), 1); // saved with the workspace
        QCOMPARE(session.workspace().payloadBindings.size(), 2);
        QVERIFY(session.decoding().errors().isEmpty());

        auto message = [](const char *topic, const QByteArray &payload) {
            Message m;
            m.topic = QLatin1String(topic);
            m.payload = payload;
            m.subscriptions = {QStringLiteral("#")};
            m.receivedAtMs = 1'700'000'000'000;
            return m;
        };
        const QByteArray sparkplug = *encodeSparkplugFromJson(
            R"({"seq":1,"metrics":[{"name":"rpm","datatype":"Double","value":1200.5}]})");
        handOver(session, {message("room/1", R"({"t":21})"), message("room/2", R"({"t":"warm"})"),
                           message("oven/1", R"({"t":100})"), message("spBv1.0/G/NDATA/E", sparkplug),
                           message("other/spBv1.0", sparkplug)});
        MessageLogModel *log = session.logModel();
        QTRY_COMPARE(log->rowCount(), 5);
        auto cell = [log](int row, int role = Qt::DisplayRole) {
            return log->index(row, MessageLogModel::PayloadColumn).data(role).toString();
        };
        QCOMPARE(cell(0, MessageLogModel::PayloadProblemRole), QString());
        QVERIFY2(cell(1, MessageLogModel::PayloadProblemRole).contains(QLatin1String("t: ")),
                 qPrintable(cell(1, MessageLogModel::PayloadProblemRole)));
        QVERIFY(cell(1, Qt::ToolTipRole).contains(QLatin1String("Schema violations")));
        QCOMPARE(session.violationCount(QStringLiteral("#")), 1);
        QCOMPARE(session.violatingMessages(), 1);
        // The script runs in its own thread; the row shows its output once it is back.
        QTRY_COMPARE(cell(2), QStringLiteral(R"({"f":212})"));
        // Sparkplug B only where the namespace says so; elsewhere the bytes as they are.
        QVERIFY2(cell(3).contains(QLatin1String(R"("name":"rpm")")), qPrintable(cell(3)));
        QVERIFY(!cell(4).contains(QLatin1String("rpm\",")));
        QCOMPARE(session.decodedView(QStringLiteral("other/spBv1.0"), sparkplug).decoded, std::nullopt);

        // The charts read the script's output and the metrics by name.
        TopicChartData *charts = session.chartData();
        QTRY_COMPARE(charts->numericFields(QStringLiteral("oven/1")).size(), 1);
        QCOMPARE(charts->numericFields(QStringLiteral("oven/1")).at(0).path, QStringLiteral("f"));
        QCOMPARE(charts->numericFields(QStringLiteral("oven/1")).at(0).latest, 212.0);
        const auto fields = charts->numericFields(QStringLiteral("spBv1.0/G/NDATA/E"));
        QCOMPARE(fields.size(), 1);
        QCOMPARE(fields.at(0).path, QStringLiteral("rpm"));
        QCOMPARE(fields.at(0).latest, 1200.5);
        // Data by alias after a birth: plotted under the name the birth gave it.
        const QByteArray birth = *encodeSparkplugFromJson(
            R"({"seq":0,"metrics":[{"name":"bdSeq","datatype":"UInt64","value":0},)"
            R"({"name":"Motor/RPM","alias":7,"datatype":"Double","value":900}]})");
        const QByteArray byAlias = *encodeSparkplugFromJson(R"({"seq":1,"metrics":[{"alias":7,"value":950.5}]})");
        handOver(session, {message("spBv1.0/G/NBIRTH/F", birth), message("spBv1.0/G/NDATA/F", byAlias)});
        QTRY_COMPARE(charts->numericFields(QStringLiteral("spBv1.0/G/NDATA/F")).size(), 1);
        QCOMPARE(charts->numericFields(QStringLiteral("spBv1.0/G/NDATA/F")).at(0).path, QStringLiteral("Motor/RPM"));
        QCOMPARE(charts->numericFields(QStringLiteral("spBv1.0/G/NDATA/F")).at(0).latest, 950.5);
        QString error;
        const int series = charts->addSeries(QStringLiteral("oven/#"), QStringLiteral("f"), &error);
        QVERIFY2(series >= 0, qPrintable(error));
        handOver(session, {message("oven/1", R"({"t":0})")});
        QTRY_VERIFY(charts->lineCount() == 1 && charts->line(0).points.size() == 2);
        QCOMPARE(charts->line(0).points.back().value, 32.0);

        // A script that throws: the row says why.
        script.script = QStringLiteral("function receive(p) {\n  throw new Error('no oven');\n}");
        session.setPayloadBindings({check, script});
        QTRY_VERIFY(cell(2, MessageLogModel::PayloadProblemRole).contains(QLatin1String("no oven")));
        QCOMPARE(session.violationCount(QStringLiteral("#")), 0); // counted again from now on

        // A binding whose file is missing says so and applies to nothing.
        check.file = dir.filePath(QStringLiteral("missing.json"));
        session.setPayloadBindings({check});
        QCOMPARE(session.decoding().errors().size(), 1);
        QCOMPARE(session.decoding().schemaFor(QStringLiteral("room/1")), -1);
        QCOMPARE(cell(1, MessageLogModel::PayloadProblemRole), QString());
    }

    // A publish on a topic with a script goes through its publish() first (in its
    // thread, in the order asked); with `encode`, the JSON (the script's output)
    // is encoded for the topic: Sparkplug B, or the bound Protobuf message. What
    // fails is not sent, and publishFailed() says why.
    void publishesGoThroughScriptsAndEncoders()
    {
        QTemporaryDir dir;
        QFile proto(dir.filePath(QStringLiteral("cmd.proto")));
        QVERIFY(proto.open(QIODevice::WriteOnly));
        proto.write("syntax = \"proto3\";\npackage plant;\nmessage Setpoint { string name = 1; double value = 2; }\n");
        proto.close();
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
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
        session.setPayloadBindings({script, setpoint});
        QVERIFY2(session.decoding().errors().isEmpty(), qPrintable(session.decoding().errors().join(u'\n')));
        QCOMPARE(session.decoding().encoderFor(QStringLiteral("cmd/pb/1")), QStringLiteral("Protobuf plant.Setpoint"));
        QCOMPARE(session.decoding().encoderFor(QStringLiteral("spBv1.0/G/NCMD/E")), QStringLiteral("Sparkplug B"));
        QCOMPARE(session.decoding().encoderFor(QStringLiteral("spBv1.0/STATE/host")), QString());
        QCOMPARE(session.decoding().encoderFor(QStringLiteral("cmd/plain")), QString());

        // A script with publish() only leaves what is received as it is: no error on the row.
        Message received;
        received.topic = QStringLiteral("cmd/in");
        received.payload = R"({"x":1})";
        received.subscriptions = {QStringLiteral("#")};
        handOver(session, {received});
        QTRY_VERIFY(session.scripts()->result(session.decoding(), received.topic, received.payload));
        QVERIFY(session.scripts()->result(session.decoding(), received.topic, received.payload)->unchanged);
        MessageLogModel *log = session.logModel();
        QTRY_COMPARE(log->rowCount(), 1);
        QCOMPARE(log->index(0, MessageLogModel::PayloadColumn).data(MessageLogModel::PayloadProblemRole).toString(),
                 QString());
        QCOMPARE(session.decodedView(received.topic, received.payload).decoded, std::nullopt);
        log->clear();

        QSignalSpy failed(&session, &ConnectionSession::publishFailed);
        auto outgoing = [](const QString &topic, const QByteArray &payload) {
            OutgoingMessage m;
            m.topic = topic;
            m.payload = payload;
            m.qos = 1; // queued until connected, and logged as sent
            return m;
        };
        // Through the script, in order.
        for (int i = 0; i < 20; ++i)
            QCOMPARE(session.publish(outgoing(QStringLiteral("cmd/a"), "{\"x\":" + QByteArray::number(i) + "}")),
                     quint64(0));
        QTRY_VERIFY((log->flush(), log->rowCount() == 20));
        for (int i = 0; i < 20; ++i) {
            QCOMPARE(log->entry(i).direction, LogEntry::Direction::Sent);
            QCOMPARE(log->entry(i).message.payload, "{\"name\":\"oven\",\"value\":" + QByteArray::number(i * 2) + "}");
        }
        // A script that throws: nothing sent, the error with its line.
        session.publish(outgoing(QStringLiteral("cmd/b"), R"({"fail":true})"));
        QTRY_COMPARE(failed.count(), 1);
        QCOMPARE(failed.at(0).at(0).value<OutgoingMessage>().topic, QStringLiteral("cmd/b"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("refused cmd/b")),
                 qPrintable(failed.at(0).at(1).toString()));
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("line 2")),
                 qPrintable(failed.at(0).at(1).toString()));
        // The script's output, encoded as the bound Protobuf message.
        session.publish(outgoing(QStringLiteral("cmd/pb/1"), R"({"x":2.25})"), true);
        QTRY_VERIFY((log->flush(), log->rowCount() == 21));
        const std::optional<DecodedPayload> decoded = session.decoding().decode(QStringLiteral("cmd/pb/1"),
                                                                                log->entry(20).message.payload);
        QVERIFY(decoded && decoded->ok());
        QCOMPARE(decoded->json, QByteArray(R"({"name":"oven","value":4.5})"));
        QVERIFY(log->entry(20).message.payload != QByteArray(R"({"name":"oven","value":4.5})"));
        // Sparkplug B from JSON, no script on the way: sent at once.
        const quint64 token = session.publish(
            outgoing(QStringLiteral("spBv1.0/G/NCMD/E"),
                     R"({"metrics":[{"name":"Node Control/Rebirth","datatype":"Boolean","value":true}]})"),
            true);
        QVERIFY(token != 0);
        log->flush();
        QCOMPARE(log->rowCount(), 22);
        const DecodedPayload ncmd = decodeSparkplug(log->entry(21).message.payload);
        QVERIFY2(ncmd.ok(), qPrintable(ncmd.error));
        QVERIFY2(ncmd.json.contains(R"("name":"Node Control/Rebirth")"), ncmd.json.constData());
        // JSON that does not fit the message: nothing sent, the field named.
        QCOMPARE(session.publish(outgoing(QStringLiteral("spBv1.0/G/NCMD/E"), R"({"metrics":"no"})"), true), quint64(0));
        QCOMPARE(failed.count(), 2);
        QVERIFY2(failed.at(1).at(1).toString().contains(QLatin1String("metrics")),
                 qPrintable(failed.at(1).at(1).toString()));
        log->flush();
        QCOMPARE(log->rowCount(), 22);
    }
};

QTEST_GUILESS_MAIN(TestConnectionSession)
#include "tst_connectionsession.moc"
