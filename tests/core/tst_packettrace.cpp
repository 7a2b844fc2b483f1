// PacketTrace: which packets are traced for the packet inspector.
#include "client/packettrace.h"

#include <QTest>

using namespace Signalbox;

namespace {

const Packet Publish = PublishPacket{};
const Packet Puback = AckPacket{PacketType::Puback, 1, 0, {}};
const Packet Subscribe = SubscribePacket{2, {{QStringLiteral("a"), 0}}, {}};
const Packet Ping = PingreqPacket{};

} // namespace

class TestPacketTrace : public QObject
{
    Q_OBJECT

private slots:
    void offByDefault()
    {
        PacketTrace trace;
        QVERIFY(!trace.isEnabled());
        QVERIFY(!trace.wants(Subscribe));
        QVERIFY(trace.received({Subscribe}, {"bytes"}).isEmpty());
    }

    void wants_data()
    {
        QTest::addColumn<bool>("publishes");
        QTest::addColumn<Packet>("packet");
        QTest::addColumn<bool>("wanted");
        QTest::newRow("PUBLISH") << true << Publish << true;
        QTest::newRow("PUBACK") << true << Puback << true;
        QTest::newRow("SUBSCRIBE") << true << Subscribe << true;
        QTest::newRow("PUBLISH left out") << false << Publish << false;
        QTest::newRow("PUBACK left out") << false << Puback << false;
        QTest::newRow("SUBSCRIBE, publishes left out") << false << Subscribe << true;
        QTest::newRow("PINGREQ, publishes left out") << false << Ping << true;
    }
    void wants()
    {
        QFETCH(bool, publishes);
        QFETCH(Packet, packet);
        QFETCH(bool, wanted);
        PacketTrace trace;
        trace.setEnabled(true);
        trace.setPublishLimit(publishes ? PacketTrace::Unlimited : 0);
        QCOMPARE(trace.wants(packet), wanted);
    }

    // A flood's PUBLISH and acknowledgements are traced up to the limit a
    // second and counted beyond it; the other packets always.
    void publishLimitPerSecond()
    {
        PacketTrace trace;
        trace.setEnabled(true);
        trace.setPublishLimit(3);
        int wanted = 0;
        for (int i = 0; i < 10; ++i)
            wanted += trace.wants(i % 2 ? Puback : Publish);
        const QList<PacketRecord> in = trace.received({Publish, Subscribe, Ping}, {"p", "s", "i"});
        if (wanted != 3) // a second turned over between two calls: the count started again
            QSKIP("a second boundary fell inside the test");
        QCOMPARE(wanted, 3);
        QCOMPARE(in.size(), 2); // SUBSCRIBE and PINGREQ, not the fourth PUBLISH
        QCOMPARE(trace.publishesLeftOut(), 8);
        QTest::qWait(1100);
        QVERIFY(trace.wants(Publish)); // a new second
    }

    void sentInOrder()
    {
        PacketTrace trace;
        trace.setEnabled(true);
        trace.sent(Subscribe, "sub");
        trace.sent(Ping, "ping");
        const QList<PacketRecord> records = trace.takeSent();
        QCOMPARE(records.size(), 2);
        QVERIFY(records.at(0).outgoing);
        QCOMPARE(records.at(0).packet, Subscribe);
        QCOMPARE(records.at(0).bytes, QByteArray("sub"));
        QVERIFY(records.at(0).timeMs > 0);
        QCOMPARE(records.at(1).packet, Ping);
        QVERIFY(trace.takeSent().isEmpty());
    }

    // Regression: a PUBLISH taken back unwritten (too large for the broker)
    // removed the last record even when PUBLISHes were not traced, which was
    // then another packet.
    void withdrawnUntracedPublishKeepsOthers()
    {
        PacketTrace trace;
        trace.setEnabled(true);
        trace.setPublishLimit(0);
        trace.sent(Subscribe, "sub");
        trace.withdrawn(Publish);
        QCOMPARE(trace.takeSent().size(), 1);

        trace.setPublishLimit(PacketTrace::Unlimited);
        trace.sent(Subscribe, "sub");
        trace.sent(Publish, "pub");
        trace.withdrawn(Publish);
        const QList<PacketRecord> records = trace.takeSent();
        QCOMPARE(records.size(), 1);
        QCOMPARE(records.first().packet, Subscribe);
    }

    void received()
    {
        PacketTrace trace;
        trace.setEnabled(true);
        trace.setPublishLimit(0);
        const QList<PacketRecord> records = trace.received({Publish, Subscribe, Puback, Ping}, {"p", "s", "a"});
        QCOMPARE(records.size(), 2);
        QVERIFY(!records.at(0).outgoing);
        QCOMPARE(records.at(0).packet, Subscribe);
        QCOMPARE(records.at(0).bytes, QByteArray("s"));
        QCOMPARE(records.at(1).packet, Ping);
        QCOMPARE(records.at(1).bytes, QByteArray()); // no bytes were kept for it
    }
};

QTEST_GUILESS_MAIN(TestPacketTrace)
#include "tst_packettrace.moc"
