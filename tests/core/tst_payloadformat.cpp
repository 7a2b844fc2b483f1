#include "payload/payloadformat.h"

#include <QCborArray>
#include <QCborMap>
#include <QCborValue>
#include <QTest>

using namespace Signalbox;

class TestPayloadFormat : public QObject
{
    Q_OBJECT
private slots:
    void invalidJsonRendersAsText_data();
    void invalidJsonRendersAsText();
    void hexDumpLayout();
    void base64();
    void cbor();
    void messagePack();
    void detect_data();
    void detect();
    void truncatesLargePayload();
    void preview();
    void encode_data();
    void encode();
    void encodeStructured();
    void encodeFailsUnambiguously();
};

void TestPayloadFormat::invalidJsonRendersAsText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}")
                                   << QStringLiteral("Invalid JSON at line 1, column 6 (byte 5): Expected ':' after an "
                                                     "object key, found '1'.");
    QTest::newRow("second line") << QByteArray("[1,\n2")
                                 << QStringLiteral("Invalid JSON at line 2, column 2 (byte 5): Unexpected end of input "
                                                   "inside an array (missing ']').");
}

void TestPayloadFormat::invalidJsonRendersAsText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    const RenderedPayload r = renderPayload(json, PayloadFormat::Json);
    QCOMPARE(r.format, PayloadFormat::Json);
    QCOMPARE(r.error, error);
    QCOMPARE(r.text, QString::fromUtf8(json));
}

void TestPayloadFormat::hexDumpLayout()
{
    QCOMPARE(hexDump("{\"a\":1}"),
             QStringLiteral("00000000  7b 22 61 22 3a 31 7d                              {\"a\":1}"));
    QByteArray bytes;
    for (int i = 0; i < 20; ++i)
        bytes.append(char(i == 16 ? 'A' : i));
    QCOMPARE(hexDump(bytes),
             QStringLiteral("00000000  00 01 02 03 04 05 06 07  08 09 0a 0b 0c 0d 0e 0f  ................\n"
                            "00000010  41 11 12 13                                       A..."));
    QCOMPARE(hexDump({}), QString());
    const RenderedPayload r = renderPayload(QByteArray("\xff\x00", 2), PayloadFormat::Hex);
    QCOMPARE(r.text, QStringLiteral("00000000  ff 00                                             .."));
    // Eight bytes a line, for a narrow pane: the ASCII column right after the eighth.
    QCOMPARE(hexDump(bytes, 8), QStringLiteral("00000000  00 01 02 03 04 05 06 07  ........\n"
                                               "00000008  08 09 0a 0b 0c 0d 0e 0f  ........\n"
                                               "00000010  41 11 12 13              A..."));
    QCOMPARE(renderPayload(QByteArray("\xff\x00", 2), PayloadFormat::Hex, -1, 8).text,
             QStringLiteral("00000000  ff 00                    .."));
}

void TestPayloadFormat::base64()
{
    QCOMPARE(renderPayload("hello", PayloadFormat::Base64).text, QStringLiteral("aGVsbG8="));
    const QByteArray big(100, 'x');
    const QStringList lines = renderPayload(big, PayloadFormat::Base64).text.split(QLatin1Char('\n'));
    QCOMPARE(lines.size(), 2);
    QCOMPARE(lines.at(0).size(), 76);
    QCOMPARE(QByteArray::fromBase64(lines.join(QString()).toLatin1()), big);
    const RenderedPayload cut = renderPayload(big, PayloadFormat::Base64, 10);
    QVERIFY(cut.truncated);
    QCOMPARE(cut.shownBytes, 9);
    QCOMPARE(cut.text, QString::fromLatin1(QByteArray(9, 'x').toBase64()));
}

void TestPayloadFormat::cbor()
{
    QCborMap map;
    map.insert(QStringLiteral("temp"), 21.5);
    map.insert(QStringLiteral("ok"), true);
    map.insert(QStringLiteral("raw"), QCborValue(QByteArray("\x01\x02", 2)));
    map.insert(QStringLiteral("list"), QCborArray{1, -1, QCborValue(QCborValue::Null)});
    map.insert(QStringLiteral("empty"), QCborArray{});
    map.insert(QStringLiteral("when"), QCborValue(QCborTag(1234), 1700000000));
    const QByteArray bytes = map.toCborValue().toCbor();
    QCOMPARE(detectPayloadFormat(bytes), PayloadFormat::Cbor);
    const RenderedPayload r = renderPayload(bytes, PayloadFormat::Auto);
    QCOMPARE(r.format, PayloadFormat::Cbor);
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(r.text, QStringLiteral(
                         "{\n  \"temp\": 21.5,\n  \"ok\": true,\n  \"raw\": h'0102',\n  \"list\": [\n    1,\n    -1,\n"
                         "    null\n  ],\n  \"empty\": [],\n  \"when\": 1234(1700000000)\n}"));

    const RenderedPayload broken = renderPayload(bytes.first(bytes.size() - 3), PayloadFormat::Cbor);
    QVERIFY(broken.error.startsWith(QStringLiteral("Invalid CBOR at byte")));
    QVERIFY(broken.text.startsWith(QStringLiteral("00000000  ")));
}

void TestPayloadFormat::messagePack()
{
    // {"a":1,"b":[true,nil,-2,1.5],"s":"한"} written by hand (MessagePack spec formats)
    const QByteArray bytes = QByteArray::fromHex("83a16101a16294c3c0fecb3ff8000000000000a173a3ed959c");
    const RenderedPayload r = renderPayload(bytes, PayloadFormat::MessagePack);
    if (r.error.contains(QStringLiteral("not built in")))
        QSKIP("MessagePack support was not built in");
    QVERIFY2(r.error.isEmpty(), qPrintable(r.error));
    QCOMPARE(
        r.text,
        QStringLiteral("{\n  \"a\": 1,\n  \"b\": [\n    true,\n    null,\n    -2,\n    1.5\n  ],\n  \"s\": \"한\"\n}"));
    QCOMPARE(detectPayloadFormat(bytes), PayloadFormat::MessagePack);

    const RenderedPayload invalid = renderPayload(QByteArray("\x92\x01\xc1", 3), PayloadFormat::MessagePack);
    QVERIFY(invalid.error.startsWith(QStringLiteral("Invalid MessagePack at byte 2")));
    const RenderedPayload cutShort = renderPayload(QByteArray("\x92\x01", 2), PayloadFormat::MessagePack);
    QVERIFY(cutShort.error.contains(QStringLiteral("ends inside")));

    QString error;
    const std::optional<QByteArray> encoded = encodePayload(QStringLiteral(R"({"a":1,"b":[true,null,-2,1.5],"s":"한"})"),
                                                            PayloadFormat::MessagePack, &error);
    QVERIFY2(encoded, qPrintable(error));
    QCOMPARE(encoded->toHex(), bytes.toHex());
}

void TestPayloadFormat::detect_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<PayloadFormat>("expected");
    QTest::newRow("empty") << QByteArray() << PayloadFormat::Text;
    QTest::newRow("object") << QByteArray(" {\"a\":1}\n") << PayloadFormat::Json;
    QTest::newRow("number") << QByteArray("21.5") << PayloadFormat::Json;
    QTest::newRow("plain text") << QByteArray("hello world") << PayloadFormat::Text;
    QTest::newRow("one letter") << QByteArray("x") << PayloadFormat::Text;
    QTest::newRow("digit-like text") << QByteArray("ON") << PayloadFormat::Text;
    QTest::newRow("korean") << QByteArray("안녕하세요") << PayloadFormat::Text;
    QTest::newRow("text with tabs") << QByteArray("a\tb\r\nc") << PayloadFormat::Text;
    QTest::newRow("broken json is text") << QByteArray("{\"a\":") << PayloadFormat::Text;
    QTest::newRow("cbor map") << QByteArray::fromHex("a16161 01") << PayloadFormat::Cbor;
    QTest::newRow("binary") << QByteArray::fromHex("00ff00fffe") << PayloadFormat::Hex;
    QTest::newRow("control char") << QByteArray("\x01\x02", 2) << PayloadFormat::Hex;
    QTest::newRow("invalid utf-8") << QByteArray("\xff\xfe\xfd") << PayloadFormat::Hex;
}

void TestPayloadFormat::detect()
{
    QFETCH(QByteArray, payload);
    QFETCH(PayloadFormat, expected);
    QCOMPARE(detectPayloadFormat(payload), expected);
}

void TestPayloadFormat::truncatesLargePayload()
{
    QByteArray json = "[";
    while (json.size() < 10 * 1024 * 1024)
        json += R"({"id":12345,"name":"센서","value":1.50},)";
    json += "0]";
    QCOMPARE(detectPayloadFormat(json), PayloadFormat::Json);

    const RenderedPayload r = renderPayload(json, PayloadFormat::Auto);
    QCOMPARE(r.format, PayloadFormat::Json);
    QVERIFY(r.truncated);
    QVERIFY(r.error.isEmpty());
    QVERIFY(r.shownBytes <= 1024 * 1024);
    QVERIFY(r.shownBytes > 1024 * 1024 - 4);
    QCOMPARE(r.totalBytes, json.size());
    QVERIFY(r.text.startsWith(
        QStringLiteral("[\n  {\n    \"id\": 12345,\n    \"name\": \"센서\",\n    \"value\": 1.50\n  },")));

    const RenderedPayload all = renderPayload(json, PayloadFormat::Json, -1);
    QVERIFY(!all.truncated);
    QCOMPARE(all.shownBytes, json.size());
    QVERIFY(all.text.endsWith(QStringLiteral("  },\n  0\n]")));

    const RenderedPayload text = renderPayload(QByteArray(3 * 1024 * 1024, 'a') + "한", PayloadFormat::Text,
                                               3 * 1024 * 1024 + 1);
    QVERIFY(text.truncated);
    QCOMPARE(text.shownBytes, 3 * 1024 * 1024); // not inside the three bytes of 한

    const RenderedPayload hex = renderPayload(QByteArray(10 * 1024 * 1024, '\0'), PayloadFormat::Auto);
    QCOMPARE(hex.format, PayloadFormat::Hex);
    QVERIFY(hex.truncated);
    QCOMPARE(hex.shownBytes, 1024 * 1024);
    QCOMPARE(hex.text.count(QLatin1Char('\n')), 1024 * 1024 / 16 - 1);
}

void TestPayloadFormat::preview()
{
    QCOMPARE(payloadPreview("{\n  \"a\": 1\n}"), QStringLiteral("{ \"a\": 1 }"));
    QCOMPARE(payloadPreview("abcdef", 4), QStringLiteral("abc…"));
    QCOMPARE(payloadPreview(QByteArray("abc\x01xyz", 7)), QStringLiteral("abc␁xyz"));
    QCOMPARE(payloadPreview(QByteArray("\xff\x00\x10", 3)), QStringLiteral("ff 00 10"));
    QCOMPARE(payloadPreview(QByteArray(100, '\xff'), 10), QStringLiteral("ff ff ff…"));
    QCOMPARE(payloadPreview({}), QString());
}

void TestPayloadFormat::encode_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<PayloadFormat>("format");
    QTest::addColumn<QByteArray>("expected");
    QTest::addColumn<QString>("errorPart");
    QTest::newRow("text") << QStringLiteral("온도 21°") << PayloadFormat::Text << QByteArray("온도 21°") << QString();
    QTest::newRow("json kept as typed") << QStringLiteral("{ \"b\":1.50, \"a\":2 }") << PayloadFormat::Json
                                        << QByteArray("{ \"b\":1.50, \"a\":2 }") << QString();
    QTest::newRow("json invalid") << QStringLiteral("{\"a\":}") << PayloadFormat::Json << QByteArray()
                                  << QStringLiteral("line 1, column 6");
    QTest::newRow("hex with spaces") << QStringLiteral("7b 22\n61 22") << PayloadFormat::Hex << QByteArray("{\"a\"")
                                     << QString();
    QTest::newRow("hex odd") << QStringLiteral("7b2") << PayloadFormat::Hex << QByteArray()
                             << QStringLiteral("odd number");
    QTest::newRow("hex bad digit") << QStringLiteral("7g") << PayloadFormat::Hex << QByteArray()
                                   << QStringLiteral("'g' at position 2");
    QTest::newRow("base64") << QStringLiteral("aGVs\nbG8=") << PayloadFormat::Base64 << QByteArray("hello") << QString();
    QTest::newRow("base64url") << QStringLiteral("-_8") << PayloadFormat::Base64 << QByteArray("\xfb\xff") << QString();
    QTest::newRow("base64 invalid") << QStringLiteral("a$b") << PayloadFormat::Base64 << QByteArray()
                                    << QStringLiteral("Base64");
    QTest::newRow("cbor from json") << QStringLiteral(R"({"b":1,"a":[true,-2]})") << PayloadFormat::Cbor
                                    << QByteArray::fromHex("a2616201616182f521") << QString();
    QTest::newRow("cbor invalid json") << QStringLiteral("{") << PayloadFormat::Cbor << QByteArray()
                                       << QStringLiteral("Type JSON");
    // An empty payload is a payload (MQTT 5.0 §3.3.3: the payload may be zero length), not a failure.
    QTest::newRow("empty text") << QString() << PayloadFormat::Text << QByteArray() << QString();
    QTest::newRow("empty hex") << QStringLiteral(" \n") << PayloadFormat::Hex << QByteArray() << QString();
    QTest::newRow("empty base64") << QString() << PayloadFormat::Base64 << QByteArray() << QString();
    QTest::newRow("empty json") << QString() << PayloadFormat::Json << QByteArray()
                                << QStringLiteral("Expected a JSON value, found nothing");
    QTest::newRow("empty cbor") << QString() << PayloadFormat::Cbor << QByteArray()
                                << QStringLiteral("Type JSON to send as CBOR. Invalid JSON at line 1, column 1");
}

void TestPayloadFormat::encode()
{
    QFETCH(QString, text);
    QFETCH(PayloadFormat, format);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorPart);
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> bytes = encodePayload(text, format, &error);
    if (errorPart.isEmpty()) {
        QVERIFY2(bytes.has_value(), qPrintable(error));
        QVERIFY(error.isEmpty());
        QCOMPARE(*bytes, expected);
    } else {
        QVERIFY(!bytes.has_value());
        QVERIFY2(error.contains(errorPart), qPrintable(error));
    }
}

void TestPayloadFormat::encodeStructured()
{
    QString error;
    const QByteArray cbor = encodePayload(QStringLiteral(R"({"z":1.5,"a":"x","n":null,"big":18446744073709551615})"),
                                          PayloadFormat::Cbor, &error)
                                .value_or(QByteArray());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QCborMap map = QCborValue::fromCbor(cbor).toMap();
    QCOMPARE(map.size(), 4);
    QCOMPARE(map.keys().first().toString(), QStringLiteral("z")); // order as typed
    QCOMPARE(map.value(QStringLiteral("z")).toDouble(), 1.5);
    QCOMPARE(map.value(QStringLiteral("a")).toString(), QStringLiteral("x"));
    QVERIFY(map.value(QStringLiteral("n")).isNull());
    QCOMPARE(renderPayload(cbor, PayloadFormat::Cbor).text,
             QStringLiteral("{\n  \"z\": 1.5,\n  \"a\": \"x\",\n  \"n\": null,\n  \"big\": 18446744073709551615\n}"));

    // Whatever nesting can be typed and sent as CBOR or MessagePack can be shown (found by fuzz_json).
    const QString deep = QString(500, QLatin1Char('[')) + QString(500, QLatin1Char(']'));
    for (PayloadFormat format : {PayloadFormat::Cbor, PayloadFormat::MessagePack}) {
        const std::optional<QByteArray> bytes = encodePayload(deep, format, &error);
        QVERIFY2(bytes, qPrintable(error));
        const RenderedPayload shown = renderPayload(*bytes, format, -1);
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    }
}

void TestPayloadFormat::encodeFailsUnambiguously()
{
    // Empty bytes are a valid payload: success is the engaged optional, not non-empty bytes.
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> empty = encodePayload(QString(), PayloadFormat::Text, &error);
    QVERIFY(empty.has_value());
    QVERIFY(empty->isEmpty());
    QVERIFY(error.isEmpty());

    const std::optional<QByteArray> invalid = encodePayload(QStringLiteral("7g"), PayloadFormat::Hex, &error);
    QVERIFY(!invalid.has_value());
    QCOMPARE(error, QStringLiteral("'g' at position 2 is not a hex digit."));

    QVERIFY(!encodePayload(QStringLiteral("{"), PayloadFormat::Json, nullptr).has_value()); // no sentence wanted
}

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "tst_payloadformat.moc"
