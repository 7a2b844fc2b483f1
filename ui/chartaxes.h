#pragma once

#include <QtGlobal>

class QDateTimeAxis;
class QValueAxis;

namespace Signalbox {

// Round ticks for the charts' axes, so that labels read 0, 200, 400 or 12:30:00, 12:30:10
// rather than wherever an even split of the data's range falls.

// A round step (1, 2, 2.5 or 5 times a power of ten, at least minStep) that cuts span
// into about `intervals` parts.
double roundStep(double span, int intervals = 5, double minStep = 0);

// Shows [min, max] on a value axis with a tick (labelled as precisely as the step needs)
// at every multiple of a round step; with widen, the range first grows to the nearest
// multiples, so that both ends are labelled. minStep: 1 for counts. About five
// intervals, fewer where heightPx (the plot's height; 0: unknown) leaves less than two
// lines of label text for each.
void setRoundValueRange(QValueAxis *axis, double min, double max, bool widen = true, double minStep = 0,
                        int heightPx = 0);

// Shows [fromMs, toMs] on a time axis, grown to the nearest multiples (in local time) of a
// round step (100 ms … 1 day) for at most six intervals, and fewer where widthPx (the
// plot's width; 0: unknown) leaves less than a label's width for each; a tick at each
// multiple, labelled with what the step needs (seconds below a minute, milliseconds
// below a second).
void setRoundTimeRange(QDateTimeAxis *axis, qint64 fromMs, qint64 toMs, int widthPx = 0);

} // namespace Signalbox
