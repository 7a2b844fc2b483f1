#pragma once

#include <QFont>

#include <functional>

class QTableView;
class QWidget;

namespace Signalbox {

// Ctrl +, Ctrl − and Ctrl 0: the size of every font in the window, in steps
// of a tenth of the size Signalbox started with, kept in QSettings ("zoom").
// Widgets follow through the application font: those that set a font of
// their own use the helpers below so that they follow too.
namespace Zoom {
constexpr int MinStep = -4;
constexpr int MaxStep = 10;
int step();
// Clamped to [MinStep, MaxStep]; applies it to the application and saves it.
void setStep(int step);
// At start: the saved step (the first call also records the unzoomed size).
void applySaved();
} // namespace Zoom

// The system's fixed-pitch family at the size of the widget's own font, so
// that it grows and shrinks with the zoom.
QFont monospaceFont();
// Keeps a widget's font at `scale` times the application's size and bold as asked
// (titles), also after a zoom.
void keepRelativeFont(QWidget *widget, qreal scale, bool bold = false);
// Keeps a table's row height at what `height` says for its font (by default
// the font's height and 6 px), also after a zoom.
void keepRowHeight(QTableView *view, std::function<int(const QFontMetrics &)> height = {});

} // namespace Signalbox
