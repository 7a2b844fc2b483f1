#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace Signalbox::Test {

// A private mosquitto 2.0 broker for tests, on free ports of 127.0.0.1.
//
// start() makes a temporary directory, generates with openssl a CA, server and
// client certificates (EC prime256v1) and the files for TLS error tests, a password
// file (mosquitto_passwd) and an ACL file, writes mosquitto.conf there and starts
// mosquitto with it. It returns once every listener accepts TCP connections (at most
// about 10 s) and true, or false with errorString() saying why (mosquitto or openssl
// missing, a bad config, the broker exiting: the tail of its log is included).
// Nothing it starts contacts anything but 127.0.0.1.
//
// Listeners (per_listener_settings true), each on its own port:
//   plainPort()       MQTT over TCP, anonymous
//   tlsPort()         MQTT over TLS (caFile() verifies it, for 127.0.0.1 and localhost), anonymous
//   mtlsPort()        as tlsPort(), and the client must present a certificate signed by
//                     caFile() (clientCertFile()); the certificate is not the username
//   wsPort()          MQTT over WebSocket ("mqtt" subprotocol, any path), anonymous
//   wssPort()         MQTT over WebSocket over TLS, as tlsPort()
//   authPort()        MQTT over TCP, no anonymous clients; users alice/alice-secret and
//                     bob/bob-secret. ACL: alice readwrite alice/#, read public/#;
//                     bob readwrite public/# except public/denied/# (denied, both ways);
//                     every user readwrite users/<username>/#; all else denied.
//                     Denied publishes are dropped silently (MQTT 3.1.1) and denied
//                     messages are not delivered.
//   expiredTlsPort()  TLS with expiredServerCertFile() (signed by caFile(), expired 2020-01-02)
//   wrongHostTlsPort() TLS with wrongHostServerCertFile() (signed by caFile(), for
//                     wrong.host.invalid only)
//   tls13Port()       as tlsPort(), TLS 1.3 only (tls_version tlsv1.3)
//   pskPort()         TLS-PSK only (no certificate): identity pskIdentity() with key
//                     pskKeyHex(), from pskFile(); the identity is the username; anonymous
//   unixSocket()      MQTT over the Unix domain socket <dir>/mqtt.sock (listener 0), anonymous
// Options::tls false leaves out every TLS listener (and generates no certificates),
// Options::websockets false the WebSocket ones; their ports are then 0.
// Quirk of mosquitto 2.0.11 with libwebsockets: WebSocket listeners ignore the bind
// address and listen on every interface; connect to them on 127.0.0.1 all the same.
//
// start() probes every listener with a TCP connection; those show in the log before it
// returns (take logSize() after start() to see only a test's own lines).
//
// Broker settings: sys_interval 1 ($SYS every second), max_queued_messages 100000
// (Options), max_inflight_messages left at its default, set_tcp_nodelay true, log
// (connections, subscriptions; Options::verboseLog for everything) in logFile().
// When the process runs as root the config says "user root", as mosquitto 2.0 would
// otherwise switch to user "mosquitto", which cannot read the temporary directory.
//
// stop() sends SIGTERM (a persistent broker then saves its database) and SIGKILL
// after 5 s; kill() sends SIGKILL at once; restart() starts the broker again with the
// same config, ports and files (e.g. after kill(), for persistent-session tests).
// The destructor stops the broker and removes the directory; set the environment
// variable SIGNALBOX_KEEP_BROKER_DIR=1 to keep it for a post-mortem.
//
// Not a QObject; use it from one thread. start() and stop() block (no event loop
// needed); waitForLog() runs the caller's event loop while it waits.
class MosquittoBroker
{
public:
    struct Options
    {
        bool tls = true;
        bool websockets = true;
        // persistence true with persistence_location <dir>/data/. stop() saves the database;
        // kill() loses what was not saved yet (add "autosave_interval 1" to extraConfig to
        // save every second).
        bool persistence = false;
        bool verboseLog = false; // log_type all: every packet, slow for floods
        int maxQueuedMessages = 100000;
        // lines appended to the global part of mosquitto.conf, before the listeners
        QStringList extraConfig;
        // empty: $SIGNALBOX_MOSQUITTO, else /usr/sbin/mosquitto, else mosquitto on PATH
        QString mosquittoPath;
    };

    MosquittoBroker();
    explicit MosquittoBroker(const Options &options);
    ~MosquittoBroker();
    MosquittoBroker(const MosquittoBroker &) = delete;
    MosquittoBroker &operator=(const MosquittoBroker &) = delete;

    bool start();
    void stop();
    void kill();
    bool restart();
    bool isRunning() const;
    // mosquitto's process id while it runs, else 0 (e.g. for SIGSTOP: a broker that hangs)
    qint64 processId() const { return m_process ? m_process->processId() : 0; }
    QString errorString() const { return m_errorString; }

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 plainPort() const { return m_ports.plain; }
    quint16 tlsPort() const { return m_ports.tls; }
    quint16 mtlsPort() const { return m_ports.mtls; }
    quint16 wsPort() const { return m_ports.ws; }
    quint16 wssPort() const { return m_ports.wss; }
    quint16 authPort() const { return m_ports.auth; }
    quint16 expiredTlsPort() const { return m_ports.expiredTls; }
    quint16 wrongHostTlsPort() const { return m_ports.wrongHostTls; }
    quint16 selfSignedTlsPort() const { return m_ports.selfSignedTls; }
    quint16 tls13Port() const { return m_ports.tls13; }
    quint16 pskPort() const { return m_ports.psk; }
    QString unixSocket() const { return path(QStringLiteral("mqtt.sock")); }

    // Absolute paths inside dir(); empty before start() (and for TLS files without Options::tls).
    QString dir() const;
    QString configFile() const { return path(QStringLiteral("mosquitto.conf")); }
    QString logFile() const { return path(QStringLiteral("mosquitto.log")); }
    QString passwordFile() const { return path(QStringLiteral("passwd")); }
    QString aclFile() const { return path(QStringLiteral("acl")); }
    QString pskFile() const { return tlsPath(QStringLiteral("psk")); }
    static QString pskIdentity() { return QStringLiteral("signalbox-psk-client"); }
    static QString pskKeyHex() { return QStringLiteral("5369676e616c626f782070736b2031"); }
    QString persistenceDir() const; // with a trailing '/'; empty without Options::persistence
    QString caFile() const { return tlsPath(QStringLiteral("ca.crt")); }
    QString serverCertFile() const { return tlsPath(QStringLiteral("server.crt")); }
    QString serverKeyFile() const { return tlsPath(QStringLiteral("server.key")); }
    QString clientCertFile() const { return tlsPath(QStringLiteral("client.crt")); }
    QString clientKeyFile() const { return tlsPath(QStringLiteral("client.key")); }
    // clientKeyFile()'s key, PKCS#8 PEM encrypted (AES-256-CBC) with clientKeyPassphrase()
    QString encryptedClientKeyFile() const { return tlsPath(QStringLiteral("client-encrypted.key")); }
    static QByteArray clientKeyPassphrase() { return QByteArrayLiteral("signalbox-passphrase"); }
    // a second CA that signed none of the broker's certificates
    QString wrongCaFile() const { return tlsPath(QStringLiteral("wrong-ca.crt")); }
    // clientKeyFile()'s key certified by wrongCaFile(): the mTLS listener refuses it
    QString untrustedClientCertFile() const { return tlsPath(QStringLiteral("untrusted-client.crt")); }
    QString expiredServerCertFile() const { return tlsPath(QStringLiteral("expired-server.crt")); }
    QString wrongHostServerCertFile() const { return tlsPath(QStringLiteral("wronghost-server.crt")); }
    // for 127.0.0.1 and localhost, signed by its own key (the server key), by no CA
    QString selfSignedServerCertFile() const { return tlsPath(QStringLiteral("selfsigned-server.crt")); }
    // the key of server, expired and wrong-host certificates
    QString expiredServerKeyFile() const { return serverKeyFile(); }
    QString wrongHostServerKeyFile() const { return serverKeyFile(); }

    // Users of the auth listener.
    static QString aliceUser() { return QStringLiteral("alice"); }
    static QString alicePassword() { return QStringLiteral("alice-secret"); }
    static QString bobUser() { return QStringLiteral("bob"); }
    static QString bobPassword() { return QStringLiteral("bob-secret"); }

    // The broker's log (logFile()) from byte offset `from`; logSize() is its current size.
    QByteArray log(qint64 from = 0) const;
    qint64 logSize() const;
    // The last `lines` lines of the log and of mosquitto's own stdout/stderr.
    QString logTail(int lines = 30) const;
    // Waits until the log, from byte offset `from`, contains `needle` (e.g. a client's
    // subscription line "<client id> 1 topic/#"); runs the event loop meanwhile.
    // False on timeout or when the broker is not running.
    bool waitForLog(const QByteArray &needle, qint64 from = 0, int timeoutMs = 10000) const;

private:
    struct Ports
    {
        quint16 plain = 0, tls = 0, mtls = 0, ws = 0, wss = 0, auth = 0, expiredTls = 0, wrongHostTls = 0,
                selfSignedTls = 0, tls13 = 0, psk = 0;
    };

    QString path(const QString &name) const;
    QString tlsPath(const QString &name) const { return m_options.tls ? path(name) : QString(); }
    bool fail(const QString &message);
    bool findTools();
    bool runTool(const QString &program, const QStringList &arguments);
    bool generateCertificates();
    bool writeAuthFiles();
    bool choosePorts();
    bool writeConfig();
    bool launch(bool *portConflict);
    QList<quint16> listenerPorts() const;

    Options m_options;
    Ports m_ports;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_process;
    QString m_mosquitto, m_openssl, m_mosquittoPasswd;
    QString m_errorString;
};

} // namespace Signalbox::Test
