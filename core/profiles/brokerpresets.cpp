#include "profiles/brokerpresets.h"

#include <QCoreApplication>

namespace Signalbox {

namespace {
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::BrokerPresets)
};
} // namespace

quint16 BrokerPreset::port(TransportScheme scheme) const
{
    switch (scheme) {
    case TransportScheme::Tcp:
        return tcpPort;
    case TransportScheme::Tls:
        return tlsPort;
    case TransportScheme::WebSocket:
        return wsPort;
    case TransportScheme::SecureWebSocket:
        return wssPort;
    case TransportScheme::Unix: // public brokers are on the network
        return 0;
    }
    return 0;
}

// Sources: a widely shared table of public brokers (the Korean MQTT tutorial
// this project grew from: name, address, TCP, TLS and WebSocket ports) and the
// brokers' own pages. Where they disagree the note says so, in words a user
// knows: the broker's page, lists of public brokers.
QList<BrokerPreset> brokerPresets()
{
    const auto preset = [](const char *name, const char *host, quint16 tcp, quint16 tls, quint16 ws, quint16 wss,
                           const char *path, bool gone, const QString &note) {
        return BrokerPreset{
            Text::tr(name), QString::fromLatin1(host), tcp, tls, ws, wss, QString::fromLatin1(path), gone, note};
    };
    return {
        preset("Mosquitto", "test.mosquitto.org", 1883, 8883, 8080, 8081, "/mqtt", false,
               Text::tr(
                   "TLS on 8883 uses mosquitto.org's own CA (download mosquitto.org.crt from test.mosquitto.org and "
                   "choose it as the CA file); 8884 asks for a client certificate. WebSocket is on 8080 (ws) and 8081 "
                   "(wss), as the broker's page says; some lists of public brokers give port 80.")),
        preset("HiveMQ", "broker.hivemq.com", 1883, 8883, 8000, 8884, "/mqtt", false,
               Text::tr("Ports as HiveMQ's page gives them: 8883 (TLS), 8000 (WebSocket) and 8884 (secure WebSocket), "
                        "path /mqtt.")),
        preset("HiveMQ (MQTT Dashboard)", "broker.mqttdashboard.com", 1883, 8883, 8000, 8884, "/mqtt", false,
               Text::tr("Another name for HiveMQ's public broker (broker.hivemq.com); the same ports are assumed.")),
        preset("EMQX", "broker.emqx.io", 1883, 8883, 8083, 8084, "/mqtt", false,
               Text::tr("Ports as EMQX's page gives them: 8883 (TLS), 8083 (WebSocket) and 8084 (secure WebSocket), "
                        "path /mqtt.")),
        preset(
            "Eclipse", "mqtt.eclipseprojects.io", 1883, 8883, 80, 443, "/mqtt", false,
            Text::tr("The successor of mqtt.eclipse.org. The TLS port 8883 is not confirmed; WebSocket runs on 80 and "
                     "443 with the path /mqtt.")),
        preset(
            "Flespi", "mqtt.flespi.io", 1883, 8883, 80, 443, "/", false,
            Text::tr("Needs a flespi token as the user name. The WebSocket path / is assumed; flespi's documentation "
                     "has the details.")),
        preset("DIoTY", "mqtt.dioty.co", 1883, 8883, 8080, 8880, "/mqtt", false,
               Text::tr("Needs a DIoTY account. Lists of public brokers give WebSocket ports 8080 and 8880 without "
                        "saying which is secure; 8880 is assumed to be. The service may no longer be running.")),
        preset("Fluux", "mqtt.fluux.io", 1883, 8883, 0, 0, "", false,
               Text::tr("No WebSocket listener is known. The service may no longer be running.")),
        preset(QT_TRANSLATE_NOOP("Signalbox::BrokerPresets", "Eclipse (old name)"), "mqtt.eclipse.org", 1883, 0, 80,
               443, "/mqtt", true, Text::tr("Replaced by mqtt.eclipseprojects.io; this name may no longer answer.")),
        preset(QT_TRANSLATE_NOOP("Signalbox::BrokerPresets", "Eclipse IoT (old name)"), "iot.eclipse.org", 1883, 8883,
               80, 443, "/ws", true, Text::tr("Retired; Eclipse's sandbox is now mqtt.eclipseprojects.io.")),
    };
}

ConnectionProfile presetProfile(const BrokerPreset &preset, TransportScheme scheme)
{
    ConnectionProfile profile;
    profile.name = preset.name;
    profile.host = preset.host;
    profile.scheme = scheme;
    profile.port = preset.supports(scheme) ? preset.port(scheme) : defaultPort(scheme);
    if (!preset.webSocketPath.isEmpty())
        profile.webSocketPath = preset.webSocketPath;
    return profile;
}

} // namespace Signalbox
