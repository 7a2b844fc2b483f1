#include "decoders/protobufschema.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <thread>
#include <vector>

using namespace Signalbox;

// Every payload that is meant to be valid is made by protoc (--encode), never
// by ProtobufSchema itself; hostile payloads are written out byte by byte.
namespace {

const QString DataDir = QStringLiteral(SIGNALBOX_TEST_DATA_DIR "/protobuf");

struct ProtocRun
{
    bool ok = false;
    QByteArray out;
    QString error;
};

ProtocRun protoc(const QStringList &arguments, const QByteArray &input)
{
    ProtocRun run;
    QProcess process;
    process.setWorkingDirectory(DataDir);
    process.start(QStringLiteral(SIGNALBOX_PROTOC),
                  QStringList{QStringLiteral("-I."), QStringLiteral("-Iinclude")} + arguments);
    if (!process.waitForStarted(30000)) {
        run.error = process.errorString();
        return run;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30000)) {
        run.error = QStringLiteral("protoc did not finish");
        return run;
    }
    run.out = process.readAllStandardOutput();
    run.error = QString::fromUtf8(process.readAllStandardError());
    run.ok = process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
    return run;
}

QByteArray fixture(const QString &name)
{
    QFile file(DataDir + QLatin1Char('/') + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// protoc --encode=<type> <proto> < <text file>
QByteArray encodeWithProtoc(const QString &type, const QString &proto, const QByteArray &text)
{
    const ProtocRun run = protoc({QStringLiteral("--encode=") + type, proto}, text);
    if (!run.ok)
        qWarning("protoc --encode failed: %s", qPrintable(run.error));
    return run.ok ? run.out : QByteArray();
}

} // namespace

class TestProtobufSchema : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void messageTypes();
    void decodesEverything();
    void printsDefaults();
    void showsUnknownFields();
    void recursiveMessages();
    void parseErrorsHaveFileLineColumn();
    void everyErrorIsListed();
    void importPathsAsProtoc();
    void missingFiles();
    void unknownMessageType();
    void truncatedPayloads();
    void hostilePayloads_data();
    void hostilePayloads();
    void nestingLimit();
    void wrongWireTypeNamesTheField();
    void requiredFieldsNamed();
    void encodeJsonRoundTrip();
    void encodeJsonErrorsNameTheField();
    void decodeFromManyThreads();

private:
    std::shared_ptr<const ProtobufSchema> m_schema;
    QByteArray m_reading; // reading.txt, encoded by protoc
};

void TestProtobufSchema::initTestCase()
{
    QString error = QStringLiteral("stale");
    m_schema = ProtobufSchema::load({DataDir + QStringLiteral("/sensors.proto")},
                                    {DataDir + QStringLiteral("/include")}, &error);
    QVERIFY2(m_schema, qPrintable(error));
    QVERIFY(error.isEmpty());
    m_reading = encodeWithProtoc(QStringLiteral("sensors.Reading"), QStringLiteral("sensors.proto"),
                                 fixture(QStringLiteral("reading.txt")));
    QVERIFY(!m_reading.isEmpty());
}

void TestProtobufSchema::messageTypes()
{
    QCOMPARE(m_schema->messageTypes(),
             (QStringList{QStringLiteral("sensors.Empty"), QStringLiteral("sensors.Reading"),
                          QStringLiteral("sensors.Reading.Location"), QStringLiteral("sensors.Tree")}));
    QVERIFY(m_schema->hasMessageType(QStringLiteral("sensors.Reading.Location")));
    QVERIFY(!m_schema->hasMessageType(QStringLiteral("Reading")));
    QVERIFY(!m_schema->hasMessageType(QStringLiteral("sensors.Reading.CountersEntry"))); // a map's entry
}

void TestProtobufSchema::decodesEverything()
{
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Reading"), m_reading);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.decoder, QStringLiteral("Protobuf sensors.Reading"));
    // protobuf's JSON mapping: int64 and the fixed32 as they are, bytes Base64, the
    // Timestamp as RFC 3339, enums by name, field names as in the .proto; protobuf's
    // printer puts the set oneof member and the set message field after the rest.
    QCOMPARE(decoded.json, QByteArray(R"({"device":"greenhouse-7","status":"FAULT",)"
                                      R"("values":[{"value":21.5,"unit":"CELSIUS"},{"value":40,"unit":"PERCENT"}],)"
                                      R"("location":{"lat":52.52,"lon":13.405,"room":"Süd"},)"
                                      R"("counters":{"resets":3,"errors":-2},"deltas":[1,-1,300],)"
                                      R"("sequence":"9007199254740993","raw":"AAH/","flags":4294967295,"ratio":0.25,)"
                                      R"("millivolts":3300,"taken":"2023-11-14T22:13:20.500Z"})"));
}

void TestProtobufSchema::printsDefaults()
{
    // Zero values are not on the wire in proto3, but a reading of 0 must still show.
    const QByteArray bytes = encodeWithProtoc(QStringLiteral("sensors.Reading"), QStringLiteral("sensors.proto"),
                                              "device: \"d\" values { value: 0 }");
    QVERIFY(!bytes.isEmpty());
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Reading"), bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json,
             QByteArray(R"({"device":"d","status":"STATUS_UNKNOWN","values":[{"value":0,"unit":"UNIT_UNSPECIFIED"}],)"
                        R"("counters":{},"deltas":[],"sequence":"0","raw":"","flags":0,"ratio":0})"));

    const DecodedPayload empty = m_schema->decode(QStringLiteral("sensors.Empty"), QByteArrayView());
    QVERIFY(empty.ok());
    QCOMPARE(empty.json, QByteArray("{}"));
}

void TestProtobufSchema::showsUnknownFields()
{
    const QByteArray bytes = encodeWithProtoc(QStringLiteral("sensors.Reading"), QStringLiteral("sensors_v2.proto"),
                                              fixture(QStringLiteral("reading_v2.txt")));
    QVERIFY(!bytes.isEmpty());
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Reading"), bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QVERIFY2(decoded.json.endsWith(R"(,"unknownFields":{"20":[87],"21":["YQ==","Yg=="],"location.9":["QjE="]}})"),
             decoded.json.constData());
    QVERIFY(decoded.json.startsWith(R"({"device":"door-2","status":"STATUS_UNKNOWN","values":[],"location":{"lat":1.5,)"));

    // Only unknown fields: still an object with them.
    const DecodedPayload onlyUnknown = m_schema->decode(QStringLiteral("sensors.Empty"), bytes);
    QVERIFY2(onlyUnknown.ok(), qPrintable(onlyUnknown.error));
    QCOMPARE(onlyUnknown.json, QByteArray(R"({"unknownFields":{"1":["ZG9vci0y"],"4":["CQAAAAAAAPg/SgJCMQ=="],)"
                                          R"("20":[87],"21":["YQ==","Yg=="]}})"));
}

void TestProtobufSchema::recursiveMessages()
{
    const QByteArray bytes = encodeWithProtoc(QStringLiteral("sensors.Tree"), QStringLiteral("sensors.proto"),
                                              "value: 1 children { value: 2 children { value: 3 } } children { }");
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Tree"), bytes);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"value":1,"children":[{"value":2,"children":[{"value":3,"children":[]}]},)"
                                      R"({"value":0,"children":[]}]})"));
}

void TestProtobufSchema::parseErrorsHaveFileLineColumn()
{
    QString error;
    const QString broken = DataDir + QStringLiteral("/broken.proto");
    QVERIFY(!ProtobufSchema::load({broken}, {}, &error));
    const QStringList lines = error.split(QLatin1Char('\n'));
    QVERIFY2(lines.size() >= 1, qPrintable(error));
    // As protoc says it: line 5, column 3 (1-based), the line after "int32 a = 1".
    QCOMPARE(lines.first(), QDir::toNativeSeparators(broken) + QStringLiteral(":5:3: Expected \";\"."));

    // An import that is not there: the importing file and its line.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("a.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("syntax = \"proto3\";\nimport \"nowhere/b.proto\";\nmessage A { int32 x = 1; }\n");
    file.close();
    QVERIFY(!ProtobufSchema::load({file.fileName()}, {}, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(file.fileName())
                            + QStringLiteral(":2:1: Import \"nowhere/b.proto\" was not found")),
             qPrintable(error));
}

void TestProtobufSchema::everyErrorIsListed()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QFile file(dir.filePath(QStringLiteral("two.proto")));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("syntax = \"proto3\";\nmessage A {\n  Missing a = 1;\n  Other b = 2;\n}\n");
    file.close();
    QString error;
    QVERIFY(!ProtobufSchema::load({file.fileName()}, {}, &error));
    const QString name = QDir::toNativeSeparators(file.fileName());
    QCOMPARE(error, name + QStringLiteral(":3:3: \"Missing\" is not defined.\n") + name
                        + QStringLiteral(":4:3: \"Other\" is not defined."));
}

void TestProtobufSchema::importPathsAsProtoc()
{
    // -I<root>: root/pkg/a.proto is "pkg/a.proto" and imports "pkg/b.proto" by that name.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    QVERIFY(QDir(dir.path()).mkpath(QStringLiteral("pkg")));
    QFile b(dir.filePath(QStringLiteral("pkg/b.proto")));
    QVERIFY(b.open(QIODevice::WriteOnly));
    b.write("syntax = \"proto3\";\npackage pkg;\nmessage B { int32 x = 1; }\n");
    b.close();
    QFile a(dir.filePath(QStringLiteral("pkg/a.proto")));
    QVERIFY(a.open(QIODevice::WriteOnly));
    a.write("syntax = \"proto3\";\npackage pkg;\nimport \"pkg/b.proto\";\nmessage A { B b = 1; }\n");
    a.close();
    QString error;
    const auto schema = ProtobufSchema::load({a.fileName(), b.fileName()}, {dir.path()}, &error);
    QVERIFY2(schema, qPrintable(error));
    QCOMPARE(schema->messageTypes(), (QStringList{QStringLiteral("pkg.A"), QStringLiteral("pkg.B")}));
    const DecodedPayload decoded = schema->decode(QStringLiteral("pkg.A"), QByteArray("\x0a\x02\x08\x05", 4));
    QCOMPARE(decoded.json, QByteArray(R"({"b":{"x":5}})"));
}

void TestProtobufSchema::missingFiles()
{
    QString error;
    QVERIFY(!ProtobufSchema::load({QStringLiteral("/nonexistent/x.proto")}, {}, &error));
    QCOMPARE(error, QDir::toNativeSeparators(QStringLiteral("/nonexistent/x.proto")) + QStringLiteral(": no such file"));
    QVERIFY(!ProtobufSchema::load({}, {}, &error));
    QVERIFY(!error.isEmpty());
}

void TestProtobufSchema::unknownMessageType()
{
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Nope"), m_reading);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.json.isEmpty());
    QCOMPARE(decoded.error, QStringLiteral("The schema has no message type “sensors.Nope”."));
    QString error;
    QVERIFY(!m_schema->encodeJson(QStringLiteral("sensors.Nope"), "{}", &error));
    QCOMPARE(error, QStringLiteral("The schema has no message type “sensors.Nope”."));
}

void TestProtobufSchema::truncatedPayloads()
{
    // Every strict prefix fails with a sentence, except where a prefix happens to end
    // on a field boundary (then it is a shorter, valid message).
    int failures = 0;
    for (qsizetype n = 0; n < m_reading.size(); ++n) {
        const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Reading"), m_reading.first(n));
        QVERIFY(decoded.ok() != decoded.json.isEmpty());
        if (!decoded.ok()) {
            ++failures;
            QVERIFY2(decoded.error.endsWith(QLatin1Char('.')), qPrintable(decoded.error));
        }
    }
    QVERIFY(failures > m_reading.size() / 2);

    // Cut inside location (field 4 at byte 42, 24 bytes long): the length is named.
    const DecodedPayload cut = m_schema->decode(QStringLiteral("sensors.Reading"), m_reading.first(50));
    QCOMPARE(cut.error,
             QStringLiteral("Field “location” (number 4) at byte 42 says it is 24 bytes long but only 6 are left."));
    // values[1] starts at byte 29 and is 11 bytes long.
    const DecodedPayload cutValues = m_schema->decode(QStringLiteral("sensors.Reading"), m_reading.first(40));
    QCOMPARE(cutValues.error,
             QStringLiteral("Field “values[1]” (number 3) at byte 29 says it is 11 bytes long but only 9 are left."));
}

void TestProtobufSchema::hostilePayloads_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QString>("error");
    QTest::newRow("huge length") << QByteArray("\x22\xff\xff\xff\xff\x0f", 6)
                                 << QStringLiteral("Field “location” (number 4) at byte 0 says it is 4294967295 bytes "
                                                   "long but only 0 are left.");
    QTest::newRow("varint past 64 bits") << QByteArray("\x48\xff\xff\xff\xff\xff\xff\xff\xff\xff\x7f", 11)
                                         << QStringLiteral("Field “sequence” (number 9) at byte 0 has a varint that "
                                                           "is cut short.");
    QTest::newRow("field number 0") << QByteArray("\x00\x01", 2)
                                    << QStringLiteral("The message at byte 0 has a field tag with the invalid field "
                                                      "number 0.");
    QTest::newRow("wire type 7") << QByteArray("\x0f", 1)
                                 << QStringLiteral("The message at byte 0 has field 1 with the invalid wire type 7.");
    QTest::newRow("stray end group") << QByteArray("\x0c", 1)
                                     << QStringLiteral("The message at byte 0 has an end-group tag for field 1 that no "
                                                       "group opened.");
    QTest::newRow("unclosed group") << QByteArray("\xfb\x01\x08\x01", 4)
                                    << QStringLiteral("Field “31” at byte 4 ends before the group's end-group tag.");
    QTest::newRow("invalid UTF-8") << QByteArray("\x0a\x02\xc3\x28", 4)
                                   << QStringLiteral("Field “device” (number 1) at byte 0 is a string that is not "
                                                     "valid UTF-8.");
    QTest::newRow("packed fixed32 cut") << QByteArray("\x1a\x0d\x09\x00\x00\x00\x00\x00\x00\x00\x00\x10\x01\x10", 14)
                                        << QStringLiteral("Field “values[0]” (number 3) at byte 0 says it is 13 "
                                                          "bytes long but only 12 are left.");
    QTest::newRow("packed sint32 cut") << QByteArray("\x42\x02\x01\x80", 4)
                                       << QStringLiteral("Field “deltas[0]” (number 8) at byte 0 is a packed list "
                                                         "whose last varint is cut short.");
    QTest::newRow("garbage") << QByteArray("\xde\xad\xbe\xef\xff\xff", 6)
                             << QStringLiteral("The message at byte 0 has a field tag that is cut short.");
    QTest::newRow("wire type 6") << QByteArray("\x0e\x01", 2)
                                 << QStringLiteral("The message at byte 0 has field 1 with the invalid wire type 6.");

    // 150 levels of Tree.children: deeper than protobuf's JSON printer goes (64).
    QByteArray deep;
    for (int i = 0; i < 150; ++i) {
        QByteArray length;
        quint64 n = quint64(deep.size());
        do {
            length.append(char((n & 0x7F) | (n > 0x7F ? 0x80 : 0)));
            n >>= 7;
        } while (n);
        deep = QByteArray("\x12", 1) + length + deep;
    }
    QTest::newRow("too deep") << deep << QString(); // checked below, type Tree
}

void TestProtobufSchema::hostilePayloads()
{
    QFETCH(QByteArray, payload);
    QFETCH(QString, error);
    const bool tree = error.isEmpty();
    const DecodedPayload decoded = m_schema->decode(
        tree ? QStringLiteral("sensors.Tree") : QStringLiteral("sensors.Reading"), payload);
    QVERIFY(!decoded.ok());
    QVERIFY(decoded.json.isEmpty());
    if (tree)
        QCOMPARE(decoded.error, QStringLiteral("The message at byte 195 nests deeper than 64 levels."));
    else
        QCOMPARE(decoded.error, error);
}

void TestProtobufSchema::nestingLimit()
{
    // 64 levels below the top: protobuf's printer still takes them; 65: our sentence, not its.
    for (const int levels : {64, 65}) {
        QByteArray text = "value: 1";
        for (int i = 0; i < levels; ++i)
            text = "children { " + text + " }";
        const QByteArray bytes = encodeWithProtoc(QStringLiteral("sensors.Tree"), QStringLiteral("sensors.proto"), text);
        QVERIFY(!bytes.isEmpty());
        const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Tree"), bytes);
        if (levels == 64) {
            QVERIFY2(decoded.ok(), qPrintable(decoded.error));
            QVERIFY(decoded.json.contains(R"("value":1,"children":[])"));
        } else {
            // 65 levels of 2 bytes in front: where the 65th child's fields begin
            QCOMPARE(decoded.error, QStringLiteral("The message at byte 132 nests deeper than 64 levels."));
        }
    }
}

void TestProtobufSchema::wrongWireTypeNamesTheField()
{
    const QByteArray bytes = encodeWithProtoc(QStringLiteral("sensors.Reading"), QStringLiteral("mismatch.proto"),
                                              "device: \"x\" status: \"OK\"");
    QVERIFY(!bytes.isEmpty());
    const DecodedPayload decoded = m_schema->decode(QStringLiteral("sensors.Reading"), bytes);
    QCOMPARE(decoded.error, QStringLiteral("Field “status” (number 2) at byte 3 comes as length-delimited but its type "
                                           "enum is sent as varint."));
}

void TestProtobufSchema::requiredFieldsNamed()
{
    QString error;
    const auto legacy = ProtobufSchema::load({DataDir + QStringLiteral("/legacy.proto")}, {}, &error);
    QVERIFY2(legacy, qPrintable(error));
    const QByteArray ok = encodeWithProtoc(QStringLiteral("legacy.Frame"), QStringLiteral("legacy.proto"),
                                           "id: 7 label: \"x\" inner { code: -1 }");
    const DecodedPayload decoded = legacy->decode(QStringLiteral("legacy.Frame"), ok);
    QVERIFY2(decoded.ok(), qPrintable(decoded.error));
    QCOMPARE(decoded.json, QByteArray(R"({"id":7,"label":"x","inner":{"code":-1}})"));

    // protoc refuses to write a Frame without id, so these are written by hand:
    // label "x" alone; id 1 with an empty inner.
    const DecodedPayload noId = legacy->decode(QStringLiteral("legacy.Frame"), QByteArray("\x12\x01x", 3));
    QCOMPARE(noId.error, QStringLiteral("The required field(s) “id” are missing."));
    const DecodedPayload noCode = legacy->decode(QStringLiteral("legacy.Frame"), QByteArray("\x08\x01\x1a\x00", 4));
    QCOMPARE(noCode.error, QStringLiteral("The required field(s) “inner.code” are missing."));
    QVERIFY(!legacy->encodeJson(QStringLiteral("legacy.Frame"), R"({"label":"x"})", &error));
    QCOMPARE(error, QStringLiteral("The JSON does not fit legacy.Frame: missing field id."));
}

void TestProtobufSchema::encodeJsonRoundTrip()
{
    QString error = QStringLiteral("stale");
    const std::optional<QByteArray> bytes = m_schema->encodeJson(
        QStringLiteral("sensors.Reading"),
        R"({"device":"pump","status":"OK","values":[{"value":1.5,"unit":"LUX"}],"location":{"room":"Küche"},)"
        R"("counters":{"n":4},"mains":true,"deltas":[-5],"sequence":"-12","raw":"AAH/","taken":"2024-01-02T03:04:05Z"})",
        &error);
    QVERIFY2(bytes, qPrintable(error));
    QVERIFY(error.isEmpty());
    const ProtocRun decoded = protoc({QStringLiteral("--decode=sensors.Reading"), QStringLiteral("sensors.proto")},
                                     *bytes);
    QVERIFY2(decoded.ok, qPrintable(decoded.error));
    QCOMPARE(QString::fromUtf8(decoded.out), QStringLiteral("device: \"pump\"\n"
                                                            "status: OK\n"
                                                            "values {\n  value: 1.5\n  unit: LUX\n}\n"
                                                            "location {\n  room: \"K\\303\\274che\"\n}\n"
                                                            "counters {\n  key: \"n\"\n  value: 4\n}\n"
                                                            "mains: true\n"
                                                            "deltas: -5\n"
                                                            "sequence: -12\n"
                                                            "raw: \"\\000\\001\\377\"\n"
                                                            "taken {\n  seconds: 1704164645\n}\n"));

    // camelCase names are accepted too (protobuf's JSON mapping).
    QVERIFY(m_schema->encodeJson(QStringLiteral("sensors.Tree"), R"({"value":3,"children":[{}]})", &error));
}

void TestProtobufSchema::encodeJsonErrorsNameTheField()
{
    QString error;
    QVERIFY(!m_schema->encodeJson(QStringLiteral("sensors.Reading"), R"({"location":{"lat":"north"}})", &error));
    QCOMPARE(error, QStringLiteral("The JSON does not fit sensors.Reading: (location.lat): invalid value \"north\" "
                                   "for type TYPE_DOUBLE."));
    QVERIFY(!m_schema->encodeJson(QStringLiteral("sensors.Reading"), R"({"colour":"red"})", &error));
    QCOMPARE(error, QStringLiteral("The JSON does not fit sensors.Reading: colour: Cannot find field."));
    QVERIFY(!m_schema->encodeJson(QStringLiteral("sensors.Reading"), R"({"device":)", &error));
    QVERIFY(!error.isEmpty());
}

void TestProtobufSchema::decodeFromManyThreads()
{
    const DecodedPayload expected = m_schema->decode(QStringLiteral("sensors.Reading"), m_reading);
    std::atomic<int> mismatches = 0;
    std::vector<std::thread> threads;
    for (int t = 0; t < 4; ++t) {
        threads.emplace_back([&] {
            for (int i = 0; i < 200; ++i) {
                if (m_schema->decode(QStringLiteral("sensors.Reading"), m_reading) != expected)
                    ++mismatches;
                if (m_schema->decode(QStringLiteral("sensors.Reading"), m_reading.first(50)).ok())
                    ++mismatches;
            }
        });
    }
    for (std::thread &thread : threads)
        thread.join();
    QCOMPARE(mismatches.load(), 0);
}

QTEST_GUILESS_MAIN(TestProtobufSchema)
#include "tst_protobufschema.moc"
