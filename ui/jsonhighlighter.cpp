#include "jsonhighlighter.h"

namespace Signalbox {

JsonHighlighter::JsonHighlighter(QTextDocument *document, bool darkPalette) : QSyntaxHighlighter(document)
{
    updateColors(darkPalette);
}

void JsonHighlighter::updateColors(bool darkPalette)
{
    auto format = [](const char *color, bool bold = false) {
        QTextCharFormat f;
        f.setForeground(QColor(QLatin1String(color)));
        if (bold)
            f.setFontWeight(QFont::DemiBold);
        return f;
    };
    if (darkPalette) {
        m_key = format("#9cdcfe");
        m_string = format("#ce9178");
        m_number = format("#b5cea8");
        m_literal = format("#569cd6", true);
        m_punctuation = format("#a0a0a0");
    } else {
        m_key = format("#0451a5");
        m_string = format("#a31515");
        m_number = format("#098658");
        m_literal = format("#0000ff", true);
        m_punctuation = format("#555555");
    }
    rehighlight();
}

void JsonHighlighter::highlightBlock(const QString &text)
{
    const qsizetype n = text.size();
    qsizetype i = 0;
    while (i < n) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n && text.at(j) != QLatin1Char('"'))
                j += text.at(j) == QLatin1Char('\\') ? 2 : 1;
            j = qMin(j + 1, n);
            qsizetype k = j;
            while (k < n && text.at(k).isSpace())
                ++k;
            const bool isKey = k < n && text.at(k) == QLatin1Char(':');
            setFormat(int(i), int(j - i), isKey ? m_key : m_string);
            i = j;
        } else if (c == QLatin1Char('-') || c.isDigit()) {
            qsizetype j = i + 1;
            while (j < n && (text.at(j).isDigit() || QStringView(u".eE+-").contains(text.at(j))))
                ++j;
            setFormat(int(i), int(j - i), m_number);
            i = j;
        } else if (c.isLetter()) {
            qsizetype j = i + 1;
            while (j < n && text.at(j).isLetter())
                ++j;
            const QStringView word = QStringView(text).sliced(i, j - i);
            if (word == u"true" || word == u"false" || word == u"null")
                setFormat(int(i), int(j - i), m_literal);
            i = j;
        } else {
            if (QStringView(u"{}[],:").contains(c))
                setFormat(int(i), 1, m_punctuation);
            ++i;
        }
    }
}

} // namespace Signalbox
