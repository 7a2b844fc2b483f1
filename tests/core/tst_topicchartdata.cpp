#include "payload/numericvalue.h"
#include "models/topicchartdata.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>

#include <cmath>
#include <limits>

using namespace Signalbox;

Q_DECLARE_METATYPE(std::optional<double>)
Q_DECLARE_METATYPE(QList<Signalbox::NumericField>)

namespace {

Message message(const QString &topic, const QByteArray &payload, qint64 timeMs)
{
    Message m;
    m.topic = topic;
    m.payload = payload;
    m.receivedAtMs = timeMs;
    return m;
}

constexpr qint64 T0 = 1'700'000'000'000;

} // namespace

class TestTopicChartData : public QObject
{
    Q_OBJECT

private slots:
    void plainValue_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<std::optional<double>>("expected");
        using O = std::optional<double>;
        QTest::newRow("decimal") << QByteArray("21.5") << O(21.5);
        QTest::newRow("integer") << QByteArray("42") << O(42);
        QTest::newRow("negative exponent") << QByteArray("-3e2") << O(-300);
        QTest::newRow("plus sign") << QByteArray("+7") << O(7);
        QTest::newRow("whitespace") << QByteArray(" \t 21.5 \r\n") << O(21.5);
        QTest::newRow("json true") << QByteArray("true") << O(1);
        QTest::newRow("json false") << QByteArray(" false ") << O(0);
        QTest::newRow("json string number") << QByteArray("\"12.25\"") << O(12.25);
        QTest::newRow("empty") << QByteArray() << O();
        QTest::newRow("blank") << QByteArray("   ") << O();
        QTest::newRow("text") << QByteArray("hello") << O();
        QTest::newRow("number then text") << QByteArray("21.5 C") << O();
        QTest::newRow("two numbers") << QByteArray("1 2") << O();
        QTest::newRow("null") << QByteArray("null") << O();
        QTest::newRow("object") << QByteArray("{\"a\":1}") << O();
        QTest::newRow("array") << QByteArray("[1]") << O();
        QTest::newRow("nan") << QByteArray("nan") << O();
        QTest::newRow("inf") << QByteArray("inf") << O();
        QTest::newRow("overflow") << QByteArray("1e999") << O();
        QTest::newRow("hex") << QByteArray("0x10") << O();
        QTest::newRow("json string text") << QByteArray("\"abc\"") << O();
        QTest::newRow("unterminated string") << QByteArray("\"12") << O();
        QTest::newRow("double sign") << QByteArray("+-1") << O();
        QTest::newRow("nul byte") << QByteArray("1\0", 2) << O();
    }

    void plainValue()
    {
        QFETCH(QByteArray, payload);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(numericValue(payload), expected);
    }

    void pathValue_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QString>("path");
        QTest::addColumn<std::optional<double>>("expected");
        using O = std::optional<double>;
        const QByteArray doc = R"({"temp": 21.5, "ok": true, "off": false, "s": "7.5", "t": "warm", "n": null,
            "a": {"b": {"c": -4}}, "values": [10, 20, 30], "list": [{"b": 1}, {"b": 2}],
            "esc\u0061ped": 9, "with.dot": 3, "deep": [[1, [2, 3]]], "obj": {}, "arr": []})";
        QTest::newRow("top key") << doc << QStringLiteral("temp") << O(21.5);
        QTest::newRow("dollar") << doc << QStringLiteral("$.temp") << O(21.5);
        QTest::newRow("bool true") << doc << QStringLiteral("ok") << O(1);
        QTest::newRow("bool false") << doc << QStringLiteral("off") << O(0);
        QTest::newRow("numeric string") << doc << QStringLiteral("s") << O(7.5);
        QTest::newRow("text string") << doc << QStringLiteral("t") << O();
        QTest::newRow("null") << doc << QStringLiteral("n") << O();
        QTest::newRow("nested") << doc << QStringLiteral("a.b.c") << O(-4);
        QTest::newRow("nested object") << doc << QStringLiteral("a.b") << O();
        QTest::newRow("array index") << doc << QStringLiteral("values[2]") << O(30);
        QTest::newRow("array first") << doc << QStringLiteral("$.values[0]") << O(10);
        QTest::newRow("array out of range") << doc << QStringLiteral("values[3]") << O();
        QTest::newRow("array itself") << doc << QStringLiteral("values") << O();
        QTest::newRow("array of objects") << doc << QStringLiteral("list[1].b") << O(2);
        QTest::newRow("nested arrays") << doc << QStringLiteral("deep[0][1][1]") << O(3);
        QTest::newRow("escaped key") << doc << QStringLiteral("escaped") << O(9);
        QTest::newRow("quoted key") << doc << QStringLiteral("['with.dot']") << O(3);
        QTest::newRow("dotted key unquoted") << doc << QStringLiteral("with.dot") << O();
        QTest::newRow("missing key") << doc << QStringLiteral("humidity") << O();
        QTest::newRow("missing nested") << doc << QStringLiteral("a.x.c") << O();
        QTest::newRow("key on array") << doc << QStringLiteral("values.b") << O();
        QTest::newRow("index on object") << doc << QStringLiteral("a[0]") << O();
        QTest::newRow("empty object") << doc << QStringLiteral("obj.x") << O();
        QTest::newRow("empty array") << doc << QStringLiteral("arr[0]") << O();
        QTest::newRow("root array") << QByteArray("[1.5, 2.5]") << QStringLiteral("[1]") << O(2.5);
        QTest::newRow("dollar root array") << QByteArray("[1.5, 2.5]") << QStringLiteral("$[0]") << O(1.5);
        QTest::newRow("invalid json") << QByteArray(R"({"temp": 21.5,)") << QStringLiteral("temp") << O();
        QTest::newRow("invalid after value") << QByteArray(R"({"temp": 21.5} x)") << QStringLiteral("temp") << O();
        QTest::newRow("not json") << QByteArray("21.5") << QStringLiteral("temp") << O();
        QTest::newRow("first duplicate key") << QByteArray(R"({"a": 1, "a": 2})") << QStringLiteral("a") << O(1);
        QTest::newRow("key after nested match")
            << QByteArray(R"({"x": {"t": 1}, "t": 5})") << QStringLiteral("t") << O(5);
        QTest::newRow("malformed path") << doc << QStringLiteral("a..b") << O();
    }

    void pathValue()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QString, path);
        QFETCH(std::optional<double>, expected);
        QCOMPARE(numericValue(payload, path), expected);
    }

    // A key as a path of its own: Sparkplug B metric names ("Motor/RPM", "Node
    // Control/Rebirth") read back as the key, whatever they hold.
    void pathForKey_data()
    {
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("path");
        QTest::newRow("plain") << QStringLiteral("Temperature") << QStringLiteral("Temperature");
        QTest::newRow("slash") << QStringLiteral("Motor/RPM") << QStringLiteral("Motor/RPM");
        QTest::newRow("slashes") << QStringLiteral("Line 3/Motor/RPM") << QStringLiteral("['Line 3/Motor/RPM']");
        QTest::newRow("space") << QStringLiteral("Node Control/Rebirth") << QStringLiteral("['Node Control/Rebirth']");
        QTest::newRow("dot") << QStringLiteral("Line.Speed") << QStringLiteral("['Line.Speed']");
        QTest::newRow("brackets") << QStringLiteral("values[0]") << QStringLiteral("['values[0]']");
        QTest::newRow("quotes") << QStringLiteral("it's \"x\"") << QStringLiteral("['it\\'s \"x\"']");
        QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("['a\\\\b']");
        QTest::newRow("dollar") << QStringLiteral("$") << QStringLiteral("['$']");
        QTest::newRow("dollar key") << QStringLiteral("$.a") << QStringLiteral("['$.a']");
        QTest::newRow("edge spaces") << QStringLiteral(" a ") << QStringLiteral("[' a ']");
    }

    void pathForKey()
    {
        QFETCH(QString, key);
        QFETCH(QString, path);
        QCOMPARE(jsonPathForKey(key), path);
        const std::optional<JsonPath> parsed = JsonPath::parse(path);
        QVERIFY(parsed);
        QCOMPARE(parsed->steps.size(), 1);
        QCOMPARE(QString::fromUtf8(parsed->steps.at(0).key), key);
        QJsonObject object{{QStringLiteral("other"), 1}, {key, 42.5}};
        QCOMPARE(numericValue(QJsonDocument(object).toJson(QJsonDocument::Compact), path), std::optional<double>(42.5));
    }

    void pathSyntax_data()
    {
        QTest::addColumn<QString>("path");
        QTest::addColumn<bool>("valid");
        QTest::newRow("empty") << QString() << true;
        QTest::newRow("key") << QStringLiteral("temp") << true;
        QTest::newRow("dotted") << QStringLiteral("a.b.c") << true;
        QTest::newRow("index") << QStringLiteral("a[0].b") << true;
        QTest::newRow("dollar") << QStringLiteral("$.a") << true;
        QTest::newRow("dollar alone") << QStringLiteral("$") << true;
        QTest::newRow("quoted") << QStringLiteral("[\"a b\"].c") << true;
        QTest::newRow("double dot") << QStringLiteral("a..b") << false;
        QTest::newRow("leading dot") << QStringLiteral(".a") << false;
        QTest::newRow("trailing dot") << QStringLiteral("a.") << false;
        QTest::newRow("dollar dot") << QStringLiteral("$.") << false;
        QTest::newRow("unclosed bracket") << QStringLiteral("a[0") << false;
        QTest::newRow("non-numeric index") << QStringLiteral("a[x]") << false;
        QTest::newRow("negative index") << QStringLiteral("a[-1]") << false;
        QTest::newRow("empty index") << QStringLiteral("a[]") << false;
        QTest::newRow("stray bracket") << QStringLiteral("a]b") << false;
        QTest::newRow("after bracket") << QStringLiteral("a[0]b") << false;
        QTest::newRow("unclosed quote") << QStringLiteral("['a]") << false;
        QTest::newRow("huge index") << QStringLiteral("a[12345678901]") << false;
    }

    void pathSyntax()
    {
        QFETCH(QString, path);
        QFETCH(bool, valid);
        QString error = QStringLiteral("stale");
        QCOMPARE(isValidJsonPath(path, &error), valid);
        QCOMPARE(error.isEmpty(), valid);
        QCOMPARE(isValidJsonPath(path, nullptr), valid);
    }

    void randomBytesNeverCrash()
    {
        QRandomGenerator random(12345);
        const QStringList paths{QString(), QStringLiteral("a"), QStringLiteral("a.b[1]"), QStringLiteral("[0]")};
        const QByteArray alphabet = "{}[]\":,.0123456789eE+-truefalsnl \\u\t";
        int numbers = 0;
        for (int i = 0; i < 10000; ++i) {
            QByteArray buffer(random.bounded(0, 64), Qt::Uninitialized);
            const bool jsonish = i % 2 == 0;
            for (char &c : buffer)
                c = jsonish ? alphabet.at(random.bounded(alphabet.size())) : char(random.bounded(256));
            for (const QString &path : paths) {
                const std::optional<double> value = numericValue(buffer, path);
                if (value) {
                    QVERIFY(std::isfinite(*value));
                    ++numbers;
                }
            }
        }
        QVERIFY(numbers >= 0);
    }

    void addSeriesValidates()
    {
        TopicChartData data;
        QString error;
        QCOMPARE(data.addSeries(QStringLiteral("a/#/b"), QString(), &error), -1);
        QVERIFY(!error.isEmpty());
        QCOMPARE(data.addSeries(QStringLiteral("a/b"), QStringLiteral("x..y"), &error), -1);
        QVERIFY(!error.isEmpty());
        const int id = data.addSeries(QStringLiteral("a/b"), QStringLiteral("temp"), &error);
        QVERIFY(id > 0);
        QVERIFY(error.isEmpty());
        QCOMPARE(data.addSeries(QStringLiteral("a/b"), QStringLiteral("temp"), &error), -1);
        QVERIFY(!error.isEmpty());
        QVERIFY(data.addSeries(QStringLiteral("a/b"), QStringLiteral("hum"), nullptr) > id);
        QCOMPARE(data.seriesCount(), 2);
        QCOMPARE(data.lineCount(), 2);
        QCOMPARE(data.line(0).label, QStringLiteral("a/b · temp"));
    }

    void plainSeries()
    {
        TopicChartData data;
        QSignalSpy points(&data, &TopicChartData::pointsAdded);
        QSignalSpy lines(&data, &TopicChartData::linesChanged);
        const int id = data.addSeries(QStringLiteral("sensor/t"), QString(), nullptr);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(data.lineCount(), 1);
        QCOMPARE(data.line(0).label, QStringLiteral("sensor/t"));
        QCOMPARE(data.line(0).seriesId, id);

        data.addMessages({message(QStringLiteral("sensor/t"), "1.5", T0), message(QStringLiteral("sensor/u"), "9", T0),
                          message(QStringLiteral("sensor/t"), "n/a", T0 + 1),
                          message(QStringLiteral("sensor/t"), "2.5", T0 + 2)});
        QCOMPARE(points.size(), 1);
        QCOMPARE(lines.size(), 1);
        const auto &line = data.line(0);
        QCOMPARE(line.points.size(), size_t(2));
        QCOMPARE(line.points[0], (TopicChartData::Point{T0, 1.5}));
        QCOMPARE(line.points[1], (TopicChartData::Point{T0 + 2, 2.5}));
        QCOMPARE(line.skipped, 1);

        data.addMessages({message(QStringLiteral("other"), "1", T0)});
        QCOMPARE(points.size(), 1);
    }

    void wildcardLinePerTopic()
    {
        TopicChartData data;
        QSignalSpy lines(&data, &TopicChartData::linesChanged);
        QSignalSpy points(&data, &TopicChartData::pointsAdded);
        const int id = data.addSeries(QStringLiteral("room/+/climate"), QStringLiteral("temp"), nullptr);
        QCOMPARE(data.lineCount(), 0);
        QCOMPARE(lines.size(), 0);
        data.addMessages({message(QStringLiteral("room/a/climate"), R"({"temp": 20})", T0),
                          message(QStringLiteral("room/b/climate"), R"({"temp": 18})", T0),
                          message(QStringLiteral("room/c/climate"), R"({"hum": 40})", T0),
                          message(QStringLiteral("room/a/climate"), R"({"temp": 21})", T0 + 10),
                          message(QStringLiteral("room/a/climate"), R"({"temp": "x"})", T0 + 20),
                          message(QStringLiteral("room/a/other"), R"({"temp": 1})", T0 + 20)});
        QCOMPARE(lines.size(), 1);
        QCOMPARE(points.size(), 1);
        QCOMPARE(data.lineCount(), 2);
        const int a = data.lineIndex(id, QStringLiteral("room/a/climate"));
        const int b = data.lineIndex(id, QStringLiteral("room/b/climate"));
        QVERIFY(a >= 0 && b >= 0 && a != b);
        QCOMPARE(data.lineIndex(id, QStringLiteral("room/c/climate")), -1);
        QCOMPARE(data.line(a).label, QStringLiteral("room/a/climate · temp"));
        QCOMPARE(data.line(a).points.size(), size_t(2));
        QCOMPARE(data.line(a).skipped, 1);
        QCOMPARE(data.line(b).points.size(), size_t(1));
        QCOMPARE(data.line(b).points.front().value, 18.0);
        QCOMPARE(data.series().constFirst().skipped, 1); // room/c has no line

        // Two series on the same filter both see the message.
        const int all = data.addSeries(QStringLiteral("room/#"), QString(), nullptr);
        data.addMessages({message(QStringLiteral("room/x"), "5", T0 + 30)});
        QCOMPARE(data.lineCount(), 3);
        QCOMPARE(data.line(data.lineIndex(all, QStringLiteral("room/x"))).points.front().value, 5.0);
    }

    void linesPerSeriesCapped()
    {
        TopicChartData data;
        data.addSeries(QStringLiteral("d/#"), QString(), nullptr);
        QList<Message> batch;
        for (int i = 0; i < TopicChartData::MaxLinesPerSeries + 5; ++i)
            batch.append(message(QStringLiteral("d/%1").arg(i), "1", T0));
        batch.append(message(QStringLiteral("d/0"), "2", T0 + 1));
        data.addMessages(batch);
        QCOMPARE(data.lineCount(), TopicChartData::MaxLinesPerSeries);
        QCOMPARE(data.series().constFirst().unplotted, 5);
        QCOMPARE(data.line(0).points.size(), size_t(2));
    }

    void timeNeverGoesBack()
    {
        TopicChartData data;
        data.addSeries(QStringLiteral("t"), QString(), nullptr);
        data.addMessages({message(QStringLiteral("t"), "1", T0 + 100), message(QStringLiteral("t"), "2", T0)});
        QCOMPARE(data.line(0).points.back().timeMs, T0 + 100);
    }

    void maximumPoints()
    {
        TopicChartData data;
        QCOMPARE(data.maximumPoints(), TopicChartData::DefaultMaximumPoints);
        data.addSeries(QStringLiteral("t"), QString(), nullptr);
        data.setMaximumPoints(5);
        QList<Message> batch;
        for (int i = 0; i < 12; ++i)
            batch.append(message(QStringLiteral("t"), QByteArray::number(i), T0 + i));
        data.addMessages(batch);
        const auto &points = data.line(0).points;
        QCOMPARE(points.size(), size_t(5));
        QCOMPARE(points.front().value, 7.0);
        QCOMPARE(points.back().value, 11.0);
        data.setMaximumPoints(2);
        QCOMPARE(data.line(0).points.size(), size_t(2));
        QCOMPARE(data.line(0).points.front().value, 10.0);
    }

    void removeSeries()
    {
        TopicChartData data;
        const int a = data.addSeries(QStringLiteral("a/#"), QString(), nullptr);
        const int b = data.addSeries(QStringLiteral("a/#"), QStringLiteral("v"), nullptr);
        const int c = data.addSeries(QStringLiteral("c"), QString(), nullptr);
        data.addMessages({message(QStringLiteral("a/1"), "1", T0), message(QStringLiteral("a/2"), R"({"v":2})", T0),
                          message(QStringLiteral("c"), "3", T0)});
        QCOMPARE(data.lineCount(), 3); // a/2 is no number for series a
        QSignalSpy lines(&data, &TopicChartData::linesChanged);
        QSignalSpy series(&data, &TopicChartData::seriesChanged);
        QVERIFY(data.removeSeries(a));
        QCOMPARE(series.size(), 1);
        QCOMPARE(lines.size(), 1);
        QCOMPARE(data.lineCount(), 2);
        QVERIFY(!data.removeSeries(a));
        QCOMPARE(data.lineIndex(a, QStringLiteral("a/1")), -1);
        const int bLine = data.lineIndex(b, QStringLiteral("a/2"));
        QVERIFY(bLine >= 0);
        // The filter still feeds the remaining series on it.
        data.addMessages({message(QStringLiteral("a/2"), R"({"v":4})", T0 + 1)});
        QCOMPARE(data.line(bLine).points.size(), size_t(2));
        QVERIFY(data.removeSeries(b));
        QVERIFY(data.removeSeries(c));
        QCOMPARE(data.lineCount(), 0);
        QCOMPARE(data.seriesCount(), 0);
        QSignalSpy points(&data, &TopicChartData::pointsAdded);
        data.addMessages({message(QStringLiteral("a/2"), R"({"v":4})", T0 + 1)});
        QCOMPARE(points.size(), 0);
    }

    void clearKeepsSeries()
    {
        TopicChartData data;
        data.addSeries(QStringLiteral("a/+"), QString(), nullptr);
        data.addSeries(QStringLiteral("b"), QString(), nullptr);
        data.addMessages({message(QStringLiteral("a/1"), "1", T0), message(QStringLiteral("b"), "x", T0),
                          message(QStringLiteral("b"), "2", T0)});
        QCOMPARE(data.lineCount(), 2);
        data.clear();
        QCOMPARE(data.seriesCount(), 2);
        QCOMPARE(data.lineCount(), 1);
        QCOMPARE(data.line(0).topic, QStringLiteral("b"));
        QVERIFY(data.line(0).points.empty());
        QCOMPARE(data.line(0).skipped, 0);
        data.addMessages({message(QStringLiteral("a/1"), "7", T0 + 1)});
        QCOMPARE(data.lineCount(), 2);
    }

    void csvRoundTrip()
    {
        TopicChartData data;
        data.addSeries(QStringLiteral("x"), QString(), nullptr);
        data.addSeries(QStringLiteral("y,z"), QStringLiteral("[\"q\"]"), nullptr);
        data.addMessages({message(QStringLiteral("x"), "0.1", T0),
                          message(QStringLiteral("y,z"), R"({"q": -2.5e-7})", T0 + 5),
                          message(QStringLiteral("x"), "1e20", T0 + 5), message(QStringLiteral("x"), "3", T0 + 5),
                          message(QStringLiteral("y,z"), R"({"q": 0.30000000000000004})", T0 + 1234)});
        const QByteArray csv = data.toCsv();
        QList<QByteArray> rows = csv.split('\n');
        QCOMPARE(rows.takeLast(), QByteArray()); // ends with a newline
        QCOMPARE(rows.takeFirst(), QByteArray(R"(time,x,"y,z · [""q""]")"));
        QCOMPARE(rows.size(), 4);

        struct Row
        {
            qint64 time;
            QList<std::optional<double>> cells;
        };
        QList<Row> parsed;
        for (const QByteArray &row : std::as_const(rows)) {
            const QList<QByteArray> cells = row.split(',');
            QCOMPARE(cells.size(), 3);
            const QDateTime time = QDateTime::fromString(QString::fromLatin1(cells[0]), Qt::ISODateWithMs);
            QVERIFY(time.isValid());
            QCOMPARE(time.timeSpec(), Qt::UTC);
            QVERIFY2(cells[0].endsWith('Z'), cells[0].constData());
            Row r{time.toMSecsSinceEpoch(), {}};
            for (int i = 1; i < 3; ++i) {
                if (cells[i].isEmpty()) {
                    r.cells.append(std::nullopt);
                } else {
                    bool ok = false;
                    r.cells.append(cells[i].toDouble(&ok));
                    QVERIFY(ok);
                }
            }
            parsed.append(r);
        }
        using O = std::optional<double>;
        QCOMPARE(parsed[0].time, T0);
        QCOMPARE(parsed[0].cells, (QList<O>{0.1, O()}));
        QCOMPARE(parsed[1].time, T0 + 5);
        QCOMPARE(parsed[1].cells, (QList<O>{1e20, -2.5e-7}));
        QCOMPARE(parsed[2].time, T0 + 5);
        QCOMPARE(parsed[2].cells, (QList<O>{3.0, O()}));
        QCOMPARE(parsed[3].time, T0 + 1234);
        QCOMPARE(parsed[3].cells, (QList<O>{O(), 0.30000000000000004}));
        QVERIFY(rows[0].startsWith(QDateTime::fromMSecsSinceEpoch(T0, Qt::UTC).toString(Qt::ISODateWithMs).toLatin1()));
    }

    void csvEmpty()
    {
        TopicChartData data;
        QCOMPARE(data.toCsv(), QByteArray("time\n"));
    }

    void numericFields_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<QList<NumericField>>("expected");
        using F = QList<NumericField>;
        QTest::newRow("plain number") << QByteArray(" 21.5\n") << F{{QString(), 21.5}};
        QTest::newRow("quoted number") << QByteArray("\"7\"") << F{{QString(), 7}};
        QTest::newRow("text") << QByteArray("hello") << F{};
        QTest::newRow("bool is no field") << QByteArray("true") << F{};
        QTest::newRow("invalid json") << QByteArray("{\"a\": 1,") << F{};
        QTest::newRow("flat object") << QByteArray(R"({"temp": 21.5, "name": "x", "ok": true, "hum": "40"})")
                                     << F{{QStringLiteral("temp"), 21.5}, {QStringLiteral("hum"), 40}};
        QTest::newRow("nested") << QByteArray(R"({"a": {"b": [1, {"c": 2}]}, "n": null})")
                                << F{{QStringLiteral("a.b[0]"), 1}, {QStringLiteral("a.b[1].c"), 2}};
        QTest::newRow("root array") << QByteArray("[3, [4]]")
                                    << F{{QStringLiteral("[0]"), 3}, {QStringLiteral("[1][0]"), 4}};
        QTest::newRow("keys a dot would split") << QByteArray("{\"a.b\": 1, \"it\x27s\": 2, \"sp ace\": 3, \"$\": 4}")
                                                << F{{QStringLiteral("['a.b']"), 1},
                                                     {QStringLiteral("['it\\'s']"), 2},
                                                     {QStringLiteral("['sp ace']"), 3},
                                                     {QStringLiteral("['$']"), 4}};
        QByteArray longArray = "{\"v\": [";
        for (int i = 0; i < 20; ++i)
            longArray += QByteArray::number(i) + (i < 19 ? "," : "]}");
        F firstEight;
        for (int i = 0; i < MaxArrayFields; ++i)
            firstEight.append({QStringLiteral("v[%1]").arg(i), double(i)});
        QTest::newRow("long array: its first elements") << longArray << firstEight;
    }

    void numericFields()
    {
        QFETCH(QByteArray, payload);
        QFETCH(QList<NumericField>, expected);
        const QList<NumericField> fields = Signalbox::numericFields(payload);
        QCOMPARE(fields, expected);
        // Each path reads its number back.
        for (const NumericField &field : fields)
            QCOMPARE(numericValue(payload, field.path), std::optional<double>(field.value));
    }

    void numericFieldsAreCapped()
    {
        QByteArray payload = "{";
        for (int i = 0; i < 500; ++i)
            payload += "\"k" + QByteArray::number(i) + "\": " + QByteArray::number(i) + (i < 499 ? "," : "}");
        QCOMPARE(Signalbox::numericFields(payload).size(), MaxNumericFields);
    }

    // A series added while the history (the connection's log) holds messages starts with them.
    void newSeriesStartsFromTheHistory()
    {
        QList<Message> log;
        for (int i = 0; i < 190; ++i)
            log.append(message(QStringLiteral("Sensor/imu"),
                               QByteArray(R"({"temp": )") + QByteArray::number(20 + i) + R"(, "pressure": )"
                                   + QByteArray::number(100000 + i) + "}",
                               T0 + i * 1000));
        log.append(message(QStringLiteral("Sensor/cds"), R"({"temp": 5})", T0 + 500));
        log.append(message(QStringLiteral("other"), "1", T0));
        QList<QPair<QString, qsizetype>> asked;
        TopicChartData data;
        data.setHistory([&](const QString &filter, qsizetype limit) {
            asked.append({filter, limit});
            QList<Message> matching;
            for (const Message &m : std::as_const(log)) {
                if (TopicFilter(filter).matches(TopicName(m.topic)))
                    matching.append(m);
            }
            return matching.mid(std::max<qsizetype>(0, matching.size() - limit));
        });
        QVERIFY(data.hasHistory());

        const QList<TopicChartData::Field> fields = data.numericFields(QStringLiteral("Sensor/imu"));
        QCOMPARE(asked.constLast(), (QPair<QString, qsizetype>(QStringLiteral("Sensor/imu"), 20)));
        QCOMPARE(fields.size(), 2);
        QCOMPARE(fields[0].path, QStringLiteral("temp"));
        QCOMPARE(fields[0].latest, 20.0 + 189);
        QCOMPARE(fields[0].messages, 20);
        QCOMPARE(fields[1].path, QStringLiteral("pressure"));
        QVERIFY(data.numericFields(QStringLiteral("nothing/here")).isEmpty());
        QVERIFY(data.numericFields(QStringLiteral("bad/#/filter")).isEmpty());

        QSignalSpy points(&data, &TopicChartData::pointsAdded);
        QSignalSpy lines(&data, &TopicChartData::linesChanged);
        const int id = data.addSeries(QStringLiteral("Sensor/imu"), QStringLiteral("temp"));
        QVERIFY(id > 0);
        QCOMPARE(asked.constLast().second, data.maximumPoints());
        QCOMPARE(points.count(), 1);
        QCOMPARE(lines.count(), 1);
        QCOMPARE(data.line(0).points.size(), size_t(190));
        QCOMPARE(data.line(0).points.front(), (TopicChartData::Point{T0, 20}));
        QCOMPARE(data.line(0).points.back(), (TopicChartData::Point{T0 + 189'000, 209}));

        // A wildcard series gets its lines from the history too.
        QVERIFY(data.addSeries(QStringLiteral("Sensor/+"), QStringLiteral("temp")) > 0);
        QCOMPARE(data.lineCount(), 3);
        QCOMPARE(data.line(data.lineIndex(id + 1, QStringLiteral("Sensor/cds"))).points.size(), size_t(1));

        // New messages add to what the history gave.
        data.addMessages({message(QStringLiteral("Sensor/imu"), R"({"temp": 1})", T0 + 200'000)});
        QCOMPARE(data.line(0).points.size(), size_t(191));
    }
};

QTEST_GUILESS_MAIN(TestTopicChartData)
#include "tst_topicchartdata.moc"
