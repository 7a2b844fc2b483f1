// OutboundQueue: the in-flight window, packet ids, QoS 1 and 2 flows, the
// re-send after a reconnect, topic aliases and the one way a message fails,
// without a socket.
#include "client/outboundqueue.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

namespace {

PublishPacket publish(const QString &topic, quint8 qos, const QByteArray &payload = "x")
{
    PublishPacket p;
    p.topic = topic;
    p.qos = qos;
    p.payload = payload;
    return p;
}

PublishPacket withAlias(PublishPacket p, quint32 alias)
{
    p.properties.set(PropertyId::TopicAlias, alias);
    return p;
}

AckPacket ack(PacketType type, quint16 id, quint8 reason = 0)
{
    return AckPacket{type, id, reason, {}};
}

OutboundQueue::Limits limits(quint16 receiveMaximum = 65535)
{
    OutboundQueue::Limits l;
    l.receiveMaximum = receiveMaximum;
    return l;
}

// What MqttClient does with a packet that takeNext() hands over.
Delivery send(OutboundQueue &queue, const OutboundQueue::Next &next, ProtocolVersion version, qint64 nowUs = 0)
{
    return queue.written(encodePacket(*next.packet, version).size(), nowUs);
}

// Takes and writes every message the window lets go; the packets written.
QList<PublishPacket> sendAll(OutboundQueue &queue, ProtocolVersion version, QList<Delivery> *deliveries = nullptr)
{
    QList<PublishPacket> written;
    while (auto next = queue.takeNext()) {
        if (!next->packet) {
            if (deliveries)
                deliveries->append(next->failed);
            continue;
        }
        const Delivery d = send(queue, *next, version);
        if (deliveries)
            deliveries->append(d);
        if (d.state == Delivery::State::Sent)
            written.append(*next->packet);
    }
    return written;
}

} // namespace

class TestOutboundQueue : public QObject
{
    Q_OBJECT

private slots:
    void windowLimitsInFlight_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<int>("window");
        // MQTT 3.x has no Receive Maximum: our own limit (setMaximumInFlightV3)
        QTest::newRow("3.1.1") << ProtocolVersion::V311 << 3;
        // MQTT 5.0 §4.9: the broker's Receive Maximum from CONNACK
        QTest::newRow("5.0") << ProtocolVersion::V5 << 2;
    }
    void windowLimitsInFlight()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(int, window);
        OutboundQueue queue(version);
        queue.setMaximumInFlightV3(3);
        queue.connectionStarted(limits(2), false, 0);
        for (int i = 0; i < 5; ++i)
            queue.enqueue(quint64(i) + 1, publish(QStringLiteral("t/%1").arg(i), 1));
        const QList<PublishPacket> first = sendAll(queue, version);
        QCOMPARE(first.size(), window);
        QCOMPARE(queue.inFlightCount(), window);
        QCOMPARE(queue.queuedCount(), 5 - window);

        // A QoS 0 message needs no slot, but waits its turn behind QoS 1.
        queue.enqueue(6, publish(QStringLiteral("zero"), 0));
        QVERIFY(!queue.takeNext());

        // Each acknowledgement lets one more go.
        const auto outcome = queue.acknowledge(ack(PacketType::Puback, first.first().packetId), 0);
        QVERIFY(outcome.settled);
        const QList<PublishPacket> next = sendAll(queue, version);
        QCOMPARE(next.size(), 1);
        QCOMPARE(next.first().topic, QStringLiteral("t/%1").arg(window));
        QCOMPARE(queue.inFlightCount(), window);
    }

    void qos0GoesWhileTheWindowIsFull()
    {
        OutboundQueue queue(ProtocolVersion::V5);
        queue.connectionStarted(limits(1), false, 0);
        queue.enqueue(1, publish(QStringLiteral("one"), 1));
        queue.enqueue(2, publish(QStringLiteral("zero"), 0));
        const QList<Delivery> deliveries = [&] {
            QList<Delivery> d;
            sendAll(queue, ProtocolVersion::V5, &d);
            return d;
        }();
        QCOMPARE(deliveries.size(), 2);
        QCOMPARE(deliveries.at(1).token, 2u);
        QCOMPARE(deliveries.at(1).state, Delivery::State::Sent);
        QCOMPARE(deliveries.at(1).packetId, 0);
        QCOMPARE(queue.inFlightCount(), 1);
    }

    void packetIdsWrapAndSkipIdsInUse()
    {
        QSet<quint16> elsewhere{5};
        OutboundQueue queue(ProtocolVersion::V311, [&](quint16 id) { return elsewhere.contains(id); });
        queue.setMaximumInFlightV3(100);
        // In flight from a previous run: ids 1, 2 and 65534 (allocation goes on after the last).
        QList<SessionStore::Outgoing> saved;
        for (quint16 id : {quint16(1), quint16(2), quint16(65534)}) {
            SessionStore::Outgoing o;
            o.seq = id;
            o.packet = publish(QStringLiteral("old"), 1);
            o.packet.packetId = id;
            saved.append(o);
        }
        quint64 token = 100;
        queue.restore(saved, [&] { return token++; });
        QCOMPARE(queue.inFlightCount(), 3);

        // MQTT 5.0 §2.2.1: non-zero, and not one in use.
        QCOMPARE(queue.allocatePacketId(), 65535);
        QCOMPARE(queue.allocatePacketId(), 3); // 0 is skipped, 1 and 2 are in flight
        QCOMPARE(queue.allocatePacketId(), 4);
        QCOMPARE(queue.allocatePacketId(), 6); // 5 is taken elsewhere (a SUBSCRIBE)

        queue.enqueue(1, publish(QStringLiteral("new"), 1));
        const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V311);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().packetId, 7);
    }

    void noIdLeft()
    {
        OutboundQueue queue(ProtocolVersion::V311, [](quint16 id) { return id != 40000; });
        QCOMPARE(queue.allocatePacketId(), 40000);
        OutboundQueue full(ProtocolVersion::V311, [](quint16) { return true; });
        QCOMPARE(full.allocatePacketId(), 0);
    }

    void qos1IsAcknowledged()
    {
        OutboundQueue queue(ProtocolVersion::V5);
        queue.connectionStarted(limits(), false, 0);
        queue.enqueue(7, publish(QStringLiteral("a"), 1));
        auto next = queue.takeNext();
        QVERIFY(next && next->packet);
        const Delivery sent = send(queue, *next, ProtocolVersion::V5, 1000);
        QCOMPARE(sent.state, Delivery::State::Sent);
        QCOMPARE(sent.token, 7u);
        const quint16 id = next->packet->packetId;
        QCOMPARE(sent.packetId, id);

        // A PUBCOMP or PUBREC does not answer a QoS 1 PUBLISH.
        QVERIFY(!queue.acknowledge(ack(PacketType::Pubcomp, id), 2000).delivery);
        QVERIFY(!queue.acknowledge(ack(PacketType::Pubrec, id), 2000).delivery);
        QCOMPARE(queue.inFlightCount(), 1);

        const auto outcome = queue.acknowledge(ack(PacketType::Puback, id), 3500);
        QVERIFY(outcome.settled);
        QVERIFY(!outcome.reply);
        QVERIFY(outcome.delivery);
        QCOMPARE(outcome.delivery->state, Delivery::State::Acknowledged);
        QCOMPARE(outcome.delivery->token, 7u);
        QCOMPARE(outcome.delivery->topic, QStringLiteral("a"));
        QCOMPARE(outcome.delivery->roundTripUs, 2500);
        QCOMPARE(queue.inFlightCount(), 0);

        // A second PUBACK finds nothing.
        QVERIFY(!queue.acknowledge(ack(PacketType::Puback, id), 4000).delivery);
    }

    void qos2GoesThroughPubrel()
    {
        OutboundQueue queue(ProtocolVersion::V5);
        queue.connectionStarted(limits(), false, 0);
        queue.enqueue(9, publish(QStringLiteral("b"), 2));
        const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V5);
        const quint16 id = sent.first().packetId;

        // PUBCOMP before PUBREC is out of order: ignored.
        QVERIFY(!queue.acknowledge(ack(PacketType::Pubcomp, id), 0).delivery);

        // MQTT 5.0 §4.3.3: PUBREC is answered with PUBREL.
        const auto rec = queue.acknowledge(ack(PacketType::Pubrec, id), 0);
        QVERIFY(!rec.settled);
        QCOMPARE(rec.reply, std::optional(ack(PacketType::Pubrel, id)));
        QCOMPARE(rec.delivery->state, Delivery::State::Received);
        QCOMPARE(queue.inFlightCount(), 1);

        // A duplicate PUBREC gets its PUBREL again, and reports nothing.
        const auto again = queue.acknowledge(ack(PacketType::Pubrec, id), 0);
        QCOMPARE(again.reply, std::optional(ack(PacketType::Pubrel, id)));
        QVERIFY(!again.delivery);

        const auto comp = queue.acknowledge(ack(PacketType::Pubcomp, id), 0);
        QVERIFY(comp.settled);
        QVERIFY(!comp.reply);
        QCOMPARE(comp.delivery->state, Delivery::State::Acknowledged);
        QCOMPARE(comp.delivery->token, 9u);
        QCOMPARE(queue.inFlightCount(), 0);
    }

    void unknownPubrecIsAnswered_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<quint8>("reason");
        QTest::newRow("3.1.1") << ProtocolVersion::V311 << quint8(0);
        // MQTT 5.0 §3.6.2.1: Packet Identifier not found
        QTest::newRow("5.0") << ProtocolVersion::V5 << quint8(ReasonCode::PacketIdentifierNotFound);
    }
    void unknownPubrecIsAnswered()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(quint8, reason);
        OutboundQueue queue(version);
        const auto outcome = queue.acknowledge(ack(PacketType::Pubrec, 321), 0);
        QCOMPARE(outcome.reply, std::optional(ack(PacketType::Pubrel, 321, reason)));
        QVERIFY(!outcome.delivery);
        QVERIFY(!queue.acknowledge(ack(PacketType::Puback, 321), 0).delivery);
    }

    void errorReasonFails_data()
    {
        QTest::addColumn<quint8>("qos");
        QTest::addColumn<int>("type");
        QTest::addColumn<quint8>("reason");
        // MQTT 5.0 §3.4.2.1 and §3.5.2.1: a reason code of 0x80 or more ends the flow
        QTest::newRow("PUBACK not authorized")
            << quint8(1) << int(PacketType::Puback) << quint8(ReasonCode::NotAuthorized);
        QTest::newRow("PUBACK quota exceeded")
            << quint8(1) << int(PacketType::Puback) << quint8(ReasonCode::QuotaExceeded);
        QTest::newRow("PUBREC unspecified")
            << quint8(2) << int(PacketType::Pubrec) << quint8(ReasonCode::UnspecifiedError);
        QTest::newRow("PUBREC topic invalid")
            << quint8(2) << int(PacketType::Pubrec) << quint8(ReasonCode::TopicNameInvalid);
    }
    void errorReasonFails()
    {
        QFETCH(quint8, qos);
        QFETCH(int, type);
        QFETCH(quint8, reason);
        OutboundQueue queue(ProtocolVersion::V5);
        queue.connectionStarted(limits(1), false, 0);
        queue.enqueue(1, publish(QStringLiteral("denied"), qos));
        queue.enqueue(2, publish(QStringLiteral("next"), qos));
        const quint16 id = sendAll(queue, ProtocolVersion::V5).first().packetId;

        AckPacket refusal = ack(PacketType(type), id, reason);
        refusal.properties.set(PropertyId::ReasonString, QStringLiteral("not for you"));
        const auto outcome = queue.acknowledge(refusal, 0);
        QVERIFY(outcome.settled);
        QVERIFY(!outcome.reply); // no PUBREL after a failed PUBREC
        QCOMPARE(outcome.delivery->state, Delivery::State::Failed);
        QCOMPARE(outcome.delivery->reason, reason);
        QCOMPARE(outcome.delivery->reasonString, QStringLiteral("not for you"));
        QCOMPARE(outcome.delivery->token, 1u);
        QCOMPARE(queue.inFlightCount(), 0);
        // its slot is free for the next
        QCOMPARE(sendAll(queue, ProtocolVersion::V5).size(), 1);
    }

    void resendAfterReconnect_data()
    {
        QTest::addColumn<bool>("sessionPresent");
        QTest::newRow("session present") << true;
        QTest::newRow("new session") << false;
    }
    void resendAfterReconnect()
    {
        QFETCH(bool, sessionPresent);
        OutboundQueue queue(ProtocolVersion::V5);
        queue.connectionStarted(
            [] {
                OutboundQueue::Limits l;
                l.receiveMaximum = 3;
                l.topicAliasMaximum = 10;
                return l;
            }(),
            false, 0);
        // Ids wrap, so that the order of ids is not the order of sending.
        while (queue.allocatePacketId() != 65534) { }
        queue.enqueue(1, publish(QStringLiteral("r/1"), 1));
        queue.enqueue(2, publish(QStringLiteral("r/2"), 2));
        queue.enqueue(3, withAlias(publish(QStringLiteral("r/3"), 2), 4));
        queue.enqueue(4, publish(QStringLiteral("r/4"), 1)); // still queued
        const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V5);
        QCOMPARE(sent.size(), 3);
        QCOMPARE(sent.at(0).packetId, 65535);
        QCOMPARE(sent.at(1).packetId, 1);
        QCOMPARE(sent.at(2).packetId, 2);
        queue.acknowledge(ack(PacketType::Pubrec, 1), 0); // r/2 is past PUBREC

        const QList<Packet> resend = queue.connectionStarted(limits(3), sessionPresent, 0);
        if (sessionPresent) {
            // MQTT 5.0 §4.4: PUBLISH again with DUP, PUBREL for those past PUBREC, in the first order.
            QCOMPARE(resend.size(), 3);
            PublishPacket first = sent.at(0);
            first.dup = true;
            QCOMPARE(resend.at(0), Packet(first));
            QCOMPARE(resend.at(1), Packet(ack(PacketType::Pubrel, 1)));
            const auto third = std::get<PublishPacket>(resend.at(2));
            QVERIFY(third.dup);
            QCOMPARE(third.packetId, 2);
            QCOMPARE(third.topic, QStringLiteral("r/3"));
            QVERIFY(!third.properties.contains(PropertyId::TopicAlias)); // aliases end with their connection
            QCOMPARE(queue.inFlightCount(), 3);
            QCOMPARE(queue.queuedCount(), 1);
            // They keep their tokens.
            QCOMPARE(queue.acknowledge(ack(PacketType::Puback, 65535), 0).delivery->token, 1u);
            return;
        }
        // The broker forgot them: they are sent again as new messages, before what was queued.
        QVERIFY(resend.isEmpty());
        QCOMPARE(queue.inFlightCount(), 0);
        QCOMPARE(queue.queuedCount(), 4);
        QList<Delivery> deliveries;
        const QList<PublishPacket> again = sendAll(queue, ProtocolVersion::V5, &deliveries);
        QCOMPARE(again.size(), 3);
        QCOMPARE(deliveries.at(0).token, 1u);
        QCOMPARE(deliveries.at(1).token, 2u);
        QCOMPARE(deliveries.at(2).token, 3u);
        for (const PublishPacket &p : again) {
            QVERIFY(!p.dup);
            QVERIFY(!p.properties.contains(PropertyId::TopicAlias));
            QVERIFY(p.packetId != 0);
        }
        QCOMPARE(again.at(2).topic, QStringLiteral("r/3"));
    }

    void topicAliases()
    {
        OutboundQueue queue(ProtocolVersion::V5);
        OutboundQueue::Limits l;
        l.topicAliasMaximum = 5;
        queue.connectionStarted(l, false, 0);
        const auto one = [&](const PublishPacket &p) {
            queue.enqueue(1, p);
            QList<Delivery> d;
            const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V5, &d);
            return std::pair{sent.value(0), d.value(0)};
        };
        const QString a = QStringLiteral("sensors/a");
        const QString b = QStringLiteral("sensors/b");

        // MQTT 5.0 §3.3.2.3.4: the first use sends the topic with the alias ...
        auto [wire, d] = one(withAlias(publish(a, 0), 3));
        QCOMPARE(wire.topic, a);
        QCOMPARE(wire.properties.integer(PropertyId::TopicAlias), 3u);
        // ... after that the alias alone stands for it,
        std::tie(wire, d) = one(withAlias(publish(a, 0), 3));
        QCOMPARE(d.state, Delivery::State::Sent);
        QVERIFY(wire.topic.isEmpty());
        // also for a message given only the alias, which reports the topic.
        std::tie(wire, d) = one(withAlias(publish(QString(), 1), 3));
        QCOMPARE(d.state, Delivery::State::Sent);
        QVERIFY(wire.topic.isEmpty());
        QCOMPARE(d.topic, a);

        // An alias may be given to another topic.
        std::tie(wire, d) = one(withAlias(publish(b, 0), 3));
        QCOMPARE(wire.topic, b);
        std::tie(wire, d) = one(withAlias(publish(QString(), 0), 3));
        QCOMPARE(d.topic, b);
        // The broker's maximum is the last alias that may be used.
        std::tie(wire, d) = one(withAlias(publish(a, 0), 5));
        QCOMPARE(d.state, Delivery::State::Sent);

        // Beyond the maximum, 0, or an alias without a topic yet: the message fails.
        for (const PublishPacket &p :
             {withAlias(publish(a, 1), 6), withAlias(publish(a, 1), 0), withAlias(publish(QString(), 1), 4)}) {
            std::tie(wire, d) = one(p);
            QCOMPARE(d.state, Delivery::State::Failed);
            QCOMPARE(d.reason, quint8(ReasonCode::TopicAliasInvalid));
            QVERIFY(!d.reasonString.isEmpty());
        }

        // A new connection starts without aliases.
        queue.connectionStarted(l, true, 0);
        std::tie(wire, d) = one(withAlias(publish(QString(), 0), 3));
        QCOMPARE(d.state, Delivery::State::Failed);
        std::tie(wire, d) = one(withAlias(publish(b, 0), 3));
        QCOMPARE(wire.topic, b);
    }

    void tooLargeFailsWithoutTakingTheAlias()
    {
        OutboundQueue queue(ProtocolVersion::V5);
        OutboundQueue::Limits l;
        l.topicAliasMaximum = 5;
        l.maximumPacketSize = 100;
        queue.connectionStarted(l, false, 0);
        queue.enqueue(1, withAlias(publish(QStringLiteral("big"), 1, QByteArray(200, 'x')), 1));
        queue.enqueue(2, withAlias(publish(QStringLiteral("big"), 1, "small"), 1));
        QList<Delivery> deliveries;
        const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V5, &deliveries);
        QCOMPARE(deliveries.size(), 2);
        // MQTT 5.0 §3.1.2.24: nothing larger than the broker's Maximum Packet Size
        QCOMPARE(deliveries.at(0).state, Delivery::State::Failed);
        QCOMPARE(deliveries.at(0).reason, quint8(ReasonCode::PacketTooLarge));
        QCOMPARE(queue.inFlightCount(), 1);
        // The broker never saw the first: the second must carry the topic.
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().topic, QStringLiteral("big"));
    }

    void brokerLimitsFail_data()
    {
        QTest::addColumn<quint8>("qos");
        QTest::addColumn<bool>("retain");
        QTest::addColumn<quint8>("reason");
        // MQTT 5.0 §3.2.2.3.4 Maximum QoS, §3.2.2.3.5 Retain Available
        QTest::newRow("QoS 2 to a QoS 1 broker") << quint8(2) << false << quint8(ReasonCode::QoSNotSupported);
        QTest::newRow("retained, not available") << quint8(1) << true << quint8(ReasonCode::RetainNotSupported);
    }
    void brokerLimitsFail()
    {
        QFETCH(quint8, qos);
        QFETCH(bool, retain);
        QFETCH(quint8, reason);
        OutboundQueue queue(ProtocolVersion::V5);
        OutboundQueue::Limits l;
        l.maximumQoS = 1;
        l.retainAvailable = false;
        queue.connectionStarted(l, false, 0);
        PublishPacket p = publish(QStringLiteral("t"), qos);
        p.retain = retain;
        queue.enqueue(5, p);
        QList<Delivery> deliveries;
        QVERIFY(sendAll(queue, ProtocolVersion::V5, &deliveries).isEmpty());
        QCOMPARE(deliveries.size(), 1);
        QCOMPARE(deliveries.first().token, 5u);
        QCOMPARE(deliveries.first().state, Delivery::State::Failed);
        QCOMPARE(deliveries.first().reason, reason);
        QCOMPARE(queue.inFlightCount(), 0);
        QCOMPARE(queue.queuedCount(), 0);
    }

    void queueLimit()
    {
        OutboundQueue queue;
        queue.setMaximumQueued(2);
        QVERIFY(!queue.isFull());
        queue.enqueue(1, publish(QStringLiteral("a"), 1));
        QVERIFY(!queue.isFull());
        queue.enqueue(2, publish(QStringLiteral("b"), 1));
        QVERIFY(queue.isFull());
        queue.connectionStarted(limits(), false, 0);
        sendAll(queue, ProtocolVersion::V311);
        QVERIFY(!queue.isFull()); // in flight does not count
    }

    // Every change reaches the session store, every way a message ends
    // removes it there, and a later run takes over what is left.
    void mirrorsTheStore()
    {
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("s.db"))));
        store.setSession(QStringLiteral("k"));
        const auto saved = [&] {
            QMap<QString, std::pair<quint16, bool>> byTopic; // packet id, released
            for (const SessionStore::Outgoing &o : store.load().outgoing)
                byTopic.insert(o.packet.topic, {o.packet.packetId, o.released});
            return byTopic;
        };

        OutboundQueue queue(ProtocolVersion::V5);
        queue.enqueue(1, publish(QStringLiteral("early"), 1)); // before the store is set
        queue.enqueue(2, publish(QStringLiteral("zero"), 0)); // QoS 0 is never stored
        queue.setStore(&store);
        queue.enqueue(3, publish(QStringLiteral("qos2"), 2));
        queue.enqueue(4, publish(QStringLiteral("refused"), 1));
        queue.enqueue(5, publish(QStringLiteral("large"), 1, QByteArray(300, 'x')));
        queue.enqueue(6, withAlias(publish(QStringLiteral("aliased"), 1), 9));
        PublishPacket retained = publish(QStringLiteral("retained"), 1);
        retained.retain = true;
        queue.enqueue(7, retained);
        queue.enqueue(8, publish(QStringLiteral("waits"), 1));
        QCOMPARE(saved().keys(), QStringList({QStringLiteral("aliased"), QStringLiteral("early"),
                                              QStringLiteral("large"), QStringLiteral("qos2"), QStringLiteral("refused"),
                                              QStringLiteral("retained"), QStringLiteral("waits")}));
        QCOMPARE(saved().value(QStringLiteral("early")).first, 0);

        OutboundQueue::Limits l;
        l.receiveMaximum = 4;
        l.maximumPacketSize = 200;
        l.topicAliasMaximum = 5;
        l.retainAvailable = false;
        queue.connectionStarted(l, false, 0);
        QList<Delivery> deliveries;
        const QList<PublishPacket> sent = sendAll(queue, ProtocolVersion::V5, &deliveries);
        QCOMPARE(sent.size(), 5); // early, zero, qos2, refused, waits
        QCOMPARE(deliveries.size(), 8);
        const quint16 early = sent.at(0).packetId, qos2 = sent.at(2).packetId, refused = sent.at(3).packetId;
        QCOMPARE(saved().keys(), QStringList({QStringLiteral("early"), QStringLiteral("qos2"),
                                              QStringLiteral("refused"), QStringLiteral("waits")}));
        QCOMPARE(saved().value(QStringLiteral("early")).first, early);

        queue.acknowledge(ack(PacketType::Puback, early), 0);
        queue.acknowledge(ack(PacketType::Pubrec, qos2), 0);
        queue.acknowledge(ack(PacketType::Puback, refused, quint8(ReasonCode::NotAuthorized)), 0);
        QCOMPARE(saved().keys(), QStringList({QStringLiteral("qos2"), QStringLiteral("waits")}));
        QCOMPARE(saved().value(QStringLiteral("qos2")), std::pair(qos2, true));
        QVERIFY(store.commit());

        OutboundQueue later(ProtocolVersion::V5);
        quint64 token = 100;
        later.restore(store.load().outgoing, [&] { return token++; });
        later.setStore(&store);
        QCOMPARE(later.inFlightCount(), 2);
        const QList<Packet> resend = later.connectionStarted(l, true, 0);
        QCOMPARE(resend.size(), 2);
        QCOMPARE(resend.at(0), Packet(ack(PacketType::Pubrel, qos2)));
        QCOMPARE(std::get<PublishPacket>(resend.at(1)).topic, QStringLiteral("waits"));
        QVERIFY(std::get<PublishPacket>(resend.at(1)).dup);
        const auto done = later.acknowledge(ack(PacketType::Pubcomp, qos2), 0);
        QCOMPARE(done.delivery->token, 100u); // a new token for a message of an earlier run
        QCOMPARE(saved().keys(), QStringList({QStringLiteral("waits")}));
    }
};

QTEST_GUILESS_MAIN(TestOutboundQueue)
#include "tst_outboundqueue.moc"
