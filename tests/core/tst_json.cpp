#include "payload/json.h"

#include <QTest>

using namespace Signalbox;

class TestJson : public QObject
{
    Q_OBJECT
private slots:
    void prettyKeepsText_data();
    void prettyKeepsText();
    void compactAndWideIndent();
    void invalidJson_data();
    void invalidJson();
    void errorSentence();
    void nestingLimit();
    void unicodeEscapes();
    void streamsEventsInOrder();
    void eventsBeforeAnError();
    void prefixOfALongerText();
};

void TestJson::prettyKeepsText_data()
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

void TestJson::prettyKeepsText()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, expected);
    const JsonPretty pretty = prettyPrintJson(json);
    QVERIFY2(pretty.ok, qPrintable(pretty.errorMessage));
    QCOMPARE(pretty.text, expected);
    QCOMPARE(pretty.errorOffset, -1);
}

void TestJson::invalidJson_data()
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

void TestJson::invalidJson()
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

    JsonError error;
    QVERIFY(!parseJson(json, nullptr, &error));
    QCOMPARE(error.offset, offset);
    QCOMPARE(error.line, line);
    QCOMPARE(error.column, column);
    QCOMPARE(error.message, pretty.errorMessage);
    const QString sentence = jsonErrorSentence(error);
    QVERIFY2(sentence.contains(QStringLiteral("line %1, column %2 (byte %3)").arg(line).arg(column).arg(offset)),
             qPrintable(sentence));
    QVERIFY2(sentence.contains(messagePart), qPrintable(sentence));
}

void TestJson::compactAndWideIndent()
{
    const QByteArray json = " { \"a\" : [ 1 , { } , [ ] ] , \"b\" : \"x y\" } ";
    const JsonPretty compact = prettyPrintJson(json, 0);
    QVERIFY(compact.ok);
    QCOMPARE(compact.text, QStringLiteral(R"({"a":[1,{},[]],"b":"x y"})"));
    QCOMPARE(prettyPrintJson(json, -3).text, compact.text);
    const JsonPretty wide = prettyPrintJson(json, 4);
    QVERIFY(wide.ok);
    QCOMPARE(wide.text,
             QStringLiteral("{\n    \"a\": [\n        1,\n        {},\n        []\n    ],\n    \"b\": \"x y\"\n}"));
}

void TestJson::errorSentence()
{
    // The column counts code points: "값" is three bytes and one column.
    JsonError error;
    QVERIFY(!parseJson("{\n  \"값\" 1\n}", nullptr, &error));
    QCOMPARE(error.offset, 10);
    QCOMPARE(error.line, 2);
    QCOMPARE(error.column, 7);
    QCOMPARE(
        jsonErrorSentence(error),
        QStringLiteral("Invalid JSON at line 2, column 7 (byte 10): Expected ':' after an object key, found '1'."));

    QVERIFY(!parseJson("[1,\n\n  2,\n  ]", nullptr, &error));
    QCOMPARE(jsonErrorSentence(error),
             QStringLiteral("Invalid JSON at line 4, column 3 (byte 12): Trailing comma before ']'."));
}

// Counts what a handler was given, to see how far parsing went.
class DepthCounter : public JsonHandler
{
public:
    void beginObject() override { ++opened; }
    void endObject() override { ++closed; }
    void beginArray() override { ++opened; }
    void endArray() override { ++closed; }
    void key(QByteArrayView) override { }
    void value(JsonScalar, QByteArrayView) override { ++values; }
    int opened = 0, closed = 0, values = 0;
};

void TestJson::nestingLimit()
{
    QCOMPARE(MaxJsonDepth, 512);
    const auto arrays = [](int depth) -> QByteArray { return QByteArray(depth, '[') + '1' + QByteArray(depth, ']'); };
    DepthCounter deepest;
    QVERIFY(parseJson(arrays(MaxJsonDepth), &deepest));
    QCOMPARE(deepest.opened, MaxJsonDepth);
    QCOMPARE(deepest.closed, MaxJsonDepth);
    QCOMPARE(deepest.values, 1);
    QVERIFY(prettyPrintJson(arrays(MaxJsonDepth)).ok);

    DepthCounter tooDeep;
    JsonError error;
    QVERIFY(!parseJson(arrays(MaxJsonDepth + 1), &tooDeep, &error));
    QCOMPARE(tooDeep.opened, MaxJsonDepth); // the events before the error were delivered
    QCOMPARE(tooDeep.values, 0);
    QCOMPARE(error.offset, MaxJsonDepth);
    QCOMPARE(error.column, MaxJsonDepth + 1);
    QCOMPARE(error.message, QStringLiteral("Nesting deeper than 512 levels is not supported"));

    // Objects count the same as arrays.
    QByteArray objects;
    for (int i = 0; i < MaxJsonDepth; ++i)
        objects += i % 2 ? "{\"k\":" : "[";
    objects += '1';
    for (int i = MaxJsonDepth - 1; i >= 0; --i)
        objects += i % 2 ? "}" : "]";
    QVERIFY(parseJson(objects, nullptr));
    QVERIFY(!parseJson(QByteArray("[" + objects + "]"), nullptr, &error));
    QVERIFY(error.message.startsWith(QStringLiteral("Nesting deeper")));
}

void TestJson::unicodeEscapes()
{
    // RFC 8259 §7: a character outside the BMP is escaped as a UTF-16 surrogate pair.
    const QString grinning = QString::fromUcs4(U"\U0001F600");
    QCOMPARE(decodeJsonString("\"\\ud83d\\ude00\""), grinning);
    QCOMPARE(decodeJsonString("\"\\uD83D\\uDE00\""), grinning);
    QCOMPARE(decodeJsonString("\"a\\ud83d\\ude00b\\u00e9\""), QStringLiteral("a") + grinning + QStringLiteral("bé"));
    QCOMPARE(decodeJsonString("\"\\u0041\\u0000z\""), QStringLiteral("A") + QChar(u'\0') + QLatin1Char('z'));
    QCOMPARE(decodeJsonString("\"\\uD83D\\uDE00\"").toUcs4(), QList<uint>{0x1F600});
    QCOMPARE(decodeJsonString("\"😀\""), grinning); // as UTF-8, no escape

    // The escape's text is kept as written when re-indenting.
    const JsonPretty pretty = prettyPrintJson(R"({"e":"\uD83D\uDE00"})");
    QVERIFY(pretty.ok);
    QCOMPARE(pretty.text, QStringLiteral("{\n  \"e\": \"\\uD83D\\uDE00\"\n}"));

    JsonError error;
    QVERIFY(!parseJson(R"(["\uD83D\uDE0"])", nullptr, &error));
    QCOMPARE(error.offset, 8);
    QVERIFY2(error.message.contains(QStringLiteral("four hex digits")), qPrintable(error.message));
    QVERIFY(!parseJson(R"(["\uD8)", nullptr, &error));
    QVERIFY2(error.message.contains(QStringLiteral("inside a string")), qPrintable(error.message));
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

void TestJson::streamsEventsInOrder()
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

void TestJson::eventsBeforeAnError()
{
    Recorder recorder;
    JsonError error;
    QVERIFY(!parseJson("{\"a\":[1,true,x]}", &recorder, &error));
    QCOMPARE(recorder.events, (QStringList{QStringLiteral("{"), QStringLiteral("key:a"), QStringLiteral("["),
                                           QStringLiteral("1"), QStringLiteral("true")}));
    QCOMPARE(error.offset, 13);
}

void TestJson::prefixOfALongerText()
{
    // A payload cut to a limit: the beginning of a longer text renders as far as it goes.
    const JsonPretty cut = prettyPrintJsonPrefix(R"({"a":[1,2)");
    QVERIFY2(cut.ok, qPrintable(cut.errorMessage));
    QCOMPARE(cut.text, QStringLiteral("{\n  \"a\": [\n    1,\n    2"));
    QVERIFY(!prettyPrintJson(R"({"a":[1,2)").ok);

    const JsonPretty inString = prettyPrintJsonPrefix(R"(["ab)");
    QVERIFY(inString.ok);
    QCOMPARE(inString.text, QStringLiteral("[\n  \"ab"));

    // An error before the end is still an error.
    const JsonPretty broken = prettyPrintJsonPrefix("[1 x, 2");
    QVERIFY(!broken.ok);
    QCOMPARE(broken.errorOffset, 3);
    QCOMPARE(broken.text, QStringLiteral("[1 x, 2"));
}

QTEST_GUILESS_MAIN(TestJson)
#include "tst_json.moc"
