#include "decoders/sparkplug.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

// Payloads come from tests/core/sparkplug_payloads.py: Google's Python protobuf
// runtime on what protoc generates from our .proto, with the 3.0 array packing
// written there, so that neither side of a comparison is our own code.
class TestSparkplug : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void topics_data();
    void topics();
    void dataTypeNames();
    void decodesBirthWithEveryType();
    void decodesBirthAsJson();
    void decodesDataByAlias();
    void decodesMismatchedValues();
    void hostileInputs_data();
    void hostileInputs();
    void deepTemplates();
    void encodesForAnIndependentDecoder();
    void encodeRoundTrip();
    void encodeErrors_data();
    void encodeErrors();

private:
    QByteArray payload(const QString &name);
    QJsonObject pythonDecode(const QByteArray &bytes);
    QString m_python;
    QTemporaryDir m_dir;
};

static const SparkplugMetric *find(const SparkplugPayload &p, const QString &name)
{
    for (const SparkplugMetric &m : p.metrics)
        if (m.name == name)
            return &m;
    return nullptr;
}

void TestSparkplug::initTestCase()
{
    QVERIFY(m_dir.isValid());
    // The interpreter that has python3-protobuf (a pyenv shim may come first in PATH).
    QStringList candidates{QStringLiteral("/usr/bin/python3")};
    const QString inPath = QStandardPaths::findExecutable(QStringLiteral("python3"));
    if (!inPath.isEmpty())
        candidates.append(inPath);
    for (const QString &candidate : std::as_const(candidates)) {
        if (!QFile::exists(candidate))
            continue;
        if (QProcess::execute(candidate, {QStringLiteral("-c"), QStringLiteral("import google.protobuf")}) == 0) {
            m_python = candidate;
            break;
        }
    }
    QVERIFY2(!m_python.isEmpty(), "python3 with google.protobuf (python3-protobuf) is needed");
    const QString source = QStringLiteral(SIGNALBOX_SOURCE_DIR);
    QProcess protoc;
    protoc.start(QStringLiteral("protoc"), {QStringLiteral("--python_out=") + m_dir.path(),
                                            QStringLiteral("-I") + source + QStringLiteral("/core/decoders"),
                                            QStringLiteral("sparkplug_b.proto")});
    QVERIFY(protoc.waitForFinished(60000));
    QVERIFY2(protoc.exitCode() == 0, protoc.readAllStandardError().constData());
    QProcess make;
    make.start(m_python, {source + QStringLiteral("/tests/core/sparkplug_payloads.py"), m_dir.path(),
                          QStringLiteral("make"), m_dir.path()});
    QVERIFY(make.waitForFinished(60000));
    QVERIFY2(make.exitCode() == 0, make.readAllStandardError().constData());
}

QByteArray TestSparkplug::payload(const QString &name)
{
    QFile file(m_dir.filePath(name + QStringLiteral(".bin")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

QJsonObject TestSparkplug::pythonDecode(const QByteArray &bytes)
{
    const QString path = m_dir.filePath(QStringLiteral("encoded.bin"));
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size())
        return {};
    file.close();
    QProcess decode;
    decode.start(m_python, {QStringLiteral(SIGNALBOX_SOURCE_DIR) + QStringLiteral("/tests/core/sparkplug_payloads.py"),
                            m_dir.path(), QStringLiteral("decode"), path});
    if (!decode.waitForFinished(60000) || decode.exitCode() != 0) {
        qWarning() << decode.readAllStandardError();
        return {};
    }
    return QJsonDocument::fromJson(decode.readAllStandardOutput()).object();
}

void TestSparkplug::topics_data()
{
    QTest::addColumn<QString>("topic");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("group");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QString>("device");
    QTest::addColumn<QString>("host");
    using T = SparkplugTopic::Type;
    // Sparkplug 3.0 §4.1: namespace/group_id/message_type/edge_node_id/[device_id]
    QTest::newRow("NBIRTH") << "spBv1.0/G1/NBIRTH/E1" << true << int(T::NBirth) << "G1"
                            << "E1"
                            << ""
                            << "";
    QTest::newRow("NDEATH") << "spBv1.0/G1/NDEATH/E1" << true << int(T::NDeath) << "G1"
                            << "E1"
                            << ""
                            << "";
    QTest::newRow("NDATA") << "spBv1.0/G1/NDATA/E1" << true << int(T::NData) << "G1"
                           << "E1"
                           << ""
                           << "";
    QTest::newRow("NCMD") << "spBv1.0/G1/NCMD/E1" << true << int(T::NCmd) << "G1"
                          << "E1"
                          << ""
                          << "";
    QTest::newRow("DBIRTH") << "spBv1.0/G1/DBIRTH/E1/D1" << true << int(T::DBirth) << "G1"
                            << "E1"
                            << "D1"
                            << "";
    QTest::newRow("DDEATH") << "spBv1.0/G1/DDEATH/E1/D1" << true << int(T::DDeath) << "G1"
                            << "E1"
                            << "D1"
                            << "";
    QTest::newRow("DDATA") << "spBv1.0/G1/DDATA/E1/D 1" << true << int(T::DData) << "G1"
                           << "E1"
                           << "D 1"
                           << "";
    QTest::newRow("DCMD") << "spBv1.0/G1/DCMD/E1/D1" << true << int(T::DCmd) << "G1"
                          << "E1"
                          << "D1"
                          << "";
    // §4.1.3: spBv1.0/STATE/<host id>
    QTest::newRow("STATE") << "spBv1.0/STATE/scada1" << true << int(T::State) << ""
                           << ""
                           << ""
                           << "scada1";
    QTest::newRow("STATE with more levels") << "spBv1.0/STATE/a/b" << false << 0 << ""
                                            << ""
                                            << ""
                                            << "";
    QTest::newRow("STATE without host") << "spBv1.0/STATE" << false << 0 << ""
                                        << ""
                                        << ""
                                        << "";
    QTest::newRow("node type with a device") << "spBv1.0/G1/NDATA/E1/D1" << false << 0 << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("device type without one") << "spBv1.0/G1/DDATA/E1" << false << 0 << ""
                                             << ""
                                             << ""
                                             << "";
    QTest::newRow("unknown type") << "spBv1.0/G1/NFOO/E1" << false << 0 << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("lower-case type") << "spBv1.0/G1/ndata/E1" << false << 0 << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("empty group") << "spBv1.0//NDATA/E1" << false << 0 << ""
                                 << ""
                                 << ""
                                 << "";
    QTest::newRow("empty device") << "spBv1.0/G/DDATA/E1/" << false << 0 << ""
                                  << ""
                                  << ""
                                  << "";
    QTest::newRow("too many levels") << "spBv1.0/G/DDATA/E1/D1/x" << false << 0 << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("wildcard") << "spBv1.0/+/NDATA/E1" << false << 0 << ""
                              << ""
                              << ""
                              << "";
    QTest::newRow("other namespace") << "spAv1.0/G1/NDATA/E1" << false << 0 << ""
                                     << ""
                                     << ""
                                     << "";
    QTest::newRow("plain topic") << "Sensor/imu/value" << false << 0 << ""
                                 << ""
                                 << ""
                                 << "";
}

void TestSparkplug::topics()
{
    QFETCH(QString, topic);
    QFETCH(bool, valid);
    QFETCH(int, type);
    QFETCH(QString, group);
    QFETCH(QString, node);
    QFETCH(QString, device);
    QFETCH(QString, host);
    const std::optional<SparkplugTopic> t = SparkplugTopic::parse(topic);
    QCOMPARE(t.has_value(), valid);
    QCOMPARE(isSparkplugTopic(topic), topic.startsWith(QLatin1String("spBv1.0/")));
    if (!valid)
        return;
    QCOMPARE(int(t->type), type);
    QCOMPARE(t->group, group);
    QCOMPARE(t->edgeNode, node);
    QCOMPARE(t->device, device);
    QCOMPARE(t->hostId, host);
    QCOMPARE(SparkplugTopic::typeName(t->type),
             topic.section(QLatin1Char('/'), host.isEmpty() ? 2 : 1, host.isEmpty() ? 2 : 1));
}

void TestSparkplug::dataTypeNames()
{
    QCOMPARE(sparkplugDataTypeName(0), QStringLiteral("Unknown"));
    QCOMPARE(sparkplugDataTypeName(3), QStringLiteral("Int32"));
    QCOMPARE(sparkplugDataTypeName(10), QStringLiteral("Double"));
    QCOMPARE(sparkplugDataTypeName(19), QStringLiteral("Template"));
    QCOMPARE(sparkplugDataTypeName(21), QStringLiteral("PropertySetList"));
    QCOMPARE(sparkplugDataTypeName(34), QStringLiteral("DateTimeArray"));
    QCOMPARE(sparkplugDataTypeName(77), QStringLiteral("Unknown (77)"));
}

void TestSparkplug::decodesBirthWithEveryType()
{
    const QByteArray bytes = payload(QStringLiteral("nbirth"));
    QVERIFY(!bytes.isEmpty());
    QString error;
    const std::optional<SparkplugPayload> p = decodeSparkplugPayload(bytes, &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->timestamp, std::optional<quint64>(1700000000000));
    QCOMPARE(p->seq, std::optional<quint64>(0));
    QCOMPARE(p->metrics.size(), 36);

    const auto value = [&](const char *name) {
        const SparkplugMetric *m = find(*p, QString::fromLatin1(name));
        return m ? m->value : QVariant(QStringLiteral("missing"));
    };
    const SparkplugMetric *bdSeq = find(*p, QStringLiteral("bdSeq"));
    QVERIFY(bdSeq);
    QCOMPARE(bdSeq->alias, std::optional<quint64>(1));
    QCOMPARE(bdSeq->datatype, quint32(SparkplugDataType::UInt64));
    QCOMPARE(value("bdSeq").toULongLong(), 7u);
    QCOMPARE(value("Node Control/Rebirth"), QVariant(false));
    QCOMPARE(value("i8").toLongLong(), -5);
    QCOMPARE(value("i16").toLongLong(), -300);
    QCOMPARE(value("i32").toLongLong(), -70000);
    QCOMPARE(value("i64").toLongLong(), -(qint64(1) << 40));
    QCOMPARE(value("u8").toULongLong(), 200u);
    QCOMPARE(value("u16").toULongLong(), 60000u);
    QCOMPARE(value("u32").toULongLong(), 4000000000u);
    QCOMPARE(value("u64").toULongLong(), (quint64(1) << 63) + 5);
    QCOMPARE(value("f").typeId(), QMetaType::Float);
    QCOMPARE(value("f").value<float>(), 1.5f);
    QCOMPARE(value("d").toDouble(), 3.141592653589793);
    QCOMPARE(value("b"), QVariant(true));
    QCOMPARE(value("s").toString(), QStringLiteral("h\u00e9llo \"q\"\n"));
    QCOMPARE(value("dt").toULongLong(), 1700000000123u);
    QCOMPARE(value("text").toString(), QStringLiteral("long text"));
    QCOMPARE(value("uuid").toString(), QStringLiteral("123e4567-e89b-12d3-a456-426614174000"));
    QCOMPARE(value("bytes").toByteArray(), QByteArray("\x00\x01\xff", 3));
    QCOMPARE(value("file").toByteArray(), QByteArray("hello"));
    QCOMPARE(find(*p, QStringLiteral("file"))->metadata.value(QStringLiteral("fileName")).toString(),
             QStringLiteral("hello.txt"));
    QCOMPARE(find(*p, QStringLiteral("file"))->metadata.value(QStringLiteral("size")).toULongLong(), 5u);

    const auto ints = [](const QVariant &v) {
        QList<qint64> out;
        for (const QVariant &e : v.toList())
            out.append(e.toLongLong());
        return out;
    };
    QCOMPARE(ints(value("a_i8")), (QList<qint64>{-1, 2, -128}));
    QCOMPARE(ints(value("a_i16")), (QList<qint64>{-300, 300}));
    QCOMPARE(ints(value("a_i32")), (QList<qint64>{-70000, 1}));
    QCOMPARE(ints(value("a_i64")), (QList<qint64>{-(qint64(1) << 40), qint64(1) << 62}));
    QCOMPARE(ints(value("a_u8")), (QList<qint64>{0, 255}));
    QCOMPARE(ints(value("a_u16")), (QList<qint64>{65535}));
    QCOMPARE(ints(value("a_u32")), (QList<qint64>{4000000000}));
    QCOMPARE(value("a_u64").toList().value(0).toULongLong(), ~quint64(0));
    QCOMPARE(value("a_u64").toList().value(1).toULongLong(), 3u);
    QCOMPARE(value("a_f").toList(), (QVariantList{QVariant(1.5f), QVariant(-2.25f)}));
    QCOMPARE(value("a_d").toList(), (QVariantList{0.1, -1e300}));
    QCOMPARE(value("a_b").toList(),
             (QVariantList{false, false, true, true, false, true, false, false, true, true, false, true}));
    QCOMPARE(value("a_s").toList(), (QVariantList{QStringLiteral("ab"), QString(), QStringLiteral("\u00e9")}));
    QCOMPARE(ints(value("a_dt")), (QList<qint64>{1700000000000}));

    const QVariantMap table = value("table").toMap();
    QCOMPARE(table.value(QStringLiteral("columns")).toStringList(),
             (QStringList{QStringLiteral("id"), QStringLiteral("name"), QStringLiteral("temp")}));
    QCOMPARE(table.value(QStringLiteral("types")).toStringList(),
             (QStringList{QStringLiteral("Int32"), QStringLiteral("String"), QStringLiteral("Double")}));
    const QVariantList rows = table.value(QStringLiteral("rows")).toList();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows[0].toList().value(0).toLongLong(), -1);
    QCOMPARE(rows[0].toList().value(1).toString(), QStringLiteral("a"));
    QCOMPARE(rows[1].toList().value(2).toDouble(), -1.25);

    const QVariantMap motor = value("motor").toMap();
    QCOMPARE(motor.value(QStringLiteral("version")).toString(), QStringLiteral("1.0"));
    QCOMPARE(motor.value(QStringLiteral("templateRef")).toString(), QStringLiteral("Motor"));
    QCOMPARE(motor.value(QStringLiteral("isDefinition")), QVariant(false));
    const QVariantMap rated = motor.value(QStringLiteral("parameters")).toList().value(0).toMap();
    QCOMPARE(rated.value(QStringLiteral("name")).toString(), QStringLiteral("rated"));
    QCOMPARE(rated.value(QStringLiteral("type")).toString(), QStringLiteral("Double"));
    QCOMPARE(rated.value(QStringLiteral("value")).toDouble(), 7.5);
    const QVariantList motorMetrics = motor.value(QStringLiteral("metrics")).toList();
    QCOMPARE(motorMetrics.size(), 2);
    QCOMPARE(motorMetrics[0].toMap().value(QStringLiteral("name")).toString(), QStringLiteral("rpm"));
    QCOMPARE(motorMetrics[0].toMap().value(QStringLiteral("value")).toLongLong(), 1500);
    const QVariantMap bearing = motorMetrics[1].toMap().value(QStringLiteral("value")).toMap();
    QCOMPARE(bearing.value(QStringLiteral("templateRef")).toString(), QStringLiteral("Bearing"));
    QCOMPARE(bearing.value(QStringLiteral("metrics")).toList().value(0).toMap().value(QStringLiteral("value")),
             QVariant(40.25f));

    const SparkplugMetric *nothing = find(*p, QStringLiteral("nothing"));
    QVERIFY(nothing);
    QVERIFY(nothing->isNull);
    QVERIFY(!nothing->value.isValid());
    QCOMPARE(nothing->datatype, quint32(SparkplugDataType::Int32));

    const SparkplugMetric *quality = find(*p, QStringLiteral("with quality"));
    QVERIFY(quality);
    QCOMPARE(quality->properties.value(QStringLiteral("Quality")).toLongLong(), 192);
    QCOMPARE(quality->properties.value(QStringLiteral("engUnit")).toString(), QStringLiteral("\u00b0C"));
    QCOMPARE(quality->properties.value(QStringLiteral("limits")).toMap().value(QStringLiteral("high")).toLongLong(), 100);
    for (const SparkplugMetric &m : p->metrics)
        QVERIFY2(m.warning.isEmpty(), qPrintable(m.name + QStringLiteral(": ") + m.warning));
}

void TestSparkplug::decodesBirthAsJson()
{
    const DecodedPayload d = decodeSparkplug(payload(QStringLiteral("nbirth")));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.decoder, QStringLiteral("Sparkplug B"));
    // Key order is the documented one, and what is compact stays compact.
    QVERIFY(d.json.startsWith("{\"timestamp\":1700000000000,\"seq\":0,\"metrics\":[{\"name\":\"bdSeq\",\"alias\":1,"
                              "\"datatype\":\"UInt64\",\"value\":7},"));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(d.json, &parseError);
    QVERIFY2(!doc.isNull(), qPrintable(parseError.errorString()));
    QHash<QString, QJsonObject> byName;
    for (const QJsonValue &m : doc.object().value(QStringLiteral("metrics")).toArray())
        byName.insert(m.toObject().value(QStringLiteral("name")).toString(), m.toObject());
    const auto v = [&](const char *name) {
        return byName.value(QString::fromLatin1(name)).value(QStringLiteral("value"));
    };
    // 64-bit values past 2^53 are strings; the rest numbers.
    QCOMPARE(v("u64"), QJsonValue(QStringLiteral("9223372036854775813")));
    QCOMPARE(v("i64"), QJsonValue(double(-(qint64(1) << 40))));
    QCOMPARE(v("a_u64"), QJsonValue(QJsonArray{QStringLiteral("18446744073709551615"), 3}));
    QCOMPARE(v("a_i64"), QJsonValue(QJsonArray{double(-(qint64(1) << 40)), QStringLiteral("4611686018427387904")}));
    QCOMPARE(v("bytes"), QJsonValue(QStringLiteral("AAH/")));
    QCOMPARE(v("f"), QJsonValue(1.5));
    QVERIFY(d.json.contains("\"name\":\"a_f\",\"alias\":28,\"datatype\":\"FloatArray\",\"value\":[1.5,-2.25]"));
    QVERIFY(d.json.contains("\"value\":[0.1,-1e+300]"));
    QVERIFY(
        d.json.contains("\"name\":\"s\",\"alias\":14,\"datatype\":\"String\",\"value\":\"h\xc3\xa9llo \\\"q\\\"\\n\""));
    QCOMPARE(v("table").toObject(),
             QJsonDocument::fromJson(R"({"columns":["id","name","temp"],"types":["Int32","String","Double"],)"
                                     R"("rows":[[-1,"a",20.5],[2,"b",-1.25]]})")
                 .object());
    QVERIFY(d.json.contains(R"("value":{"columns":["id","name","temp"],"types":["Int32","String","Double"],)"
                            R"("rows":[[-1,"a",20.5],[2,"b",-1.25]]})"));
    QVERIFY(d.json.contains(R"({"name":"motor","alias":34,"datatype":"Template","value":{"version":"1.0",)"
                            R"("templateRef":"Motor","isDefinition":false,"parameters":[{"name":"rated",)"
                            R"("type":"Double","value":7.5}],"metrics":[{"name":"rpm","datatype":"Int32",)"
                            R"("value":1500},{"name":"bearing","datatype":"Template","value":{"templateRef":)"
                            R"("Bearing","metrics":[{"name":"temp","datatype":"Float","value":40.25}]}}]}})"));
    QVERIFY(d.json.contains(R"({"name":"nothing","alias":35,"datatype":"Int32","value":null})"));
    QVERIFY(d.json.contains(R"({"name":"with quality","alias":36,"datatype":"Double","value":21.5,)"
                            R"("properties":{"Quality":192,"engUnit":"\u00b0C","limits":{"high":100}}})")
            || d.json.contains("\"properties\":{\"Quality\":192,\"engUnit\":\"\xc2\xb0"
                               "C\",\"limits\":{\"high\":100}}}"));
    QVERIFY(d.json.contains(R"({"name":"file","alias":19,"datatype":"File","value":"aGVsbG8=",)"
                            R"("metadata":{"fileName":"hello.txt","size":5}})"));
}

void TestSparkplug::decodesDataByAlias()
{
    const DecodedPayload d = decodeSparkplug(payload(QStringLiteral("ddata")));
    QVERIFY2(d.ok(), qPrintable(d.error));
    QCOMPARE(d.json, QByteArray(R"({"timestamp":1700000001000,"seq":255,"metrics":[{"alias":5,)"
                                R"("timestamp":1700000000999,"value":42},{"alias":12,"isHistorical":true,)"
                                R"("value":2.5},{"alias":13,"value":true}]})"));
}

void TestSparkplug::decodesMismatchedValues()
{
    QString error;
    const std::optional<SparkplugPayload> p = decodeSparkplugPayload(payload(QStringLiteral("mismatch")), &error);
    QVERIFY2(p, qPrintable(error));
    QCOMPARE(p->metrics.size(), 4);
    QCOMPARE(p->metrics[0].value, QVariant(1.5));
    QCOMPARE(p->metrics[0].warning, QStringLiteral("The datatype is Int32 but the value was sent in double_value."));
    QCOMPARE(p->metrics[1].datatype, 77u);
    QCOMPARE(p->metrics[1].value.toULongLong(), 9u);
    QVERIFY(p->metrics[1].warning.isEmpty());
    QVERIFY(!p->metrics[2].value.isValid());
    QCOMPARE(p->metrics[2].warning, QStringLiteral("3 bytes are not a whole number of 2-byte values of a Int16Array."));
    QCOMPARE(p->metrics[3].value.toLongLong(), 1000);
    QCOMPARE(p->metrics[3].warning, QStringLiteral("The value 1000 is out of range for Int8."));
    const QByteArray json = sparkplugToJson(*p);
    QVERIFY(json.contains(R"({"name":"future type","datatype":77,"value":9})"));
    QVERIFY(json.contains(R"("name":"odd array","datatype":"Int16Array","warning":"3 bytes)"));
}

void TestSparkplug::hostileInputs_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("error");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("Not a Sparkplug B payload: it is empty.");
    // '5' is field 6 with wire type 5 and "5.49" its four bytes: valid protobuf, not Sparkplug.
    QTest::newRow("a number as text")
        << QByteArray("55.49")
        << QStringLiteral("Not a Sparkplug B payload: it holds none of a Sparkplug B payload's fields (timestamp, "
                          "metrics, seq, uuid, body).");
    QTest::newRow("JSON") << QByteArray(R"({"temp":21.5})")
                          << QStringLiteral("Not a Sparkplug B payload: byte 0 starts field 15 with wire type 3, "
                                            "which Sparkplug B does not use.");
    QTest::newRow("cut-short varint") << QByteArray("\x08\xff", 2)
                                      << QStringLiteral("Not a Sparkplug B payload: the number in field timestamp at "
                                                        "byte 0 is cut short.");
    QTest::newRow("length past the end") << QByteArray("\x08\x01\x12\x10\x0a\x01", 6)
                                         << QStringLiteral("Not a Sparkplug B payload: field metrics at byte 2 says "
                                                           "it is 16 bytes long, but only 2 bytes follow.");
    QTest::newRow("broken metric") << QByteArray("\x08\x01\x12\x02\x0a\x05\x12\x00", 8)
                                   << QStringLiteral("Not a Sparkplug B payload: metric 0 (at byte 2) is not a valid "
                                                     "metric: a field inside it is cut short or malformed, or it "
                                                     "nests deeper than protobuf's 100 levels.");
    QTest::newRow("field 0") << QByteArray("\x00\x01", 2)
                             << QStringLiteral("Not a Sparkplug B payload: byte 0 starts a field numbered 0, which "
                                               "protobuf does not allow.");
}

void TestSparkplug::hostileInputs()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, error);
    const DecodedPayload d = decodeSparkplug(bytes);
    QCOMPARE(d.error, error);
    QVERIFY(d.json.isEmpty());
    QCOMPARE(d.decoder, QStringLiteral("Sparkplug B"));
}

void TestSparkplug::deepTemplates()
{
    // 20 templates in templates decode; 80 are past protobuf's 100 levels.
    const DecodedPayload ok = decodeSparkplug(payload(QStringLiteral("deep_ok")));
    QVERIFY2(ok.ok(), qPrintable(ok.error));
    QCOMPARE(ok.json.count("\"templateRef\""), 0);
    QCOMPARE(ok.json.count("\"datatype\":\"Template\""), 20);
    QVERIFY(ok.json.contains("\"name\":\"leaf\""));
    const DecodedPayload deep = decodeSparkplug(payload(QStringLiteral("deep")));
    QCOMPARE(deep.error,
             QStringLiteral("Not a Sparkplug B payload: metric 0 (at byte 2) is not a valid metric: a field "
                            "inside it is cut short or malformed, or it nests deeper than protobuf's 100 "
                            "levels."));
    // Truncated at every length: a sentence each time, never a crash.
    const QByteArray birth = payload(QStringLiteral("nbirth"));
    for (qsizetype n = 1; n < birth.size(); ++n) {
        const DecodedPayload d = decodeSparkplug(QByteArrayView(birth).first(n));
        QVERIFY(d.ok() != d.json.isEmpty());
        if (!d.ok())
            QVERIFY2(d.error.startsWith(QLatin1String("Not a Sparkplug B payload: ")), qPrintable(d.error));
    }
}

static const char everyTypeJson[] = R"({"timestamp":1700000000000,"seq":3,"metrics":[
 {"name":"bdSeq","alias":1,"datatype":"UInt64","value":7},
 {"name":"i8","datatype":"Int8","value":-5},
 {"name":"i16","datatype":2,"value":-300},
 {"name":"i32","datatype":"int32","value":-70000},
 {"name":"i64","datatype":"Int64","value":"-9223372036854775808"},
 {"name":"u32","datatype":"UInt32","value":4000000000},
 {"name":"u64","datatype":"UInt64","value":"18446744073709551615"},
 {"name":"f","datatype":"Float","value":1.25},
 {"name":"d","datatype":"Double","value":-0.1},
 {"name":"b","datatype":"Boolean","value":true},
 {"name":"s","datatype":"String","value":"x\u00e9"},
 {"name":"dt","datatype":"DateTime","value":1700000000123},
 {"name":"bytes","datatype":"Bytes","value":"AAH/"},
 {"name":"a_i16","datatype":"Int16Array","value":[-300,300]},
 {"name":"a_u64","datatype":"UInt64Array","value":["18446744073709551615",1]},
 {"name":"a_d","datatype":"DoubleArray","value":[0.5,-2]},
 {"name":"a_b","datatype":"BooleanArray","value":[true,false,false,false,false,false,false,false,true]},
 {"name":"a_s","datatype":"StringArray","value":["a","","bc"]},
 {"name":"table","datatype":"DataSet","value":{"columns":["id","t"],"types":["Int32","Double"],"rows":[[-1,2.5]]}},
 {"name":"motor","datatype":"Template","value":{"templateRef":"Motor","metrics":[{"name":"rpm","datatype":"Int16","value":-3}]}},
 {"name":"nothing","datatype":"Double","value":null},
 {"alias":9,"value":12},
 {"name":"q","datatype":"Double","value":1,"properties":{"Quality":192,"engUnit":"C"}}
],"uuid":"u-1"})";

void TestSparkplug::encodesForAnIndependentDecoder()
{
    QString error;
    const std::optional<QByteArray> bytes = encodeSparkplugFromJson(everyTypeJson, &error);
    QVERIFY2(bytes, qPrintable(error));
    const QJsonObject decoded = pythonDecode(*bytes);
    const QJsonObject message = decoded.value(QStringLiteral("message")).toObject();
    QCOMPARE(message.value(QStringLiteral("timestamp")).toString(), QStringLiteral("1700000000000"));
    QCOMPARE(message.value(QStringLiteral("seq")).toString(), QStringLiteral("3"));
    QCOMPARE(message.value(QStringLiteral("uuid")).toString(), QStringLiteral("u-1"));
    QHash<QString, QJsonObject> m;
    const QJsonArray metrics = message.value(QStringLiteral("metrics")).toArray();
    QCOMPARE(metrics.size(), 23);
    for (const QJsonValue &v : metrics)
        m.insert(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    const auto field = [&](const char *name, const char *key) {
        return m.value(QString::fromLatin1(name)).value(QLatin1String(key));
    };
    QCOMPARE(field("bdSeq", "datatype"), QJsonValue(8));
    QCOMPARE(field("bdSeq", "long_value"), QJsonValue(QStringLiteral("7")));
    QCOMPARE(field("bdSeq", "alias"), QJsonValue(QStringLiteral("1")));
    // Int8..Int32 go into int_value as 32-bit two's complement (Tahu's encoders do the same).
    QCOMPARE(field("i8", "int_value"), QJsonValue(double(0xFFFFFFFBu)));
    QCOMPARE(field("i16", "datatype"), QJsonValue(2));
    QCOMPARE(field("i16", "int_value"), QJsonValue(double(0x100000000 - 300)));
    QCOMPARE(field("i32", "datatype"), QJsonValue(3));
    QCOMPARE(field("i64", "long_value"), QJsonValue(QStringLiteral("9223372036854775808")));
    QCOMPARE(field("u32", "int_value"), QJsonValue(4000000000.0));
    QCOMPARE(field("u64", "long_value"), QJsonValue(QStringLiteral("18446744073709551615")));
    QCOMPARE(field("f", "float_value"), QJsonValue(1.25));
    QCOMPARE(field("d", "double_value"), QJsonValue(-0.1));
    QCOMPARE(field("b", "boolean_value"), QJsonValue(true));
    QCOMPARE(field("s", "string_value"), QJsonValue(QStringLiteral("x\u00e9")));
    QCOMPARE(field("dt", "long_value"), QJsonValue(QStringLiteral("1700000000123")));
    QCOMPARE(field("bytes", "bytes_value"), QJsonValue(QStringLiteral("AAH/")));
    QCOMPARE(field("table", "dataset_value").toObject(),
             QJsonDocument::fromJson(R"({"num_of_columns":"2","columns":["id","t"],"types":[3,10],)"
                                     R"("rows":[{"elements":[{"int_value":4294967295},{"double_value":2.5}]}]})")
                 .object());
    QCOMPARE(field("motor", "template_value").toObject(),
             QJsonDocument::fromJson(R"({"template_ref":"Motor","metrics":[{"name":"rpm","datatype":2,)"
                                     R"("int_value":4294967293}]})")
                 .object());
    QCOMPARE(field("nothing", "is_null"), QJsonValue(true));
    QCOMPARE(m.value(QString()).value(QStringLiteral("alias")), QJsonValue(QStringLiteral("9")));
    QCOMPARE(m.value(QString()).value(QStringLiteral("int_value")), QJsonValue(12));
    QCOMPARE(field("q", "properties").toObject(),
             QJsonDocument::fromJson(R"({"keys":["Quality","engUnit"],"values":[{"type":3,"int_value":192},)"
                                     R"({"type":12,"string_value":"C"}]})")
                 .object());
    const QJsonObject arrays = decoded.value(QStringLiteral("arrays")).toObject();
    QCOMPARE(arrays.value(QStringLiteral("a_i16")), QJsonValue(QJsonArray{-300, 300}));
    QCOMPARE(arrays.value(QStringLiteral("a_d")), QJsonValue(QJsonArray{0.5, -2}));
    QCOMPARE(arrays.value(QStringLiteral("a_b")),
             QJsonValue(QJsonArray{true, false, false, false, false, false, false, false, true}));
    QCOMPARE(arrays.value(QStringLiteral("a_s")),
             QJsonValue(QJsonArray{QStringLiteral("a"), QString(), QStringLiteral("bc")}));
    // Python's json writes 2^64-1 exactly; Qt reads it as a double.
    QCOMPARE(arrays.value(QStringLiteral("a_u64")).toArray().size(), 2);
    QCOMPARE(arrays.value(QStringLiteral("a_u64")).toArray().at(1), QJsonValue(1));
}

void TestSparkplug::encodeRoundTrip()
{
    // What we decode from the independent encoder's birth, encoded again, decodes to the same JSON.
    const DecodedPayload first = decodeSparkplug(payload(QStringLiteral("nbirth")));
    QVERIFY(first.ok());
    QString error;
    const std::optional<QByteArray> bytes = encodeSparkplugFromJson(first.json, &error);
    QVERIFY2(bytes, qPrintable(error));
    const DecodedPayload second = decodeSparkplug(*bytes);
    QVERIFY2(second.ok(), qPrintable(second.error));
    QCOMPARE(second.json, first.json);
    // encodeSparkplug() gives the same bytes as the JSON it writes.
    const std::optional<SparkplugPayload> p = decodeSparkplugPayload(*bytes);
    QVERIFY(p);
    QCOMPARE(encodeSparkplug(*p), *bytes);
}

void TestSparkplug::encodeErrors_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not JSON") << QByteArray("{\"metrics\":[")
                              << QStringLiteral("Cannot encode Sparkplug B: Invalid JSON at line 1, column 13 (byte "
                                                "12): Unexpected end of input inside an array (missing ']').");
    QTest::newRow("array") << QByteArray("[]")
                           << QStringLiteral("Cannot encode Sparkplug B: a Sparkplug B payload is a JSON object, not "
                                             "an array.");
    QTest::newRow("unknown key") << QByteArray(R"({"metrix":[]})")
                                 << QStringLiteral("Cannot encode Sparkplug B: unknown key \"metrix\" (known: "
                                                   "timestamp, seq, uuid, body, metrics).");
    QTest::newRow("out of range") << QByteArray(R"({"metrics":[{"name":"t","datatype":"UInt8","value":300}]})")
                                  << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").value: 300 is not "
                                                    "an integer from 0 to 255 (UInt8).");
    QTest::newRow("fraction for an integer")
        << QByteArray(R"({"metrics":[{"name":"t","datatype":"Int32","value":1.5}]})")
        << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").value: 1.5 is not an integer from "
                          "-2147483648 to 2147483647 (Int32).");
    QTest::newRow("unknown datatype") << QByteArray(R"({"metrics":[{"name":"t","datatype":"Int9","value":1}]})")
                                      << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").datatype: "
                                                        "\"Int9\" is not a Sparkplug B datatype (Int8 … "
                                                        "DateTimeArray).");
    QTest::newRow("string for a double")
        << QByteArray(R"({"metrics":[{"name":"t","datatype":"Double","value":"hot"}]})")
        << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").value: expected a number (or \"NaN\", "
                          "\"Infinity\", \"-Infinity\"), found a string.");
    QTest::newRow("bad base64") << QByteArray(R"({"metrics":[{"name":"t","datatype":"Bytes","value":"!!"}]})")
                                << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").value: the text is "
                                                  "not Base64.");
    QTest::newRow("dataset row") << QByteArray(R"({"metrics":[{"name":"t","datatype":"DataSet","value":)"
                                               R"({"columns":["a"],"types":["Int32"],"rows":[[1,2]]}}]})")
                                 << QStringLiteral("Cannot encode Sparkplug B: metrics[0] (\"t\").value.rows[0]: a "
                                                   "row is an array of 1 values, one per column.");
    QTest::newRow("object without datatype") << QByteArray(R"({"metrics":[{"alias":1,"value":{}}]})")
                                             << QStringLiteral("Cannot encode Sparkplug B: metrics[0].value: give the "
                                                               "metric a \"datatype\" to send an object.");
    QByteArray deep = R"({"metrics":[)";
    for (int i = 0; i < 70; ++i)
        deep += R"({"name":"t","datatype":"Template","value":{"metrics":[)";
    for (int i = 0; i < 70; ++i)
        deep += "]}}";
    deep += "]}";
    QTest::newRow("deep templates") << deep << QString();
}

void TestSparkplug::encodeErrors()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString actual;
    QVERIFY(!encodeSparkplugFromJson(json, &actual));
    if (error.isEmpty())
        QVERIFY2(actual.contains(QLatin1String("nested deeper than the 90 levels")), qPrintable(actual));
    else
        QCOMPARE(actual, error);
}

QTEST_GUILESS_MAIN(TestSparkplug)
#include "tst_sparkplug.moc"
