#pragma once

#include "client/connectionprofile.h"

#include <QList>
#include <QString>

namespace Signalbox {

// A public test broker the connection editor offers as a starting point.
// A port of 0 means the broker offers no such listener (or none we know of).
// The table is built in, never fetched: nothing here contacts the brokers.
struct BrokerPreset
{
    QString name;
    QString host;
    quint16 tcpPort = 0;
    quint16 tlsPort = 0;
    quint16 wsPort = 0;
    quint16 wssPort = 0;
    QString webSocketPath;
    bool gone = false; // shut down or renamed; kept so old profiles can be recognised
    QString note; // caveats and uncertainties, for a tooltip

    quint16 port(TransportScheme scheme) const;
    bool supports(TransportScheme scheme) const { return port(scheme) != 0; }
};

// The known public brokers, those still running first, then the gone ones.
QList<BrokerPreset> brokerPresets();

// A profile for the preset over the scheme: name, host, scheme, port and
// WebSocket path set, everything else default. When the preset has no
// listener for the scheme, the port is the scheme's default port.
ConnectionProfile presetProfile(const BrokerPreset &preset, TransportScheme scheme);

} // namespace Signalbox
