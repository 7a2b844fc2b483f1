#pragma once

#include <QColor>

namespace Signalbox {

enum class ThemeChoice { System, Light, Dark };

// Sets the Fusion style with a light or dark palette on the whole application.
// System follows the platform's colour scheme (QStyleHints::colorScheme() from
// Qt 6.5, and its changes; before that, the lightness of the platform's
// palette as it was before the first call). Needs a QApplication; GUI thread only.
void applyTheme(ThemeChoice choice);

// Whether the application's current palette is dark (its window colour).
bool isDarkTheme();

// Text colour for errors shown inline, readable on the current palette.
QColor errorTextColor();

// Text colour for warnings shown inline (amber), readable on the current palette.
QColor warningTextColor();

} // namespace Signalbox
