// KeepAliveWatch: when a client pings and when it gives a silent or stalled
// connection up, on a clock the test moves by hand.
#include "client/keepalivewatch.h"

#include <QTest>

using namespace Signalbox;

using Action = KeepAliveWatch::Action;

namespace {

constexpr qint64 Second = 1000000;

// A keep-alive of 10 s, accepted at t = 0, having just sent CONNECT.
KeepAliveWatch started()
{
    KeepAliveWatch k;
    k.opened(0);
    k.sent(0);
    k.start(10, QStringLiteral("broker.local"), 1883, 0);
    return k;
}

} // namespace

class TestKeepAliveWatch : public QObject
{
    Q_OBJECT

private slots:
    void noKeepAliveNeverPings()
    {
        KeepAliveWatch k;
        k.start(0, QStringLiteral("h"), 1, 0);
        QCOMPARE(k.check(1000 * Second, {}).action, Action::None);
        QVERIFY(!k.pingDueWhileHeld(1000 * Second));
    }

    // We ping after half an interval without a complete packet ...
    void pingsAfterHalfAnIntervalOfSilence()
    {
        KeepAliveWatch k = started();
        k.sent(4 * Second);
        QCOMPARE(k.check(4 * Second, {}).action, Action::None);
        QCOMPARE(k.check(5 * Second, {}).action, Action::Ping);
        QVERIFY(k.isPingOutstanding());
        // one ping at a time
        QCOMPARE(k.check(6 * Second, {}).action, Action::None);
        k.pingAnswered();
        QVERIFY(!k.isPingOutstanding());
    }

    // ... and, MQTT 5.0 §3.1.2.10, when we have sent nothing for most of one.
    void pingsWhenNothingWasSent()
    {
        KeepAliveWatch k = started();
        for (qint64 t = Second; t < 7 * Second; t += Second) {
            k.packetsReceived(t);
            QCOMPARE(k.check(t, {}).action, Action::None);
        }
        k.packetsReceived(7 * Second + Second / 2);
        QCOMPARE(k.check(7 * Second + Second / 2, {}).action, Action::Ping);
    }

    void givesUpWithoutPingresp_data()
    {
        QTest::addColumn<qint64>("partialBytes");
        QTest::addColumn<qint64>("unsentBytes");
        QTest::addColumn<QString>("says");
        QTest::newRow("silent") << qint64(0) << qint64(0) << QStringLiteral("stopped answering");
        // §3.12.4: bytes of a packet that never completes are no answer
        QTest::newRow("trickled packet") << qint64(700) << qint64(0) << QStringLiteral("700 bytes so far");
        QTest::newRow("not reading") << qint64(0) << qint64(4096) << QStringLiteral("4096 bytes still waiting");
    }
    void givesUpWithoutPingresp()
    {
        QFETCH(qint64, partialBytes);
        QFETCH(qint64, unsentBytes);
        QFETCH(QString, says);
        KeepAliveWatch k = started();
        QCOMPARE(k.check(5 * Second, {}).action, Action::Ping);
        KeepAliveWatch::Progress progress;
        progress.partialBytes = partialBytes;
        progress.unsentBytes = unsentBytes;
        QCOMPARE(k.check(9 * Second, progress).action, Action::None);
        const KeepAliveWatch::Check check = k.check(10 * Second, progress);
        QCOMPARE(check.action, Action::GiveUp);
        QCOMPARE(check.error.kind, ErrorKind::Timeout);
        QCOMPARE(check.error.reason, quint8(ReasonCode::KeepAliveTimeout));
        QVERIFY2(check.error.message.contains(QStringLiteral("broker.local:1883")), qPrintable(check.error.message));
        QVERIFY2(check.error.message.contains(says), qPrintable(check.error.message));
    }

    // Under a flood the PINGRESP waits behind the messages: a whole interval.
    void packetsSinceThePingAllowAWholeInterval()
    {
        KeepAliveWatch k = started();
        QCOMPARE(k.check(5 * Second, {}).action, Action::Ping);
        k.packetsReceived(6 * Second);
        QCOMPARE(k.check(10 * Second, {}).action, Action::None);
        QCOMPARE(k.check(15 * Second, {}).action, Action::GiveUp);
    }

    // A broker that answers pings and acknowledges nothing, for two intervals.
    void givesUpWhenNothingIsAcknowledged()
    {
        KeepAliveWatch k = started();
        KeepAliveWatch::Progress waiting;
        waiting.awaitingAcks = 3;
        qint64 t = 0;
        for (; t < 20 * Second; t += Second) {
            k.packetsReceived(t);
            k.sent(t);
            k.pingAnswered();
            QCOMPARE(k.check(t, waiting).action, Action::None);
        }
        const KeepAliveWatch::Check check = k.check(t, waiting);
        QCOMPARE(check.action, Action::GiveUp);
        QVERIFY2(check.error.message.contains(QStringLiteral("acknowledged nothing for 20 s")),
                 qPrintable(check.error.message));
    }

    void anAcknowledgementOrNothingToWaitForRestartsTheWait()
    {
        KeepAliveWatch k = started();
        KeepAliveWatch::Progress waiting;
        waiting.awaitingAcks = 1;
        k.packetsReceived(15 * Second);
        k.acknowledged();
        k.sent(15 * Second);
        QCOMPARE(k.check(20 * Second, waiting).action, Action::Ping);
        k.pingAnswered();
        QCOMPARE(k.check(34 * Second, {}).action, Action::Ping); // nothing waiting: the wait starts here
        k.pingAnswered();
        k.packetsReceived(53 * Second);
        k.sent(53 * Second);
        QCOMPARE(k.check(53 * Second, waiting).action, Action::None);
        QCOMPARE(k.check(54 * Second, waiting).action, Action::GiveUp);
    }

    // While reading is held, only our side of the keep-alive is kept.
    void heldReadingPingsUntimedAndRestartsTheClocks()
    {
        KeepAliveWatch k = started();
        QCOMPARE(k.check(5 * Second, {}).action, Action::Ping);
        QVERIFY(!k.pingDueWhileHeld(7 * Second));
        QVERIFY(k.pingDueWhileHeld(8 * Second));
        k.sent(8 * Second);
        QVERIFY(!k.pingDueWhileHeld(9 * Second));
        // Held for a minute: the broker is judged from when reading resumed.
        k.resumed(60 * Second);
        QVERIFY(k.isPingOutstanding());
        QCOMPARE(k.check(64 * Second, {}).action, Action::None);
        QCOMPARE(k.check(65 * Second, {}).action, Action::GiveUp);
    }
};

QTEST_GUILESS_MAIN(TestKeepAliveWatch)
#include "tst_keepalivewatch.moc"
