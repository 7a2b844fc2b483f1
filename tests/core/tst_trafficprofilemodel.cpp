#include "models/trafficprofilemodel.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;

namespace {

using Model = TrafficProfileModel;

Message message(const QString &topic, qsizetype size = 10)
{
    Message m;
    m.topic = topic;
    m.payload = QByteArray(size, 'x');
    return m;
}

QList<Message> repeated(const QString &topic, int count, qsizetype size = 10)
{
    return QList<Message>(count, message(topic, size));
}

QStringList rowKeys(const QAbstractItemModel &model)
{
    QStringList result;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        result << (index.data(Model::IsOtherRole).toBool() ? QStringLiteral("(other)")
                                                           : index.data(Model::KeyRole).toString());
    }
    return result;
}

QVariant cell(const Model &model, const QString &key, int role)
{
    const int row = model.rowForKey(key);
    return row < 0 ? QVariant() : model.index(row, 0).data(role);
}

struct Fixture
{
    Fixture() { model.setAutoTick(false); }
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
};

} // namespace

class TestTrafficProfileModel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void defaults();
    void nothingShowsBeforeATick();
    void ranksByMessagesPerSecond();
    void rateIsAverageOverWindow();
    void shorterWindowDropsBuckets();
    void bytesAndShare();
    void payloadMinAvgMax();
    void otherRowSumsTheRest();
    void keys_data();
    void keys();
    void depthChangeRegroups();
    void sizeBuckets_data();
    void sizeBuckets();
    void histograms();
    void sortByColumns();
    void sameRowsEmitOnlyDataChanged();
    void reorderKeepsPersistentIndexByKey();
    void displayIsHumanAndToolTipExact();
    void hundredThousandTopics();
    void clearForgetsEverything();
};

void TestTrafficProfileModel::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
}

void TestTrafficProfileModel::defaults()
{
    Model model;
    QCOMPARE(model.depth(), 1);
    QCOMPARE(model.topN(), 20);
    QCOMPARE(model.windowSeconds(), 10);
    QVERIFY(model.autoTick());
    QCOMPARE(model.sortColumn(), int(Model::MessagesPerSecondColumn));
    QCOMPARE(model.sortOrder(), Qt::DescendingOrder);
    QCOMPARE(model.columnCount(), int(Model::ColumnCount));
    QCOMPARE(model.headerData(Model::SubtreeColumn, Qt::Horizontal).toString(), QStringLiteral("Subtree"));
    QCOMPARE(model.headerData(Model::ShareColumn, Qt::Horizontal).toString(), QStringLiteral("Share of msg/s"));
    QCOMPARE(model.shareBasis(), Model::ShareBasis::Messages);
    model.setDepth(0);
    QCOMPARE(model.depth(), 1);
    model.setDepth(99);
    QCOMPARE(model.depth(), 8);
    QCOMPARE(Model::sizeBucketNames().size(), Model::SizeBucketCount);
    QCOMPARE(model.sizeHistogram(), QList<qint64>(Model::SizeBucketCount, 0));
}

void TestTrafficProfileModel::nothingShowsBeforeATick()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("a/b"), 5));
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.totalMessagesPerSecond(), 0.0);
    QCOMPARE(f.model.topicCount(), 1);
    f.model.tick();
    QCOMPARE(rowKeys(f.model), QStringList{QStringLiteral("a/#")});
    QCOMPARE(f.model.totalMessages(), 5);
}

void TestTrafficProfileModel::ranksByMessagesPerSecond()
{
    Fixture f;
    QList<Message> batch = repeated(QStringLiteral("a/x"), 5) + repeated(QStringLiteral("b/y"), 10)
                           + repeated(QStringLiteral("c"), 1) + repeated(QStringLiteral("d/z"), 5);
    f.model.addMessages(batch);
    f.model.tick();
    // a/# and d/# tie at 5: the key decides.
    QCOMPARE(rowKeys(f.model),
             (QStringList{QStringLiteral("b/#"), QStringLiteral("a/#"), QStringLiteral("d/#"), QStringLiteral("c")}));
    QCOMPARE(cell(f.model, QStringLiteral("b/#"), Model::MessagesPerSecondRole).toDouble(), 1.0);
    QCOMPARE(cell(f.model, QStringLiteral("c"), Model::MessagesRole).toLongLong(), 1);

    f.model.addMessages(repeated(QStringLiteral("c/more"), 20));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("c/#"), QStringLiteral("b/#"), QStringLiteral("a/#"),
                                            QStringLiteral("d/#"), QStringLiteral("c")}));
}

void TestTrafficProfileModel::rateIsAverageOverWindow()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("s/t"), 100, 50));
    f.model.tick();
    QCOMPARE(cell(f.model, QStringLiteral("s/#"), Model::MessagesPerSecondRole).toDouble(), 10.0);
    QCOMPARE(cell(f.model, QStringLiteral("s/#"), Model::BytesPerSecondRole).toDouble(), 500.0);
    QCOMPARE(f.model.totalMessagesPerSecond(), 10.0);
    QCOMPARE(f.model.totalBytesPerSecond(), 500.0);

    f.model.addMessages(repeated(QStringLiteral("s/t"), 50, 50));
    f.model.tick();
    QCOMPARE(cell(f.model, QStringLiteral("s/#"), Model::MessagesPerSecondRole).toDouble(), 15.0);

    for (int i = 0; i < 8; ++i)
        f.model.tick();
    QCOMPARE(f.model.totalMessagesPerSecond(), 15.0); // both buckets still in the 10 s window
    f.model.tick();
    QCOMPARE(f.model.totalMessagesPerSecond(), 5.0); // the first bucket left the window
    f.model.tick();
    QCOMPARE(f.model.totalMessagesPerSecond(), 0.0);
    QCOMPARE(cell(f.model, QStringLiteral("s/#"), Model::MessagesPerSecondRole).toDouble(), 0.0);
    QCOMPARE(cell(f.model, QStringLiteral("s/#"), Model::MessagesRole).toLongLong(), 150); // totals stay
    QCOMPARE(f.model.sizeHistogram(), QList<qint64>(Model::SizeBucketCount, 0));
}

void TestTrafficProfileModel::shorterWindowDropsBuckets()
{
    Fixture f;
    QSignalSpy spy(&f.model, &Model::windowSecondsChanged);
    f.model.addMessages(repeated(QStringLiteral("a"), 40));
    f.model.tick();
    f.model.addMessages(repeated(QStringLiteral("a"), 20));
    f.model.tick();
    f.model.tick();
    QCOMPARE(f.model.totalMessagesPerSecond(), 6.0);
    f.model.setWindowSeconds(2);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(f.model.totalMessagesPerSecond(), 10.0); // 20 in the last two buckets
    QCOMPARE(cell(f.model, QStringLiteral("a"), Model::MessagesPerSecondRole).toDouble(), 10.0);
    f.model.setWindowSeconds(4);
    QCOMPARE(f.model.totalMessagesPerSecond(), 5.0); // dropped buckets do not come back
}

void TestTrafficProfileModel::bytesAndShare()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("big/1"), 3, 100) + repeated(QStringLiteral("small/1"), 10, 10));
    f.model.tick();
    QCOMPARE(cell(f.model, QStringLiteral("big/#"), Model::BytesRole).toLongLong(), 300);
    QCOMPARE(cell(f.model, QStringLiteral("small/#"), Model::BytesRole).toLongLong(), 100);
    // Ranked by messages/s (the default) small/# leads, and the share is of messages.
    QCOMPARE(rowKeys(f.model).first(), QStringLiteral("small/#"));
    QCOMPARE(cell(f.model, QStringLiteral("small/#"), Model::ShareRole).toDouble(), 100.0 * 10 / 13);
    QCOMPARE(cell(f.model, QStringLiteral("big/#"), Model::ShareRole).toDouble(), 100.0 * 3 / 13);
    QCOMPARE(cell(f.model, QStringLiteral("big/#"), Model::BytesPerSecondRole).toDouble(), 30.0);
    // By bytes/s big/# leads, and the share is of bytes.
    QSignalSpy headers(&f.model, &QAbstractItemModel::headerDataChanged);
    f.model.sort(Model::BytesPerSecondColumn, Qt::DescendingOrder);
    QCOMPARE(rowKeys(f.model).first(), QStringLiteral("big/#"));
    QCOMPARE(f.model.shareBasis(), Model::ShareBasis::Bytes);
    QCOMPARE(headers.count(), 1);
    QCOMPARE(f.model.headerData(Model::ShareColumn, Qt::Horizontal).toString(), QStringLiteral("Share of bytes/s"));
    QCOMPARE(cell(f.model, QStringLiteral("big/#"), Model::ShareRole).toDouble(), 75.0);
    QCOMPARE(cell(f.model, QStringLiteral("small/#"), Model::ShareRole).toDouble(), 25.0);
    // Sorting by the share keeps its basis.
    f.model.sort(Model::ShareColumn, Qt::AscendingOrder);
    QCOMPARE(rowKeys(f.model).first(), QStringLiteral("small/#"));
    QCOMPARE(f.model.shareBasis(), Model::ShareBasis::Bytes);
    f.model.setShareBasis(Model::ShareBasis::Messages);
    QCOMPARE(rowKeys(f.model).first(), QStringLiteral("big/#")); // 3 messages < 10
}

void TestTrafficProfileModel::payloadMinAvgMax()
{
    Fixture f;
    f.model.addMessages(
        {message(QStringLiteral("p/a"), 0), message(QStringLiteral("p/b"), 10), message(QStringLiteral("p/a"), 20)});
    f.model.tick();
    f.model.addMessages({message(QStringLiteral("p/a"), 30)});
    f.model.tick();
    const int row = f.model.rowForKey(QStringLiteral("p/#"));
    QCOMPARE(row, 0);
    QCOMPARE(f.model.index(row, Model::MinPayloadColumn).data(Model::ValueRole).toLongLong(), 0);
    QCOMPARE(f.model.index(row, Model::AvgPayloadColumn).data(Model::ValueRole).toDouble(), 15.0);
    QCOMPARE(f.model.index(row, Model::MaxPayloadColumn).data(Model::ValueRole).toLongLong(), 30);
    QCOMPARE(f.model.index(row, Model::MessagesColumn).data(Model::ValueRole).toLongLong(), 4);
    QCOMPARE(f.model.index(row, Model::BytesColumn).data(Model::ValueRole).toLongLong(), 60);
    QCOMPARE(f.model.index(row, Model::SubtreeColumn).data(Model::ValueRole).toString(), QStringLiteral("p/#"));
    f.model.setDepth(2);
    QCOMPARE(cell(f.model, QStringLiteral("p/a"), Model::MinPayloadRole).toLongLong(), 0);
    QCOMPARE(cell(f.model, QStringLiteral("p/a"), Model::AvgPayloadRole).toDouble(), 50.0 / 3);
    QCOMPARE(cell(f.model, QStringLiteral("p/a"), Model::MaxPayloadRole).toLongLong(), 30);
    QCOMPARE(cell(f.model, QStringLiteral("p/b"), Model::MinPayloadRole).toLongLong(), 10);
    QCOMPARE(cell(f.model, QStringLiteral("p/b"), Model::MaxPayloadRole).toLongLong(), 10);
}

void TestTrafficProfileModel::otherRowSumsTheRest()
{
    Fixture f;
    f.model.setTopN(2);
    // k1..k5 with 5..1 messages of 10 * i bytes each.
    for (int i = 1; i <= 5; ++i)
        f.model.addMessages(repeated(QStringLiteral("k%1/t").arg(i), 6 - i, 10 * i));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("k1/#"), QStringLiteral("k2/#"), QStringLiteral("(other)")}));
    const QModelIndex other = f.model.index(2, 0);
    QVERIFY(other.data(Model::IsOtherRole).toBool());
    QVERIFY(other.data(Model::KeyRole).toString().isEmpty());
    QCOMPARE(other.data().toString(), QStringLiteral("(other)"));
    QCOMPARE(other.data(Model::MessagesRole).toLongLong(), 3 + 2 + 1);
    QCOMPARE(other.data(Model::BytesRole).toLongLong(), 3 * 30 + 2 * 40 + 1 * 50);
    QCOMPARE(other.data(Model::MessagesPerSecondRole).toDouble(), 0.6);
    QCOMPARE(other.data(Model::BytesPerSecondRole).toDouble(), 22.0);
    QCOMPARE(other.data(Model::MinPayloadRole).toLongLong(), 30);
    QCOMPARE(other.data(Model::MaxPayloadRole).toLongLong(), 50);
    // Ranked by messages/s, the share is of messages; by bytes/s, of bytes.
    QCOMPARE(other.data(Model::ShareRole).toDouble(), 100.0 * 6 / 15);
    f.model.setShareBasis(Model::ShareBasis::Bytes);
    const double total = 5 * 10 + 4 * 20 + 220;
    QCOMPARE(f.model.index(2, 0).data(Model::ShareRole).toDouble(), 100.0 * 220 / total);
    f.model.setShareBasis(Model::ShareBasis::Messages);
    QCOMPARE(other.data(Qt::ToolTipRole).toString(), QStringLiteral("3 more subtree(s)"));
    // sizes 30 and 40 are in 17–64, 50 too.
    QList<qint64> expected(Model::SizeBucketCount, 0);
    expected[2] = 6;
    QCOMPARE(f.model.sizeHistogramForRow(2), expected);
    QCOMPARE(f.model.sizeHistogramForRow(3), QList<qint64>(Model::SizeBucketCount, 0));

    f.model.setTopN(5);
    QCOMPARE(f.model.rowCount(), 5);
    QVERIFY(!f.model.index(4, 0).data(Model::IsOtherRole).toBool());
    f.model.setTopN(4);
    QCOMPARE(f.model.rowCount(), 5);
    QCOMPARE(f.model.index(4, 0).data(Model::MessagesRole).toLongLong(), 1);
    QVERIFY(f.model.index(4, 0).data(Model::IsOtherRole).toBool());
}

void TestTrafficProfileModel::keys_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<int>("depth");
    QTest::addColumn<QString>("key");
    QTest::newRow("deeper topic") << "a/b/c/d" << 2 << "a/b/#";
    QTest::newRow("exactly depth levels") << "a/b" << 2 << "a/b";
    QTest::newRow("fewer levels") << "a" << 2 << "a";
    QTest::newRow("depth 1") << "a/b/c/d" << 1 << "a/#";
    QTest::newRow("$SYS counts like others") << "$SYS/broker/load/messages" << 2 << "$SYS/broker/#";
    QTest::newRow("empty first level") << "/a/b" << 1 << "/#";
    QTest::newRow("empty middle level") << "a//b" << 2 << "a//#";
    QTest::newRow("trailing slash") << "a/b/" << 2 << "a/b/#";
    QTest::newRow("depth 8") << "1/2/3/4/5/6/7/8/9" << 8 << "1/2/3/4/5/6/7/8/#";
}

void TestTrafficProfileModel::keys()
{
    QFETCH(QString, topic);
    QFETCH(int, depth);
    QFETCH(QString, key);
    Fixture f;
    f.model.setDepth(depth);
    f.model.addMessages({message(topic)});
    f.model.tick();
    QCOMPARE(rowKeys(f.model), QStringList{key});
}

void TestTrafficProfileModel::depthChangeRegroups()
{
    Fixture f;
    QSignalSpy depthSpy(&f.model, &Model::depthChanged);
    f.model.addMessages(repeated(QStringLiteral("a/b/c"), 4) + repeated(QStringLiteral("a/b/d"), 3)
                        + repeated(QStringLiteral("a/x"), 2) + repeated(QStringLiteral("a"), 1)
                        + repeated(QStringLiteral("$SYS/broker/uptime"), 5));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("a/#"), QStringLiteral("$SYS/#"), QStringLiteral("a")}));
    QCOMPARE(cell(f.model, QStringLiteral("a/#"), Model::MessagesRole).toLongLong(), 9);

    QSignalSpy resetSpy(&f.model, &QAbstractItemModel::modelReset);
    f.model.setDepth(2);
    QCOMPARE(depthSpy.size(), 1);
    QCOMPARE(resetSpy.size(), 1);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("a/b/#"), QStringLiteral("$SYS/broker/#"),
                                            QStringLiteral("a/x"), QStringLiteral("a")}));
    QCOMPARE(cell(f.model, QStringLiteral("a/b/#"), Model::MessagesRole).toLongLong(), 7);
    QCOMPARE(cell(f.model, QStringLiteral("a/b/#"), Model::MessagesPerSecondRole).toDouble(), 0.7);
    QCOMPARE(f.model.keyCount(), 4);

    // Messages not yet ticked are grouped by the new depth too.
    f.model.addMessages(repeated(QStringLiteral("a/b/c"), 10));
    f.model.setDepth(3);
    f.model.tick();
    QCOMPARE(cell(f.model, QStringLiteral("a/b/c"), Model::MessagesRole).toLongLong(), 14);
    QCOMPARE(cell(f.model, QStringLiteral("a/b/d"), Model::MessagesRole).toLongLong(), 3);
    QCOMPARE(cell(f.model, QStringLiteral("$SYS/broker/uptime"), Model::MessagesRole).toLongLong(), 5);
    QCOMPARE(rowKeys(f.model).first(), QStringLiteral("a/b/c"));

    f.model.setDepth(1);
    QCOMPARE(cell(f.model, QStringLiteral("a/#"), Model::MessagesRole).toLongLong(), 19);
    QCOMPARE(cell(f.model, QStringLiteral("a/#"), Model::MessagesPerSecondRole).toDouble(), 1.9);
    QList<qint64> expected(Model::SizeBucketCount, 0);
    expected[1] = 19;
    QCOMPARE(f.model.sizeHistogram(QStringLiteral("a/#")), expected);
}

void TestTrafficProfileModel::sizeBuckets_data()
{
    QTest::addColumn<qint64>("size");
    QTest::addColumn<int>("bucket");
    QTest::newRow("0") << qint64(0) << 0;
    QTest::newRow("1") << qint64(1) << 1;
    QTest::newRow("16") << qint64(16) << 1;
    QTest::newRow("17") << qint64(17) << 2;
    QTest::newRow("64") << qint64(64) << 2;
    QTest::newRow("65") << qint64(65) << 3;
    QTest::newRow("256") << qint64(256) << 3;
    QTest::newRow("257") << qint64(257) << 4;
    QTest::newRow("1024") << qint64(1024) << 4;
    QTest::newRow("1025") << qint64(1025) << 5;
    QTest::newRow("4096") << qint64(4096) << 5;
    QTest::newRow("4097") << qint64(4097) << 6;
    QTest::newRow("16384") << qint64(16384) << 6;
    QTest::newRow("16385") << qint64(16385) << 7;
    QTest::newRow("65536") << qint64(65536) << 7;
    QTest::newRow("65537") << qint64(65537) << 8;
    QTest::newRow("262144") << qint64(262144) << 8;
    QTest::newRow("262145") << qint64(262145) << 9;
    QTest::newRow("256 MiB") << qint64(256) * 1024 * 1024 << 9;
}

void TestTrafficProfileModel::sizeBuckets()
{
    QFETCH(qint64, size);
    QFETCH(int, bucket);
    QCOMPARE(Model::sizeBucket(size), bucket);
}

void TestTrafficProfileModel::histograms()
{
    Fixture f;
    f.model.setWindowSeconds(2);
    // One topic with sizes in three buckets (stored per bucket as a full histogram),
    // another with one size (stored compactly).
    f.model.addMessages(repeated(QStringLiteral("m/1"), 3, 0) + repeated(QStringLiteral("m/1"), 2, 100)
                        + repeated(QStringLiteral("m/1"), 1, 300000) + repeated(QStringLiteral("s/1"), 4, 2000));
    f.model.tick();
    QCOMPARE(f.model.sizeHistogram(), (QList<qint64>{3, 0, 0, 2, 0, 4, 0, 0, 0, 1}));
    QCOMPARE(f.model.sizeHistogram(QStringLiteral("m/#")), (QList<qint64>{3, 0, 0, 2, 0, 0, 0, 0, 0, 1}));
    QCOMPARE(f.model.sizeHistogram(QStringLiteral("s/#")), (QList<qint64>{0, 0, 0, 0, 0, 4, 0, 0, 0, 0}));
    QCOMPARE(f.model.sizeHistogram(QStringLiteral("nope")), QList<qint64>(Model::SizeBucketCount, 0));
    QCOMPARE(f.model.sizeHistogramForRow(f.model.rowForKey(QStringLiteral("m/#"))),
             f.model.sizeHistogram(QStringLiteral("m/#")));

    f.model.addMessages(repeated(QStringLiteral("s/2"), 1, 5));
    f.model.tick();
    QCOMPARE(f.model.sizeHistogram(), (QList<qint64>{3, 1, 0, 2, 0, 4, 0, 0, 0, 1}));
    f.model.tick(); // the first bucket leaves the 2 s window
    QCOMPARE(f.model.sizeHistogram(), (QList<qint64>{0, 1, 0, 0, 0, 0, 0, 0, 0, 0}));
    QCOMPARE(f.model.sizeHistogram(QStringLiteral("m/#")), QList<qint64>(Model::SizeBucketCount, 0));
    f.model.tick();
    QCOMPARE(f.model.sizeHistogram(), QList<qint64>(Model::SizeBucketCount, 0));
}

void TestTrafficProfileModel::sortByColumns()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("b"), 2, 100) + repeated(QStringLiteral("a"), 3, 1)
                        + repeated(QStringLiteral("c"), 1, 50));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
    f.model.sort(Model::SubtreeColumn, Qt::DescendingOrder);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    f.model.sort(Model::MaxPayloadColumn, Qt::DescendingOrder);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    f.model.sort(Model::AvgPayloadColumn, Qt::AscendingOrder);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("a"), QStringLiteral("c"), QStringLiteral("b")}));
    f.model.sort(Model::MessagesColumn, Qt::AscendingOrder);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("c"), QStringLiteral("b"), QStringLiteral("a")}));
    f.model.sort(Model::BytesColumn, Qt::DescendingOrder);
    QCOMPARE(f.model.sortColumn(), int(Model::BytesColumn));
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("b"), QStringLiteral("c"), QStringLiteral("a")}));
    f.model.sort(-1, Qt::AscendingOrder); // ignored
    QCOMPARE(f.model.sortColumn(), int(Model::BytesColumn));
    // Numeric, not text order: 1000 ranks above 200.
    f.model.addMessages(repeated(QStringLiteral("d"), 1, 1000) + repeated(QStringLiteral("e"), 1, 200));
    f.model.tick();
    f.model.sort(Model::MaxPayloadColumn, Qt::DescendingOrder);
    QCOMPARE(rowKeys(f.model).mid(0, 2), (QStringList{QStringLiteral("d"), QStringLiteral("e")}));
}

void TestTrafficProfileModel::sameRowsEmitOnlyDataChanged()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("a"), 3) + repeated(QStringLiteral("b"), 1));
    f.model.tick();
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&f.model, &QAbstractItemModel::layoutChanged);
    QSignalSpy changed(&f.model, &QAbstractItemModel::dataChanged);
    f.model.addMessages(repeated(QStringLiteral("a"), 3));
    f.model.tick();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 0);
    QCOMPARE(changed.size(), 1);
    QCOMPARE(changed.first().at(0).toModelIndex(), f.model.index(0, 0));
    QCOMPARE(changed.first().at(1).toModelIndex(), f.model.index(1, Model::ColumnCount - 1));

    f.model.addMessages(repeated(QStringLiteral("c"), 1));
    f.model.tick(); // a third row
    QCOMPARE(reset.size(), 1);

    // An idle second that changes no figure emits nothing; the window's end does.
    changed.clear();
    for (int i = 0; i < 7; ++i)
        f.model.tick();
    QCOMPARE(changed.size(), 0);
    f.model.tick();
    QCOMPARE(changed.size(), 1);
    QCOMPARE(f.model.totalMessagesPerSecond(), 0.4);
}

void TestTrafficProfileModel::reorderKeepsPersistentIndexByKey()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("a"), 3) + repeated(QStringLiteral("b"), 2));
    f.model.tick();
    const QPersistentModelIndex b(f.model.index(1, Model::BytesColumn));
    QCOMPARE(b.data(Model::KeyRole).toString(), QStringLiteral("b"));
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    QSignalSpy layout(&f.model, &QAbstractItemModel::layoutChanged);
    f.model.addMessages(repeated(QStringLiteral("b"), 5));
    f.model.tick();
    QCOMPARE(reset.size(), 0);
    QCOMPARE(layout.size(), 1);
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("b"), QStringLiteral("a")}));
    QCOMPARE(b.row(), 0);
    QCOMPARE(b.column(), int(Model::BytesColumn));
    QCOMPARE(b.data(Model::KeyRole).toString(), QStringLiteral("b"));

    // With top 1, "b" stays and "a" moves into "(other)"; an index on "a" is dropped.
    f.model.setTopN(1);
    const QPersistentModelIndex other(f.model.index(1, 0));
    QVERIFY(other.data(Model::IsOtherRole).toBool());
    f.model.addMessages(repeated(QStringLiteral("a"), 10));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), (QStringList{QStringLiteral("a"), QStringLiteral("(other)")}));
    QVERIFY(!b.isValid());
    QCOMPARE(other.row(), 1);
}

void TestTrafficProfileModel::displayIsHumanAndToolTipExact()
{
    Fixture f;
    f.model.setWindowSeconds(1);
    f.model.addMessages(repeated(QStringLiteral("t/x"), 1234, 2000));
    f.model.tick();
    const auto text = [&](int column, int role = Qt::DisplayRole) {
        return f.model.index(0, column).data(role).toString();
    };
    QCOMPARE(text(Model::SubtreeColumn), QStringLiteral("t/#"));
    QCOMPARE(text(Model::MessagesPerSecondColumn), QStringLiteral("1.2 k/s"));
    QCOMPARE(text(Model::BytesPerSecondColumn), QStringLiteral("2.4 MiB/s"));
    QCOMPARE(text(Model::ShareColumn), QStringLiteral("100.0 %"));
    QCOMPARE(text(Model::MessagesColumn), QStringLiteral("1,234"));
    QCOMPARE(text(Model::MinPayloadColumn), QStringLiteral("2.0 KiB"));
    QVERIFY(text(Model::MessagesPerSecondColumn, Qt::ToolTipRole).contains(QStringLiteral("1,234.000 messages/s")));
    QVERIFY(text(Model::BytesPerSecondColumn, Qt::ToolTipRole).contains(QStringLiteral("2,468,000 bytes")));
    QCOMPARE(text(Model::BytesColumn, Qt::ToolTipRole), QStringLiteral("2,468,000 bytes"));
    QCOMPARE(Model::formatBytes(512), QStringLiteral("512 B"));
    QCOMPARE(Model::formatRate(0), QStringLiteral("0/s"));
    QCOMPARE(Model::formatRate(2.5), QStringLiteral("2.5/s"));
    QCOMPARE(Model::formatRate(340), QStringLiteral("340/s"));
    QCOMPARE(Model::formatRate(3.4e6), QStringLiteral("3.4 M/s"));
    QCOMPARE(Model::formatByteRate(3.4 * 1024 * 1024), QStringLiteral("3.4 MiB/s"));
}

void TestTrafficProfileModel::hundredThousandTopics()
{
    Fixture f;
    constexpr int Topics = 100'000;
    constexpr int Batch = 1'000;
    QList<QList<Message>> batches;
    for (int first = 0; first < Topics; first += Batch) {
        QList<Message> batch;
        batch.reserve(Batch);
        for (int i = first; i < first + Batch; ++i)
            batch << message(QStringLiteral("dev/%1/%2/v").arg(i / Batch).arg(i), i % 100);
        batches << batch;
    }

    QElapsedTimer timer;
    timer.start();
    for (const QList<Message> &batch : std::as_const(batches))
        f.model.addMessages(batch);
    const qint64 firstRound = timer.nsecsElapsed();
    timer.restart();
    f.model.tick();
    const qint64 firstTick = timer.nsecsElapsed();
    QCOMPARE(f.model.topicCount(), Topics);
    QCOMPARE(rowKeys(f.model), QStringList{QStringLiteral("dev/#")});
    QCOMPARE(cell(f.model, QStringLiteral("dev/#"), Model::MessagesRole).toLongLong(), Topics);
    QCOMPARE(f.model.totalMessagesPerSecond(), Topics / 10.0);

    timer.restart();
    for (const QList<Message> &batch : std::as_const(batches))
        f.model.addMessages(batch);
    const qint64 secondRound = timer.nsecsElapsed();
    timer.restart();
    f.model.tick();
    const qint64 secondTick = timer.nsecsElapsed();
    QCOMPARE(cell(f.model, QStringLiteral("dev/#"), Model::MessagesRole).toLongLong(), 2 * Topics);

    timer.restart();
    f.model.setDepth(2);
    const qint64 regroup = timer.nsecsElapsed();
    QCOMPARE(f.model.keyCount(), Topics / Batch);
    QCOMPARE(f.model.rowCount(), 21);
    QCOMPARE(f.model.index(20, 0).data(Model::MessagesRole).toLongLong(), 80 * 2 * Batch);
    QCOMPARE(f.model.index(0, 0).data(Model::MessagesRole).toLongLong(), 2 * Batch);
    QCOMPARE(f.model.index(0, 0).data(Model::MessagesPerSecondRole).toDouble(), 2 * Batch / 10.0);

    f.model.setDepth(4);
    QCOMPARE(f.model.keyCount(), Topics);
    for (const QList<Message> &batch : std::as_const(batches))
        f.model.addMessages(batch);
    timer.restart();
    f.model.tick();
    const qint64 tickAtDepth4 = timer.nsecsElapsed();
    QCOMPARE(f.model.rowCount(), 21);
    qint64 sum = 0;
    for (int row = 0; row < f.model.rowCount(); ++row)
        sum += f.model.index(row, 0).data(Model::MessagesRole).toLongLong();
    QCOMPARE(sum, 3 * Topics);
    qint64 histogramSum = 0;
    for (qint64 count : f.model.sizeHistogram())
        histogramSum += count;
    QCOMPARE(histogramSum, 3 * Topics);

    // The common case: known topics, many messages each.
    QList<Message> repeats;
    for (int i = 0; i < 100; ++i)
        repeats << repeated(QStringLiteral("dev/0/%1/v").arg(i), 1000, i);
    timer.restart();
    f.model.addMessages(repeats);
    const qint64 hundredTopics = timer.nsecsElapsed();
    f.model.tick();
    QCOMPARE(f.model.totalMessages(), 4 * Topics);

    qInfo("100,000 messages on 100 known topics: %.1f ms (%.0f ns/message)", hundredTopics / 1e6,
          double(hundredTopics) / Topics);
    qInfo("100,000 new topics: %.1f ms; again (known topics): %.1f ms (%.0f ns/message); tick: %.1f / %.1f ms; "
          "regroup to depth 2: %.1f ms; tick with 100,000 keys: %.1f ms",
          firstRound / 1e6, secondRound / 1e6, double(secondRound) / Topics, firstTick / 1e6, secondTick / 1e6,
          regroup / 1e6, tickAtDepth4 / 1e6);
}

void TestTrafficProfileModel::clearForgetsEverything()
{
    Fixture f;
    f.model.addMessages(repeated(QStringLiteral("a/b"), 5));
    f.model.tick();
    f.model.addMessages(repeated(QStringLiteral("a/c"), 5));
    QSignalSpy reset(&f.model, &QAbstractItemModel::modelReset);
    f.model.clear();
    QCOMPARE(reset.size(), 1);
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.topicCount(), 0);
    f.model.tick();
    QCOMPARE(f.model.rowCount(), 0);
    QCOMPARE(f.model.totalMessages(), 0);
    QCOMPARE(f.model.totalMessagesPerSecond(), 0.0);
    QCOMPARE(f.model.sizeHistogram(), QList<qint64>(Model::SizeBucketCount, 0));
    f.model.addMessages(repeated(QStringLiteral("x"), 2));
    f.model.tick();
    QCOMPARE(rowKeys(f.model), QStringList{QStringLiteral("x")});
    QCOMPARE(f.model.totalMessages(), 2);
}

QTEST_GUILESS_MAIN(TestTrafficProfileModel)
#include "tst_trafficprofilemodel.moc"
