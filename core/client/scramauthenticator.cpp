#include "client/scramauthenticator.h"

#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>

#include <algorithm>
#include <array>
#include <cctype>

namespace Signalbox {

namespace {

constexpr QLatin1String Sha1Method("SCRAM-SHA-1");
constexpr QLatin1String Sha256Method("SCRAM-SHA-256");
// "n,,": no channel binding, no authorization identity; "biws" is its Base64.
constexpr char Gs2Header[] = "n,,";
constexpr char Gs2HeaderBase64[] = "biws";

// RFC 3454 B.1, "commonly mapped to nothing".
bool mappedToNothing(char32_t c)
{
    return c == 0x00AD || c == 0x034F || c == 0x1806 || (c >= 0x180B && c <= 0x180D) || (c >= 0x200B && c <= 0x200D)
           || c == 0x2060 || (c >= 0xFE00 && c <= 0xFE0F) || c == 0xFEFF;
}

// RFC 3454 C.1.2, non-ASCII space characters.
bool nonAsciiSpace(char32_t c)
{
    return c == 0x00A0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200B) || c == 0x202F || c == 0x205F || c == 0x3000;
}

// RFC 4013 §2.3: the stringprep tables C.1.2 to C.9 (after the mapping, so
// that no non-ASCII space is left to find).
bool prohibited(char32_t c)
{
    const auto in = [c](char32_t first, char32_t last) { return c >= first && c <= last; };
    return nonAsciiSpace(c)
           // C.2.1, C.2.2: control characters
           || c < 0x20 || c == 0x7F || in(0x80, 0x9F) || c == 0x06DD || c == 0x070F || c == 0x180E || c == 0x200C
           || c == 0x200D || c == 0x2028 || c == 0x2029 || in(0x2060, 0x2063) || in(0x206A, 0x206F) || c == 0xFEFF
           || in(0xFFF9, 0xFFFC)
           || in(0x1D173, 0x1D17A)
           // C.3: private use
           || in(0xE000, 0xF8FF) || in(0xF0000, 0xFFFFD)
           || in(0x100000, 0x10FFFD)
           // C.4: non-characters
           || in(0xFDD0, 0xFDEF)
           || (c & 0xFFFE) == 0xFFFE
           // C.5: surrogates; C.6: inappropriate for plain text; C.7: for canonical representation
           || in(0xD800, 0xDFFF) || in(0xFFF9, 0xFFFD)
           || in(0x2FF0, 0x2FFB)
           // C.8: change display properties or are deprecated; C.9: tagging characters
           || c == 0x0340 || c == 0x0341 || c == 0x200E || c == 0x200F || in(0x202A, 0x202E) || c == 0xE0001
           || in(0xE0020, 0xE007F);
}

// A SCRAM message's attributes ("r=...,s=...,i=..."), in order; nothing when
// a part is not a letter, '=' and a value.
std::optional<QList<std::pair<char, QByteArray>>> attributes(const QByteArray &message)
{
    QList<std::pair<char, QByteArray>> out;
    for (const QByteArray &part : message.split(',')) {
        if (part.size() < 2 || part.at(1) != '=' || !std::isalpha(static_cast<unsigned char>(part.at(0))))
            return std::nullopt;
        out.append({part.at(0), part.mid(2)});
    }
    return out;
}

QByteArray attribute(const QList<std::pair<char, QByteArray>> &list, char name, bool *found)
{
    for (const auto &[key, value] : list) {
        if (key == name) {
            *found = true;
            return value;
        }
    }
    *found = false;
    return {};
}

// The nonce's characters: printable ASCII but ','.
bool validNonce(const QByteArray &nonce)
{
    return !nonce.isEmpty()
           && std::all_of(nonce.cbegin(), nonce.cend(), [](char c) { return c >= 0x21 && c <= 0x7E && c != ','; });
}

std::optional<QByteArray> strictBase64(const QByteArray &text)
{
    const auto decoded = QByteArray::fromBase64Encoding(text, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return decoded.decoded;
}

bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

} // namespace

ScramAuthenticator::ScramAuthenticator(QCryptographicHash::Algorithm algorithm, const QString &user,
                                       const QString &password)
    : m_algorithm(algorithm), m_user(user), m_password(password)
{ }

std::unique_ptr<Authenticator> ScramAuthenticator::fromProfile(const ConnectionProfile &profile)
{
    const QCryptographicHash::Algorithm algorithm = profile.authenticationMethod == Sha1Method
                                                        ? QCryptographicHash::Sha1
                                                        : QCryptographicHash::Sha256;
    return std::make_unique<ScramAuthenticator>(algorithm, profile.username.value_or(QString()),
                                                profile.password.value_or(QString()));
}

QString ScramAuthenticator::methodName(QCryptographicHash::Algorithm algorithm)
{
    return algorithm == QCryptographicHash::Sha1 ? QString(Sha1Method) : QString(Sha256Method);
}

std::optional<QString> ScramAuthenticator::saslPrep(const QString &text, QString *why)
{
    // §2.1: map; §2.2: normalize (NFKC).
    QString mapped;
    mapped.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (mappedToNothing(c))
            continue;
        const char32_t out = nonAsciiSpace(c) ? U' ' : c;
        mapped.append(QString::fromUcs4(&out, 1));
    }
    const QString prepared = mapped.normalized(QString::NormalizationForm_KC);
    // §2.3: prohibited output; §2.4: RFC 3454 §6, the bidirectional rule.
    // Unassigned code points are allowed: SCRAM prepares both as query strings.
    bool hasRandAL = false;
    bool hasL = false;
    const QList<uint> points = prepared.toUcs4();
    for (const uint c : points) {
        if (prohibited(c)) {
            *why = tr("it holds the character U+%1, which SASLprep does not allow")
                       .arg(QString::number(c, 16).toUpper().rightJustified(4, QLatin1Char('0')));
            return std::nullopt;
        }
        const QChar::Direction direction = QChar::direction(char32_t(c));
        hasRandAL = hasRandAL || direction == QChar::DirR || direction == QChar::DirAL;
        hasL = hasL || direction == QChar::DirL;
    }
    if (hasRandAL) {
        const auto randAL = [](uint c) {
            const QChar::Direction d = QChar::direction(char32_t(c));
            return d == QChar::DirR || d == QChar::DirAL;
        };
        if (hasL || !randAL(points.constFirst()) || !randAL(points.constLast())) {
            *why = tr("it mixes right-to-left and left-to-right text in a way SASLprep does not allow");
            return std::nullopt;
        }
    }
    return prepared;
}

QString ScramAuthenticator::escapeName(const QString &name)
{
    QString escaped = name;
    escaped.replace(QLatin1Char('='), QLatin1String("=3D"));
    escaped.replace(QLatin1Char(','), QLatin1String("=2C"));
    return escaped;
}

QByteArray ScramAuthenticator::hmac(const QByteArray &key, const QByteArray &message) const
{
    return QMessageAuthenticationCode::hash(message, key, m_algorithm);
}

QByteArray ScramAuthenticator::hash(const QByteArray &data) const
{
    return QCryptographicHash::hash(data, m_algorithm);
}

Authenticator::Step ScramAuthenticator::failed(const QString &why)
{
    m_stage = Stage::Failed;
    return {{}, why};
}

// A server-error value (RFC 5802 §7) in words, with the value itself.
QString ScramAuthenticator::serverError(const QByteArray &value) const
{
    // Only what a person can read, and not too much of it.
    QString shown;
    for (const char c : value.left(100))
        shown += (c >= 0x20 && c <= 0x7E) ? QLatin1Char(c) : QLatin1Char('?');
    if (value == "invalid-proof")
        return tr("the password is wrong (%1)").arg(shown);
    if (value == "unknown-user")
        return tr("the user is unknown (%1)").arg(shown);
    return shown;
}

Authenticator::Step ScramAuthenticator::initialData()
{
    if (m_user.isEmpty())
        return failed(tr("%1 authentication needs a user name.").arg(method()));
    if (m_password.isEmpty())
        return failed(tr("%1 authentication needs the password of the user '%2'.").arg(method(), m_user));
    QString why;
    const std::optional<QString> user = saslPrep(m_user, &why);
    if (!user || user->isEmpty())
        return failed(tr("The user name '%1' cannot be used with %2: %3.")
                          .arg(m_user, method(), user ? tr("nothing is left of it after SASLprep") : why));
    const std::optional<QString> password = saslPrep(m_password, &why);
    if (!password || password->isEmpty())
        return failed(tr("The password cannot be used with %1: %2.")
                          .arg(method(), password ? tr("nothing is left of it after SASLprep") : why));
    m_password = *password;
    if (m_clientNonce.isEmpty()) {
        std::array<quint32, NonceBytes / 4> random{};
        QRandomGenerator::system()->fillRange(random.data(), random.size());
        m_clientNonce = QByteArray(reinterpret_cast<const char *>(random.data()), NonceBytes).toBase64();
    }
    m_clientFirstBare = "n=" + escapeName(*user).toUtf8() + ",r=" + m_clientNonce;
    m_stage = Stage::SentFirst;
    const QByteArray clientFirst = Gs2Header + m_clientFirstBare;
    return {clientFirst, {}};
}

Authenticator::Step ScramAuthenticator::respond(const QByteArray &challenge)
{
    if (m_stage != Stage::SentFirst)
        return failed(tr("The broker sent a second %1 challenge.").arg(method()));
    const auto invalid = [this](const QString &why) {
        return failed(tr("The broker's %1 challenge is not valid: %2.").arg(method(), why));
    };
    const auto parts = attributes(challenge);
    if (!parts || parts->isEmpty())
        return invalid(tr("it is not a SCRAM server-first-message"));
    bool found = false;
    if (const QByteArray error = attribute(*parts, 'e', &found); found)
        return failed(tr("The broker ended %1 authentication: %2.").arg(method(), serverError(error)));
    if (parts->constFirst().first == 'm')
        return failed(tr("The broker's %1 challenge asks for an extension that Signalbox does not know.").arg(method()));
    const QByteArray nonce = attribute(*parts, 'r', &found);
    if (!found || !validNonce(nonce))
        return invalid(tr("it has no nonce"));
    if (!nonce.startsWith(m_clientNonce))
        return invalid(tr("its nonce does not start with the one Signalbox sent"));
    const std::optional<QByteArray> salt = strictBase64(attribute(*parts, 's', &found));
    if (!found || !salt || salt->isEmpty())
        return invalid(tr("it has no salt in Base64"));
    bool number = false;
    const int iterations = attribute(*parts, 'i', &found).toInt(&number, 10);
    if (!found || !number || iterations < 1)
        return invalid(tr("it has no iteration count"));
    if (iterations > MaximumIterations)
        return failed(tr("The broker's %1 challenge asks for %2 iterations; Signalbox does at most %3.")
                          .arg(method())
                          .arg(iterations)
                          .arg(MaximumIterations));

    const QByteArray salted = QPasswordDigestor::deriveKeyPbkdf2(m_algorithm, m_password.toUtf8(), *salt, iterations,
                                                                 QCryptographicHash::hashLength(m_algorithm));
    const QByteArray clientKey = hmac(salted, "Client Key");
    const QByteArray withoutProof = QByteArray("c=") + Gs2HeaderBase64 + ",r=" + nonce;
    const QByteArray authMessage = m_clientFirstBare + ',' + challenge + ',' + withoutProof;
    const QByteArray clientSignature = hmac(hash(clientKey), authMessage);
    QByteArray proof = clientKey;
    for (qsizetype i = 0; i < proof.size(); ++i)
        proof[i] = char(proof.at(i) ^ clientSignature.at(i));
    m_serverSignature = hmac(hmac(salted, "Server Key"), authMessage);
    m_stage = Stage::SentFinal;
    const QByteArray clientFinal = withoutProof + ",p=" + proof.toBase64();
    return {clientFinal, {}};
}

std::optional<QString> ScramAuthenticator::verifyFinal(const QByteArray &data)
{
    const auto fail = [this](const QString &why) {
        m_stage = Stage::Failed;
        return why;
    };
    if (m_stage != Stage::SentFinal)
        return fail(tr("The broker accepted the connection before %1 authentication was done, so it never proved "
                       "that it knows the password.")
                        .arg(method()));
    if (data.isEmpty())
        return fail(tr("The broker accepted the connection without the %1 server signature, so it never proved "
                       "that it knows the password.")
                        .arg(method()));
    const auto parts = attributes(data);
    bool found = false;
    if (parts) {
        if (const QByteArray error = attribute(*parts, 'e', &found); found)
            return fail(tr("The broker ended %1 authentication: %2.").arg(method(), serverError(error)));
    }
    const QByteArray verifier = parts && parts->constFirst().first == 'v' ? parts->constFirst().second : QByteArray();
    const std::optional<QByteArray> signature = strictBase64(verifier);
    if (!signature || signature->isEmpty())
        return fail(tr("The broker's final %1 message is not valid: it has no server signature.").arg(method()));
    if (!sameBytes(*signature, m_serverSignature))
        return fail(tr("The broker's %1 server signature is wrong: the broker does not know the password, or "
                       "something between us changed the exchange.")
                        .arg(method()));
    m_stage = Stage::Done;
    return std::nullopt;
}

QString ScramAuthenticator::describeRefusal(const QByteArray &data) const
{
    if (!data.startsWith("e="))
        return {};
    const qsizetype end = data.indexOf(',');
    return tr("%1 says: %2.").arg(method(), serverError(data.mid(2, end < 0 ? -1 : end - 2)));
}

} // namespace Signalbox
