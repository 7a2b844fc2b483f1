#include "decoders/scriptengine.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJSEngine>
#include <QThread>

#include <chrono>
#include <thread>
#include <utility>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#include <unistd.h>
#endif

namespace Signalbox {

// The translation context of this file's sentences.
class ScriptText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ScriptEngine)
};

namespace {

// How often the watchdog looks at a running call: the time limit's precision and how
// much a script can allocate before its memory is first sampled.
constexpr int WatchdogTickMs = 10;
// After this long without a call the watchdog sleeps until the next one; until then it
// ticks, so that a stream of short calls costs no wake-up each.
constexpr int WatchdogIdleMs = 1000;
constexpr int MaxConsoleLines = 100;
// Results handed to the window at once, and how long a result waits for others.
constexpr int MaxBatch = 256;
constexpr int MaxBatchAgeMs = 50;

// What the wrapper's kinds of result are (box[0]); see CallWrapper.
enum ResultKind { Unchanged = 0, Text = 1, Json = 2, Bytes = 3, Thrown = 4, NotJson = 5, JsonFailed = 6 };

// Compiled once per engine: parses the payload, calls the user's function, and sorts
// out what it returned, in JavaScript, where that costs least. A throw is caught here
// because QJSValue::call() returns a thrown value as if it had been returned.
// It also installs the console (which only captures, and only when asked).
const char CallWrapper[] = R"JS((function (global, box) {
    "use strict";
    // Taken before the user's code runs, which may replace the globals.
    const parse = JSON.parse, stringify = JSON.stringify, isView = ArrayBuffer.isView;
    const Bytes = Uint8Array, Buffer = ArrayBuffer, Pending = Promise, map = Array.prototype.map;
    let lines = null;
    function show(v) {
        if (typeof v === "string")
            return v;
        try {
            const j = stringify(v);
            if (j !== undefined)
                return j;
        } catch (e) {
        }
        return String(v);
    }
    function write() {
        if (lines !== null && lines.length < %1)
            lines[lines.length] = map.call(arguments, show).join(" ");
    }
    global.console = Object.freeze({ log: write, info: write, warn: write, error: write, debug: write });
    function done(kind, value) {
        box[0] = kind;
        box[1] = value;
        box[2] = lines;
        lines = null;
        return kind;
    }
    return function (fn, text, maybeJson, topic, buffer, capture) {
        lines = capture ? [] : null;
        let payload = text;
        if (maybeJson) {
            try {
                payload = parse(text);
            } catch (e) {
            }
        }
        let r;
        try {
            r = buffer === undefined ? fn(payload, topic) : fn(payload, topic, new Bytes(buffer));
        } catch (e) {
            return done(4, e);
        }
        if (r === undefined)
            return done(0, undefined);
        if (typeof r === "string")
            return done(1, r);
        if (r instanceof Buffer)
            return done(3, r);
        if (r instanceof Pending)
            return done(5, "Promise");
        if (isView(r))
            return done(3, r.buffer.slice(r.byteOffset, r.byteOffset + r.byteLength));
        let json;
        try {
            json = stringify(r);
        } catch (e) {
            return done(6, String(e));
        }
        if (json === undefined)
            return done(5, typeof r);
        return done(2, json);
    };
}))JS";

// Whether JSON.parse is worth trying: the first byte that is not white space can begin a
// JSON text (RFC 8259 §2). Saves throwing and catching a SyntaxError for every text payload.
bool mayBeJson(const QByteArray &payload)
{
    for (const char c : payload) {
        switch (c) {
        case ' ':
        case '\t':
        case '\n':
        case '\r':
            continue;
        case '{':
        case '[':
        case '"':
        case '-':
        case 't':
        case 'f':
        case 'n':
            return true;
        default:
            return c >= '0' && c <= '9';
        }
    }
    return false;
}

QString withLine(const QString &message, int line)
{
    return line > 0 ? ScriptText::tr("%1 (line %2)").arg(message).arg(line) : message;
}

} // namespace

// Watches the calls of one engine from a thread of its own: interrupts a call that
// runs past the time limit or makes the process's resident memory grow past the
// memory limit. QJSEngine::setInterrupted() is the one engine function that is
// thread-safe; it is only called under m_mutex while the call is armed, so that
// disarm() knows for sure whether the call was interrupted.
class ScriptWatchdog
{
public:
    enum class Reason { None, Time, Memory, Cancelled };

    explicit ScriptWatchdog(const ScriptLimits &limits) : m_limits(limits)
    {
#ifdef Q_OS_LINUX
        m_statm = ::open("/proc/self/statm", O_RDONLY | O_CLOEXEC);
        m_pageSize = ::sysconf(_SC_PAGESIZE);
#endif
        m_thread = std::thread([this] {
            QThread::currentThread()->setObjectName(QStringLiteral("script watchdog"));
            watch();
        });
    }

    ~ScriptWatchdog()
    {
        {
            std::unique_lock lock(m_mutex);
            m_quit = true;
            m_wake.notify_all();
        }
        m_thread.join();
#ifdef Q_OS_LINUX
        if (m_statm >= 0)
            ::close(m_statm);
#endif
    }

    // Before a call of engine (in its thread).
    void arm(QJSEngine *engine)
    {
        std::unique_lock lock(m_mutex);
        m_engine = engine;
        ++m_call;
        m_deadline = m_limits.timeoutMs > 0 ? QDeadlineTimer(m_limits.timeoutMs)
                                            : QDeadlineTimer(QDeadlineTimer::Forever);
        m_fired = Reason::None;
        if (m_stopped) {
            engine->setInterrupted(true);
            m_fired = Reason::Cancelled;
        }
        if (m_sleeping)
            m_wake.notify_all();
    }

    // After the call: whether (and why) it was interrupted. The caller clears the
    // engine's interrupt flag then.
    Reason disarm()
    {
        std::unique_lock lock(m_mutex);
        m_engine = nullptr;
        return std::exchange(m_fired, Reason::None);
    }

    // From any thread: interrupts the armed call, if any, and every later one as it is armed.
    void stop()
    {
        std::unique_lock lock(m_mutex);
        m_stopped = true;
        if (m_engine && m_fired == Reason::None) {
            m_engine->setInterrupted(true);
            m_fired = Reason::Cancelled;
        }
    }

    // The process's resident memory in bytes; -1 where it cannot be read.
    qint64 residentBytes() const
    {
#ifdef Q_OS_LINUX
        if (m_statm < 0)
            return -1;
        char buffer[128];
        const ssize_t n = ::pread(m_statm, buffer, sizeof buffer - 1, 0);
        if (n <= 0)
            return -1;
        // "size resident shared text lib data dt", in pages (proc(5)).
        qsizetype i = 0;
        while (i < n && buffer[i] != ' ')
            ++i;
        qint64 pages = 0;
        for (++i; i < n && buffer[i] >= '0' && buffer[i] <= '9'; ++i)
            pages = pages * 10 + (buffer[i] - '0');
        return pages * m_pageSize;
#else
        return -1;
#endif
    }

private:
    void watch()
    {
        std::unique_lock lock(m_mutex);
        quint64 watched = 0; // the call whose baseline we have
        qint64 baseline = -1;
        QElapsedTimer sinceCall;
        sinceCall.start();
        while (!m_quit) {
            if (!m_engine) {
                if (sinceCall.hasExpired(WatchdogIdleMs)) {
                    m_sleeping = true;
                    m_wake.wait(lock);
                    m_sleeping = false;
                } else {
                    m_wake.wait_for(lock, std::chrono::milliseconds(WatchdogTickMs));
                }
                continue;
            }
            sinceCall.restart();
            const bool memoryLimited = m_limits.memoryBytes > 0;
            if (m_call != watched) {
                watched = m_call;
                lock.unlock();
                const qint64 resident = memoryLimited ? residentBytes() : -1;
                lock.lock();
                baseline = resident;
                continue; // the call may have ended meanwhile
            }
            if (m_fired == Reason::None) {
                if (m_deadline.hasExpired()) {
                    m_engine->setInterrupted(true);
                    m_fired = Reason::Time;
                } else if (baseline >= 0) {
                    lock.unlock();
                    const qint64 resident = residentBytes();
                    lock.lock();
                    if (m_engine && m_call == watched && m_fired == Reason::None && resident >= 0
                        && resident - baseline > m_limits.memoryBytes) {
                        m_engine->setInterrupted(true);
                        m_fired = Reason::Memory;
                    }
                }
            }
            if (m_engine && m_call == watched) {
                const qint64 left = m_deadline.remainingTime();
                m_wake.wait_for(lock, std::chrono::milliseconds(
                                          left < 0 || left > WatchdogTickMs ? WatchdogTickMs : qMax<qint64>(left, 1)));
            }
        }
    }

    const ScriptLimits m_limits;
    std::thread m_thread;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    QJSEngine *m_engine = nullptr; // the engine of the armed call; null between calls
    quint64 m_call = 0; // counts calls, so that the watchdog tells one from the next
    QDeadlineTimer m_deadline;
    Reason m_fired = Reason::None;
    bool m_sleeping = false;
    bool m_stopped = false;
    bool m_quit = false;
#ifdef Q_OS_LINUX
    int m_statm = -1;
    qint64 m_pageSize = 4096;
#endif
};

namespace {

QString stopSentence(ScriptWatchdog::Reason reason, const ScriptLimits &limits)
{
    switch (reason) {
    case ScriptWatchdog::Reason::Time:
        return ScriptText::tr("The script ran longer than %1 ms and was stopped.").arg(limits.timeoutMs);
    case ScriptWatchdog::Reason::Memory:
        return ScriptText::tr("The script used more than %1 MB and was stopped.").arg(limits.memoryBytes / (1024 * 1024));
    case ScriptWatchdog::Reason::Cancelled:
    case ScriptWatchdog::Reason::None:
        break;
    }
    return ScriptText::tr("The script was stopped.");
}

} // namespace

ScriptEngine::ScriptEngine(const ScriptLimits &limits)
    : m_limits(limits), m_watchdog(std::make_unique<ScriptWatchdog>(limits))
{ }

ScriptEngine::~ScriptEngine()
{
    unload();
}

void ScriptEngine::stop()
{
    m_watchdog->stop();
}

void ScriptEngine::unload()
{
    // The values first: they belong to the engine.
    m_call = QJSValue();
    m_box = QJSValue();
    m_receive = QJSValue();
    m_publish = QJSValue();
    m_receiveBytes = m_publishBytes = false;
    m_engine.reset();
}

bool ScriptEngine::load(const QString &source, const QString &name, QString *error)
{
    m_source = source;
    m_name = name;
    QString message;
    int line = 0;
    const bool ok = compile(&message, &line);
    m_loadErrorLine = line;
    if (error)
        *error = message;
    return ok;
}

bool ScriptEngine::compile(QString *error, int *line)
{
    unload();
    error->clear();
    *line = 0;
    // No extensions: no console of Qt's (it writes to the log), no gc(), no qsTr().
    m_engine = std::make_unique<QJSEngine>();
    m_box = m_engine->newArray(3);
    m_call = m_engine
                 ->evaluate(QString::fromLatin1(CallWrapper).arg(MaxConsoleLines), QStringLiteral("signalbox-script"))
                 .call({m_engine->globalObject(), m_box});
    Q_ASSERT(m_call.isCallable());

    QStringList trace;
    m_watchdog->arm(m_engine.get());
    // `const receive = ...` and `let` make no properties of the global object, and the next
    // evaluate() does not see them: a last line of our own hands the functions over. It
    // comes after the source's last line, so the source's lines keep their numbers.
    const QJSValue value = m_engine->evaluate(
        m_source
            + QStringLiteral("\n;[typeof receive === 'function' ? receive : undefined, "
                             "typeof publish === 'function' ? publish : undefined];"),
        m_name, 1, &trace);
    const int lastLine = int(m_source.count(QLatin1Char('\n'))) + 1;
    const ScriptWatchdog::Reason stopped = m_watchdog->disarm();
    if (stopped != ScriptWatchdog::Reason::None) {
        m_engine->setInterrupted(false);
        *error = stopSentence(stopped, m_limits);
        unload();
        return false;
    }
    if (value.isError()) {
        // Past the end (a brace left open): the source's last line.
        *line = qMin(value.property(QStringLiteral("lineNumber")).toInt(), lastLine);
        *error = withLine(value.toString(), *line);
        unload();
        return false;
    }
    if (!trace.isEmpty()) {
        // Something other than an Error thrown at the top level; the frames read
        // "function:line:column:file".
        *line = trace.constFirst().section(QLatin1Char(':'), 1, 1).toInt();
        *error = withLine(ScriptText::tr("The script threw: %1").arg(value.toString()), *line);
        unload();
        return false;
    }
    m_receive = value.property(0);
    m_publish = value.property(1);
    if (!m_receive.isCallable() && !m_publish.isCallable()) {
        *error = ScriptText::tr("The script defines neither receive(payload, topic) nor publish(payload, topic).");
        unload();
        return false;
    }
    const QString length = QStringLiteral("length");
    m_receiveBytes = m_receive.isCallable() && m_receive.property(length).toInt() >= 3;
    m_publishBytes = m_publish.isCallable() && m_publish.property(length).toInt() >= 3;
    return true;
}

ScriptResult ScriptEngine::receive(const QString &topic, const QByteArray &payload)
{
    return run(Function::Receive, topic, payload);
}

ScriptResult ScriptEngine::publish(const QString &topic, const QByteArray &payload)
{
    return run(Function::Publish, topic, payload);
}

ScriptResult ScriptEngine::run(Function function, const QString &topic, const QByteArray &payload)
{
    ScriptResult result;
    const bool receiving = function == Function::Receive;
    const QJSValue &fn = receiving ? m_receive : m_publish;
    if (!fn.isCallable()) {
        if (!m_engine)
            result.error = ScriptText::tr("No script is loaded.");
        else if (receiving)
            result.error = ScriptText::tr("The script defines no receive(payload, topic) function.");
        else
            result.error = ScriptText::tr("The script defines no publish(payload, topic) function.");
        return result;
    }
    const bool bytes = receiving ? m_receiveBytes : m_publishBytes;
    const QJSValueList arguments{fn,
                                 QJSValue(QString::fromUtf8(payload)),
                                 QJSValue(mayBeJson(payload)),
                                 QJSValue(topic),
                                 bytes ? m_engine->toScriptValue(payload) : QJSValue(),
                                 QJSValue(m_captureConsole)};
    m_watchdog->arm(m_engine.get());
    const int kind = m_call.call(arguments).toInt();
    const ScriptWatchdog::Reason stopped = m_watchdog->disarm();
    if (stopped != ScriptWatchdog::Reason::None) {
        m_engine->setInterrupted(false);
        result.error = stopSentence(stopped, m_limits);
        if (stopped == ScriptWatchdog::Reason::Memory) {
            // Only a new engine gives back what the script holds (a global array it fills).
            QString error;
            int line = 0;
            compile(&error, &line);
        }
        return result;
    }

    const QJSValue value = m_box.property(1);
    switch (kind) {
    case Unchanged:
        result.output = payload;
        result.unchanged = true;
        break;
    case Text:
        result.output = value.toString().toUtf8();
        break;
    case Json:
        result.output = value.toString().toUtf8();
        result.isJson = true;
        break;
    case Bytes:
        result.output = m_engine->fromScriptValue<QByteArray>(value);
        break;
    case Thrown:
        if (value.isError()) {
            result.line = value.property(QStringLiteral("lineNumber")).toInt();
            result.error = withLine(value.toString(), result.line);
        } else {
            result.error = ScriptText::tr("The script threw: %1").arg(value.toString());
        }
        break;
    case NotJson:
        // A Promise (an async function) would settle after the call: the result must be there at once.
        result.error = ScriptText::tr("The script returned a %1, which has no JSON form.").arg(value.toString());
        break;
    default:
        result.error = ScriptText::tr("The script's result cannot be written as JSON: %1").arg(value.toString());
        break;
    }
    if (m_captureConsole) {
        const QJSValue lines = m_box.property(2);
        const int count = lines.property(QStringLiteral("length")).toInt();
        for (int i = 0; i < count; ++i)
            result.console.append(lines.property(quint32(i)).toString());
    }
    m_box.setProperty(1, QJSValue()); // hold on to nothing the script made
    m_box.setProperty(2, QJSValue());
    return result;
}

// ScriptRunner

namespace {
// What a function the script does not define makes of a payload: the payload.
ScriptResult unchangedResult(const QByteArray &payload)
{
    ScriptResult result;
    result.output = payload;
    result.unchanged = true;
    return result;
}
} // namespace

ScriptRunner::ScriptRunner(const ScriptLimits &limits, QObject *parent) : QObject(parent), m_limits(limits)
{
    qRegisterMetaType<ScriptResult>();
    qRegisterMetaType<QList<ScriptResult>>();
    qRegisterMetaType<QList<quint64>>();
    m_thread = std::thread([this] {
        QThread::currentThread()->setObjectName(QStringLiteral("script"));
        work();
    });
}

ScriptRunner::~ScriptRunner()
{
    {
        std::unique_lock lock(m_mutex);
        m_quit = true;
        if (m_current)
            m_current->stop();
        m_wake.notify_all();
    }
    m_thread.join();
}

void ScriptRunner::setScript(const QString &source, const QString &name)
{
    std::unique_lock lock(m_mutex);
    m_requests.push_back(Request{Request::Kind::Load, 0, source, name, {}, {}});
    ++m_loadsQueued;
    m_wake.notify_all();
}

void ScriptRunner::submit(quint64 id, const QString &topic, const QByteArray &payload)
{
    submit(QList<Job>{Job{id, topic, payload}});
}

void ScriptRunner::submit(QList<Job> jobs)
{
    if (jobs.isEmpty())
        return;
    std::unique_lock lock(m_mutex);
    for (Job &job : jobs)
        m_requests.push_back(
            Request{Request::Kind::Transform, job.id, {}, {}, std::move(job.topic), std::move(job.payload)});
    m_wake.notify_all();
}

qsizetype ScriptRunner::queuedCount() const
{
    const std::lock_guard lock(m_mutex);
    return qsizetype(m_requests.size() + m_publishes.size());
}

void ScriptRunner::test(const QString &source, const QString &topic, const QByteArray &payload)
{
    std::unique_lock lock(m_mutex);
    m_requests.push_back(Request{Request::Kind::Test, 0, source, {}, topic, payload});
    m_wake.notify_all();
}

void ScriptRunner::submitPublish(quint64 id, const QString &topic, const QByteArray &payload)
{
    std::unique_lock lock(m_mutex);
    m_publishes.push_back(Request{Request::Kind::Publish, id, {}, {}, topic, payload});
    m_wake.notify_all();
}

void ScriptRunner::work()
{
    ScriptEngine engine(m_limits);
    QList<quint64> ids;
    QList<ScriptResult> results;
    QElapsedTimer batchAge;
    auto flush = [&] {
        if (ids.isEmpty())
            return;
        QMetaObject::invokeMethod(
            this,
            [this, batchIds = std::exchange(ids, {}), batchResults = std::exchange(results, {})] {
                emit transformed(batchIds, batchResults);
            },
            Qt::QueuedConnection);
    };

    std::unique_lock lock(m_mutex);
    m_current = &engine;
    while (!m_quit) {
        if (m_requests.empty() && m_publishes.empty()) {
            lock.unlock();
            flush();
            lock.lock();
            if (m_requests.empty() && m_publishes.empty() && !m_quit)
                m_wake.wait(lock);
            continue;
        }
        // A publish goes ahead of the payloads waiting for receive(), but not ahead of
        // a script that is still to be loaded: it is for that script.
        std::deque<Request> &queue = m_publishes.empty() || m_loadsQueued > 0 ? m_requests : m_publishes;
        Request request = std::move(queue.front());
        queue.pop_front();
        if (request.kind == Request::Kind::Load)
            --m_loadsQueued;
        lock.unlock();
        switch (request.kind) {
        case Request::Kind::Transform:
            if (ids.isEmpty())
                batchAge.start();
            ids.append(request.id);
            // A script for publishing only leaves what is received as it is.
            results.append(engine.hasPublish() && !engine.hasReceive() ? unchangedResult(request.payload)
                                                                       : engine.receive(request.topic, request.payload));
            if (ids.size() >= MaxBatch || batchAge.hasExpired(MaxBatchAgeMs))
                flush();
            break;
        case Request::Kind::Publish: {
            ScriptResult result = engine.hasPublish() ? engine.publish(request.topic, request.payload)
                                                      : unchangedResult(request.payload);
            QMetaObject::invokeMethod(
                this, [this, id = request.id, result = std::move(result)] { emit published(id, result); },
                Qt::QueuedConnection);
            break;
        }
        case Request::Kind::Load: {
            flush();
            QString error;
            engine.load(request.source, request.name, &error);
            QMetaObject::invokeMethod(
                this, [this, error] { emit loaded(error); }, Qt::QueuedConnection);
            break;
        }
        case Request::Kind::Test: {
            flush();
            ScriptEngine tester(m_limits);
            tester.setCaptureConsole(true);
            {
                const std::lock_guard testLock(m_mutex);
                m_current = &tester;
                if (m_quit)
                    tester.stop();
            }
            ScriptResult result;
            QString error;
            if (!tester.load(request.source, QStringLiteral("test.js"), &error)) {
                result.error = error;
                result.line = tester.loadErrorLine();
            } else if (tester.hasReceive())
                result = tester.receive(request.topic, request.payload);
            else
                result = tester.publish(request.topic, request.payload);
            {
                const std::lock_guard testLock(m_mutex);
                m_current = &engine;
            }
            QMetaObject::invokeMethod(
                this, [this, result] { emit testFinished(result); }, Qt::QueuedConnection);
            break;
        }
        }
        lock.lock();
    }
    m_current = nullptr;
}

} // namespace Signalbox
