#include "stdinreader.h"

#include <QMetaObject>

#include <cerrno>
#include <condition_variable>
#include <mutex>
#include <thread>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <unistd.h>
#endif

namespace Signalbox::Cli {

// What the reading thread shares with the object: the object may go away
// while the thread still waits in read(); it then posts nothing more.
struct StdinReader::Shared
{
    std::mutex mutex;
    std::condition_variable taken; // a chunk was taken, or the object went away
    StdinReader *reader = nullptr;
    int posted = 0; // chunks posted to the object and not yet taken
};

StdinReader::StdinReader(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->reader = this;
}

StdinReader::~StdinReader()
{
    {
        const std::lock_guard lock(m_shared->mutex);
        m_shared->reader = nullptr;
    }
    m_shared->taken.notify_one();
}

void StdinReader::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        for (;;) {
            {
                std::unique_lock lock(shared->mutex);
                shared->taken.wait(lock, [&] { return !shared->reader || shared->posted < ReadAheadChunks; });
                if (!shared->reader)
                    return;
            }
#ifdef Q_OS_WIN
            const int n = ::_read(0, buffer.data(), ChunkSize);
#else
            const ssize_t n = ::read(0, buffer.data(), ChunkSize);
#endif
            if (n < 0 && errno == EINTR)
                continue;
            const std::lock_guard lock(shared->mutex);
            if (!shared->reader)
                return;
            if (n <= 0) {
                QMetaObject::invokeMethod(shared->reader, &StdinReader::onEnd, Qt::QueuedConnection);
                return;
            }
            const QByteArray chunk(buffer.constData(), qsizetype(n));
            StdinReader *reader = shared->reader;
            ++shared->posted;
            QMetaObject::invokeMethod(
                reader, [reader, chunk] { reader->onChunk(chunk); }, Qt::QueuedConnection);
        }
    }).detach();
}

void StdinReader::setPaused(bool paused)
{
    m_paused = paused;
    if (!paused)
        schedule();
}

void StdinReader::onChunk(const QByteArray &chunk)
{
    m_chunks.push_back(chunk);
    schedule();
}

void StdinReader::onEnd()
{
    m_ended = true;
    schedule();
}

// One batch per pass of the event loop, so that what the consumer does with
// a batch (a socket write) happens before the next one.
void StdinReader::schedule()
{
    if (m_scheduled || m_paused || m_finished)
        return;
    m_scheduled = true;
    QMetaObject::invokeMethod(this, &StdinReader::handOn, Qt::QueuedConnection);
}

// Makes the next posted chunk the current one; lets the thread read another.
bool StdinReader::nextChunk()
{
    if (m_chunks.empty())
        return false;
    m_current = std::move(m_chunks.front());
    m_chunks.pop_front();
    m_offset = 0;
    {
        const std::lock_guard lock(m_shared->mutex);
        --m_shared->posted;
    }
    m_shared->taken.notify_one();
    return true;
}

void StdinReader::handOn()
{
    m_scheduled = false;
    if (m_paused || m_finished)
        return;
    QList<QByteArray> lines;
    while (lines.size() < MaximumBatch) {
        if (m_offset >= m_current.size() && !nextChunk())
            break;
        const qsizetype newline = m_current.indexOf('\n', m_offset);
        if (newline < 0) {
            m_partial.append(m_current.constData() + m_offset, m_current.size() - m_offset);
            m_offset = m_current.size();
            continue;
        }
        if (m_partial.isEmpty()) {
            lines.append(m_current.mid(m_offset, newline - m_offset));
        } else {
            m_partial.append(m_current.constData() + m_offset, newline - m_offset);
            lines.append(std::exchange(m_partial, {}));
        }
        m_offset = newline + 1;
    }
    if (m_offset >= m_current.size())
        m_current.clear();
    const bool more = m_offset < m_current.size() || !m_chunks.empty();
    if (!more && m_ended && !m_partial.isEmpty())
        lines.append(std::exchange(m_partial, {}));
    if (!lines.isEmpty())
        emit linesRead(lines);
    if (more) {
        schedule();
    } else if (m_ended && !m_paused && !m_finished) {
        m_finished = true;
        emit finished();
    }
}

} // namespace Signalbox::Cli
