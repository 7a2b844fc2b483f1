#pragma once

#include <QtGlobal>

#include <atomic>

namespace Signalbox {

// Back-pressure between a client, which reads messages in its own thread, and
// the thread that consumes them (the window). The client counts what it hands
// over (added()), the consumer what it has taken (taken()). Past the limit the
// client holds its reading: the socket's buffers fill and TCP holds the
// broker, whose own queue limits then apply. It reads again once the
// consumer has brought the count down to half the limit. Nothing read is ever
// dropped: holding only stops more from coming in.
//
// Thread-safe. The client's side (added(), hold(), tryRelease(), release())
// runs in one thread, the consumer's (taken()) in another; a wake-up is never
// lost between them: of the client's "held, and the count is still high" and
// the consumer's "taken, and the client holds", at least one sees the other
// (all sequentially consistent).
class ReceiveBacklog
{
public:
    // 0 (the default): no limit, never holds.
    void setLimit(qint64 messages) { m_limit.store(messages < 0 ? 0 : messages); }
    qint64 limit() const { return m_limit.load(); }
    // Handed over and not yet taken.
    qint64 count() const { return m_count.load(); }
    bool isHeld() const { return m_held.load(); }

    // Client: `n` messages handed over; true when reading should be held now.
    bool added(qint64 n)
    {
        const qint64 limit = m_limit.load();
        const qint64 now = m_count.fetch_add(n) + n;
        return limit > 0 && now > limit && !m_held.load();
    }
    // Client: reading is held from now on. False when the consumer caught up
    // meanwhile: then do not hold (release() has been done).
    bool hold()
    {
        m_wakePosted.store(false);
        m_held.store(true);
        if (m_count.load() > lowMark())
            return true;
        release();
        return false;
    }
    // Consumer: `n` taken. True when the client must be woken (at most once a
    // hold): call the client's resume, queued to its thread.
    bool taken(qint64 n)
    {
        const qint64 now = m_count.fetch_sub(n) - n;
        return m_held.load() && now <= lowMark() && !m_wakePosted.exchange(true);
    }
    // Client, on a wake-up (or to check on its own): true when the hold ended
    // now, false when there was none or the count is still above half the
    // limit (a later taken() wakes it again).
    bool tryRelease()
    {
        if (!m_held.load())
            return false;
        m_wakePosted.store(false);
        if (m_count.load() > lowMark())
            return false;
        release();
        return true;
    }
    // Client: stop holding whatever the count (a new connection).
    void release() { m_held.store(false); }

private:
    qint64 lowMark() const { return m_limit.load() / 2; }

    std::atomic<qint64> m_count{0};
    std::atomic<qint64> m_limit{0};
    std::atomic<bool> m_held{false};
    std::atomic<bool> m_wakePosted{false};
};

} // namespace Signalbox
