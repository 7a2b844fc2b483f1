#include "stdinreader.h"

#include <QMetaObject>

#include <cerrno>
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
    StdinReader *reader = nullptr;
};

StdinReader::StdinReader(QObject *parent) : QObject(parent), m_shared(std::make_shared<Shared>())
{
    m_shared->reader = this;
}

StdinReader::~StdinReader()
{
    const std::lock_guard lock(m_shared->mutex);
    m_shared->reader = nullptr;
}

void StdinReader::start()
{
    if (m_started)
        return;
    m_started = true;
    std::thread([shared = m_shared] {
        constexpr int ChunkSize = 64 * 1024;
        QByteArray buffer(ChunkSize, Qt::Uninitialized);
        for (;;) {
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
            QMetaObject::invokeMethod(reader, [reader, chunk] { reader->onChunk(chunk); }, Qt::QueuedConnection);
        }
    }).detach();
}

void StdinReader::onChunk(const QByteArray &chunk)
{
    QList<QByteArray> lines;
    qsizetype start = 0;
    for (qsizetype newline = chunk.indexOf('\n'); newline >= 0; newline = chunk.indexOf('\n', start)) {
        if (m_partial.isEmpty()) {
            lines.append(chunk.mid(start, newline - start));
        } else {
            lines.append(m_partial + chunk.mid(start, newline - start));
            m_partial.clear();
        }
        start = newline + 1;
    }
    m_partial.append(chunk.constData() + start, chunk.size() - start);
    if (!lines.isEmpty())
        emit linesRead(lines);
}

void StdinReader::onEnd()
{
    if (!m_partial.isEmpty())
        emit linesRead({std::exchange(m_partial, {})});
    emit finished();
}

} // namespace Signalbox::Cli
