// libFuzzer target for Sparkplug B (decoders/sparkplug.h).
//
// Input: used whole, once as a payload's bytes and once as JSON text.
//
// Checked, aborting on a mismatch:
// - decodeSparkplug() gives JSON or a sentence, never both or neither, and its
//   JSON is valid; decodeSparkplugPayload() agrees with it;
// - encodeSparkplugFromJson() gives bytes or a sentence, never both or neither;
//   bytes it wrote that are not empty decode again (nothing we write is nested
//   deeper than protobuf reads), and so does what it makes of decoded JSON;
// - SparkplugTopic::parse() and sparkplugDataTypeName() do not crash.
#include "decoders/sparkplug.h"
#include "payload/json.h"

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what, const QString &detail = QString())
{
    std::fprintf(stderr, "fuzz_sparkplug: %s %s\n", what, qPrintable(detail));
    std::abort();
}

void checkEncoded(const std::optional<QByteArray> &bytes, const QString &error)
{
    if (bytes.has_value() == !error.isEmpty())
        mismatch("encodeSparkplugFromJson returned bytes and a sentence, or neither");
    if (!bytes || bytes->isEmpty())
        return;
    const DecodedPayload again = decodeSparkplug(*bytes);
    if (!again.ok())
        mismatch("what encodeSparkplugFromJson wrote does not decode:", again.error);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));

    const DecodedPayload decoded = decodeSparkplug(input);
    if (decoded.ok() == decoded.json.isEmpty())
        mismatch("decodeSparkplug returned JSON and a sentence, or neither");
    if (decoded.decoder != QLatin1String("Sparkplug B"))
        mismatch("decodeSparkplug's decoder is not Sparkplug B");
    QString error;
    const std::optional<SparkplugPayload> payload = decodeSparkplugPayload(input, &error);
    if (payload.has_value() != decoded.ok() || (!payload && error != decoded.error))
        mismatch("decodeSparkplugPayload and decodeSparkplug disagree");
    if (decoded.ok()) {
        if (!parseJson(decoded.json, nullptr))
            mismatch("decodeSparkplug wrote invalid JSON:", QString::fromUtf8(decoded.json));
        error.clear();
        checkEncoded(encodeSparkplugFromJson(decoded.json, &error), error);
    }

    error.clear();
    checkEncoded(encodeSparkplugFromJson(input, &error), error);

    if (const auto topic = SparkplugTopic::parse(QString::fromUtf8(input)))
        (void)SparkplugTopic::typeName(topic->type);
    if (size >= 4)
        (void)sparkplugDataTypeName(quint32(data[0]) | quint32(data[1]) << 8 | quint32(data[2]) << 16
                                    | quint32(data[3]) << 24);
    return 0;
}
