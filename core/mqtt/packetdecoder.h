#pragma once

#include "mqtt/packets.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

namespace Signalbox {

struct DecodeError
{
    ReasonCode reason = ReasonCode::MalformedPacket; // MalformedPacket, ProtocolError, PacketTooLarge, TopicNameInvalid ...
    QString message; // "PUBLISH: topic name is not valid UTF-8."
};

// Decodes exactly one complete packet (fixed header included) for a version.
// Returns std::nullopt and sets *error when it is malformed. Every read is
// bounds-checked; nothing is trusted from a length field.
std::optional<Packet> decodePacket(QByteArrayView bytes, ProtocolVersion version, DecodeError *error);

// An incremental decoder: feed it chunks of any size (one byte at a time
// works) and it returns every packet completed so far. It never buffers more
// than the maximum packet size: a packet announcing a larger Remaining Length
// fails with PacketTooLarge before its body is read. After an error the
// decoder stays failed until reset(). A decoded CONNECT switches the decoder to
// the version it names, as a broker learns the version from it.
class PacketDecoder
{
public:
    explicit PacketDecoder(ProtocolVersion version = ProtocolVersion::V311);

    void setProtocolVersion(ProtocolVersion version) { m_version = version; }
    ProtocolVersion protocolVersion() const { return m_version; }
    // Largest whole packet accepted, fixed header included (default: the protocol's largest, 268435460).
    void setMaximumPacketSize(quint32 bytes) { m_maximumPacketSize = bytes; }
    quint32 maximumPacketSize() const { return m_maximumPacketSize; }

    // Decodes what `data` completes and appends the packets to `out` (and, if
    // `raw` is given, each packet's bytes to `raw`, index for index).
    // Returns false on a malformed packet; packets decoded before it are still appended.
    bool feed(QByteArrayView data, QList<Packet> &out, QList<QByteArray> *raw = nullptr);

    bool hasError() const { return m_failed; }
    const DecodeError &error() const { return m_error; }
    // Bytes held for a packet that is not complete yet.
    qsizetype bufferedBytes() const { return m_buffer.size(); }
    void reset();

private:
    ProtocolVersion m_version;
    quint32 m_maximumPacketSize;
    QByteArray m_buffer;
    bool m_failed = false;
    DecodeError m_error;
};

} // namespace Signalbox
