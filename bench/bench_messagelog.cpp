// The message log at capacity: 1,000,000 messages of 256 bytes on 1000
// topics appended in batches of 1000, then a text, a regular-expression and
// a topic filter over all of them. Prints the peak resident memory (VmHWM)
// and the time of each step.
#include "models/messagelogmodel.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>

#include <cstdio>

using namespace Signalbox;

namespace {

constexpr int Total = 1'000'000;
constexpr int BatchSize = 1000;
constexpr int Topics = 1000;
constexpr qsizetype PayloadSize = 256;

QByteArray vmHwm()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return "unknown";
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed();
    }
    return "unknown";
}

void timeFilter(MessageLogModel &model, const char *name, const LogFilter &filter)
{
    QElapsedTimer timer;
    timer.start();
    if (!model.setFilter(filter)) {
        std::fprintf(stderr, "bench_messagelog: filter %s rejected\n", name);
        std::exit(1);
    }
    std::printf("bench_messagelog %-28s %8.1f ms %9d rows shown\n", name,
                static_cast<double>(timer.nsecsElapsed()) / 1e6, model.rowCount());
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    std::printf("bench_messagelog baseline VmHWM %s\n", vmHwm().constData());

    MessageLogModel model;
    const QStringList subscriptions{QStringLiteral("site/#")};
    QElapsedTimer timer;
    qint64 buildNs = 0;
    timer.start();
    for (int batch = 0; batch < Total / BatchSize; ++batch) {
        QElapsedTimer build;
        build.start();
        QList<Message> messages;
        messages.reserve(BatchSize);
        for (int i = batch * BatchSize; i < (batch + 1) * BatchSize; ++i) {
            Message m;
            m.topic = QStringLiteral("site/%1/sensor/value").arg(i % Topics);
            m.payload = "{\"seq\":" + QByteArray::number(i) + ",\"state\":\"" + (i % 100 == 0 ? "ALARM" : "ok")
                        + "\",\"pad\":\"";
            m.payload.append(PayloadSize - m.payload.size() - 2, 'x');
            m.payload.append("\"}");
            m.subscriptions = subscriptions;
            m.qos = 1;
            m.receivedAtMs = 1;
            messages.append(std::move(m));
        }
        buildNs += build.nsecsElapsed();
        model.appendReceived(messages);
        model.flush();
    }
    const double appendMs = static_cast<double>(timer.nsecsElapsed() - buildNs) / 1e6;
    std::printf("bench_messagelog append %d x %lld bytes     %8.1f ms (batches of %d, without making the messages)\n",
                model.rowCount(), static_cast<long long>(PayloadSize), appendMs, BatchSize);
    std::printf("bench_messagelog peak RSS (VmHWM) after fill %s\n", vmHwm().constData());

    LogFilter text;
    text.text = QStringLiteral("alarm");
    timeFilter(model, "text \"alarm\"", text);

    LogFilter regex;
    regex.text = QStringLiteral("\"seq\":12345\\d,");
    regex.regularExpression = true;
    timeFilter(model, "regex \"seq\":12345\\d,", regex);

    LogFilter topic;
    topic.topicFilter = QStringLiteral("site/42/#");
    timeFilter(model, "topic site/42/#", topic);

    timeFilter(model, "none", LogFilter());
    std::printf("bench_messagelog peak RSS (VmHWM) at end %s\n", vmHwm().constData());
    return 0;
}
