// The GUI thread's work per received message, without the window: what the
// connection's session does with each batch (the message log, the topic tree,
// the traffic profile and the retained ages take it), fed with messages as the
// window's client hands them over (topic hints, shared subscription lists), in
// batches of MqttClient::MaximumBatch. Under callgrind its instruction count is
// repeatable where wall time on a shared machine is not:
//   valgrind --tool=callgrind --callgrind-out-file=/tmp/cg.out build-bench/bench/bench_sinks 200000 100000
//   callgrind_annotate /tmp/cg.out | head
// Arguments: messages (default 200,000) and distinct topics (default 1000).
// Prints the wall time per message and what each model holds at the end.
#include "client/mqttclient.h"
#include "client/retainedscan.h"
#include "models/messagelogmodel.h"
#include "models/topictreemodel.h"
#include "models/trafficprofilemodel.h"
#include "mqtt/topic.h"
#if __has_include("mqtt/topictable.h")
#include "mqtt/topictable.h" // one topic table per connection (since 2026-12-07); older trees build without
#define SINKS_SHARE_A_TOPIC_TABLE 1
#endif

#include <QCoreApplication>
#include <QElapsedTimer>

#include <cstdio>

using namespace Signalbox;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int total = argc > 1 ? std::atoi(argv[1]) : 200'000;
    const int topics = argc > 2 ? std::atoi(argv[2]) : 1000;

    // Topics as the flood tool names them: flood/site<i>/dev<j>/ch<k>.
    QStringList names;
    for (int i = 0; i < topics; ++i)
        names << QStringLiteral("flood/site%1/dev%2/ch%3").arg(i / 1000).arg(i / 10 % 100).arg(i % 10);
    SubscriptionMatcher client;
    client.addFilter(QStringLiteral("#"));
    client.setCapacity(1 << 20);

    MessageLogModel log;
    TopicTreeModel tree;
    TrafficProfileModel traffic;
    traffic.setAutoTick(false);
    RetainedScan retained;
#ifdef SINKS_SHARE_A_TOPIC_TABLE
    const auto table = std::make_shared<TopicTable>();
    log.setTopicTable(table);
    tree.setTopicTable(table);
    traffic.setTopicTable(table);
    retained.setTopicTable(table);
#endif

    const QByteArray payload(256, 'x');
    QElapsedTimer timer;
    timer.start();
    int sent = 0;
    for (int batchNo = 0; sent < total; ++batchNo) {
        QList<Message> batch;
        for (int k = 0; k < MqttClient::MaximumBatch && sent < total; ++k, ++sent) {
            Message m;
            m.topic = names.at(sent % topics); // a fresh reference, as a decoded packet's
            m.topic.detach();
            m.payload = payload;
            m.topicHint = client.intern(m.topic, &m.subscriptions);
            batch << m;
        }
#ifdef SINKS_SHARE_A_TOPIC_TABLE
        for (Message &m : batch)
            table->intern(m);
#endif
        log.appendReceived(batch);
        tree.addMessages(batch);
        traffic.addMessages(batch);
        retained.noteMessages(batch);
        if (batchNo % 20 == 19) { // about what 50 ms of a flood brings, when the models announce
            log.flush();
            tree.flush();
        }
    }
    log.flush();
    tree.flush();
    const double ns = double(timer.nsecsElapsed()) / total;
    std::printf("bench_sinks: %d messages on %d topics: %.0f ns per message; log %d rows, tree %lld nodes, "
                "traffic %lld topics\n",
                total, topics, ns, log.rowCount(), qint64(tree.nodeCount()), qint64(traffic.topicCount()));
    return 0;
}
