#include "client/sessionstore.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

namespace {

SessionStore::Outgoing outgoing(qint64 seq, const QString &topic, quint8 qos, const QByteArray &payload)
{
    SessionStore::Outgoing o;
    o.seq = seq;
    o.packet.topic = topic;
    o.packet.qos = qos;
    o.packet.payload = payload;
    return o;
}

} // namespace

class TestSessionStore : public QObject
{
    Q_OBJECT
private slots:
    void stateSurvivesReopening()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.db"));
        const QString key = SessionStore::sessionKey(QStringLiteral("mqtt://127.0.0.1:1883"), QStringLiteral("c1"));
        {
            SessionStore store;
            QVERIFY(store.open(path));
            store.setSession(key);
            QCOMPARE(store.nextSeq(), 1);
            SessionStore::Outgoing a = outgoing(1, QStringLiteral("a/1"), 1, QByteArray("one\0bin", 7));
            a.packet.retain = true;
            a.packet.properties.set(PropertyId::ContentType, QStringLiteral("text/plain"));
            a.packet.properties.addUserProperty(QStringLiteral("k"), QStringLiteral("v"));
            store.addOutgoing(a);
            store.addOutgoing(outgoing(store.nextSeq(), QStringLiteral("a/2"), 2, "two"));
            store.addOutgoing(outgoing(store.nextSeq(), QStringLiteral("a/3"), 2, "three"));
            store.addOutgoing(outgoing(store.nextSeq(), QStringLiteral("a/4"), 1, "four"));
            store.setOutgoingSent(1, 17);
            store.setOutgoingSent(2, 18);
            store.setOutgoingReleased(2);
            store.setOutgoingSent(4, 19);
            store.removeOutgoing(4);
            store.addInboundQos2(7);
            store.addInboundQos2(9);
            store.removeInboundQos2(7);
            QVERIFY(store.commit());
            // another session in the same file stays apart
            store.setSession(SessionStore::sessionKey(QStringLiteral("mqtt://127.0.0.1:1883"), QStringLiteral("c2")));
            store.addInboundQos2(5);
            QVERIFY(store.commit());
        }
        SessionStore store;
        QVERIFY(store.open(path));
        store.setSession(key);
        const SessionStore::Session s = store.load();
        QCOMPARE(s.outgoing.size(), 3);
        QCOMPARE(s.outgoing.at(0).seq, 1);
        QCOMPARE(s.outgoing.at(0).packet.packetId, quint16(17));
        QCOMPARE(s.outgoing.at(0).packet.payload, QByteArray("one\0bin", 7));
        QVERIFY(s.outgoing.at(0).packet.retain);
        QCOMPARE(s.outgoing.at(0).packet.properties.string(PropertyId::ContentType), QStringLiteral("text/plain"));
        QCOMPARE(s.outgoing.at(0).packet.properties.userProperties().size(), 1);
        QVERIFY(!s.outgoing.at(0).released);
        QCOMPARE(s.outgoing.at(1).packet.packetId, quint16(18));
        QVERIFY(s.outgoing.at(1).released);
        QCOMPARE(s.outgoing.at(1).packet.qos, quint8(2));
        QCOMPARE(s.outgoing.at(2).packet.packetId, quint16(0)); // queued, never sent
        QCOMPARE(s.outgoing.at(2).packet.topic, QStringLiteral("a/3"));
        QCOMPARE(s.inboundQos2, QSet<quint16>{9});
        QCOMPARE(store.nextSeq(), 4); // after the highest kept

        // a clean start forgets ids, keeps every message (as queued)
        store.clearSessionState();
        QVERIFY(store.commit());
        const SessionStore::Session cleared = store.load();
        QCOMPARE(cleared.outgoing.size(), 3);
        for (const SessionStore::Outgoing &o : cleared.outgoing) {
            QCOMPARE(o.packet.packetId, quint16(0));
            QVERIFY(!o.released);
        }
        QVERIFY(cleared.inboundQos2.isEmpty());
    }

    void uncommittedChangesAreNotVisibleElsewhere()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("session.db"));
        SessionStore writer;
        QVERIFY(writer.open(path));
        writer.setSession(QStringLiteral("k"));
        writer.addInboundQos2(1);
        QVERIFY(writer.commit());
        writer.addInboundQos2(2); // open transaction
        SessionStore reader;
        QVERIFY(reader.open(path));
        reader.setSession(QStringLiteral("k"));
        QCOMPARE(reader.load().inboundQos2, QSet<quint16>{1});
        QVERIFY(writer.commit());
        QCOMPARE(reader.load().inboundQos2, (QSet<quint16>{1, 2}));
    }

    void historyIsBounded()
    {
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))));
        store.setSession(QStringLiteral("k"));
        QVERIFY(store.history().isEmpty());
        store.appendHistory({Message{}}); // history off: ignored
        QCOMPARE(store.historyCount(), 0);
        store.setHistoryEnabled(true, 64 * 1024);
        for (int batch = 0; batch < 50; ++batch) {
            QList<Message> messages;
            for (int i = 0; i < 20; ++i) {
                Message m;
                m.topic = QStringLiteral("t/%1").arg(batch);
                m.payload = QByteArray(200, char('a' + i % 26));
                m.payload.prepend(QByteArray::number(batch * 20 + i) + ':');
                m.qos = 1;
                m.receivedAtMs = 1000 + batch;
                m.subscriptions = {QStringLiteral("t/#"), QStringLiteral("t/+")};
                messages.append(m);
            }
            store.appendHistory(messages);
            QVERIFY(store.commit());
        }
        const qint64 count = store.historyCount();
        QVERIFY2(count < 1000 && count > 200, QByteArray::number(count)); // about 64 KiB of ~230-byte rows kept
        const QList<Message> kept = store.history();
        QCOMPARE(kept.size(), count);
        QVERIFY(kept.constLast().payload.startsWith("999:")); // the newest kept, the oldest dropped
        QVERIFY(!kept.constFirst().payload.startsWith("0:"));
        QCOMPARE(kept.constLast().subscriptions, (QStringList{QStringLiteral("t/#"), QStringLiteral("t/+")}));
        QCOMPARE(kept.constLast().receivedAtMs, 1049);
        QCOMPARE(kept.constLast().topic, QStringLiteral("t/49"));
    }

    void historyWithoutSubscriptions()
    {
        // signalbox-cli sub without --json does not match subscriptions: the list is empty (tst_faults found it)
        QTemporaryDir dir;
        SessionStore store;
        QVERIFY(store.open(dir.filePath(QStringLiteral("h.db"))));
        store.setSession(QStringLiteral("k"));
        store.setHistoryEnabled(true);
        Message m;
        m.topic = QStringLiteral("t");
        m.payload = "p";
        store.appendHistory({m, m});
        QVERIFY2(store.commit(), qPrintable(store.lastError()));
        QCOMPARE(store.historyCount(), 2);
        QVERIFY(store.history().constFirst().subscriptions.isEmpty());
    }

    void aFailedChangeFailsTheCommit()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("f.db"));
        SessionStore store;
        QVERIFY(store.open(path));
        store.setSession(QStringLiteral("k"));
        store.setHistoryEnabled(true);
        {
            // someone else breaks the file under it
            SessionStore other;
            QVERIFY(other.open(path));
            QSqlDatabase db = QSqlDatabase::database(QSqlDatabase::connectionNames().constLast());
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("DROP TABLE history")));
        }
        store.addInboundQos2(3);
        Message m;
        m.topic = QStringLiteral("t");
        store.appendHistory({m});
        QVERIFY(!store.commit()); // nothing of the transaction is kept
        QVERIFY(!store.lastError().isEmpty());
        QVERIFY(store.load().inboundQos2.isEmpty());
        store.addInboundQos2(4);
        QVERIFY(store.commit()); // and the next one works again
        QCOMPARE(store.load().inboundQos2, QSet<quint16>{4});
    }

    void unwritablePathSaysWhy()
    {
        SessionStore store;
        QString error;
        QVERIFY(!store.open(QStringLiteral("/nonexistent-dir/x/session.db"), &error));
        QVERIFY2(error.contains(QStringLiteral("/nonexistent-dir/x/session.db")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestSessionStore)
#include "tst_sessionstore.moc"
