// InboundQos2: which QoS 2 PUBLISHes are delivered, which are re-sends, and
// the ids held until PUBREL, without a socket.
#include "client/inboundqos2.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

using Verdict = InboundQos2::Verdict;

namespace {

const QString Topic = QStringLiteral("plant/valve");

} // namespace

class TestInboundQos2 : public QObject
{
    Q_OBJECT

private slots:
    // MQTT 5.0 §4.3.3: deliver once, hold the id until PUBREL.
    void deliversOnceUntilReleased()
    {
        InboundQos2 qos2;
        QCOMPARE(qos2.received(7, false, Topic, "open"), Verdict::Deliver);
        QVERIFY(qos2.isHeld(7));
        QCOMPARE(qos2.received(7, true, Topic, "open"), Verdict::Duplicate);
        // the same message again is a re-send, DUP or not
        QCOMPARE(qos2.received(7, false, Topic, "open"), Verdict::Duplicate);
        QCOMPARE(qos2.heldCount(), 1);

        QVERIFY(qos2.released(7));
        QVERIFY(!qos2.isHeld(7));
        QCOMPARE(qos2.heldCount(), 0);
        QVERIFY(!qos2.released(7)); // PUBREL for an id not held
        QVERIFY(!qos2.released(8));
    }

    void reusedIdWithoutDupIsNewMessage_data()
    {
        QTest::addColumn<bool>("dup");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Verdict>("verdict");
        // §3.3.1.1: without DUP the sender forgot the old exchange and reused the id.
        QTest::newRow("other payload") << false << Topic << QByteArray("close") << Verdict::Deliver;
        QTest::newRow("other topic") << false << QStringLiteral("plant/pump") << QByteArray("open") << Verdict::Deliver;
        QTest::newRow("other payload, DUP") << true << Topic << QByteArray("close") << Verdict::Duplicate;
        QTest::newRow("same") << false << Topic << QByteArray("open") << Verdict::Duplicate;
    }
    void reusedIdWithoutDupIsNewMessage()
    {
        QFETCH(bool, dup);
        QFETCH(QString, topic);
        QFETCH(QByteArray, payload);
        QFETCH(Verdict, verdict);
        InboundQos2 qos2;
        QCOMPARE(qos2.received(3, false, Topic, "open"), Verdict::Deliver);
        QCOMPARE(qos2.received(3, dup, topic, payload), verdict);
        QVERIFY(qos2.isHeld(3));
    }

    // A broker restarted from a snapshot older than our PUBCOMP sends the
    // finished message again with DUP: answered, not delivered again.
    void lateResendAfterRelease_data()
    {
        QTest::addColumn<bool>("dup");
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<Verdict>("verdict");
        QTest::newRow("DUP, same message") << true << QByteArray("open") << Verdict::Duplicate;
        QTest::newRow("no DUP: a new message") << false << QByteArray("open") << Verdict::Deliver;
        QTest::newRow("DUP, another message") << true << QByteArray("close") << Verdict::Deliver;
    }
    void lateResendAfterRelease()
    {
        QFETCH(bool, dup);
        QFETCH(QByteArray, payload);
        QFETCH(Verdict, verdict);
        InboundQos2 qos2;
        QCOMPARE(qos2.received(11, false, Topic, "open"), Verdict::Deliver);
        QVERIFY(qos2.released(11));
        QCOMPARE(qos2.received(11, dup, Topic, payload), verdict);
        QVERIFY(qos2.isHeld(11)); // held again either way, until its PUBREL
        QVERIFY(qos2.released(11));
    }

    void remembersTheLastReleases()
    {
        InboundQos2 qos2;
        QCOMPARE(qos2.received(1, false, Topic, "first"), Verdict::Deliver);
        QVERIFY(qos2.released(1));
        for (int id = 2; id < 2 + int(InboundQos2::RememberedReleases) - 1; ++id) {
            QCOMPARE(qos2.received(quint16(id), false, Topic, "more"), Verdict::Deliver);
            QVERIFY(qos2.released(quint16(id)));
        }
        // the first is still among the last RememberedReleases
        QCOMPARE(qos2.received(1, true, Topic, "first"), Verdict::Duplicate);
        QVERIFY(qos2.released(1));

        InboundQos2 older;
        QCOMPARE(older.received(1, false, Topic, "first"), Verdict::Deliver);
        QVERIFY(older.released(1));
        for (quint16 id = 2; id < 2 + InboundQos2::RememberedReleases; ++id) {
            QCOMPARE(older.received(id, false, Topic, "more"), Verdict::Deliver);
            QVERIFY(older.released(id));
        }
        // forgotten: delivered, as a message we cannot tell from a new one
        QCOMPARE(older.received(1, true, Topic, "first"), Verdict::Deliver);
    }

    // MQTT 5.0 §3.3.4: more unacknowledged QoS 2 PUBLISHes than the Receive
    // Maximum we sent is a protocol error (0x93).
    void receiveMaximum()
    {
        InboundQos2 qos2;
        qos2.setReceiveMaximum(2);
        QCOMPARE(qos2.received(1, false, Topic, "a"), Verdict::Deliver);
        QCOMPARE(qos2.received(2, false, Topic, "b"), Verdict::Deliver);
        QCOMPARE(qos2.received(2, true, Topic, "b"), Verdict::Duplicate); // a re-send takes no new slot
        QCOMPARE(qos2.received(3, false, Topic, "c"), Verdict::OverLimit);
        InboundQos2 unlimited;
        for (quint16 id = 1; id <= 100; ++id)
            QCOMPARE(unlimited.received(id, false, Topic, "x"), Verdict::Deliver);
    }

    // Ids a previous run delivered and did not see released: a re-send with
    // such an id is not delivered again, whatever it carries (its message is unknown).
    void restoredIdsAreHeld()
    {
        InboundQos2 qos2;
        qos2.restore({4, 5});
        QVERIFY(qos2.isHeld(4));
        QCOMPARE(qos2.received(4, true, Topic, "a"), Verdict::Duplicate);
        QCOMPARE(qos2.received(5, false, Topic, "b"), Verdict::Duplicate);
        QVERIFY(qos2.released(5));
        QCOMPARE(qos2.received(6, false, Topic, "c"), Verdict::Deliver);

        // A new session holds nothing.
        qos2.clear();
        QCOMPARE(qos2.heldCount(), 0);
        QCOMPARE(qos2.received(4, false, Topic, "a"), Verdict::Deliver);
    }

    void mirrorsTheStore()
    {
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.db"))));
        store.setSession(QStringLiteral("k"));
        InboundQos2 qos2;
        qos2.setStore(&store);
        qos2.received(1, false, Topic, "a");
        qos2.received(2, false, Topic, "b");
        qos2.received(2, true, Topic, "b");
        QCOMPARE(store.load().inboundQos2, QSet<quint16>({1, 2}));
        QVERIFY(qos2.released(1));
        QVERIFY(!qos2.released(9));
        QVERIFY(store.commit());
        QCOMPARE(store.load().inboundQos2, QSet<quint16>({2}));
    }
};

QTEST_GUILESS_MAIN(TestInboundQos2)
#include "tst_inboundqos2.moc"
