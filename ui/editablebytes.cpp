// Bytes in a text field (see editablebytes.h).

#include "editablebytes.h"

namespace Signalbox {

std::optional<QString> bytesAsText(const QByteArray &bytes, bool multiline)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\t') || (multiline && ch == QLatin1Char('\n')))
            continue;
        const QChar::Category category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return std::nullopt;
    }
    return text;
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

std::optional<QByteArray> decodeEditedBytes(QString text, PayloadFormat format, QString *error)
{
    // "0x" is blanked rather than removed so that error positions stay right.
    if (format == PayloadFormat::Hex) {
        qsizetype first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        if (QStringView(text).mid(first, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0)
            text.replace(first, 2, QStringLiteral("  "));
    }
    return encodePayload(text, format, error);
}

} // namespace Signalbox
