// ConnectionSession without a broker: batches handed over by the client's
// thread reach every sink, in order, a slice at a time, and a backlog is
// reported while it lasts.
#include "models/brokerstats.h"
#include "models/messagelogmodel.h"
#include "models/topicchartdata.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"
#include "session/connectionsession.h"

#include <QSignalSpy>
#include <QStandardPaths>
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
};

QTEST_GUILESS_MAIN(TestConnectionSession)
#include "tst_connectionsession.moc"
