#include "models/payloadarena.h"

#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTemporaryFile>

#include <cstring>

namespace Signalbox {

namespace {

// A payload larger than this gets a block of its own.
constexpr qsizetype LargePayload = PayloadArena::BlockSize / 4;
// A spill file takes blocks until it holds this much; it is deleted once
// every block in it is dropped.
constexpr qint64 SpillFileBytes = 64 * 1024 * 1024;

} // namespace

PayloadArena::PayloadArena() = default;
PayloadArena::~PayloadArena() = default;

QString PayloadArena::spillDirectory() const
{
    if (!m_spillDirectory.isEmpty())
        return m_spillDirectory;
    QString cache = QStandardPaths::writableLocation(QStandardPaths::CacheLocation);
    if (!cache.isEmpty() && QDir().mkpath(cache))
        return cache;
    return QDir::tempPath();
}

PayloadArena::Block &PayloadArena::newBlock(qsizetype capacity)
{
    Block block;
    block.data = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(capacity));
    block.capacity = capacity;
    m_residentBytes += capacity;
    m_blocks.push_back(std::move(block));
    return m_blocks.back();
}

// The open block takes no more payloads; a block left mostly empty (a large
// payload came before it filled) gives back what it does not use.
void PayloadArena::sealOpenBlock()
{
    if (!m_openBlock)
        return;
    m_openBlock = false;
    Block &block = m_blocks.back();
    if (block.capacity - block.size < BlockSize / 8)
        return;
    auto fitted = std::make_unique_for_overwrite<char[]>(static_cast<size_t>(std::max<qsizetype>(1, block.size)));
    std::memcpy(fitted.get(), block.data.get(), static_cast<size_t>(block.size));
    block.data = std::move(fitted);
    m_residentBytes -= block.capacity - block.size;
    block.capacity = block.size;
}

PayloadArena::Location PayloadArena::append(QByteArrayView bytes)
{
    const quint64 next = m_firstBlock + m_blocks.size();
    if (bytes.isEmpty()) // any block number that keeps locations in order will do
        return quint64(m_blocks.empty() ? next : next - 1) << 16;

    Location location;
    if (bytes.size() > LargePayload) {
        sealOpenBlock();
        Block &block = newBlock(bytes.size());
        std::memcpy(block.data.get(), bytes.data(), static_cast<size_t>(bytes.size()));
        block.size = bytes.size();
        location = next << 16;
    } else {
        if (!m_openBlock || m_blocks.back().size + bytes.size() > m_blocks.back().capacity) {
            sealOpenBlock();
            newBlock(BlockSize);
            m_openBlock = true;
        }
        Block &block = m_blocks.back();
        const quint64 number = m_firstBlock + m_blocks.size() - 1;
        std::memcpy(block.data.get() + block.size, bytes.data(), static_cast<size_t>(bytes.size()));
        location = (number << 16) | static_cast<quint64>(block.size);
        block.size += bytes.size();
    }
    if (m_residentLimit >= 0 && m_residentBytes > m_residentLimit && m_spillError.isEmpty())
        spill();
    return location;
}

// Writes the oldest resident blocks out until the rest fit the limit. The
// last block stays: it is being filled, or was just written.
void PayloadArena::spill()
{
    const quint64 last = m_firstBlock + m_blocks.size() - 1;
    while (m_residentBytes > m_residentLimit && m_firstResident < last) {
        Block &block = m_blocks[m_firstResident - m_firstBlock];
        if (!spillBlock(m_firstResident, block))
            return;
        ++m_firstResident;
    }
}

bool PayloadArena::spillBlock(quint64 number, Block &block)
{
    QFile *file = spillFile(block.size);
    if (!file)
        return false;
    const qint64 position = file->size();
    if (!file->seek(position) || file->write(block.data.get(), block.size) != block.size || !file->flush()) {
        m_spillError = QCoreApplication::translate("Signalbox::PayloadArena",
                                                   "Could not write the message log's spill file %1: %2.")
                           .arg(QDir::toNativeSeparators(file->fileName()), file->errorString());
        qWarning("%s", qPrintable(m_spillError));
        file->resize(position);
        return false;
    }
    block.filePosition = position;
    block.file = m_files.back().number;
    m_files.back().lastBlock = number;
    m_residentBytes -= block.capacity;
    m_spilledBytes += block.size;
    block.data.reset();
    return true;
}

QFile *PayloadArena::spillFile(qint64 incoming)
{
    if (!m_files.empty() && m_files.back().file->size() + incoming <= SpillFileBytes)
        return m_files.back().file.get();
    auto file = std::make_unique<QTemporaryFile>(
        QDir(spillDirectory()).filePath(QStringLiteral("signalbox-log-XXXXXX.spill")));
    if (!file->open()) {
        m_spillError = QCoreApplication::translate("Signalbox::PayloadArena",
                                                   "Could not create a spill file for the message log in %1: %2.")
                           .arg(QDir::toNativeSeparators(spillDirectory()), file->errorString());
        qWarning("%s", qPrintable(m_spillError));
        return nullptr;
    }
    SpillFile spill;
    spill.number = m_nextFile++;
    spill.file = std::move(file);
    spill.lastBlock = m_firstBlock + m_blocks.size(); // updated by the first block written
    m_files.push_back(std::move(spill));
    return m_files.back().file.get();
}

QByteArrayView PayloadArena::read(Location location, qsizetype size) const
{
    if (size <= 0)
        return {};
    const quint64 number = blockOf(location);
    const qsizetype offset = static_cast<qsizetype>(location & 0xffff);
    Q_ASSERT(number >= m_firstBlock && number - m_firstBlock < m_blocks.size());
    const Block &block = m_blocks[number - m_firstBlock];
    Q_ASSERT(offset + size <= block.size);
    if (block.data)
        return QByteArrayView(block.data.get() + offset, size);
    if (m_readBlock != number) {
        m_readBlock = ~quint64(0);
        const SpillFile &spill = m_files[block.file - m_files.front().number];
        m_readBuffer.resize(block.size);
        if (!spill.file->seek(block.filePosition) || spill.file->read(m_readBuffer.data(), block.size) != block.size) {
            qWarning("Could not read the message log's spill file %s: %s", qPrintable(spill.file->fileName()),
                     qPrintable(spill.file->errorString()));
            return {};
        }
        m_readBlock = number;
    }
    return QByteArrayView(m_readBuffer.constData() + offset, size);
}

void PayloadArena::dropBefore(Location location)
{
    const quint64 until = std::min<quint64>(blockOf(location), m_firstBlock + m_blocks.size());
    while (m_firstBlock < until) {
        const Block &block = m_blocks.front();
        if (block.data)
            m_residentBytes -= block.capacity;
        else
            m_spilledBytes -= block.size;
        m_blocks.pop_front();
        ++m_firstBlock;
    }
    if (m_blocks.empty())
        m_openBlock = false;
    m_firstResident = std::max(m_firstResident, m_firstBlock);
    if (m_readBlock < m_firstBlock)
        m_readBlock = ~quint64(0);
    while (!m_files.empty() && m_files.front().lastBlock < m_firstBlock)
        m_files.pop_front(); // QTemporaryFile removes the file
}

void PayloadArena::clear()
{
    m_firstBlock += m_blocks.size();
    m_firstResident = m_firstBlock;
    m_blocks.clear();
    m_openBlock = false;
    m_residentBytes = 0;
    m_spilledBytes = 0;
    m_files.clear();
    m_readBlock = ~quint64(0);
    m_readBuffer = QByteArray();
}

} // namespace Signalbox
