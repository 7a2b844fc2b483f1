#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <deque>
#include <memory>

class QFile;

namespace Signalbox {

// The payload bytes of the message log, appended in arrival order and dropped
// oldest first. Small payloads are packed into 64 KB blocks, large ones get a
// block of their own. While more than residentLimit() bytes of blocks are in
// memory, the oldest blocks are written to spill files (in spillDirectory(),
// deleted when their blocks are dropped or the arena is destroyed) and read
// back on demand, so a log of a million messages keeps the newest payloads in
// memory and the rest on disk. A spill file that cannot be written leaves the
// blocks in memory: nothing is lost, spillError() says why. Not thread-safe.
class PayloadArena
{
public:
    // Where a payload lives: its block's number (counting up from 0, never
    // reused) and its offset in that block.
    using Location = quint64;

    static constexpr qint64 DefaultResidentLimit = 64 * 1024 * 1024;
    static constexpr qsizetype BlockSize = 64 * 1024;

    PayloadArena();
    ~PayloadArena();
    PayloadArena(const PayloadArena &) = delete;
    PayloadArena &operator=(const PayloadArena &) = delete;

    // Bytes of blocks kept in memory before the oldest are spilled; negative:
    // never spill. Takes effect at the next append().
    void setResidentLimit(qint64 bytes) { m_residentLimit = bytes; }
    qint64 residentLimit() const { return m_residentLimit; }
    // Default: the application's cache directory, else the temporary one.
    void setSpillDirectory(const QString &path) { m_spillDirectory = path; }
    QString spillDirectory() const;

    Location append(QByteArrayView bytes);
    // The bytes at `location`; valid until the next call to any member.
    QByteArrayView read(Location location, qsizetype size) const;
    // Frees every block before the one `location` is in.
    void dropBefore(Location location);
    void clear();

    qint64 residentBytes() const { return m_residentBytes; }
    qint64 spilledBytes() const { return m_spilledBytes; }
    int spillFileCount() const { return static_cast<int>(m_files.size()); }
    // Why spilling stopped ("" while it works).
    QString spillError() const { return m_spillError; }

private:
    struct Block
    {
        std::unique_ptr<char[]> data; // null once spilled
        qsizetype size = 0; // bytes used
        qsizetype capacity = 0;
        qint64 filePosition = -1;
        quint64 file = 0; // number of the spill file, when spilled
    };
    struct SpillFile
    {
        quint64 number = 0;
        std::unique_ptr<QFile> file;
        quint64 lastBlock = 0;
    };

    static quint64 blockOf(Location location) { return location >> 16; }
    Block &newBlock(qsizetype capacity);
    void sealOpenBlock();
    void spill();
    bool spillBlock(quint64 number, Block &block);
    QFile *spillFile(qint64 incoming);

    std::deque<Block> m_blocks; // m_blocks[k] is block m_firstBlock + k
    quint64 m_firstBlock = 0;
    quint64 m_firstResident = 0; // blocks before it are spilled
    bool m_openBlock = false; // the last block takes small payloads
    qint64 m_residentBytes = 0;
    qint64 m_spilledBytes = 0;
    qint64 m_residentLimit = DefaultResidentLimit;
    QString m_spillDirectory;
    QString m_spillError;
    std::deque<SpillFile> m_files;
    quint64 m_nextFile = 0;

    mutable QByteArray m_readBuffer;
    mutable quint64 m_readBlock = ~quint64(0);
};

} // namespace Signalbox
