#include "signalwatcher.h"

#include <QSocketNotifier>
#include <QTimer>

#include <atomic>
#include <cerrno>
#include <csignal>

#ifdef Q_OS_UNIX
#include <fcntl.h>
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace Signalbox::Cli {

namespace {

#ifdef Q_OS_UNIX
int s_pipe[2] = {-1, -1};

extern "C" void onSignal(int signal)
{
    const int saved = errno;
    const char byte = char(signal);
    [[maybe_unused]] const auto n = ::write(s_pipe[0], &byte, 1);
    errno = saved;
}
#else
std::atomic<int> s_pending{0};

extern "C" void onSignal(int signal)
{
    s_pending.fetch_add(1);
    std::signal(signal, onSignal);
}
#endif

} // namespace

SignalWatcher::SignalWatcher(QObject *parent) : QObject(parent)
{
#ifdef Q_OS_UNIX
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, s_pipe) == 0) {
        for (int fd : s_pipe) {
            ::fcntl(fd, F_SETFD, FD_CLOEXEC);
            ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) | O_NONBLOCK);
        }
        m_notifier = new QSocketNotifier(s_pipe[1], QSocketNotifier::Read, this);
        connect(m_notifier, &QSocketNotifier::activated, this, &SignalWatcher::onActivated);
        struct sigaction action = {};
        action.sa_handler = onSignal;
        sigemptyset(&action.sa_mask);
        action.sa_flags = SA_RESTART;
        ::sigaction(SIGINT, &action, nullptr);
        ::sigaction(SIGTERM, &action, nullptr);
    }
    struct sigaction ignore = {};
    ignore.sa_handler = SIG_IGN;
    sigemptyset(&ignore.sa_mask);
    ::sigaction(SIGPIPE, &ignore, nullptr);
#else
    std::signal(SIGINT, onSignal);
    std::signal(SIGTERM, onSignal);
    auto *timer = new QTimer(this);
    connect(timer, &QTimer::timeout, this, &SignalWatcher::onActivated);
    timer->start(100);
#endif
}

SignalWatcher::~SignalWatcher()
{
#ifdef Q_OS_UNIX
    ::signal(SIGINT, SIG_DFL);
    ::signal(SIGTERM, SIG_DFL);
    delete m_notifier;
    for (int &fd : s_pipe) {
        if (fd >= 0)
            ::close(fd);
        fd = -1;
    }
#endif
}

void SignalWatcher::onActivated()
{
    int arrived = 0;
#ifdef Q_OS_UNIX
    char buffer[16];
    ssize_t n;
    while ((n = ::read(s_pipe[1], buffer, sizeof buffer)) > 0)
        arrived += int(n);
#else
    arrived = s_pending.exchange(0);
#endif
    for (int i = 0; i < arrived; ++i)
        emit terminationRequested(++m_count);
}

} // namespace Signalbox::Cli
