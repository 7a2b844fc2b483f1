#include "decoders/avroschema.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Signalbox;

// Every payload meant to be valid is written by Apache Avro's own Python library
// (tests/data/avro/make_avro.py, python3-avro) and read back by avro-c's avrocat,
// never by AvroSchema itself; hostile payloads are written out byte by byte.
namespace {

const QString DataDir = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/avro");

QString schemaFile(const QString &name)
{
    return DataDir + QLatin1Char('/') + name;
}

// The reading every test starts from, as a Python expression for make_avro.py.
QByteArray readingPython()
{
    QFile file(schemaFile(QStringLiteral("reading.py")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// What AvroSchema must make of it: Avro's JSON encoding, logical types as their
// underlying numbers (2023-11-14T22:13:20.5Z in ms; 2024-02-29 in days).
const QByteArray ReadingJson = R"({"device":"greenhouse-7","status":"FAULT",)"
                               R"("location":{"lat":52.52,"lon":13.405,"room":{"string":"Süd"}},)"
                               R"("values":[21.5,-0.25,1e+20],"counters":{"resets":3,"big":9007199254740993},)"
                               // (moc cannot read a backslash before a quote in a raw string)
                               "\"battery\":{\"int\":3300},\"mac\":\"\\u0000\\u001a+<M\xc3\xbf\","
                               "\"raw\":\"\\u0000\\u0001\x7f\xc2\x80\xc3\xbf\\\"\","
                               R"("taken":1700000000500,"day":19782,"id":"123e4567-e89b-12d3-a456-426614174000",)"
                               R"("ok":true,"previous":{"sensors.Location":{"lat":-1,"lon":0,"room":null}}})";

struct Run
{
    bool ok = false;
    QByteArray out;
    QString error;
};

Run run(const QString &program, const QStringList &arguments, const QByteArray &input = {})
{
    Run result;
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForStarted(30000)) {
        result.error = program + QStringLiteral(": ") + process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(60000)) {
        result.error = program + QStringLiteral(" did not finish");
        return result;
    }
    result.out = process.readAllStandardOutput();
    result.error = QString::fromUtf8(process.readAllStandardError());
    result.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return result;
}

} // namespace

class TestAvroSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void names();
    void decodesDatum();
    void decodesContainer();
    void containerMatchesAvrocat();
    void emptyContainer();
    void deflateContainer();
    void otherCodecIsRefused();
    void trailingGarbage();
    void truncated();
    void truncatedContainer();
    void hostileDatums_data();
    void hostileDatums();
    void hostileContainers();
    void schemaErrors();
    void encodeJsonRoundTrip();
    void encodeJsonErrorsNameTheField_data();
    void encodeJsonErrorsNameTheField();
    void decodeFromManyThreads();

private:
    QByteArray makeAvro(const QString &mode, const QString &schema, const QByteArray &python,
                        const QString &codec = QString());

    QString m_python; // one that has python3-avro
    QTemporaryDir m_dir;
    std::shared_ptr<const AvroSchema> m_schema;
    QByteArray m_datum; // readingPython(), written by python3-avro
    QByteArray m_container; // three readings in an object container file
};

QByteArray TestAvroSchema::makeAvro(const QString &mode, const QString &schema, const QByteArray &python,
                                    const QString &codec)
{
    static int counter = 0;
    const QString out = m_dir.filePath(QStringLiteral("out%1").arg(++counter));
    QStringList arguments{schemaFile(QStringLiteral("make_avro.py")), mode, schemaFile(schema), out};
    if (!codec.isEmpty())
        arguments.append(codec);
    const Run made = run(m_python, arguments, python);
    if (!made.ok) {
        qWarning("make_avro.py %s failed: %s", qPrintable(mode), qPrintable(made.error));
        return {};
    }
    QFile file(out);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void TestAvroSchema::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // A python3 with Apache Avro's library (.ci/setup installs python3-avro for the system's python3).
    for (const QString &candidate :
         {QStandardPaths::findExecutable(QStringLiteral("python3")), QStringLiteral("/usr/bin/python3")}) {
        if (!candidate.isEmpty() && run(candidate, {QStringLiteral("-c"), QStringLiteral("import avro.datafile")}).ok) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(), "no python3 with python3-avro (Apache Avro's Python library) was found");

    QString error = QStringLiteral("stale");
    m_schema = AvroSchema::load(schemaFile(QStringLiteral("reading.avsc")), &error);
    QVERIFY2(m_schema, qPrintable(error));
    QVERIFY(error.isEmpty());
    m_datum = makeAvro(QStringLiteral("datum"), QStringLiteral("reading.avsc"), readingPython());
    QVERIFY(!m_datum.isEmpty());
    m_container = makeAvro(QStringLiteral("container"), QStringLiteral("reading.avsc"),
                           "[" + readingPython() + ", " + readingPython() + ", " + readingPython() + "]");
    QVERIFY(m_container.startsWith(QByteArrayView("Obj\x01", 4)));
}

void TestAvroSchema::names()
{
    QCOMPARE(m_schema->name(), QStringLiteral("sensors.Reading"));
    QString error;
    QCOMPARE(AvroSchema::parse(R"("string")", &error)->name(), QStringLiteral("string"));
    QCOMPARE(AvroSchema::parse(R"({"type":"array","items":"long"})", &error)->name(), QStringLiteral("array"));
    QCOMPARE(AvroSchema::parse(R"(["null","int"])", &error)->name(), QStringLiteral("union"));
    QCOMPARE(AvroSchema::parse(R"({"type":"fixed","name":"Mac","size":6})", &error)->name(), QStringLiteral("Mac"));
}

void TestAvroSchema::decodesDatum()
{
    const DecodedPayload decoded = m_schema->decode(m_datum);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.decoder, QStringLiteral("Avro sensors.Reading"));
    QCOMPARE(decoded.json, ReadingJson);
    QVERIFY(QJsonDocument::fromJson(decoded.json).isObject());
}

void TestAvroSchema::decodesContainer()
{
    const DecodedPayload decoded = m_schema->decode(m_container);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, "[" + ReadingJson + "," + ReadingJson + "," + ReadingJson + "]");

    // The container's own schema is used, not ours: a container of longs.
    const QByteArray longs = makeAvro(QStringLiteral("container"), QStringLiteral("long.avsc"), "[1, -2, 2**40]");
    const DecodedPayload other = m_schema->decode(longs);
    QVERIFY2(other.ok(), qPrintable(other.error));
    QCOMPARE(other.json, QByteArray("[1,-2,1099511627776]"));
}

void TestAvroSchema::containerMatchesAvrocat()
{
    // avro-c's own avrocat reads the same file: the same values (its doubles have
    // more digits and it leaves bytes out, so those are compared as values, not text).
    const QString path = m_dir.filePath(QStringLiteral("cat.avro"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(m_container);
    file.close();
    const Run cat = run(QStringLiteral("avrocat"), {path});
    QVERIFY2(cat.ok, qPrintable(cat.error));
    const QList<QByteArray> lines = cat.out.trimmed().split('\n');
    QCOMPARE(lines.size(), 3);
    QJsonObject theirs = QJsonDocument::fromJson(lines.first()).object();
    QJsonObject ours = QJsonDocument::fromJson(ReadingJson).object();
    QVERIFY(!theirs.isEmpty());
    for (const QString &key : {QStringLiteral("mac"), QStringLiteral("raw")}) {
        theirs.remove(key);
        ours.remove(key);
    }
    QJsonArray values = theirs.value(QStringLiteral("values")).toArray();
    values[2] = 1e20; // avrocat writes the float as its double, 1.0000000200408773e20
    theirs[QStringLiteral("values")] = values;
    // avrocat names a union's record branch by its short name
    QVERIFY(theirs.value(QStringLiteral("previous")).toObject().contains(QStringLiteral("Location")));
    theirs[QStringLiteral("previous")] = ours.value(QStringLiteral("previous"));
    QCOMPARE(theirs, ours);
}

void TestAvroSchema::emptyContainer()
{
    const QByteArray empty = makeAvro(QStringLiteral("container"), QStringLiteral("reading.avsc"), "[]");
    const DecodedPayload decoded = m_schema->decode(empty);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray("[]"));
}

void TestAvroSchema::deflateContainer()
{
    // The same three readings, deflated: the same JSON.
    const QByteArray deflated = makeAvro(QStringLiteral("container"), QStringLiteral("reading.avsc"),
                                         "[" + readingPython() + ", " + readingPython() + ", " + readingPython() + "]",
                                         QStringLiteral("deflate"));
    QVERIFY(!deflated.isEmpty());
    QVERIFY(deflated.contains("deflate"));
    DecodedPayload decoded = m_schema->decode(deflated);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, "[" + ReadingJson + "," + ReadingJson + "," + ReadingJson + "]");

    // Enough values for several blocks (python3-avro starts one every 16,000 bytes).
    QByteArray list = "[";
    QByteArray expected = "[";
    for (int i = 0; i < 5000; ++i) {
        const QByteArray n = QByteArray::number(qint64(i) * 1'000'003);
        list += (i ? ", " : "") + n;
        expected += (i ? "," : "") + n;
    }
    list += ']';
    expected += ']';
    const QByteArray longs = makeAvro(QStringLiteral("container"), QStringLiteral("long.avsc"), list,
                                      QStringLiteral("deflate"));
    decoded = m_schema->decode(longs);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, expected);

    // A block that does not inflate says where it is.
    QByteArray damaged = deflated;
    const qsizetype sync = damaged.size() - 16; // the last block's sync marker ends the file
    damaged[sync - 4] = char(damaged.at(sync - 4) ^ 0x5a);
    damaged[sync - 6] = char(damaged.at(sync - 6) ^ 0x5a);
    decoded = m_schema->decode(damaged);
    QVERIFY2(decoded.error.startsWith(QLatin1String("The container's block at byte ")), qPrintable(decoded.error));
    QVERIFY2(decoded.error.contains(QLatin1String("does not inflate"))
                 || decoded.error.contains(QLatin1String("(inflated)")),
             qPrintable(decoded.error));

    // A block that inflates past the bound (64 MiB) is refused, not inflated.
    const QByteArray bomb = makeAvro(QStringLiteral("container"), QStringLiteral("string.avsc"),
                                     "['0' * (65 * 1024 * 1024)]", QStringLiteral("deflate"));
    QVERIFY(!bomb.isEmpty());
    QVERIFY(bomb.size() < 1024 * 1024);
    decoded = m_schema->decode(bomb);
    QVERIFY2(decoded.error.contains(QLatin1String("inflates to more than 64 MiB")), qPrintable(decoded.error));
}

void TestAvroSchema::otherCodecIsRefused()
{
    const QByteArray bzipped = makeAvro(QStringLiteral("container"), QStringLiteral("reading.avsc"),
                                        "[" + readingPython() + "]", QStringLiteral("bzip2"));
    QVERIFY(!bzipped.isEmpty());
    const DecodedPayload decoded = m_schema->decode(bzipped);
    QCOMPARE(decoded.error, QStringLiteral("The container is compressed with “bzip2”, which Signalbox cannot read; "
                                           "only uncompressed (codec null) and deflate containers can be shown."));
    QVERIFY(decoded.json.isEmpty());
}

void TestAvroSchema::trailingGarbage()
{
    const DecodedPayload decoded = m_schema->decode(QByteArray(m_datum + "xyz"));
    QCOMPARE(decoded.error,
             QStringLiteral("The datum ends at byte %1, but the payload has 3 more bytes.").arg(m_datum.size()));
    QVERIFY(decoded.json.isEmpty());
}

void TestAvroSchema::truncated()
{
    for (qsizetype n = 0; n < m_datum.size(); ++n) {
        const DecodedPayload decoded = m_schema->decode(m_datum.first(n));
        QVERIFY2(!decoded.ok(), qPrintable(QString::number(n)));
        QVERIFY(decoded.json.isEmpty());
        QVERIFY2(decoded.error.endsWith(QLatin1Char('.')), qPrintable(decoded.error));
    }
    // Cut in the middle of the device name (its length byte is 0x18: 12 bytes).
    QCOMPARE(m_schema->decode(m_datum.first(5)).error,
             QStringLiteral("Field “device” at byte 0 says it is 12 bytes long but only 4 are left."));
    // Cut inside location.lon (location.lat is bytes 14..21).
    QCOMPARE(m_schema->decode(m_datum.first(27)).error,
             QStringLiteral("Field “location.lon” at byte 22 is cut short."));
}

void TestAvroSchema::truncatedContainer()
{
    for (qsizetype n = 4; n < m_container.size(); n += 7) {
        const DecodedPayload decoded = m_schema->decode(m_container.first(n));
        QVERIFY2(!decoded.ok(), qPrintable(QString::number(n)));
        QVERIFY(!decoded.error.isEmpty());
    }
    // The last byte of the last sync marker changed.
    QByteArray badSync = m_container;
    badSync[badSync.size() - 1] = char(badSync.back() ^ 1);
    QVERIFY2(m_schema->decode(badSync).error.endsWith(QStringLiteral("does not end with the header's sync marker.")),
             qPrintable(m_schema->decode(badSync).error));
    // Bytes after the last block: read as a block that is not one.
    QVERIFY(!m_schema->decode(QByteArray(m_container + "\x02")).ok());
}

void TestAvroSchema::hostileDatums_data()
{
    QTest::addColumn<QByteArray>("schema");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("huge string length") << QByteArray(R"("string")")
                                        << QByteArray("\xfe\xff\xff\xff\xff\xff\xff\xff\x7f", 9)
                                        << QStringLiteral(
                                               "The datum at byte 0 says it is 4611686018427387903 bytes long "
                                               "but only 0 are left.");
    QTest::newRow("negative length") << QByteArray(R"("bytes")") << QByteArray("\x03", 1)
                                     << QStringLiteral("The datum at byte 0 has the negative length -2.");
    QTest::newRow("varint past 64 bits") << QByteArray(R"("long")")
                                         << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 10)
                                         << QStringLiteral("The datum at byte 0 has a number longer than 64 bits.");
    QTest::newRow("int out of range") << QByteArray(R"("int")") << QByteArray("\x80\x80\x80\x80\x10", 5)
                                      << QStringLiteral("The datum at byte 0 has 2147483648, too large for an int.");
    QTest::newRow("boolean 2") << QByteArray(R"("boolean")") << QByteArray("\x02", 1)
                               << QStringLiteral("The datum at byte 0 is a boolean byte of 2, not 0 or 1.");
    QTest::newRow("union branch") << QByteArray(
        R"({"type":"record","name":"R","fields":[{"name":"u","type":["null","int"]}]})")
                                  << QByteArray("\x04", 1)
                                  << QStringLiteral("Field “u” at byte 0 has the union branch 2, but the union has 2.");
    QTest::newRow("enum symbol") << QByteArray(R"({"type":"enum","name":"E","symbols":["A","B"]})")
                                 << QByteArray("\x06", 1)
                                 << QStringLiteral("The datum at byte 0 has the symbol number 3, but E has 2 symbols.");
    QTest::newRow("invalid UTF-8") << QByteArray(R"({"type":"map","values":"string"})")
                                   << QByteArray("\x02\x02k\x04\xc3\x28\x00", 7)
                                   << QStringLiteral("Field “[k]” at byte 3 is a string that is not valid UTF-8.");
    QTest::newRow("a billion nulls") << QByteArray(R"({"type":"array","items":"null"})")
                                     << QByteArray("\x80\xa8\xd6\xb9\x07", 5)
                                     << QStringLiteral(
                                            "The datum at byte 0 has more than 65536 items that take no bytes.");
    QTest::newRow("minimum block count") << QByteArray(R"({"type":"array","items":"int"})")
                                         << QByteArray("\xff\xff\xff\xff\xff\xff\xff\xff\xff\x01", 10)
                                         << QStringLiteral("The datum at byte 0 has an invalid block count.");
    QTest::newRow("block size beyond") << QByteArray(R"({"type":"array","items":"int"})")
                                       << QByteArray("\x01\x50\x02", 3)
                                       << QStringLiteral(
                                              "The datum at byte 0 has a block of 40 bytes but only 1 are left.");
    QTest::newRow("array cut short") << QByteArray(R"({"type":"array","items":"double"})")
                                     << QByteArray("\x04\x00\x00", 3)
                                     << QStringLiteral("Field “[0]” at byte 1 is cut short.");
    QTest::newRow("fixed cut short") << QByteArray(R"({"type":"fixed","name":"F","size":16})") << QByteArray("abc")
                                     << QStringLiteral("The datum at byte 0 is cut short: 16 bytes needed, 3 left.");
    QTest::newRow("empty payload") << QByteArray(R"("string")") << QByteArray()
                                   << QStringLiteral("The datum at byte 0 is cut short.");

    // 150 nested nodes: value 0, then an array block of one child, ...
    QByteArray deep;
    for (int i = 0; i < 150; ++i)
        deep.append("\x00\x02", 2);
    QTest::newRow("too deep") << QByteArray(R"({"type":"record","name":"Node","fields":[{"name":"value","type":"int"},)"
                                            R"({"name":"children","type":{"type":"array","items":"Node"}}]})")
                              << deep << QString();
}

void TestAvroSchema::hostileDatums()
{
    QFETCH(QByteArray, schema);
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    QString parseError;
    const auto avro = AvroSchema::parse(schema, &parseError);
    QVERIFY2(avro, qPrintable(parseError));
    const DecodedPayload decoded = avro->decode(payload);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.json.isEmpty());
    if (error.isEmpty())
        // each node is two levels (its field, the array's item) and two bytes
        QCOMPARE(decoded.error, QStringLiteral("The datum at byte 100 nests deeper than 100 levels."));
    else
        QCOMPARE(decoded.error, error);
}

void TestAvroSchema::hostileContainers()
{
    // A header whose metadata claims a huge value.
    const QByteArray hugeMeta = QByteArray("Obj\x01\x02\x16"
                                           "avro.schema\xfe\xff\xff\xff\x0f",
                                           22);
    QCOMPARE(m_schema->decode(hugeMeta).error,
             QStringLiteral("Field “metadata” at byte 17 says it is 2147483647 bytes long but only 0 are left."));

    // A valid header of a null schema, then a block claiming 2^62 objects of no bytes.
    QByteArray nulls = makeAvro(QStringLiteral("container"), QStringLiteral("null.avsc"), "[None]");
    QVERIFY(nulls.size() > 16);
    const QByteArray sync = nulls.right(16);
    QByteArray header = nulls.first(nulls.indexOf(sync) + 16);
    QCOMPARE(m_schema->decode(header).json, QByteArray("[]"));
    const QByteArray flood = header + QByteArray("\xfe\xff\xff\xff\xff\xff\xff\xff\x7f\x00", 10) + sync;
    QCOMPARE(m_schema->decode(flood).error,
             QStringLiteral("The container holds more than 65536 objects that take no bytes."));
    // A block whose objects leave bytes over.
    const QByteArray slack = header + QByteArray("\x02\x04xy", 4) + sync;
    QCOMPARE(m_schema->decode(slack).error,
             QStringLiteral("The container's block at byte %1 has 2 bytes after its 1 objects.").arg(header.size()));
    // No schema in the header.
    QCOMPARE(m_schema->decode(QByteArray(QByteArray("Obj\x01\x00", 5) + sync)).error,
             QStringLiteral("The container has no schema (no avro.schema in its header)."));
    // A schema that does not parse.
    const QByteArray badSchema = QByteArray("Obj\x01\x02\x16"
                                            "avro.schema\x06{x}\x00",
                                            22)
                                 + sync;
    QVERIFY2(
        m_schema->decode(badSchema).error.startsWith(QStringLiteral("The container's own schema does not parse: ")),
        qPrintable(m_schema->decode(badSchema).error));
}

void TestAvroSchema::schemaErrors()
{
    QString error;
    QVERIFY(!AvroSchema::parse(R"({"type":"record","name":"R"})", &error));
    QVERIFY2(error.startsWith(QStringLiteral("The Avro schema does not parse: ")), qPrintable(error));
    QVERIFY2(error.contains(QStringLiteral("fields")), qPrintable(error));
    QVERIFY(!AvroSchema::parse(R"({"type":"nope"})", &error));
    QVERIFY2(error.startsWith(QStringLiteral("The Avro schema does not parse")), qPrintable(error));
    QVERIFY(!AvroSchema::parse("{", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!AvroSchema::parse("", &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!AvroSchema::load(QStringLiteral("/nonexistent/x.avsc"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("Cannot read the Avro schema /nonexistent/x.avsc: ")), qPrintable(error));
}

void TestAvroSchema::encodeJsonRoundTrip()
{
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> datum = m_schema->encodeJson(ReadingJson, &error);
    QVERIFY2(datum, qPrintable(error));
    QVERIFY(error.isEmpty());

    // Apache Avro's Python library reads it as the reading we started from.
    const QString path = m_dir.filePath(QStringLiteral("encoded.bin"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(*datum);
    file.close();
    const Run read = run(m_python, {schemaFile(QStringLiteral("make_avro.py")), QStringLiteral("read"),
                                    schemaFile(QStringLiteral("reading.avsc")), path});
    QVERIFY2(read.ok, qPrintable(read.error));
    QString text = QString::fromUtf8(read.out.trimmed());
    text.remove(QRegularExpression(QStringLiteral("<avro.timezones.UTCTzinfo object at 0x[0-9a-f]+>")));
    // The map's entries come in key order (QJsonObject sorts them).
    QCOMPARE(text,
             QStringLiteral("{'device': 'greenhouse-7', 'status': 'FAULT', 'location': {'lat': 52.52, 'lon': "
                            "13.405, 'room': 'Süd'}, 'values': [21.5, -0.25, 1.0000000200408773e+20], 'counters': "
                            "{'big': 9007199254740993, 'resets': 3}, 'battery': 3300, 'mac': b'\\x00\\x1a+<M\\xff', "
                            "'raw': b'\\x00\\x01\\x7f\\x80\\xff\"', 'taken': datetime.datetime(2023, 11, 14, 22, 13, "
                            "20, 500000, tzinfo=), 'day': datetime.date(2024, 2, 29), 'id': "
                            "'123e4567-e89b-12d3-a456-426614174000', 'ok': True, 'previous': {'lat': -1.0, 'lon': "
                            "0.0, 'room': None}}"));
    // Decoded again: what we started from, but for the map's order.
    QByteArray reordered = ReadingJson;
    reordered.replace(R"({"resets":3,"big":9007199254740993})", R"({"big":9007199254740993,"resets":3})");
    QCOMPARE(m_schema->decode(*datum).json, reordered);

    // Unions also take a bare value next to null, and a short branch name.
    QByteArray loose = ReadingJson;
    loose.replace(R"({"string":"Süd"})", R"("Süd")");
    loose.replace(R"({"int":3300})", "3300");
    loose.replace(R"({"sensors.Location":)", R"({"Location":)");
    QCOMPARE(m_schema->encodeJson(loose, &error).value_or(QByteArray()), *datum);

    // A schema that is not an object: the JSON may be a bare string or number.
    const auto text2 = AvroSchema::parse(R"("string")", &error);
    QCOMPARE(text2->encodeJson(R"("hé")", &error).value_or(QByteArray()), QByteArray("\x06h\xc3\xa9"));
    const auto floats = AvroSchema::parse(R"({"type":"array","items":"float"})", &error);
    QCOMPARE(floats->encodeJson(R"(["NaN", 1.5])", &error).value_or(QByteArray()),
             QByteArray("\x04\x00\x00\xc0\x7f\x00\x00\xc0\x3f\x00", 10));
    QCOMPARE(floats->decode(QByteArray("\x04\x00\x00\xc0\x7f\x00\x00\xc0\x3f\x00", 10)).json,
             QByteArray(R"(["NaN",1.5])"));
}

void TestAvroSchema::encodeJsonErrorsNameTheField_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    auto with = [](const char *from, const char *to) {
        QByteArray json = ReadingJson;
        json.replace(from, to);
        return json;
    };
    QTest::newRow("string for a double") << with(R"("lat":52.52)", R"("lat":"north")")
                                         << QStringLiteral("Field “location.lat” should be a number but is a string.");
    QTest::newRow("missing field") << with(R"("ok":true,)", "") << QStringLiteral("Field “ok” is missing.");
    QTest::newRow("extra field") << with(R"("ok":true,)", R"("ok":true,"colour":"red",)")
                                 << QStringLiteral("Field “colour” is not in record sensors.Reading.");
    QTest::newRow("unknown symbol") << with(R"("FAULT")", R"("BROKEN")")
                                    << QStringLiteral(
                                           "Field “status” is “BROKEN”, which is not a symbol of sensors.Status.");
    QTest::newRow("fixed size") << with(R"("\u0000\u001a+<Mÿ")", R"("abc")")
                                << QStringLiteral("Field “mac” has 3 bytes, but sensors.Mac is 6 bytes.");
    QTest::newRow("int too large") << with("3300", "3000000000")
                                   << QStringLiteral("Field “battery” is 3000000000, too large for an int.");
    QTest::newRow("fraction for a long") << with("1700000000500", "1.5")
                                         << QStringLiteral("Field “taken” should be a whole number but is a number.");
    QTest::newRow("array item") << with("[21.5,", R"([21.5,true,)")
                                << QStringLiteral("Field “values[1]” should be a number but is true or false.");
    QTest::newRow("byte above 255") << with(R"("raw":"\u0000)", R"("raw":"€)")
                                    << QStringLiteral(
                                           "Field “raw” has the character U+20ac, but bytes are written as code "
                                           "points 0 to 255.");
    QTest::newRow("null without null") << with(R"("device":"greenhouse-7")", R"("device":null)")
                                       << QStringLiteral("Field “device” should be a string but is null.");
    QTest::newRow("not JSON") << QByteArray(R"({"device":)") << QString();
}

void TestAvroSchema::encodeJsonErrorsNameTheField()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!m_schema->encodeJson(json, &actual));
    if (error.isEmpty())
        QVERIFY2(actual.startsWith(QStringLiteral("The JSON is not valid at byte ")), qPrintable(actual));
    else
        QCOMPARE(actual, error);
}

void TestAvroSchema::decodeFromManyThreads()
{
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (m_schema->decode(m_datum).json != ReadingJson)
                    ++mismatches;
                if (m_schema->decode(m_container).json.size() != 2 + 3 * ReadingJson.size() + 2)
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestAvroSchema)
#include "tst_avroschema.moc"
