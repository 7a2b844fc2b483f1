// ReconnectPolicy: whether and when to connect again after a failure.
#include "client/reconnectpolicy.h"

#include <QTest>

using namespace Signalbox;

namespace {

ConnectionProfile profile(int maximumAttempts = 0, double jitter = 0)
{
    ConnectionProfile p;
    p.reconnect.enabled = true;
    p.reconnect.initialDelayMs = 100;
    p.reconnect.maximumDelayMs = 1000;
    p.reconnect.multiplier = 2;
    p.reconnect.jitter = jitter;
    p.reconnect.maximumAttempts = maximumAttempts;
    return p;
}

Error error(ErrorKind kind, quint8 reason = 0)
{
    Error e;
    e.kind = kind;
    e.reason = reason;
    e.message = QStringLiteral("it failed");
    return e;
}

} // namespace

class TestReconnectPolicy : public QObject
{
    Q_OBJECT

private slots:
    // initial * multiplier^(attempt - 1), up to the maximum delay
    void backoff()
    {
        ReconnectPolicy policy;
        const ConnectionProfile p = profile();
        QList<int> delays;
        for (int i = 0; i < 6; ++i)
            delays.append(policy.retryAfter(p, error(ErrorKind::Transport), 0.5).value_or(-1));
        QCOMPARE(delays, (QList<int>{100, 200, 400, 800, 1000, 1000}));
        QCOMPARE(policy.attempt(), 6);
        policy.reset();
        QCOMPARE(policy.attempt(), 0);
        QCOMPARE(policy.retryAfter(p, error(ErrorKind::Timeout), 0.5), std::optional<int>(100));
    }

    void jitter()
    {
        const ConnectionProfile p = profile(0, 0.2);
        ReconnectPolicy low;
        ReconnectPolicy high;
        ReconnectPolicy middle;
        QCOMPARE(low.retryAfter(p, error(ErrorKind::Transport), 0.0), std::optional<int>(80));
        QCOMPARE(middle.retryAfter(p, error(ErrorKind::Transport), 0.5), std::optional<int>(100));
        const int highest = high.retryAfter(p, error(ErrorKind::Transport), 0.999999).value_or(-1);
        QVERIFY2(highest >= 119 && highest <= 120, qPrintable(QString::number(highest)));
    }

    void maximumAttempts()
    {
        ReconnectPolicy policy;
        const ConnectionProfile p = profile(2);
        QVERIFY(policy.retryAfter(p, error(ErrorKind::Transport), 0.5));
        QVERIFY(policy.retryAfter(p, error(ErrorKind::Transport), 0.5));
        QVERIFY(!policy.retryAfter(p, error(ErrorKind::Transport), 0.5));
        QCOMPARE(policy.attempt(), 2);
    }

    void disabled()
    {
        ConnectionProfile p = profile();
        p.reconnect.enabled = false;
        ReconnectPolicy policy;
        QVERIFY(!policy.retryAfter(p, error(ErrorKind::Transport), 0.5));
        QCOMPARE(policy.attempt(), 0);
    }

    void permanentErrors_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<ErrorKind>("kind");
        QTest::addColumn<quint8>("reason");
        QTest::addColumn<bool>("retried");
        QTest::newRow("transport") << ProtocolVersion::V311 << ErrorKind::Transport << quint8(0) << true;
        QTest::newRow("invalid argument") << ProtocolVersion::V311 << ErrorKind::InvalidArgument << quint8(0) << false;
        // MQTT 3.1.1 §3.2.2.3: 3 is Server unavailable, 4 bad user name or password
        QTest::newRow("3.1.1 server unavailable") << ProtocolVersion::V311 << ErrorKind::Refused << quint8(3) << true;
        QTest::newRow("3.1.1 bad credentials") << ProtocolVersion::V311 << ErrorKind::Refused << quint8(4) << false;
        QTest::newRow("5.0 not authorized")
            << ProtocolVersion::V5 << ErrorKind::Refused << quint8(ReasonCode::NotAuthorized) << false;
        QTest::newRow("5.0 server busy") << ProtocolVersion::V5 << ErrorKind::Refused << quint8(ReasonCode::ServerBusy)
                                         << true;
        // the same code in a DISCONNECT is no refusal of the connection
        QTest::newRow("5.0 disconnected, not authorized")
            << ProtocolVersion::V5 << ErrorKind::ServerDisconnected << quint8(ReasonCode::NotAuthorized) << true;
    }
    void permanentErrors()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(ErrorKind, kind);
        QFETCH(quint8, reason);
        QFETCH(bool, retried);
        ConnectionProfile p = profile();
        p.version = version;
        ReconnectPolicy policy;
        QCOMPARE(policy.retryAfter(p, error(kind, reason), 0.5).has_value(), retried);
        QCOMPARE(ReconnectPolicy::isPermanent(version, error(kind, reason)), !retried);
    }
};

QTEST_GUILESS_MAIN(TestReconnectPolicy)
#include "tst_reconnectpolicy.moc"
