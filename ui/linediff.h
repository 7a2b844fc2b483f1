#pragma once

#include <QString>
#include <QStringList>

namespace Signalbox {

// A line diff (longest common subsequence of lines after the common head
// and tail) as HTML: removed lines red with '-', added green with '+', the
// rest indented. Used by the log's "Compare with previous" dialog.
QString lineDiffHtml(const QStringList &before, const QStringList &after);

} // namespace Signalbox
