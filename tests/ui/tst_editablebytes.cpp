#include "editablebytes.h"

#include <QTest>

using namespace Signalbox;

// The connection editor's byte fields (will payload, authentication data)
// without the editor: which bytes show as text, and reading typed hex back.
class TestEditableBytes : public QObject
{
    Q_OBJECT
private slots:
    void bytesAsText_data();
    void bytesAsText();
    void hexText();
    void decode_data();
    void decode();
    void decodeFailsWithPosition_data();
    void decodeFailsWithPosition();
};

void TestEditableBytes::bytesAsText_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<bool>("multiline");
    QTest::addColumn<bool>("isText");
    QTest::newRow("empty") << QByteArray() << false << true;
    QTest::newRow("ascii") << QByteArray("offline") << false << true;
    QTest::newRow("utf-8") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93") << false << true;
    QTest::newRow("tab") << QByteArray("a\tb") << false << true;
    QTest::newRow("newline, one line") << QByteArray("a\nb") << false << false;
    QTest::newRow("newline, several lines") << QByteArray("a\nb") << true << true;
    QTest::newRow("carriage return") << QByteArray("a\r\nb") << true << false;
    QTest::newRow("nul") << QByteArray("on\0line", 7) << true << false;
    QTest::newRow("bad utf-8") << QByteArray("\xc3\x28") << true << false;
    QTest::newRow("line separator") << QByteArray("a\xe2\x80\xa8"
                                                  "b")
                                    << true << false;
    QTest::newRow("paragraph separator") << QByteArray("a\xe2\x80\xa9"
                                                       "b")
                                         << true << false;
}

void TestEditableBytes::bytesAsText()
{
    QFETCH(QByteArray, bytes);
    QFETCH(bool, multiline);
    QFETCH(bool, isText);
    const std::optional<QString> text = Signalbox::bytesAsText(bytes, multiline);
    QCOMPARE(text.has_value(), isText);
    if (text)
        QCOMPARE(text->toUtf8(), bytes);
}

void TestEditableBytes::hexText()
{
    QCOMPARE(Signalbox::hexText(QByteArray()), QString());
    QCOMPARE(Signalbox::hexText(QByteArray::fromHex("00ff0a")), QStringLiteral("00 ff 0a"));
}

void TestEditableBytes::decode_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<int>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("text") << QStringLiteral("caf\u00e9") << int(PayloadFormat::Text) << QByteArray("caf\xc3\xa9");
    QTest::newRow("text keeps 0x") << QStringLiteral("0x10") << int(PayloadFormat::Text) << QByteArray("0x10");
    QTest::newRow("hex") << QStringLiteral("0a 0b") << int(PayloadFormat::Hex) << QByteArray("\x0a\x0b");
    QTest::newRow("hex, 0x") << QStringLiteral("0x0a0b") << int(PayloadFormat::Hex) << QByteArray("\x0a\x0b");
    QTest::newRow("hex, 0X after spaces") << QStringLiteral("  0XFF") << int(PayloadFormat::Hex) << QByteArray("\xff");
    QTest::newRow("hex, 0x alone") << QStringLiteral("0x") << int(PayloadFormat::Hex) << QByteArray();
    QTest::newRow("hex, empty") << QString() << int(PayloadFormat::Hex) << QByteArray();
}

void TestEditableBytes::decode()
{
    QFETCH(QString, typed);
    QFETCH(int, format);
    QFETCH(QByteArray, expected);
    QString error;
    const std::optional<QByteArray> bytes = decodeEditedBytes(typed, PayloadFormat(format), &error);
    QVERIFY2(bytes, qPrintable(error));
    QCOMPARE(*bytes, expected);
    QVERIFY(error.isEmpty());
}

void TestEditableBytes::decodeFailsWithPosition_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expected");
    // The "0x" is blanked, not removed: positions count from what was typed.
    QTest::newRow("not a digit") << QStringLiteral("00 zz") << QStringLiteral("position 4");
    QTest::newRow("not a digit after 0x") << QStringLiteral("0x0g") << QStringLiteral("position 4");
    QTest::newRow("odd digits") << QStringLiteral("0x123") << QStringLiteral("odd number of digits (3)");
    QTest::newRow("0x not first") << QStringLiteral("10 0x") << QStringLiteral("position 5");
}

void TestEditableBytes::decodeFailsWithPosition()
{
    QFETCH(QString, typed);
    QFETCH(QString, expected);
    QString error;
    QVERIFY(!decodeEditedBytes(typed, PayloadFormat::Hex, &error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(!decodeEditedBytes(typed, PayloadFormat::Hex, nullptr));
}

QTEST_APPLESS_MAIN(TestEditableBytes)
#include "tst_editablebytes.moc"
