// libFuzzer target for the payload functions in json.h and payloadformat.h.
//
// Input: the payload, used whole by every check.
//
// Checked, aborting on a mismatch:
// - prettyPrintJson(x).ok == parseJson(x); both report the same error, inside
//   the input, with line and column from 1 and a message;
// - parseJson delivers balanced events (keys only in objects, one value per key);
// - valid JSON: the pretty text and the compact text carry the same events as
//   the input, the pretty text is a fixed point of prettyPrintJson, and the
//   compact text pretty-prints to the same pretty text;
// - renderPayload accounts for the bytes it shows; payloadPreview keeps to its
//   length; detection, hex dump, Base64, CBOR and MessagePack do not crash;
// - encodePayload returns bytes or fails with a sentence, never both or neither.
#include "payload/json.h"
#include "payload/payloadformat.h"

#include <QList>
#include <QString>

#include <cstdint>
#include <cstdio>
#include <cstdlib>

using namespace Signalbox;

namespace {

[[noreturn]] void mismatch(const char *what)
{
    std::fprintf(stderr, "fuzz_json: %s\n", what);
    std::abort();
}

// Records the events as text and checks that they nest properly.
class RecordingHandler : public JsonHandler
{
public:
    QList<QByteArray> events;
    qsizetype maxDepth = 0;
    bool complete() const { return m_stack.isEmpty() && m_roots == 1; }

    void beginObject() override
    {
        beforeValue();
        events.append(QByteArrayLiteral("{"));
        m_stack.append(Frame{true, false});
        maxDepth = qMax(maxDepth, m_stack.size());
    }
    void endObject() override
    {
        if (m_stack.isEmpty() || !m_stack.last().object || m_stack.last().keyPending)
            mismatch("endObject() without a matching beginObject() or after a key");
        m_stack.removeLast();
        events.append(QByteArrayLiteral("}"));
    }
    void beginArray() override
    {
        beforeValue();
        events.append(QByteArrayLiteral("["));
        m_stack.append(Frame{false, false});
        maxDepth = qMax(maxDepth, m_stack.size());
    }
    void endArray() override
    {
        if (m_stack.isEmpty() || m_stack.last().object)
            mismatch("endArray() without a matching beginArray()");
        m_stack.removeLast();
        events.append(QByteArrayLiteral("]"));
    }
    void key(QByteArrayView rawString) override
    {
        if (m_stack.isEmpty() || !m_stack.last().object || m_stack.last().keyPending)
            mismatch("a key outside an object or after another key");
        checkString(rawString);
        m_stack.last().keyPending = true;
        events.append(QByteArrayLiteral("k") + rawString.toByteArray());
    }
    void value(JsonScalar kind, QByteArrayView rawToken) override
    {
        beforeValue();
        if (rawToken.isEmpty())
            mismatch("an empty scalar token");
        switch (kind) {
        case JsonScalar::String:
            checkString(rawToken);
            break;
        case JsonScalar::True:
            if (rawToken != "true")
                mismatch("a true token that is not 'true'");
            break;
        case JsonScalar::False:
            if (rawToken != "false")
                mismatch("a false token that is not 'false'");
            break;
        case JsonScalar::Null:
            if (rawToken != "null")
                mismatch("a null token that is not 'null'");
            break;
        case JsonScalar::Number:
            break;
        }
        events.append(QByteArray(1, char('0' + int(kind))) + rawToken.toByteArray());
    }

private:
    struct Frame
    {
        bool object;
        bool keyPending;
    };

    void beforeValue()
    {
        if (m_stack.isEmpty()) {
            if (++m_roots > 1)
                mismatch("more than one root value");
            return;
        }
        Frame &frame = m_stack.last();
        if (frame.object && !frame.keyPending)
            mismatch("a value in an object without a key");
        frame.keyPending = false;
    }
    static void checkString(QByteArrayView raw)
    {
        if (raw.size() < 2 || raw.front() != '"' || raw.back() != '"')
            mismatch("a raw string token without its quotes");
        (void)decodeJsonString(raw);
    }

    QList<Frame> m_stack;
    int m_roots = 0;
};

void checkError(QByteArrayView input, qsizetype offset, int line, int column, const QString &message)
{
    if (offset < 0 || offset > input.size())
        mismatch("error offset outside the input");
    if (line < 1 || column < 1)
        mismatch("error line or column below 1");
    if (message.isEmpty())
        mismatch("an error without a message");
}

QList<QByteArray> eventsOf(const QString &text, const char *what)
{
    RecordingHandler handler;
    JsonError error;
    if (!parseJson(text.toUtf8(), &handler, &error)) {
        std::fprintf(stderr, "fuzz_json: %s: %s at %lld\n", what, qPrintable(error.message),
                     static_cast<long long>(error.offset));
        mismatch("prettyPrintJson output does not parse");
    }
    return handler.events;
}

void checkJson(QByteArrayView input)
{
    RecordingHandler handler;
    JsonError error;
    const bool valid = parseJson(input, &handler, &error);
    const JsonPretty pretty = prettyPrintJson(input);
    if (pretty.ok != valid)
        mismatch("prettyPrintJson and parseJson disagree on validity");
    if (valid != parseJson(input, nullptr))
        mismatch("parseJson with and without a handler disagree");

    if (!valid) {
        checkError(input, error.offset, error.line, error.column, error.message);
        checkError(input, pretty.errorOffset, pretty.errorLine, pretty.errorColumn, pretty.errorMessage);
        if (error.offset != pretty.errorOffset || error.line != pretty.errorLine || error.column != pretty.errorColumn)
            mismatch("prettyPrintJson and parseJson report different error positions");
        return;
    }
    if (!handler.complete())
        mismatch("valid JSON with unbalanced or missing events");

    const QList<QByteArray> prettyEvents = eventsOf(pretty.text, "pretty");
    if (prettyEvents != handler.events)
        mismatch("the pretty text carries other events than the input");
    const JsonPretty again = prettyPrintJson(pretty.text.toUtf8());
    if (!again.ok || again.text != pretty.text)
        mismatch("pretty-printing the pretty text is not a fixed point");

    const JsonPretty compact = prettyPrintJson(input, 0);
    if (!compact.ok)
        mismatch("compact printing fails on valid JSON");
    if (eventsOf(compact.text, "compact") != handler.events)
        mismatch("the compact text carries other events than the input");
    const JsonPretty fromCompact = prettyPrintJson(compact.text.toUtf8());
    if (!fromCompact.ok || fromCompact.text != pretty.text)
        mismatch("compact and pretty forms pretty-print differently");
    if (prettyPrintJson(pretty.text.toUtf8(), 0).text != compact.text)
        mismatch("pretty and input compact differently");
}

void checkRender(const QByteArray &payload)
{
    constexpr PayloadFormat Formats[] = {PayloadFormat::Auto,       PayloadFormat::Text,   PayloadFormat::Json,
                                         PayloadFormat::Hex,        PayloadFormat::Base64, PayloadFormat::Cbor,
                                         PayloadFormat::MessagePack};
    const PayloadFormat detected = detectPayloadFormat(payload);
    if (detected == PayloadFormat::Auto)
        mismatch("detectPayloadFormat returned Auto");
    const qsizetype limits[] = {-1, payload.size() / 2, 7};
    for (const PayloadFormat format : Formats) {
        (void)payloadFormatName(format);
        for (const qsizetype limit : limits) {
            const RenderedPayload rendered = renderPayload(payload, format, limit);
            if (rendered.format == PayloadFormat::Auto)
                mismatch("renderPayload left the format Auto");
            if (format == PayloadFormat::Auto && rendered.format != detected)
                mismatch("Auto rendered as another format than detected");
            if (rendered.totalBytes != payload.size())
                mismatch("renderPayload totalBytes is not the payload size");
            if (rendered.shownBytes < 0 || rendered.shownBytes > rendered.totalBytes)
                mismatch("renderPayload shownBytes outside the payload");
            if (rendered.truncated != (rendered.shownBytes < rendered.totalBytes))
                mismatch("renderPayload truncated disagrees with shownBytes");
            if (limit < 0 && rendered.truncated)
                mismatch("renderPayload truncated without a limit");
            if (limit >= 0 && rendered.shownBytes > limit)
                mismatch("renderPayload showed more than the limit");
        }
    }
    (void)hexDump(payload);
    for (const int maxChars : {1, 16, 160}) {
        if (payloadPreview(payload, maxChars).size() > maxChars)
            mismatch("payloadPreview longer than maxChars");
    }

    const QString text = QString::fromUtf8(payload);
    for (const PayloadFormat format : Formats) {
        if (format == PayloadFormat::Auto)
            continue;
        QString error = QStringLiteral("stale");
        const std::optional<QByteArray> encoded = encodePayload(text, format, &error);
        if (encoded.has_value() == !error.isEmpty())
            mismatch("encodePayload returned bytes and a sentence, or neither");
        if (format == PayloadFormat::Json && encoded && *encoded != text.toUtf8())
            mismatch("encodePayload(Json) changed the text");
        if ((format == PayloadFormat::Cbor || format == PayloadFormat::MessagePack) && encoded) {
            const RenderedPayload rendered = renderPayload(*encoded, format, -1);
            if (!rendered.error.isEmpty()) {
                std::fprintf(stderr, "fuzz_json: %s\n", qPrintable(rendered.error));
                mismatch("encodePayload output does not render in its own format");
            }
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray payload(reinterpret_cast<const char *>(data), qsizetype(size));
    checkJson(payload);
    checkRender(payload);
    return 0;
}
