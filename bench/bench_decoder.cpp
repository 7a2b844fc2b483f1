// Decoder throughput: a stream of 256-byte PUBLISH packets fed to
// PacketDecoder in 64 KiB chunks, as a socket read delivers them.
// Prints one line per case: packets per second and MB per second.
#include "mqtt/packetdecoder.h"
#include "mqtt/packets.h"

#include <QElapsedTimer>

#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

constexpr qsizetype PacketSize = 256;
constexpr qsizetype ChunkSize = 64 * 1024;
constexpr qsizetype StreamBytes = 16 * 1024 * 1024;
constexpr qint64 MinimumRunMs = 1000;

// A PUBLISH of exactly PacketSize bytes on the wire.
QByteArray makePacket(ProtocolVersion version, quint8 qos, quint16 id, const Properties &properties)
{
    PublishPacket p;
    p.topic = QStringLiteral("sensors/building-7/floor-3/room-42/temperature");
    p.qos = qos;
    p.packetId = qos ? id : 0;
    p.properties = properties;
    // Without a payload the Remaining Length takes one byte; with it, two.
    const qsizetype overhead = encodePacket(p, version).size() + 1;
    p.payload = QByteArray(PacketSize - overhead, 'x');
    QByteArray bytes = encodePacket(p, version);
    if (bytes.size() != PacketSize) {
        std::fprintf(stderr, "bench_decoder: a packet of %lld bytes, not %lld\n", static_cast<long long>(bytes.size()),
                     static_cast<long long>(PacketSize));
        std::exit(1);
    }
    return bytes;
}

void runCase(const char *name, ProtocolVersion version, quint8 qos, const Properties &properties = {})
{
    // A 4-byte PUBACK first, so that packets straddle the chunk boundaries as
    // they do in socket reads.
    QByteArray stream = encodePacket(AckPacket{PacketType::Puback, 1, 0, {}}, version);
    stream.reserve(StreamBytes);
    quint16 id = 1;
    while (stream.size() + PacketSize <= StreamBytes) {
        stream += makePacket(version, qos, id, properties);
        id = quint16(id == 65535 ? 1 : id + 1);
    }
    const qsizetype packetsPerStream = 1 + (stream.size() - 4) / PacketSize;

    PacketDecoder decoder(version);
    QList<Packet> packets;
    packets.reserve(ChunkSize / PacketSize + 1);
    qint64 decoded = 0;
    QElapsedTimer timer;
    timer.start();
    do {
        for (qsizetype at = 0; at < stream.size(); at += ChunkSize) {
            packets.clear();
            if (!decoder.feed(QByteArrayView(stream).sliced(at, qMin(ChunkSize, stream.size() - at)), packets)) {
                std::fprintf(stderr, "%s: %s\n", name, qPrintable(decoder.error().message));
                std::exit(1);
            }
            decoded += packets.size();
        }
    } while (timer.elapsed() < MinimumRunMs);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    if (decoded % packetsPerStream != 0) {
        std::fprintf(stderr, "%s: decoded %lld packets, not a multiple of %lld\n", name,
                     static_cast<long long>(decoded), static_cast<long long>(packetsPerStream));
        std::exit(1);
    }
    std::printf("bench_decoder %-40s %12.0f packets/s %8.1f MB/s\n", name, double(decoded) / seconds,
                double(decoded) * PacketSize / seconds / 1e6);
    std::fflush(stdout);
}

} // namespace

int main()
{
    runCase("MQTT 3.1.1 PUBLISH QoS 0", ProtocolVersion::V311, 0);
    runCase("MQTT 3.1.1 PUBLISH QoS 1", ProtocolVersion::V311, 1);
    runCase("MQTT 5.0 PUBLISH QoS 0", ProtocolVersion::V5, 0);
    runCase("MQTT 5.0 PUBLISH QoS 1", ProtocolVersion::V5, 1);
    Properties properties;
    properties.add(PropertyId::MessageExpiryInterval, 3600u);
    properties.add(PropertyId::ContentType, QStringLiteral("application/json"));
    properties.add(PropertyId::SubscriptionIdentifier, 7u);
    runCase("MQTT 5.0 PUBLISH QoS 1 + 3 properties", ProtocolVersion::V5, 1, properties);
    return 0;
}
