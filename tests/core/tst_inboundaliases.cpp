// InboundAliases: topic aliases defined and used by the broker (MQTT 5.0
// §3.3.2.3.4), without a socket.
#include "client/inboundaliases.h"

#include <QTest>

using namespace Signalbox;

namespace {

PublishPacket publish(const QString &topic, std::optional<quint32> alias)
{
    PublishPacket p;
    p.topic = topic;
    p.payload = "x";
    if (alias)
        p.properties.set(PropertyId::TopicAlias, *alias);
    return p;
}

} // namespace

class TestInboundAliases : public QObject
{
    Q_OBJECT

private slots:
    void defineThenUse()
    {
        InboundAliases aliases;
        aliases.reset(ProtocolVersion::V5, 10);
        PublishPacket define = publish(QStringLiteral("plant/valve"), 3);
        QVERIFY(!aliases.resolve(define));
        QCOMPARE(define.topic, QStringLiteral("plant/valve"));
        QCOMPARE(aliases.count(), 1);

        PublishPacket use = publish(QString(), 3);
        QVERIFY(!aliases.resolve(use));
        QCOMPARE(use.topic, QStringLiteral("plant/valve"));

        // A topic with a known alias redefines it.
        PublishPacket redefine = publish(QStringLiteral("plant/pump"), 3);
        QVERIFY(!aliases.resolve(redefine));
        PublishPacket again = publish(QString(), 3);
        QVERIFY(!aliases.resolve(again));
        QCOMPARE(again.topic, QStringLiteral("plant/pump"));
        QCOMPARE(aliases.count(), 1);
    }

    void noAlias()
    {
        InboundAliases aliases;
        aliases.reset(ProtocolVersion::V311, 10);
        PublishPacket p = publish(QStringLiteral("a/b"), std::nullopt);
        QVERIFY(!aliases.resolve(p));
        QCOMPARE(p.topic, QStringLiteral("a/b"));
    }

    void violations_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<QString>("topic");
        QTest::addColumn<int>("alias"); // -1: none
        QTest::addColumn<ReasonCode>("reason");
        QTest::addColumn<QString>("why");
        QTest::newRow("empty topic, no alias") << ProtocolVersion::V5 << QString() << -1 << ReasonCode::ProtocolError
                                               << QStringLiteral("empty topic and no topic alias");
        // §3.3.2.3.4: 0 is not permitted, nor more than the Topic Alias Maximum sent
        QTest::newRow("alias 0") << ProtocolVersion::V5 << QStringLiteral("t") << 0 << ReasonCode::TopicAliasInvalid
                                 << QStringLiteral("topic alias 0, beyond the maximum of 4");
        QTest::newRow("beyond the maximum")
            << ProtocolVersion::V5 << QStringLiteral("t") << 5 << ReasonCode::TopicAliasInvalid
            << QStringLiteral("topic alias 5, beyond the maximum of 4");
        QTest::newRow("under 3.1.1") << ProtocolVersion::V311 << QStringLiteral("t") << 1
                                     << ReasonCode::TopicAliasInvalid << QStringLiteral("beyond the maximum of 0");
        QTest::newRow("used before defined") << ProtocolVersion::V5 << QString() << 2 << ReasonCode::ProtocolError
                                             << QStringLiteral("topic alias 2 without defining it first");
    }
    void violations()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(QString, topic);
        QFETCH(int, alias);
        QFETCH(ReasonCode, reason);
        QFETCH(QString, why);
        InboundAliases aliases;
        aliases.reset(version, 4);
        PublishPacket p = publish(topic, alias < 0 ? std::nullopt : std::optional<quint32>(alias));
        const auto violation = aliases.resolve(p);
        QVERIFY(violation);
        QCOMPARE(violation->reason, reason);
        QVERIFY2(violation->message.contains(why), qPrintable(violation->message));
        QCOMPARE(p.topic, topic);
    }

    // Aliases belong to one connection (§3.3.2.3.4): a new one knows none.
    void resetForgets()
    {
        InboundAliases aliases;
        aliases.reset(ProtocolVersion::V5, 4);
        PublishPacket define = publish(QStringLiteral("t"), 1);
        QVERIFY(!aliases.resolve(define));
        aliases.reset(ProtocolVersion::V5, 4);
        QCOMPARE(aliases.count(), 0);
        PublishPacket use = publish(QString(), 1);
        QVERIFY(aliases.resolve(use));
    }
};

QTEST_GUILESS_MAIN(TestInboundAliases)
#include "tst_inboundaliases.moc"
