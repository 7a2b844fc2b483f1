#include "zoom.h"

#include "eventfollower.h"

#include <QApplication>
#include <QEvent>
#include <QFontDatabase>
#include <QHeaderView>
#include <QSettings>
#include <QTableView>

#include <algorithm>

namespace Signalbox {

namespace {

const QString ZoomKey = QStringLiteral("zoom");

// The application font's size before any zoom.
qreal basePointSize()
{
    static const qreal size = QApplication::font().pointSizeF() > 0 ? QApplication::font().pointSizeF() : 10.0;
    return size;
}

int g_step = 0;

// The font helpers run again once a font change has been handled (the
// application's font changed, or a parent's): the widget's font is then resolved anew.
void followFont(QWidget *widget, std::function<void()> apply)
{
    followEvents(widget, {QEvent::FontChange, QEvent::ApplicationFontChange}, FollowTiming::AfterEvent, std::move(apply));
}

} // namespace

int Zoom::step()
{
    return g_step;
}

void Zoom::setStep(int step)
{
    const qreal base = basePointSize();
    g_step = std::clamp(step, MinStep, MaxStep);
    QFont font = QApplication::font();
    font.setPointSizeF(base * (1.0 + 0.1 * g_step));
    QApplication::setFont(font);
    QSettings().setValue(ZoomKey, g_step);
}

void Zoom::applySaved()
{
    basePointSize();
    const int saved = QSettings().value(ZoomKey, 0).toInt();
    if (saved != 0)
        setStep(saved);
}

QFont monospaceFont()
{
    QFont font; // only the family is set: the size comes from the widget's parent
    font.setFamilies(QFontDatabase::systemFont(QFontDatabase::FixedFont).families());
    font.setStyleHint(QFont::TypeWriter);
    return font;
}

void keepRelativeFont(QWidget *widget, qreal scale, bool bold)
{
    followFont(widget, [widget, scale, bold] {
        QFont font = widget->font();
        font.setPointSizeF(QApplication::font().pointSizeF() * scale);
        font.setBold(bold);
        widget->setFont(font);
    });
}

void keepRowHeight(QTableView *view, std::function<int(const QFontMetrics &)> height)
{
    if (!height)
        height = [](const QFontMetrics &metrics) { return metrics.height() + 6; };
    followFont(view, [view, height] { view->verticalHeader()->setDefaultSectionSize(height(view->fontMetrics())); });
}

} // namespace Signalbox
