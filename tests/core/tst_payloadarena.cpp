// PayloadArena: payloads come back as they went in, whether they are still in
// memory or were spilled to disk and read back; dropping frees memory and
// deletes spill files; a spill directory that cannot be written keeps
// everything in memory.
#include "models/payloadarena.h"

#include <QDir>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <vector>

using namespace Signalbox;

namespace {

// A payload whose bytes tell which one it is, of the given size.
QByteArray payloadFor(int index, qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = static_cast<char>((index * 31 + i * 7) & 0xff);
    return bytes;
}

// Spill files are unnamed where the system allows (Linux: O_TMPFILE), so a
// crash leaves none behind; named ones must be gone once dropped.
int namedFilesIn(const QString &dir)
{
    return static_cast<int>(QDir(dir).entryList(QDir::Files | QDir::NoDotAndDotDot).size());
}

struct Stored
{
    PayloadArena::Location location;
    QByteArray bytes;
};

} // namespace

class TestPayloadArena : public QObject
{
    Q_OBJECT
private slots:
    void readsBackFromMemoryAndDisk_data();
    void readsBackFromMemoryAndDisk();
    void dropFreesMemoryAndDeletesFiles();
    void dropKeepsWhatLaterRowsUse();
    void unwritableDirectoryKeepsEverything();
    void clearDeletesFiles();
};

void TestPayloadArena::readsBackFromMemoryAndDisk_data()
{
    QTest::addColumn<qint64>("limit");
    QTest::addRow("never spill") << qint64(-1);
    QTest::addRow("spill all but the open block") << qint64(0);
    QTest::addRow("1 MB in memory") << qint64(1024 * 1024);
}

// Small, empty and large payloads mixed, read in order and out of order.
void TestPayloadArena::readsBackFromMemoryAndDisk()
{
    QFETCH(qint64, limit);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    PayloadArena arena;
    arena.setResidentLimit(limit);
    arena.setSpillDirectory(dir.path());

    std::vector<Stored> stored;
    QRandomGenerator random(7);
    for (int i = 0; i < 20000; ++i) {
        qsizetype size = random.bounded(300);
        if (i % 97 == 0)
            size = 0;
        if (i % 501 == 0)
            size = 20000 + random.bounded(200000); // a block of its own
        const QByteArray bytes = payloadFor(i, size);
        stored.push_back({arena.append(bytes), bytes});
    }
    QVERIFY(arena.spillError().isEmpty());
    if (limit < 0) {
        QCOMPARE(arena.spilledBytes(), 0);
        QCOMPARE(arena.spillFileCount(), 0);
    } else {
        QVERIFY(arena.spilledBytes() > 0);
        QVERIFY(arena.residentBytes() <= std::max<qint64>(limit, 0) + 256 * 1024);
        QVERIFY(arena.spillFileCount() >= 1);
    }
    for (size_t i = 0; i < stored.size(); ++i)
        QCOMPARE(arena.read(stored[i].location, stored[i].bytes.size()).toByteArray(), stored[i].bytes);
    for (int k = 0; k < 3000; ++k) {
        const size_t i = random.bounded(static_cast<quint32>(stored.size()));
        QCOMPARE(arena.read(stored[i].location, stored[i].bytes.size()).toByteArray(), stored[i].bytes);
    }
}

void TestPayloadArena::dropFreesMemoryAndDeletesFiles()
{
    QTemporaryDir dir;
    PayloadArena arena;
    arena.setResidentLimit(256 * 1024);
    arena.setSpillDirectory(dir.path());
    std::vector<Stored> stored;
    // 160 MB: more than two spill files of 64 MB
    for (int i = 0; i < 160 * 64; ++i) {
        const QByteArray bytes = payloadFor(i, 16 * 1024);
        stored.push_back({arena.append(bytes), bytes});
    }
    QVERIFY(arena.spillError().isEmpty());
    QCOMPARE(arena.spillFileCount(), 3);
    QVERIFY(arena.residentBytes() <= 256 * 1024 + PayloadArena::BlockSize);

    // keep the newest 20 MB: all in the third file
    const size_t keep = stored.size() * 7 / 8;
    arena.dropBefore(stored[keep].location);
    QCOMPARE(arena.spillFileCount(), 1);
    QVERIFY(namedFilesIn(dir.path()) <= 1);
    QVERIFY(arena.spilledBytes() < 64LL * 1024 * 1024);
    for (size_t i = keep; i < stored.size(); ++i)
        QCOMPARE(arena.read(stored[i].location, stored[i].bytes.size()).toByteArray(), stored[i].bytes);
}

// A small block stays open while a large payload gets its own block after it;
// dropping up to the large payload must keep the small block the rows after
// it still use.
void TestPayloadArena::dropKeepsWhatLaterRowsUse()
{
    QTemporaryDir dir;
    PayloadArena arena;
    arena.setResidentLimit(0);
    arena.setSpillDirectory(dir.path());
    std::vector<Stored> stored;
    for (int i = 0; i < 400; ++i) {
        const QByteArray bytes = payloadFor(i, i % 3 == 0 ? 40000 : (i % 7 == 0 ? 0 : 100));
        stored.push_back({arena.append(bytes), bytes});
    }
    for (size_t first = 1; first < stored.size(); first += 13) {
        arena.dropBefore(stored[first].location);
        for (size_t i = first; i < stored.size(); ++i)
            QCOMPARE(arena.read(stored[i].location, stored[i].bytes.size()).toByteArray(), stored[i].bytes);
    }
}

void TestPayloadArena::unwritableDirectoryKeepsEverything()
{
    PayloadArena arena;
    arena.setResidentLimit(0);
    arena.setSpillDirectory(QStringLiteral("/nonexistent/signalbox-spill-test"));
    std::vector<Stored> stored;
    for (int i = 0; i < 5000; ++i) {
        const QByteArray bytes = payloadFor(i, 100);
        stored.push_back({arena.append(bytes), bytes});
    }
    QVERIFY(arena.spillError().contains(QStringLiteral("/nonexistent/signalbox-spill-test")));
    QCOMPARE(arena.spilledBytes(), 0);
    QVERIFY(arena.residentBytes() >= 5000 * 100);
    for (const Stored &s : stored)
        QCOMPARE(arena.read(s.location, s.bytes.size()).toByteArray(), s.bytes);
}

void TestPayloadArena::clearDeletesFiles()
{
    QTemporaryDir dir;
    PayloadArena arena;
    arena.setResidentLimit(0);
    arena.setSpillDirectory(dir.path());
    for (int i = 0; i < 2000; ++i)
        arena.append(payloadFor(i, 200));
    QCOMPARE(arena.spillFileCount(), 1);
    arena.clear();
    QCOMPARE(arena.spillFileCount(), 0);
    QCOMPARE(namedFilesIn(dir.path()), 0);
    QCOMPARE(arena.residentBytes(), 0);
    QCOMPARE(arena.spilledBytes(), 0);
    const QByteArray bytes = payloadFor(1, 300);
    const auto location = arena.append(bytes);
    QCOMPARE(arena.read(location, bytes.size()).toByteArray(), bytes);
}

QTEST_GUILESS_MAIN(TestPayloadArena)
#include "tst_payloadarena.moc"
