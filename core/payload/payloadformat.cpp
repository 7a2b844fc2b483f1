#include "payload/payloadformat.h"

#include "payload/binaryformats.h"
#include "payload/json.h"
#include "payload/textutil.h"

#include <QCoreApplication>

#include <algorithm>

namespace Signalbox {
namespace {

using namespace PayloadDetail;

class PayloadText
{
    Q_DECLARE_TR_FUNCTIONS(Signalbox::PayloadFormat)
};

// The largest prefix length <= limit that does not split a UTF-8 sequence.
qsizetype utf8Boundary(QByteArrayView data, qsizetype limit)
{
    if (limit >= data.size())
        return data.size();
    qsizetype end = limit;
    for (int i = 0; i < 3 && end > 0 && (uchar(data[end]) & 0xC0) == 0x80; ++i)
        --end;
    return (uchar(data[end]) & 0xC0) == 0x80 ? limit : end;
}

bool isText(QByteArrayView data)
{
    const auto *p = reinterpret_cast<const uchar *>(data.data());
    const qsizetype n = data.size();
    qsizetype i = 0;
    while (i < n) {
        const uchar c = p[i];
        if ((c >= 0x20 && c < 0x7F) || c == '\t' || c == '\n' || c == '\r') {
            ++i;
            continue;
        }
        if (c < 0x80)
            return false;
        const int len = utf8SequenceLength(p + i, n - i);
        if (len == 0 || (c == 0xC2 && p[i + 1] < 0xA0)) // C1 controls
            return false;
        i += len;
    }
    return true;
}

} // namespace

QString payloadFormatName(PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Auto:
        return PayloadText::tr("Auto");
    case PayloadFormat::Text:
        return PayloadText::tr("Text");
    case PayloadFormat::Json:
        return QStringLiteral("JSON");
    case PayloadFormat::Hex:
        return PayloadText::tr("Hex");
    case PayloadFormat::Base64:
        return QStringLiteral("Base64");
    case PayloadFormat::Cbor:
        return QStringLiteral("CBOR");
    case PayloadFormat::MessagePack:
        return QStringLiteral("MessagePack");
    }
    return {};
}

PayloadFormat detectPayloadFormat(QByteArrayView payload)
{
    if (payload.isEmpty())
        return PayloadFormat::Text;
    if (parseJson(payload, nullptr))
        return PayloadFormat::Json;
    if (isText(payload))
        return PayloadFormat::Text;
    if (cborDecodesAsOneItem(payload))
        return PayloadFormat::Cbor;
    if (msgpackDecodesAsOneItem(payload))
        return PayloadFormat::MessagePack;
    return PayloadFormat::Hex;
}

QString hexDump(QByteArrayView data, int bytesPerLine)
{
    static const char digits[] = "0123456789abcdef";
    const qsizetype perLine = bytesPerLine == 8 ? 8 : 16;
    // offset, two spaces, "xx " per byte (and one more after the eighth of 16), a space, the ASCII
    const qsizetype ascii = 10 + perLine * 3 + (perLine > 8 ? 1 : 0) + 1;
    constexpr qsizetype MaxLine = 77; // 60 + 16 ASCII + '\n'
    QByteArray out;
    out.reserve((data.size() / perLine + 1) * (ascii + perLine + 1));
    char line[MaxLine];
    for (qsizetype offset = 0; offset < data.size(); offset += perLine) {
        std::fill(line, line + MaxLine, ' ');
        quint32 o = quint32(offset);
        for (int k = 7; k >= 0; --k, o >>= 4)
            line[k] = digits[o & 0xF];
        const qsizetype count = qMin<qsizetype>(perLine, data.size() - offset);
        for (qsizetype k = 0; k < count; ++k) {
            const uchar b = uchar(data[offset + k]);
            const qsizetype at = 10 + k * 3 + (k >= 8 ? 1 : 0);
            line[at] = digits[b >> 4];
            line[at + 1] = digits[b & 0xF];
            line[ascii + k] = b >= 0x20 && b < 0x7F ? char(b) : '.';
        }
        if (offset > 0)
            out.append('\n');
        out.append(line, ascii + count);
    }
    return QString::fromLatin1(out);
}

RenderedPayload renderPayload(const QByteArray &payload, PayloadFormat format, qsizetype limitBytes, int hexBytesPerLine)
{
    RenderedPayload r;
    r.totalBytes = payload.size();
    r.format = format == PayloadFormat::Auto ? detectPayloadFormat(payload) : format;
    const bool cut = limitBytes >= 0 && payload.size() > limitBytes;
    const qsizetype limit = cut ? limitBytes : payload.size();
    QByteArrayView shown;
    switch (r.format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        shown = QByteArrayView(payload).first(utf8Boundary(payload, limit));
        r.text = QString::fromUtf8(shown);
        break;
    case PayloadFormat::Json: {
        shown = QByteArrayView(payload).first(utf8Boundary(payload, limit));
        const JsonPretty pretty = cut ? prettyPrintJsonPrefix(shown) : prettyPrintJson(shown);
        r.text = pretty.text; // invalid: the text as it is
        if (!pretty.ok)
            r.error = jsonErrorSentence(
                JsonError{pretty.errorOffset, pretty.errorLine, pretty.errorColumn, pretty.errorMessage});
        break;
    }
    case PayloadFormat::Hex:
        shown = QByteArrayView(payload).first(limit);
        r.text = hexDump(shown, hexBytesPerLine);
        break;
    case PayloadFormat::Base64: {
        shown = QByteArrayView(payload).first(cut ? limit - limit % 3 : limit);
        const QByteArray encoded = shown.toByteArray().toBase64();
        QByteArray wrapped;
        wrapped.reserve(encoded.size() + encoded.size() / 76 + 1);
        for (qsizetype i = 0; i < encoded.size(); i += 76) {
            if (i > 0)
                wrapped.append('\n');
            wrapped.append(QByteArrayView(encoded).sliced(i, qMin<qsizetype>(76, encoded.size() - i)));
        }
        r.text = QString::fromLatin1(wrapped);
        break;
    }
    case PayloadFormat::Cbor:
    case PayloadFormat::MessagePack: {
        shown = QByteArrayView(payload).first(limit);
        const std::optional<QString> text = r.format == PayloadFormat::Cbor ? renderCbor(shown, cut, &r.error)
                                                                            : renderMsgpack(shown, cut, &r.error);
        r.text = text ? *text : hexDump(shown, hexBytesPerLine);
        break;
    }
    }
    r.shownBytes = shown.size();
    r.truncated = r.shownBytes < r.totalBytes;
    return r;
}

QString payloadPreview(QByteArrayView payload, int maxChars)
{
    if (maxChars <= 0 || payload.isEmpty())
        return {};
    const qsizetype window = qMin<qsizetype>(payload.size(), qsizetype(maxChars) * 4);
    const QByteArrayView head = payload.first(utf8Boundary(payload, window));
    const auto *p = reinterpret_cast<const uchar *>(head.data());
    bool text = true;
    qsizetype controls = 0;
    for (qsizetype i = 0; i < head.size();) {
        const int len = utf8SequenceLength(p + i, head.size() - i);
        if (len == 0) {
            text = false;
            break;
        }
        if (p[i] < 0x20 && p[i] != '\t' && p[i] != '\n' && p[i] != '\r')
            ++controls;
        i += len;
    }
    if (text && controls * 4 > head.size())
        text = false;
    QString out;
    bool cutShort = head.size() < payload.size();
    if (text) {
        const QString s = QString::fromUtf8(head);
        bool inSpace = false;
        for (const QChar ch : s) {
            if (out.size() >= maxChars) {
                cutShort = true;
                break;
            }
            const char16_t u = ch.unicode();
            if (u == '\t' || u == '\n' || u == '\r' || (u == ' ' && inSpace)) {
                if (!inSpace)
                    out += QLatin1Char(' ');
                inSpace = true;
                continue;
            }
            inSpace = u == ' ';
            if (u < 0x20)
                out += QChar(char16_t(0x2400 + u)); // Control Pictures
            else if (u == 0x7F)
                out += QChar(char16_t(0x2421));
            else
                out += ch;
        }
    } else {
        static const char digits[] = "0123456789abcdef";
        for (qsizetype i = 0; i < payload.size(); ++i) {
            if (out.size() + 3 > maxChars) {
                cutShort = true;
                break;
            }
            if (i > 0)
                out += QLatin1Char(' ');
            out += QLatin1Char(digits[uchar(payload[i]) >> 4]);
            out += QLatin1Char(digits[uchar(payload[i]) & 0xF]);
        }
        cutShort = cutShort && out.size() / 3 + 1 < payload.size();
    }
    if (cutShort) {
        if (out.size() >= maxChars)
            out.truncate(maxChars - 1);
        out += QChar(char16_t(0x2026));
    }
    return out;
}

std::optional<QByteArray> encodePayload(const QString &text, PayloadFormat format, QString *error)
{
    auto failWith = [error](const QString &message) -> std::optional<QByteArray> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    if (error)
        error->clear();
    switch (format) {
    case PayloadFormat::Auto:
    case PayloadFormat::Text:
        return text.toUtf8();
    case PayloadFormat::Json: {
        const QByteArray utf8 = text.toUtf8();
        JsonError e;
        if (!parseJson(utf8, nullptr, &e))
            return failWith(jsonErrorSentence(e));
        return utf8;
    }
    case PayloadFormat::Hex: {
        QByteArray digits;
        digits.reserve(text.size());
        for (qsizetype i = 0; i < text.size(); ++i) {
            const QChar ch = text.at(i);
            if (ch.isSpace())
                continue;
            if (ch.unicode() > 0x7F || !isHexDigit(char(ch.unicode())))
                return failWith(PayloadText::tr("'%1' at position %2 is not a hex digit.").arg(ch).arg(i + 1));
            digits.append(char(ch.unicode()));
        }
        if (digits.size() % 2 != 0)
            return failWith(PayloadText::tr("Hex needs two digits per byte; there is an odd number of digits (%1).")
                                .arg(digits.size()));
        return QByteArray::fromHex(digits);
    }
    case PayloadFormat::Base64: {
        QByteArray compact;
        compact.reserve(text.size());
        for (const QChar ch : text) {
            if (!ch.isSpace())
                compact.append(char(ch.unicode() > 0x7F ? '!' : ch.unicode()));
        }
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64Encoding
                                                                   | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            decoded = QByteArray::fromBase64Encoding(compact, QByteArray::Base64UrlEncoding
                                                                  | QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return failWith(PayloadText::tr("The text is not valid Base64."));
        return *decoded;
    }
    case PayloadFormat::Cbor:
        return encodeJsonAsCbor(text.toUtf8(), error);
    case PayloadFormat::MessagePack:
        return encodeJsonAsMsgpack(text.toUtf8(), error);
    }
    return QByteArray(); // not reached: every format is handled above
}

} // namespace Signalbox
