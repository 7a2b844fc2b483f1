#include "models/trafficprofilemodel.h"
#include "theme.h"
#include "trafficview.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSpinBox>
#include <QTableView>
#include <QApplication>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QStyle>
#include <QTest>

using namespace Signalbox;

namespace {

using Model = TrafficProfileModel;

QList<Message> repeated(const QString &topic, int count, qsizetype size)
{
    Message m;
    m.topic = topic;
    m.payload = QByteArray(size, 'x');
    return QList<Message>(count, m);
}

QStringList shownSubtrees(const QTableView *table)
{
    QStringList result;
    const QAbstractItemModel *model = table->model();
    for (int row = 0; row < model->rowCount(); ++row)
        result << model->index(row, Model::SubtreeColumn).data().toString();
    return result;
}

// "many/#": many small messages; "big/#": few large ones; "mixed/#": sizes in two buckets.
void feed(Model &model)
{
    model.addMessages(repeated(QStringLiteral("many/a/1"), 30, 10) + repeated(QStringLiteral("many/b/1"), 20, 10)
                      + repeated(QStringLiteral("big/x"), 5, 5000) + repeated(QStringLiteral("mixed/y"), 4, 0)
                      + repeated(QStringLiteral("mixed/y"), 6, 100));
    model.tick();
}

struct Fixture
{
    Fixture()
    {
        model.setAutoTick(false);
        view.setModel(&model);
        view.resize(1000, 600);
    }
    Model model;
    QAbstractItemModelTester tester{&model, QAbstractItemModelTester::FailureReportingMode::QtTest};
    TrafficView view;
};

} // namespace

class TestTrafficView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
    }

    void init() { QSettings().remove(QStringLiteral("traffic")); }

    void tableShowsTheProfile()
    {
        Fixture f;
        QCOMPARE(f.view.tableView()->model(), &f.model);
        QCOMPARE(f.view.depthSpinBox()->value(), 1);
        QCOMPARE(f.view.topNSpinBox()->value(), 20);
        QCOMPARE(f.view.rankByComboBox()->currentText(), QStringLiteral("Messages/s"));
        feed(f.model);
        const QTableView *table = f.view.tableView();
        QCOMPARE(shownSubtrees(table),
                 (QStringList{QStringLiteral("many/#"), QStringLiteral("mixed/#"), QStringLiteral("big/#")}));
        QCOMPARE(table->model()->index(0, Model::MessagesPerSecondColumn).data().toString(), QStringLiteral("5.0/s"));
        QCOMPARE(table->model()->index(0, Model::BytesPerSecondColumn).data().toString(), QStringLiteral("50 B/s"));
        QCOMPARE(table->model()->index(2, Model::MaxPayloadColumn).data().toString(), QStringLiteral("4.9 KiB"));
        QCOMPARE(table->model()->index(2, Model::MaxPayloadColumn).data(Qt::ToolTipRole).toString(),
                 QStringLiteral("5,000 bytes"));
        QCOMPARE(f.view.summaryText(), QStringLiteral("6.5/s · 2.5 KiB/s · 4 distinct topic(s)"));
        QVERIFY(f.view.histogramTitle().contains(QStringLiteral("all topics")));
        QCOMPARE(f.view.histogramValues(), f.model.sizeHistogram());
        QCOMPARE(f.view.histogramValues(), (QList<qint64>{4, 50, 0, 6, 0, 0, 5, 0, 0, 0}));
    }

    void depthSpinBoxRegroups()
    {
        Fixture f;
        feed(f.model);
        f.view.depthSpinBox()->setValue(2);
        QCOMPARE(f.model.depth(), 2);
        QCOMPARE(shownSubtrees(f.view.tableView()), (QStringList{QStringLiteral("many/a/#"), QStringLiteral("many/b/#"),
                                                                 QStringLiteral("mixed/y"), QStringLiteral("big/x")}));
        f.model.setDepth(3);
        QCOMPARE(f.view.depthSpinBox()->value(), 3);
        QCOMPARE(shownSubtrees(f.view.tableView()).first(), QStringLiteral("many/a/1"));
    }

    void depthIsRemembered()
    {
        {
            Fixture f;
            f.view.depthSpinBox()->setValue(3);
        }
        Fixture again; // a new connection's page
        QCOMPARE(again.model.depth(), 3);
        QCOMPARE(again.view.depthSpinBox()->value(), 3);
    }

    void topNSpinBoxAddsOther()
    {
        Fixture f;
        feed(f.model);
        f.view.topNSpinBox()->setValue(1);
        QCOMPARE(f.model.topN(), 1);
        QCOMPARE(shownSubtrees(f.view.tableView()), (QStringList{QStringLiteral("many/#"), QStringLiteral("(other)")}));
        QCOMPARE(f.view.tableView()->model()->index(1, Model::MessagesColumn).data().toString(), QStringLiteral("15"));
    }

    void rankByComboSwitchesOrder()
    {
        Fixture f;
        feed(f.model);
        QComboBox *rankBy = f.view.rankByComboBox();
        rankBy->setCurrentIndex(rankBy->findText(QStringLiteral("Bytes/s")));
        QCOMPARE(f.model.sortColumn(), int(Model::BytesPerSecondColumn));
        QCOMPARE(f.model.sortOrder(), Qt::DescendingOrder);
        QCOMPARE(f.view.tableView()->horizontalHeader()->sortIndicatorSection(), int(Model::BytesPerSecondColumn));
        QCOMPARE(shownSubtrees(f.view.tableView()),
                 (QStringList{QStringLiteral("big/#"), QStringLiteral("mixed/#"), QStringLiteral("many/#")}));
        rankBy->setCurrentIndex(rankBy->findText(QStringLiteral("Messages/s")));
        QCOMPARE(shownSubtrees(f.view.tableView()).first(), QStringLiteral("many/#"));
    }

    void clickingAHeaderSortsNumerically()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        feed(f.model);
        f.model.addMessages(repeated(QStringLiteral("huge"), 1, 300000) + repeated(QStringLiteral("mid"), 1, 900));
        f.model.tick();
        QHeaderView *header = f.view.tableView()->horizontalHeader();
        const auto click = [header](int section) {
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(section) + header->sectionSize(section) / 2,
                                     header->height() / 2));
        };
        click(Model::MaxPayloadColumn);
        QCOMPARE(f.model.sortColumn(), int(Model::MaxPayloadColumn));
        QCOMPARE(f.model.sortOrder(), Qt::DescendingOrder); // numeric columns start with the largest
        QCOMPARE(shownSubtrees(f.view.tableView()),
                 (QStringList{QStringLiteral("huge"), QStringLiteral("big/#"), QStringLiteral("mid"),
                              QStringLiteral("mixed/#"), QStringLiteral("many/#")}));
        click(Model::MaxPayloadColumn);
        QCOMPARE(f.model.sortOrder(), Qt::AscendingOrder);
        QCOMPARE(shownSubtrees(f.view.tableView()).first(), QStringLiteral("many/#"));
        click(Model::BytesPerSecondColumn);
        QCOMPARE(f.view.rankByComboBox()->currentText(), QStringLiteral("Bytes/s"));
        QCOMPARE(shownSubtrees(f.view.tableView()).first(), QStringLiteral("huge"));
    }

    void selectedRowShowsItsHistogram()
    {
        Fixture f;
        feed(f.model);
        QTableView *table = f.view.tableView();
        const int row = f.model.rowForKey(QStringLiteral("mixed/#"));
        table->selectRow(row);
        QCOMPARE(f.view.selectedKey(), QStringLiteral("mixed/#"));
        QCOMPARE(f.view.histogramValues(), (QList<qint64>{4, 0, 0, 6, 0, 0, 0, 0, 0, 0}));
        QVERIFY(f.view.histogramTitle().contains(QStringLiteral("mixed/#")));

        // The selection follows its key when the order changes (layout change) ...
        f.model.addMessages(repeated(QStringLiteral("mixed/z"), 100, 20));
        f.model.tick();
        QCOMPARE(f.model.rowForKey(QStringLiteral("mixed/#")), 0);
        QCOMPARE(f.view.selectedKey(), QStringLiteral("mixed/#"));
        QCOMPARE(f.view.histogramValues(), (QList<qint64>{4, 0, 100, 6, 0, 0, 0, 0, 0, 0}));

        // ... and when the rows are reset because one was added.
        f.model.addMessages(repeated(QStringLiteral("new/1"), 500, 20));
        f.model.tick();
        QCOMPARE(f.model.rowCount(), 4);
        QCOMPARE(f.view.selectedKey(), QStringLiteral("mixed/#"));
        QCOMPARE(table->selectionModel()->selectedRows().first().row(), 1);
        QCOMPARE(f.view.histogramValues(), f.model.sizeHistogram(QStringLiteral("mixed/#")));

        table->clearSelection();
        QVERIFY(f.view.selectedKey().isEmpty());
        QCOMPARE(f.view.histogramValues(), f.model.sizeHistogram());
    }

    void otherRowHistogram()
    {
        Fixture f;
        feed(f.model);
        f.view.topNSpinBox()->setValue(1);
        f.view.tableView()->selectRow(1);
        QVERIFY(f.view.selectedKey().isEmpty());
        QCOMPARE(f.view.histogramValues(), (QList<qint64>{4, 0, 0, 6, 0, 0, 5, 0, 0, 0}));
        QVERIFY(f.view.histogramTitle().contains(QStringLiteral("(other)")));
    }

    // At depth 2 the subtrees of one first level differ only at their end: in a table as
    // narrow as the page gives it, each name must still show that end.
    void depthTwoNamesCanBeToldApart()
    {
        Fixture f;
        f.view.resize(640, 500);
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        f.model.addMessages(repeated(QStringLiteral("Sensor/imu/accel"), 30, 200)
                            + repeated(QStringLiteral("Sensor/cds/level"), 20, 10)
                            + repeated(QStringLiteral("Sensor/environment/temperature"), 10, 10));
        f.model.tick();
        f.view.depthSpinBox()->setValue(2);
        QTableView *table = f.view.tableView();
        QCOMPARE(shownSubtrees(table), (QStringList{QStringLiteral("Sensor/imu/#"), QStringLiteral("Sensor/cds/#"),
                                                    QStringLiteral("Sensor/environment/#")}));
        QApplication::processEvents();
        // What each cell can show: its text elided as the view elides it, in the cell's width.
        const int margin = 2 * (table->style()->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, table) + 1);
        QStringList visible;
        for (int row = 0; row < f.model.rowCount(); ++row) {
            const QModelIndex index = f.model.index(row, Model::SubtreeColumn);
            const int width = table->visualRect(index).width() - margin;
            visible << table->fontMetrics().elidedText(index.data().toString(), table->textElideMode(), width);
        }
        QVERIFY2(visible.at(0).contains(QStringLiteral("imu")), qPrintable(visible.join(QStringLiteral(" | "))));
        QVERIFY2(visible.at(1).contains(QStringLiteral("cds")), qPrintable(visible.join(QStringLiteral(" | "))));
        QVERIFY2(visible.at(2).contains(QStringLiteral("environment/#"))
                     || visible.at(2).endsWith(QStringLiteral("nt/#")),
                 qPrintable(visible.join(QStringLiteral(" | "))));
        QCOMPARE(QSet<QString>(visible.begin(), visible.end()).size(), visible.size());
    }

    // The share is of what the table is ranked by, and its header says which.
    void shareFollowsTheRanking()
    {
        Fixture f;
        feed(f.model); // many/#: 50 messages of 10 bytes; big/#: 5 of 5000; mixed/#: 10, 600 bytes
        QTableView *table = f.view.tableView();
        const auto header = [&] { return f.model.headerData(Model::ShareColumn, Qt::Horizontal).toString(); };
        const auto share = [&](int row) {
            return table->model()->index(row, Model::ShareColumn).data(Model::ShareRole).toDouble();
        };
        // Ranked by messages/s: the top row has the largest share, of messages.
        QCOMPARE(f.view.rankByComboBox()->currentText(), QStringLiteral("Messages/s"));
        QCOMPARE(header(), QStringLiteral("Share of msg/s"));
        QCOMPARE(shownSubtrees(table).first(), QStringLiteral("many/#"));
        QCOMPARE(share(0), 100.0 * 50 / 65);
        QCOMPARE(table->model()->index(0, Model::ShareColumn).data().toString(), QStringLiteral("76.9 %"));
        QVERIFY(share(0) >= share(1) && share(1) >= share(2));

        QComboBox *rankBy = f.view.rankByComboBox();
        rankBy->setCurrentIndex(rankBy->findText(QStringLiteral("Bytes/s")));
        QCOMPARE(header(), QStringLiteral("Share of bytes/s"));
        QCOMPARE(shownSubtrees(table).first(), QStringLiteral("big/#"));
        QCOMPARE(share(0), 100.0 * 25000 / (500 + 25000 + 600));
        QVERIFY(share(0) >= share(1) && share(1) >= share(2));
        QVERIFY(
            table->model()->index(0, Model::ShareColumn).data(Qt::ToolTipRole).toString().contains(QStringLiteral("bytes/s")));

        // Sorting by the share column keeps what it is a share of, and the ranking.
        f.view.tableView()->sortByColumn(Model::ShareColumn, Qt::DescendingOrder);
        QCOMPARE(header(), QStringLiteral("Share of bytes/s"));
        QCOMPARE(rankBy->currentText(), QStringLiteral("Bytes/s"));
        QCOMPARE(shownSubtrees(table).first(), QStringLiteral("big/#"));
    }

    void histogramFollowsThePalette()
    {
        Fixture f;
        f.view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&f.view));
        applyTheme(ThemeChoice::Dark);
        QTRY_VERIFY(f.view.histogramChart()->backgroundBrush().color().lightness() < 100);
        applyTheme(ThemeChoice::Light);
        QTRY_VERIFY(f.view.histogramChart()->backgroundBrush().color().lightness() > 200);
    }

    void modelDestroyed()
    {
        TrafficView view;
        auto *model = new Model;
        model->setAutoTick(false);
        view.setModel(model);
        feed(*model);
        QCOMPARE(view.histogramValues(), model->sizeHistogram());
        delete model;
        QTRY_COMPARE(view.summaryText(), QStringLiteral("No connection."));
        QCOMPARE(view.model(), nullptr);
        QCOMPARE(view.histogramValues(), QList<qint64>(Model::SizeBucketCount, 0));
        view.depthSpinBox()->setValue(4); // no model: nothing to do, no crash
    }
};

QTEST_MAIN(TestTrafficView)
#include "tst_trafficview.moc"
