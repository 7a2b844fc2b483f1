// SCRAM-SHA-1 and SCRAM-SHA-256, the client side, against the exchanges the
// RFCs print (RFC 5802 §5, RFC 7677 §3) with their client nonces, and what a
// client must refuse. The whole exchange over MQTT, against a server written
// apart in Python: tests/broker/tst_enhancedauth.cpp.

#include "client/authenticator.h"
#include "client/scramauthenticator.h"

#include <QtTest>

using namespace Signalbox;

namespace {

struct Exchange
{
    QCryptographicHash::Algorithm algorithm;
    QByteArray clientNonce;
    QByteArray clientFirst;
    QByteArray serverFirst;
    QByteArray clientFinal;
    QByteArray serverFinal;
};

// RFC 5802 §5: user "user", password "pencil".
const Exchange Rfc5802{QCryptographicHash::Sha1,
                       "fyko+d2lbbFgONRv9qkxdawL",
                       "n,,n=user,r=fyko+d2lbbFgONRv9qkxdawL",
                       "r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,s=QSXCR+Q6sek8bf92,i=4096",
                       "c=biws,r=fyko+d2lbbFgONRv9qkxdawL3rfcNHYJY1ZVvWVs7j,p=v0X8v3Bz2T0CJGbJQyF0X+HI4Ts=",
                       "v=rmF9pqV8S7suAoZWja4dJRkFsKQ="};

// RFC 7677 §3: the same user and password.
const Exchange Rfc7677{
    QCryptographicHash::Sha256,
    "rOprNGfwEbeRWgbNEkqO",
    "n,,n=user,r=rOprNGfwEbeRWgbNEkqO",
    "r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,s=W22ZaJ0SNY7soEsUEjb6gQ==,i=4096",
    "c=biws,r=rOprNGfwEbeRWgbNEkqO%hvYDpWUa2RaTCAfuxFIlj)hNlF$k0,p=dHzbZapWIk4jUhN+Ute9ytag9zjfMHgsqmmiz7AndVQ=",
    "v=6rriTRBi23WpRR/wtup+mMhUZUn/dB5nLTJRsjl95G4="};

// An authenticator of the RFC's user, past client-first.
std::unique_ptr<ScramAuthenticator> started(const Exchange &e, const QString &password = QStringLiteral("pencil"))
{
    auto scram = std::make_unique<ScramAuthenticator>(e.algorithm, QStringLiteral("user"), password);
    scram->setClientNonce(e.clientNonce);
    const Authenticator::Step first = scram->initialData();
    if (!first.ok() || first.data != e.clientFirst)
        qFatal("client-first differs: %s", first.data.constData());
    return scram;
}

} // namespace

class TestScramAuthenticator : public QObject
{
    Q_OBJECT

private slots:
    void rfcExchange_data();
    void rfcExchange();
    void wrongServerSignature();
    void serverErrors_data();
    void serverErrors();
    void badServerFirst_data();
    void badServerFirst();
    void noServerFinal();
    void randomNonce();
    void userNameEscaped();
    void saslPrep_data();
    void saslPrep();
    void needsUserAndPassword();
    void registry();
};

void TestScramAuthenticator::rfcExchange_data()
{
    QTest::addColumn<int>("which");
    QTest::newRow("SCRAM-SHA-1, RFC 5802") << 1;
    QTest::newRow("SCRAM-SHA-256, RFC 7677") << 256;
}

void TestScramAuthenticator::rfcExchange()
{
    QFETCH(int, which);
    const Exchange &e = which == 1 ? Rfc5802 : Rfc7677;
    const auto scram = started(e);
    QCOMPARE(ScramAuthenticator::methodName(e.algorithm),
             which == 1 ? QStringLiteral("SCRAM-SHA-1") : QStringLiteral("SCRAM-SHA-256"));
    const Authenticator::Step final = scram->respond(e.serverFirst);
    QVERIFY2(final.ok(), qPrintable(final.error));
    QCOMPARE(final.data, e.clientFinal);
    const std::optional<QString> why = scram->verifyFinal(e.serverFinal);
    QVERIFY2(!why, qPrintable(why.value_or(QString())));
    QVERIFY(scram->replacesPassword());
}

void TestScramAuthenticator::wrongServerSignature()
{
    // The right exchange with a wrong password: the proof sent is wrong, and so
    // is the signature we expect; a broker that answers with the RFC's (the
    // one of "pencil") is not the one we share a password with.
    const auto scram = started(Rfc7677, QStringLiteral("pencil2"));
    QVERIFY(scram->respond(Rfc7677.serverFirst).ok());
    const std::optional<QString> why = scram->verifyFinal(Rfc7677.serverFinal);
    QVERIFY(why);
    QCOMPARE(*why, QStringLiteral("The broker's SCRAM-SHA-256 server signature is wrong: the broker does not know the "
                                  "password, or something between us changed the exchange."));

    // A signature that is not Base64, or none.
    const auto other = started(Rfc5802);
    QVERIFY(other->respond(Rfc5802.serverFirst).ok());
    QVERIFY(other->verifyFinal("v=not base64!").value_or(QString()).contains(QStringLiteral("no server signature")));
}

void TestScramAuthenticator::serverErrors_data()
{
    QTest::addColumn<bool>("inFinal");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QString>("sentence");
    QTest::newRow("final: invalid-proof")
        << true << QByteArray("e=invalid-proof")
        << QStringLiteral("The broker ended SCRAM-SHA-256 authentication: the password is wrong (invalid-proof).");
    QTest::newRow("first: unknown-user")
        << false << QByteArray("e=unknown-user")
        << QStringLiteral("The broker ended SCRAM-SHA-256 authentication: the user is unknown (unknown-user).");
    QTest::newRow("first: another error, control characters shown as '?'")
        << false << QByteArray("e=no\x01resources")
        << QStringLiteral("The broker ended SCRAM-SHA-256 authentication: no?resources.");
}

void TestScramAuthenticator::serverErrors()
{
    QFETCH(bool, inFinal);
    QFETCH(QByteArray, message);
    QFETCH(QString, sentence);
    const auto scram = started(Rfc7677);
    if (inFinal) {
        QVERIFY(scram->respond(Rfc7677.serverFirst).ok());
        QCOMPARE(scram->verifyFinal(message).value_or(QString()), sentence);
    } else {
        QCOMPARE(scram->respond(message).error, sentence);
    }
    // The same error in a refusing CONNACK.
    QCOMPARE(started(Rfc7677)->describeRefusal("e=invalid-proof"),
             QStringLiteral("SCRAM-SHA-256 says: the password is wrong (invalid-proof)."));
    QCOMPARE(started(Rfc7677)->describeRefusal("v=abc"), QString());
}

void TestScramAuthenticator::badServerFirst_data()
{
    QTest::addColumn<QByteArray>("serverFirst");
    QTest::addColumn<QString>("contains");
    const QByteArray nonce = Rfc7677.clientNonce;
    QTest::newRow("not SCRAM") << QByteArray("hello") << QStringLiteral("not a SCRAM server-first-message");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not a SCRAM server-first-message");
    QTest::newRow("no nonce") << QByteArray("s=QSXCR+Q6sek8bf92,i=4096") << QStringLiteral("it has no nonce");
    QTest::newRow("another nonce") << QByteArray("r=XXXXNGfwEbeRWgbNEkqO123,s=QSXCR+Q6sek8bf92,i=4096")
                                   << QStringLiteral("does not start with the one Signalbox sent");
    QTest::newRow("no salt") << QByteArray("r=" + nonce + "x,i=4096") << QStringLiteral("no salt");
    QTest::newRow("salt not base64") << QByteArray("r=" + nonce + "x,s=%%%,i=4096") << QStringLiteral("no salt");
    QTest::newRow("no iterations") << QByteArray("r=" + nonce + "x,s=QSXCR+Q6sek8bf92")
                                   << QStringLiteral("no iteration count");
    QTest::newRow("zero iterations") << QByteArray("r=" + nonce + "x,s=QSXCR+Q6sek8bf92,i=0")
                                     << QStringLiteral("no iteration count");
    QTest::newRow("too many iterations") << QByteArray("r=" + nonce + "x,s=QSXCR+Q6sek8bf92,i=2147483647")
                                         << QStringLiteral(
                                                "asks for 2147483647 iterations; Signalbox does at most 1000000.");
    QTest::newRow("mandatory extension") << QByteArray("m=ext,r=" + nonce + "x,s=QSXCR+Q6sek8bf92,i=4096")
                                         << QStringLiteral("asks for an extension that Signalbox does not know");
}

void TestScramAuthenticator::badServerFirst()
{
    QFETCH(QByteArray, serverFirst);
    QFETCH(QString, contains);
    const auto scram = started(Rfc7677);
    const Authenticator::Step step = scram->respond(serverFirst);
    QVERIFY(!step.ok());
    QVERIFY2(step.error.contains(contains), qPrintable(step.error));
    QVERIFY2(step.error.startsWith(QStringLiteral("The broker")), qPrintable(step.error));
    // Nothing goes on after a failure.
    QVERIFY(!scram->respond(Rfc7677.serverFirst).ok());
}

void TestScramAuthenticator::noServerFinal()
{
    // CONNACK before the exchange, or without server-final: the broker never proved itself.
    const auto early = started(Rfc5802);
    QVERIFY(early->verifyFinal(Rfc5802.serverFinal).value_or(QString()).contains(QStringLiteral("before")));
    const auto silent = started(Rfc5802);
    QVERIFY(silent->respond(Rfc5802.serverFirst).ok());
    QCOMPARE(silent->verifyFinal({}).value_or(QString()),
             QStringLiteral("The broker accepted the connection without the SCRAM-SHA-1 server signature, so it never "
                            "proved that it knows the password."));
    // A second challenge after client-final.
    const auto twice = started(Rfc5802);
    QVERIFY(twice->respond(Rfc5802.serverFirst).ok());
    QCOMPARE(twice->respond(Rfc5802.serverFirst).error,
             QStringLiteral("The broker sent a second SCRAM-SHA-1 challenge."));
}

void TestScramAuthenticator::randomNonce()
{
    ScramAuthenticator a(QCryptographicHash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
    ScramAuthenticator b(QCryptographicHash::Sha256, QStringLiteral("user"), QStringLiteral("pencil"));
    const QByteArray first = a.initialData().data;
    QVERIFY(first.startsWith("n,,n=user,r="));
    const QByteArray nonce = first.mid(first.indexOf(",r=") + 3);
    QCOMPARE(nonce.size(), 32); // 24 random bytes in Base64
    QVERIFY(!nonce.contains(','));
    QVERIFY(first != b.initialData().data);
}

void TestScramAuthenticator::userNameEscaped()
{
    QCOMPARE(ScramAuthenticator::escapeName(QStringLiteral("a=b,c")), QStringLiteral("a=3Db=2Cc"));
    ScramAuthenticator scram(QCryptographicHash::Sha256, QStringLiteral("x,y=z"), QStringLiteral("pencil"));
    scram.setClientNonce("abc");
    QCOMPARE(scram.initialData().data, QByteArray("n,,n=x=2Cy=3Dz,r=abc"));
    // SASLprep first: the soft hyphen goes, U+2168 ROMAN NUMERAL NINE becomes "IX".
    ScramAuthenticator prepared(QCryptographicHash::Sha1, QString::fromUtf8("u\u00ADser\u2168"), QStringLiteral("p"));
    prepared.setClientNonce("abc");
    QCOMPARE(prepared.initialData().data, QByteArray("n,,n=userIX,r=abc"));
}

void TestScramAuthenticator::saslPrep_data()
{
    // RFC 4013 §3's examples, and a few more.
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("output"); // empty: refused
    QTest::newRow("soft hyphen mapped to nothing") << QString::fromUtf8("I\u00ADX") << QStringLiteral("IX");
    QTest::newRow("no transformation") << QStringLiteral("user") << QStringLiteral("user");
    QTest::newRow("case preserved") << QStringLiteral("USER") << QStringLiteral("USER");
    QTest::newRow("output is NFKC") << QString::fromUtf8("\u00AA") << QStringLiteral("a");
    QTest::newRow("output is NFKC, two characters") << QString::fromUtf8("\u2168") << QStringLiteral("IX");
    QTest::newRow("prohibited character") << QStringLiteral("\x07") << QString();
    QTest::newRow("bidirectional check") << QString::fromUtf8("\u0627"
                                                              "1")
                                         << QString();
    QTest::newRow("no-break space becomes a space") << QString::fromUtf8("a\u00A0b") << QStringLiteral("a b");
    QTest::newRow("right to left alone") << QString::fromUtf8("\u05D0\u05D1") << QString::fromUtf8("\u05D0\u05D1");
    QTest::newRow("private use") << QString::fromUtf8("a\uE000") << QString();
}

void TestScramAuthenticator::saslPrep()
{
    QFETCH(QString, input);
    QFETCH(QString, output);
    QString why;
    const std::optional<QString> prepared = ScramAuthenticator::saslPrep(input, &why);
    if (output.isEmpty()) {
        QVERIFY(!prepared);
        QVERIFY(why.contains(QStringLiteral("SASLprep")));
    } else {
        QVERIFY2(prepared, qPrintable(why));
        QCOMPARE(*prepared, output);
    }
}

void TestScramAuthenticator::needsUserAndPassword()
{
    ScramAuthenticator noUser(QCryptographicHash::Sha256, {}, QStringLiteral("pencil"));
    QCOMPARE(noUser.initialData().error, QStringLiteral("SCRAM-SHA-256 authentication needs a user name."));
    ScramAuthenticator noPassword(QCryptographicHash::Sha1, QStringLiteral("user"), {});
    QCOMPARE(noPassword.initialData().error,
             QStringLiteral("SCRAM-SHA-1 authentication needs the password of the user 'user'."));
    ScramAuthenticator control(QCryptographicHash::Sha1, QStringLiteral("us\ter"), QStringLiteral("pencil"));
    QCOMPARE(control.initialData().error,
             QStringLiteral("The user name 'us\ter' cannot be used with SCRAM-SHA-1: it holds the character U+0009, "
                            "which SASLprep does not allow."));
}

void TestScramAuthenticator::registry()
{
    QCOMPARE(Authenticators::builtInMethods(),
             (QStringList{QStringLiteral("SCRAM-SHA-1"), QStringLiteral("SCRAM-SHA-256")}));
    ConnectionProfile p;
    p.version = ProtocolVersion::V5;
    p.username = QStringLiteral("user");
    p.password = QStringLiteral("pencil");
    p.authenticationMethod = QStringLiteral("SCRAM-SHA-1");
    QVERIFY(Authenticators::create(p));
    p.authenticationMethod = QStringLiteral("scram-sha-1"); // names are exact, as the broker compares them
    QVERIFY(!Authenticators::create(p));

    // Another method: registered, used, removed.
    class Token : public Authenticator
    {
    public:
        Step initialData() override { return {"token", {}}; }
        Step respond(const QByteArray &) override { return {{}, QStringLiteral("no")}; }
        std::optional<QString> verifyFinal(const QByteArray &) override { return std::nullopt; }
    };
    p.authenticationMethod = QStringLiteral("TOKEN");
    QVERIFY(!Authenticators::isRegistered(p.authenticationMethod));
    Authenticators::registerMethod(p.authenticationMethod,
                                   [](const ConnectionProfile &) { return std::make_unique<Token>(); });
    QVERIFY(Authenticators::methods().contains(QStringLiteral("TOKEN")));
    const std::unique_ptr<Authenticator> token = Authenticators::create(p);
    QVERIFY(token);
    QCOMPARE(token->initialData().data, QByteArray("token"));
    QVERIFY(!token->replacesPassword());
    Authenticators::registerMethod(p.authenticationMethod, {});
    QVERIFY(!Authenticators::create(p));
}

QTEST_GUILESS_MAIN(TestScramAuthenticator)
#include "tst_scramauthenticator.moc"
