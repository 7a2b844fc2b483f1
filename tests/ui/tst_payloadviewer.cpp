#include "payloadviewer.h"

#include <QCborMap>
#include <QCborValue>
#include <QLabel>
#include <QSignalSpy>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTest>
#include <QTreeWidget>

using namespace Signalbox;

class TestPayloadViewer : public QObject
{
    Q_OBJECT
private slots:
    void jsonKeepsKeyOrder();
    void invalidJsonShowsPosition();
    void largePayloadIsTruncated();
    void switchesFormats();
    void treeKeepsKeyOrder();
    void propertiesWithTheirValues();
    void findMarksEveryMatch();
    void findJsonPath();
    void nothingChosen();
};

// MQTT 5 properties show above the payload with their values, correlation
// data as its text (or hex), and the line goes away for a message without any.
void TestPayloadViewer::propertiesWithTheirValues()
{
    PayloadViewer viewer;
    viewer.show();
    auto *label = viewer.findChild<QLabel *>(QStringLiteral("payloadProperties"));
    QVERIFY(label);
    QVERIFY(label->isHidden());
    Properties properties;
    properties.set(PropertyId::ContentType, QStringLiteral("application/json"));
    properties.set(PropertyId::CorrelationData, QByteArray("req-42"));
    properties.set(PropertyId::MessageExpiryInterval, 60u);
    properties.addUserProperty(QStringLiteral("unit"), QStringLiteral("C"));
    viewer.setProperties(properties);
    QVERIFY(!label->isHidden());
    const QString text = viewer.propertiesText();
    QVERIFY2(text.contains(QLatin1String("Content Type: \"application/json\"")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("req-42")), qPrintable(text));
    QVERIFY2(!text.contains(QLatin1String("6 bytes")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("Message Expiry Interval: 60")), qPrintable(text));
    QVERIFY2(text.contains(QLatin1String("\"unit\" = \"C\"")), qPrintable(text));
    Properties binary;
    binary.set(PropertyId::CorrelationData, QByteArray("\x01\x02\xff", 3));
    viewer.setProperties(binary);
    QVERIFY2(viewer.propertiesText().contains(QLatin1String("01 02 ff"), Qt::CaseInsensitive)
                 || viewer.propertiesText().contains(QLatin1String("0102ff"), Qt::CaseInsensitive),
             qPrintable(viewer.propertiesText()));
    viewer.setProperties({});
    QVERIFY(label->isHidden());
}

void TestPayloadViewer::jsonKeepsKeyOrder()
{
    PayloadViewer viewer;
    viewer.setPayload(R"({"zeta":1.50,"alpha":[true,null],"mid":"한글"})");
    QCOMPARE(viewer.format(), PayloadFormat::Auto);
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Json);
    const QString text = viewer.shownText();
    QVERIFY(text.indexOf(QLatin1String("\"zeta\": 1.50")) >= 0);
    QVERIFY(text.indexOf(QLatin1String("\"zeta\"")) < text.indexOf(QLatin1String("\"alpha\"")));
    QVERIFY(text.indexOf(QLatin1String("\"alpha\"")) < text.indexOf(QStringLiteral("\"mid\": \"한글\"")));
    QVERIFY(!viewer.isTruncated());
}

void TestPayloadViewer::invalidJsonShowsPosition()
{
    PayloadViewer viewer;
    viewer.setFormat(PayloadFormat::Json);
    viewer.setPayload("{\"a\":1,\n\"b\" 2}");
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Json);
    QVERIFY2(viewer.statusText().contains(QLatin1String("line 2, column 5")), qPrintable(viewer.statusText()));
    QCOMPARE(viewer.shownText(), QStringLiteral("{\"a\":1,\n\"b\" 2}"));
}

void TestPayloadViewer::largePayloadIsTruncated()
{
    QByteArray json = "[";
    while (json.size() < 10 * 1024 * 1024)
        json += R"({"id":1,"v":"abcdefghijklmnopqrstuvwxyz"},)";
    json += "0]";
    PayloadViewer viewer;
    viewer.setPayload(json);
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Json);
    QVERIFY(viewer.isTruncated());
    QVERIFY2(viewer.statusText().contains(QLatin1String("Showing")), qPrintable(viewer.statusText()));
    QVERIFY(viewer.statusText().contains(QLatin1String("of 10")));
    const qsizetype firstLength = viewer.shownText().size();

    viewer.showAll();
    QVERIFY(!viewer.isTruncated());
    QVERIFY(!viewer.statusText().contains(QLatin1String("Showing")));
    QVERIFY(viewer.shownText().size() > firstLength * 5);
    QVERIFY(viewer.shownText().endsWith(QLatin1String("  0\n]")));

    viewer.setPayload("{}");
    QVERIFY(!viewer.isTruncated());
}

void TestPayloadViewer::switchesFormats()
{
    PayloadViewer viewer;
    viewer.resize(900, 400); // room for 16 bytes a line
    viewer.show();
    QVERIFY(QTest::qWaitForWindowExposed(&viewer));
    QSignalSpy spy(&viewer, &PayloadViewer::formatChanged);
    viewer.setPayload("{\"a\":1}");

    viewer.setFormat(PayloadFormat::Hex);
    QCOMPARE(spy.count(), 1);
    QCOMPARE(spy.at(0).at(0).value<PayloadFormat>(), PayloadFormat::Hex);
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Hex);
    QCOMPARE(viewer.shownText(),
             QStringLiteral("00000000  7b 22 61 22 3a 31 7d                              {\"a\":1}"));
    // A narrow pane: 8 bytes a line, so that the ASCII column stays in sight.
    viewer.resize(300, 400);
    QTRY_COMPARE(viewer.shownText(), QStringLiteral("00000000  7b 22 61 22 3a 31 7d     {\"a\":1}"));
    viewer.resize(900, 400);
    QTRY_VERIFY(viewer.shownText().contains(QStringLiteral("                              {")));

    viewer.setFormat(PayloadFormat::Base64);
    QCOMPARE(viewer.shownText(), QStringLiteral("eyJhIjoxfQ=="));

    QCborMap map;
    map.insert(QStringLiteral("t"), 21);
    viewer.setPayload(map.toCborValue().toCbor());
    viewer.setFormat(PayloadFormat::Auto);
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Cbor);
    QCOMPARE(viewer.shownText(), QStringLiteral("{\n  \"t\": 21\n}"));

    viewer.setFormat(PayloadFormat::Text);
    QCOMPARE(viewer.renderedFormat(), PayloadFormat::Text);
}

void TestPayloadViewer::treeKeepsKeyOrder()
{
    PayloadViewer viewer;
    viewer.setPayload(R"({"zeta":1.50,"alpha":{"x":[1,2]},"mid":"s"})");
    viewer.setTreeShown(true);
    QVERIFY(viewer.isTreeShown());
    QTreeWidget *tree = viewer.treeWidget();
    QCOMPARE(tree->topLevelItemCount(), 1);
    QTreeWidgetItem *root = tree->topLevelItem(0);
    QCOMPARE(root->childCount(), 3);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("zeta"));
    QCOMPARE(root->child(0)->text(1), QStringLiteral("1.50"));
    QCOMPARE(root->child(1)->text(0), QStringLiteral("alpha"));
    QCOMPARE(root->child(1)->child(0)->child(1)->text(0), QStringLiteral("[1]"));
    QCOMPARE(root->child(2)->text(1), QStringLiteral("s"));

    viewer.setFormat(PayloadFormat::Hex);
    QVERIFY(!viewer.isTreeShown());
}

// Typed in the find field: every match counted, Enter and Shift+Enter move
// through them, in the pretty JSON and in the tree.
void TestPayloadViewer::findMarksEveryMatch()
{
    PayloadViewer viewer;
    viewer.show();
    viewer.setPayload(R"({"sensor":"hall","temp":21.5,"history":[{"temp":20.1},{"temp":19.8}]})");
    auto *field = viewer.findChild<QLineEdit *>(QStringLiteral("payloadFind"));
    QVERIFY(field);
    QTest::keyClicks(field, QStringLiteral("temp"));
    QCOMPARE(viewer.matchCount(), 3);
    QCOMPARE(viewer.currentMatch(), 0);
    QCOMPARE(viewer.findStatus(), QStringLiteral("1 of 3"));
    auto *text = viewer.findChild<QPlainTextEdit *>();
    QCOMPARE(text->textCursor().selectedText(), QStringLiteral("temp"));
    QCOMPARE(text->extraSelections().size(), 3);
    QTest::keyClick(field, Qt::Key_Return);
    QCOMPARE(viewer.currentMatch(), 1);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QTest::keyClick(field, Qt::Key_Return, Qt::ShiftModifier);
    QCOMPARE(viewer.currentMatch(), 2); // round the end
    // Case does not matter; a new payload is searched with the same words.
    viewer.setPayload(R"({"TEMP":1})");
    QCOMPARE(viewer.matchCount(), 1);
    viewer.find(QStringLiteral("nowhere"));
    QCOMPARE(viewer.matchCount(), 0);
    QCOMPARE(viewer.findStatus(), QStringLiteral("no match"));

    viewer.setPayload(R"({"sensor":"hall","temp":21.5,"history":[{"temp":20.1},{"temp":19.8}]})");
    viewer.setTreeShown(true);
    viewer.find(QStringLiteral("19.8"));
    QCOMPARE(viewer.matchCount(), 1);
    QTreeWidgetItem *current = viewer.treeWidget()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->text(0), QStringLiteral("temp"));
    QCOMPARE(current->text(1), QStringLiteral("19.8"));
    QVERIFY(current->parent()->isExpanded());
}

// A JSON path finds the value it names, in the tree (opened for it).
void TestPayloadViewer::findJsonPath()
{
    PayloadViewer viewer;
    viewer.show();
    viewer.setPayload(R"({"a":{"b":[10,{"c":"deep"}]},"x.y":1})");
    viewer.find(QStringLiteral("$.a.b[1].c"));
    QVERIFY(viewer.isTreeShown());
    QCOMPARE(viewer.matchCount(), 1);
    QTreeWidgetItem *current = viewer.treeWidget()->currentItem();
    QVERIFY(current);
    QCOMPARE(current->text(1), QStringLiteral("deep"));
    viewer.find(QStringLiteral("$['x.y']"));
    QCOMPARE(viewer.treeWidget()->currentItem()->text(1), QStringLiteral("1"));
    viewer.find(QStringLiteral("$.a.missing"));
    QCOMPARE(viewer.matchCount(), 0);
    QCOMPARE(viewer.findStatus(), QStringLiteral("no such field"));
    viewer.find(QStringLiteral("$.a["));
    QCOMPARE(viewer.matchCount(), 0);
    QVERIFY(!viewer.findStatus().isEmpty()); // the path's error
    viewer.setTreeShown(false);
    viewer.setPayload("plain text");
    viewer.find(QStringLiteral("$.a"));
    QCOMPARE(viewer.findStatus(), QStringLiteral("not JSON"));
}

// With nothing chosen the pane says so rather than "Text, 0 B".
void TestPayloadViewer::nothingChosen()
{
    PayloadViewer viewer;
    QVERIFY(viewer.isEmptyShown());
    QVERIFY(viewer.statusText().isEmpty());
    QVERIFY(!viewer.findChild<QPlainTextEdit *>()->placeholderText().isEmpty());
    Message m;
    m.topic = QStringLiteral("t");
    viewer.setMessage(m);
    QVERIFY(!viewer.isEmptyShown());
    QVERIFY(viewer.statusText().contains(QStringLiteral("0 B")));
    viewer.clear();
    QVERIFY(viewer.statusText().isEmpty());
}

QTEST_MAIN(TestPayloadViewer)
#include "tst_payloadviewer.moc"
