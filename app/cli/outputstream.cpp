#include "outputstream.h"

#include <QtGlobal>

#include <algorithm>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_UNIX
#include <poll.h>
#include <unistd.h>
#elif defined(Q_OS_WIN)
#include <fcntl.h>
#include <io.h>
#endif

namespace Signalbox::Cli {

OutputStream::OutputStream(int fd) : m_fd(fd)
{
#ifdef Q_OS_WIN
    _setmode(fd, _O_BINARY); // payload bytes go out unchanged
#endif
}

OutputStream::Status OutputStream::write(const char *data, qsizetype size)
{
    while (size > 0) {
#ifdef Q_OS_UNIX
        const ssize_t n = ::write(m_fd, data, size_t(size));
#else
        const int n = ::_write(m_fd, data, unsigned(std::min<qsizetype>(size, 1 << 30)));
#endif
        if (n > 0) {
            data += n;
            size -= n;
            continue;
        }
        if (n == 0) {
            m_error = QStringLiteral("write() wrote nothing");
            return Status::Failed;
        }
        if (errno == EINTR)
            continue;
#ifdef Q_OS_UNIX
        if ((errno == EAGAIN || errno == EWOULDBLOCK)) {
            pollfd p{m_fd, POLLOUT, 0};
            ::poll(&p, 1, -1);
            continue;
        }
#endif
        m_error = QString::fromLocal8Bit(std::strerror(errno));
        return errno == EPIPE ? Status::Closed : Status::Failed;
    }
    return Status::Ok;
}

} // namespace Signalbox::Cli
