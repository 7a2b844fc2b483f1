// Peers that keep a connection open without making progress. Each case runs
// the real signalbox-cli (and, where the window's behaviour differs, an
// MqttClient with auto-reconnect) against a scripted peer on 127.0.0.1 and
// checks that it gives up within its bound, with one sentence on stderr and a
// non-zero exit code. The bounds, with keep-alive k:
//   - no PINGRESP after a PINGREQ (bytes of an unfinished packet are no answer), also
//     when the broker stopped reading or sends only WebSocket pings: about k after the
//     last complete packet;
//   - pings answered but nothing acknowledged while a request waits: 2 k;
//   - a handshake (TCP, TLS, WebSocket upgrade, CONNACK) not done: the connect timeout (10 s);
//   - a WebSocket text frame: at once;
//   - leaving a WebSocket peer that never answers the close frame: no wait (exit 0).
// The waits below are generous (a loaded CI machine); what is asserted is that
// the command ended, how, and with which sentence, never how fast.
#include "fakebroker.h"
#include "client/mqttclient.h"

#include <memory>

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryFile>
#include <QTest>
#include <QTimer>
#include <QWebSocket>
#include <QWebSocketServer>

using namespace Signalbox;

namespace {

constexpr int KeepAlive = 2; // seconds, for the CLI's -k
constexpr int ConnectTimeoutS = 10; // the profile's default, which the CLI keeps
constexpr int ExitKeepAlive = 19; // MOSQ_ERR_KEEPALIVE, as mosquitto_sub

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray err;
    double seconds = 0;
    QList<QByteArray> errLines() const
    {
        QList<QByteArray> lines = err.split('\n');
        lines.removeAll(QByteArray());
        return lines;
    }
};

// Runs the CLI while this thread's event loop serves the peer.
Run runCli(const QStringList &args, int waitMs)
{
    QProcess process;
    QElapsedTimer clock;
    clock.start();
    process.start(QStringLiteral(SIGNALBOX_CLI_PATH), args);
    Run run;
    if (!process.waitForStarted(10000))
        return run;
    process.closeWriteChannel();
    QSignalSpy spy(&process, &QProcess::finished);
    if (process.state() != QProcess::NotRunning)
        spy.wait(waitMs);
    run.finished = process.state() == QProcess::NotRunning;
    run.seconds = double(clock.elapsed()) / 1000;
    if (!run.finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    run.exitCode = process.exitCode();
    run.err = process.readAllStandardError();
    qInfo("ended after %.1f s with %d: %s", run.seconds, run.exitCode, run.err.trimmed().constData());
    return run;
}

QStringList subArgs(quint16 port, ProtocolVersion version, const QStringList &more = {})
{
    return QStringList{QStringLiteral("sub"),
                       QStringLiteral("-h"),
                       QStringLiteral("127.0.0.1"),
                       QStringLiteral("-p"),
                       QString::number(port),
                       QStringLiteral("-t"),
                       QStringLiteral("a"),
                       QStringLiteral("-k"),
                       QString::number(KeepAlive),
                       QStringLiteral("-V"),
                       version == ProtocolVersion::V5 ? QStringLiteral("5") : QStringLiteral("311")}
           + more;
}

QByteArray remainingLength(quint32 n)
{
    QByteArray out;
    do {
        quint8 byte = n % 128;
        n /= 128;
        if (n > 0)
            byte |= 0x80;
        out.append(char(byte));
    } while (n > 0);
    return out;
}

// A QoS 0 PUBLISH on topic "a" that announces `payloadBytes` but is cut after
// `sentBytes` of payload.
QByteArray unfinishedPublish(ProtocolVersion version, quint32 payloadBytes, int sentBytes)
{
    QByteArray variable("\x00\x01a", 3); // topic "a"
    if (version == ProtocolVersion::V5)
        variable.append('\0'); // no properties
    QByteArray out(1, '\x30');
    out += remainingLength(quint32(variable.size()) + payloadBytes);
    out += variable;
    out += QByteArray(sentBytes, 'x');
    return out;
}

ConnackPacket accepted()
{
    return ConnackPacket{};
}

const QByteArray PingrespBytes("\xd0\x00", 2);

} // namespace

class TestStalls : public QObject
{
    Q_OBJECT

    static void addVersionRows()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::newRow("3.1.1") << ProtocolVersion::V311;
        QTest::newRow("5.0") << ProtocolVersion::V5;
    }

private slots:
    // The case that was found: a 200 MB PUBLISH is announced, a few KB of it
    // sent, and every PINGREQ is answered with PINGRESP's two bytes, which only
    // land inside the unfinished payload. Before, the client took any byte as
    // an answer and ran forever.
    void trickledPublish_data() { addVersionRows(); }
    void trickledPublish()
    {
        QFETCH(ProtocolVersion, version);
        FakeBroker broker(version);
        broker.setScript([version](FakeBroker &b, const Packet &p) {
            if (std::holds_alternative<ConnectPacket>(p)) {
                b.send(accepted());
            } else if (const auto *sub = std::get_if<SubscribePacket>(&p)) {
                b.send(SubackPacket{sub->packetId, QList<quint8>(sub->entries.size(), 0), {}});
                b.sendRaw(unfinishedPublish(version, 200'000'000, 4096));
            } else if (std::holds_alternative<PingreqPacket>(p)) {
                b.sendRaw(PingrespBytes);
            }
        });
        const Run r = runCli(subArgs(broker.port(), version), 30000);
        QVERIFY2(r.finished, "the CLI still ran 30 s after a broker began trickling");
        QCOMPARE(r.exitCode, ExitKeepAlive);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("never completed"), r.err.constData());
        QVERIFY(!broker.receivedOf<PingreqPacket>().isEmpty());
    }

    // The window's client under the same broker: the sentence, then its
    // reconnect policy (a new attempt, which meets the same broker).
    void trickledPublishReconnects()
    {
        FakeBroker broker(ProtocolVersion::V5);
        broker.setScript([](FakeBroker &b, const Packet &p) {
            if (std::holds_alternative<ConnectPacket>(p)) {
                b.send(accepted());
                b.sendRaw(unfinishedPublish(ProtocolVersion::V5, 200'000'000, 4096));
            } else if (std::holds_alternative<PingreqPacket>(p)) {
                b.sendRaw(PingrespBytes);
            }
        });
        ConnectionProfile profile;
        profile.host = QStringLiteral("127.0.0.1");
        profile.port = broker.port();
        profile.version = ProtocolVersion::V5;
        profile.clientId = QStringLiteral("stall-test");
        profile.keepAlive = 1;
        profile.reconnect.enabled = true;
        profile.reconnect.initialDelayMs = 100;
        MqttClient client(profile);
        QSignalSpy errors(&client, &MqttClient::errorOccurred);
        QSignalSpy reconnects(&client, &MqttClient::reconnectScheduled);
        client.connectToBroker();
        QTRY_VERIFY_WITH_TIMEOUT(broker.connectionCount() >= 2, 20000);
        QVERIFY(!errors.isEmpty());
        const Error e = errors.first().first().value<Error>();
        QCOMPARE(e.kind, ErrorKind::Timeout);
        QCOMPARE(e.reason, quint8(ReasonCode::KeepAliveTimeout));
        QVERIFY2(e.message.contains(QStringLiteral("never completed")), qPrintable(e.message));
        QVERIFY(!reconnects.isEmpty());
        client.disconnectFromBroker();
    }

    // A packet begun and then silence: no bytes at all, no PINGRESP.
    void unfinishedPacketThenSilence_data() { addVersionRows(); }
    void unfinishedPacketThenSilence()
    {
        QFETCH(ProtocolVersion, version);
        FakeBroker broker(version);
        broker.setScript([version](FakeBroker &b, const Packet &p) {
            if (std::holds_alternative<ConnectPacket>(p)) {
                b.send(accepted());
                b.sendRaw(unfinishedPublish(version, 1000, 10));
            }
        });
        const Run r = runCli(subArgs(broker.port(), version), 30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, ExitKeepAlive);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("never completed"), r.err.constData());
    }

    // Pings answered, SUBSCRIBE never acknowledged: the subscriber would wait
    // forever for its subscription.
    void subscribeNeverAcknowledged_data() { addVersionRows(); }
    void subscribeNeverAcknowledged()
    {
        QFETCH(ProtocolVersion, version);
        FakeBroker broker(version);
        broker.setScript([](FakeBroker &b, const Packet &p) {
            if (std::holds_alternative<ConnectPacket>(p))
                b.send(accepted());
            else if (std::holds_alternative<PingreqPacket>(p))
                b.send(PingrespPacket{});
        });
        const Run r = runCli(subArgs(broker.port(), version), 30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, ExitKeepAlive);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("acknowledged nothing"), r.err.constData());
        QVERIFY(!broker.receivedOf<PingreqPacket>().isEmpty());
    }

    // Pings answered, a QoS 1 and a QoS 2 PUBLISH never acknowledged.
    void publishNeverAcknowledged_data()
    {
        QTest::addColumn<ProtocolVersion>("version");
        QTest::addColumn<int>("qos");
        QTest::newRow("3.1.1 QoS 1") << ProtocolVersion::V311 << 1;
        QTest::newRow("5.0 QoS 2") << ProtocolVersion::V5 << 2;
    }
    void publishNeverAcknowledged()
    {
        QFETCH(ProtocolVersion, version);
        QFETCH(int, qos);
        FakeBroker broker(version);
        broker.setScript([](FakeBroker &b, const Packet &p) {
            if (std::holds_alternative<ConnectPacket>(p))
                b.send(accepted());
            else if (std::holds_alternative<PingreqPacket>(p))
                b.send(PingrespPacket{});
        });
        const Run r = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(broker.port()), QStringLiteral("-t"),
                              QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("hello"), QStringLiteral("-q"),
                              QString::number(qos), QStringLiteral("-k"), QString::number(KeepAlive), QStringLiteral("-V"),
                              version == ProtocolVersion::V5 ? QStringLiteral("5") : QStringLiteral("311")},
                             30000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QVERIFY2(r.err.contains("acknowledged nothing"), r.err.constData());
        QCOMPARE(broker.receivedOf<PublishPacket>().size(), 1);
    }

    // Handshakes that never finish, each bounded by the connect timeout:
    // a TCP peer that accepts and never says a word (to CONNECT, to a TLS
    // ClientHello, to a WebSocket upgrade), and one that trickles: a CONNACK
    // announcing 127 bytes sent a byte at a time, an HTTP upgrade answer whose
    // header lines never end.
    void handshakeNeverFinishes_data()
    {
        QTest::addColumn<QStringList>("target"); // the CLI's options naming the peer, with %1 for the port
        QTest::addColumn<QByteArray>("first"); // sent when the client's first bytes arrive
        QTest::addColumn<QByteArray>("trickle"); // then a byte of it every 200 ms, over and over
        QTest::addColumn<QByteArray>("expected"); // what the sentence names as the stage that stalled
        const QStringList plain{QStringLiteral("-h"), QStringLiteral("127.0.0.1"), QStringLiteral("-p"),
                                QStringLiteral("%1")};
        QTest::newRow("MQTT: no CONNACK") << plain << QByteArray() << QByteArray() << QByteArray("no CONNACK came");
        QTest::newRow("MQTT: CONNACK never completes")
            << plain << QByteArray("\x20\x7f", 2) << QByteArray(1, '\0') << QByteArray("no CONNACK came");
        QTest::newRow("TLS: no ServerHello")
            << QStringList{QStringLiteral("-L"), QStringLiteral("mqtts://127.0.0.1:%1/a"), QStringLiteral("--insecure")}
            << QByteArray() << QByteArray() << QByteArray("TLS handshake with 127.0.0.1");
        QTest::newRow("WebSocket: no upgrade answer")
            << QStringList{QStringLiteral("-L"), QStringLiteral("ws://127.0.0.1:%1/mqtt")} << QByteArray()
            << QByteArray() << QByteArray("WebSocket upgrade with 127.0.0.1");
        QTest::newRow("WebSocket: upgrade headers never end")
            << QStringList{QStringLiteral("-L"), QStringLiteral("ws://127.0.0.1:%1/mqtt")}
            << QByteArray("HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\n") << QByteArray("X-Wait: 1\r\n")
            << QByteArray("WebSocket upgrade with 127.0.0.1");
    }
    void handshakeNeverFinishes()
    {
        QFETCH(QStringList, target);
        QFETCH(QByteArray, first);
        QFETCH(QByteArray, trickle);
        QFETCH(QByteArray, expected);
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> sockets;
        QTimer timer;
        qsizetype next = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                connect(socket, &QTcpSocket::readyRead, socket, [socket, first] {
                    socket->readAll();
                    if (!first.isEmpty() && socket->property("answered").isNull()) {
                        socket->setProperty("answered", true);
                        socket->write(first);
                    }
                });
            }
        });
        if (!trickle.isEmpty()) {
            connect(&timer, &QTimer::timeout, this, [&] {
                for (QTcpSocket *socket : std::as_const(sockets)) {
                    if (!socket->property("answered").isNull())
                        socket->write(trickle.mid(next % trickle.size(), 1));
                }
                ++next;
            });
            timer.start(200);
        }
        QStringList args{QStringLiteral("sub"), QStringLiteral("-t"), QStringLiteral("a")};
        for (const QString &arg : std::as_const(target))
            args.append(QString(arg).replace(QLatin1String("%1"), QString::number(server.serverPort())));
        const Run r = runCli(args, (ConnectTimeoutS + 20) * 1000);
        QVERIFY2(r.finished, "the CLI still ran 30 s into a handshake that never finishes");
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(!sockets.isEmpty());
        qDeleteAll(sockets);
    }

    // A WebSocket peer that completes the upgrade and CONNACK, then sends only
    // WebSocket pings (answered by Qt with pongs) or text frames: neither is
    // MQTT, and a PINGREQ gets no PINGRESP.
    void webSocketWithoutMqtt_data()
    {
        QTest::addColumn<bool>("text");
        QTest::addColumn<QByteArray>("expected");
        QTest::newRow("only pings") << false << QByteArray("stopped answering");
        QTest::newRow("text frames") << true << QByteArray("text");
    }
    void webSocketWithoutMqtt()
    {
        QFETCH(bool, text);
        QFETCH(QByteArray, expected);
        QWebSocketServer server(QStringLiteral("stalls"), QWebSocketServer::NonSecureMode);
        server.setSupportedSubprotocols({QStringLiteral("mqtt")});
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QWebSocket *> sockets;
        int pings = 0;
        connect(&server, &QWebSocketServer::newConnection, this, [&] {
            while (QWebSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                connect(socket, &QWebSocket::binaryMessageReceived, socket, [socket](const QByteArray &data) {
                    if (data.startsWith('\x10'))
                        socket->sendBinaryMessage(QByteArray("\x20\x02\x00\x00", 4)); // CONNACK under 3.1.1
                    else if (data.startsWith('\x82'))
                        socket->sendBinaryMessage(QByteArray("\x90\x03", 2) + data.mid(2, 2) + QByteArray(1, '\0'));
                });
            }
        });
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            for (QWebSocket *socket : std::as_const(sockets)) {
                if (text)
                    socket->sendTextMessage(QStringLiteral("{\"hello\":1}"));
                else
                    socket->ping();
                ++pings;
            }
        });
        timer.start(200);
        const Run r = runCli({QStringLiteral("sub"), QStringLiteral("-L"),
                              QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(server.serverPort()), QStringLiteral("-t"),
                              QStringLiteral("a"), QStringLiteral("-k"), QString::number(KeepAlive),
                              QStringLiteral("-V"), QStringLiteral("311")},
                             30000);
        QVERIFY(r.finished);
        QVERIFY(r.exitCode != 0);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains(expected), r.err.constData());
        QVERIFY(pings > 0);
        qDeleteAll(sockets);
    }
    // A WebSocket peer that never answers the client's close frame (Qt's own
    // server always does, so this one speaks the protocol by hand): leaving
    // must not wait for it. Qt 6.4 closes the TCP connection right after its
    // close frame; MqttClient would close it 3 s after DISCONNECT at most.
    void webSocketCloseNeverAnswered()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> sockets;
        int closeFrames = 0;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                auto buffer = std::make_shared<QByteArray>();
                auto upgraded = std::make_shared<bool>(false);
                connect(socket, &QTcpSocket::readyRead, socket, [socket, buffer, upgraded, &closeFrames] {
                    buffer->append(socket->readAll());
                    if (!*upgraded) {
                        const qsizetype end = buffer->indexOf("\r\n\r\n");
                        if (end < 0)
                            return;
                        QByteArray key;
                        for (const QByteArray &line : buffer->left(end).split('\n')) {
                            if (line.toLower().startsWith("sec-websocket-key:"))
                                key = line.mid(line.indexOf(':') + 1).trimmed();
                        }
                        const QByteArray accept = QCryptographicHash::hash(
                                                      QByteArray(key + "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"),
                                                      QCryptographicHash::Sha1)
                                                      .toBase64();
                        socket->write(
                            "HTTP/1.1 101 Switching Protocols\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
                            "Sec-WebSocket-Protocol: mqtt\r\nSec-WebSocket-Accept: "
                            + accept + "\r\n\r\n");
                        buffer->remove(0, end + 4);
                        *upgraded = true;
                    }
                    // Client frames: FIN/opcode, mask bit and length (7, 7+16 bits), key, payload.
                    while (buffer->size() >= 6) {
                        const int opcode = quint8(buffer->at(0)) & 0x0f;
                        qsizetype length = quint8(buffer->at(1)) & 0x7f;
                        qsizetype head = 2;
                        if (length == 126) {
                            length = (qsizetype(quint8(buffer->at(2))) << 8) | quint8(buffer->at(3));
                            head = 4;
                        }
                        if (buffer->size() < head + 4 + length)
                            return;
                        const QByteArray mask = buffer->mid(head, 4);
                        QByteArray payload = buffer->mid(head + 4, length);
                        for (qsizetype i = 0; i < payload.size(); ++i)
                            payload[i] = char(payload[i] ^ mask[i % 4]);
                        buffer->remove(0, head + 4 + length);
                        if (opcode == 0x2 && payload.startsWith('\x10'))
                            socket->write(QByteArray("\x82\x04\x20\x02\x00\x00", 6)); // CONNACK under 3.1.1
                        else if (opcode == 0x8)
                            ++closeFrames; // and no answer
                    }
                });
            }
        });
        const Run r = runCli({QStringLiteral("pub"), QStringLiteral("-L"),
                              QStringLiteral("ws://127.0.0.1:%1/mqtt").arg(server.serverPort()), QStringLiteral("-t"),
                              QStringLiteral("a"), QStringLiteral("-m"), QStringLiteral("x"), QStringLiteral("-V"),
                              QStringLiteral("311")},
                             30000);
        QVERIFY2(r.finished, "the CLI still waited 30 s for the answer to its close frame");
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.isEmpty(), r.err.constData());
        QCOMPARE(closeFrames, 1);
        qDeleteAll(sockets);
    }
    // A broker that accepts the connection and then stops reading: the
    // client's 48 MB PUBLISH fills the socket buffers and never leaves, and
    // the ping queued behind it goes unanswered. Before, pub -f took the QoS 0
    // message as sent, left with DISCONNECT, dropped the unsent bytes after
    // 3 s and exited 0.
    void brokerStopsReading()
    {
        QTemporaryFile file;
        QVERIFY(file.open());
        QVERIFY(file.write(QByteArray(48 * 1024 * 1024, 'x')) > 0);
        file.close();
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost, 0));
        QList<QTcpSocket *> sockets;
        connect(&server, &QTcpServer::newConnection, this, [&] {
            while (QTcpSocket *socket = server.nextPendingConnection()) {
                sockets.append(socket);
                socket->setReadBufferSize(4096); // Qt stops taking bytes from the kernel when full
                connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                    if (!socket->property("answered").isNull())
                        return; // and never read again
                    socket->setProperty("answered", true);
                    socket->read(2); // enough to know a CONNECT came
                    socket->write(QByteArray("\x20\x02\x00\x00", 4));
                });
            }
        });
        const Run r = runCli({QStringLiteral("pub"), QStringLiteral("-h"), QStringLiteral("127.0.0.1"),
                              QStringLiteral("-p"), QString::number(server.serverPort()), QStringLiteral("-t"),
                              QStringLiteral("a"), QStringLiteral("-f"), file.fileName(), QStringLiteral("-k"),
                              QString::number(KeepAlive), QStringLiteral("-V"), QStringLiteral("311")},
                             30000);
        QVERIFY(r.finished);
        QCOMPARE(r.exitCode, ExitKeepAlive);
        QCOMPARE(r.errLines().size(), 1);
        QVERIFY2(r.err.contains("stopped reading"), r.err.constData());
        qDeleteAll(sockets);
    }
};

QTEST_GUILESS_MAIN(TestStalls)
#include "tst_stalls.moc"
