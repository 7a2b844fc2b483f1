#include "models/topictreemodel.h"

#include <QAbstractItemModelTester>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;

namespace {

Message message(const QString &topic, const QByteArray &payload = "x", bool retain = false)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.retain = retain;
    m.receivedAtMs = 1'700'000'000'000;
    return m;
}

QStringList childNames(const QAbstractItemModel &model, const QModelIndex &parent)
{
    QStringList names;
    for (int row = 0; row < model.rowCount(parent); ++row)
        names << model.index(row, 0, parent).data(TopicTreeModel::TopicRole).toString();
    return names;
}

} // namespace

class TestTopicTreeModel : public QObject
{
    Q_OBJECT
private slots:
    void hierarchy();
    void emptyLevels();
    void countsRollUp();
    void retainedFlag();
    void recentHistoryIsARing();
    void batchesInsertWithoutReset();
    void rateAfterATick();
    void hundredThousandTopics();
    void historyShrinksAsTopicsGrow();
    void largeBatchIsAppliedInSlices();
    void flushAnnouncesHeldBackRows();
    void clearEmptiesTheTree();
};

void TestTopicTreeModel::hierarchy()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages(
        {message(QStringLiteral("a/b/c")), message(QStringLiteral("a/b")), message(QStringLiteral("$SYS/x"))});
    model.flush();

    QCOMPARE(childNames(model, {}), (QStringList{QStringLiteral("a"), QStringLiteral("$SYS")}));
    const QModelIndex a = model.indexForTopic(QStringLiteral("a"));
    QVERIFY(a.isValid());
    QCOMPARE(a.data().toString(), QStringLiteral("a"));
    QVERIFY(!a.data(TopicTreeModel::NodeHasMessageRole).toBool());
    const QModelIndex ab = model.indexForTopic(QStringLiteral("a/b"));
    QCOMPARE(ab.parent(), a);
    QVERIFY(ab.data(TopicTreeModel::NodeHasMessageRole).toBool());
    const QModelIndex abc = model.indexForTopic(QStringLiteral("a/b/c"));
    QCOMPARE(abc.parent(), ab);
    QCOMPARE(abc.data().toString(), QStringLiteral("c"));
    const QModelIndex sys = model.indexForTopic(QStringLiteral("$SYS"));
    QVERIFY(!sys.parent().isValid());
    QCOMPARE(childNames(model, sys), QStringList{QStringLiteral("$SYS/x")});
    QVERIFY(!model.indexForTopic(QStringLiteral("a/x")).isValid());
    QVERIFY(!model.indexForTopic(QStringLiteral("SYS")).isValid());
    QCOMPARE(model.nodeCount(), 5);
}

void TestTopicTreeModel::emptyLevels()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages({message(QStringLiteral("a//b")), message(QStringLiteral("/lead"))});
    model.flush();
    const QModelIndex empty = model.indexForTopic(QStringLiteral("a/"));
    QVERIFY(empty.isValid());
    QCOMPARE(empty.parent(), model.indexForTopic(QStringLiteral("a")));
    QCOMPARE(model.indexForTopic(QStringLiteral("a//b")).parent(), empty);
    const QModelIndex lead = model.indexForTopic(QStringLiteral("/lead"));
    QVERIFY(lead.isValid());
    QCOMPARE(lead.parent().data(TopicTreeModel::TopicRole).toString(), QString());
    QVERIFY(!lead.parent().parent().isValid());
}

void TestTopicTreeModel::countsRollUp()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages(
        {message(QStringLiteral("a/b/c"), "12345"), message(QStringLiteral("a/b")), message(QStringLiteral("a/d"))});
    model.flush();
    model.addMessages({message(QStringLiteral("a/b/c"), "1")});
    model.flush();

    const auto count = [&model](const char *topic, int role = TopicTreeModel::CountRole) {
        return model.indexForTopic(QString::fromLatin1(topic)).data(role).toLongLong();
    };
    QCOMPARE(count("a"), 4);
    QCOMPARE(count("a/b"), 3);
    QCOMPARE(count("a/b", TopicTreeModel::OwnCountRole), 1);
    QCOMPARE(count("a/b/c"), 2);
    QCOMPARE(count("a/d"), 1);
    QCOMPARE(count("a", TopicTreeModel::OwnCountRole), 0);
    QCOMPARE(count("a", TopicTreeModel::BytesRole), 8);
    // Topics below a node that received something: a/b, a/b/c and a/d under a; not a node's own.
    QCOMPARE(count("a", TopicTreeModel::TopicCountRole), 3);
    QCOMPARE(count("a/b", TopicTreeModel::TopicCountRole), 1);
    QCOMPARE(count("a/b/c", TopicTreeModel::TopicCountRole), 0);
    const QModelIndex messages = model.indexForTopic(QStringLiteral("a")).siblingAtColumn(TopicTreeModel::MessagesColumn);
    QCOMPARE(messages.data().toLongLong(), 4);
    QCOMPARE(model.indexForTopic(QStringLiteral("a/b/c")).siblingAtColumn(TopicTreeModel::PayloadColumn).data().toString(),
             QStringLiteral("1"));
}

void TestTopicTreeModel::retainedFlag()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages(
        {message(QStringLiteral("home/kitchen/temp"), "21", true), message(QStringLiteral("home/hall/temp"), "19", true),
         message(QStringLiteral("home/hall/light"), "on", false), message(QStringLiteral("office/temp"), "22", true)});
    model.flush();
    const QModelIndex home = model.indexForTopic(QStringLiteral("home"));
    QVERIFY(!home.data(TopicTreeModel::RetainedRole).toBool());
    QVERIFY(home.data(TopicTreeModel::HasRetainedRole).toBool());
    QVERIFY(model.indexForTopic(QStringLiteral("home/hall/temp")).data(TopicTreeModel::RetainedRole).toBool());
    QVERIFY(!model.indexForTopic(QStringLiteral("home/hall/light")).data(TopicTreeModel::RetainedRole).toBool());
    QCOMPARE(model.retainedTopicsUnder(home),
             (QStringList{QStringLiteral("home/kitchen/temp"), QStringLiteral("home/hall/temp")}));
    QCOMPARE(model.retainedTopicsUnder({}).size(), 3);

    // a live message after the retained one: the flag follows the last message
    model.addMessages({message(QStringLiteral("home/kitchen/temp"), "22", false)});
    model.flush();
    QVERIFY(!model.indexForTopic(QStringLiteral("home/kitchen/temp")).data(TopicTreeModel::RetainedRole).toBool());
    QCOMPARE(model.retainedTopicsUnder(home), QStringList{QStringLiteral("home/hall/temp")});
    QVERIFY(!model.indexForTopic(QStringLiteral("home/kitchen")).data(TopicTreeModel::HasRetainedRole).toBool());
}

void TestTopicTreeModel::recentHistoryIsARing()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int total = TopicTreeModel::RecentCapacity + 7;
    for (int i = 0; i < total; ++i) {
        model.addMessages({message(QStringLiteral("t"), QByteArray::number(i))});
        if (i % 5 == 0)
            model.flush();
    }
    model.flush();
    const QModelIndex t = model.indexForTopic(QStringLiteral("t"));
    const QList<Message> recent = model.recentMessages(t, 100);
    QCOMPARE(recent.size(), TopicTreeModel::RecentCapacity);
    for (int i = 0; i < recent.size(); ++i)
        QCOMPARE(recent.at(i).payload, QByteArray::number(total - 1 - i));
    QCOMPARE(model.recentMessages(t, 3).size(), 3);
    QCOMPARE(model.recentMessages(t, 3).constFirst().payload, QByteArray::number(total - 1));
    QCOMPARE(t.data(TopicTreeModel::PayloadRole).toByteArray(), QByteArray::number(total - 1));
    QCOMPARE(t.data(TopicTreeModel::CountRole).toLongLong(), total);

    model.addMessages({message(QStringLiteral("u/v"))});
    model.flush();
    QVERIFY(model.recentMessages(model.indexForTopic(QStringLiteral("u")), 5).isEmpty());
}

void TestTopicTreeModel::batchesInsertWithoutReset()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages({message(QStringLiteral("a/1"))});
    model.flush();
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    QList<Message> batch;
    for (int i = 2; i < 50; ++i)
        batch << message(QStringLiteral("a/%1").arg(i)) << message(QStringLiteral("b/%1/x").arg(i));
    batch << message(QStringLiteral("a/1"));
    model.addMessages(batch);
    model.flush();
    QCOMPARE(reset.size(), 0);
    // one insertion under "a" (48 rows) and one at the top ("b" with its subtree)
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(changed.size(), 2); // "a" at the top, "a/1" under it
    QCOMPARE(model.rowCount(model.indexForTopic(QStringLiteral("a"))), 49);
    QCOMPARE(model.rowCount(model.indexForTopic(QStringLiteral("b"))), 48);
}

void TestTopicTreeModel::rateAfterATick()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<Message> batch;
    for (int i = 0; i < 30; ++i)
        batch << message(QStringLiteral("s/%1").arg(i % 3));
    model.addMessages(batch);
    model.flush();
    model.tickRate();
    QCOMPARE(model.indexForTopic(QStringLiteral("s")).data(TopicTreeModel::RateRole).toLongLong(), 30);
    QCOMPARE(model.indexForTopic(QStringLiteral("s/1")).data(TopicTreeModel::RateRole).toLongLong(), 10);

    model.addMessages({message(QStringLiteral("s/1")), message(QStringLiteral("s/1"))});
    model.flush();
    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    model.tickRate();
    QCOMPARE(model.indexForTopic(QStringLiteral("s")).data(TopicTreeModel::RateRole).toLongLong(), 2);
    QCOMPARE(model.indexForTopic(QStringLiteral("s/1")).data(TopicTreeModel::RateRole).toLongLong(), 2);
    QCOMPARE(model.indexForTopic(QStringLiteral("s/0")).data(TopicTreeModel::RateRole).toLongLong(), 0);
    QVERIFY(!changed.isEmpty());
    model.tickRate();
    QCOMPARE(model.indexForTopic(QStringLiteral("s")).data(TopicTreeModel::RateRole).toLongLong(), 0);
}

void TestTopicTreeModel::hundredThousandTopics()
{
    // no QAbstractItemModelTester here: it walks the whole tree on every insertion
    TopicTreeModel model;
    constexpr int Topics = 100'000;
    constexpr int BatchSize = 5'000;
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    for (int round = 0; round < 2; ++round) {
        for (int first = 0; first < Topics; first += BatchSize) {
            QList<Message> batch;
            batch.reserve(BatchSize);
            for (int i = first; i < first + BatchSize; ++i)
                batch << message(QStringLiteral("fleet/%1/sensor/%2").arg(i % 100).arg(i));
            model.addMessages(batch);
            model.flush();
        }
    }
    QCOMPARE(reset.size(), 0);
    QCOMPARE(model.rowCount(), 1);
    const QModelIndex fleet = model.indexForTopic(QStringLiteral("fleet"));
    QCOMPARE(fleet.data(TopicTreeModel::CountRole).toLongLong(), 2 * Topics);
    QCOMPARE(model.rowCount(fleet), 100);
    const QModelIndex vehicle = model.indexForTopic(QStringLiteral("fleet/42/sensor"));
    QCOMPARE(model.rowCount(vehicle), Topics / 100);
    QCOMPARE(vehicle.data(TopicTreeModel::CountRole).toLongLong(), 2 * Topics / 100);
    QCOMPARE(
        model.indexForTopic(QStringLiteral("fleet/42/sensor/99942")).data(TopicTreeModel::OwnCountRole).toLongLong(), 2);
    QCOMPARE(model.nodeCount(), 1 + 100 + 100 + Topics);

    // The history of all nodes together stays within the budget: here one per topic, the last.
    QCOMPARE(model.historyPerNode(), 1);
    const QList<Message> recent = model.recentMessages(model.indexForTopic(QStringLiteral("fleet/42/sensor/99942")));
    QCOMPARE(recent.size(), 1);
    QCOMPARE(recent.constFirst().topic, QStringLiteral("fleet/42/sensor/99942"));
    qsizetype kept = 0;
    for (int i = 0; i < Topics; i += 997)
        kept += model.recentMessages(model.indexForTopic(QStringLiteral("fleet/%1/sensor/%2").arg(i % 100).arg(i))).size();
    QCOMPARE(kept, (Topics + 996) / 997);
    model.clear();
    QCOMPARE(model.historyPerNode(), TopicTreeModel::RecentCapacity);
}

void TestTopicTreeModel::historyShrinksAsTopicsGrow()
{
    TopicTreeModel model;
    const QString early = QStringLiteral("early/topic");
    QList<Message> first;
    for (int i = 0; i < TopicTreeModel::RecentCapacity; ++i)
        first << message(early, QByteArray::number(i));
    model.addMessages(first);
    model.flush();
    QCOMPARE(model.recentMessages(model.indexForTopic(early)).size(), TopicTreeModel::RecentCapacity);
    // enough topics for a budget of 4 each: the early node keeps its 4 newest
    const qsizetype topics = TopicTreeModel::HistoryBudget / 4;
    QList<Message> many;
    for (qsizetype i = 1; i < topics; ++i)
        many << message(QStringLiteral("many/%1").arg(i));
    model.addMessages(many);
    model.flush();
    QCOMPARE(model.historyPerNode(), 4);
    const QList<Message> recent = model.recentMessages(model.indexForTopic(early));
    QCOMPARE(recent.size(), 4);
    QCOMPARE(recent.constFirst().payload, QByteArray::number(TopicTreeModel::RecentCapacity - 1)); // newest first
    QCOMPARE(recent.constLast().payload, QByteArray::number(TopicTreeModel::RecentCapacity - 4));
}

void TestTopicTreeModel::clearEmptiesTheTree()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.addMessages({message(QStringLiteral("a/b"))});
    model.flush();
    model.addMessages({message(QStringLiteral("c"))});
    model.clear();
    QCOMPARE(model.rowCount(), 0);
    QVERIFY(!model.indexForTopic(QStringLiteral("a/b")).isValid());
    model.flush();
    QCOMPARE(model.rowCount(), 0);
    model.addMessages({message(QStringLiteral("a/b"))});
    model.flush();
    QCOMPARE(model.indexForTopic(QStringLiteral("a/b")).data(TopicTreeModel::CountRole).toLongLong(), 1);
}

void TestTopicTreeModel::largeBatchIsAppliedInSlices()
{
    TopicTreeModel model;
    QList<Message> batch;
    constexpr int Topics = 200'000;
    batch.reserve(Topics);
    for (int i = 0; i < Topics; ++i)
        batch << message(QStringLiteral("many/%1").arg(i));
    QElapsedTimer clock;
    clock.start();
    QList<qint64> insertedAtNs;
    connect(&model, &QAbstractItemModel::rowsInserted, this, [&] { insertedAtNs << clock.nsecsElapsed(); });
    model.addMessages(batch);
    QCOMPARE(model.nodeCount(), 0); // nothing before the timer

    // Between slices the event loop runs and sees the tree partly built.
    QSet<qsizetype> seen;
    QDeadlineTimer deadline(30000);
    while (model.nodeCount() < 1 + Topics && !deadline.hasExpired()) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 10);
        seen.insert(model.nodeCount());
    }
    QCOMPARE(model.nodeCount(), 1 + Topics);
    QVERIFY2(std::any_of(seen.cbegin(), seen.cend(), [](qsizetype n) { return n > 0 && n < 1 + Topics; }),
             "applied in one go");

    // The rows that arrived in the last slices are announced too, at most every InsertMs.
    const QModelIndex many = model.indexForTopic(QStringLiteral("many"));
    QVERIFY(many.isValid());
    QTRY_COMPARE(model.rowCount(many), Topics);
    QCOMPARE(many.data(TopicTreeModel::CountRole).toLongLong(), Topics);
    for (qsizetype i = 1; i < insertedAtNs.size(); ++i)
        QVERIFY2(insertedAtNs[i] - insertedAtNs[i - 1] >= (TopicTreeModel::InsertMs - 1) * 1'000'000LL,
                 qPrintable(QStringLiteral("insertions %1 and %2: %3 ns apart")
                                .arg(i - 1)
                                .arg(i)
                                .arg(insertedAtNs[i] - insertedAtNs[i - 1])));
}

// flush() announces new rows at once, also ones held back by the insertion limit.
void TestTopicTreeModel::flushAnnouncesHeldBackRows()
{
    TopicTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
    model.addMessages({message(QStringLiteral("a/1"))});
    QTRY_COMPARE(inserted.size(), 1); // the first insertion is not held back
    model.addMessages({message(QStringLiteral("a/2"))});
    model.flush();
    QCOMPARE(inserted.size(), 2);
    QCOMPARE(model.rowCount(model.indexForTopic(QStringLiteral("a"))), 2);
    model.addMessages({message(QStringLiteral("a/3"))});
    model.flush();
    QCOMPARE(model.rowCount(model.indexForTopic(QStringLiteral("a"))), 3);
    // Without flush(): the timer applies it, and announces it once InsertMs have passed.
    model.addMessages({message(QStringLiteral("a/4"))});
    QTRY_COMPARE(model.rowCount(model.indexForTopic(QStringLiteral("a"))), 4);
    QCOMPARE(model.nodeCount(), 5);
}

QTEST_GUILESS_MAIN(TestTopicTreeModel)
#include "tst_topictreemodel.moc"
