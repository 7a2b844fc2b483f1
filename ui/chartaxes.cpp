#include "chartaxes.h"

#include <QDateTime>
#include <QDateTimeAxis>
#include <QFontMetrics>
#include <QString>
#include <QValueAxis>

#include <algorithm>
#include <array>
#include <cmath>

namespace Signalbox {

namespace {

// Labels as precise as the step: 0.25 -> "%.2f", 20 -> "%.0f"; very large or small: "%.3g".
QString labelFormat(double step, double magnitude)
{
    if (magnitude >= 1e9 || (magnitude > 0 && magnitude < 1e-4))
        return QStringLiteral("%.3g");
    int decimals = 0;
    while (decimals < 6) {
        const double scaled = step * std::pow(10.0, decimals);
        if (std::abs(scaled - std::round(scaled)) < 1e-6)
            break;
        ++decimals;
    }
    return QStringLiteral("%.") + QString::number(decimals) + QStringLiteral("f");
}

} // namespace

double roundStep(double span, int intervals, double minStep)
{
    if (!(span > 0) || !std::isfinite(span))
        return minStep > 0 ? minStep : 1;
    const double raw = span / std::max(1, intervals);
    const double power = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * power;
    for (const double mantissa : {1.0, 2.0, 2.5, 5.0}) {
        if (raw <= mantissa * power * (1 + 1e-9)) {
            step = mantissa * power;
            break;
        }
    }
    if (minStep > 0 && step < minStep)
        step = minStep;
    return step;
}

void setRoundValueRange(QValueAxis *axis, double min, double max, bool widen, double minStep, int heightPx)
{
    if (!axis)
        return;
    if (max < min)
        std::swap(min, max);
    int intervals = 5;
    if (heightPx > 0)
        intervals = std::clamp(heightPx / (2 * QFontMetrics(axis->labelsFont()).height()), 2, 5);
    const double step = roundStep(max - min, intervals, minStep);
    if (widen) {
        min = std::floor(min / step + 1e-9) * step;
        max = std::ceil(max / step - 1e-9) * step;
        if (max <= min)
            max = min + step;
    }
    axis->setTickType(QValueAxis::TicksDynamic);
    axis->setTickAnchor(0);
    axis->setTickInterval(step);
    axis->setLabelFormat(labelFormat(step, std::max(std::abs(min), std::abs(max))));
    axis->setRange(min, max);
}

void setRoundTimeRange(QDateTimeAxis *axis, qint64 fromMs, qint64 toMs, int widthPx)
{
    if (!axis)
        return;
    if (toMs < fromMs)
        std::swap(fromMs, toMs);
    if (toMs == fromMs)
        ++toMs;
    static constexpr std::array<qint64, 21> Steps{
        100,       200,       500,       1'000,      2'000,      5'000,      10'000,
        15'000,    30'000,    60'000,    120'000,    300'000,    600'000,    900'000,
        1'800'000, 3'600'000, 7'200'000, 10'800'000, 21'600'000, 43'200'000, 86'400'000,
    };
    qint64 maxIntervals = 6;
    if (widthPx > 0) {
        const int label = QFontMetrics(axis->labelsFont()).horizontalAdvance(QStringLiteral("00:00:00")) * 3 / 2;
        maxIntervals = std::clamp<qint64>(widthPx / std::max(1, label), 2, 6);
    }
    const qint64 span = toMs - fromMs;
    qint64 step = Steps.back();
    for (const qint64 candidate : Steps) {
        if (span <= candidate * maxIntervals) {
            step = candidate;
            break;
        }
    }
    while (span > step * maxIntervals) // longer than six days
        step *= 2;
    // Multiples in local time: a 6 h step falls on 00:00, 06:00 … where the clock shows them.
    const qint64 offset = qint64(QDateTime::fromMSecsSinceEpoch(fromMs).offsetFromUtc()) * 1000;
    const auto floorTo = [step, offset](qint64 t) {
        const qint64 local = t + offset;
        return local - ((local % step) + step) % step - offset;
    };
    const qint64 from = floorTo(fromMs);
    qint64 to = floorTo(toMs);
    if (to < toMs)
        to += step;
    if (step < 1'000)
        axis->setFormat(QStringLiteral("HH:mm:ss.zzz"));
    else if (step < 60'000)
        axis->setFormat(QStringLiteral("HH:mm:ss"));
    else if (step < 86'400'000)
        axis->setFormat(QStringLiteral("HH:mm"));
    else
        axis->setFormat(QStringLiteral("dd.MM."));
    axis->setTickCount(int((to - from) / step) + 1);
    axis->setRange(QDateTime::fromMSecsSinceEpoch(from), QDateTime::fromMSecsSinceEpoch(to));
}

} // namespace Signalbox
