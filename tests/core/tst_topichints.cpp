// Topic hints (Message::topicHint) let the per-topic tables of the window skip
// hashing a known topic. They are only hints: each table must end up exactly
// as it would without them, whatever the hints say. These tests feed every
// table the same messages twice, once as the window's client hands them over
// (hints from a SubscriptionMatcher that starts over often, so hints get
// reused for other topics, mixed with hints from a second client and with
// messages that carry none) and once with no hint and fresh strings, and
// compare everything the tables show.
#include "models/messagestore.h"
#include "client/retainedscan.h"
#include "mqtt/topic.h"
#include "mqtt/topichints.h"
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
                ++feed.hintedCount;
                break;
            case 3:
                m.topicHint = other.intern(m.topic, &m.subscriptions);
                break;
            default:
                m.subscriptions = client.match(m.topic); // a message without a hint
                break;
            }
            Message p = m;
            p.topic = freshCopy(m.topic);
            p.subscriptions = freshCopy(m.subscriptions);
            p.topicHint = 0;
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

class TestTopicHints : public QObject
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
    void hintedRowsShareTheMessagesString();
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
void TestTopicHints::feedHasCollidingHints()
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

void TestTopicHints::topicTree()
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

void TestTopicHints::trafficProfile()
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

void TestTopicHints::retainedAges()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    RetainedScan hinted, plain;
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

void TestTopicHints::messageStore()
{
    QFETCH(quint32, seed);
    const Feed feed = makeFeed(4000, seed);
    MessageStore hinted, plain;
    for (qsizetype b = 0; b < feed.hinted.size(); ++b) {
        for (qsizetype i = 0; i < feed.hinted[b].size(); ++i) {
            const qint64 time = feed.hinted[b][i].receivedAtMs;
            QCOMPARE(hinted.append(feed.hinted[b][i], MessageStore::Direction::Received, time),
                     plain.append(feed.plain[b][i], MessageStore::Direction::Received, time));
        }
        // Dropping old rows frees topic and list ids, which new topics then take.
        const qsizetype drop = std::min(feed.dropAfterBatch[b], hinted.size());
        hinted.dropFront(drop);
        plain.dropFront(drop);
    }
    QCOMPARE(hinted.firstId(), plain.firstId());
    QCOMPARE(hinted.endId(), plain.endId());
    QVERIFY(hinted.size() > 0);
    for (MessageStore::RowId id = hinted.firstId(); id < hinted.endId(); ++id) {
        QCOMPARE(hinted.topic(id), plain.topic(id));
        QCOMPARE(hinted.topicId(id), plain.topicId(id));
        QCOMPARE(hinted.subscriptions(id), plain.subscriptions(id));
        QCOMPARE(hinted.subscriptionsId(id), plain.subscriptionsId(id));
        QCOMPARE(hinted.previousOnTopic(id), plain.previousOnTopic(id));
        QCOMPARE(hinted.payload(id).toByteArray(), plain.payload(id).toByteArray());
    }
    // Everything dropped: the ids are free again and nothing is left over.
    hinted.dropFront(hinted.size());
    plain.dropFront(plain.size());
    const Message last = feed.hinted.last().last();
    QCOMPARE(hinted.topic(hinted.append(last, MessageStore::Direction::Received, 0)), last.topic);
}

// With a hint, a table keeps the message's own string (one copy per topic).
void TestTopicHints::hintedRowsShareTheMessagesString()
{
    SubscriptionMatcher client;
    QList<Message> batch;
    for (int i = 0; i < 3; ++i) {
        Message m;
        m.topic = QStringLiteral("a/b");
        m.payload = "1";
        m.topicHint = client.intern(m.topic, &m.subscriptions);
        batch << m;
    }
    QVERIFY(sameTopicData(batch[0].topic, batch[2].topic));

    TopicTreeModel tree;
    tree.addMessages(batch);
    tree.flush();
    const QModelIndex node = tree.indexForTopic(QStringLiteral("a/b"));
    QCOMPARE(node.data(TopicTreeModel::OwnCountRole).toLongLong(), 3);
    QVERIFY(sameTopicData(node.data(TopicTreeModel::TopicRole).toString(), batch[0].topic));

    MessageStore store;
    for (const Message &m : batch)
        store.append(m, MessageStore::Direction::Received, 0);
    QVERIFY(sameTopicData(store.topic(store.firstId()), batch[0].topic));
    QCOMPARE(store.topicId(store.firstId()), store.topicId(store.endId() - 1));
}

void TestTopicHints::hintIndexIgnoresWhatItCannotUse()
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

QTEST_MAIN(TestTopicHints)

#include "tst_topichints.moc"
