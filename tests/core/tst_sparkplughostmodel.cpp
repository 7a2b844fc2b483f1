// The Sparkplug host view's model: births, deaths, aliases, sequence numbers and
// primary hosts as Eclipse Sparkplug 3.0 describes them, fed decoded payloads.
#include "models/sparkplughostmodel.h"
#include "session/connectionsession.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace Signalbox;

namespace {

using Model = SparkplugHostModel;
using Type = SparkplugTopic::Type;

SparkplugTopic topic(Type type, const QString &node, const QString &device = {})
{
    SparkplugTopic t;
    t.type = type;
    t.group = QStringLiteral("plant");
    t.edgeNode = node;
    t.device = device;
    return t;
}

SparkplugMetric metric(const QString &name, std::optional<quint64> alias, SparkplugDataType type, const QVariant &value)
{
    SparkplugMetric m;
    m.name = name;
    m.alias = alias;
    m.datatype = quint32(type);
    m.value = value;
    return m;
}

SparkplugMetric aliased(quint64 alias, const QVariant &value)
{
    SparkplugMetric m;
    m.alias = alias;
    m.value = value;
    return m;
}

SparkplugPayload payload(std::optional<quint64> seq, const QList<SparkplugMetric> &metrics)
{
    SparkplugPayload p;
    p.timestamp = 1'700'000'000'000;
    p.seq = seq;
    p.metrics = metrics;
    return p;
}

SparkplugPayload nbirth(quint64 bdSeq, quint64 seq = 0)
{
    return payload(seq, {metric(QStringLiteral("bdSeq"), std::nullopt, SparkplugDataType::Int64, qint64(bdSeq)),
                         metric(QStringLiteral("Temperature"), 1, SparkplugDataType::Double, 21.5),
                         metric(QStringLiteral("Running"), 2, SparkplugDataType::Boolean, true)});
}

SparkplugPayload ndeath(quint64 bdSeq)
{
    return payload(std::nullopt,
                   {metric(QStringLiteral("bdSeq"), std::nullopt, SparkplugDataType::Int64, qint64(bdSeq))});
}

QString cell(const QModelIndex &index, int column)
{
    return index.siblingAtColumn(column).data().toString();
}

Model::Status status(const QModelIndex &index)
{
    return Model::Status(index.data(Model::StatusRole).toInt());
}

struct Fixture
{
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    QSignalSpy issues{&model, &Model::issueFound};

    void add(Type type, const QString &node, const SparkplugPayload &p, const QString &device = {})
    {
        model.addPayload(topic(type, node, device), p, QString(), 1000);
    }
    QModelIndex node(const QString &name = QStringLiteral("n1")) const
    {
        return model.findIndex(QStringLiteral("plant"), name);
    }
    QModelIndex device(const QString &name = QStringLiteral("d1")) const
    {
        return model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), name);
    }
    QString lastIssue() const { return issues.isEmpty() ? QString() : issues.constLast().at(2).toString(); }
};

} // namespace

class TestSparkplugHostModel : public QObject
{
    Q_OBJECT

private slots:
    void birthDataDeath()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(3));
        const QModelIndex group = f.model.findIndex(QStringLiteral("plant"));
        QVERIFY(group.isValid());
        QCOMPARE(group.data(Model::KindRole).toInt(), int(Model::Kind::Group));
        QCOMPARE(cell(group, Model::StateColumn), QStringLiteral("1 of 1 online"));
        QModelIndex node = f.node();
        QCOMPARE(cell(node, Model::NameColumn), QStringLiteral("n1"));
        QCOMPARE(status(node), Model::Status::Online);
        QCOMPARE(cell(node, Model::StateColumn), QStringLiteral("online"));
        QCOMPARE(f.model.rowCount(node), 3); // bdSeq, Temperature, Running
        QModelIndex temp = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"),
                                             QStringLiteral("Temperature"));
        QCOMPARE(cell(temp, Model::ValueColumn), QStringLiteral("21.5"));
        QCOMPARE(temp.data(Model::NumericValueRole).toDouble(), 21.5);
        QVERIFY(!cell(temp, Model::DatatypeColumn).isEmpty());
        QVERIFY(!cell(temp, Model::TimestampColumn).isEmpty());

        // NDATA by alias only: the birth's name, the birth's datatype.
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(1, 23.0)}));
        QCOMPARE(f.model.rowCount(node), 3);
        QCOMPARE(cell(temp, Model::ValueColumn), QStringLiteral("23"));
        QCOMPARE(temp.data(Model::AliasRole).toULongLong(), 1ULL);

        // A device: born, data, death.
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(2, {metric(QStringLiteral("Pressure"), 10, SparkplugDataType::Double, 1.25)}),
              QStringLiteral("d1"));
        QModelIndex device = f.device();
        QCOMPARE(status(device), Model::Status::Online);
        QCOMPARE(device.parent(), node);
        f.add(Type::DData, QStringLiteral("n1"), payload(3, {aliased(10, 2.5)}), QStringLiteral("d1"));
        QCOMPARE(cell(f.model.index(0, 0, device), Model::ValueColumn), QStringLiteral("2.5"));
        QCOMPARE(cell(f.model.index(0, 0, device), Model::NameColumn), QStringLiteral("Pressure"));
        f.add(Type::DDeath, QStringLiteral("n1"), payload(4, {}), QStringLiteral("d1"));
        QCOMPARE(status(device), Model::Status::Offline);
        QCOMPARE(status(node), Model::Status::Online);

        // The node's death takes its devices with it.
        f.add(Type::DBirth, QStringLiteral("n1"), payload(5, {}), QStringLiteral("d1"));
        QCOMPARE(status(device), Model::Status::Online);
        f.add(Type::NDeath, QStringLiteral("n1"), ndeath(3));
        QCOMPARE(status(node), Model::Status::Offline);
        QCOMPARE(status(device), Model::Status::Offline);
        QCOMPARE(cell(group, Model::StateColumn), QStringLiteral("0 of 1 online"));
        QVERIFY2(f.issues.isEmpty(), qPrintable(f.lastIssue())); // a clean session raises nothing
        QVERIFY(f.model.issues().empty());
    }

    // A DDATA flood changes values in place: no inserts, no resets, a dataChanged per batch.
    void dataOnlyChangesRows()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        QSignalSpy inserted(&f.model, &Model::rowsInserted);
        QSignalSpy reset(&f.model, &Model::modelReset);
        QSignalSpy changed(&f.model, &Model::dataChanged);
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(1, 1.0), aliased(2, false)}));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(reset.count(), 0);
        // the node (its timestamp) under the group, the two metrics under the node
        // (in either order: announce() groups the rows by their parent's address)
        QCOMPARE(changed.count(), 2);
        const int under = changed.at(0).at(0).toModelIndex().parent() == f.node() ? 0 : 1;
        const QModelIndex metrics = changed.at(under).at(0).toModelIndex();
        QCOMPARE(metrics.parent(), f.node());
        QCOMPARE(metrics.row(), 1);
        QCOMPARE(changed.at(under).at(1).toModelIndex().row(), 2);
        QCOMPARE(changed.at(1 - under).at(0).toModelIndex(), f.node());
        // A new metric is one insert.
        f.add(Type::NData, QStringLiteral("n1"),
              payload(2, {metric(QStringLiteral("New"), std::nullopt, SparkplugDataType::Int32, 7)}));
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(f.model.rowCount(f.node()), 4);
    }

    // A batch of DDATA for five devices: one dataChanged for the devices' rows and
    // one per device for its metrics, whatever the number of messages.
    void ddataFloodIsOneChangePerParent()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        quint64 seq = 0;
        QList<Message> flood;
        for (int d = 0; d < 5; ++d) {
            QList<SparkplugMetric> metrics;
            for (int m = 0; m < 20; ++m)
                metrics.append(
                    metric(QStringLiteral("m%1").arg(m), quint64(100 + d * 20 + m), SparkplugDataType::Double, 0.0));
            f.add(Type::DBirth, QStringLiteral("n1"), payload(++seq, metrics), QStringLiteral("d%1").arg(d));
        }
        for (int round = 0; round < 50; ++round) {
            for (int d = 0; d < 5; ++d) {
                QList<SparkplugMetric> values;
                for (int m = 0; m < 20; ++m)
                    values.append(aliased(quint64(100 + d * 20 + m), double(round)));
                Message message;
                message.topic = QStringLiteral("spBv1.0/plant/DDATA/n1/d%1").arg(d);
                message.payload = encodeSparkplug(payload(++seq % 256, values));
                flood.append(message);
            }
        }
        QSignalSpy inserted(&f.model, &Model::rowsInserted);
        QSignalSpy changed(&f.model, &Model::dataChanged);
        f.model.addMessages(flood);
        QVERIFY2(f.issues.isEmpty(), qPrintable(f.lastIssue()));
        QCOMPARE(inserted.count(), 0);
        QCOMPARE(changed.count(), 1 + 5);
        const QModelIndex d4 = f.device(QStringLiteral("d4"));
        QCOMPARE(cell(f.model.index(19, 0, d4), Model::NameColumn), QStringLiteral("m19"));
        QCOMPARE(cell(f.model.index(19, 0, d4), Model::ValueColumn), QStringLiteral("49"));
    }

    void unknownAlias()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(17, qint64(42))}));
        const QModelIndex node = f.node();
        QCOMPARE(f.model.rowCount(node), 4);
        const QModelIndex row = f.model.index(3, 0, node);
        QCOMPARE(cell(row, Model::NameColumn), QStringLiteral("alias 17 (unknown)"));
        QCOMPARE(cell(row, Model::ValueColumn), QStringLiteral("42"));
        QVERIFY(cell(row, Model::IssueColumn).contains(QStringLiteral("17")));
        QCOMPARE(f.issues.count(), 1);
        QVERIFY(f.lastIssue().contains(QStringLiteral("Alias 17")));
        QCOMPARE(node.data(Model::IssueRole).toString(), f.lastIssue());
        // The same alias again updates the row and raises nothing new.
        f.add(Type::NData, QStringLiteral("n1"), payload(2, {aliased(17, qint64(43))}));
        QCOMPARE(f.model.rowCount(node), 4);
        QCOMPARE(cell(row, Model::ValueColumn), QStringLiteral("43"));
        QCOMPARE(f.issues.count(), 1);
    }

    // A birth certificate is the whole list: a rebirth with fewer metrics takes
    // the others' rows away (one removal per run of rows), and the aliases are
    // the new birth's only.
    void rebirthWithFewerMetrics()
    {
        Fixture f;
        const auto birth = [](quint64 seq, const QList<std::pair<QString, quint64>> &metrics) {
            QList<SparkplugMetric> list{
                metric(QStringLiteral("bdSeq"), std::nullopt, SparkplugDataType::Int64, qint64(0))};
            for (const auto &[name, alias] : metrics)
                list.append(metric(name, alias, SparkplugDataType::Double, 1.0));
            return payload(seq, list);
        };
        const auto names = [&f](const QModelIndex &parent) {
            QStringList out;
            for (int row = 0; row < f.model.rowCount(parent); ++row)
                out.append(cell(f.model.index(row, 0, parent), Model::NameColumn));
            return out;
        };
        f.add(Type::NBirth, QStringLiteral("n1"),
              birth(0, {{QStringLiteral("A"), 1}, {QStringLiteral("B"), 2}, {QStringLiteral("C"), 3}}));
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(1, {metric(QStringLiteral("P"), 10, SparkplugDataType::Double, 1.0)}), QStringLiteral("d1"));
        f.add(Type::NData, QStringLiteral("n1"), payload(2, {aliased(2, 5.0), aliased(3, 6.0)}));
        const QModelIndex node = f.node();
        QCOMPARE(names(node), (QStringList{QStringLiteral("bdSeq"), QStringLiteral("A"), QStringLiteral("B"),
                                           QStringLiteral("C"), QStringLiteral("d1")}));

        QSignalSpy removed(&f.model, &Model::rowsRemoved);
        QSignalSpy reset(&f.model, &Model::modelReset);
        f.add(Type::NBirth, QStringLiteral("n1"), birth(0, {{QStringLiteral("A"), 1}}));
        QCOMPARE(names(node), (QStringList{QStringLiteral("bdSeq"), QStringLiteral("A"), QStringLiteral("d1")}));
        QVERIFY(!f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("B")).isValid());
        QVERIFY(!f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("C")).isValid());
        QCOMPARE(removed.count(), 1); // B and C, one run
        QCOMPARE(removed.at(0).at(0).toModelIndex(), node);
        QCOMPARE(removed.at(0).at(1).toInt(), 2);
        QCOMPARE(removed.at(0).at(2).toInt(), 3);
        QCOMPARE(reset.count(), 0);
        // The device stays, offline until its DBIRTH, with its rows and without its aliases.
        QCOMPARE(f.device().row(), 2);
        QCOMPARE(status(f.device()), Model::Status::Offline);
        QCOMPARE(names(f.device()), QStringList{QStringLiteral("P")});
        // Aliases 2 and 3 are gone with their metrics.
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(1, 7.0), aliased(2, 8.0)}));
        QCOMPARE(names(node), (QStringList{QStringLiteral("bdSeq"), QStringLiteral("A"), QStringLiteral("d1"),
                                           QStringLiteral("alias 2 (unknown)")}));
        QCOMPARE(cell(f.model.index(1, 0, node), Model::ValueColumn), QStringLiteral("7"));

        // Rows left out here and there: each run is removed, the rows after it renumbered.
        f.add(Type::NBirth, QStringLiteral("n1"),
              birth(0, {{QStringLiteral("A"), 1},
                        {QStringLiteral("B"), 2},
                        {QStringLiteral("C"), 3},
                        {QStringLiteral("D"), 4}}));
        QCOMPARE(names(node), (QStringList{QStringLiteral("bdSeq"), QStringLiteral("A"), QStringLiteral("d1"),
                                           QStringLiteral("B"), QStringLiteral("C"), QStringLiteral("D")}));
        removed.clear();
        f.add(Type::NBirth, QStringLiteral("n1"),
              birth(0, {{QStringLiteral("B"), 11}, {QStringLiteral("D"), 12}, {QStringLiteral("E"), 13}}));
        QCOMPARE(names(node), (QStringList{QStringLiteral("bdSeq"), QStringLiteral("d1"), QStringLiteral("B"),
                                           QStringLiteral("D"), QStringLiteral("E")}));
        QCOMPARE(removed.count(), 2); // C, then A
        for (int row = 0; row < f.model.rowCount(node); ++row)
            QCOMPARE(f.model.parent(f.model.index(row, 0, node)), node);
        const QModelIndex b = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("B"));
        QCOMPARE(b.row(), 2);
        QCOMPARE(b.data(Model::AliasRole).toULongLong(), 11ULL);
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(11, 9.0)}));
        QCOMPARE(cell(b, Model::ValueColumn), QStringLiteral("9"));
        QCOMPARE(f.model.rowCount(node), 5);
        QVERIFY2(f.issues.isEmpty() || !f.lastIssue().contains(QStringLiteral("Alias 11")), qPrintable(f.lastIssue()));
    }

    // A device's rebirth: its rows and aliases are its new DBIRTH's; the node's and
    // the other devices' stay.
    void deviceRebirth()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(1, {metric(QStringLiteral("Pressure"), 10, SparkplugDataType::Double, 1.0),
                          metric(QStringLiteral("Flow"), 11, SparkplugDataType::Double, 2.0)}),
              QStringLiteral("d1"));
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(2, {metric(QStringLiteral("Level"), 20, SparkplugDataType::Double, 3.0)}), QStringLiteral("d2"));
        f.add(Type::DData, QStringLiteral("n1"), payload(3, {aliased(99, 4.0)}), QStringLiteral("d1"));
        QCOMPARE(f.model.rowCount(f.device()), 3); // Pressure, Flow, alias 99 (unknown)
        QSignalSpy removed(&f.model, &Model::rowsRemoved);
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(4, {metric(QStringLiteral("Flow"), 12, SparkplugDataType::Double, 2.5)}), QStringLiteral("d1"));
        QCOMPARE(removed.count(), 2); // alias 99, then Pressure
        QCOMPARE(f.model.rowCount(f.device()), 1);
        QCOMPARE(cell(f.model.index(0, 0, f.device()), Model::NameColumn), QStringLiteral("Flow"));
        QCOMPARE(f.model.index(0, 0, f.device()).data(Model::AliasRole).toULongLong(), 12ULL);
        QCOMPARE(f.model.rowCount(f.node()), 3 + 2); // bdSeq, Temperature, Running, d1, d2
        // Alias 10 went with Pressure: no row named after it comes back.
        f.add(Type::DData, QStringLiteral("n1"), payload(5, {aliased(10, 5.0), aliased(12, 6.0)}), QStringLiteral("d1"));
        QVERIFY(!f.model
                     .findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("d1"),
                                QStringLiteral("Pressure"))
                     .isValid());
        QCOMPARE(cell(f.model.index(1, 0, f.device()), Model::NameColumn), QStringLiteral("alias 10 (unknown)"));
        QCOMPARE(cell(f.model.index(0, 0, f.device()), Model::ValueColumn), QStringLiteral("6"));
        // The other device and the node keep their aliases.
        f.add(Type::DData, QStringLiteral("n1"), payload(6, {aliased(20, 7.0)}), QStringLiteral("d2"));
        QCOMPARE(cell(f.model.index(0, 0, f.device(QStringLiteral("d2"))), Model::ValueColumn), QStringLiteral("7"));
        f.add(Type::NData, QStringLiteral("n1"), payload(7, {aliased(1, 8.0)}));
        QCOMPARE(cell(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("Temperature")),
                      Model::ValueColumn),
                 QStringLiteral("8"));
        QCOMPARE(f.model.rowCount(f.device(QStringLiteral("d2"))), 1);
    }

    // The row of an unknown alias goes with the next birth, whether it defines
    // the alias or leaves it out; data by that alias then lands on its metric.
    void unknownAliasGoesWithRebirth()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(17, qint64(42))}));
        const QModelIndex node = f.node();
        QCOMPARE(cell(f.model.index(3, 0, node), Model::NameColumn), QStringLiteral("alias 17 (unknown)"));
        SparkplugPayload defines = nbirth(0);
        defines.metrics.append(metric(QStringLiteral("Count"), 17, SparkplugDataType::Int64, qint64(1)));
        f.add(Type::NBirth, QStringLiteral("n1"), defines);
        QCOMPARE(f.model.rowCount(node), 4);
        QCOMPARE(cell(f.model.index(3, 0, node), Model::NameColumn), QStringLiteral("Count"));
        QCOMPARE(cell(node, Model::IssueColumn), QString());
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(17, qint64(43))}));
        QCOMPARE(f.model.rowCount(node), 4);
        QCOMPARE(cell(f.model.index(3, 0, node), Model::ValueColumn), QStringLiteral("43"));

        // Left out: the alias was never the birth's.
        f.add(Type::NData, QStringLiteral("n1"), payload(2, {aliased(18, qint64(1))}));
        QCOMPARE(cell(f.model.index(4, 0, node), Model::NameColumn), QStringLiteral("alias 18 (unknown)"));
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        QCOMPARE(f.model.rowCount(node), 3); // Count went too
        for (int row = 0; row < 3; ++row)
            QVERIFY(!cell(f.model.index(row, 0, node), Model::NameColumn).startsWith(QStringLiteral("alias")));

        // A device's unknown alias goes with its DBIRTH.
        f.add(Type::DBirth, QStringLiteral("n1"), payload(1, {}), QStringLiteral("d1"));
        f.add(Type::DData, QStringLiteral("n1"), payload(2, {aliased(30, 1.0)}), QStringLiteral("d1"));
        QCOMPARE(cell(f.model.index(0, 0, f.device()), Model::NameColumn), QStringLiteral("alias 30 (unknown)"));
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(3, {metric(QStringLiteral("Speed"), 30, SparkplugDataType::Float, 2.0f)}), QStringLiteral("d1"));
        QCOMPARE(f.model.rowCount(f.device()), 1);
        QCOMPARE(cell(f.model.index(0, 0, f.device()), Model::NameColumn), QStringLiteral("Speed"));
    }

    // A batch that changes a metric and then drops it in a rebirth announces
    // only rows that are still there.
    void rebirthInOneBatch()
    {
        Fixture f;
        const auto message = [](const QString &t, const SparkplugPayload &p) {
            Message m;
            m.topic = t;
            m.payload = encodeSparkplug(p);
            m.receivedAtMs = 1000;
            return m;
        };
        SparkplugPayload fewer = nbirth(1);
        fewer.metrics.removeLast(); // Running
        SparkplugMetric running = aliased(2, false);
        running.datatype = quint32(SparkplugDataType::Boolean);
        QSignalSpy changed(&f.model, &Model::dataChanged);
        f.model.addMessages({message(QStringLiteral("spBv1.0/plant/NBIRTH/n1"), nbirth(0)),
                             message(QStringLiteral("spBv1.0/plant/NDATA/n1"), payload(1, {running})),
                             message(QStringLiteral("spBv1.0/plant/NBIRTH/n1"), fewer),
                             message(QStringLiteral("spBv1.0/plant/NDATA/n1"), payload(1, {aliased(1, 30.0)}))});
        QVERIFY2(f.issues.isEmpty(), qPrintable(f.lastIssue()));
        QCOMPARE(f.model.rowCount(f.node()), 2);
        for (const QList<QVariant> &args : std::as_const(changed)) {
            const QModelIndex from = args.at(0).toModelIndex();
            const QModelIndex to = args.at(1).toModelIndex();
            QVERIFY(from.isValid() && to.isValid());
            QVERIFY(to.row() < f.model.rowCount(to.parent()));
        }
        QCOMPARE(cell(f.model.index(1, 0, f.node()), Model::ValueColumn), QStringLiteral("30"));
    }

    void seqGap()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0, 0));
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(1, 1.0)}));
        QCOMPARE(f.issues.count(), 0);
        f.add(Type::NData, QStringLiteral("n1"), payload(4, {aliased(1, 2.0)}));
        QCOMPARE(f.issues.count(), 1);
        QCOMPARE(f.issues.at(0).at(0).toString(), QStringLiteral("plant"));
        QCOMPARE(f.issues.at(0).at(1).toString(), QStringLiteral("n1"));
        QCOMPARE(f.lastIssue(), QStringLiteral("Sequence gap: expected 2, received 4 (NDATA)."));
        QCOMPARE(cell(f.node(), Model::IssueColumn), f.lastIssue());
        QCOMPARE(f.model.issues().front().message, f.lastIssue());
        // Counting resumes from what was received.
        f.add(Type::NData, QStringLiteral("n1"), payload(5, {aliased(1, 3.0)}));
        QCOMPARE(f.issues.count(), 1);
        // A device message counts on its node's sequence.
        f.add(Type::DBirth, QStringLiteral("n1"), payload(7, {}), QStringLiteral("d1"));
        QCOMPARE(f.lastIssue(), QStringLiteral("Sequence gap: expected 6, received 7 (DBIRTH d1)."));
        // A rebirth clears the node's flag.
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(1, 0));
        QCOMPARE(cell(f.node(), Model::IssueColumn), QString());
    }

    void seqWraps()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0, 250));
        for (quint64 seq : {251, 252, 253, 254, 255, 0, 1})
            f.add(Type::NData, QStringLiteral("n1"), payload(seq, {aliased(1, double(seq))}));
        QVERIFY2(f.issues.isEmpty(), qPrintable(f.lastIssue()));
        f.add(Type::NData, QStringLiteral("n1"), payload(0, {aliased(1, 0.0)})); // 1 → 0: a gap, not a wrap
        QCOMPARE(f.lastIssue(), QStringLiteral("Sequence gap: expected 2, received 0 (NDATA)."));
    }

    void staleDeath()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(5));
        f.add(Type::NDeath, QStringLiteral("n1"), ndeath(4)); // the will of the session before
        QCOMPARE(status(f.node()), Model::Status::Online);
        QCOMPARE(f.lastIssue(), QStringLiteral("Stale NDEATH ignored: its bdSeq is 4, the current NBIRTH's is 5."));
        QCOMPARE(cell(f.node(), Model::StateColumn), QStringLiteral("online"));
        f.add(Type::NDeath, QStringLiteral("n1"), ndeath(5));
        QCOMPARE(status(f.node()), Model::Status::Offline);
        QCOMPARE(f.issues.count(), 1);
    }

    void dataBeforeBirth()
    {
        Fixture f;
        f.add(Type::NData, QStringLiteral("n1"),
              payload(9, {metric(QStringLiteral("Temperature"), std::nullopt, SparkplugDataType::Double, 20.0)}));
        const QModelIndex node = f.node();
        QCOMPARE(status(node), Model::Status::NoBirth);
        QCOMPARE(cell(node, Model::StateColumn), QStringLiteral("no birth seen"));
        QVERIFY(f.lastIssue().contains(QStringLiteral("without a birth certificate")));
        QCOMPARE(cell(f.model.index(0, 0, node), Model::ValueColumn), QStringLiteral("20")); // still shown
        // Flagged once, not once per message.
        f.add(Type::NData, QStringLiteral("n1"), payload(10, {}));
        QCOMPARE(f.issues.count(), 1);
        // A device's data without its DBIRTH, on a node that is born.
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        QCOMPARE(cell(node, Model::IssueColumn), QString());
        f.add(Type::DData, QStringLiteral("n1"), payload(1, {aliased(1, 1.0)}), QStringLiteral("d1"));
        QCOMPARE(status(f.device()), Model::Status::NoBirth);
        QCOMPARE(f.issues.count(), 2);
        QVERIFY(f.lastIssue().startsWith(QStringLiteral("d1: DDATA from a device without a birth certificate")));
        QCOMPARE(f.model.issues().front().device, QStringLiteral("d1"));
        // Data after the node's death is data without a birth again.
        f.add(Type::NDeath, QStringLiteral("n1"), ndeath(0));
        f.add(Type::NData, QStringLiteral("n1"), payload(2, {}));
        QCOMPARE(f.issues.count(), 3);
        QVERIFY(f.lastIssue().startsWith(QStringLiteral("NDATA from an edge node without a birth certificate")));
    }

    void decodeError()
    {
        Fixture f;
        f.model.addPayload(topic(Type::NData, QStringLiteral("n1")), std::nullopt,
                           QStringLiteral("Field 2 at byte 3 has wire type 7."), 1000);
        QCOMPARE(cell(f.node(), Model::IssueColumn),
                 QStringLiteral("NDATA is not a Sparkplug B payload: Field 2 at byte 3 has wire type 7."));
        // Without a reason from the decoder the flag still says what happened.
        f.model.addPayload(topic(Type::DData, QStringLiteral("n1"), QStringLiteral("d1")), std::nullopt, QString(), 1000);
        const QString reason = cell(f.device(), Model::IssueColumn);
        QVERIFY(reason.startsWith(QStringLiteral("DDATA is not a Sparkplug B payload: ")));
        QVERIFY(reason.size() > QStringLiteral("DDATA is not a Sparkplug B payload: ").size());
        QCOMPARE(f.issues.count(), 2);
    }

    void primaryHostState()
    {
        Fixture f;
        f.model.addHostState(QStringLiteral("scada"), R"({"online":true,"timestamp":1700000000000})", 1000);
        const QModelIndex host = f.model.hostIndex(QStringLiteral("scada"));
        QVERIFY(host.isValid());
        QCOMPARE(cell(host.parent(), Model::NameColumn), QStringLiteral("Primary hosts"));
        QCOMPARE(host.parent().data(Model::KindRole).toInt(), int(Model::Kind::Hosts));
        QCOMPARE(status(host), Model::Status::Online);
        QCOMPARE(cell(host.parent(), Model::StateColumn), QStringLiteral("1 of 1 online"));
        f.model.addHostState(QStringLiteral("scada"), R"({"online":false,"timestamp":1700000001000})", 1000);
        QCOMPARE(status(host), Model::Status::Offline);
        QCOMPARE(cell(host, Model::TimestampColumn),
                 QDateTime::fromMSecsSinceEpoch(1700000001000).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
        f.model.addHostState(QStringLiteral("old"), "ONLINE", 1000); // Sparkplug B 2.x
        QCOMPARE(status(f.model.hostIndex(QStringLiteral("old"))), Model::Status::Online);
        QVERIFY(f.issues.isEmpty());
        f.model.addHostState(QStringLiteral("scada"), "garbage", 1000);
        QCOMPARE(f.issues.count(), 1);
        QCOMPARE(f.issues.at(0).at(1).toString(), QStringLiteral("scada"));
        QVERIFY(!cell(host, Model::IssueColumn).isEmpty());
    }

    // Through addMessages: topics outside spBv1.0 and commands are not looked at.
    void messagesOutsideTheNamespace()
    {
        Fixture f;
        Message other;
        other.topic = QStringLiteral("plant/n1/NDATA");
        other.payload = "x";
        Message state;
        state.topic = QStringLiteral("spBv1.0/STATE/scada");
        state.payload = R"({"online":true,"timestamp":1})";
        Message command;
        command.topic = QStringLiteral("spBv1.0/plant/NCMD/n1");
        command.payload = "not looked at";
        f.model.addMessages({other, state, command});
        QCOMPARE(f.model.rowCount(), 1); // the primary hosts only
        QCOMPARE(status(f.model.hostIndex(QStringLiteral("scada"))), Model::Status::Online);
        QVERIFY(f.issues.isEmpty());
    }

    // The whole path: bytes on spBv1.0 topics, decoded by the Sparkplug B codec.
    void encodedMessages()
    {
        Fixture f;
        const auto message = [](const QString &t, const QByteArray &bytes) {
            Message m;
            m.topic = t;
            m.payload = bytes;
            m.receivedAtMs = 1000;
            return m;
        };
        f.model.addMessages(
            {message(QStringLiteral("spBv1.0/plant/NBIRTH/n1"), encodeSparkplug(nbirth(7))),
             message(QStringLiteral("spBv1.0/plant/NDATA/n1"), encodeSparkplug(payload(1, {aliased(1, 25.25)}))),
             message(QStringLiteral("spBv1.0/plant/NDATA/n2"), QByteArray("\xff\xff\xff", 3))});
        const QModelIndex node = f.node();
        QCOMPARE(status(node), Model::Status::Online);
        const QModelIndex temp = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"),
                                                   QStringLiteral("Temperature"));
        QCOMPARE(cell(temp, Model::ValueColumn), QStringLiteral("25.25"));
        QCOMPARE(cell(temp, Model::DatatypeColumn), QStringLiteral("Double"));
        QCOMPARE(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("bdSeq"))
                     .siblingAtColumn(Model::ValueColumn)
                     .data()
                     .toString(),
                 QStringLiteral("7"));
        // Bytes that are not Sparkplug B: the decoder's reason on the node.
        const QString reason = cell(f.node(QStringLiteral("n2")), Model::IssueColumn);
        QVERIFY2(reason.startsWith(QStringLiteral("NDATA is not a Sparkplug B payload: ")), qPrintable(reason));
        QVERIFY(reason.size() > QStringLiteral("NDATA is not a Sparkplug B payload: ").size() + 5);
        QCOMPARE(f.issues.count(), 1);
        // The stale death check with a death certificate as bytes.
        f.model.addMessages({message(QStringLiteral("spBv1.0/plant/NDEATH/n1"), encodeSparkplug(ndeath(6)))});
        QCOMPARE(status(node), Model::Status::Online);
        f.model.addMessages({message(QStringLiteral("spBv1.0/plant/NDEATH/n1"), encodeSparkplug(ndeath(7)))});
        QCOMPARE(status(node), Model::Status::Offline);
    }

    // The connection's session owns a model and feeds it every batch.
    void sessionFeedsTheModel()
    {
        QStandardPaths::setTestModeEnabled(true);
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        ConnectionSession session(profile);
        SparkplugHostModel *model = session.sparkplugModel();
        QVERIFY(model);
        QSignalSpy delivered(&session, &ConnectionSession::messagesDelivered);
        Message birth;
        birth.topic = QStringLiteral("spBv1.0/plant/NBIRTH/n1");
        birth.payload = encodeSparkplug(nbirth(1));
        Message other;
        other.topic = QStringLiteral("site/1/value");
        other.payload = "1";
        auto *client = const_cast<MqttClient *>(session.client()->events());
        QMetaObject::invokeMethod(
            client,
            [client, birth, other] {
                emit client->messagesReceived({other, birth});
            },
            Qt::BlockingQueuedConnection);
        QTRY_COMPARE(delivered.count(), 1);
        QCOMPARE(model->rowCount(), 1);
        const QModelIndex node = model->findIndex(QStringLiteral("plant"), QStringLiteral("n1"));
        QCOMPARE(status(node), Model::Status::Online);
        QCOMPARE(model->rowCount(node), 3);
    }

    void rebirthRequest()
    {
        Fixture f;
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        f.add(Type::DBirth, QStringLiteral("n1"),
              payload(1, {metric(QStringLiteral("Pressure"), 10, SparkplugDataType::Double, 1.25)}),
              QStringLiteral("d1"));
        QVERIFY(!f.model.rebirthRequest(f.model.findIndex(QStringLiteral("plant"))));
        QVERIFY(!f.model.rebirthRequest({}));
        for (const QModelIndex &index :
             {f.node(), f.device(), f.model.index(0, 0, f.device()), f.model.index(1, Model::ValueColumn, f.node())}) {
            const std::optional<OutgoingMessage> request = f.model.rebirthRequest(index);
            QVERIFY(request);
            QCOMPARE(request->topic, QStringLiteral("spBv1.0/plant/NCMD/n1"));
            QCOMPARE(request->qos, quint8(0));
            QVERIFY(!request->retain);
            QVERIFY(!request->payload.isEmpty());
        }
        const std::optional<SparkplugPayload> decoded = decodeSparkplugPayload(f.model.rebirthRequest(f.node())->payload);
        QVERIFY(decoded);
        QCOMPARE(decoded->metrics.size(), 1);
        QCOMPARE(decoded->metrics.at(0).name, QStringLiteral("Node Control/Rebirth"));
        QCOMPARE(decoded->metrics.at(0).datatype, quint32(SparkplugDataType::Boolean));
        QCOMPARE(decoded->metrics.at(0).value, QVariant(true));
        QVERIFY(decoded->timestamp);
    }

    void samplesForCharts()
    {
        Fixture f;
        QSignalSpy samples(&f.model, &Model::samplesAdded);
        f.add(Type::NBirth, QStringLiteral("n1"), nbirth(0));
        QCOMPARE(samples.count(), 1);
        const auto birth = samples.at(0).at(0).value<QList<SparkplugSample>>();
        QCOMPARE(birth.size(), 3); // bdSeq, Temperature, Running (a Boolean as 1)
        QCOMPARE(birth.at(1), (SparkplugSample{QStringLiteral("plant"), QStringLiteral("n1"), QString(),
                                               QStringLiteral("Temperature"), 1'700'000'000'000, 21.5}));
        QCOMPARE(birth.at(2).value, 1.0);
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {aliased(1, 30.0), aliased(99, 1.0)}));
        const auto data = samples.at(1).at(0).value<QList<SparkplugSample>>();
        QCOMPARE(data.size(), 1); // the unknown alias has no name to plot under
        QCOMPARE(data.at(0).metric, QStringLiteral("Temperature"));
        QCOMPARE(data.at(0).value, 30.0);
    }

    void qualityAndClear()
    {
        Fixture f;
        SparkplugMetric m = metric(QStringLiteral("Level"), std::nullopt, SparkplugDataType::Double, 1.0);
        m.properties.insert(QStringLiteral("Quality"), 500);
        SparkplugPayload p = nbirth(0);
        p.metrics.append(m);
        f.add(Type::NBirth, QStringLiteral("n1"), p);
        const QModelIndex level = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"),
                                                    QStringLiteral("Level"));
        QCOMPARE(cell(level, Model::QualityColumn), QStringLiteral("stale"));
        QCOMPARE(level.data(Model::QualityRole).toInt(), 500);
        SparkplugMetric nullValue = aliased(1, QVariant());
        nullValue.isNull = true;
        f.add(Type::NData, QStringLiteral("n1"), payload(1, {nullValue}));
        QCOMPARE(cell(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("n1"), QStringLiteral("Temperature")),
                      Model::ValueColumn),
                 QStringLiteral("null"));
        f.model.clear();
        QCOMPARE(f.model.rowCount(), 0);
        QVERIFY(f.model.issues().empty());
    }
};

QTEST_GUILESS_MAIN(TestSparkplugHostModel)
#include "tst_sparkplughostmodel.moc"
