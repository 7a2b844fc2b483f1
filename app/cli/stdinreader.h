#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <deque>
#include <memory>

namespace Signalbox::Cli {

// Reads standard input line by line without blocking the event loop: a
// detached thread does the blocking reads (a terminal, a pipe or a file alike,
// on every platform) and hands the bytes to this object's thread.
//
// Reading is paced by the consumer: the thread reads ahead at most
// ReadAheadChunks chunks of ChunkSize bytes that this object has not handed
// on yet, and while paused this object hands on nothing, so a consumer that
// pauses it whenever it holds enough keeps memory bounded whatever the size of
// the input. Whatever one read() returns is handed on at once: a line from a
// slow pipe is not held back until a chunk fills.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    static constexpr int ChunkSize = 64 * 1024;
    static constexpr int ReadAheadChunks = 4;
    // linesRead() carries at most this many lines.
    static constexpr int MaximumBatch = 256;

    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    // Starts reading; call once.
    void start();
    // While paused, neither linesRead() nor finished() is emitted (nor once
    // the read-ahead is full, is stdin read); resuming goes on from the event
    // loop, never from inside this call.
    void setPaused(bool paused);
    bool isPaused() const { return m_paused; }

signals:
    // The next complete lines, without their '\n'; one signal per batch, from the event loop.
    void linesRead(const QList<QByteArray> &lines);
    // End of input; a last line without '\n' came in linesRead() before.
    void finished();

private:
    struct Shared;
    void onChunk(const QByteArray &chunk);
    void onEnd();
    void schedule();
    void handOn();
    bool nextChunk();

    std::shared_ptr<Shared> m_shared;
    std::deque<QByteArray> m_chunks; // posted by the thread, not yet taken
    QByteArray m_current; // the chunk being split into lines
    qsizetype m_offset = 0; // in m_current
    QByteArray m_partial; // the start of a line that continues in the next chunk
    bool m_started = false;
    bool m_paused = false;
    bool m_scheduled = false;
    bool m_ended = false;
    bool m_finished = false;
};

} // namespace Signalbox::Cli
