// ReceiveBacklog: when a client holds its reading and when it is woken, and
// that two threads never lose a wake-up between them.
#include "client/receivebacklog.h"

#include <QTest>

#include <atomic>
#include <condition_variable>
#include <mutex>
#include <thread>

using namespace Signalbox;

class TestReceiveBacklog : public QObject
{
    Q_OBJECT

private slots:
    void noLimitNeverHolds()
    {
        ReceiveBacklog backlog;
        QVERIFY(!backlog.added(1'000'000));
        QCOMPARE(backlog.count(), 1'000'000);
        QVERIFY(!backlog.taken(1'000'000));
        QCOMPARE(backlog.count(), 0);
    }

    void holdsAboveTheLimitAndWakesAtHalf()
    {
        ReceiveBacklog backlog;
        backlog.setLimit(100);
        QVERIFY(!backlog.added(60));
        QVERIFY(!backlog.added(40)); // 100: at the limit, not above
        QVERIFY(backlog.added(20)); // 120
        QVERIFY(backlog.hold());
        QVERIFY(backlog.isHeld());
        QVERIFY(!backlog.added(10)); // already held: no second hold
        QVERIFY(!backlog.taken(70)); // 60: still above half
        QVERIFY(backlog.taken(10)); // 50: wake the client
        QVERIFY(!backlog.taken(10)); // once per hold
        QVERIFY(backlog.isHeld()); // until the client acts on it
        QVERIFY(backlog.tryRelease());
        QVERIFY(!backlog.isHeld());
        QVERIFY(!backlog.tryRelease()); // nothing held
        QCOMPARE(backlog.count(), 40);
    }

    void holdIsRefusedWhenTheConsumerCaughtUp()
    {
        ReceiveBacklog backlog;
        backlog.setLimit(100);
        QVERIFY(backlog.added(101));
        QVERIFY(!backlog.taken(90)); // not held yet: nobody to wake
        QVERIFY(!backlog.hold()); // 11 left: reading goes on
        QVERIFY(!backlog.isHeld());
    }

    void staleWakeUpKeepsTheHold()
    {
        // The client was woken, but more came in before it acted: it stays
        // held, and the next taken() that brings the count down wakes it again.
        ReceiveBacklog backlog;
        backlog.setLimit(100);
        backlog.added(150);
        QVERIFY(backlog.hold());
        QVERIFY(backlog.taken(100)); // 50: wake
        backlog.added(60); // 110 (what the client's last read still held)
        QVERIFY(!backlog.tryRelease());
        QVERIFY(backlog.isHeld());
        QVERIFY(backlog.taken(60)); // 50: woken again
        QVERIFY(backlog.tryRelease());
    }

    void releaseEndsAnyHold()
    {
        ReceiveBacklog backlog;
        backlog.setLimit(10);
        backlog.added(100);
        QVERIFY(backlog.hold());
        backlog.release(); // a new connection reads at once
        QVERIFY(!backlog.isHeld());
        QCOMPARE(backlog.count(), 100); // what waits is still counted
    }

    // A producer that holds and sleeps until woken, and a consumer that takes
    // in other amounts: every message gets through, and every wait of the
    // producer ends with a wake-up, none with its 5 s timeout.
    void twoThreadsNeverLoseAWakeUp()
    {
        ReceiveBacklog backlog;
        backlog.setLimit(64);
        constexpr qint64 Total = 200'000;
        std::mutex mutex;
        std::condition_variable wake;
        bool woken = false;
        std::atomic<qint64> handedOver{0};
        std::atomic<qint64> taken{0};
        std::atomic<int> holds{0};
        std::atomic<int> lostWakeUps{0};

        std::thread producer([&] {
            qint64 sent = 0;
            while (sent < Total) {
                const qint64 n = std::min<qint64>(7, Total - sent);
                sent += n;
                handedOver += n;
                if (backlog.added(n) && backlog.hold()) {
                    ++holds;
                    for (;;) {
                        std::unique_lock lock(mutex);
                        if (!wake.wait_for(lock, std::chrono::seconds(5), [&] { return woken; }))
                            ++lostWakeUps;
                        woken = false;
                        lock.unlock();
                        if (backlog.tryRelease() || !backlog.isHeld())
                            break;
                    }
                }
            }
        });
        std::thread consumer([&] {
            while (taken < Total) {
                const qint64 available = handedOver - taken;
                if (available <= 0) {
                    std::this_thread::yield();
                    continue;
                }
                const qint64 n = std::min<qint64>(available, 5);
                taken += n;
                if (backlog.taken(n)) {
                    std::lock_guard lock(mutex);
                    woken = true;
                    wake.notify_one();
                }
            }
        });
        producer.join();
        consumer.join();
        QCOMPARE(taken.load(), Total);
        QCOMPARE(backlog.count(), 0);
        QVERIFY(holds > 0);
        QCOMPARE(lostWakeUps.load(), 0);
    }
};

QTEST_GUILESS_MAIN(TestReceiveBacklog)
#include "tst_receivebacklog.moc"
