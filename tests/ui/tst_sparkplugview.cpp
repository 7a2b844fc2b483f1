// The Sparkplug host view, driven offscreen: rebirth requests for the selected
// node, the issue list, the filter, and the state shown on each row.
#include "models/sparkplughostmodel.h"
#include "sparkplugview.h"

#include <QAbstractProxyModel>
#include <QAction>
#include <QApplication>
#include <QContextMenuEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
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

    // Plot on a number or Boolean metric: the topic its values come on and its name.
    void plotForSelectedMetric()
    {
        Fixture f;
        QSignalSpy spy(&f.view, &SparkplugView::plotRequested);
        QVERIFY(!f.view.plotButton()->isEnabled()); // nothing selected
        QVERIFY(!f.view.plotAction()->isEnabled());
        // Groups, nodes and devices are no metrics.
        for (const QModelIndex &row :
             {f.model.findIndex(QStringLiteral("plant")),
              f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press")),
              f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("pump"))}) {
            f.view.setCurrentIndex(row);
            QCOMPARE(f.view.currentIndex(), row);
            QVERIFY(!f.view.plotButton()->isEnabled());
            QVERIFY(!f.view.plotAction()->isEnabled());
        }

        // A device's metric: its DDATA topic.
        const QModelIndex flow = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                   QStringLiteral("pump"), QStringLiteral("Flow"));
        f.view.setCurrentIndex(flow);
        QVERIFY(f.view.plotButton()->isEnabled());
        QVERIFY(f.view.plotAction()->isEnabled());
        QTest::mouseClick(f.view.plotButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("spBv1.0/plant/DDATA/press/pump"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Flow"));

        // A node's metric, from the context menu's action: its NDATA topic.
        f.view.setCurrentIndex(
            f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("Temperature")));
        f.view.plotAction()->trigger();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(spy.at(1).at(0).toString(), QStringLiteral("spBv1.0/plant/NDATA/press"));
        QCOMPARE(spy.at(1).at(1).toString(), QStringLiteral("Temperature"));

        // A Boolean and a name with '/' in it are plotted; text and an unknown alias are not.
        SparkplugPayload data;
        data.seq = 2;
        SparkplugMetric state;
        state.name = QStringLiteral("Motor/Running");
        state.datatype = quint32(SparkplugDataType::Boolean);
        state.value = true;
        SparkplugMetric label;
        label.name = QStringLiteral("Label");
        label.datatype = quint32(SparkplugDataType::String);
        label.value = QStringLiteral("12");
        SparkplugMetric unknown;
        unknown.alias = 77;
        unknown.value = 3.0;
        data.metrics = {state, label, unknown};
        f.model.addPayload(topic(Type::DData, QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("pump")),
                           data, QString(), 2000);
        const QModelIndex pump = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                   QStringLiteral("pump"));
        f.view.setCurrentIndex(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                 QStringLiteral("pump"), QStringLiteral("Motor/Running")));
        QVERIFY(f.view.plotButton()->isEnabled());
        QTest::mouseClick(f.view.plotButton(), Qt::LeftButton);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).at(1).toString(), QStringLiteral("Motor/Running"));
        f.view.setCurrentIndex(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                 QStringLiteral("pump"), QStringLiteral("Label")));
        QVERIFY(!f.view.plotButton()->isEnabled());
        const QModelIndex unknownRow = f.model.index(f.model.rowCount(pump) - 1, 0, pump);
        QCOMPARE(unknownRow.data().toString(), QStringLiteral("alias 77 (unknown)"));
        f.view.setCurrentIndex(unknownRow);
        QVERIFY(!f.view.plotButton()->isEnabled());
        f.view.plotAction()->trigger(); // disabled: nothing
        QCOMPARE(spy.count(), 3);
    }

    // Right-clicking a metric's row opens a menu with Plot for that row.
    void plotFromContextMenu()
    {
        Fixture f;
        QSignalSpy spy(&f.view, &SparkplugView::plotRequested);
        QTreeView *tree = f.view.treeView();
        const QModelIndex press = f.shown(f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press")));
        tree->expand(press);
        const QModelIndex temperature = f.shown(
            f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("Temperature")));
        tree->scrollTo(temperature);
        const QRect rect = tree->visualRect(temperature);
        QVERIFY(rect.isValid());

        QStringList shown;
        bool enabled = false;
        QTimer poll;
        poll.setInterval(10);
        connect(&poll, &QTimer::timeout, this, [&] {
            auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget());
            if (!menu)
                return;
            poll.stop();
            for (QAction *action : menu->actions()) {
                shown.append(action->text());
                if (action->text() == QStringLiteral("Plot")) {
                    enabled = action->isEnabled();
                    action->trigger();
                }
            }
            menu->close();
        });
        poll.start();
        QContextMenuEvent event(QContextMenuEvent::Mouse, rect.center(), tree->viewport()->mapToGlobal(rect.center()));
        QApplication::sendEvent(tree->viewport(), &event);
        QCOMPARE(shown, QStringList{QStringLiteral("Plot")});
        QVERIFY(enabled);
        QCOMPARE(f.view.currentIndex(),
                 f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("Temperature")));
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.at(0).at(0).toString(), QStringLiteral("spBv1.0/plant/NDATA/press"));
        QCOMPARE(spy.at(0).at(1).toString(), QStringLiteral("Temperature"));
    }

    // A rebirth that leaves the selected metric out takes its row, and Plot with it.
    void rebirthTakesSelectedMetric()
    {
        Fixture f;
        const QModelIndex flow = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                   QStringLiteral("pump"), QStringLiteral("Flow"));
        f.view.setCurrentIndex(flow);
        QVERIFY(f.view.plotButton()->isEnabled());
        SparkplugPayload birth; // text only
        birth.seq = 2;
        SparkplugMetric mode;
        mode.name = QStringLiteral("Mode");
        mode.datatype = quint32(SparkplugDataType::String);
        mode.value = QStringLiteral("auto");
        birth.metrics.append(mode);
        f.model.addPayload(topic(Type::DBirth, QStringLiteral("plant"), QStringLiteral("press"), QStringLiteral("pump")),
                           birth, QString(), 2000);
        const QModelIndex pump = f.model.findIndex(QStringLiteral("plant"), QStringLiteral("press"),
                                                   QStringLiteral("pump"));
        QCOMPARE(f.model.rowCount(pump), 1);
        QCOMPARE(f.view.treeView()->model()->rowCount(f.shown(pump)), 1);
        QVERIFY(f.view.currentIndex() != flow);
        QVERIFY(!f.view.plotButton()->isEnabled());
        QVERIFY(!f.view.plotAction()->isEnabled());
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
        QStringList texts{f.view.filterEdit()->placeholderText(),
                          f.view.rebirthButton()->text(),
                          f.view.rebirthButton()->toolTip(),
                          f.view.issueList()->toolTip(),
                          f.view.plotButton()->text(),
                          f.view.plotButton()->toolTip(),
                          f.view.plotAction()->text()};
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
        QCOMPARE(texts.size(), 7 + 1 + Model::ColumnCount + 1);
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
