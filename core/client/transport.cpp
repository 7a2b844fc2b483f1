#include "client/transport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QLocalSocket>
#include <QLoggingCategory>
#include <QNetworkRequest>
#include <QPointer>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslPreSharedKeyAuthenticator>
#include <QSslSocket>
#include <QTcpSocket>
#include <QTimer>
#include <QUrl>
#include <QWebSocket>

namespace Signalbox {

Q_LOGGING_CATEGORY(lcTransport, "signalbox.transport", QtWarningMsg)

namespace {

Error transportError(ErrorKind kind, const QString &message)
{
    Error error;
    error.kind = kind;
    error.message = message;
    return error;
}

// Builds the TLS settings of a profile; on failure returns false and says why.
bool makeSslConfiguration(const TlsOptions &tls, QSslConfiguration *config, QString *why)
{
    QSslConfiguration c = QSslConfiguration::defaultConfiguration();
    QList<QSslCertificate> cas;
    if (tls.useSystemCaCertificates)
        cas = QSslConfiguration::systemCaCertificates();
    if (!tls.caFile.isEmpty()) {
        QFile file(tls.caFile);
        if (!file.open(QIODevice::ReadOnly)) {
            *why = Transport::tr("Cannot read the CA file %1: %2.").arg(tls.caFile, file.errorString());
            return false;
        }
        const auto fromFile = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
        if (fromFile.isEmpty()) {
            *why = Transport::tr("The CA file %1 holds no PEM certificate.").arg(tls.caFile);
            return false;
        }
        cas += fromFile;
    }
    if (!tls.caDirectory.isEmpty()) {
        // Every certificate in the directory, as OpenSSL's CApath trusts them
        // (without needing c_rehash's hashed names); files that hold none are skipped.
        const auto fromDirectory = QSslCertificate::fromPath(QDir(tls.caDirectory).filePath(QStringLiteral("*")),
                                                             QSsl::Pem, QSslCertificate::PatternSyntax::Wildcard);
        if (fromDirectory.isEmpty()) {
            *why = Transport::tr("The CA directory %1 holds no PEM certificate.").arg(tls.caDirectory);
            return false;
        }
        cas += fromDirectory;
    }
    c.setCaCertificates(cas);

    if (!tls.certificateFile.isEmpty() || !tls.keyFile.isEmpty()) {
        if (tls.certificateFile.isEmpty() || tls.keyFile.isEmpty()) {
            *why = Transport::tr("A client certificate needs both a certificate file and a key file.");
            return false;
        }
        QFile certFile(tls.certificateFile);
        if (!certFile.open(QIODevice::ReadOnly)) {
            *why = Transport::tr("Cannot read the client certificate %1: %2.")
                       .arg(tls.certificateFile, certFile.errorString());
            return false;
        }
        const auto certs = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        if (certs.isEmpty()) {
            *why = Transport::tr("The client certificate file %1 holds no PEM certificate.").arg(tls.certificateFile);
            return false;
        }
        QFile keyFile(tls.keyFile);
        if (!keyFile.open(QIODevice::ReadOnly)) {
            *why = Transport::tr("Cannot read the private key %1: %2.").arg(tls.keyFile, keyFile.errorString());
            return false;
        }
        const QByteArray keyData = keyFile.readAll();
        const QByteArray passphrase = tls.keyPassphrase.toUtf8();
        QSslKey key;
        for (auto algorithm : {QSsl::Ec, QSsl::Rsa, QSsl::Dsa}) {
            key = QSslKey(keyData, algorithm, QSsl::Pem, QSsl::PrivateKey, passphrase);
            if (!key.isNull())
                break;
        }
        if (key.isNull()) {
            *why = keyData.contains("ENCRYPTED")
                       ? Transport::tr("Cannot open the private key %1: the passphrase is wrong or missing.").arg(tls.keyFile)
                       : Transport::tr("The file %1 holds no PEM private key.").arg(tls.keyFile);
            return false;
        }
        c.setLocalCertificateChain(certs);
        c.setPrivateKey(key);
    }
    if (!tls.alpn.isEmpty()) {
        QList<QByteArray> protocols;
        for (const QString &p : tls.alpn)
            protocols.append(p.toUtf8());
        c.setAllowedNextProtocols(protocols);
    }
    switch (tls.version) {
    case TlsVersion::Any:
        // PSK stays at TLS 1.2: with Qt 6.4 and OpenSSL 3 a TLS 1.3 PSK
        // handshake with mosquitto 2.0.11 fails ("alert handshake failure"),
        // though openssl s_client manages one. Qt's TLS 1.3 session callback
        // hands OpenSSL no PSK session, so the ClientHello offers no key and
        // the certificate-less listener has nothing to agree on. A profile
        // may still ask for tlsv1.3 explicitly.
        if (!tls.pskIdentity.isEmpty())
            c.setProtocol(QSsl::TlsV1_2);
        break;
    case TlsVersion::Tls12:
        c.setProtocol(QSsl::TlsV1_2);
        break;
    case TlsVersion::Tls13:
        c.setProtocol(QSsl::TlsV1_3);
        break;
    }
    if (!tls.ciphers.isEmpty()) {
        QList<QSslCipher> ciphers;
        for (const QString &name : cipherNames(tls.ciphers)) {
            const QSslCipher cipher(name);
            if (cipher.isNull()) {
                *why = Transport::tr("The cipher '%1' is unknown to the TLS library.").arg(name);
                return false;
            }
            ciphers.append(cipher);
        }
        c.setCiphers(ciphers);
    }
    // With a pre-shared key the broker proves itself by knowing the key (the
    // handshake fails otherwise) and sends no certificate to check.
    if (tls.allowInsecure || !tls.pskIdentity.isEmpty())
        c.setPeerVerifyMode(QSslSocket::VerifyNone);
    *config = c;
    return true;
}

// Without a PSK identity in the profile the request stays unanswered, and the
// handshake fails as with any broker that wants a key we do not have.
void answerPskRequest(const TlsOptions &tls, QSslPreSharedKeyAuthenticator *authenticator)
{
    if (tls.pskIdentity.isEmpty())
        return;
    authenticator->setIdentity(tls.pskIdentity.toUtf8());
    authenticator->setPreSharedKey(tls.psk);
}

// A handshake that failed without certificate errors: what OpenSSL's alert
// says, put as the user's cause where we know it. OpenSSL names a refused
// version "unsupported protocol" (our side) or "protocol version" (the
// broker's alert); a wrong pre-shared key breaks the Finished message, which
// the broker reports as "decrypt error" (TLS 1.2) or simply closes.
QString handshakeFailureText(const TlsOptions &tls, const QString &opensslText)
{
    const QString text = opensslText.toLower();
    if (text.contains(QLatin1String("protocol version")) || text.contains(QLatin1String("unsupported protocol"))
        || text.contains(QLatin1String("no protocols available"))) {
        return tls.version == TlsVersion::Any
                   ? Transport::tr("the broker refused the TLS version (%1)").arg(opensslText)
                   : Transport::tr("the broker refused the TLS version %1 that this connection is limited to (%2)")
                         .arg(tlsVersionName(tls.version), opensslText);
    }
    if (!tls.pskIdentity.isEmpty())
        return Transport::tr("the broker did not accept the pre-shared key of identity '%1' (%2)")
            .arg(tls.pskIdentity, opensslText);
    return opensslText;
}

QString sslErrorsText(const QList<QSslError> &errors)
{
    QStringList parts;
    for (const QSslError &e : errors) {
        const QString s = e.errorString();
        if (!parts.contains(s))
            parts.append(s);
    }
    return parts.join(QStringLiteral("; "));
}

// TCP and TLS over QTcpSocket / QSslSocket.
class SocketTransport final : public Transport
{
public:
    SocketTransport(const ConnectionProfile &profile, QObject *parent) : Transport(profile, parent)
    {
        if (isSecure(profile.scheme))
            m_socket = new QSslSocket(this);
        else
            m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::readyRead, this, [this] {
            if (!m_paused && !m_held)
                emit readyRead();
        });
        connect(m_socket, &QTcpSocket::errorOccurred, this, &SocketTransport::onError);
        connect(m_socket, &QTcpSocket::bytesWritten, this, &Transport::bytesWritten);
        m_resumeTimer.setParent(this);
        m_resumeTimer.setSingleShot(true);
        m_resumeTimer.setTimerType(Qt::PreciseTimer);
        connect(&m_resumeTimer, &QTimer::timeout, this, &SocketTransport::resumeReading);
        connect(m_socket, &QTcpSocket::disconnected, this, &SocketTransport::onDisconnected);
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
            connect(ssl, &QSslSocket::encrypted, this, &SocketTransport::onOpened);
            connect(ssl, &QSslSocket::preSharedKeyAuthenticationRequired, this,
                    [this](QSslPreSharedKeyAuthenticator *authenticator) {
                        answerPskRequest(m_profile.tls, authenticator);
                    });
            connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
                m_sslErrors = errors;
                if (m_profile.tls.allowInsecure)
                    qobject_cast<QSslSocket *>(m_socket)->ignoreSslErrors();
            });
        } else {
            connect(m_socket, &QTcpSocket::connected, this, &SocketTransport::onOpened);
        }
    }

    void open() override
    {
        if (auto *ssl = qobject_cast<QSslSocket *>(m_socket)) {
            QSslConfiguration config;
            QString why;
            if (!makeSslConfiguration(m_profile.tls, &config, &why)) {
                QTimer::singleShot(0, this, [this, why] { fail(transportError(ErrorKind::InvalidArgument, why)); });
                return;
            }
            ssl->setSslConfiguration(config);
            const QString name = m_profile.tls.serverName.isEmpty() ? m_profile.host : m_profile.tls.serverName;
            ssl->connectToHostEncrypted(m_profile.host, m_profile.port, name);
        } else {
            m_socket->connectToHost(m_profile.host, m_profile.port);
        }
    }

    void write(const QByteArray &data) override
    {
        m_socket->write(data);
        // Hand it to the kernel now rather than on the next writable
        // notification: the broker may be waiting for these acknowledgements.
        m_socket->flush();
    }
    QByteArray readAll() override { return m_socket->readAll(); }
    qint64 bytesToWrite() const override
    {
        const auto *ssl = qobject_cast<const QSslSocket *>(m_socket);
        return m_socket->bytesToWrite() + (ssl ? ssl->encryptedBytesToWrite() : 0);
    }

    void close() override
    {
        m_closing = true;
        m_socket->disconnectFromHost();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emitClosedOnce();
    }

    void abort() override
    {
        m_done = true;
        m_resumeTimer.stop();
        abortSocket();
    }

    void abortSocket() override { m_socket->abort(); }

    void pauseReading(int ms) override
    {
        if (m_paused || isSecure(m_profile.scheme) || m_socket->state() != QAbstractSocket::ConnectedState)
            return;
        // QTcpSocket has no pause, but with its read buffer limited to one
        // byte it reads that byte and then stops watching the socket until
        // the limit is lifted.
        m_paused = true;
        m_socket->setReadBufferSize(1);
        m_resumeTimer.start(ms);
    }

    void setReadingHeld(bool held) override
    {
        if (held == m_held)
            return;
        m_held = held;
        if (held) {
            // As pauseReading(), without an end: see there.
            if (!isSecure(m_profile.scheme))
                m_socket->setReadBufferSize(1);
            return;
        }
        if (!m_paused)
            resumeReading();
    }

private:
    void resumeReading()
    {
        m_paused = false;
        if (m_held)
            return; // setReadingHeld(false) resumes
        m_socket->setReadBufferSize(readBufferLimit());
        if (m_socket->bytesAvailable() > 0)
            emit readyRead();
    }

    // Qt's read buffer is unlimited by default: on each notification it takes
    // all the kernel holds, which Linux lets grow to 32 MB for a fast sender.
    // A client that must stop reading (setReadingHeld()) would then still
    // decode and hand over one such read, some 100,000 messages, before the
    // hold could act. With a limit the rest stays in the kernel, whose full
    // buffer makes TCP hold the broker. (QSslSocket keeps the default: its
    // buffer holds decrypted bytes, see pauseReading().)
    qint64 readBufferLimit() const { return isSecure(m_profile.scheme) ? 0 : ReadBufferBytes; }
    static constexpr qint64 ReadBufferBytes = 1024 * 1024;

    void onOpened()
    {
        m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        if (!m_paused && !m_held)
            m_socket->setReadBufferSize(readBufferLimit());
        m_opened = true;
        emit opened();
    }

    void onDisconnected()
    {
        if (!m_opened) {
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("The connection to %1 closed during the handshake.").arg(peerName())));
            return;
        }
        emitClosedOnce();
    }

    void onError(QAbstractSocket::SocketError code)
    {
        if (m_done)
            return;
        const QString peer = peerName();
        switch (code) {
        case QAbstractSocket::RemoteHostClosedError:
            if (m_opened || m_closing) {
                emitClosedOnce();
                return;
            }
            if (isSecure(m_profile.scheme) && !m_profile.tls.pskIdentity.isEmpty()) {
                fail(transportError(ErrorKind::Tls,
                                    Transport::tr("TLS to %1 failed: the connection closed during the handshake "
                                                  "(does the broker know the PSK identity '%2' and this key?).")
                                        .arg(peer, m_profile.tls.pskIdentity)));
                return;
            }
            if (isSecure(m_profile.scheme)) {
                fail(transportError(ErrorKind::Tls,
                                    Transport::tr("TLS to %1 failed: the connection closed during the handshake "
                                                  "(is it a TLS port? does it require a client certificate?).")
                                        .arg(peer)));
                return;
            }
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("%1 closed the connection before it was established.").arg(peer)));
            return;
        case QAbstractSocket::HostNotFoundError:
            fail(transportError(ErrorKind::HostNotFound, Transport::tr("Cannot find the host '%1'.").arg(m_profile.host)));
            return;
        case QAbstractSocket::ConnectionRefusedError:
            fail(transportError(ErrorKind::ConnectionRefused,
                                Transport::tr("Connection to %1 refused: no broker is listening there.").arg(peer)));
            return;
        case QAbstractSocket::SslHandshakeFailedError: {
            QString why = m_sslErrors.isEmpty() ? handshakeFailureText(m_profile.tls, m_socket->errorString())
                                                : sslErrorsText(m_sslErrors);
            if (why.endsWith(QLatin1Char('.')))
                why.chop(1);
            fail(transportError(ErrorKind::Tls, Transport::tr("TLS to %1 failed: %2.").arg(peer, why)));
            return;
        }
        case QAbstractSocket::SslInvalidUserDataError:
        case QAbstractSocket::SslInternalError:
            fail(transportError(ErrorKind::Tls,
                                Transport::tr("TLS to %1 failed: %2.").arg(peer, m_socket->errorString())));
            return;
        default:
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("Connection to %1 failed: %2.").arg(peer, m_socket->errorString())));
            return;
        }
    }

    QTcpSocket *m_socket = nullptr;
    QTimer m_resumeTimer;
    QList<QSslError> m_sslErrors;
    bool m_paused = false;
    bool m_held = false;
    bool m_opened = false;
    bool m_closing = false;
};

// MQTT over WebSocket (MQTT 5.0 §6): binary frames, subprotocol "mqtt"; a
// packet may span frames and a frame may hold several packets.
class WebSocketTransport final : public Transport
{
public:
    WebSocketTransport(const ConnectionProfile &profile, QObject *parent) : Transport(profile, parent)
    {
        m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
        connect(m_socket, &QWebSocket::connected, this, [this] {
            m_opened = true;
            emit opened();
        });
        connect(m_socket, &QWebSocket::binaryFrameReceived, this, [this](const QByteArray &frame, bool) {
            m_buffer.append(frame);
            emit readyRead();
        });
        // MQTT 5.0 §6.0.0-1: MQTT travels in binary frames only; any other data
        // frame closes the connection (else a peer sending text would look alive).
        connect(m_socket, &QWebSocket::textFrameReceived, this, [this] {
            fail(transportError(
                ErrorKind::Protocol,
                Transport::tr("The broker at %1 sent a WebSocket text frame; MQTT travels only in binary frames.")
                    .arg(peerName())));
            abortSocket();
        });
        connect(m_socket, &QWebSocket::disconnected, this, &WebSocketTransport::onDisconnected);
        connect(m_socket, &QWebSocket::bytesWritten, this, &Transport::bytesWritten);
        // Qt 6.4 names the signal error(); 6.5 renamed it errorOccurred().
        connect(m_socket, qOverload<QAbstractSocket::SocketError>(&QWebSocket::error), this,
                &WebSocketTransport::onError);
        connect(m_socket, &QWebSocket::preSharedKeyAuthenticationRequired, this,
                [this](QSslPreSharedKeyAuthenticator *authenticator) { answerPskRequest(m_profile.tls, authenticator); });
        connect(m_socket, &QWebSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            m_sslErrors = errors;
            if (m_profile.tls.allowInsecure)
                m_socket->ignoreSslErrors();
        });
    }

    void open() override
    {
        QUrl url;
        url.setScheme(m_profile.scheme == TransportScheme::SecureWebSocket ? QStringLiteral("wss")
                                                                           : QStringLiteral("ws"));
        url.setHost(m_profile.host);
        url.setPort(m_profile.port);
        // The profile keeps a query string, if any, inside the path ("/mqtt?token=x").
        const QString path = m_profile.webSocketPath.isEmpty() ? QStringLiteral("/") : m_profile.webSocketPath;
        const qsizetype query = path.indexOf(QLatin1Char('?'));
        url.setPath(query < 0 ? path : path.left(query));
        if (query >= 0)
            url.setQuery(path.mid(query + 1));
        QNetworkRequest request(url);
        request.setRawHeader("Sec-WebSocket-Protocol", "mqtt");
        if (m_profile.scheme == TransportScheme::SecureWebSocket) {
            QSslConfiguration config;
            QString why;
            if (!makeSslConfiguration(m_profile.tls, &config, &why)) {
                QTimer::singleShot(0, this, [this, why] { fail(transportError(ErrorKind::InvalidArgument, why)); });
                return;
            }
            m_socket->setSslConfiguration(config);
        }
        m_socket->open(request);
    }

    void write(const QByteArray &data) override { m_socket->sendBinaryMessage(data); }
    qint64 bytesToWrite() const override { return m_socket->bytesToWrite(); }

    QByteArray readAll() override { return std::exchange(m_buffer, {}); }
    void abortSocket() override { m_socket->abort(); }

    void close() override
    {
        m_closing = true;
        m_socket->close();
        if (m_socket->state() == QAbstractSocket::UnconnectedState)
            emitClosedOnce();
    }

    void abort() override
    {
        m_done = true;
        abortSocket();
    }

private:
    void onDisconnected()
    {
        if (m_opened || m_closing) {
            emitClosedOnce();
            return;
        }
        QString why = m_sslErrors.isEmpty() ? m_socket->errorString() : sslErrorsText(m_sslErrors);
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        const ErrorKind kind = m_sslErrors.isEmpty() ? ErrorKind::Transport : ErrorKind::Tls;
        fail(transportError(kind, Transport::tr("WebSocket connection to %1 failed: %2.").arg(peerName(), why)));
    }

    void onError(QAbstractSocket::SocketError code)
    {
        if (m_done)
            return;
        const QString peer = peerName();
        switch (code) {
        case QAbstractSocket::HostNotFoundError:
            fail(transportError(ErrorKind::HostNotFound, Transport::tr("Cannot find the host '%1'.").arg(m_profile.host)));
            return;
        case QAbstractSocket::ConnectionRefusedError:
            fail(transportError(ErrorKind::ConnectionRefused,
                                Transport::tr("Connection to %1 refused: no broker is listening there.").arg(peer)));
            return;
        case QAbstractSocket::RemoteHostClosedError:
            if (m_opened || m_closing) {
                emitClosedOnce();
                return;
            }
            break;
        default:
            break;
        }
        QString why = m_sslErrors.isEmpty() ? m_socket->errorString() : sslErrorsText(m_sslErrors);
        if (why.endsWith(QLatin1Char('.')))
            why.chop(1);
        const bool tls = !m_sslErrors.isEmpty() || code == QAbstractSocket::SslHandshakeFailedError;
        if (m_opened) {
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("The WebSocket connection to %1 broke: %2.").arg(peer, why)));
            return;
        }
        fail(transportError(tls ? ErrorKind::Tls : ErrorKind::Transport,
                            tls ? Transport::tr("TLS to %1 failed: %2.").arg(peer, why)
                                : Transport::tr("WebSocket connection to %1 failed: %2.").arg(peer, why)));
    }

    QWebSocket *m_socket = nullptr;
    QByteArray m_buffer;
    QList<QSslError> m_sslErrors;
    bool m_opened = false;
    bool m_closing = false;
};

// MQTT over a Unix domain socket (mosquitto's "listener 0 /path"). QLocalSocket
// is a Unix domain socket on Linux and macOS but a named pipe on Windows,
// where no broker listens that way: there the transport refuses.
class LocalSocketTransport final : public Transport
{
public:
    LocalSocketTransport(const ConnectionProfile &profile, QObject *parent) : Transport(profile, parent)
    {
        m_socket = new QLocalSocket(this);
        connect(m_socket, &QLocalSocket::connected, this, [this] {
            m_opened = true;
            emit opened();
        });
        connect(m_socket, &QLocalSocket::readyRead, this, &Transport::readyRead);
        connect(m_socket, &QLocalSocket::bytesWritten, this, &Transport::bytesWritten);
        connect(m_socket, &QLocalSocket::disconnected, this, &LocalSocketTransport::onDisconnected);
        connect(m_socket, &QLocalSocket::errorOccurred, this, &LocalSocketTransport::onError);
    }

    void open() override
    {
        // From the event loop: QLocalSocket reports a missing socket inside
        // connectToServer(), and open() must not end the stream before it returns.
        QMetaObject::invokeMethod(
            this,
            [this] {
                if (m_done)
                    return;
#ifdef Q_OS_WIN
                fail(transportError(ErrorKind::InvalidArgument,
                                    Transport::tr("Unix domain sockets (unix://) are not available on Windows.")));
#else
                m_socket->connectToServer(m_profile.socketPath);
#endif
            },
            Qt::QueuedConnection);
    }

    void write(const QByteArray &data) override
    {
        m_socket->write(data);
        m_socket->flush(); // as SocketTransport::write()
    }
    QByteArray readAll() override
    {
        return m_socket->readAll();
    }
    qint64 bytesToWrite() const override
    {
        return m_socket->bytesToWrite();
    }

    void close() override
    {
        m_closing = true;
        m_socket->disconnectFromServer();
        if (m_socket->state() == QLocalSocket::UnconnectedState)
            emitClosedOnce();
    }

    void abort() override
    {
        m_done = true;
        abortSocket();
    }
    void abortSocket() override
    {
        m_socket->abort();
    }

private:
    void onDisconnected()
    {
        if (!m_opened) {
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("The connection to %1 closed during the handshake.").arg(peerName())));
            return;
        }
        emitClosedOnce();
    }

    void onError(QLocalSocket::LocalSocketError code)
    {
        if (m_done)
            return;
        const QString peer = peerName();
        switch (code) {
        case QLocalSocket::PeerClosedError:
            if (m_opened || m_closing) {
                emitClosedOnce();
                return;
            }
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("%1 closed the connection before it was established.").arg(peer)));
            return;
        case QLocalSocket::ServerNotFoundError:
            fail(transportError(ErrorKind::ConnectionRefused,
                                Transport::tr("There is no socket %1: is the broker running with a Unix socket "
                                              "listener there?")
                                    .arg(peer)));
            return;
        case QLocalSocket::ConnectionRefusedError:
            fail(transportError(ErrorKind::ConnectionRefused,
                                Transport::tr("Connection to %1 refused: no broker is listening there.").arg(peer)));
            return;
        default:
            fail(transportError(ErrorKind::Transport,
                                Transport::tr("Connection to %1 failed: %2.").arg(peer, m_socket->errorString())));
            return;
        }
    }

    QLocalSocket *m_socket = nullptr;
    bool m_opened = false;
    bool m_closing = false;
};

} // namespace

Transport::Transport(const ConnectionProfile &profile, QObject *parent) : QObject(parent), m_profile(profile) { }

void Transport::fail(const Error &error)
{
    if (m_done)
        return;
    m_done = true;
    abortSocket();
    emit failed(error);
}

// From the event loop, so that close() never emits before it returns.
void Transport::emitClosedOnce()
{
    if (m_done)
        return;
    m_done = true;
    QMetaObject::invokeMethod(this, &Transport::closed, Qt::QueuedConnection);
}

QString Transport::peerName() const
{
    if (m_profile.scheme == TransportScheme::Unix)
        return m_profile.socketPath;
    const QString host = m_profile.host.contains(QLatin1Char(':')) ? QLatin1Char('[') + m_profile.host + QLatin1Char(']')
                                                                   : m_profile.host;
    return host + QLatin1Char(':') + QString::number(m_profile.port);
}

Transport *Transport::create(const ConnectionProfile &profile, QObject *parent)
{
    if (isWebSocket(profile.scheme))
        return new WebSocketTransport(profile, parent);
    if (profile.scheme == TransportScheme::Unix)
        return new LocalSocketTransport(profile, parent);
    return new SocketTransport(profile, parent);
}

} // namespace Signalbox
