#include "payloadviewer.h"
#include "models/topictreemodel.h"
#include "topictreeview.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QDateTime>
#include <QTest>
#include <QTreeView>

using namespace Signalbox;

namespace {

Message message(const QString &topic, const QByteArray &payload, bool retain = false)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.retain = retain;
    m.receivedAtMs = 1'700'000'000'000;
    return m;
}

void fill(TopicTreeModel &model)
{
    model.addMessages(
        {message(QStringLiteral("home/kitchen/temp"), "21", true), message(QStringLiteral("home/hall/temp"), "19", true),
         message(QStringLiteral("home/hall/light"), "on"), message(QStringLiteral("office/temp"), "22", true),
         message(QStringLiteral("$SYS/broker/uptime"), "100 seconds")});
    model.flush();
}

// Topics of the visible rows, depth first, expanding everything.
QStringList shownTopics(QTreeView *tree, const QModelIndex &parent = {})
{
    QStringList topics;
    const QAbstractItemModel *model = tree->model();
    for (int row = 0; row < model->rowCount(parent); ++row) {
        const QModelIndex index = model->index(row, 0, parent);
        topics << index.data(TopicTreeModel::TopicRole).toString();
        topics << shownTopics(tree, index);
    }
    return topics;
}

} // namespace

class TestTopicTreeView : public QObject
{
    Q_OBJECT
private slots:
    void searchFilters();
    void selectingShowsPayload();
    void deleteRetainedPublishesEmptyRetained();
    void sortingKeepsOpenNodesAndSelection();
    void opensRootsAndOnlyChildren();
    void lastChangeIsPainted();
    void activityGlowsAndFades();
};

namespace {

// Counts the paint events of a widget.
class PaintCounter : public QObject
{
public:
    int paints = 0;

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            ++paints;
        return false;
    }
};

} // namespace

// Changes repaint the tree at most every so often under a flood; the last
// change of a burst must still reach the screen.
void TestTopicTreeView::lastChangeIsPainted()
{
    TopicTreeModel model;
    TopicTreeView view;
    view.setModel(&model);
    view.resize(800, 400);
    fill(model);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTreeView *tree = view.treeView();
    PaintCounter counter;
    tree->viewport()->installEventFilter(&counter);
    QTRY_VERIFY(counter.paints > 0);

    for (int i = 0; i < 20; ++i) {
        model.addMessages({message(QStringLiteral("home/hall/light"), QByteArray::number(i))});
        model.flush();
        QCoreApplication::processEvents();
    }
    counter.paints = 0;
    model.addMessages({message(QStringLiteral("home/hall/light"), "last")});
    model.flush(); // dataChanged: a repaint now or soon, never none
    QTRY_VERIFY_WITH_TIMEOUT(counter.paints > 0, 2000);
}

void TestTopicTreeView::sortingKeepsOpenNodesAndSelection()
{
    TopicTreeModel model;
    TopicTreeView view;
    view.setModel(&model);
    model.addMessages({message(QStringLiteral("a/one"), "1"), message(QStringLiteral("a/two"), "2"),
                       message(QStringLiteral("a/two"), "2"), message(QStringLiteral("a/three"), "3"),
                       message(QStringLiteral("a/three"), "3"), message(QStringLiteral("a/three"), "3")});
    model.flush();
    QTreeView *tree = view.treeView();
    QVERIFY(view.selectTopic(QStringLiteral("a/two")));
    const auto children = [&] {
        const QModelIndex a = tree->model()->index(0, 0);
        QStringList names;
        for (int row = 0; row < tree->model()->rowCount(a); ++row)
            names << tree->model()->index(row, 0, a).data().toString();
        return names;
    };
    QCOMPARE(children(), (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")})); // arrival
    tree->sortByColumn(TopicTreeModel::MessagesColumn, Qt::DescendingOrder); // a header click
    QCOMPARE(children(), (QStringList{QStringLiteral("three"), QStringLiteral("two"), QStringLiteral("one")}));
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0))); // "a" stays open
    QCOMPARE(view.currentTopic(), QStringLiteral("a/two")); // and the selection stays
    // counts keep the order as they change
    model.addMessages({message(QStringLiteral("a/one"), "1"), message(QStringLiteral("a/one"), "1"),
                       message(QStringLiteral("a/one"), "1")});
    model.flush();
    QCOMPARE(children(), (QStringList{QStringLiteral("one"), QStringLiteral("three"), QStringLiteral("two")}));
    tree->header()->setSortIndicator(-1, Qt::AscendingOrder); // the third click: arrival order
    QCOMPARE(children(), (QStringList{QStringLiteral("one"), QStringLiteral("two"), QStringLiteral("three")}));
    QVERIFY(tree->isExpanded(tree->model()->index(0, 0)));
    QCOMPARE(view.currentTopic(), QStringLiteral("a/two"));
    // a retained node says so in its payload column
    model.addMessages({message(QStringLiteral("a/two"), "kept", true)});
    model.flush();
    const QModelIndex two = model.indexForTopic(QStringLiteral("a/two"));
    QCOMPARE(two.siblingAtColumn(TopicTreeModel::PayloadColumn).data().toString(), QStringLiteral("(retained) kept"));
}

void TestTopicTreeView::opensRootsAndOnlyChildren()
{
    TopicTreeModel model;
    TopicTreeView view;
    view.setModel(&model);
    model.addMessages({message(QStringLiteral("plant/line1/press/temp"), "1")});
    model.flush();
    QTreeView *tree = view.treeView();
    const QModelIndex plant = tree->model()->index(0, 0);
    const QModelIndex line1 = tree->model()->index(0, 0, plant);
    const QModelIndex press = tree->model()->index(0, 0, line1);
    QVERIFY(tree->isExpanded(plant));
    QVERIFY(tree->isExpanded(line1)); // an only child opens
    QVERIFY(tree->isExpanded(press));
    model.addMessages({message(QStringLiteral("plant/line2/press/temp"), "2")});
    model.flush();
    const QModelIndex line2 = tree->model()->index(1, 0, plant);
    QVERIFY(!tree->isExpanded(line2)); // a second child does not
}

void TestTopicTreeView::searchFilters()
{
    TopicTreeModel model;
    fill(model);
    TopicTreeView view;
    view.setModel(&model);
    QAbstractItemModelTester tester(view.treeView()->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(shownTopics(view.treeView()).size(), 11);

    view.setSearchText(QStringLiteral("hall"));
    QCOMPARE(shownTopics(view.treeView()),
             (QStringList{QStringLiteral("home"), QStringLiteral("home/hall"), QStringLiteral("home/hall/temp"),
                          QStringLiteral("home/hall/light")}));
    view.setSearchText(QStringLiteral("UPTIME"));
    QCOMPARE(shownTopics(view.treeView()),
             (QStringList{QStringLiteral("$SYS"), QStringLiteral("$SYS/broker"), QStringLiteral("$SYS/broker/uptime")}));

    // topics arriving while a search is set are filtered too
    model.addMessages({message(QStringLiteral("garage/uptime"), "1"), message(QStringLiteral("garage/door"), "open")});
    model.flush();
    QCOMPARE(shownTopics(view.treeView()).size(), 5);
    QVERIFY(shownTopics(view.treeView()).contains(QStringLiteral("garage/uptime")));

    view.setSearchText(QString());
    QCOMPARE(shownTopics(view.treeView()).size(), 14);
}

void TestTopicTreeView::selectingShowsPayload()
{
    TopicTreeModel model;
    fill(model);
    TopicTreeView view;
    view.setModel(&model);
    QCOMPARE(view.currentTopic(), QString());
    QVERIFY(!view.deleteRetainedButton()->isEnabled());

    QVERIFY(view.selectTopic(QStringLiteral("home/hall/light")));
    QCOMPARE(view.currentTopic(), QStringLiteral("home/hall/light"));
    QCOMPARE(view.payloadViewer()->payload(), QByteArray("on"));
    QCOMPARE(view.historyList()->count(), 1);
    QVERIFY(!view.deleteRetainedButton()->isEnabled());

    // a new message on the selected topic is followed
    model.addMessages({message(QStringLiteral("home/hall/light"), "off")});
    model.flush();
    QCOMPARE(view.payloadViewer()->payload(), QByteArray("off"));
    QCOMPARE(view.historyList()->count(), 2);
    view.historyList()->setCurrentRow(1);
    QCOMPARE(view.payloadViewer()->payload(), QByteArray("on"));

    QVERIFY(view.selectTopic(QStringLiteral("home/hall")));
    QCOMPARE(view.payloadViewer()->payload(), QByteArray());
    QCOMPARE(view.historyList()->count(), 0);
    QVERIFY(view.deleteRetainedButton()->isEnabled());
    QVERIFY(!view.selectTopic(QStringLiteral("nowhere")));
}

void TestTopicTreeView::deleteRetainedPublishesEmptyRetained()
{
    TopicTreeModel model;
    fill(model);
    TopicTreeView view;
    view.setModel(&model);
    QSignalSpy spy(&view, &TopicTreeView::publishRequested);

    QCOMPARE(view.deleteRetained(model.indexForTopic(QStringLiteral("home")), false), 2);
    QCOMPARE(spy.size(), 2);
    QStringList topics;
    for (const QList<QVariant> &args : std::as_const(spy)) {
        const auto m = args.at(0).value<OutgoingMessage>();
        QVERIFY(m.payload.isEmpty());
        QCOMPARE(m.qos, quint8(1));
        QVERIFY(m.retain);
        topics << m.topic;
    }
    QCOMPARE(topics, (QStringList{QStringLiteral("home/kitchen/temp"), QStringLiteral("home/hall/temp")}));

    spy.clear();
    QCOMPARE(view.deleteRetained(model.indexForTopic(QStringLiteral("home/hall/light")), false), 0);
    QCOMPARE(spy.size(), 0);

    // a tree (proxy) index works as well
    view.setSearchText(QStringLiteral("office"));
    QVERIFY(view.selectTopic(QStringLiteral("office")));
    QCOMPARE(view.deleteRetained(view.treeView()->currentIndex(), false), 1);
    QCOMPARE(spy.size(), 1);
    QCOMPARE(spy.at(0).at(0).value<OutgoingMessage>().topic, QStringLiteral("office/temp"));
}

// A row that just received glows, then fades back to the plain background.
void TestTopicTreeView::activityGlowsAndFades()
{
    TopicTreeModel model;
    TopicTreeView view;
    view.setModel(&model);
    view.resize(800, 400);
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    QTreeView *tree = view.treeView();
    QVERIFY(!view.isGlowing());
    Message now = message(QStringLiteral("solo"), "1");
    now.receivedAtMs = QDateTime::currentMSecsSinceEpoch();
    model.addMessages({now});
    model.flush();
    QTRY_VERIFY(view.isGlowing());
    const QModelIndex row = tree->model()->index(0, TopicTreeModel::NameColumn);
    // A point of the row right of its text: only the background is there.
    const QRect cell = tree->visualRect(row);
    const QPoint at(cell.right() - 4, cell.center().y());
    const QColor glowing = tree->viewport()->grab().toImage().pixelColor(at);
    QTRY_VERIFY_WITH_TIMEOUT(!view.isGlowing(), 5000);
    const QColor plain = tree->viewport()->grab().toImage().pixelColor(at);
    QVERIFY2(glowing != plain, qPrintable(glowing.name() + QStringLiteral(" vs ") + plain.name()));
    QCOMPARE(plain, tree->palette().color(QPalette::Base));
}

QTEST_MAIN(TestTopicTreeView)
#include "tst_topictreeview.moc"
