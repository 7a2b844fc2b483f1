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
    void prettyKeepsText_data();
    void prettyKeepsText();
    void invalidJson_data();
    void invalidJson();
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
    void streamsEventsInOrder();
};

void TestPayloadFormat::prettyKeepsText_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("expected");
    QTest::newRow("key order and number text") << QByteArray(R"({"b":1.50,"a":1e3,"c":-0.0})")
                                               << QStringLiteral("{\n  \"b\": 1.50,\n  \"a\": 1e3,\n  \"c\": -0.0\n}");
    QTest::newRow("nested")
        << QByteArray(R"({"a":[1,{"x":null},[]],"o":{}})")
        << QStringLiteral("{\n  \"a\": [\n    1,\n    {\n      \"x\": null\n    },\n    []\n  ],\n  \"o\": {}\n}");
    QTest::newRow("unicode escapes kept") << QByteArray("[\"\\u00e9\\ud83d\\ude00\\n\\\"\\\\\"]")
                                          << QStringLiteral("[\n  \"\\u00e9\\ud83d\\ude00\\n\\\"\\\\\"\n]");
    QTest::newRow("korean") << QByteArray(R"({"이름":"홍길동"})") << QStringLiteral("{\n  \"이름\": \"홍길동\"\n}");
    QTest::newRow("scalar with whitespace") << QByteArray(" \n 42 \r\n") << QStringLiteral("42");
    QTest::newRow("string scalar") << QByteArray("\"hi\"") << QStringLiteral("\"hi\"");
    QTest::newRow("literals") << QByteArray("[true,false,null]") << QStringLiteral("[\n  true,\n  false,\n  null\n]");
    QTest::newRow("big number text") << QByteArray("[123456789012345678901234567890, 1E+2, 0.000001]")
                                     << QStringLiteral("[\n  123456789012345678901234567890,\n  1E+2,\n  0.000001\n]");
    QTest::newRow("byte order mark") << QByteArray("\xEF\xBB\xBF{}") << QStringLiteral("{}");
}

void TestPayloadFormat::prettyKeepsText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const JsonPretty pretty = prettyPrintJson(json);
    QVERIFY2(pretty.ok, qPrintable(pretty.errorMessage));
    QCOMPARE(pretty.text, expected);
    QCOMPARE(pretty.errorOffset, -1);
}

void TestPayloadFormat::invalidJson_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("line");
    QTest::addColumn<int>("column");
    QTest::addColumn<QString>("messagePart");
    // RFC 8259 grammar, one row per way to break it
    QTest::newRow("empty") << QByteArray("") << 0 << 1 << 1 << QStringLiteral("Expected a JSON value");
    QTest::newRow("only spaces") << QByteArray("  \n ") << 4 << 2 << 2 << QStringLiteral("Expected a JSON value");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}") << 5 << 1 << 6 << QStringLiteral("Expected ':'");
    QTest::newRow("missing comma in object")
        << QByteArray("{\"a\":1\n \"b\":2}") << 8 << 2 << 2 << QStringLiteral("Expected ',' or '}'");
    QTest::newRow("missing comma in array")
        << QByteArray("[1 2]") << 3 << 1 << 4 << QStringLiteral("Expected ',' or ']'");
    QTest::newRow("trailing comma array")
        << QByteArray("[1,]") << 3 << 1 << 4 << QStringLiteral("Trailing comma before ']'");
    QTest::newRow("trailing comma object")
        << QByteArray("{\"a\":1,}") << 7 << 1 << 8 << QStringLiteral("Trailing comma before '}'");
    QTest::newRow("unquoted key") << QByteArray("{a:1}") << 1 << 1 << 2
                                  << QStringLiteral("Expected a key in double quotes");
    QTest::newRow("single quotes") << QByteArray("['a']") << 1 << 1 << 2 << QStringLiteral("double quotes");
    QTest::newRow("unterminated string") << QByteArray("[\"abc") << 5 << 1 << 6 << QStringLiteral("inside a string");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]") << 3 << 1 << 4 << QStringLiteral("Line break");
    QTest::newRow("control char in string") << QByteArray("[\"a\x01\"]") << 3 << 1 << 4 << QStringLiteral("U+0001");
    QTest::newRow("bad escape") << QByteArray("[\"\\x\"]") << 2 << 1 << 3
                                << QStringLiteral("Invalid escape sequence '\\x'");
    QTest::newRow("bad unicode escape") << QByteArray("[\"\\u12g4\"]") << 2 << 1 << 3
                                        << QStringLiteral("four hex digits");
    QTest::newRow("invalid utf-8") << QByteArray("[\"\xC3\x28\"]") << 2 << 1 << 3 << QStringLiteral("Invalid UTF-8");
    QTest::newRow("leading zero") << QByteArray("[01]") << 1 << 1 << 2 << QStringLiteral("leading zeros");
    QTest::newRow("minus without digit") << QByteArray("[-a]") << 2 << 1 << 3 << QStringLiteral("digit after '-'");
    QTest::newRow("dot without digit") << QByteArray("[1.]") << 3 << 1 << 4 << QStringLiteral("decimal point");
    QTest::newRow("exponent without digit") << QByteArray("[1e+]") << 4 << 1 << 5 << QStringLiteral("exponent");
    QTest::newRow("leading plus") << QByteArray("[+1]") << 1 << 1 << 2 << QStringLiteral("Expected a value, found '+'");
    QTest::newRow("bad literal") << QByteArray("[tru]") << 1 << 1 << 2 << QStringLiteral("Invalid literal");
    QTest::newRow("NaN") << QByteArray("NaN") << 0 << 1 << 1 << QStringLiteral("Invalid literal");
    QTest::newRow("literal too long") << QByteArray("[nulls]") << 1 << 1 << 2 << QStringLiteral("Invalid literal");
    QTest::newRow("comment") << QByteArray("// x\n{}") << 0 << 1 << 1 << QStringLiteral("Comments");
    QTest::newRow("unclosed object") << QByteArray("{\"a\":1") << 6 << 1 << 7 << QStringLiteral("missing '}'");
    QTest::newRow("unclosed array") << QByteArray("[1,\n2") << 5 << 2 << 2 << QStringLiteral("missing ']'");
    QTest::newRow("two values") << QByteArray("{} {}") << 3 << 1 << 4 << QStringLiteral("after the JSON value");
    QTest::newRow("mismatched bracket") << QByteArray("[1}") << 2 << 1 << 3 << QStringLiteral("Expected ',' or ']'");
    QTest::newRow("column counts code points")
        << QByteArray("{\"한글\":\"값\" x}") << 16 << 1 << 11 << QStringLiteral("found 'x'");
    QTest::newRow("too deep") << QByteArray(600, '[') << 512 << 1 << 513 << QStringLiteral("Nesting deeper");
}

void TestPayloadFormat::invalidJson()
{
    QFETCH(QByteArray, json);
    QFETCH(int, offset);
    QFETCH(int, line);
    QFETCH(int, column);
    QFETCH(QString, messagePart);
    const JsonPretty pretty = prettyPrintJson(json);
    QVERIFY(!pretty.ok);
    QVERIFY2(pretty.errorMessage.contains(messagePart), qPrintable(pretty.errorMessage));
    QCOMPARE(pretty.errorOffset, offset);
    QCOMPARE(pretty.errorLine, line);
    QCOMPARE(pretty.errorColumn, column);
    QCOMPARE(pretty.text, QString::fromUtf8(json));

    const RenderedPayload r = renderPayload(json, PayloadFormat::Json);
    QCOMPARE(r.format, PayloadFormat::Json);
    QVERIFY(r.error.contains(QStringLiteral("line %1, column %2").arg(line).arg(column)));
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
    const QByteArray encoded = encodePayload(QStringLiteral(R"({"a":1,"b":[true,null,-2,1.5],"s":"한"})"),
                                             PayloadFormat::MessagePack, &error);
    QVERIFY(error.isEmpty());
    QCOMPARE(encoded.toHex(), bytes.toHex());
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
}

void TestPayloadFormat::encode()
{
    QFETCH(QString, text);
    QFETCH(PayloadFormat, format);
    QFETCH(QByteArray, expected);
    QFETCH(QString, errorPart);
    QString error = QStringLiteral("stale");
    const QByteArray bytes = encodePayload(text, format, &error);
    if (errorPart.isEmpty()) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(bytes, expected);
    } else {
        QVERIFY2(error.contains(errorPart), qPrintable(error));
        QVERIFY(bytes.isEmpty());
    }
}

void TestPayloadFormat::encodeStructured()
{
    QString error;
    const QByteArray cbor = encodePayload(QStringLiteral(R"({"z":1.5,"a":"x","n":null,"big":18446744073709551615})"),
                                          PayloadFormat::Cbor, &error);
    QVERIFY(error.isEmpty());
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
        const QByteArray bytes = encodePayload(deep, format, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const RenderedPayload shown = renderPayload(bytes, format, -1);
        QVERIFY2(shown.error.isEmpty(), qPrintable(shown.error));
    }
}

class Recorder : public JsonHandler
{
public:
    void beginObject() override { events << QStringLiteral("{"); }
    void endObject() override { events << QStringLiteral("}"); }
    void beginArray() override { events << QStringLiteral("["); }
    void endArray() override { events << QStringLiteral("]"); }
    void key(QByteArrayView raw) override { events << QLatin1String("key:") + decodeJsonString(raw); }
    void value(JsonScalar, QByteArrayView raw) override { events << QString::fromUtf8(raw); }
    QStringList events;
};

void TestPayloadFormat::streamsEventsInOrder()
{
    Recorder recorder;
    QVERIFY(parseJson("{\"z\":[1,\"\\u00e9\\n\"],\"a\":{}}", &recorder));
    QCOMPARE(recorder.events,
             (QStringList{QStringLiteral("{"), QStringLiteral("key:z"), QStringLiteral("["), QStringLiteral("1"),
                          QStringLiteral("\"\\u00e9\\n\""), QStringLiteral("]"), QStringLiteral("key:a"),
                          QStringLiteral("{"), QStringLiteral("}"), QStringLiteral("}")}));
    QCOMPARE(decodeJsonString("\"\\u00e9\\ud83d\\ude00\\t\\\"x\\/\""), QStringLiteral("é😀\t\"x/"));
    JsonError error;
    QVERIFY(!parseJson("[1,]", nullptr, &error));
    QCOMPARE(error.offset, 3);
    QCOMPARE(error.column, 4);
}

QTEST_GUILESS_MAIN(TestPayloadFormat)
#include "tst_payloadformat.moc"
