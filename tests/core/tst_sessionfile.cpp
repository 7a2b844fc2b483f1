// SessionFile: which session file a client uses, which session in it is
// loaded, and when a commit is due.
#include "client/sessionfile.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;

namespace {

const QString Url = QStringLiteral("mqtt://broker.local:1883");

} // namespace

class TestSessionFile : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private slots:
    void nothingToOpen_data()
    {
        QTest::addColumn<bool>("withPath");
        QTest::addColumn<QString>("clientId");
        QTest::newRow("no path") << false << QStringLiteral("c1");
        QTest::newRow("generated client id") << true << QString();
    }
    void nothingToOpen()
    {
        QFETCH(bool, withPath);
        QFETCH(QString, clientId);
        SessionFile file;
        file.configure(withPath ? path(QStringLiteral("none.sqlite")) : QString(), false, 0);
        std::optional<SessionStore::Session> loaded;
        QString why;
        QVERIFY(file.open(Url, clientId, &loaded, &why));
        QVERIFY(!loaded);
        QVERIFY(!file.store());
        QVERIFY(!file.commitDue());
        QVERIFY(file.commit(&why));
    }

    // What a previous run left is loaded once per session.
    void loadsEachSessionOnce()
    {
        const QString p = path(QStringLiteral("sessions.sqlite"));
        {
            SessionStore earlier;
            QVERIFY(earlier.open(p));
            earlier.setSession(SessionStore::sessionKey(Url, QStringLiteral("c1")));
            earlier.addInboundQos2(42);
            QVERIFY(earlier.commit());
        }
        SessionFile file;
        file.configure(p, false, 0);
        std::optional<SessionStore::Session> loaded;
        QString why;
        QVERIFY2(file.open(Url, QStringLiteral("c1"), &loaded, &why), qPrintable(why));
        QVERIFY(file.store());
        QVERIFY(loaded);
        QCOMPARE(loaded->inboundQos2, QSet<quint16>{42});

        loaded.reset();
        QVERIFY(file.open(Url, QStringLiteral("c1"), &loaded, &why));
        QVERIFY(!loaded); // already selected

        QVERIFY(file.open(Url, QStringLiteral("c2"), &loaded, &why));
        QVERIFY(loaded);
        QVERIFY(loaded->inboundQos2.isEmpty());
    }

    void anotherPathClosesTheStore()
    {
        SessionFile file;
        file.configure(path(QStringLiteral("a.sqlite")), true, 1024);
        std::optional<SessionStore::Session> loaded;
        QString why;
        QVERIFY(file.open(Url, QStringLiteral("c1"), &loaded, &why));
        QVERIFY(file.store()->historyEnabled());
        file.configure(path(QStringLiteral("a.sqlite")), false, 0); // same path: stays open
        QVERIFY(file.store());
        QVERIFY(!file.store()->historyEnabled());
        file.configure(path(QStringLiteral("b.sqlite")), false, 0);
        QVERIFY(!file.store());
        QCOMPARE(file.path(), path(QStringLiteral("b.sqlite")));
        loaded.reset();
        QVERIFY(file.open(Url, QStringLiteral("c1"), &loaded, &why)); // the same session, in the new file
        QVERIFY(loaded);
        QCOMPARE(file.store()->path(), path(QStringLiteral("b.sqlite")));
    }

    void commitDueOnce()
    {
        SessionFile file;
        file.configure(path(QStringLiteral("c.sqlite")), false, 0);
        std::optional<SessionStore::Session> loaded;
        QString why;
        QVERIFY(file.open(Url, QStringLiteral("c1"), &loaded, &why));
        QVERIFY(file.commitDue());
        QVERIFY(!file.commitDue());
        QVERIFY(file.commit(&why));
        QVERIFY(file.commitDue());
    }

    void cannotOpen()
    {
        SessionFile file;
        file.configure(m_dir.filePath(QStringLiteral("no/such/dir/s.sqlite")), false, 0);
        std::optional<SessionStore::Session> loaded;
        QString why;
        QVERIFY(!file.open(Url, QStringLiteral("c1"), &loaded, &why));
        QVERIFY(!why.isEmpty());
        QVERIFY(!loaded);
        QVERIFY(!file.store());
    }
};

QTEST_GUILESS_MAIN(TestSessionFile)
#include "tst_sessionfile.moc"
