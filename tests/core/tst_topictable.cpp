// One connection's TopicTable gives every topic an id that the per-topic
// tables of the window share: the session stamps each message with it
// (TopicTable::intern, helped by the receiving client's Message::topicHint),
// and each table keeps its rows in arrays by id. Stamps and hints are only
// shortcuts: each table must end up exactly as it would without them,
// whatever they say. These tests feed every table the same messages twice:
// once as the session hands them over to tables that share the feed's topic
// table (hints from a SubscriptionMatcher that starts over often, so hints
// get reused for other topics; stamps of the shared table; mixed with another
// client's hints and another table's stamps, and with messages that carry
// neither), and once plain (no hint, no stamp, fresh strings) to tables with
// topic tables of their own, and compare everything the tables show.
#include "models/messagestore.h"
#include "client/retainedscan.h"
#include "mqtt/topic.h"
#include "mqtt/topichints.h"
#include "mqtt/topictable.h"
#include "models/messagelogmodel.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Signalbox;

namespace {

QString freshCopy(const QString &s)
{
    return s.isNull() ? QString() : QString(s.constData(), s.size());
}

QStringList freshCopy(const QStringList &list)
{
    QStringList copy;
    for (const QString &s : list)
        copy << freshCopy(s);
    return copy;
}

const QStringList &topicPool()
{
    static const QStringList pool = [] {
        QStringList topics;
        for (int i = 0; i < 12; ++i)
            topics << QStringLiteral("t/%1").arg(i);
        topics << QStringLiteral("u/x/y") << QStringLiteral("u/x") << QStringLiteral("$SYS/broker/uptime");
        return topics;
    }();
    return pool;
}

struct Feed
{
    std::shared_ptr<TopicTable> table = std::make_shared<TopicTable>(); // what the hinted messages were stamped with
    QList<QList<Message>> hinted;
    QList<QList<Message>> plain;
    QList<qsizetype> dropAfterBatch; // rows the message store drops after each batch
    int hintedCount = 0;
};

Feed makeFeed(int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    SubscriptionMatcher client;
    client.setCapacity(5); // starts over often: a hint soon names another topic
    SubscriptionMatcher other;
    other.setCapacity(3); // another client's hints, colliding with the first's
    other.addFilter(QStringLiteral("#"));
    TopicTable otherTable; // another connection's stamps
    const QByteArrayList payloads{QByteArray(), "1", "22", "333", "{\"v\":4}"};

    Feed feed;
    int i = 0;
    while (i < count) {
        const int batchSize = 1 + int(rng.bounded(20));
        QList<Message> hinted, plain;
        for (int k = 0; k < batchSize && i < count; ++k, ++i) {
            if (i == count / 3)
                client.addFilter(QStringLiteral("t/#"));
            if (i == count / 2)
                client.addFilter(QStringLiteral("t/1"));
            if (i == 2 * count / 3)
                client.removeFilter(QStringLiteral("t/#"));
            Message m;
            m.topic = freshCopy(topicPool().at(int(rng.bounded(topicPool().size()))));
            m.payload = payloads.at(int(rng.bounded(payloads.size())));
            m.retain = rng.bounded(2) == 1;
            m.qos = quint8(rng.bounded(3));
            m.receivedAtMs = 1'000 + i;
            switch (rng.bounded(5)) {
            case 0:
            case 1:
            case 2:
                m.topicHint = client.intern(m.topic, &m.subscriptions);
                feed.table->intern(m);
                ++feed.hintedCount;
                break;
            case 3:
                m.topicHint = other.intern(m.topic, &m.subscriptions);
                otherTable.intern(m);
                break;
            default:
                m.subscriptions = client.match(m.topic); // a message without a hint
                break;
            }
            Message p = m;
            p.topic = freshCopy(m.topic);
            p.subscriptions = freshCopy(m.subscriptions);
            p.topicHint = 0;
            p.topicId = 0;
            hinted << m;
            plain << p;
        }
        feed.hinted << hinted;
        feed.plain << plain;
        feed.dropAfterBatch << (rng.bounded(4) == 0 ? qsizetype(rng.bounded(30)) : 0);
    }
    return feed;
}

// Gives both tables the feed batch by batch; settle() applies what they hold
// (flush, tick) every `every` batches and at the end.
template<typename Table, typename Settle>
void feedBoth(const Feed &feed, Table &hinted, Table &plain, qsizetype every, Settle settle)
{
    hinted.setTopicTable(feed.table);
    for (qsizetype b = 0; b < feed.hinted.size(); ++b) {
        hinted.addMessages(feed.hinted[b]);
        plain.addMessages(feed.plain[b]);
        if (b % every == 0) {
            settle(hinted);
            settle(plain);
        }
    }
    settle(hinted);
    settle(plain);
}

} // namespace

class TestTopicTable : public QObject
{
    Q_OBJECT
private slots:
    void feedHasCollidingHints();
    void topicTree_data() { seeds(); }
    void topicTree();
    void trafficProfile_data() { seeds(); }
    void trafficProfile();
    void retainedAges_data() { seeds(); }
    void retainedAges();
    void messageStore_data() { seeds(); }
    void messageStore();
    void internGivesOneIdPerTopic_data() { seeds(); }
    void internGivesOneIdPerTopic();
    void stampsAreChecked();
    void sinksShareOneTable();
    void hintIndexIgnoresWhatItCannotUse();

private:
    static void seeds()
    {
        QTest::addColumn<quint32>("seed");
        for (quint32 seed : {1u, 2u, 3u, 42u})
            QTest::addRow("seed %u", seed) << seed;
    }
};

// The feed does what the tests rely on: one hint names different topics.
void TestTopicTable::feedHasCollidingHints()
{
    const Feed feed = makeFeed(3000, 7);
    QHash<quint32, QSet<QString>> topicsByHint;
    for (const QList<Message> &batch : feed.hinted) {
        for (const Message &m : batch) {
            if (m.topicHint != 0)
                topicsByHint[m.topicHint].insert(m.topic);
        }
    }
    QVERIFY(feed.hintedCount > 1000);
    QVERIFY(topicsByHint.value(1).size() > 1);
    QVERIFY(topicsByHint.value(3).size() > 1);
}

void TestTopicTable::topicTree()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    TopicTreeModel hinted, plain;
    feedBoth(feed, hinted, plain, 7, [](TopicTreeModel &model) { model.flush(); });

    QCOMPARE(hinted.nodeCount(), plain.nodeCount());
    qint64 own = 0;
    for (const QString &topic : topicPool()) {
        const QModelIndex h = hinted.indexForTopic(topic), p = plain.indexForTopic(topic);
        QVERIFY2(h.isValid() == p.isValid(), qPrintable(topic));
        if (!h.isValid())
            continue;
        QCOMPARE(h.row(), p.row());
        for (int role :
             {int(TopicTreeModel::OwnCountRole), int(TopicTreeModel::CountRole), int(TopicTreeModel::BytesRole),
              int(TopicTreeModel::RetainedRole), int(TopicTreeModel::HasRetainedRole), int(TopicTreeModel::PayloadRole),
              int(TopicTreeModel::LastTimeRole), int(TopicTreeModel::TopicRole)})
            QCOMPARE(h.data(role), p.data(role));
        QCOMPARE(hinted.recentMessages(h), plain.recentMessages(p));
        own += h.data(TopicTreeModel::OwnCountRole).toLongLong();
    }
    QCOMPARE(own, 4000);
}

void TestTopicTable::trafficProfile()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    TrafficProfileModel hinted, plain;
    for (TrafficProfileModel *model : {&hinted, &plain}) {
        model->setAutoTick(false);
        model->setDepth(TrafficProfileModel::MaxDepth); // a key per topic
        model->setTopN(TrafficProfileModel::MaxTopN);
    }
    feedBoth(feed, hinted, plain, 50, [](TrafficProfileModel &model) { model.tick(); });

    QCOMPARE(hinted.topicCount(), plain.topicCount());
    QCOMPARE(hinted.rowCount(), plain.rowCount());
    QCOMPARE(hinted.rowCount(), int(topicPool().size()));
    for (const QString &topic : topicPool()) {
        const int h = hinted.rowForKey(topic), p = plain.rowForKey(topic);
        QVERIFY2(h >= 0, qPrintable(topic));
        QCOMPARE(h, p);
        for (int role : {int(TrafficProfileModel::MessagesRole), int(TrafficProfileModel::BytesRole),
                         int(TrafficProfileModel::AvgPayloadRole)})
            QCOMPARE(hinted.index(h, 0).data(role), plain.index(p, 0).data(role));
    }
}

void TestTopicTable::retainedAges()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    RetainedScan hinted, plain;
    hinted.setTopicTable(feed.table);
    const QByteArrayList payloads{"1", "22", "333", "{\"v\":4}"};
    for (qsizetype b = 0; b < feed.hinted.size(); ++b) {
        hinted.noteMessages(feed.hinted[b]);
        plain.noteMessages(feed.plain[b]);
        if (b % 40 == 39) {
            QCOMPARE(hinted.rememberedTopics(), plain.rememberedTopics());
            for (const QString &topic : topicPool()) {
                for (const QByteArray &payload : payloads) {
                    const size_t hash = RetainedScan::payloadHash(payload);
                    const RetainedAge h = hinted.ageOf(topic, hash, 0, 100'000);
                    const RetainedAge p = plain.ageOf(topic, hash, 0, 100'000);
                    QCOMPARE(h.sinceMs, p.sinceMs);
                    QCOMPARE(h.atLeast, p.atLeast);
                }
            }
        }
    }
    QVERIFY(hinted.rememberedTopics() > 0);
}

void TestTopicTable::messageStore()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    MessageStore hinted, plain;
    hinted.setTopicTable(feed.table);
    for (qsizetype b = 0; b < feed.hinted.size(); ++b) {
        for (qsizetype i = 0; i < feed.hinted[b].size(); ++i) {
            const qint64 time = feed.hinted[b][i].receivedAtMs;
            QCOMPARE(hinted.append(feed.hinted[b][i], MessageStore::Direction::Received, time),
                     plain.append(feed.plain[b][i], MessageStore::Direction::Received, time));
        }
        // Dropping old rows frees list ids, which new lists then take.
        const qsizetype drop = std::min(feed.dropAfterBatch[b], hinted.size());
        hinted.dropFront(drop);
        plain.dropFront(drop);
    }
    QCOMPARE(hinted.firstId(), plain.firstId());
    QCOMPARE(hinted.endId(), plain.endId());
    QVERIFY(hinted.size() > 0);
    for (MessageStore::RowId id = hinted.firstId(); id < hinted.endId(); ++id) {
        QCOMPARE(hinted.topic(id), plain.topic(id));
        QCOMPARE(hinted.topicById(hinted.topicId(id)), plain.topic(id));
        QCOMPARE(hinted.subscriptions(id), plain.subscriptions(id));
        QCOMPARE(hinted.subscriptionsId(id), plain.subscriptionsId(id));
        QCOMPARE(hinted.previousOnTopic(id), plain.previousOnTopic(id));
        QCOMPARE(hinted.payload(id).toByteArray(), plain.payload(id).toByteArray());
    }
    // Everything dropped: nothing is left over.
    hinted.dropFront(hinted.size());
    plain.dropFront(plain.size());
    const Message last = feed.hinted.last().last();
    QCOMPARE(hinted.topic(hinted.append(last, MessageStore::Direction::Received, 0)), last.topic);
}

// Whatever the hints and stamps say, one topic has one id and one id one
// topic; the stamp is the id, and the message's topic the table's string.
void TestTopicTable::internGivesOneIdPerTopic()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(3000, seed);
    TopicTable table;
    QHash<QString, TopicTable::Id> ids;
    QSet<TopicTable::Id> seen;
    for (const QList<Message> &batch : feed.hinted) {
        for (Message m : batch) {
            const QString text = freshCopy(m.topic);
            const TopicTable::Id id = table.intern(m);
            QVERIFY(id != 0);
            QCOMPARE(m.topicId, id);
            QCOMPARE(m.topic, text);
            QVERIFY(sameTopicData(m.topic, table.topic(id)));
            QCOMPARE(table.idOf(m), id);
            QCOMPARE(table.find(text), id);
            const auto known = ids.constFind(text);
            if (known == ids.cend()) {
                QVERIFY2(!seen.contains(id), qPrintable(text)); // a new topic takes a new id
                ids.insert(text, id);
                seen.insert(id);
            } else {
                QCOMPARE(id, *known);
            }
        }
    }
    QCOMPARE(table.size(), qsizetype(ids.size()));
    QCOMPARE(table.bound(), TopicTable::Id(ids.size() + 1));
    QCOMPARE(ids.size(), topicPool().size());
}

void TestTopicTable::stampsAreChecked()
{
    TopicTable table, other;
    QCOMPARE(table.find(QStringLiteral("a")), 0u);
    QCOMPARE(table.topic(0), QString());
    const TopicTable::Id a = table.idOf(QStringLiteral("a"));
    const TopicTable::Id b = table.idOf(QStringLiteral("b"));
    QCOMPARE(a, 1u);
    QCOMPARE(b, 2u);
    QCOMPARE(table.idOf(QStringLiteral("a")), a);

    // Another table's stamp 1 on topic "b" names "a" here: it is not taken.
    Message m;
    m.topic = QStringLiteral("b");
    other.intern(m);
    QCOMPARE(m.topicId, 1u);
    QCOMPARE(table.idOf(m), b);
    QCOMPARE(table.intern(m), b);
    QCOMPARE(m.topicId, b);

    // A stamp past the end, or on a string with other data, is looked up.
    Message far;
    far.topic = QStringLiteral("c");
    far.topicId = 99;
    QCOMPARE(table.idOf(far), 3u);
    Message copy;
    copy.topic = freshCopy(table.topic(a));
    copy.topicId = a;
    QCOMPARE(table.idOf(copy), a);
    QCOMPARE(table.size(), 3);

    // A hint that once named "a" now comes with "b" (the client started over).
    SubscriptionMatcher client;
    Message h1;
    h1.topic = QStringLiteral("a");
    h1.topicHint = client.intern(h1.topic);
    QCOMPARE(table.intern(h1), a);
    Message h2;
    h2.topic = QStringLiteral("b");
    h2.topicHint = h1.topicHint;
    QCOMPARE(table.intern(h2), b);
    Message h3;
    h3.topic = h1.topic; // the hint's string again
    h3.topicHint = h1.topicHint;
    QCOMPARE(table.intern(h3), a);
}

// The session's tables take their topic ids from one table: after a batch,
// it holds each topic once, and each table's ids are its ids.
void TestTopicTable::sinksShareOneTable()
{
    auto table = std::make_shared<TopicTable>();
    MessageLogModel log;
    TopicTreeModel tree;
    TrafficProfileModel traffic;
    RetainedScan retained;
    log.setTopicTable(table);
    tree.setTopicTable(table);
    traffic.setTopicTable(table);
    retained.setTopicTable(table);
    QCOMPARE(&log.topicTable(), table.get());

    SubscriptionMatcher client;
    QList<Message> batch;
    for (const QString &topic :
         QStringList{QStringLiteral("a/b"), QStringLiteral("a/c"), QStringLiteral("a/b"), QStringLiteral("d")}) {
        Message m;
        m.topic = freshCopy(topic);
        m.payload = "1";
        m.topicHint = client.intern(m.topic, &m.subscriptions);
        table->intern(m);
        batch << m;
    }
    log.appendReceived(batch);
    log.flush();
    tree.addMessages(batch);
    tree.flush();
    traffic.addMessages(batch);
    retained.noteMessages(batch);

    QCOMPARE(table->size(), 3); // a/b, a/c, d: none of the tables added one
    QCOMPARE(log.rowCount(), 4);
    const QModelIndex node = tree.indexForTopic(QStringLiteral("a/b"));
    QCOMPARE(node.data(TopicTreeModel::OwnCountRole).toLongLong(), 2);
    QCOMPARE(traffic.topicCount(), 3);
    QCOMPARE(retained.rememberedTopics(), 3);
    QVERIFY(!retained.ageOf(batch[0], batch[0].receivedAtMs).atLeast);

    // A message the session did not stamp (a sent one) finds the same id.
    OutgoingMessage sent;
    sent.topic = QStringLiteral("d");
    sent.payload = "2";
    log.appendSent(1, sent);
    log.flush();
    QCOMPARE(table->size(), 3);
}

void TestTopicTable::hintIndexIgnoresWhatItCannotUse()
{
    TopicHintIndex index;
    Message m;
    m.topic = QStringLiteral("x");
    const auto always = [](qint64) { return true; };
    QCOMPARE(index.find(m, always), -1); // no hint
    m.topicHint = 3;
    QCOMPARE(index.find(m, always), -1); // nothing remembered
    index.remember(m, 5);
    QCOMPARE(index.find(m, always), 5);
    QCOMPARE(index.find(m, [](qint64) { return false; }), -1); // the table disagrees
    m.topicHint = TopicHintIndex::MaximumHint + 1;
    index.remember(m, 6);
    QCOMPARE(index.find(m, always), -1);
    Message empty;
    empty.topicHint = 2;
    index.remember(empty, 7);
    QCOMPARE(index.find(empty, always), -1);
    index.clear();
    m.topicHint = 3;
    QCOMPARE(index.find(m, always), -1);

    // Hints far apart (pages allocated as hints reach them) and the largest.
    const quint32 hints[] = {1, 4095, 4096, 4097, 70000, 1u << 20, TopicHintIndex::MaximumHint};
    for (quint32 hint : hints) {
        m.topicHint = hint;
        index.remember(m, qint64(hint) * 2);
    }
    for (quint32 hint : hints) {
        m.topicHint = hint;
        QCOMPARE(index.find(m, always), qint64(hint) * 2);
    }
    for (quint32 unknown : {2u, 4098u, 69999u, 70001u, (1u << 20) + 1, 1u << 21}) {
        m.topicHint = unknown;
        QCOMPARE(index.find(m, always), -1);
    }
}

QTEST_MAIN(TestTopicTable)

#include "tst_topictable.moc"
