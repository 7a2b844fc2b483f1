// Subscriptions: the filters a client remembers, the SUBSCRIBE and UNSUBSCRIBE
// packets that wait for their acknowledgements, and what is sent when a
// connection starts, without a socket.
#include "client/subscriptions.h"

#include <QTest>

using namespace Signalbox;

namespace {

QStringList filtersOf(const QList<SubscribeEntry> &entries)
{
    QStringList filters;
    for (const SubscribeEntry &e : entries)
        filters.append(e.filter);
    return filters;
}

// Packet ids 1, 2, 3 ... as OutboundQueue would hand them out.
struct Ids
{
    quint16 next = 1;
    quint16 operator()() { return next++; }
};

} // namespace

class TestSubscriptions : public QObject
{
    Q_OBJECT

private slots:
    void validate_data()
    {
        QTest::addColumn<QList<SubscribeEntry>>("entries");
        QTest::addColumn<QString>("why"); // a part of the sentence; empty: valid
        QTest::newRow("nothing") << QList<SubscribeEntry>{} << QStringLiteral("Nothing to subscribe to");
        // MQTT 5.0 §4.7.1.2: '#' must be last
        QTest::newRow("# not last") << QList<SubscribeEntry>{{QStringLiteral("a/#/b"), 0}}
                                    << QStringLiteral("Invalid topic filter 'a/#/b'");
        QTest::newRow("QoS 3") << QList<SubscribeEntry>{{QStringLiteral("a"), 0}, {QStringLiteral("b"), 3}}
                               << QStringLiteral("not 3");
        QTest::newRow("valid") << QList<SubscribeEntry>{{QStringLiteral("a/+"), 2}, {QStringLiteral("#"), 0}}
                               << QString();
    }
    void validate()
    {
        QFETCH(QList<SubscribeEntry>, entries);
        QFETCH(QString, why);
        const std::optional<QString> said = Subscriptions::validate(entries);
        if (why.isEmpty())
            QVERIFY2(!said, qPrintable(said.value_or(QString())));
        else
            QVERIFY2(said && said->contains(why), qPrintable(said.value_or(QString())));
    }

    // A filter is remembered (and matched) from subscribe() on, before its SUBACK.
    void subscribeRemembersAtOnce_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::newRow("3.1.1") << ProtocolVersion::V311;
        QTest::newRow("5.0") << ProtocolVersion::V5;
    }
    void subscribeRemembersAtOnce()
    {
        QFETCH(ProtocolVersion, version);
        Subscriptions subs(version);
        Properties properties;
        properties.set(PropertyId::SubscriptionIdentifier, 7u);
        const SubscribePacket packet = subs.subscribe(5, {{QStringLiteral("plant/+"), 1}}, properties);
        QCOMPARE(packet.packetId, quint16(5));
        QCOMPARE(filtersOf(packet.entries), QStringList{QStringLiteral("plant/+")});
        // only 5.0 has properties (§3.8.2.1)
        QCOMPARE(packet.properties.contains(PropertyId::SubscriptionIdentifier), version == ProtocolVersion::V5);
        QVERIFY(subs.isWaiting(5));
        QVERIFY(!subs.isWaiting(6));
        QCOMPARE(subs.waitingCount(), 1);
        QCOMPARE(filtersOf(subs.subscriptions()), QStringList{QStringLiteral("plant/+")});
        QCOMPARE(subs.matcher().match(QStringLiteral("plant/valve")), QStringList{QStringLiteral("plant/+")});

        // Subscribing again replaces the entry (§3.8.4), it is matched once.
        subs.subscribe(6, {{QStringLiteral("plant/+"), 2}}, {});
        QCOMPARE(subs.subscriptions().size(), 1);
        QCOMPARE(subs.subscriptions().first().qos, quint8(2));
        QCOMPARE(subs.matcher().match(QStringLiteral("plant/valve")).size(), 1);
    }

    void unsubscribeForgetsAtOnce()
    {
        Subscriptions subs;
        subs.subscribe(1, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}, {});
        const UnsubscribePacket packet = subs.unsubscribe(2, {QStringLiteral("a")}, {});
        QCOMPARE(packet.packetId, quint16(2));
        QCOMPARE(packet.filters, QStringList{QStringLiteral("a")});
        QCOMPARE(filtersOf(subs.subscriptions()), QStringList{QStringLiteral("b")});
        QVERIFY(subs.matcher().match(QStringLiteral("a")).isEmpty());
        QCOMPARE(subs.waitingCount(), 2);

        UnsubackPacket ack{2, {}, {}};
        const std::optional<UnsubscribeResult> result = subs.acknowledge(ack);
        QVERIFY(result);
        QCOMPARE(result->packetId, quint16(2));
        QCOMPARE(result->filters, QStringList{QStringLiteral("a")});
        QVERIFY(!subs.isWaiting(2));
        QVERIFY(subs.isWaiting(1));
        QVERIFY(!subs.acknowledge(ack)); // once only
    }

    // A refused filter is forgotten; the others stay (MQTT 5.0 §3.9.3).
    void subackRefusal_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<quint8>("refusal");
        QTest::addColumn<QString>("why");
        QTest::newRow("3.1.1") << ProtocolVersion::V311 << quint8(0x80) << QStringLiteral(": Failure.");
        QTest::newRow("5.0") << ProtocolVersion::V5 << quint8(ReasonCode::NotAuthorized)
                             << QStringLiteral("(no access to secret/#)");
    }
    void subackRefusal()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(quint8, refusal);
        QFETCH(QString, why);
        Subscriptions subs(version);
        subs.subscribe(3, {{QStringLiteral("open/#"), 1}, {QStringLiteral("secret/#"), 1}}, {});
        SubackPacket ack{3, {1, refusal}, {}};
        ack.properties.set(PropertyId::ReasonString, QStringLiteral("no access to secret/#"));
        const Subscriptions::SubackOutcome outcome = subs.acknowledge(ack);
        QVERIFY(outcome.violation.isEmpty());
        QVERIFY(outcome.result);
        QCOMPARE(outcome.result->packetId, quint16(3));
        QCOMPARE(filtersOf(outcome.result->entries),
                 (QStringList{QStringLiteral("open/#"), QStringLiteral("secret/#")}));
        QCOMPARE(outcome.result->reasonCodes, (QList<quint8>{1, refusal}));
        QCOMPARE(outcome.refusal.kind, ErrorKind::Rejected);
        QCOMPARE(outcome.refusal.reason, refusal);
        QVERIFY2(outcome.refusal.message.contains(QStringLiteral("refused the subscription to 'secret/#'")),
                 qPrintable(outcome.refusal.message));
        QVERIFY2(outcome.refusal.message.contains(why), qPrintable(outcome.refusal.message));
        QCOMPARE(filtersOf(subs.subscriptions()), QStringList{QStringLiteral("open/#")});
        QCOMPARE(subs.matcher().match(QStringLiteral("secret/x")), QStringList{});
        QCOMPARE(subs.waitingCount(), 0);
    }

    void subackGranted()
    {
        Subscriptions subs;
        subs.subscribe(3, {{QStringLiteral("a"), 2}}, {});
        const Subscriptions::SubackOutcome outcome = subs.acknowledge(SubackPacket{3, {1}, {}});
        QVERIFY(outcome.result);
        QVERIFY(outcome.refusal.message.isEmpty());
        QCOMPARE(subs.subscriptions().size(), 1);
    }

    // §3.9.3: one reason code per filter asked for.
    void subackWithWrongCount()
    {
        Subscriptions subs;
        subs.subscribe(4, {{QStringLiteral("a"), 0}, {QStringLiteral("b"), 0}}, {});
        const Subscriptions::SubackOutcome outcome = subs.acknowledge(SubackPacket{4, {0}, {}});
        QVERIFY(!outcome.result);
        QVERIFY2(outcome.violation.contains(QStringLiteral("answered 2 subscriptions with 1 reason codes")),
                 qPrintable(outcome.violation));
    }

    // An acknowledgement for an id nothing waits with, or of the other kind, is ignored.
    void unknownOrMismatchedIds()
    {
        Subscriptions subs;
        subs.subscribe(1, {{QStringLiteral("a"), 0}}, {});
        subs.unsubscribe(2, {QStringLiteral("z")}, {});
        Subscriptions::SubackOutcome outcome = subs.acknowledge(SubackPacket{9, {0}, {}});
        QVERIFY(!outcome.result);
        QVERIFY(outcome.violation.isEmpty());
        outcome = subs.acknowledge(SubackPacket{2, {0}, {}}); // 2 is an UNSUBSCRIBE
        QVERIFY(!outcome.result);
        QVERIFY(subs.isWaiting(2));
        QVERIFY(!subs.acknowledge(UnsubackPacket{1, {}, {}})); // 1 is a SUBSCRIBE
        QVERIFY(subs.isWaiting(1));
        QCOMPARE(subs.waitingCount(), 2);
    }

    // Regression: requests that waited when the connection dropped kept
    // waiting, so they counted as unacknowledged on the next connection (a
    // stall after two keep-alive intervals) and kept their packet ids.
    void connectionLostStopsWaiting()
    {
        Subscriptions subs;
        subs.subscribe(1, {{QStringLiteral("a"), 0}}, {});
        subs.unsubscribe(2, {QStringLiteral("b")}, {});
        subs.connectionLost();
        QCOMPARE(subs.waitingCount(), 0);
        QVERIFY(!subs.isWaiting(1));
        QVERIFY(!subs.isWaiting(2));
        QVERIFY(!subs.acknowledge(SubackPacket{1, {0}, {}}).result); // a late answer is not ours
        QCOMPARE(filtersOf(subs.subscriptions()), QStringList{QStringLiteral("a")});
    }

    // Without a session the broker knows nothing: one SUBSCRIBE for what is
    // remembered (a filter whose SUBACK never came included, an unsubscribed
    // one not), with the last subscribe()'s properties.
    void newSessionResubscribesRemembered()
    {
        Subscriptions subs(ProtocolVersion::V5);
        subs.subscribe(1, {{QStringLiteral("a"), 1}, {QStringLiteral("b"), 0}}, {});
        QVERIFY(subs.acknowledge(SubackPacket{1, {1, 0}, {}}).result);
        Properties properties;
        properties.set(PropertyId::SubscriptionIdentifier, 3u);
        subs.subscribe(2, {{QStringLiteral("c"), 2}}, properties);
        subs.unsubscribe(3, {QStringLiteral("b")}, {});
        subs.connectionLost();

        Ids ids{10};
        const QList<Packet> sent = subs.connectionStarted(false, std::ref(ids));
        QCOMPARE(sent.size(), 1);
        const auto *sub = std::get_if<SubscribePacket>(&sent.first());
        QVERIFY(sub);
        QCOMPARE(sub->packetId, quint16(10));
        QCOMPARE(filtersOf(sub->entries), (QStringList{QStringLiteral("a"), QStringLiteral("c")}));
        QCOMPARE(sub->properties.integer(PropertyId::SubscriptionIdentifier), std::optional<quint32>(3));
        QCOMPARE(subs.waitingCount(), 1);
        QVERIFY(subs.isWaiting(10));

        // The next connection (also without a session) subscribes again, with a new id.
        subs.connectionLost();
        const QList<Packet> again = subs.connectionStarted(false, std::ref(ids));
        QCOMPARE(again.size(), 1);
        QCOMPARE(std::get<SubscribePacket>(again.first()).packetId, quint16(11));
        QCOMPARE(subs.waitingCount(), 1);
    }

    // With a session present what the broker acknowledged stands; what it did
    // not is sent again, in the order it was first sent, under new ids.
    void sessionPresentResendsUnacknowledged_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::newRow("3.1.1") << ProtocolVersion::V311;
        QTest::newRow("5.0") << ProtocolVersion::V5;
    }
    void sessionPresentResendsUnacknowledged()
    {
        QFETCH(ProtocolVersion, version);
        Subscriptions subs(version);
        subs.subscribe(1, {{QStringLiteral("x"), 1}}, {});
        QVERIFY(subs.acknowledge(SubackPacket{1, {1}, {}}).result);
        Properties properties;
        properties.set(PropertyId::SubscriptionIdentifier, 4u);
        subs.subscribe(2, {{QStringLiteral("a"), 1}}, properties);
        subs.unsubscribe(3, {QStringLiteral("x")}, {});
        subs.subscribe(4, {{QStringLiteral("x"), 0}}, {});
        // A drop before CONNACK, and one before the broker answered anything.
        subs.connectionLost();
        subs.connectionLost();

        Ids ids{20};
        const QList<Packet> sent = subs.connectionStarted(true, std::ref(ids));
        QCOMPARE(sent.size(), 3);
        const auto *a = std::get_if<SubscribePacket>(&sent.at(0));
        const auto *unsub = std::get_if<UnsubscribePacket>(&sent.at(1));
        const auto *x = std::get_if<SubscribePacket>(&sent.at(2));
        QVERIFY(a && unsub && x);
        QCOMPARE(a->packetId, quint16(20));
        QCOMPARE(filtersOf(a->entries), QStringList{QStringLiteral("a")});
        QCOMPARE(a->properties.contains(PropertyId::SubscriptionIdentifier), version == ProtocolVersion::V5);
        QCOMPARE(unsub->packetId, quint16(21));
        QCOMPARE(unsub->filters, QStringList{QStringLiteral("x")});
        QCOMPARE(x->packetId, quint16(22));
        QCOMPARE(subs.waitingCount(), 3);
        QVERIFY(subs.isWaiting(20) && subs.isWaiting(21) && subs.isWaiting(22));
        QVERIFY(!subs.isWaiting(2));
        QCOMPARE(filtersOf(subs.subscriptions()), (QStringList{QStringLiteral("a"), QStringLiteral("x")}));

        QVERIFY(subs.acknowledge(SubackPacket{20, {1}, {}}).result);
        QVERIFY(subs.acknowledge(UnsubackPacket{21, {}, {}}));
        QVERIFY(subs.acknowledge(SubackPacket{22, {0}, {}}).result);
        subs.connectionLost();
        QVERIFY(subs.connectionStarted(true, std::ref(ids)).isEmpty()); // all acknowledged
    }

    void nothingRemembered()
    {
        Subscriptions subs;
        Ids ids;
        QVERIFY(subs.connectionStarted(false, std::ref(ids)).isEmpty());
        QVERIFY(subs.connectionStarted(true, std::ref(ids)).isEmpty());
        QCOMPARE(ids.next, quint16(1));
    }
};

QTEST_GUILESS_MAIN(TestSubscriptions)
#include "tst_subscriptions.moc"
