// libFuzzer target for PacketDecoder and decodePacket().
//
// Input: byte 0 picks the protocol version, byte 1 the maximum packet size,
// byte 2 how the rest is cut into chunks (0: whole, 1: a byte at a time,
// otherwise a seed for chunk sizes of 1 to byte 2). The rest is the stream.
//
// Checked, aborting on a mismatch:
// - fed in chunks or whole, the decoder yields the same packets and the same error;
// - each packet's raw bytes decode on their own to the same packet;
// - encode(decoded) decodes to the same packet, and encoding that again gives the same bytes.
#include "mqtt/packetdecoder.h"
#include "mqtt/packets.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

constexpr quint32 MaximumPacketSizes[] = {268435460, 16, 64, 256, 4096, 65536, 1048576};

struct Outcome
{
    QList<Packet> packets;
    QList<QByteArray> raw;
    bool ok = true;
    DecodeError error;
    qsizetype buffered = 0;
};

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "fuzz_decoder: %s\n", what);
    std::abort();
}

template<typename NextChunk>
Outcome run(QByteArrayView stream, ProtocolVersion version, quint32 maximum, NextChunk nextChunk)
{
    PacketDecoder decoder(version);
    decoder.setMaximumPacketSize(maximum);
    Outcome outcome;
    qsizetype at = 0;
    while (at < stream.size()) {
        const qsizetype size = qMin(nextChunk(), stream.size() - at);
        outcome.ok = decoder.feed(stream.sliced(at, size), outcome.packets, &outcome.raw);
        at += size;
        if (!outcome.ok)
            break;
    }
    if (outcome.ok != !decoder.hasError())
        mismatch("feed() result and hasError() disagree");
    if (decoder.bufferedBytes() > qsizetype(maximum))
        mismatch("buffered more than the maximum packet size");
    outcome.error = decoder.error();
    outcome.buffered = decoder.bufferedBytes();
    return outcome;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 3)
        return 0;
    constexpr ProtocolVersion Versions[] = {ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5};
    const ProtocolVersion version = Versions[data[0] % 3];
    const quint32 maximum = MaximumPacketSizes[data[1] % std::size(MaximumPacketSizes)];
    const uint8_t chunking = data[2];
    const QByteArrayView stream(reinterpret_cast<const char *>(data + 3), qsizetype(size - 3));

    quint32 state = chunking;
    const Outcome chunked = run(stream, version, maximum, [&]() -> qsizetype {
        if (chunking <= 1)
            return chunking == 0 ? stream.size() : 1;
        state = state * 1103515245u + 12345u;
        return 1 + qsizetype((state >> 16) % chunking);
    });
    const Outcome whole = run(stream, version, maximum, [&]() -> qsizetype { return stream.size(); });

    if (chunked.packets != whole.packets || chunked.raw != whole.raw)
        mismatch("chunked and whole decoding differ");
    if (chunked.ok != whole.ok || chunked.error.reason != whole.error.reason
        || chunked.error.message != whole.error.message)
        mismatch("chunked and whole decoding fail differently");
    if (!whole.ok && whole.error.message.isEmpty())
        mismatch("an error without a message");
    if (chunked.packets.size() != chunked.raw.size())
        mismatch("packets and raw bytes differ in number");

    ProtocolVersion current = version;
    for (qsizetype i = 0; i < chunked.packets.size(); ++i) {
        const Packet &packet = chunked.packets.at(i);
        if (const auto *connect = std::get_if<ConnectPacket>(&packet))
            current = connect->version;

        DecodeError error;
        const std::optional<Packet> alone = decodePacket(chunked.raw.at(i), current, &error);
        if (!alone || *alone != packet)
            mismatch("a packet decodes differently on its own");

        const QByteArray encoded = encodePacket(packet, current);
        const std::optional<Packet> again = decodePacket(encoded, current, &error);
        if (!again) {
            std::fprintf(stderr, "%s\n", qPrintable(error.message));
            mismatch("encode(decoded) does not decode");
        }
        if (*again != packet)
            mismatch("encode(decoded) decodes to another packet");
        if (encodePacket(*again, current) != encoded)
            mismatch("encoding is not stable");

        // Both must work on anything decoded.
        (void)describePacket(packet, current);
        (void)summarizePacket(packet);
    }
    return 0;
}
