#pragma once

#include <QObject>

class QSocketNotifier;

namespace Signalbox::Cli {

// Turns SIGINT and SIGTERM (Ctrl+C on Windows) into a Qt signal delivered by
// the event loop, so that a command can disconnect cleanly. Also ignores
// SIGPIPE, so a closed stdout shows up as EPIPE from write(). One per process.
class SignalWatcher : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

signals:
    // `count`: how many termination signals have arrived so far.
    void terminationRequested(int count);

private:
    void onActivated();

    QSocketNotifier *m_notifier = nullptr;
    int m_count = 0;
};

} // namespace Signalbox::Cli
