// bench_gui: the Signalbox window under a flood, its cold start and its idle memory.
// bench/gui.sh drives it (broker, publishers, mosquitto_sub beside it); see bench/README.md.
//
//   bench_gui --startup-only
//       Builds the window as `signalbox --connect` does (a profile, its page, shown), prints
//       expose_realtime_ns=<CLOCK_REALTIME at the first expose, after its paint> and
//       main_to_expose_ms=<from the top of main()>, and exits.
//   bench_gui --port P --n N [--host 127.0.0.1] [--idle-ms 2000] [--stall-s 10] [--timeout-s 300]
//             [--no-packet-trace] [--view messages|topics|traffic]
//       Builds the window, subscribes '#', connects; once subscribed and idle for --idle-ms
//       prints idle_rss_mb=... and then READY (the driver starts the flood on READY). It
//       measures the GUI thread from the first message received until the log holds N rows
//       (or no message came for --stall-s): the gaps between the ticks of a 1 ms precise
//       timer, and the delay of an event posted at each tick until it is delivered. Then
//       prints key=value lines (see finish below) and exits 0, or 3 when messages are missing.
//       --view picks what the middle of the page shows during the flood (default messages).
#include "connectionpage.h"
#include "mainwindow.h"
#include "models/messagelogmodel.h"
#include "profiles/profilestore.h"
#include "profiles/secretstore.h"
#include "subscriptionpanel.h"
#include "theme.h"
#include "models/topictreemodel.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QFile>
#include <QTemporaryDir>
#include <QTimer>
#include <QWindow>

#include <sys/resource.h>

#include <algorithm>
#include <cstdio>
#include <ctime>
#include <functional>
#include <numeric>
#include <utility>
#include <vector>

using namespace Signalbox;

namespace {

qint64 threadCpuNs()
{
    timespec ts{};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

qint64 realtimeNs()
{
    timespec ts{};
    clock_gettime(CLOCK_REALTIME, &ts);
    return qint64(ts.tv_sec) * 1'000'000'000 + ts.tv_nsec;
}

// A field of /proc/self/status in MB ("VmRSS", "VmHWM").
double procStatusMb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return -1;
}

// CPU seconds (user + system) of the process or of the calling thread.
double cpuSeconds(int who)
{
    rusage usage{};
    getrusage(who, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec)
           + double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The calling thread's time on a CPU and time runnable but waiting for one, in seconds
// (/proc/thread-self/schedstat); zeros where the kernel does not keep it.
std::pair<double, double> schedSeconds()
{
    QFile file(QStringLiteral("/proc/thread-self/schedstat"));
    if (!file.open(QIODevice::ReadOnly))
        return {0, 0};
    const QList<QByteArray> fields = file.readAll().trimmed().split(' ');
    return {fields.value(0).toDouble() / 1e9, fields.value(1).toDouble() / 1e9};
}

double percentile(std::vector<double> values, double p)
{
    if (values.empty())
        return 0;
    std::sort(values.begin(), values.end());
    const auto index = std::min(values.size() - 1, size_t(p / 100.0 * double(values.size())));
    return values[index];
}

// Calls back once, after the window's first expose has been handled (and so painted).
class ExposeWatcher : public QObject
{
public:
    ExposeWatcher(QWindow *window, std::function<void()> onExposed) : QObject(window), m_onExposed(std::move(onExposed))
    {
        window->installEventFilter(this);
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Expose && static_cast<QWindow *>(watched)->isExposed()) {
            m_done = true;
            QTimer::singleShot(0, this, m_onExposed);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onExposed;
    bool m_done = false;
};

// The GUI thread's responsiveness: a 1 ms precise timer records the gap between its ticks,
// and each tick posts an event whose delay until delivery is recorded too.
class StallProbe : public QObject
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(1);
        connect(&m_timer, &QTimer::timeout, this, &StallProbe::tick);
    }
    void start()
    {
        m_clock.start();
        m_lastTickNs = 0;
        m_timer.start();
    }
    void setRecording(bool recording)
    {
        if (recording && !m_recording)
            m_recordingSinceNs = m_clock.nsecsElapsed();
        m_recording = recording;
    }
    const std::vector<double> &gapsMs() const { return m_gapsMs; }
    // When each gap ended, in seconds since recording started; parallel to gapsMs().
    const std::vector<double> &gapEndS() const { return m_gapEndS; }
    const std::vector<double> &postedMs() const { return m_postedMs; }
    // The GUI thread's CPU time within each gap, parallel to gapsMs().
    const std::vector<double> &gapCpuMs() const { return m_gapCpuMs; }
    std::function<void()> onTick;

protected:
    void customEvent(QEvent *event) override
    {
        if (event->type() != probeEventType())
            return;
        if (m_recording)
            m_postedMs.push_back(double(m_clock.nsecsElapsed() - m_postedAtNs) / 1e6);
        m_posted = false;
    }

private:
    static QEvent::Type probeEventType()
    {
        static const auto type = QEvent::Type(QEvent::registerEventType());
        return type;
    }
    void tick()
    {
        const qint64 now = m_clock.nsecsElapsed();
        const qint64 cpu = threadCpuNs();
        if (m_recording && m_lastTickNs > 0) {
            m_gapsMs.push_back(double(now - m_lastTickNs) / 1e6);
            m_gapCpuMs.push_back(double(cpu - m_lastTickCpuNs) / 1e6);
            m_gapEndS.push_back(double(now - m_recordingSinceNs) / 1e9);
        }
        m_lastTickNs = now;
        m_lastTickCpuNs = cpu;
        if (!m_posted) {
            m_posted = true;
            m_postedAtNs = now;
            QCoreApplication::postEvent(this, new QEvent(probeEventType()));
        }
        if (onTick)
            onTick();
    }

    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_lastTickNs = 0;
    qint64 m_lastTickCpuNs = 0;
    qint64 m_postedAtNs = 0;
    bool m_posted = false;
    bool m_recording = false;
    std::vector<double> m_gapsMs;
    std::vector<double> m_postedMs;
    std::vector<double> m_gapCpuMs;
    std::vector<double> m_gapEndS;
    qint64 m_recordingSinceNs = 0;
};

void print(const char *key, const QByteArray &value)
{
    std::printf("%s=%s\n", key, value.constData());
    std::fflush(stdout);
}
void print(const char *key, double value, int decimals = 3)
{
    print(key, QByteArray::number(value, 'f', decimals));
}

} // namespace

int main(int argc, char **argv)
{
    QElapsedTimer sinceMain;
    sinceMain.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Signalbox"));
    QApplication::setApplicationName(QStringLiteral("SignalboxGuiBench"));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption startupOption(QStringLiteral("startup-only"),
                                           QStringLiteral("Exit after the first expose."));
    const QCommandLineOption hostOption(QStringLiteral("host"), QStringLiteral("Broker host."), QStringLiteral("HOST"),
                                        QStringLiteral("127.0.0.1"));
    const QCommandLineOption portOption(QStringLiteral("port"), QStringLiteral("Broker port."), QStringLiteral("PORT"),
                                        QStringLiteral("1883"));
    const QCommandLineOption nOption(QStringLiteral("n"), QStringLiteral("Messages expected."), QStringLiteral("N"),
                                     QStringLiteral("500000"));
    const QCommandLineOption idleOption(QStringLiteral("idle-ms"), QStringLiteral("Idle time before the RSS reading."),
                                        QStringLiteral("MS"), QStringLiteral("2000"));
    const QCommandLineOption stallOption(QStringLiteral("stall-s"),
                                         QStringLiteral("Give up after S s without a message."), QStringLiteral("S"),
                                         QStringLiteral("10"));
    const QCommandLineOption timeoutOption(QStringLiteral("timeout-s"), QStringLiteral("Give up after S s in all."),
                                           QStringLiteral("S"), QStringLiteral("300"));
    const QCommandLineOption noTraceOption(
        QStringLiteral("no-packet-trace"),
        QStringLiteral("Turn the page's packet inspector trace off (a diagnosis, not what users get)."));
    const QCommandLineOption viewOption(QStringLiteral("view"), QStringLiteral("The view shown during the flood."),
                                        QStringLiteral("messages|topics|traffic"), QStringLiteral("messages"));
    parser.addOptions({startupOption, hostOption, portOption, nOption, idleOption, stallOption, timeoutOption,
                       noTraceOption, viewOption});
    parser.process(app);

    print("platform", QGuiApplication::platformName().toUtf8());
    applyTheme(ThemeChoice::System);

    QTemporaryDir dir;
    ProfileStore profiles(dir.filePath(QStringLiteral("profiles.json")));
    SecretStore secrets(SecretStore::Backend::MemoryOnly);
    MainWindow window(&profiles, &secrets);
    window.resize(1600, 1000);

    ConnectionProfile profile;
    profile.name = QStringLiteral("bench");
    profile.host = parser.value(hostOption);
    profile.port = quint16(parser.value(portOption).toUInt());
    profile.version = ProtocolVersion::V5;
    profile.clientId = QStringLiteral("bench-gui-%1").arg(QCoreApplication::applicationPid());
    ConnectionPage *page = window.openProfile(window.ensureProfile(profile));
    SubscriptionItem item;
    item.entry.filter = QStringLiteral("#");
    item.entry.qos = 0;
    page->subscriptionPanel()->addItem(item);

    if (parser.isSet(noTraceOption))
        page->client()->setPacketTraceEnabled(false);
    print("packet_trace", parser.isSet(noTraceOption) ? "off" : "on");
    const QString view = parser.value(viewOption);
    if (view == QLatin1String("topics"))
        page->showView(ConnectionPage::View::Topics);
    else if (view == QLatin1String("traffic"))
        page->showView(ConnectionPage::View::Traffic);
    else if (view != QLatin1String("messages"))
        qFatal("bench_gui: --view is messages, topics or traffic");
    print("view", view.toUtf8());

    const qint64 n = parser.value(nOption).toLongLong();
    MessageLogModel *log = page->logModel();
    if (log->capacity() < n)
        log->setCapacity(n);

    window.show();
    window.winId();
    const bool startupOnly = parser.isSet(startupOption);
    new ExposeWatcher(window.windowHandle(), [&] {
        print("expose_realtime_ns", QByteArray::number(realtimeNs()));
        print("main_to_expose_ms", double(sinceMain.nsecsElapsed()) / 1e6);
        if (startupOnly)
            QCoreApplication::exit(0);
    });
    if (startupOnly)
        return app.exec();

    StallProbe probe;
    qint64 received = 0;
    qint64 firstNs = 0, lastNs = 0, shownNs = 0, lastArrivalMs = 0;
    QElapsedTimer clock;
    clock.start();
    double processCpuAtFirst = 0, guiCpuAtFirst = 0;
    std::pair<double, double> schedAtFirst;
    bool ready = false, flooding = false, finished = false;
    int exitCode = 0;

    auto finish = [&](const char *status) {
        if (finished)
            return;
        finished = true;
        probe.setRecording(false);
        const auto &gaps = probe.gapsMs();
        const auto &posted = probe.postedMs();
        print("status", status);
        print("received", double(received), 0);
        print("log_total", double(log->totalCount()), 0);
        print("log_capacity", double(log->capacity()), 0);
        print("dropped", double(std::max<qint64>(0, received - log->totalCount())), 0);
        print("first_realtime_ns", QByteArray::number(firstNs));
        print("last_realtime_ns", QByteArray::number(lastNs));
        print("shown_realtime_ns", QByteArray::number(shownNs));
        print("ticks", double(gaps.size()), 0);
        print("stall_p50_ms", percentile(gaps, 50));
        print("stall_p99_ms", percentile(gaps, 99));
        print("stall_max_ms", gaps.empty() ? 0 : *std::max_element(gaps.begin(), gaps.end()));
        // Long stalls: how much of them the GUI thread spent on a CPU (its own work) rather
        // than waiting (for a CPU, or in poll()).
        double longMs = 0, longCpuMs = 0;
        qsizetype longCount = 0;
        for (size_t i = 0; i < gaps.size(); ++i) {
            if (gaps[i] >= 8) {
                ++longCount;
                longMs += gaps[i];
                longCpuMs += probe.gapCpuMs()[i];
            }
        }
        print("long_stalls", double(longCount), 0);
        // The five largest stalls: ms, when they ended (s after the first message) and the
        // GUI thread's CPU ms within them, e.g. "176.1@0.84s/150.2cpu".
        std::vector<size_t> order(gaps.size());
        std::iota(order.begin(), order.end(), size_t(0));
        const size_t top = std::min<size_t>(5, order.size());
        std::partial_sort(order.begin(), order.begin() + qsizetype(top), order.end(),
                          [&](size_t a, size_t b) { return gaps[a] > gaps[b]; });
        QByteArrayList largest;
        for (size_t k = 0; k < top; ++k) {
            const size_t i = order[k];
            largest << QByteArray::number(gaps[i], 'f', 1) + '@' + QByteArray::number(probe.gapEndS()[i], 'f', 2) + "s/"
                           + QByteArray::number(probe.gapCpuMs()[i], 'f', 1) + "cpu";
        }
        print("stall_largest", largest.join(' '));
        print("long_stalls_on_cpu_percent", longMs > 0 ? longCpuMs / longMs * 100 : 0, 0);
        print("posted_p50_ms", percentile(posted, 50));
        print("posted_p99_ms", percentile(posted, 99));
        print("posted_max_ms", posted.empty() ? 0 : *std::max_element(posted.begin(), posted.end()));
        const double seconds = double(realtimeNs() - firstNs) / 1e9;
        const double processCpu = cpuSeconds(RUSAGE_SELF) - processCpuAtFirst;
        const double guiCpu = cpuSeconds(RUSAGE_THREAD) - guiCpuAtFirst;
        print("cpu_us_per_msg", received > 0 ? processCpu / double(received) * 1e6 : 0, 2);
        print("gui_thread_cpu_us_per_msg", received > 0 ? guiCpu / double(received) * 1e6 : 0, 2);
        print("gui_thread_busy_percent", seconds > 0 ? guiCpu / seconds * 100 : 0, 0);
        const auto sched = schedSeconds();
        print("gui_thread_waiting_for_cpu_percent",
              seconds > 0 ? (sched.second - schedAtFirst.second) / seconds * 100 : 0, 0);
        page->topicModel()->flush();
        print("tree_nodes", double(page->topicModel()->nodeCount()), 0);
        print("rss_after_mb", procStatusMb("VmRSS"), 1);
        print("peak_rss_mb", procStatusMb("VmHWM"), 1);
        QCoreApplication::exit(exitCode);
    };

    QObject::connect(page->client()->events(), &MqttClient::messagesReceived, &app, [&](const QList<Message> &messages) {
        if (!ready)
            return;
        if (!flooding) {
            flooding = true;
            firstNs = realtimeNs();
            processCpuAtFirst = cpuSeconds(RUSAGE_SELF);
            guiCpuAtFirst = cpuSeconds(RUSAGE_THREAD);
            schedAtFirst = schedSeconds();
            probe.setRecording(true);
        }
        received += messages.size();
        lastArrivalMs = clock.elapsed();
        if (received >= n && lastNs == 0)
            lastNs = realtimeNs();
    });
    probe.onTick = [&] {
        if (!flooding || finished)
            return;
        if (log->totalCount() >= n || (received >= n && log->totalCount() >= log->capacity())) {
            shownNs = realtimeNs();
            finish("ok");
        } else if (clock.elapsed() - lastArrivalMs > parser.value(stallOption).toLongLong() * 1000) {
            exitCode = 3;
            finish("LOST");
        }
    };

    const int idleMs = parser.value(idleOption).toInt();
    QObject::connect(page->client()->events(), &MqttClient::subscribed, &app, [&] {
        QTimer::singleShot(idleMs, &app, [&] {
            print("idle_rss_mb", procStatusMb("VmRSS"), 1);
            ready = true;
            probe.start();
            lastArrivalMs = clock.elapsed();
            std::printf("READY\n");
            std::fflush(stdout);
        });
    });
    QObject::connect(page->client()->events(), &MqttClient::errorOccurred, &app,
                     [&](const Error &error) { std::fprintf(stderr, "bench_gui: %s\n", qPrintable(error.message)); });
    QTimer::singleShot(parser.value(timeoutOption).toInt() * 1000, &app, [&] {
        exitCode = 4;
        if (!ready) {
            std::fprintf(stderr, "bench_gui: never subscribed\n");
            QCoreApplication::exit(exitCode);
        } else {
            finish("TIMEOUT");
        }
    });
    page->connectToBroker();
    return app.exec();
}
