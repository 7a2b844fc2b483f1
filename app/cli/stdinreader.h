#pragma once

#include <QByteArray>
#include <QList>
#include <QObject>

#include <memory>

namespace Signalbox::Cli {

// Reads standard input line by line without blocking the event loop: a
// detached thread does the blocking reads (a terminal, a pipe or a file alike,
// on every platform) and hands the bytes to this object's thread.
class StdinReader : public QObject
{
    Q_OBJECT
public:
    explicit StdinReader(QObject *parent = nullptr);
    ~StdinReader() override;

    // Starts reading; call once.
    void start();

signals:
    // The complete lines of one read, without their '\n'.
    void linesRead(const QList<QByteArray> &lines);
    // End of input; a last line without '\n' came in linesRead() before.
    void finished();

private:
    struct Shared;
    void onChunk(const QByteArray &chunk);
    void onEnd();

    std::shared_ptr<Shared> m_shared;
    QByteArray m_partial;
    bool m_started = false;
};

} // namespace Signalbox::Cli
