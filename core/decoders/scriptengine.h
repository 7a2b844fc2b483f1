#pragma once

#include <QByteArray>
#include <QJSValue>
#include <QList>
#include <QMetaType>
#include <QObject>
#include <QString>
#include <QStringList>

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <thread>

class QJSEngine;

// Scripts: small JavaScript functions the user binds to topic filters (what
// MQTTX calls "Script"), that turn a received payload into what is shown and
// plotted, and a payload into what is published.
//
// The script's source defines either function or both, at the top level:
//
//     function receive(payload, topic) { return { celsius: (payload.f - 32) / 1.8 }; }
//     function publish(payload, topic, bytes) { return bytes.reverse(); }
//
// - payload: the payload parsed as JSON (JSON.parse) when it is valid JSON, a
//   scalar included ("42" gives the number 42), else the payload as text (UTF-8;
//   bytes that are not UTF-8 become U+FFFD). Integers past 2^53 lose precision,
//   as anywhere in JavaScript.
// - topic: the topic name, a string.
// - bytes: the raw payload as a Uint8Array, a copy of its own; given only to a
//   function that declares a third parameter, so that the others do not pay for it.
//
// What the function returns:
// - undefined (no return, or `return;`): the payload is shown or published
//   unchanged (ScriptResult::unchanged; output holds the payload as it was);
// - a string: that text (UTF-8);
// - an ArrayBuffer or a typed array (a Uint8Array...): those bytes, as they are;
// - anything else (an object, an array, a number, a boolean, null): JSON.stringify's
//   compact JSON of it (isJson). A value JSON cannot write (a function) is an error.
// - a Promise (an async function) is an error: the functions run synchronously, and
//   nothing runs after they return (Promise reactions never run in ScriptRunner's thread).
//
// console.log/info/warn/error/debug write nowhere, except in ScriptEngine::setCaptureConsole()
// (the script editor's test box), where up to 100 lines a call come back in ScriptResult::console.
// Scripts have no I/O: the engine has the language's built-ins (JSON, Math, Date,
// typed arrays...) and the console above, nothing that reaches files, the network,
// processes or other scripts (no QJSEngine extension is installed; `import` is a
// syntax error in a script).
//
// Limits, per call of a function (and for the source's top-level code in load()):
// - time: a watchdog thread interrupts the script (QJSEngine::setInterrupted) once it
//   has run longer than ScriptLimits::timeoutMs; the call fails with "The script ran
//   longer than 500 ms and was stopped." and the next call runs normally.
// - memory: QJSEngine has no memory limit, so the watchdog samples the process's
//   resident memory (Linux: /proc/self/statm) every 10 ms while a call runs, and
//   interrupts the script when it grew by more than ScriptLimits::memoryBytes since
//   the first sample of that call (taken at most 10 ms after the call began, so a
//   script can go past the bound by what it allocates in 10 ms). The engine is then
//   dropped and the source loaded into a new one, which frees what the script held
//   (and forgets its global variables). What the process as a whole allocates counts,
//   so another thread allocating a lot during a call, or two scripts running at once,
//   can be taken for the script; and a script that keeps a little more in a global at
//   each call is not caught, as each call is measured alone. Where the resident memory
//   cannot be read (platforms other than Linux) only the time limit holds.
// - Neither can stop a single built-in call that runs long inside the engine (a huge
//   `"x".repeat(1e9)` or `new Array(1e9).fill(0)`): the interrupt lands when it returns.
// A limit <= 0 turns that limit off.
namespace Signalbox {

struct ScriptResult
{
    QByteArray output; // what the script returned: text as UTF-8, bytes as they are, other values as compact JSON
    bool isJson = false; // output is JSON (an object, array, number, bool or null returned)
    bool unchanged = false; // the function returned undefined: output is the payload as it was
    QString error; // "ReferenceError: x is not defined (line 3)", "The script ran longer than 500 ms and was stopped."
    int line = 0; // the line of the error in the source, when known (not for a thrown value that is no Error)
    QStringList console; // console.log's lines, only with ScriptEngine::setCaptureConsole(true)
    bool ok() const { return error.isEmpty(); }
};

struct ScriptLimits
{
    int timeoutMs = 500;
    qint64 memoryBytes = 256ll * 1024 * 1024;
};

class ScriptWatchdog;

// One script in one QJSEngine, used from the thread that created it (QJSEngine is
// thread-affine): every function, the destructor included, in that thread. Each engine
// has a watchdog thread of its own, asleep while no script runs.
class ScriptEngine
{
public:
    explicit ScriptEngine(const ScriptLimits &limits = {});
    ~ScriptEngine();
    ScriptEngine(const ScriptEngine &) = delete;
    ScriptEngine &operator=(const ScriptEngine &) = delete;

    // Compiles the source and runs its top-level code (under the limits), in a new engine.
    // On a syntax error, an exception at the top level, a limit, or a source that defines
    // neither function: false, *error says why in one sentence ("SyntaxError: Unexpected
    // token `}' (line 3)"; a line when known), and no script is loaded (hasReceive() and
    // hasPublish() are false). name is the file name errors and stack traces give.
    bool load(const QString &source, const QString &name, QString *error);
    // The line of the last load()'s error, when known; 0 otherwise.
    int loadErrorLine() const { return m_loadErrorLine; }
    bool hasReceive() const { return m_receive.isCallable(); }
    bool hasPublish() const { return m_publish.isCallable(); }
    // Runs receive() or publish() on the payload. Without a loaded script or that
    // function: an error. After the memory limit stopped a call, the source is loaded
    // anew (see above); should that fail, no script is loaded.
    ScriptResult receive(const QString &topic, const QByteArray &payload);
    ScriptResult publish(const QString &topic, const QByteArray &payload);

    // console.log's lines come back in ScriptResult::console (the test box); off by default.
    void setCaptureConsole(bool capture) { m_captureConsole = capture; }
    // Thread-safe, for shutting down: stops the call running now, if any, and fails every
    // later one at once, with "The script was stopped.".
    void stop();
    const ScriptLimits &limits() const { return m_limits; }

private:
    enum class Function { Receive, Publish };
    bool compile(QString *error, int *line);
    ScriptResult run(Function function, const QString &topic, const QByteArray &payload);
    void unload();

    ScriptLimits m_limits;
    std::unique_ptr<ScriptWatchdog> m_watchdog;
    std::unique_ptr<QJSEngine> m_engine;
    QString m_source, m_name;
    QJSValue m_call; // the wrapper that parses the payload, calls and sorts out the result
    QJSValue m_box; // [kind, value, console lines]: where m_call puts what it found
    QJSValue m_receive, m_publish;
    bool m_receiveBytes = false, m_publishBytes = false; // the function declares `bytes`
    bool m_captureConsole = false;
    int m_loadErrorLine = 0;
};

// A ScriptEngine in a thread of its own, for the window: scripts never run on the GUI
// thread. The functions are called from the thread that created the runner (they are
// not thread-safe among themselves); its signals come in that thread.
class ScriptRunner : public QObject
{
    Q_OBJECT
public:
    explicit ScriptRunner(const ScriptLimits &limits = {}, QObject *parent = nullptr);
    ~ScriptRunner() override; // stops the thread, interrupting a running script

    // Replaces the script (asynchronously); loaded(error) tells how it went (empty: loaded).
    // Scripts, payloads and tests run in the order they were asked for, so a payload
    // submitted after setScript() goes through the new script, one before through the old.
    void setScript(const QString &source, const QString &name);
    // Queues payloads to transform (receive()); results come back in order, batched,
    // through transformed(). Without a loaded receive(), each result is an error.
    void submit(quint64 id, const QString &topic, const QByteArray &payload);
    struct Job
    {
        quint64 id = 0;
        QString topic;
        QByteArray payload;
    };
    // The same for many payloads at once: one lock and one wake-up for the lot.
    void submit(QList<Job> jobs);
    // Requests not yet begun (payloads, scripts, tests): nothing bounds the queue, so a
    // caller that may submit faster than the script runs watches this (thread-safe).
    qsizetype queuedCount() const;
    // For a publish: runs publish() on the payload ahead of the payloads queued for
    // receive() (publishes among themselves keep their order), and gives the result
    // through published(id, result). Without a loaded publish(): the payload unchanged.
    // It runs through the script set last (after the payloads queued before that script).
    void submitPublish(quint64 id, const QString &topic, const QByteArray &payload);
    // One run of receive() (publish() when the source has no receive()) for the script
    // editor's test box, with a given source, in an engine of its own (the script
    // stays), console captured; asynchronous: testFinished(result). A source that does
    // not load gives its load error.
    void test(const QString &source, const QString &topic, const QByteArray &payload);

signals:
    void loaded(const QString &error);
    void transformed(const QList<quint64> &ids, const QList<Signalbox::ScriptResult> &results);
    void testFinished(const Signalbox::ScriptResult &result);
    void published(quint64 id, const Signalbox::ScriptResult &result);

private:
    struct Request
    {
        enum class Kind { Load, Transform, Test, Publish } kind = Kind::Transform;
        quint64 id = 0;
        QString source, name, topic;
        QByteArray payload;
    };
    void work();

    const ScriptLimits m_limits;
    std::thread m_thread;
    // Shared with the worker, under m_mutex. The standard's threads and locks, as ThreadSanitizer
    // understands them (not Qt's, whose futexes it cannot see).
    mutable std::mutex m_mutex;
    std::condition_variable m_wake; // the worker waits for requests
    std::deque<Request> m_requests;
    std::deque<Request> m_publishes; // served before m_requests, once no Load is queued there
    int m_loadsQueued = 0;
    ScriptEngine *m_current = nullptr; // the worker's engine that may be running, to interrupt
    bool m_quit = false;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::ScriptResult)
