#pragma once

#include "client/authenticator.h"

#include <QCoreApplication>
#include <QCryptographicHash>

namespace Signalbox {

// The client side of SCRAM (RFC 5802) with SHA-1 or SHA-256 (RFC 7677), as
// MQTT 5.0 §4.12 carries it: CONNECT holds client-first-message, the broker's
// AUTH (0x18) server-first-message, our AUTH (0x18) client-final-message, and
// the successful CONNACK server-final-message, whose server signature must
// match: a broker that cannot prove it knows the password is refused. No
// channel binding ("n,,"), no authorization identity. The user name and the
// password are prepared with SASLprep (RFC 4013); the hashing is Qt's
// (QCryptographicHash, QMessageAuthenticationCode, QPasswordDigestor).
class ScramAuthenticator : public Authenticator
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::ScramAuthenticator)
public:
    // The most PBKDF2 iterations a server may ask for: each costs a few
    // microseconds in the client's thread, and a hostile server could ask for
    // 2^31 of them.
    static constexpr int MaximumIterations = 1'000'000;
    static constexpr int NonceBytes = 24; // 32 printable characters in Base64

    ScramAuthenticator(QCryptographicHash::Algorithm algorithm, const QString &user, const QString &password);
    // For a profile: its user name and password, the hash its method names.
    static std::unique_ptr<Authenticator> fromProfile(const ConnectionProfile &profile);

    // The method names for SHA-1 and SHA-256 ("SCRAM-SHA-1", "SCRAM-SHA-256").
    static QString methodName(QCryptographicHash::Algorithm algorithm);

    // The test seam: use this client nonce instead of a random one (before initialData()).
    void setClientNonce(const QByteArray &nonce) { m_clientNonce = nonce; }

    Step initialData() override;
    Step respond(const QByteArray &challenge) override;
    std::optional<QString> verifyFinal(const QByteArray &data) override;
    QString describeRefusal(const QByteArray &data) const override;
    bool replacesPassword() const override { return true; }

    // RFC 4013 SASLprep of a stored string: the prepared text, or nothing with
    // *why set when it holds a prohibited character or breaks the bidi rule.
    static std::optional<QString> saslPrep(const QString &text, QString *why);
    // RFC 5802 §5.1: ',' as "=2C" and '=' as "=3D".
    static QString escapeName(const QString &name);

private:
    enum class Stage { Start, SentFirst, SentFinal, Done, Failed };

    QString method() const { return methodName(m_algorithm); }
    QByteArray hmac(const QByteArray &key, const QByteArray &message) const;
    QByteArray hash(const QByteArray &data) const;
    Step failed(const QString &why);
    QString serverError(const QByteArray &value) const;

    QCryptographicHash::Algorithm m_algorithm;
    QString m_user;
    QString m_password;
    QByteArray m_clientNonce;
    QByteArray m_clientFirstBare; // n=user,r=nonce
    QByteArray m_serverSignature; // expected in server-final-message
    Stage m_stage = Stage::Start;
};

} // namespace Signalbox
