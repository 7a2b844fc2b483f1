#pragma once

#include <QSyntaxHighlighter>
#include <QTextCharFormat>

namespace Signalbox {

// Colours JSON keys, strings, numbers, true/false/null and punctuation; picks
// its colours from the document's widget palette (light or dark) when created
// and again on updateColors(). Strings spanning lines are coloured per line.
class JsonHighlighter : public QSyntaxHighlighter
{
    Q_OBJECT
public:
    explicit JsonHighlighter(QTextDocument *document, bool darkPalette = false);
    void updateColors(bool darkPalette);

protected:
    void highlightBlock(const QString &text) override;

private:
    QTextCharFormat m_key, m_string, m_number, m_literal, m_punctuation;
};

} // namespace Signalbox
