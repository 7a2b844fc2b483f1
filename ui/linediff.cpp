#include "linediff.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace Signalbox {

QString lineDiffHtml(const QStringList &before, const QStringList &after)
{
    qsizetype head = 0;
    while (head < before.size() && head < after.size() && before[head] == after[head])
        ++head;
    qsizetype tail = 0;
    while (tail < before.size() - head && tail < after.size() - head
           && before[before.size() - 1 - tail] == after[after.size() - 1 - tail])
        ++tail;
    const QStringList a = before.mid(head, before.size() - head - tail);
    const QStringList b = after.mid(head, after.size() - head - tail);

    enum class Op { Same, Removed, Added };
    std::vector<std::pair<Op, QString>> middle;
    const auto n = static_cast<size_t>(a.size()), m = static_cast<size_t>(b.size());
    if (n * m <= 4'000'000) {
        std::vector<std::vector<quint32>> lcs(n + 1, std::vector<quint32>(m + 1, 0));
        for (size_t i = n; i-- > 0;)
            for (size_t j = m; j-- > 0;)
                lcs[i][j] = a[static_cast<qsizetype>(i)] == b[static_cast<qsizetype>(j)]
                                ? lcs[i + 1][j + 1] + 1
                                : std::max(lcs[i + 1][j], lcs[i][j + 1]);
        size_t i = 0, j = 0;
        while (i < n || j < m) {
            if (i < n && j < m && a[static_cast<qsizetype>(i)] == b[static_cast<qsizetype>(j)]) {
                middle.emplace_back(Op::Same, a[static_cast<qsizetype>(i++)]);
                ++j;
            } else if (i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1])) {
                middle.emplace_back(Op::Removed, a[static_cast<qsizetype>(i++)]);
            } else {
                middle.emplace_back(Op::Added, b[static_cast<qsizetype>(j++)]);
            }
        }
    } else {
        for (const QString &line : a)
            middle.emplace_back(Op::Removed, line);
        for (const QString &line : b)
            middle.emplace_back(Op::Added, line);
    }

    QString html = QStringLiteral("<pre style=\"margin:0\">");
    const auto add = [&html](Op op, const QString &line) {
        switch (op) {
        case Op::Same:
            html += QStringLiteral("  ") + line.toHtmlEscaped() + QLatin1Char('\n');
            break;
        case Op::Removed:
            html += QStringLiteral("<span style=\"background:#ffd7d5;color:#000\">- ") + line.toHtmlEscaped()
                    + QStringLiteral("</span>\n");
            break;
        case Op::Added:
            html += QStringLiteral("<span style=\"background:#ccffd8;color:#000\">+ ") + line.toHtmlEscaped()
                    + QStringLiteral("</span>\n");
            break;
        }
    };
    for (qsizetype k = 0; k < head; ++k)
        add(Op::Same, before[k]);
    for (const auto &[op, line] : middle)
        add(op, line);
    for (qsizetype k = after.size() - tail; k < after.size(); ++k)
        add(Op::Same, after[k]);
    html += QStringLiteral("</pre>");
    return html;
}

} // namespace Signalbox
