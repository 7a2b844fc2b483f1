// RetainedManager driven against a real mosquitto: scan, check, clear, restore.
#include "mosquittobroker.h"
#include "client/mqttclient.h"
#include "payloadviewer.h"
#include "retainedmanager.h"
#include "client/retainedscan.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using Signalbox::Test::MosquittoBroker;

class TestRetainedManager : public QObject
{
    Q_OBJECT
private slots:
    void invalidFilterDisablesScan();
    void scanCheckClearRestore();
};

void TestRetainedManager::invalidFilterDisablesScan()
{
    ConnectionProfile profile;
    profile.host = QStringLiteral("127.0.0.1");
    profile.port = 1;
    RetainedManager view;
    view.setProfile(profile);
    QVERIFY(view.scan());
    QCOMPARE(view.filter(), QStringLiteral("#"));
    QVERIFY(view.scanButton()->isEnabled());
    view.filterField()->clear();
    QTest::keyClicks(view.filterField(), QStringLiteral("a/#/b"));
    QVERIFY(!view.scanButton()->isEnabled());
    QVERIFY(!view.filterProblem().isEmpty());
    QCOMPARE(view.filterProblemLabel()->text(), view.filterProblem());
    QVERIFY(!view.filterProblemLabel()->isHidden());
    QVERIFY(!view.startScan());
    QVERIFY(view.hasError());

    // a dead broker: the error shows in the view
    view.setFilter(QStringLiteral("a/#"));
    QVERIFY(view.filterProblem().isEmpty());
    QVERIFY(view.scanButton()->isEnabled());
    QSignalSpy finished(&view, &RetainedManager::operationFinished);
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QVERIFY(finished.wait(15000));
    QVERIFY(view.hasError());
    QVERIFY(!view.statusText().isEmpty());
    QCOMPARE(view.model()->rowCount(), 0);
}

void TestRetainedManager::scanCheckClearRestore()
{
    MosquittoBroker::Options options;
    options.tls = false;
    options.websockets = false;
    MosquittoBroker broker(options);
    QVERIFY2(broker.start(), qPrintable(broker.errorString()));
    ConnectionProfile profile;
    profile.host = broker.host();
    profile.port = broker.plainPort();
    profile.version = ProtocolVersion::V5;

    {
        MqttClient publisher(profile);
        QSignalSpy connected(&publisher, &MqttClient::connected);
        publisher.connectToBroker();
        QVERIFY(connected.wait(10000));
        QSignalSpy delivered(&publisher, &MqttClient::delivered);
        const QStringList topics{QStringLiteral("home/kitchen/temp"), QStringLiteral("home/kitchen/light"),
                                 QStringLiteral("home/hall/temp"), QStringLiteral("office/temp")};
        for (const QString &topic : topics)
            publisher.publish(OutgoingMessage{topic, topic.toUtf8() + "-value\nline 2", 1, true, {}});
        const auto acknowledged = [&delivered] {
            int n = 0;
            for (const QList<QVariant> &args : std::as_const(delivered))
                n += args.at(0).value<Delivery>().state == Delivery::State::Acknowledged;
            return n;
        };
        QTRY_COMPARE_WITH_TIMEOUT(acknowledged(), 4, 10000);
        publisher.disconnectFromBroker();
    }

    RetainedScan scan(profile);
    RetainedManager view;
    view.setScan(&scan);
    QAbstractItemModelTester tester(view.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    view.show();

    view.filterField()->clear();
    QTest::keyClicks(view.filterField(), QStringLiteral("home/#"));
    QVERIFY(view.scanButton()->isEnabled());
    QSignalSpy finished(&view, &RetainedManager::operationFinished);
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(!view.hasError(), qPrintable(view.statusText()));
    QCOMPARE(view.topics(), (QStringList{QStringLiteral("home/hall/temp"), QStringLiteral("home/kitchen/light"),
                                         QStringLiteral("home/kitchen/temp")}));
    QCOMPARE(view.model()->rowCount(), 3);
    QCOMPARE(view.model()->index(0, 1).data().toString(), QStringLiteral("home/hall/temp"));
    QCOMPARE(view.model()->index(0, 3).data().toInt(), 1);
    QVERIFY(view.model()->index(0, 4).data().toString().startsWith(QStringLiteral("≥ ")));
    QVERIFY(view.model()->index(0, 5).data().toString().isEmpty());
    QCOMPARE(view.model()->index(0, 6).data().toString(),
             QStringLiteral("home/hall/temp-value line 2")); // as the log shows it
    QVERIFY(view.statusText().contains(QLatin1String("3")));

    // the current row's payload
    view.tableView()->setCurrentIndex(view.model()->index(1, 1));
    QCOMPARE(view.payloadViewer()->payload(), QByteArray("home/kitchen/light-value\nline 2"));

    // check by filter
    QVERIFY(!view.clearButton()->isEnabled());
    QTest::keyClicks(view.selectField(), QStringLiteral("home/+/temp"));
    QTest::keyClick(view.selectField(), Qt::Key_Return);
    QCOMPARE(view.checkedTopics(),
             (QStringList{QStringLiteral("home/hall/temp"), QStringLiteral("home/kitchen/temp")}));
    QVERIFY(view.clearButton()->isEnabled());
    QTest::mouseClick(view.checkAllButton(), Qt::LeftButton);
    QCOMPARE(view.checkedTopics().size(), 3);
    QTest::mouseClick(view.uncheckAllButton(), Qt::LeftButton);
    QVERIFY(view.checkedTopics().isEmpty());
    QCOMPARE(view.checkMatching(QStringLiteral("home/+/temp")), 2);

    // clear the checked ones; the file comes first
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("backup.json"));
    QVERIFY(view.defaultRestorePath().contains(QLatin1String("/retained-backups/127.0.0.1-")));
    finished.clear();
    QCOMPARE(view.clearChecked(path, false), 2);
    QVERIFY(finished.wait(10000));
    QVERIFY2(!view.hasError(), qPrintable(view.statusText()));
    QCOMPARE(view.topics(), QStringList{QStringLiteral("home/kitchen/light")});
    QString error;
    const std::optional<QList<Message>> saved = RetainedScan::readRestoreFile(path, &error);
    QVERIFY2(saved, qPrintable(error));
    QCOMPARE(saved->size(), 2);

    finished.clear();
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(view.topics(), QStringList{QStringLiteral("home/kitchen/light")});

    // restore, and a scan shows all three again
    finished.clear();
    QVERIFY(view.restoreFrom(path));
    QVERIFY(finished.wait(10000));
    QVERIFY2(!view.hasError(), qPrintable(view.statusText()));
    finished.clear();
    QTest::mouseClick(view.scanButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(view.topics().size(), 3);
    for (const Message &m : view.messages())
        QCOMPARE(m.payload, m.topic.toUtf8() + "-value\nline 2");
    // restored just now: the age is exact
    QVERIFY(!view.model()->index(0, 4).data().toString().startsWith(QStringLiteral("≥ ")));

    // a bad restore file: the reason shows inline
    finished.clear();
    QVERIFY(view.restoreFrom(dir.filePath(QStringLiteral("missing.json"))));
    QVERIFY(finished.wait(5000));
    QVERIFY(view.hasError());
    QVERIFY(view.statusText().contains(QLatin1String("missing.json")));
}

QTEST_MAIN(TestRetainedManager)
#include "tst_retainedmanager.moc"
