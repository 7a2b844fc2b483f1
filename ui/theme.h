#pragma once

#include <QColor>
#include <QPalette>

class QChart;

namespace Signalbox {

enum class ThemeChoice { System, Light, Dark };

// Sets the Fusion style with a light or dark palette on the whole application. The
// style draws a checked tool button (a toggle such as the log's Received and Sent)
// filled with the palette's highlight, so that on and off differ in either palette.
// System follows the platform's colour scheme (QStyleHints::colorScheme() from
// Qt 6.5, and its changes; before that, the lightness of the platform's
// palette as it was before the first call). Needs a QApplication; GUI thread only.
void applyTheme(ThemeChoice choice);

// Whether the application's current palette is dark (its window colour).
bool isDarkTheme();

// Text colour for errors shown inline, readable on the current palette.
QColor errorTextColor();

// Colours a chart from a palette: its background (Base), title, legend, and every axis
// it has now (labels and titles in Text; lines and grid between the two). Series keep
// their colours. Call it again for axes added later and when the palette changes
// (QEvent::PaletteChange).
void styleChart(QChart *chart, const QPalette &palette);

// Text colour for warnings shown inline (amber), readable on the current palette.
QColor warningTextColor();

} // namespace Signalbox
