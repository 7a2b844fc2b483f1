#include "client/connectionprofile.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

class TestConnectionProfile : public QObject
{
    Q_OBJECT

private slots:
    void schemes();
    void fromUrl_data();
    void fromUrl();
    void badUrls_data();
    void badUrls();
    void applyUrlKeepsOtherOptions();
    void urlRoundTrip_data();
    void urlRoundTrip();
    void unixSocketUrl();
    void jsonRoundTripEveryField();
    void secretsLeftOutByDefault();
    void jsonMissingKeysKeepDefaults();
    void jsonBadTypes_data();
    void jsonBadTypes();
    void validateDefaultsAreFine();
    void validate_data();
    void validate();
    void validateTlsFiles();
};

void TestConnectionProfile::schemes()
{
    QCOMPARE(schemeName(TransportScheme::Tcp), u"mqtt"_s);
    QCOMPARE(schemeName(TransportScheme::Tls), u"mqtts"_s);
    QCOMPARE(schemeName(TransportScheme::WebSocket), u"ws"_s);
    QCOMPARE(schemeName(TransportScheme::SecureWebSocket), u"wss"_s);
    QCOMPARE(defaultPort(TransportScheme::Tcp), 1883);
    QCOMPARE(defaultPort(TransportScheme::Tls), 8883);
    QCOMPARE(defaultPort(TransportScheme::WebSocket), 80);
    QCOMPARE(defaultPort(TransportScheme::SecureWebSocket), 443);
}

void TestConnectionProfile::fromUrl_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<TransportScheme>("scheme");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("username"); // "-": none
    QTest::addColumn<QString>("password"); // "-": none

    const QString none = u"-"_s;
    const QString defaultPath = u"/mqtt"_s;
    QTest::newRow("mqtt default port") << u"mqtt://broker.local"_s << TransportScheme::Tcp << u"broker.local"_s << 1883
                                       << defaultPath << none << none;
    QTest::newRow("mqtt with port") << u"mqtt://broker.local:1884"_s << TransportScheme::Tcp << u"broker.local"_s
                                    << 1884 << defaultPath << none << none;
    // a password and no user name (found by fuzz_url): no empty User Name in CONNECT
    QTest::newRow("password only") << u"mqtt://:pw@host"_s << TransportScheme::Tcp << u"host"_s << 1883 << defaultPath
                                   << none << u"pw"_s;
    QTest::newRow("tcp alias") << u"tcp://10.0.0.1:1883"_s << TransportScheme::Tcp << u"10.0.0.1"_s << 1883
                               << defaultPath << none << none;
    QTest::newRow("MQTT upper case") << u"MQTT://Host"_s << TransportScheme::Tcp << u"host"_s << 1883 << defaultPath
                                     << none << none;
    QTest::newRow("mqtts default port") << u"mqtts://broker"_s << TransportScheme::Tls << u"broker"_s << 8883
                                        << defaultPath << none << none;
    QTest::newRow("ssl alias") << u"ssl://broker"_s << TransportScheme::Tls << u"broker"_s << 8883 << defaultPath
                               << none << none;
    QTest::newRow("tls alias") << u"tls://broker:8884"_s << TransportScheme::Tls << u"broker"_s << 8884 << defaultPath
                               << none << none;
    QTest::newRow("ws with path") << u"ws://host:8080/mqtt"_s << TransportScheme::WebSocket << u"host"_s << 8080
                                  << u"/mqtt"_s << none << none;
    QTest::newRow("ws default port") << u"ws://host/ws"_s << TransportScheme::WebSocket << u"host"_s << 80 << u"/ws"_s
                                     << none << none;
    QTest::newRow("ws without path keeps /mqtt")
        << u"ws://host"_s << TransportScheme::WebSocket << u"host"_s << 80 << defaultPath << none << none;
    QTest::newRow("ws root path") << u"ws://host/"_s << TransportScheme::WebSocket << u"host"_s << 80 << u"/"_s << none
                                  << none;
    QTest::newRow("wss with query") << u"wss://iot.example.com/mqtt?x-amz-token=a%2Fb"_s
                                    << TransportScheme::SecureWebSocket << u"iot.example.com"_s << 443
                                    << u"/mqtt?x-amz-token=a%2Fb"_s << none << none;
    QTest::newRow("user and password") << u"mqtt://alice:secret@host"_s << TransportScheme::Tcp << u"host"_s << 1883
                                       << defaultPath << u"alice"_s << u"secret"_s;
    QTest::newRow("user only") << u"mqtt://alice@host"_s << TransportScheme::Tcp << u"host"_s << 1883 << defaultPath
                               << u"alice"_s << none;
    QTest::newRow("empty password") << u"mqtt://alice:@host"_s << TransportScheme::Tcp << u"host"_s << 1883
                                    << defaultPath << u"alice"_s << QString();
    QTest::newRow("percent-decoded credentials") << u"mqtts://us%40er:p%3Ass%2Fw%20d@host:8883"_s << TransportScheme::Tls
                                                 << u"host"_s << 8883 << defaultPath << u"us@er"_s << u"p:ss/w d"_s;
    QTest::newRow("IPv6") << u"mqtt://[::1]:1884"_s << TransportScheme::Tcp << u"::1"_s << 1884 << defaultPath << none
                          << none;
    QTest::newRow("IPv6 default port") << u"mqtt://[fe80::1]"_s << TransportScheme::Tcp << u"fe80::1"_s << 1883
                                       << defaultPath << none << none;
    QTest::newRow("IPv6 with user") << u"ws://bob@[::1]:9001/mqtt"_s << TransportScheme::WebSocket << u"::1"_s << 9001
                                    << u"/mqtt"_s << u"bob"_s << none;
    QTest::newRow("mosquitto -L topic path is ignored") << u"mqtt://host:1883/sensors/temp"_s << TransportScheme::Tcp
                                                        << u"host"_s << 1883 << defaultPath << none << none;
    QTest::newRow("surrounding spaces") << u"  mqtt://host  "_s << TransportScheme::Tcp << u"host"_s << 1883
                                        << defaultPath << none << none;
}

void TestConnectionProfile::fromUrl()
{
    QFETCH(QString, url);
    QFETCH(TransportScheme, scheme);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, path);
    QFETCH(QString, username);
    QFETCH(QString, password);

    QString error;
    const std::optional<ConnectionProfile> p = ConnectionProfile::fromUrl(url, &error);
    QVERIFY2(p, qPrintable(error));
    QVERIFY(error.isEmpty());
    QCOMPARE(p->scheme, scheme);
    QCOMPARE(p->host, host);
    QCOMPARE(p->port, port);
    QCOMPARE(p->webSocketPath, path);
    QCOMPARE(p->username, username == u"-"_s ? std::nullopt : std::optional<QString>(username));
    QCOMPARE(p->password, password == u"-"_s ? std::nullopt : std::optional<QString>(password));
}

void TestConnectionProfile::badUrls_data()
{
    QTest::addColumn<QString>("url");
    QTest::addColumn<QString>("message");
    QTest::newRow("http") << u"http://host"_s
                          << u"Unsupported URL scheme 'http'; use mqtt://, mqtts://, ws:// or wss://."_s;
    QTest::newRow("no scheme") << u"host:1883"_s
                               << u"'host:1883' is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://."_s;
    QTest::newRow("empty") << QString() << u"'' is not a URL; write it as mqtt://host:1883, mqtts://, ws:// or wss://."_s;
    QTest::newRow("no host") << u"mqtt://"_s << u"The URL 'mqtt://' names no host."_s;
    QTest::newRow("only a port") << u"mqtt://:1883"_s << u"The URL 'mqtt://:1883' names no host."_s;
    QTest::newRow("port too large") << u"mqtt://host:65536"_s
                                    << u"The port '65536' in 'mqtt://host:65536' is not a number from 1 to 65535."_s;
    QTest::newRow("port 0") << u"mqtt://host:0"_s
                            << u"The port '0' in 'mqtt://host:0' is not a number from 1 to 65535."_s;
    QTest::newRow("port not a number") << u"mqtt://host:abc"_s
                                       << u"The port 'abc' in 'mqtt://host:abc' is not a number from 1 to 65535."_s;
    QTest::newRow("IPv6 unclosed") << u"mqtt://[::1:1883"_s
                                   << u"The IPv6 address in 'mqtt://[::1:1883' lacks its closing ']'."_s;
    // percent-encoded bytes that are not UTF-8 (a UTF-16 surrogate) in the user name or password (found by fuzz_url)
    QTest::newRow("user not UTF-8") << u"ws://a%ED%A6%BFb@z:80/"_s
                                    << u"The user name or password in the URL is not valid UTF-8."_s;
    QTest::newRow("password not UTF-8") << u"mqtt://u:%FF@z"_s
                                        << u"The user name or password in the URL is not valid UTF-8."_s;
}

void TestConnectionProfile::badUrls()
{
    QFETCH(QString, url);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!ConnectionProfile::fromUrl(url, &error));
    QCOMPARE(error, message);
    QVERIFY(!ConnectionProfile::fromUrl(url));

    // A failed applyUrl leaves the profile as it was.
    ConnectionProfile p;
    p.host = u"kept"_s;
    QVERIFY(!p.applyUrl(url));
    QCOMPARE(p.host, u"kept"_s);
}

void TestConnectionProfile::applyUrlKeepsOtherOptions()
{
    ConnectionProfile p;
    p.name = u"Office"_s;
    p.clientId = u"me"_s;
    p.version = ProtocolVersion::V5;
    p.username = u"kept"_s;
    p.password = u"kept-secret"_s;
    p.tls.caFile = u"/etc/ca.pem"_s;
    QVERIFY(p.applyUrl(u"wss://cloud.example:8443/ws"_s));
    QCOMPARE(p.scheme, TransportScheme::SecureWebSocket);
    QCOMPARE(p.host, u"cloud.example"_s);
    QCOMPARE(p.port, 8443);
    QCOMPARE(p.webSocketPath, u"/ws"_s);
    QCOMPARE(p.name, u"Office"_s);
    QCOMPARE(p.clientId, u"me"_s);
    QCOMPARE(p.version, ProtocolVersion::V5);
    QCOMPARE(p.tls.caFile, u"/etc/ca.pem"_s);
    // No user info in the URL: the credentials stay.
    QCOMPARE(p.username, std::optional<QString>(u"kept"_s));
    QCOMPARE(p.password, std::optional<QString>(u"kept-secret"_s));

    QVERIFY(p.applyUrl(u"mqtt://other@host"_s));
    QCOMPARE(p.username, std::optional<QString>(u"other"_s));
    QCOMPARE(p.password, std::nullopt);
}

void TestConnectionProfile::urlRoundTrip_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("url");
    QTest::newRow("mqtt") << u"mqtt://host"_s << u"mqtt://host:1883"_s;
    QTest::newRow("tcp becomes mqtt") << u"tcp://host:1884"_s << u"mqtt://host:1884"_s;
    QTest::newRow("ssl becomes mqtts") << u"ssl://host"_s << u"mqtts://host:8883"_s;
    QTest::newRow("password left out") << u"mqtt://alice:secret@host:1883"_s << u"mqtt://alice@host:1883"_s;
    QTest::newRow("user encoded") << u"mqtt://us%40er@host"_s << u"mqtt://us%40er@host:1883"_s;
    QTest::newRow("IPv6 bracketed") << u"mqtt://[::1]"_s << u"mqtt://[::1]:1883"_s;
    QTest::newRow("ws path") << u"ws://host:9001/mqtt"_s << u"ws://host:9001/mqtt"_s;
    QTest::newRow("wss path and query") << u"wss://host/mqtt?token=a%2Fb"_s << u"wss://host:443/mqtt?token=a%2Fb"_s;
}

void TestConnectionProfile::urlRoundTrip()
{
    QFETCH(QString, input);
    QFETCH(QString, url);
    const std::optional<ConnectionProfile> p = ConnectionProfile::fromUrl(input);
    QVERIFY(p);
    QCOMPARE(p->url(), url);
    const std::optional<ConnectionProfile> again = ConnectionProfile::fromUrl(p->url());
    QVERIFY(again);
    QCOMPARE(again->url(), url);
}

namespace {

ConnectionProfile everyFieldSet()
{
    ConnectionProfile p;
    p.id = u"6f1c9a8e-0000-4000-8000-000000000001"_s;
    p.name = u"Caf\u00e9 broker"_s;
    p.group = u"Production"_s;
    p.scheme = TransportScheme::SecureWebSocket;
    p.host = u"broker.example.com"_s;
    p.port = 8443;
    p.webSocketPath = u"/ws"_s;
    p.version = ProtocolVersion::V5;
    p.clientId = u"signalbox-test"_s;
    p.cleanStart = false;
    p.keepHistory = true;
    p.historyLimitMb = 512;
    p.keepAlive = 30;
    p.sessionExpiryInterval = 4294967295u;
    p.username = u"alice"_s;
    p.password = u"s3cret"_s;
    p.tls.useSystemCaCertificates = false;
    p.tls.caFile = u"/etc/ssl/ca.pem"_s;
    p.tls.certificateFile = u"/home/a/client.pem"_s;
    p.tls.keyFile = u"/home/a/client.key"_s;
    p.tls.keyPassphrase = u"key-pass"_s;
    p.tls.serverName = u"sni.example.com"_s;
    p.tls.alpn = {u"mqtt"_s, u"x-amzn-mqtt-ca"_s};
    p.tls.allowInsecure = true;
    p.tls.caDirectory = u"/etc/ssl/certs"_s;
    p.tls.version = TlsVersion::Tls13;
    p.tls.ciphers = u"TLS_AES_128_GCM_SHA256:ECDHE-ECDSA-AES128-GCM-SHA256"_s;
    p.tls.pskIdentity = u"device-1"_s;
    p.tls.psk = QByteArray::fromHex("00c0ffee");
    p.socketPath = u"/run/mosquitto/mqtt.sock"_s;
    p.will.enabled = true;
    p.will.topic = u"clients/alice/status"_s;
    p.will.payload = QByteArray("offline");
    p.will.qos = 2;
    p.will.retain = true;
    p.will.properties.set(PropertyId::WillDelayInterval, 5u);
    p.will.properties.set(PropertyId::ContentType, u"text/plain"_s);
    p.will.properties.addUserProperty(u"k"_s, u"v"_s);
    p.reconnect.enabled = true;
    p.reconnect.initialDelayMs = 500;
    p.reconnect.maximumDelayMs = 60000;
    p.reconnect.multiplier = 1.5;
    p.reconnect.jitter = 0.1;
    p.reconnect.maximumAttempts = 7;
    p.receiveMaximum = 100;
    p.topicAliasMaximum = 10;
    p.maximumPacketSize = 1048576;
    p.requestResponseInformation = true;
    p.requestProblemInformation = false;
    p.userProperties = {{u"app"_s, u"signalbox"_s}, {u"app"_s, u"again"_s}};
    p.authenticationMethod = u"SCRAM-SHA-256"_s;
    p.authenticationData = QByteArray("\x00\x01\xfe", 3);
    p.connectTimeoutMs = 2500;
    return p;
}

} // namespace

void TestConnectionProfile::unixSocketUrl()
{
    const auto p = ConnectionProfile::fromUrl(u"unix:///run/mosquitto/mqtt.sock"_s);
    QVERIFY(p);
    QCOMPARE(p->scheme, TransportScheme::Unix);
    QCOMPARE(p->socketPath, u"/run/mosquitto/mqtt.sock"_s);
    QCOMPARE(p->url(), u"unix:///run/mosquitto/mqtt.sock"_s);
    QCOMPARE(p->validate(), QStringList());
    QString error;
    QVERIFY(!ConnectionProfile::fromUrl(u"unix://"_s, &error));
    QVERIFY2(error.contains(u"socket"_s), qPrintable(error));
}

void TestConnectionProfile::jsonRoundTripEveryField()
{
    const ConnectionProfile p = everyFieldSet();
    // Every field differs from the default, so a field the JSON forgets shows up.
    QVERIFY(!(p == ConnectionProfile()));

    const QJsonObject json = p.toJson(true);
    QCOMPARE(json.value(u"version"_s).toInt(), 1);
    // Through text, as the profile store writes it.
    const QJsonObject reread = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    QString error;
    const std::optional<ConnectionProfile> back = ConnectionProfile::fromJson(reread, &error);
    QVERIFY2(back, qPrintable(error));
    QCOMPARE(back->tls, p.tls);
    QCOMPARE(back->will, p.will);
    QCOMPARE(back->reconnect, p.reconnect);
    QVERIFY(*back == p);

    // A binary will payload survives as base64.
    ConnectionProfile binary = p;
    binary.will.payload = QByteArray("\xff\x00\x80", 3);
    const QJsonObject binaryJson = binary.toJson(true);
    QVERIFY(binaryJson.value(u"will"_s).toObject().contains(u"payloadBase64"_s));
    QCOMPARE(ConnectionProfile::fromJson(binaryJson)->will.payload, binary.will.payload);

    // Unset optionals stay unset.
    const ConnectionProfile defaults;
    QCOMPARE(ConnectionProfile::fromJson(defaults.toJson(true)), std::optional<ConnectionProfile>(defaults));
}

void TestConnectionProfile::secretsLeftOutByDefault()
{
    const ConnectionProfile p = everyFieldSet();
    const QJsonObject json = p.toJson();
    const QByteArray text = QJsonDocument(json).toJson();
    QVERIFY(!json.contains(u"password"_s));
    QVERIFY(!json.value(u"tls"_s).toObject().contains(u"keyPassphrase"_s));
    QVERIFY(!json.contains(u"authenticationData"_s));
    QVERIFY(!text.contains("s3cret"));
    QVERIFY(!text.contains("key-pass"));
    QVERIFY(!json.value(u"tls"_s).toObject().contains(u"psk"_s));
    QVERIFY(!text.contains("00c0ffee"));
    QCOMPARE(json.value(u"tls"_s).toObject().value(u"pskIdentity"_s).toString(), u"device-1"_s);
    QCOMPARE(p.toJson(true).value(u"tls"_s).toObject().value(u"psk"_s).toString(), u"00c0ffee"_s);
    QCOMPARE(json.value(u"username"_s).toString(), u"alice"_s);

    const std::optional<ConnectionProfile> back = ConnectionProfile::fromJson(json);
    QVERIFY(back);
    QCOMPARE(back->password, std::nullopt);
    QCOMPARE(back->tls.keyPassphrase, QString());
    ConnectionProfile withoutSecrets = p;
    withoutSecrets.password.reset();
    withoutSecrets.tls.keyPassphrase.clear();
    withoutSecrets.tls.psk.clear();
    withoutSecrets.authenticationData.clear();
    QVERIFY(*back == withoutSecrets);

    QCOMPARE(p.toJson(true).value(u"password"_s).toString(), u"s3cret"_s);
}

void TestConnectionProfile::jsonMissingKeysKeepDefaults()
{
    const QJsonObject json = QJsonDocument::fromJson(R"({"host": "example.org", "tls": {"caFile": "/ca.pem"}})").object();
    const std::optional<ConnectionProfile> p = ConnectionProfile::fromJson(json);
    QVERIFY(p);
    ConnectionProfile expected;
    expected.host = u"example.org"_s;
    expected.tls.caFile = u"/ca.pem"_s;
    QVERIFY(*p == expected);

    QVERIFY(ConnectionProfile::fromJson(QJsonObject()) == std::optional<ConnectionProfile>(ConnectionProfile()));
    // Keys a later version may add are ignored.
    QVERIFY(ConnectionProfile::fromJson(QJsonDocument::fromJson(R"({"futureOption": 1})").object()));
}

void TestConnectionProfile::jsonBadTypes_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::newRow("host number") << QByteArray(R"({"host": 5})") << u"The key 'host' must be a string."_s;
    QTest::newRow("port string") << QByteArray(R"({"port": "1883"})")
                                 << u"The key 'port' must be a whole number from 0 to 65535."_s;
    QTest::newRow("port too large") << QByteArray(R"({"port": 70000})")
                                    << u"The key 'port' must be a whole number from 0 to 65535."_s;
    QTest::newRow("port fraction") << QByteArray(R"({"port": 1883.5})")
                                   << u"The key 'port' must be a whole number from 0 to 65535."_s;
    QTest::newRow("keepAlive negative") << QByteArray(R"({"keepAlive": -1})")
                                        << u"The key 'keepAlive' must be a whole number from 0 to 65535."_s;
    QTest::newRow("cleanStart string") << QByteArray(R"({"cleanStart": "yes"})")
                                       << u"The key 'cleanStart' must be true or false."_s;
    QTest::newRow("scheme unknown") << QByteArray(
        R"({"scheme": "http"})") << u"The key 'scheme' must be one of \"mqtt\", \"mqtts\", \"ws\", \"wss\" or \"unix\"."_s;
    QTest::newRow("tls.version unknown") << QByteArray(R"({"tls": {"version": "sslv3"}})")
                                         << u"The key 'tls.version' must be one of \"any\", \"tlsv1.2\" or \"tlsv1.3\"."_s;
    QTest::newRow("tls.psk not hex") << QByteArray(R"({"tls": {"psk": "xyz"}})")
                                     << u"The key 'tls.psk' must be the pre-shared key in hex digits."_s;
    QTest::newRow("protocolVersion number")
        << QByteArray(R"({"protocolVersion": 5})")
        << u"The key 'protocolVersion' must be one of \"3.1\", \"3.1.1\" or \"5.0\"."_s;
    QTest::newRow("username number") << QByteArray(R"({"username": 1})") << u"The key 'username' must be a string."_s;
    QTest::newRow("tls not object") << QByteArray(R"({"tls": true})") << u"The key 'tls' must be an object."_s;
    QTest::newRow("tls.caFile number") << QByteArray(R"({"tls": {"caFile": 1}})")
                                       << u"The key 'tls.caFile' must be a string."_s;
    QTest::newRow("tls.alpn strings") << QByteArray(R"({"tls": {"alpn": ["mqtt", 1]}})")
                                      << u"The key 'tls.alpn' must be an array of strings."_s;
    QTest::newRow("will.qos string") << QByteArray(R"({"will": {"qos": "1"}})")
                                     << u"The key 'will.qos' must be a whole number from 0 to 2."_s;
    QTest::newRow("will.qos 3") << QByteArray(R"({"will": {"qos": 3}})")
                                << u"The key 'will.qos' must be a whole number from 0 to 2."_s;
    QTest::newRow("will.payloadBase64 bad") << QByteArray(R"({"will": {"payloadBase64": "%%"}})")
                                            << u"The key 'will.payloadBase64' must be a base64 string."_s;
    QTest::newRow("will both payloads") << QByteArray(R"({"will": {"payload": "a", "payloadBase64": "YQ=="}})")
                                        << u"The key 'will.payload' may not be given together with 'payloadBase64'."_s;
    QTest::newRow("will.properties bad")
        << QByteArray(R"({"will": {"properties": {"contentType": 1}}})")
        << u"The key 'will.properties' is not valid: The property 'contentType' must be a string."_s;
    QTest::newRow("reconnect.multiplier string")
        << QByteArray(R"({"reconnect": {"multiplier": "2"}})") << u"The key 'reconnect.multiplier' must be a number."_s;
    QTest::newRow("userProperties shape")
        << QByteArray(R"({"userProperties": [["a"]]})")
        << u"The key 'userProperties' must be an array of [name, value] pairs of strings."_s;
    QTest::newRow("sessionExpiryInterval negative")
        << QByteArray(R"({"sessionExpiryInterval": -5})")
        << u"The key 'sessionExpiryInterval' must be a whole number from 0 to 4294967295."_s;
    QTest::newRow("newer file format") << QByteArray(
        R"({"version": 2})") << u"This profile was written by a newer Signalbox (file format 2); this one reads format 1."_s;
    QTest::newRow("version string") << QByteArray(R"({"version": "1"})")
                                    << u"The key 'version' must be a whole number from 1 to 2147483647."_s;
    QTest::newRow("first problem wins") << QByteArray(R"({"host": 1, "tls": {"caFile": 2}, "port": "x"})")
                                        << u"The key 'host' must be a string."_s;
}

void TestConnectionProfile::jsonBadTypes()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    QJsonParseError parseError;
    const QJsonObject object = QJsonDocument::fromJson(json, &parseError).object();
    QCOMPARE(parseError.error, QJsonParseError::NoError);
    QString error;
    QVERIFY(!ConnectionProfile::fromJson(object, &error));
    QCOMPARE(error, message);
}

void TestConnectionProfile::validateDefaultsAreFine()
{
    QCOMPARE(ConnectionProfile().validate(), QStringList());
    ConnectionProfile v5;
    v5.version = ProtocolVersion::V5;
    v5.sessionExpiryInterval = 60;
    v5.cleanStart = false;
    v5.password = u"token"_s; // MQTT 5.0 §3.1.2.9 allows a password alone
    QCOMPARE(v5.validate(), QStringList());
}

void TestConnectionProfile::validate_data()
{
    QTest::addColumn<ConnectionProfile>("profile");
    QTest::addColumn<QStringList>("problems");

    ConnectionProfile p;
    p.host = u"  "_s;
    QTest::newRow("empty host") << p << QStringList{u"The host name is empty."_s};

    p = {};
    p.keepHistory = true;
    QTest::newRow("history without client id")
        << p << QStringList{u"Keeping the message history needs a client identifier: the history is kept per client."_s};

    p = {};
    p.port = 0;
    QTest::newRow("port 0") << p << QStringList{u"Port 0 cannot be connected to; mqtt:// usually uses port 1883."_s};

    p = {};
    p.scheme = TransportScheme::WebSocket;
    p.webSocketPath = u"mqtt"_s;
    QTest::newRow("ws path without /") << p << QStringList{u"The WebSocket path must start with '/', as in '/mqtt'."_s};
    p.scheme = TransportScheme::Tcp;
    QTest::newRow("path ignored for mqtt") << p << QStringList();

    // MQTT 3.1 §3.1
    p = {};
    p.version = ProtocolVersion::V31;
    p.clientId = QString(24, u'x');
    QTest::newRow("3.1 client id of 24")
        << p << QStringList{u"MQTT 3.1 allows client identifiers of at most 23 characters; this one has 24."_s};
    p.clientId = QString(23, u'x');
    QTest::newRow("3.1 client id of 23") << p << QStringList();
    p.version = ProtocolVersion::V311;
    p.clientId = QString(24, u'x');
    QTest::newRow("3.1.1 long client id") << p << QStringList();

    // MQTT 3.1.1 §3.1.3.1
    p = {};
    p.cleanStart = false;
    QTest::newRow("3.1.1 persistent session without id")
        << p << QStringList{u"A persistent session (clean session off) needs a client identifier under MQTT 3.1.1."_s};
    p.version = ProtocolVersion::V31;
    QTest::newRow("3.1 persistent session without id")
        << p << QStringList{u"A persistent session (clean session off) needs a client identifier under MQTT 3.1."_s};

    // MQTT 3.1.1 §3.1.2.9
    p = {};
    p.password = u"x"_s;
    QTest::newRow("3.1.1 password without user")
        << p << QStringList{u"MQTT 3.1.1 does not allow a password without a user name."_s};

    p = {};
    p.connectTimeoutMs = 0;
    QTest::newRow("connect timeout") << p << QStringList{u"The connect timeout must be positive."_s};

    p = {};
    p.will.enabled = true;
    p.will.topic = u"status/#"_s;
    p.will.qos = 3;
    QTest::newRow("will topic and qos")
        << p
        << QStringList{
               u"The will topic is not valid. Topic names may not contain the wildcards '+' or '#'; those belong in subscription filters."_s,
               u"The will QoS must be 0, 1 or 2, not 3."_s};
    p.will.topic.clear();
    p.will.qos = 0;
    QTest::newRow("empty will topic") << p
                                      << QStringList{u"The will topic is not valid. A topic name may not be empty."_s};
    p.will.enabled = false;
    QTest::newRow("disabled will is not checked") << p << QStringList();

    p = {};
    p.will.enabled = true;
    p.will.topic = u"status"_s;
    p.will.properties.set(PropertyId::WillDelayInterval, 5u);
    QTest::newRow("will properties under 3.1.1")
        << p << QStringList{u"Will properties need MQTT 5.0; this profile uses MQTT 3.1.1."_s};
    p.version = ProtocolVersion::V5;
    QTest::newRow("will properties under 5.0") << p << QStringList();
    // MQTT 5.0 §3.1.3.2
    p.will.properties.set(PropertyId::TopicAlias, 1u);
    QTest::newRow("topic alias in will") << p
                                         << QStringList{u"The property 'Topic Alias' cannot be part of a will message."_s};

    p = {};
    p.reconnect.enabled = true;
    p.reconnect.initialDelayMs = 0;
    p.reconnect.maximumDelayMs = 0;
    p.reconnect.multiplier = 0.5;
    p.reconnect.jitter = 1.0;
    p.reconnect.maximumAttempts = -1;
    QTest::newRow("reconnect") << p
                               << QStringList{
                                      u"The first reconnect delay must be positive."_s,
                                      u"The longest reconnect delay must be positive."_s,
                                      u"The reconnect delay multiplier must be at least 1."_s,
                                      u"The reconnect jitter must be a fraction from 0 up to (not including) 1."_s,
                                      u"The number of reconnect attempts may not be negative; use 0 to keep trying."_s};
    p = {};
    p.reconnect.enabled = true;
    p.reconnect.initialDelayMs = 5000;
    p.reconnect.maximumDelayMs = 1000;
    QTest::newRow("reconnect maximum below initial")
        << p << QStringList{u"The longest reconnect delay is shorter than the first one."_s};
    p.reconnect.enabled = false;
    QTest::newRow("disabled reconnect is not checked") << p << QStringList();

    p = {};
    p.sessionExpiryInterval = 60;
    p.receiveMaximum = 10;
    p.topicAliasMaximum = 5;
    p.maximumPacketSize = 1000;
    p.requestResponseInformation = true;
    p.requestProblemInformation = false;
    p.userProperties = {{u"a"_s, u"b"_s}};
    p.authenticationMethod = u"SCRAM-SHA-1"_s;
    QTest::newRow("5.0 options under 3.1.1")
        << p
        << QStringList{u"A session expiry interval needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"A receive maximum needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"A topic alias maximum needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"A maximum packet size needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"Requesting response information needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"Turning off problem information needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"User properties in CONNECT needs MQTT 5.0; this profile uses MQTT 3.1.1."_s,
                       u"Enhanced authentication needs MQTT 5.0; this profile uses MQTT 3.1.1."_s};
    p.version = ProtocolVersion::V5;
    QTest::newRow("5.0 options under 5.0") << p << QStringList();

    // MQTT 5.0 §3.1.2.11.10
    p = {};
    p.version = ProtocolVersion::V5;
    p.authenticationData = "x";
    QTest::newRow("authentication data without method")
        << p << QStringList{u"Authentication data needs an authentication method."_s};

    p = {};
    p.host.clear();
    p.port = 0;
    p.connectTimeoutMs = -1;
    QTest::newRow("every problem is listed")
        << p
        << QStringList{u"The host name is empty."_s, u"Port 0 cannot be connected to; mqtt:// usually uses port 1883."_s,
                       u"The connect timeout must be positive."_s};
}

void TestConnectionProfile::validate()
{
    QFETCH(ConnectionProfile, profile);
    QFETCH(QStringList, problems);
    QCOMPARE(profile.validate(), problems);
}

void TestConnectionProfile::validateTlsFiles()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString ca = dir.filePath(u"ca.pem"_s);
    const QString cert = dir.filePath(u"client.pem"_s);
    const QString key = dir.filePath(u"client.key"_s);
    for (const QString &path : {ca, cert, key}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("-----BEGIN CERTIFICATE-----\n");
    }

    ConnectionProfile p;
    p.scheme = TransportScheme::Tls;
    p.port = 8883;
    p.tls.caFile = ca;
    p.tls.certificateFile = cert;
    p.tls.keyFile = key;
    QCOMPARE(p.validate(), QStringList());

    p.tls.keyFile.clear();
    QCOMPARE(p.validate(), QStringList{u"A client certificate needs its private key; choose the key file too."_s});

    p.tls.keyFile = key;
    p.tls.certificateFile.clear();
    QCOMPARE(p.validate(),
             QStringList{u"A private key needs its client certificate; choose the certificate file too."_s});

    const QString missing = dir.filePath(u"missing.pem"_s);
    p.tls.caFile = missing;
    p.tls.certificateFile = missing;
    p.tls.keyFile = dir.path(); // a directory is not a key file
    QCOMPARE(p.validate(), (QStringList{u"The CA certificate file '%1' does not exist."_s.arg(missing),
                                        u"The client certificate file '%1' does not exist."_s.arg(missing),
                                        u"The private key file '%1' does not exist."_s.arg(dir.path())}));
}

QTEST_GUILESS_MAIN(TestConnectionProfile)

#include "tst_connectionprofile.moc"
