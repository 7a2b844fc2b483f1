#include "models/packetlogmodel.h"
#include "mqtt/packets.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Signalbox;

namespace {

PacketRecord publishRecord(int n)
{
    PublishPacket p;
    p.topic = QStringLiteral("t/%1").arg(n);
    p.payload = QByteArray::number(n);
    return PacketRecord{false, 1000 + n, p, encodePacket(p, ProtocolVersion::V311)};
}

QList<PacketRecord> batch(int first, int count)
{
    QList<PacketRecord> records;
    for (int i = first; i < first + count; ++i)
        records.append(publishRecord(i));
    return records;
}

QString topicAt(const PacketLogModel &model, int row)
{
    return std::get<PublishPacket>(model.record(row).packet).topic;
}

} // namespace

class TestPacketLogModel : public QObject
{
    Q_OBJECT
private slots:
    void batchesAreAppliedTogether()
    {
        PacketLogModel model(ProtocolVersion::V311);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append(batch(0, 3));
        model.append(batch(3, 4));
        QCOMPARE(model.rowCount(), 0); // waits for the timer
        model.flush();
        QCOMPARE(model.rowCount(), 7);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(topicAt(model, 0), QStringLiteral("t/0"));
        QCOMPARE(topicAt(model, 6), QStringLiteral("t/6"));
        model.append(batch(7, 1));
        QTRY_COMPARE(model.rowCount(), 8); // the timer applies it by itself
    }

    void capacityKeepsTheNewest()
    {
        PacketLogModel model(ProtocolVersion::V311);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setCapacity(10);
        model.append(batch(0, 6));
        model.flush();
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        for (int i = 6; i < 30; i += 4)
            model.append(batch(i, 4));
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(removed.count(), 1); // one removal per flush, however many reads
        QCOMPARE(topicAt(model, 0), QStringLiteral("t/20"));
        QCOMPARE(topicAt(model, 9), QStringLiteral("t/29"));
        // a batch larger than the capacity keeps its newest rows
        model.append(batch(100, 25));
        model.flush();
        QCOMPARE(model.rowCount(), 10);
        QCOMPARE(topicAt(model, 0), QStringLiteral("t/115"));
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void connectPasswordIsMasked()
    {
        ConnectPacket connect;
        connect.version = ProtocolVersion::V311;
        connect.clientId = QStringLiteral("c");
        connect.username = QStringLiteral("u");
        connect.password = QByteArray("hunter2");
        const QByteArray bytes = encodePacket(connect, ProtocolVersion::V311);
        PacketLogModel model(ProtocolVersion::V311);
        model.append({PacketRecord{true, 1, connect, bytes}});
        model.flush();
        QVERIFY(bytes.contains("hunter2"));
        QVERIFY(!PacketLogModel::maskedBytes(model.record(0)).contains("hunter2"));
        QVERIFY(!model.details(0).contains(QStringLiteral("hunter2")));
    }
};

QTEST_GUILESS_MAIN(TestPacketLogModel)
#include "tst_packetlogmodel.moc"
