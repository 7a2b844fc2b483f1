#include "decoders/scriptengine.h"

#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>

#include <memory>

using namespace Signalbox;

namespace {

// The process's resident memory in bytes (proc(5)); -1 where there is no /proc.
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly))
        return -1;
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields.at(1).toLongLong() * 4096 : -1;
}

// The most resident memory the process has had (VmHWM in /proc/self/status); -1 without it.
qint64 peakResidentBytes()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').constFirst().toLongLong() * 1024;
    }
    return -1;
}

constexpr qint64 MiB = 1024 * 1024;

} // namespace

class TestScriptEngine : public QObject
{
    Q_OBJECT
private slots:
    void results_data();
    void results();
    void bytesArgument();
    void thrownErrorHasLine();
    void thrownValue();
    void syntaxError();
    void topLevelThrow();
    void definesNeither();
    void constFunction();
    void missingFunction();
    void unserializableResult();
    void consoleIsCapturedOrDropped();
    void noInputOutput_data();
    void noInputOutput();
    void loopIsStopped();
    void topLevelLoopIsStopped();
    void allocationIsStopped();
    void stopFromAnotherThread();

    void runnerLoads();
    void runnerThroughput();
    void runnerStopsLoopAndGoesOn();
    void runnerPublish();
    void runnerPublishStopped();
    void runnerTestKeepsScript();
    void runnerDestroyedWhileLooping();
};

void TestScriptEngine::results_data()
{
    QTest::addColumn<QString>("body"); // of receive(payload, topic)
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<bool>("isJson");
    QTest::addColumn<bool>("unchanged");
    QTest::newRow("object") << "return { c: (payload.f - 32) / 1.8, t: topic };" << QByteArray("{\"f\": 212}")
                            << QByteArray("{\"c\":100,\"t\":\"sensors/a\"}") << true << false;
    QTest::newRow("array") << "return [payload.length, 2];" << QByteArray("[1,2,3]") << QByteArray("[3,2]") << true
                           << false;
    QTest::newRow("string") << "return 'T=' + payload.t;" << QByteArray("{\"t\":21.5}") << QByteArray("T=21.5") << false
                            << false;
    QTest::newRow("number") << "return payload * 2;" << QByteArray("21") << QByteArray("42") << true << false;
    QTest::newRow("boolean") << "return payload.on === true;" << QByteArray("{\"on\":true}") << QByteArray("true")
                             << true << false;
    QTest::newRow("null is JSON") << "return null;" << QByteArray("x") << QByteArray("null") << true << false;
    QTest::newRow("undefined is unchanged") << "if (payload.skip) return; return 1;" << QByteArray("{\"skip\":1}")
                                            << QByteArray("{\"skip\":1}") << false << true;
    QTest::newRow("text payload stays text") << "return typeof payload + ':' + payload;" << QByteArray("hello")
                                             << QByteArray("string:hello") << false << false;
    QTest::newRow("looks like JSON but is not") << "return typeof payload + ':' + payload;" << QByteArray("nope")
                                                << QByteArray("string:nope") << false << false;
    QTest::newRow("JSON string") << "return typeof payload + ':' + payload;" << QByteArray("\"hi\"")
                                 << QByteArray("string:hi") << false << false;
    QTest::newRow("UTF-8") << "return payload.name + '!';" << QByteArray("{\"name\":\"grüße\"}") << QByteArray("grüße!")
                           << false << false;
    QTest::newRow("typed array is bytes")
        << "return new Uint8Array([0, 255, 1]);" << QByteArray("x") << QByteArray("\x00\xff\x01", 3) << false << false;
    QTest::newRow("ArrayBuffer is bytes")
        << "return new Uint8Array([65, 66]).buffer;" << QByteArray("x") << QByteArray("AB") << false << false;
}

void TestScriptEngine::results()
{
    QFETCH(QString, body);
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, output);
    QFETCH(bool, isJson);
    QFETCH(bool, unchanged);
    ScriptEngine engine;
    QString error;
    QVERIFY2(engine.load(QStringLiteral("function receive(payload, topic) {\n") + body + QStringLiteral("\n}"),
                         QStringLiteral("t.js"), &error),
             qPrintable(error));
    QVERIFY(error.isEmpty());
    QVERIFY(engine.hasReceive());
    QVERIFY(!engine.hasPublish());
    // Twice: the compiled function is reused, and a second call sees nothing of the first.
    for (int i = 0; i < 2; ++i) {
        const ScriptResult r = engine.receive(QStringLiteral("sensors/a"), payload);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QCOMPARE(r.output, output);
        QCOMPARE(r.isJson, isJson);
        QCOMPARE(r.unchanged, unchanged);
    }
}

void TestScriptEngine::bytesArgument()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("function publish(payload, topic, bytes) {\n"
                                       "  return bytes.length + ':' + bytes[0] + ':' + bytes[3];\n}"),
                        QStringLiteral("t.js"), &error));
    QVERIFY(engine.hasPublish());
    const ScriptResult r = engine.publish(QStringLiteral("t"), QByteArray("\xff\x00\x10\x80", 4));
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.output, QByteArray("4:255:128"));
    // The same payload as text: what is not UTF-8 is U+FFFD.
    QVERIFY(engine.load(
        QStringLiteral("function publish(payload) { return payload.length + ':' + payload.charCodeAt(0); }"),
        QStringLiteral("t.js"), &error));
    QCOMPARE(engine.publish(QStringLiteral("t"), QByteArray("\xff\x41", 2)).output, QByteArray("2:65533"));
    // Bytes changed in place come back as bytes.
    QVERIFY(engine.load(QStringLiteral("function publish(p, t, bytes) { return bytes.reverse(); }"),
                        QStringLiteral("t.js"), &error));
    QCOMPARE(engine.publish(QStringLiteral("t"), "abc").output, QByteArray("cba"));
}

void TestScriptEngine::thrownErrorHasLine()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("// convert\nfunction receive(payload) {\n  return x.y;\n}"),
                        QStringLiteral("t.js"), &error));
    const ScriptResult r = engine.receive(QStringLiteral("t"), "{}");
    QVERIFY(!r.ok());
    QCOMPARE(r.error, QStringLiteral("ReferenceError: x is not defined (line 3)"));
    QCOMPARE(r.line, 3);
    QVERIFY(r.output.isEmpty());
    // The engine goes on.
    QVERIFY(!engine.receive(QStringLiteral("t"), "{}").ok());
}

void TestScriptEngine::thrownValue()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive(p) { throw 'no ' + p.a; }"), QStringLiteral("t.js"), &error));
    const ScriptResult r = engine.receive(QStringLiteral("t"), "{\"a\":\"way\"}");
    QCOMPARE(r.error, QStringLiteral("The script threw: no way"));
    QVERIFY(!r.ok());
}

void TestScriptEngine::syntaxError()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(!engine.load(QStringLiteral("function receive(p) {\n  return p +;\n}"), QStringLiteral("t.js"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("SyntaxError: ")), qPrintable(error));
    QVERIFY2(error.endsWith(QStringLiteral(" (line 2)")), qPrintable(error));
    QCOMPARE(engine.loadErrorLine(), 2);
    // A brace left open is an error on the source's last line, not past it.
    QVERIFY(!engine.load(QStringLiteral("function receive(p) {\n  return p;\n"), QStringLiteral("t.js"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("SyntaxError: ")), qPrintable(error));
    QCOMPARE(engine.loadErrorLine(), 3);
    // A comment on the last line hides nothing.
    QVERIFY(!engine.hasReceive());
    QCOMPARE(engine.receive(QStringLiteral("t"), "1").error, QStringLiteral("No script is loaded."));
    // A comment on the last line hides nothing.
    QVERIFY(engine.load(QStringLiteral("function receive(p) { return p; } // the end"), QStringLiteral("t.js"), &error));
    QVERIFY(engine.hasReceive());
}

void TestScriptEngine::topLevelThrow()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(!engine.load(QStringLiteral("function receive(p) { return p; }\n\nthrow 'not today';"),
                         QStringLiteral("t.js"), &error));
    QCOMPARE(error, QStringLiteral("The script threw: not today (line 3)"));
    QVERIFY(!engine.hasReceive());
    QVERIFY(!engine.load(QStringLiteral("\nnull.x;\nfunction receive(p) { return p; }"), QStringLiteral("t.js"), &error));
    QVERIFY2(error.startsWith(QStringLiteral("TypeError: ")) && error.endsWith(QStringLiteral(" (line 2)")),
             qPrintable(error));
}

void TestScriptEngine::definesNeither()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(!engine.load(QStringLiteral("function recieve(p) { return p; }\nvar publish = 3;"), QStringLiteral("t.js"),
                         &error));
    QCOMPARE(error, QStringLiteral("The script defines neither receive(payload, topic) nor publish(payload, topic)."));
    QVERIFY(!engine.hasReceive());
    QVERIFY(!engine.hasPublish());
    // A script that did load is replaced by one that does not.
    QVERIFY(engine.load(QStringLiteral("function receive(p) { return 1; }"), QStringLiteral("t.js"), &error));
    QVERIFY(error.isEmpty());
    QVERIFY(!engine.load(QStringLiteral("1 +"), QStringLiteral("t.js"), &error));
    QVERIFY(!engine.hasReceive());
}

void TestScriptEngine::constFunction()
{
    ScriptEngine engine;
    QString error;
    QVERIFY2(engine.load(QStringLiteral("const scale = 10;\nconst receive = (p) => p * scale;\n"
                                        "let publish = function (p, t) { return t; };"),
                         QStringLiteral("t.js"), &error),
             qPrintable(error));
    QCOMPARE(engine.receive(QStringLiteral("t"), "4").output, QByteArray("40"));
    QCOMPARE(engine.publish(QStringLiteral("a/b"), "4").output, QByteArray("a/b"));
}

void TestScriptEngine::missingFunction()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive(p) { return p; }"), QStringLiteral("t.js"), &error));
    const ScriptResult r = engine.publish(QStringLiteral("t"), "1");
    QCOMPARE(r.error, QStringLiteral("The script defines no publish(payload, topic) function."));
}

void TestScriptEngine::unserializableResult()
{
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive(p) { if (p === 1) return function () {};\n"
                                       "  if (p === 3) return Promise.resolve(1);\n"
                                       "  const o = {}; o.self = o; return o; }"),
                        QStringLiteral("t.js"), &error));
    QCOMPARE(engine.receive(QStringLiteral("t"), "1").error,
             QStringLiteral("The script returned a function, which has no JSON form."));
    QCOMPARE(engine.receive(QStringLiteral("t"), "3").error,
             QStringLiteral("The script returned a Promise, which has no JSON form."));
    const ScriptResult cyclic = engine.receive(QStringLiteral("t"), "2");
    QVERIFY2(cyclic.error.startsWith(QStringLiteral("The script's result cannot be written as JSON: TypeError")),
             qPrintable(cyclic.error));
}

void TestScriptEngine::consoleIsCapturedOrDropped()
{
    const QString source = QStringLiteral(
        "console.log('loading');\n"
        "function receive(p, t) {\n"
        "  console.log('got', p, t); console.warn(p.a); console.error(); console.debug(1);\n"
        "  for (let i = 0; i < 500; ++i) console.info(i);\n"
        "  return p.a;\n}");
    ScriptEngine engine;
    QString error;
    QVERIFY2(engine.load(source, QStringLiteral("t.js"), &error), qPrintable(error));
    ScriptResult r = engine.receive(QStringLiteral("x/y"), "{\"a\":1}");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.output, QByteArray("1"));
    QVERIFY(r.console.isEmpty());

    engine.setCaptureConsole(true);
    r = engine.receive(QStringLiteral("x/y"), "{\"a\":1}");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.console.size(), 100); // at most 100 lines a call
    QCOMPARE(r.console.at(0), QStringLiteral("got {\"a\":1} x/y"));
    QCOMPARE(r.console.at(1), QStringLiteral("1"));
    QCOMPARE(r.console.at(2), QString());
    QCOMPARE(r.console.at(3), QStringLiteral("1"));
    QCOMPARE(r.console.at(4), QStringLiteral("0"));
    // Each call has lines of its own.
    QVERIFY(engine.load(QStringLiteral("function receive(p) { if (p) console.log('once'); }"), QStringLiteral("t.js"),
                        &error));
    QCOMPARE(engine.receive(QStringLiteral("t"), "1").console, QStringList{QStringLiteral("once")});
    QCOMPARE(engine.receive(QStringLiteral("t"), "0").console, QStringList());
}

void TestScriptEngine::noInputOutput_data()
{
    QTest::addColumn<QString>("expression");
    QTest::newRow("no require") << "typeof require";
    QTest::newRow("no XMLHttpRequest") << "typeof XMLHttpRequest";
    QTest::newRow("no fetch") << "typeof fetch";
    QTest::newRow("no Qt object") << "typeof Qt";
    QTest::newRow("no print") << "typeof print";
    QTest::newRow("no gc") << "typeof gc";
    QTest::newRow("no process") << "typeof process";
}

void TestScriptEngine::noInputOutput()
{
    QFETCH(QString, expression);
    ScriptEngine engine;
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive() { return ") + expression + QStringLiteral("; }"),
                        QStringLiteral("t.js"), &error));
    QCOMPARE(engine.receive(QStringLiteral("t"), {}).output, QByteArray("undefined"));
    // Modules are files: `import` is no part of a script.
    QVERIFY(!engine.load(QStringLiteral("function receive() { return import('/etc/passwd'); }"), QStringLiteral("t.js"),
                         &error));
    QVERIFY2(error.startsWith(QStringLiteral("SyntaxError")), qPrintable(error));
}

void TestScriptEngine::loopIsStopped()
{
    ScriptEngine engine(ScriptLimits{200, 256 * MiB});
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive(p) {\n  if (p.spin) { while (true) {} }\n"
                                       "  if (p.catching) { for (;;) { try { while (true) {} } catch (e) {} } }\n"
                                       "  return p.n + 1;\n}"),
                        QStringLiteral("t.js"), &error));
    for (const char *payload : {"{\"spin\":true}", "{\"catching\":true}"}) {
        const ScriptResult r = engine.receive(QStringLiteral("t"), payload);
        QCOMPARE(r.error, QStringLiteral("The script ran longer than 200 ms and was stopped."));
        QVERIFY(r.output.isEmpty());
        // The next call runs normally, and is not interrupted.
        const ScriptResult next = engine.receive(QStringLiteral("t"), "{\"n\":1}");
        QVERIFY2(next.ok(), qPrintable(next.error));
        QCOMPARE(next.output, QByteArray("2"));
    }
}

void TestScriptEngine::topLevelLoopIsStopped()
{
    ScriptEngine engine(ScriptLimits{100, 256 * MiB});
    QString error;
    QVERIFY(!engine.load(QStringLiteral("function receive(p) { return p; }\nwhile (true) {}"), QStringLiteral("t.js"),
                         &error));
    QCOMPARE(error, QStringLiteral("The script ran longer than 100 ms and was stopped."));
    QVERIFY(!engine.hasReceive());
    QVERIFY(engine.load(QStringLiteral("function receive(p) { return p; }"), QStringLiteral("t.js"), &error));
    QCOMPARE(engine.receive(QStringLiteral("t"), "7").output, QByteArray("7"));
}

void TestScriptEngine::allocationIsStopped()
{
    if (residentBytes() < 0)
        QSKIP("The memory bound reads /proc/self/statm (Linux only).");
    // A time limit far away, so that it is the memory that stops the script.
    const ScriptLimits limits{120000, 64 * MiB};
    ScriptEngine engine(limits);
    QString error;
    QVERIFY(
        engine.load(QStringLiteral("var kept = [];\n"
                                   "function receive(p) {\n"
                                   "  if (p === 'grow') { let a = []; while (true) a.push(new Array(1e6).fill(1)); }\n"
                                   "  if (p === 'keep') { kept.push(new Array(1e5).fill(1)); return kept.length; }\n"
                                   "  return 'fine';\n}"),
                    QStringLiteral("t.js"), &error));
    const ScriptResult first = engine.receive(QStringLiteral("t"), "keep");
    QVERIFY2(first.ok(), qPrintable(first.error));
    QCOMPARE(first.output, QByteArray("1"));
    const qint64 before = residentBytes();
    const ScriptResult r = engine.receive(QStringLiteral("t"), "grow");
    QCOMPARE(r.error, QStringLiteral("The script used more than 64 MB and was stopped."));
    QVERIFY(!r.ok());
    // The engine was made anew: what the script held is given back, and nothing grows on.
    const qint64 stopped = residentBytes();
    QTest::qWait(500);
    const qint64 later = residentBytes();
    const qint64 peak = peakResidentBytes();
    qInfo("resident memory: %lld MB before, %lld MB at most, %lld MB once stopped, %lld MB half a second later",
          before / MiB, peak / MiB, stopped / MiB, later / MiB);
    // The bound held, give or take what the script allocates between two samples (generous).
    QVERIFY2(peak < before + limits.memoryBytes + 192 * MiB, "the script went far past its memory bound");
    QVERIFY2(stopped < before + limits.memoryBytes, "the script's memory was not given back");
    QVERIFY2(later < stopped + 32 * MiB, "memory still grows after the script was stopped");
    // The script runs again, with fresh globals.
    QCOMPARE(engine.receive(QStringLiteral("t"), "x").output, QByteArray("fine"));
    const ScriptResult kept = engine.receive(QStringLiteral("t"), "keep");
    QVERIFY2(kept.ok(), qPrintable(kept.error));
    QCOMPARE(kept.output, QByteArray("1"));
}

void TestScriptEngine::stopFromAnotherThread()
{
    ScriptEngine engine(ScriptLimits{0, 0}); // no limits: only stop() ends it
    QString error;
    QVERIFY(engine.load(QStringLiteral("function receive(p) { while (p) {} return 1; }"), QStringLiteral("t.js"), &error));
    std::unique_ptr<QThread> stopper(QThread::create([&engine] {
        QThread::msleep(100);
        engine.stop();
    }));
    stopper->start();
    const ScriptResult r = engine.receive(QStringLiteral("t"), "1");
    stopper->wait();
    QCOMPARE(r.error, QStringLiteral("The script was stopped."));
    // Stopped for good, even a call that would end.
    QCOMPARE(engine.receive(QStringLiteral("t"), "0").error, QStringLiteral("The script was stopped."));
}

void TestScriptEngine::runnerLoads()
{
    ScriptRunner runner;
    QSignalSpy loaded(&runner, &ScriptRunner::loaded);
    runner.setScript(QStringLiteral("function receive(p) {\n  return p +;\n}"), QStringLiteral("bad.js"));
    QVERIFY(loaded.wait(30000));
    const QString error = loaded.takeFirst().at(0).toString();
    QVERIFY2(error.startsWith(QStringLiteral("SyntaxError")) && error.endsWith(QStringLiteral("(line 2)")),
             qPrintable(error));
    runner.setScript(QStringLiteral("function receive(p) { return p; }"), QStringLiteral("good.js"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.takeFirst().at(0).toString(), QString());
}

void TestScriptEngine::runnerThroughput()
{
    ScriptRunner runner;
    QList<quint64> ids;
    QList<ScriptResult> results;
    int batches = 0;
    connect(&runner, &ScriptRunner::transformed, this,
            [&](const QList<quint64> &batchIds, const QList<ScriptResult> &batchResults) {
                QCOMPARE(batchIds.size(), batchResults.size());
                ids += batchIds;
                results += batchResults;
                ++batches;
            });
    runner.setScript(QStringLiteral("function receive(p, topic) { return { n: p.n * 2, topic: topic }; }"),
                     QStringLiteral("double.js"));
    constexpr int Count = 10000;
    QElapsedTimer timer;
    timer.start();
    for (int i = 0; i < Count; ++i)
        runner.submit(quint64(i) + 1000, QStringLiteral("s/") + QString::number(i % 7),
                      QByteArray("{\"n\":") + QByteArray::number(i) + '}');
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), Count, 120000);
    QCOMPARE(runner.queuedCount(), 0);
    qInfo("%d messages through the script in %lld ms, in %d batches", Count, qint64(timer.elapsed()), batches);
    QVERIFY2(batches < Count / 10, "results should come back in batches");
    for (int i = 0; i < Count; ++i) {
        QCOMPARE(ids.at(i), quint64(i) + 1000);
        const ScriptResult &r = results.at(i);
        QVERIFY2(r.ok(), qPrintable(r.error));
        QVERIFY(r.isJson);
        QCOMPARE(r.output, QByteArray("{\"n\":") + QByteArray::number(i * 2) + QByteArray(",\"topic\":\"s/")
                               + QByteArray::number(i % 7) + QByteArray("\"}"));
    }
}

void TestScriptEngine::runnerStopsLoopAndGoesOn()
{
    ScriptRunner runner(ScriptLimits{200, 256 * MiB});
    QList<quint64> ids;
    QList<ScriptResult> results;
    connect(&runner, &ScriptRunner::transformed, this,
            [&](const QList<quint64> &batchIds, const QList<ScriptResult> &batchResults) {
                ids += batchIds;
                results += batchResults;
            });
    // Before any script: an error per payload, nothing lost.
    runner.submit(1, QStringLiteral("t"), "0");
    runner.setScript(
        QStringLiteral("function deeper(n) { return deeper(n + 1) + 1; }\n"
                       "function receive(p) { while (p.spin) {} if (p.deep) deeper(0); return 'ok ' + p.n; }"),
        QStringLiteral("spin.js"));
    runner.submit(2, QStringLiteral("t"), "{\"spin\":true}");
    runner.submit(3, QStringLiteral("t"), "{\"n\":3}");
    // Recursion without end in the runner's thread: the engine knows that thread's stack.
    runner.submit(4, QStringLiteral("t"), "{\"deep\":true}");
    runner.submit(5, QStringLiteral("t"), "{\"n\":5}");
    QTRY_COMPARE_WITH_TIMEOUT(ids.size(), 5, 60000);
    QCOMPARE(ids, (QList<quint64>{1, 2, 3, 4, 5}));
    QCOMPARE(results.at(0).error, QStringLiteral("No script is loaded."));
    QCOMPARE(results.at(1).error, QStringLiteral("The script ran longer than 200 ms and was stopped."));
    QCOMPARE(results.at(2).output, QByteArray("ok 3"));
    QVERIFY2(results.at(3).error.startsWith(QStringLiteral("RangeError: Maximum call stack size exceeded")),
             qPrintable(results.at(3).error));
    QCOMPARE(results.at(3).line, 1);
    QCOMPARE(results.at(4).output, QByteArray("ok 5"));
}

// Runs publish() through the runner and waits for its answer.
static ScriptResult publishThrough(ScriptRunner &runner, quint64 id, const QString &topic, const QByteArray &payload)
{
    QSignalSpy published(&runner, &ScriptRunner::published);
    runner.submitPublish(id, topic, payload);
    if (!published.wait(30000))
        return ScriptResult{{}, false, false, QStringLiteral("no answer"), 0, {}};
    if (published.first().at(0).toULongLong() != id)
        return ScriptResult{{}, false, false, QStringLiteral("another id"), 0, {}};
    return published.first().at(1).value<ScriptResult>();
}

void TestScriptEngine::runnerPublish()
{
    ScriptRunner runner;
    // No script: publish as typed.
    ScriptResult r = publishThrough(runner, 1, QStringLiteral("t"), "as typed");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.unchanged);
    QCOMPARE(r.output, QByteArray("as typed"));

    QSignalSpy loaded(&runner, &ScriptRunner::loaded);
    runner.setScript(QStringLiteral("function publish(p, topic) { return { value: p, at: topic }; }"),
                     QStringLiteral("pub.js"));
    QVERIFY(loaded.wait(30000));
    r = publishThrough(runner, 2, QStringLiteral("cmd/x"), "5");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QVERIFY(r.isJson);
    QCOMPARE(r.output, QByteArray("{\"value\":5,\"at\":\"cmd/x\"}"));
    // Many publishes come back in the order they were asked for.
    QList<quint64> order;
    QList<QByteArray> outputs;
    connect(&runner, &ScriptRunner::published, this, [&](quint64 id, const ScriptResult &result) {
        order.append(id);
        outputs.append(result.output);
    });
    for (quint64 i = 0; i < 100; ++i)
        runner.submitPublish(100 + i, QStringLiteral("t"), QByteArray::number(i));
    QTRY_COMPARE_WITH_TIMEOUT(order.size(), 100, 60000);
    for (quint64 i = 0; i < 100; ++i) {
        QCOMPARE(order.at(qsizetype(i)), 100 + i);
        QCOMPARE(outputs.at(qsizetype(i)), "{\"value\":" + QByteArray::number(i) + ",\"at\":\"t\"}");
    }
    // A publish asked for right after a new script goes through that script.
    runner.setScript(QStringLiteral("function publish(p) { return 'v2 ' + p; }"), QStringLiteral("pub2.js"));
    r = publishThrough(runner, 2, QStringLiteral("t"), "x");
    QCOMPARE(r.output, QByteArray("v2 x"));
    // A script with receive() only leaves publishing alone.
    runner.setScript(QStringLiteral("function receive(p) { return 1; }"), QStringLiteral("recv.js"));
    r = publishThrough(runner, 3, QStringLiteral("t"), "x");
    QVERIFY(r.unchanged);
    QCOMPARE(r.output, QByteArray("x"));
}

void TestScriptEngine::runnerPublishStopped()
{
    ScriptRunner runner(ScriptLimits{200, 256 * MiB});
    QSignalSpy loaded(&runner, &ScriptRunner::loaded);
    QList<ScriptResult> results;
    connect(&runner, &ScriptRunner::transformed, this,
            [&](const QList<quint64> &, const QList<ScriptResult> &batchResults) { results += batchResults; });
    runner.setScript(QStringLiteral("function receive(p) { while (true) {} }\n"
                                    "function publish(p) { while (p.spin) {} return p.n; }"),
                     QStringLiteral("spin.js"));
    QVERIFY(loaded.wait(30000));
    QCOMPARE(loaded.takeFirst().at(0).toString(), QString());
    // publish() that never ends is stopped, and says so: the caller does not publish.
    ScriptResult r = publishThrough(runner, 1, QStringLiteral("t"), "{\"spin\":true}");
    QCOMPARE(r.error, QStringLiteral("The script ran longer than 200 ms and was stopped."));
    // Behind receive()s that loop until stopped (200 ms each), a publish goes first: at
    // most the one running when it was asked comes back before it.
    runner.submit(QList<ScriptRunner::Job>{
        {1, QStringLiteral("t"), "1"}, {2, QStringLiteral("t"), "2"}, {3, QStringLiteral("t"), "3"}});
    r = publishThrough(runner, 7, QStringLiteral("t"), "{\"n\":7}");
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.output, QByteArray("7"));
    QVERIFY2(results.size() <= 1, qPrintable(QString::number(results.size())));
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 3, 60000);
    QVERIFY(!results.at(0).ok());
    QVERIFY(!results.at(2).ok());
}

void TestScriptEngine::runnerTestKeepsScript()
{
    ScriptRunner runner;
    QSignalSpy tested(&runner, &ScriptRunner::testFinished);
    QList<ScriptResult> results;
    connect(&runner, &ScriptRunner::transformed, this,
            [&](const QList<quint64> &, const QList<ScriptResult> &batchResults) { results += batchResults; });
    runner.setScript(QStringLiteral("function receive(p) { return 'kept'; }"), QStringLiteral("kept.js"));
    runner.test(QStringLiteral("function receive(p, t) { console.log('seen', t); return { twice: p * 2 }; }"),
                QStringLiteral("a/b"), "21");
    QVERIFY(tested.wait(30000));
    const ScriptResult r = tested.takeFirst().at(0).value<ScriptResult>();
    QVERIFY2(r.ok(), qPrintable(r.error));
    QCOMPARE(r.output, QByteArray("{\"twice\":42}"));
    QCOMPARE(r.console, QStringList{QStringLiteral("seen a/b")});

    runner.test(QStringLiteral("function receive(p) {\n\n  return p.;\n}"), QStringLiteral("t"), "1");
    QVERIFY(tested.wait(30000));
    const ScriptResult bad = tested.takeFirst().at(0).value<ScriptResult>();
    QVERIFY(!bad.ok());
    QCOMPARE(bad.line, 3);

    runner.submit(1, QStringLiteral("t"), "1");
    QTRY_COMPARE_WITH_TIMEOUT(results.size(), 1, 30000);
    QCOMPARE(results.at(0).output, QByteArray("kept"));
}

void TestScriptEngine::runnerDestroyedWhileLooping()
{
    // No time limit: only the destructor's interrupt can end the loop.
    auto runner = std::make_unique<ScriptRunner>(ScriptLimits{0, 0});
    QSignalSpy loaded(runner.get(), &ScriptRunner::loaded);
    runner->setScript(QStringLiteral("function receive(p) { while (true) {} }"), QStringLiteral("spin.js"));
    QVERIFY(loaded.wait(30000));
    runner->submit(1, QStringLiteral("t"), "1");
    QTest::qWait(200);
    QElapsedTimer timer;
    timer.start();
    runner.reset();
    QVERIFY2(timer.elapsed() < 30000, "the runner's thread was not stopped");
}

QTEST_GUILESS_MAIN(TestScriptEngine)
#include "tst_scriptengine.moc"
