// The window's side of payload bindings: the payload pane showing what a
// decoder made of a payload (or why it could not), with schema violations, and
// the Payload decoders dialog, driven as a person would.
#include "payloadbindingsdialog.h"
#include "payloadviewer.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Signalbox;

class TestPayloadBindings : public QObject
{
    Q_OBJECT
private slots:
    void paneShowsDecodedPayload();
    void paneShowsWhyItDidNotDecode();
    void dialogEditsAndTestsAScript();
    void dialogSaysWhatDoesNotLoad();
};

void TestPayloadBindings::paneShowsDecodedPayload()
{
    PayloadViewer viewer;
    Message m;
    m.topic = QStringLiteral("spBv1.0/G/NDATA/E");
    m.payload = QByteArray::fromHex("0801120c0a037270"); // bytes as they came (not read here)
    viewer.setMessage(m);
    DecodedPayload decoded{QStringLiteral("Sparkplug B"), R"({"seq":1,"metrics":[{"name":"rpm","value":1200.5}]})",
                           QString()};
    viewer.setDecoded(
        decoded, QList<SchemaViolation>{{QStringLiteral("metrics[0].value"), QStringLiteral("must be at most 1000")}});
    QVERIFY(viewer.isDecodedShown());
    QVERIFY2(viewer.shownText().contains(QLatin1String("\"rpm\"")), qPrintable(viewer.shownText()));
    QVERIFY(viewer.shownText().contains(QLatin1Char('\n'))); // pretty-printed
    QVERIFY2(viewer.statusText().startsWith(QLatin1String("Sparkplug B")), qPrintable(viewer.statusText()));
    QVERIFY(viewer.violationsText().contains(QLatin1String("metrics[0].value: must be at most 1000")));
    // The decoded JSON as a tree, keys in their order.
    viewer.setTreeShown(true);
    QVERIFY(viewer.isTreeShown());
    QTreeWidgetItem *root = viewer.treeWidget()->topLevelItem(0);
    QVERIFY(root);
    QCOMPARE(root->child(0)->text(0), QStringLiteral("seq"));
    viewer.setTreeShown(false);
    // The bytes themselves are a choice away.
    viewer.setFormat(PayloadFormat::Hex);
    QVERIFY(!viewer.isDecodedShown());
    QVERIFY(viewer.shownText().startsWith(QLatin1String("00000000  08 01 12 0c")));
    // A message without a decoder: no decoded choice, no violations.
    viewer.setFormat(PayloadFormat::Auto);
    m.topic = QStringLiteral("plain");
    m.payload = "21.5";
    viewer.setMessage(m);
    QVERIFY(!viewer.isDecodedShown());
    QCOMPARE(viewer.shownText(), QStringLiteral("21.5"));
    QCOMPARE(viewer.violationsText(), QString());
}

void TestPayloadBindings::paneShowsWhyItDidNotDecode()
{
    PayloadViewer viewer;
    Message m;
    m.topic = QStringLiteral("spBv1.0/G/NDATA/E");
    m.payload = "55.49";
    viewer.setMessage(m);
    viewer.setDecoded(DecodedPayload{QStringLiteral("Sparkplug B"), {}, QStringLiteral("This is JSON text.")});
    QVERIFY(viewer.isDecodedShown());
    QCOMPARE(viewer.shownText(), QStringLiteral("55.49")); // what it is, never {}
    QVERIFY(viewer.statusText().contains(QLatin1String("Sparkplug B: This is JSON text.")));
}

void TestPayloadBindings::dialogEditsAndTestsAScript()
{
    PayloadBindingsDialog dialog({});
    QCOMPARE(dialog.table()->rowCount(), 0);
    dialog.addBinding(PayloadBinding::Kind::Script);
    QCOMPARE(dialog.table()->rowCount(), 1);
    dialog.filterEdit()->setText(QStringLiteral("oven/+"));
    dialog.filterEdit()->editingFinished();
    dialog.scriptEdit()->setPlainText(QStringLiteral("function receive(p, topic) { return topic + ': ' + p.t * 2; }"));
    dialog.testInput()->setPlainText(QStringLiteral("{\"t\": 21}"));
    QSignalSpy finished(&dialog, &PayloadBindingsDialog::testFinished);
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QCOMPARE(dialog.testOutput(), QStringLiteral("test/topic: 42"));
    // A mistake: the error and its line.
    dialog.scriptEdit()->setPlainText(QStringLiteral("function receive(p) {\n  return p.t.u.v;\n}"));
    QTest::mouseClick(dialog.testButton(), Qt::LeftButton);
    QVERIFY(finished.wait(10000));
    QVERIFY2(dialog.testOutput().contains(QLatin1String("line 2")), qPrintable(dialog.testOutput()));
    const QList<PayloadBinding> bindings = dialog.bindings();
    QCOMPARE(bindings.size(), 1);
    QCOMPARE(bindings.at(0).kind, PayloadBinding::Kind::Script);
    QCOMPARE(bindings.at(0).filter, QStringLiteral("oven/+"));
    QVERIFY(bindings.at(0).script.contains(QLatin1String("p.t.u.v")));
}

void TestPayloadBindings::dialogSaysWhatDoesNotLoad()
{
    QTemporaryDir dir;
    QFile proto(dir.filePath(QStringLiteral("plant.proto")));
    QVERIFY(proto.open(QIODevice::WriteOnly));
    proto.write("syntax = \"proto3\";\npackage plant;\nmessage Reading { double t = 1; }\nmessage Alarm { string "
                "text = 1; }\n");
    proto.close();
    PayloadBindingsDialog dialog({});
    dialog.addBinding(PayloadBinding::Kind::Protobuf);
    dialog.fileEdit()->setText(proto.fileName());
    dialog.fileEdit()->editingFinished();
    // The message types come from the file.
    QCOMPARE(dialog.typeCombo()->count(), 2);
    QCOMPARE(dialog.typeCombo()->itemText(0), QStringLiteral("plant.Alarm"));
    dialog.typeCombo()->setCurrentText(QStringLiteral("plant.Reading"));
    QCOMPARE(dialog.statusText(), QStringLiteral("Loads"));
    dialog.addBinding(PayloadBinding::Kind::JsonSchema);
    dialog.fileEdit()->setText(dir.filePath(QStringLiteral("missing.json")));
    dialog.fileEdit()->editingFinished();
    QVERIFY2(dialog.statusText().contains(QLatin1String("missing.json")), qPrintable(dialog.statusText()));
    const QList<PayloadBinding> bindings = dialog.bindings();
    QCOMPARE(bindings.size(), 2);
    QCOMPARE(bindings.at(0).messageType, QStringLiteral("plant.Reading"));
    QCOMPARE(bindings.at(1).kind, PayloadBinding::Kind::JsonSchema);
}

QTEST_MAIN(TestPayloadBindings)
#include "tst_payloadbindings.moc"
