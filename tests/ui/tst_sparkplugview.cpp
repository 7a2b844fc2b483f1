// The Sparkplug host view, driven offscreen: rebirth requests for the selected
// node, the issue list, the filter, and the state shown on each row.
#include "models/sparkplughostmodel.h"
#include "sparkplugview.h"

#include <QAbstractProxyModel>
#include <QApplication>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>
#include <QTreeView>

using namespace Signalbox;

namespace {

using Model = SparkplugHostModel;
using Type = SparkplugTopic::Type;

SparkplugTopic topic(Type type, const QString &group, const QString &node, const QString &device = {})
{
    SparkplugTopic t;
    t.type = type;
    t.group = group;
    t.edgeNode = node;
    t.device = device;
    return t;
}

SparkplugPayload payload(quint64 seq, const QStringList &metrics)
{
    SparkplugPayload p;
    p.seq = seq;
    SparkplugMetric bd;
    bd.name = QStringLiteral("bdSeq");
    bd.value = qint64(0);
    p.metrics.append(bd);
    for (const QString &name : metrics) {
        SparkplugMetric m;
        m.name = name;
        m.datatype = quint32(SparkplugDataType::Double);
        m.value = 1.5;
        p.metrics.append(m);
    }
    return p;
}

struct Fixture
{
    Fixture()
    {
        view.setModel(&model);
        view.resize(900, 600);
        view.show();
        model.addPayload(topic(Type::NBirth, QStringLiteral("plant"), QStringLiteral("press")),
                         payload(0, {QStringLiteral("Temperature")}), QString(), 1000);
        model.addPayload(topic(Type::DBirth, QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("pump")),
                         payload(1, {QStringLiteral("Flow")}), QString(), 1000);
        model.addPayload(topic(Type::NBirth, QStringLiteral("yard"), QStringLiteral("gate")),
                         payload(0, {QStringLiteral("Open")}), QString(), 1000);
    }
    // The view's row for a model index.
    QModelIndex shown(const QModelIndex &source) const
    {
        const auto *proxy = static_cast<const QAbstractProxyModel *>(view.treeView()->model());
        return proxy->mapFromSource(source);
    }
    Model model;
    SparkplugView view;
};

// Every text in brackets: what a view shows after it shows whatever the
// translator says.
class BracketTranslator : public QTranslator
{
public:
    QString translate(const char *, const char *source, const char *, int) const override
    {
        return u'[' + QString::fromUtf8(source) + u']';
    }
    bool isEmpty() const override { return false; }
};

} // namespace

class TestSparkplugView : public QObject
{
    Q_OBJECT

private slots:
    void rebirthForSelectedNode()
    {
        Fixture f;
        QSignalSpy spy(&f.view, &SparkplugView::publishRequested);
        QVERIFY(!f.view.rebirthButton()->isEnabled()); // nothing selected

        // A group is no node.
        f.view.treeView()->setCurrentIndex(f.shown(f.model.findIndex(QStringLiteral("yard"))));
        QVERIFY(!f.view.rebirthButton()->isEnabled());

        // A device's metric: its edge node is asked.
        const QModelIndex flow = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                   QStringLiteral("pump"), QStringLiteral("Flow"));
        QVERIFY(flow.isValid());
        f.view.treeView()->setCurrentIndex(f.shown(flow));
        QCOMPARE(f.view.currentIndex(), flow);
        QVERIFY(f.view.rebirthButton()->isEnabled());
        QTest::mouseClick(f.view.rebirthButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        const auto request = spy.takeFirst().first().value<OutgoingMessage>();
        QCOMPARE(request.topic, QStringLiteral("spBv1.0/plant/NCMD/press"));
        QCOMPARE(request.qos, quint8(0));
        QVERIFY(!request.retain);

        // Clicking the other group's node in the tree.
        const QModelIndex gate = f.shown(f.model.findIndex(QStringLiteral("yard"), QStringLiteral("gate")));
        QVERIFY(gate.isValid());
        f.view.treeView()->scrollTo(gate);
        const QRect rect = f.view.treeView()->visualRect(gate);
        QVERIFY(rect.isValid()); // its group is expanded
        QTest::mouseClick(f.view.treeView()->viewport(), Qt::LeftButton, {}, rect.center());
        QTest::mouseClick(f.view.rebirthButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<OutgoingMessage>().topic, QStringLiteral("spBv1.0/yard/NCMD/gate"));
    }

    void issuesNewestFirst()
    {
        Fixture f;
        QCOMPARE(f.view.issueList()->count(), 0);
        SparkplugPayload gap = payload(5, {});
        f.model.addPayload(topic(Type::NData, QStringLiteral("plant"), QStringLiteral("press")), gap, QString(), 1000);
        f.model.addPayload(topic(Type::NData, QStringLiteral("yard"), QStringLiteral("gate")), std::nullopt,
                           QStringLiteral("Truncated at byte 4."), 2000);
        QCOMPARE(f.view.issueList()->count(), 2);
        QVERIFY(f.view.issueList()->item(0)->text().contains(QStringLiteral("yard/gate")));
        QVERIFY(f.view.issueList()->item(0)->text().contains(QStringLiteral("Truncated at byte 4.")));
        QVERIFY(f.view.issueList()->item(1)->text().contains(QStringLiteral("expected 2, received 5")));
        // Flagged rows wear a warning sign; sound ones a state dot.
        const QModelIndex press = f.shown(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press")));
        QVERIFY(!press.data(Qt::DecorationRole).value<QIcon>().isNull());
        QVERIFY(press.siblingAtColumn(Model::IssueColumn).data(Qt::ForegroundRole).isValid());
        // Choosing an issue selects its node.
        f.view.issueList()->setCurrentRow(0);
        QCOMPARE(f.view.currentIndex(), f.model.findIndex(QStringLiteral("yard"), QStringLiteral("gate")));
        QVERIFY(f.view.rebirthButton()->isEnabled());

        // A view bound later shows the issues so far, in the same order.
        SparkplugView late;
        late.setModel(&f.model);
        QCOMPARE(late.issueList()->count(), 2);
        QCOMPARE(late.issueList()->item(0)->text(), f.view.issueList()->item(0)->text());
    }

    void filterKeepsPathToMatch()
    {
        Fixture f;
        QTreeView *tree = f.view.treeView();
        QCOMPARE(tree->model()->rowCount(), 2);
        f.view.filterEdit()->setText(QStringLiteral("flow"));
        QCOMPARE(tree->model()->rowCount(), 1); // plant only
        const QModelIndex flow = f.shown(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                           QStringLiteral("pump"), QStringLiteral("Flow")));
        QVERIFY(flow.isValid());
        QVERIFY(!f.shown(f.model.findIndex(QStringLiteral("yard"))).isValid());
        QVERIFY(tree->visualRect(flow).isValid()); // opened down to it
        f.view.filterEdit()->clear();
        QCOMPARE(tree->model()->rowCount(), 2);
    }

    // A language chosen while the view is open reaches its texts and the model's.
    void followsLanguageChange()
    {
        Fixture f;
        BracketTranslator translator;
        QVERIFY(QApplication::installTranslator(&translator));
        QApplication::processEvents();
        QStringList texts{f.view.filterEdit()->placeholderText(), f.view.rebirthButton()->text(),
                          f.view.rebirthButton()->toolTip(), f.view.issueList()->toolTip()};
        for (const QLabel *label : f.view.findChildren<QLabel *>())
            texts.append(label->text());
        const QHeaderView *header = f.view.treeView()->header();
        for (int column = 0; column < header->count(); ++column)
            texts.append(header->model()->headerData(column, Qt::Horizontal).toString());
        texts.append(f.shown(f.model.findIndex(QStringLiteral("yard"), QStringLiteral("gate")))
                         .siblingAtColumn(Model::StateColumn)
                         .data()
                         .toString());
        QApplication::removeTranslator(&translator);
        QCOMPARE(texts.size(), 4 + 1 + Model::ColumnCount + 1);
        for (const QString &text : std::as_const(texts))
            QVERIFY2(text.startsWith(u'[') && text.endsWith(u']'), qPrintable(text));
    }

    void offlineAfterDeath()
    {
        Fixture f;
        const QModelIndex gate = f.shown(f.model.findIndex(QStringLiteral("yard"), QStringLiteral("gate")));
        QVERIFY(!gate.data(Qt::ForegroundRole).isValid()); // online: the palette's text
        SparkplugPayload death;
        SparkplugMetric bd;
        bd.name = QStringLiteral("bdSeq");
        bd.value = qint64(0);
        death.metrics.append(bd);
        f.model.addPayload(topic(Type::NDeath, QStringLiteral("yard"), QStringLiteral("gate")), death, QString(), 1000);
        QCOMPARE(gate.siblingAtColumn(Model::StateColumn).data().toString(), QStringLiteral("offline"));
        QVERIFY(gate.data(Qt::ForegroundRole).isValid()); // greyed
        QCOMPARE(f.view.issueList()->count(), 0);
    }
};

QTEST_MAIN(TestSparkplugView)
#include "tst_sparkplugview.moc"
