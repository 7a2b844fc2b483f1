#pragma once

#include <QByteArray>
#include <QString>

namespace Signalbox::Cli {

// Writes whole buffers to a file descriptor (stdout by default) with write(2),
// retrying after EINTR and partial writes, and waiting while a non-blocking
// descriptor is full: one system call per batch of messages in the usual case.
class OutputStream
{
public:
    enum class Status { Ok, Closed, Failed };

    explicit OutputStream(int fd = 1);
    Status write(const char *data, qsizetype size);
    Status write(const QByteArray &data) { return write(data.constData(), data.size()); }
    // Why the last write failed ("Broken pipe").
    QString errorString() const { return m_error; }

private:
    int m_fd;
    QString m_error;
};

} // namespace Signalbox::Cli
