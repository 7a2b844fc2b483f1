#include "models/messagelogmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

namespace {

Message makeMessage(const QString &topic, const QByteArray &payload, const QStringList &subscriptions = {})
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.subscriptions = subscriptions;
    m.receivedAtMs = 1000;
    return m;
}

QList<Message> numbered(int from, int count, const QString &topic = QStringLiteral("a/b"))
{
    QList<Message> list;
    for (int i = from; i < from + count; ++i)
        list.append(makeMessage(topic, QByteArray::number(i)));
    return list;
}

// 256 bytes, 1000 topics; every 100th carries "Needle" in the payload.
Message bulkMessage(int i, const QStringList &subscriptions)
{
    QByteArray payload = "{\"seq\":" + QByteArray::number(i) + ",\"tag\":\"" + (i % 100 == 0 ? "Needle" : "plain")
                         + "\",\"pad\":\"";
    payload.append(256 - payload.size() - 2, 'x');
    payload.append("\"}");
    return makeMessage(QStringLiteral("site/%1/value").arg(i % 1000), payload, subscriptions);
}

} // namespace

class TestMessageLogModel : public QObject
{
    Q_OBJECT

private slots:
    void modelTester();
    void batchesFromTimer();
    void flushInsertsOnce();
    void capacityDropsOldest();
    void filterAppliesToExistingAndLaterRows();
    void textFilterIsCaseInsensitiveByDefault();
    void regularExpression();
    void invalidFilterKeepsThePreviousOne();
    void directionFilter();
    void subscriptionFilter();
    void deliveryUpdate();
    void deliveryUpdateOfPendingRow();
    void previousOnTopic();
    void subscriptionColor();
    void propertiesSummary();
    void clear();
    void announcementsHeld();
    void spilledPayloads();
    void byteCapacityDropsOldest();
    void oneMillionRows();
};

void TestMessageLogModel::modelTester()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setCapacity(50);
    model.appendReceived(numbered(0, 30));
    model.flush();
    OutgoingMessage out;
    out.topic = QStringLiteral("a/c");
    out.payload = "sent";
    model.appendSent(1, out);
    model.flush();
    model.appendReceived(numbered(30, 40));
    model.flush();
    QCOMPARE(model.totalCount(), 50);
    LogFilter filter;
    filter.text = QStringLiteral("4");
    QVERIFY(model.setFilter(filter));
    model.appendReceived(numbered(70, 20));
    model.flush();
    Delivery d;
    d.token = 1;
    d.state = Delivery::State::Acknowledged;
    model.updateDelivery(d);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageLogModel::batchesFromTimer()
{
    MessageLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.appendReceived(numbered(0, 10));
    model.appendReceived(numbered(10, 5));
    QCOMPARE(model.rowCount(), 0);
    QTRY_COMPARE(model.rowCount(), 15);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.entry(14).message.payload, QByteArray("14"));
}

void TestMessageLogModel::flushInsertsOnce()
{
    MessageLogModel model;
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy counts(&model, &MessageLogModel::countsChanged);
    for (int i = 0; i < 100; ++i)
        model.appendReceived(numbered(i * 10, 10));
    model.flush();
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), 0);
    QCOMPARE(inserted.first().at(2).toInt(), 999);
    QCOMPARE(counts.count(), 1);
    QCOMPARE(counts.first().at(0).value<qsizetype>(), 1000);
    QCOMPARE(counts.first().at(1).value<qsizetype>(), 1000);
}

void TestMessageLogModel::capacityDropsOldest()
{
    MessageLogModel model;
    model.setCapacity(10);
    model.appendReceived(numbered(0, 8));
    model.flush();
    QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
    model.appendReceived(numbered(8, 5));
    model.flush();
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(removed.count(), 1);
    QCOMPARE(model.entry(0).message.payload, QByteArray("3"));
    QCOMPARE(model.entry(9).message.payload, QByteArray("12"));

    // A batch larger than the capacity keeps its newest rows.
    model.appendReceived(numbered(100, 25));
    model.flush();
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(model.entry(0).message.payload, QByteArray("115"));

    // Lowering the capacity drops at once.
    model.setCapacity(4);
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.entry(0).message.payload, QByteArray("121"));

    // Many chunks' worth of rows through a small capacity.
    model.setCapacity(5000);
    for (int i = 0; i < 20; ++i) {
        model.appendReceived(numbered(1000 + i * 1000, 1000));
        model.flush();
    }
    QCOMPARE(model.totalCount(), 5000);
    QCOMPARE(model.entry(0).message.payload, QByteArray("16000"));
    QCOMPARE(model.entry(4999).message.payload, QByteArray("20999"));
}

void TestMessageLogModel::filterAppliesToExistingAndLaterRows()
{
    MessageLogModel model;
    QList<Message> batch;
    for (int i = 0; i < 20; ++i)
        batch.append(makeMessage(i % 2 ? QStringLiteral("odd/x") : QStringLiteral("even/x"), QByteArray::number(i)));
    model.appendReceived(batch);
    model.flush();

    LogFilter filter;
    filter.topicFilter = QStringLiteral("odd/#");
    QSignalSpy counts(&model, &MessageLogModel::countsChanged);
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 10);
    QCOMPARE(counts.last().at(0).value<qsizetype>(), 10);
    QCOMPARE(counts.last().at(1).value<qsizetype>(), 20);
    QCOMPARE(model.entry(0).message.payload, QByteArray("1"));

    model.appendReceived({makeMessage(QStringLiteral("even/x"), "20"), makeMessage(QStringLiteral("odd/x"), "21")});
    model.flush();
    QCOMPARE(model.rowCount(), 11);
    QCOMPARE(model.totalCount(), 22);
    QCOMPARE(model.entry(10).message.payload, QByteArray("21"));

    filter.topicFilter.clear();
    filter.text = QStringLiteral("odd");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 11); // text found in the topic

    QVERIFY(model.setFilter(LogFilter()));
    QCOMPARE(model.rowCount(), 22);
}

void TestMessageLogModel::textFilterIsCaseInsensitiveByDefault()
{
    MessageLogModel model;
    model.appendReceived({makeMessage(QStringLiteral("t"), "Hello World"), makeMessage(QStringLiteral("t"), "hello"),
                          makeMessage(QStringLiteral("t"), "HELL"), makeMessage(QStringLiteral("t"), "Grüße, HELLO"),
                          makeMessage(QStringLiteral("t"), QByteArray("\x00\x01hElLo", 7))});
    model.flush();
    LogFilter filter;
    filter.text = QStringLiteral("hello");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 4);
    filter.caseSensitive = true;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 1);
    filter.caseSensitive = false;
    filter.text = QStringLiteral("GRÜSSE");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 0);
    filter.text = QStringLiteral("GRÜßE");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 1);
}

void TestMessageLogModel::regularExpression()
{
    MessageLogModel model;
    model.appendReceived(numbered(0, 100));
    model.flush();
    LogFilter filter;
    filter.text = QStringLiteral("^9\\d$");
    filter.regularExpression = true;
    QString error;
    QVERIFY(model.setFilter(filter, &error));
    QVERIFY(error.isEmpty());
    QCOMPARE(model.rowCount(), 10);
    model.appendReceived(numbered(100, 100));
    model.flush();
    QCOMPARE(model.rowCount(), 10);

    filter.text = QStringLiteral("A/B");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 200); // in the topic, case-insensitive
    filter.caseSensitive = true;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 0);
}

void TestMessageLogModel::invalidFilterKeepsThePreviousOne()
{
    MessageLogModel model;
    model.appendReceived(numbered(0, 100));
    model.flush();
    LogFilter filter;
    filter.text = QStringLiteral("5");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 19);

    LogFilter bad;
    bad.text = QStringLiteral("(unclosed");
    bad.regularExpression = true;
    QString error;
    QVERIFY(!model.setFilter(bad, &error));
    QVERIFY2(error.contains(QStringLiteral("regular expression")), qPrintable(error));
    QCOMPARE(model.filter().text, QStringLiteral("5"));
    QCOMPARE(model.rowCount(), 19);

    LogFilter badTopic;
    badTopic.topicFilter = QStringLiteral("a/#/b");
    error.clear();
    QVERIFY(!model.setFilter(badTopic, &error));
    QVERIFY(!error.isEmpty());
    QCOMPARE(model.rowCount(), 19);
}

void TestMessageLogModel::directionFilter()
{
    MessageLogModel model;
    model.appendReceived(numbered(0, 3));
    OutgoingMessage out;
    out.topic = QStringLiteral("x");
    out.payload = "out";
    model.appendSent(5, out);
    model.flush();
    LogFilter filter;
    filter.showReceived = false;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).direction, LogEntry::Direction::Sent);
    QCOMPARE(model.entry(0).token, quint64(5));
    filter.showReceived = true;
    filter.showSent = false;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 3);
}

void TestMessageLogModel::subscriptionFilter()
{
    MessageLogModel model;
    const QStringList both{QStringLiteral("a/#"), QStringLiteral("+/b")};
    const QStringList first{QStringLiteral("a/#")};
    model.appendReceived({makeMessage(QStringLiteral("a/b"), "1", both), makeMessage(QStringLiteral("a/c"), "2", first),
                          makeMessage(QStringLiteral("c/b"), "3", {QStringLiteral("+/b")})});
    model.flush();
    LogFilter filter;
    filter.subscription = QStringLiteral("+/b");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.entry(1).message.payload, QByteArray("3"));
    filter.subscription = QStringLiteral("a/#");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 2);
    QCOMPARE(model.data(model.index(0, 0), MessageLogModel::SubscriptionRole).toString(), QStringLiteral("a/#"));
    model.appendReceived({makeMessage(QStringLiteral("a/d"), "4", first)});
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).message.subscriptions, both);
}

void TestMessageLogModel::deliveryUpdate()
{
    MessageLogModel model;
    model.appendReceived(numbered(0, 2));
    OutgoingMessage out;
    out.topic = QStringLiteral("cmd/x");
    out.payload = "go";
    out.qos = 1;
    model.appendSent(42, out);
    model.flush();
    QCOMPARE(model.data(model.index(2, MessageLogModel::DeliveryColumn)).toString(), QStringLiteral("Queued"));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    Delivery d;
    d.token = 42;
    d.packetId = 3;
    d.state = Delivery::State::Acknowledged;
    d.roundTripUs = 3000;
    model.updateDelivery(d);
    QCOMPARE(changed.count(), 1);
    const QModelIndex index = changed.first().at(0).toModelIndex();
    QCOMPARE(index.row(), 2);
    QCOMPARE(index.column(), int(MessageLogModel::DeliveryColumn));
    QCOMPARE(model.data(index).toString(), QStringLiteral("Acknowledged 3 ms"));
    QCOMPARE(model.entry(2).delivery, Delivery::State::Acknowledged);
    QCOMPARE(model.entry(2).roundTripUs, qint64(3000));
    QCOMPARE(model.data(index, MessageLogModel::DeliveryStateRole).toInt(), int(Delivery::State::Acknowledged));

    d.state = Delivery::State::Failed;
    d.reasonString = QStringLiteral("Not authorized");
    model.updateDelivery(d);
    QCOMPARE(model.data(index).toString(), QStringLiteral("Failed: Not authorized"));

    d.token = 99; // unknown: ignored
    model.updateDelivery(d);
    QCOMPARE(changed.count(), 2);
}

void TestMessageLogModel::deliveryUpdateOfPendingRow()
{
    MessageLogModel model;
    OutgoingMessage out;
    out.topic = QStringLiteral("x");
    model.appendSent(7, out);
    Delivery d;
    d.token = 7;
    d.state = Delivery::State::Sent;
    model.updateDelivery(d); // the row is stored, not yet shown: the update is kept with it
    QCOMPARE(model.rowCount(), 0);
    model.flush();
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).delivery, Delivery::State::Sent);
}

void TestMessageLogModel::previousOnTopic()
{
    MessageLogModel model;
    model.appendReceived({makeMessage(QStringLiteral("a"), "a1"), makeMessage(QStringLiteral("b"), "b1"),
                          makeMessage(QStringLiteral("a"), "a2"), makeMessage(QStringLiteral("b"), "b2")});
    model.flush();
    QVERIFY(!model.previousOnTopic(0));
    QVERIFY(!model.previousOnTopic(1));
    QCOMPARE(model.previousOnTopic(2)->message.payload, QByteArray("a1"));
    QCOMPARE(model.previousOnTopic(3)->message.payload, QByteArray("b1"));

    // Also through a filter that hides the previous row.
    LogFilter filter;
    filter.text = QStringLiteral("2");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 2);
    const LogEntry &current = model.entry(0);
    const LogEntry *previous = model.previousOnTopic(0);
    QVERIFY(previous);
    QCOMPARE(current.message.payload, QByteArray("a2"));
    QCOMPARE(previous->message.payload, QByteArray("a1"));

    // Gone once the previous row was dropped.
    model.setCapacity(3);
    QVERIFY(!model.previousOnTopic(0));
    QCOMPARE(model.previousOnTopic(1)->message.payload, QByteArray("b1"));
}

void TestMessageLogModel::subscriptionColor()
{
    MessageLogModel model;
    model.appendReceived(
        {makeMessage(QStringLiteral("a"), "1", {QStringLiteral("a")}), makeMessage(QStringLiteral("b"), "2")});
    model.flush();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.setSubscriptionColor(QStringLiteral("a"), QVariant(QStringLiteral("#ff0000")));
    QCOMPARE(changed.count(), 1);
    QCOMPARE(model.data(model.index(0, 0), MessageLogModel::SubscriptionColorRole).toString(),
             QStringLiteral("#ff0000"));
    QVERIFY(!model.data(model.index(1, 0), MessageLogModel::SubscriptionColorRole).isValid());
}

void TestMessageLogModel::propertiesSummary()
{
    MessageLogModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    Message with = makeMessage(QStringLiteral("sensors/1"), "{}");
    with.properties.set(PropertyId::ContentType, QStringLiteral("application/json"));
    with.properties.addUserProperty(QStringLiteral("sensor"), QStringLiteral("temp"));
    with.properties.addUserProperty(QStringLiteral("unit"), QStringLiteral("C"));
    OutgoingMessage out;
    out.topic = QStringLiteral("cmd");
    out.properties.set(PropertyId::MessageExpiryInterval, 60u);
    out.properties.set(PropertyId::ResponseTopic, QStringLiteral("a/b"));
    out.properties.set(PropertyId::CorrelationData, QByteArray("abc"));
    Message ids = makeMessage(QStringLiteral("x"), "1");
    ids.properties.add(PropertyId::SubscriptionIdentifier, 1u);
    ids.properties.add(PropertyId::SubscriptionIdentifier, 2u);
    model.appendReceived({with, makeMessage(QStringLiteral("plain"), "2")});
    model.appendSent(1, out);
    model.appendReceived({ids});
    model.flush();
    QCOMPARE(model.rowCount(), 4);

    // Shown in words; exported with stable keys.
    const QString summary = QStringLiteral("content type application/json · user properties sensor=temp, unit=C");
    QCOMPARE(MessageLogModel::propertiesSummary(with.properties),
             QStringLiteral("content-type=application/json · user: sensor=temp, unit=C"));
    QCOMPARE(model.data(model.index(0, 0), MessageLogModel::PropertiesRole).toString(), summary);
    QCOMPARE(model.data(model.index(0, MessageLogModel::TopicColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("sensors/1\nProperties: ") + summary);
    QVERIFY(model.data(model.index(0, MessageLogModel::PayloadColumn), Qt::ToolTipRole).toString().contains(summary));
    QVERIFY(!model.data(model.index(0, MessageLogModel::QosColumn), Qt::ToolTipRole).isValid());

    const QVariant none = model.data(model.index(1, 0), MessageLogModel::PropertiesRole);
    QCOMPARE(none.typeId(), QMetaType::QString);
    QCOMPARE(none.toString(), QString());
    QCOMPARE(model.data(model.index(1, MessageLogModel::TopicColumn), Qt::ToolTipRole).toString(),
             QStringLiteral("plain"));
    QVERIFY(!model.data(model.index(1, MessageLogModel::PayloadColumn), Qt::ToolTipRole).isValid());

    QCOMPARE(model.data(model.index(2, 0), MessageLogModel::PropertiesRole).toString(),
             QStringLiteral("expires after 60 s · response to a/b · correlation abc"));
    QCOMPARE(MessageLogModel::propertiesSummary(out.properties),
             QStringLiteral("expiry=60 s · response=a/b · correlation=abc"));
    QCOMPARE(model.data(model.index(3, 0), MessageLogModel::PropertiesRole).toString(),
             QStringLiteral("subscription id 1,2"));
    QCOMPARE(MessageLogModel::propertiesSummary(ids.properties), QStringLiteral("sub-id=1,2"));
    QCOMPARE(MessageLogModel::propertiesSummary({}), QString());
}

void TestMessageLogModel::clear()
{
    MessageLogModel model;
    model.appendReceived(numbered(0, 10));
    model.flush();
    model.appendReceived(numbered(10, 10));
    QSignalSpy counts(&model, &MessageLogModel::countsChanged);
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QCOMPARE(model.totalCount(), 0);
    QCOMPARE(counts.count(), 1);
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    model.appendReceived(numbered(0, 3));
    model.flush();
    QCOMPARE(model.rowCount(), 3);
    QCOMPARE(model.entry(0).message.topic, QStringLiteral("a/b"));
}

// While no view shows the log, rows are stored but not announced; the end of
// the hold announces them in one rowsInserted.
void TestMessageLogModel::announcementsHeld()
{
    MessageLogModel model;
    model.setCapacity(100);
    model.appendReceived(numbered(0, 10));
    model.flush();
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.setAnnouncementsHeld(true);
    model.appendReceived(numbered(10, 30));
    model.appendReceived(numbered(40, 30));
    QTest::qWait(150); // three flush intervals
    QCOMPARE(inserted.count(), 0);
    QCOMPARE(model.rowCount(), 10);
    model.appendReceived(numbered(70, 50)); // past the capacity: the oldest go while held
    QCOMPARE(model.rowCount(), 0);
    model.setAnnouncementsHeld(false);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(model.rowCount(), 100);
    QCOMPARE(model.totalCount(), 100);
    QCOMPARE(model.entry(0).message.payload, QByteArray("20"));
    QCOMPARE(model.entry(99).message.payload, QByteArray("119"));
    // held again, flush() still announces (tests, export)
    model.setAnnouncementsHeld(true);
    model.appendReceived(numbered(120, 1));
    model.flush();
    QCOMPARE(model.entry(99).message.payload, QByteArray("120"));
}

// Payloads past the memory limit go to disk; the log reads them back for
// entries, previews, sizes and the text filter, and drops them with their rows.
void TestMessageLogModel::spilledPayloads()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MessageLogModel model;
    model.payloads().setSpillDirectory(dir.path());
    model.payloads().setResidentLimit(0);
    model.setCapacity(15000);
    const QStringList subscriptions{QStringLiteral("site/#")};
    for (int batch = 0; batch < 20; ++batch) {
        QList<Message> messages;
        for (int i = batch * 1000; i < (batch + 1) * 1000; ++i)
            messages.append(bulkMessage(i, subscriptions));
        model.appendReceived(messages);
        model.flush();
    }
    QCOMPARE(model.totalCount(), 15000);
    QVERIFY(model.payloads().spillError().isEmpty());
    QVERIFY(model.payloads().spilledBytes() > 14000 * 256);
    QVERIFY(model.payloads().residentBytes() <= PayloadArena::BlockSize);

    QCOMPARE(model.entry(0).message.payload, bulkMessage(5000, subscriptions).payload);
    QCOMPARE(model.entry(14999).message.payload, bulkMessage(19999, subscriptions).payload);
    QCOMPARE(model.data(model.index(7, MessageLogModel::SizeColumn)).toString(), QStringLiteral("256 B"));
    QVERIFY(
        model.data(model.index(7, MessageLogModel::PayloadColumn)).toString().startsWith(QStringLiteral("{\"seq\":5007,")));
    QCOMPARE(model.data(model.index(8, 0), MessageLogModel::PayloadRole).toByteArray(),
             bulkMessage(5008, subscriptions).payload);

    LogFilter filter;
    filter.text = QStringLiteral("needle");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 150);
    QCOMPARE(model.entry(0).message.payload, bulkMessage(5000, subscriptions).payload);

    model.setCapacity(100);
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.entry(0).message.payload, bulkMessage(19900, subscriptions).payload);
    QVERIFY(model.payloads().spilledBytes() <= 2 * PayloadArena::BlockSize);
    model.clear();
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::NoDotAndDotDot).size(), 0);
    QCOMPARE(model.payloads().spillFileCount(), 0);
}

// Past the byte capacity the oldest rows go, however many rows there are.
void TestMessageLogModel::byteCapacityDropsOldest()
{
    MessageLogModel model;
    model.setByteCapacity(10 * 1000);
    QList<Message> batch;
    for (int i = 0; i < 30; ++i)
        batch.append(makeMessage(QStringLiteral("t"), QByteArray(1000, char('a' + i % 26))));
    model.appendReceived(batch.mid(0, 8));
    model.flush();
    QCOMPARE(model.totalCount(), 8);
    model.appendReceived(batch.mid(8, 5));
    model.flush();
    QCOMPARE(model.totalCount(), 10);
    QCOMPARE(model.entry(0).message.payload, batch.at(3).payload);
    OutgoingMessage large;
    large.topic = QStringLiteral("t");
    large.payload = QByteArray(2500, 'z');
    model.appendSent(1, large);
    model.flush();
    QCOMPARE(model.totalCount(), 8); // three of 1000 bytes made room for 2500
    QCOMPARE(model.entry(0).message.payload, batch.at(6).payload);
    model.setByteCapacity(3000);
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.entry(0).message.payload.size(), 2500);
    // one message larger than the whole capacity is kept alone
    model.appendReceived({makeMessage(QStringLiteral("t"), QByteArray(5000, 'y'))});
    model.flush();
    QCOMPARE(model.totalCount(), 1);
    QCOMPARE(model.entry(0).message.payload.size(), 5000);
}

void TestMessageLogModel::oneMillionRows()
{
    constexpr int Total = 1'000'000;
    QTemporaryDir dir;
    MessageLogModel model;
    model.payloads().setSpillDirectory(dir.path());
    const QStringList subscriptionA{QStringLiteral("site/#")};
    const QStringList subscriptionB{QStringLiteral("site/#"), QStringLiteral("site/+/value")};
    for (int batch = 0; batch < Total / 1000; ++batch) {
        QList<Message> messages;
        messages.reserve(1000);
        for (int i = batch * 1000; i < (batch + 1) * 1000; ++i)
            messages.append(bulkMessage(i, i % 2 ? subscriptionB : subscriptionA));
        model.appendReceived(messages);
        if (batch % 10 == 9)
            model.flush();
    }
    model.flush();
    QCOMPARE(model.rowCount(), Total);
    QCOMPARE(model.entry(Total - 1).message.payload.size(), 256);
    // 256 MB of payloads: most of them were spilled, and come back
    QVERIFY(model.payloads().residentBytes() <= PayloadArena::DefaultResidentLimit);
    QVERIFY(model.payloads().spilledBytes() > 150 * 1024 * 1024);
    QCOMPARE(model.entry(0).message.payload, bulkMessage(0, subscriptionA).payload);

    LogFilter filter;
    filter.text = QStringLiteral("needle");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), Total / 100);

    filter.text = QStringLiteral("\"seq\":12345\\d,");
    filter.regularExpression = true;
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), 10);

    filter = LogFilter();
    filter.topicFilter = QStringLiteral("site/42/#");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), Total / 1000);

    filter = LogFilter();
    filter.subscription = QStringLiteral("site/+/value");
    QVERIFY(model.setFilter(filter));
    QCOMPARE(model.rowCount(), Total / 2);

    // At capacity, a batch drops as many of the oldest.
    model.appendReceived({bulkMessage(Total, subscriptionB), bulkMessage(Total + 1, subscriptionA)});
    model.flush();
    QCOMPARE(model.totalCount(), Total);
    QCOMPARE(model.rowCount(), Total / 2); // dropped 0 and 1 (one shown), added one shown
}

QTEST_GUILESS_MAIN(TestMessageLogModel)
#include "tst_messagelogmodel.moc"
