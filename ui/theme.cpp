#include "theme.h"

#include <QAbstractAxis>
#include <QApplication>
#include <QChart>
#include <QLegend>
#include <QPainter>
#include <QPalette>
#include <QProxyStyle>
#include <QStyle>
#include <QStyleOption>
#include <QStyleFactory>
#include <QStyleHints>

#include <optional>

namespace Signalbox {

namespace {

struct ThemeState
{
    std::optional<QPalette> platformPalette; // as it was before the first applyTheme()
    ThemeChoice choice = ThemeChoice::System;
    bool followingScheme = false;
};

ThemeState &state()
{
    static ThemeState s;
    return s;
}

bool isDark(const QPalette &palette)
{
    return palette.color(QPalette::Window).lightness() < 128;
}

bool platformIsDark()
{
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    const Qt::ColorScheme scheme = QGuiApplication::styleHints()->colorScheme();
    if (scheme != Qt::ColorScheme::Unknown)
        return scheme == Qt::ColorScheme::Dark;
#endif
    return isDark(*state().platformPalette);
}

QPalette darkPalette()
{
    const QColor window(53, 53, 53);
    const QColor base(35, 35, 35);
    const QColor text(230, 230, 230);
    const QColor disabledText(127, 127, 127);
    const QColor accent(42, 130, 218);

    QPalette p;
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(45, 45, 45));
    p.setColor(QPalette::ToolTipBase, window);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(140, 140, 140));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, QColor(255, 90, 90));
    p.setColor(QPalette::Light, QColor(75, 75, 75));
    p.setColor(QPalette::Midlight, QColor(62, 62, 62));
    p.setColor(QPalette::Mid, QColor(45, 45, 45));
    p.setColor(QPalette::Dark, QColor(30, 30, 30));
    p.setColor(QPalette::Shadow, QColor(15, 15, 15));
    p.setColor(QPalette::Link, QColor(90, 160, 235));
    p.setColor(QPalette::LinkVisited, QColor(160, 130, 230));
    p.setColor(QPalette::Highlight, accent);
    p.setColor(QPalette::HighlightedText, Qt::white);
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText, QPalette::HighlightedText})
        p.setColor(QPalette::Disabled, role, disabledText);
    p.setColor(QPalette::Disabled, QPalette::Highlight, QColor(80, 80, 80));
    p.setColor(QPalette::Disabled, QPalette::Base, window);
    return p;
}

// Fusion draws a checked tool button only a shade darker than an unchecked one, which
// the dark palette all but hides: a checked button is filled with the highlight instead.
class ToggleStyle final : public QProxyStyle
{
public:
    using QProxyStyle::QProxyStyle;

    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget) const override
    {
        const bool checked = (option->state & State_On) && !(option->state & State_Sunken);
        if ((element == PE_PanelButtonTool || element == PE_PanelButtonCommand) && checked) {
            const QColor highlight = option->palette.color(QPalette::Highlight);
            QColor fill = highlight;
            fill.setAlpha(isDark(option->palette) ? 140 : 80);
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(highlight, 1));
            painter->setBrush(fill);
            painter->drawRoundedRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5), 2, 2);
            painter->restore();
            return;
        }
        QProxyStyle::drawPrimitive(element, option, painter, widget);
        // Fusion outlines a check box in a shade of the window colour, which on the dark
        // palette is all but black on black: a lighter outline shows where to click.
        if (element == PE_IndicatorCheckBox && isDark(option->palette)) {
            const QColor base = option->palette.color(QPalette::Base);
            const QColor text = option->palette.color(QPalette::Text);
            painter->save();
            painter->setPen(QColor::fromRgbF(float((base.redF() + text.redF()) / 2),
                                             float((base.greenF() + text.greenF()) / 2),
                                             float((base.blueF() + text.blueF()) / 2)));
            painter->setBrush(Qt::NoBrush);
            painter->drawRect(option->rect.adjusted(0, 0, -1, -1));
            painter->restore();
        }
    }
};

QColor mix(const QColor &a, const QColor &b, double t)
{
    return QColor::fromRgbF(float(a.redF() + (b.redF() - a.redF()) * t),
                            float(a.greenF() + (b.greenF() - a.greenF()) * t),
                            float(a.blueF() + (b.blueF() - a.blueF()) * t));
}

QPalette lightPalette()
{
    return QApplication::style()->standardPalette();
}

void apply(ThemeChoice choice)
{
    switch (choice) {
    case ThemeChoice::Light:
        QApplication::setPalette(lightPalette());
        break;
    case ThemeChoice::Dark:
        QApplication::setPalette(darkPalette());
        break;
    case ThemeChoice::System:
        QApplication::setPalette(platformIsDark() ? darkPalette() : *state().platformPalette);
        break;
    }
}

} // namespace

void applyTheme(ThemeChoice choice)
{
    ThemeState &s = state();
    if (!s.platformPalette)
        s.platformPalette = QApplication::palette();
    s.choice = choice;
    QApplication::setStyle(new ToggleStyle(QStyleFactory::create(QStringLiteral("Fusion"))));
    apply(choice);
#if QT_VERSION >= QT_VERSION_CHECK(6, 5, 0)
    if (!s.followingScheme) {
        s.followingScheme = true;
        QObject::connect(QGuiApplication::styleHints(), &QStyleHints::colorSchemeChanged, qApp, [] {
            if (state().choice == ThemeChoice::System)
                apply(ThemeChoice::System);
        });
    }
#endif
}

bool isDarkTheme()
{
    return isDark(QApplication::palette());
}

QColor errorTextColor()
{
    return isDarkTheme() ? QColor(255, 110, 100) : QColor(190, 30, 30);
}

void styleChart(QChart *chart, const QPalette &palette)
{
    if (!chart)
        return;
    const QColor base = palette.color(QPalette::Base);
    const QColor text = palette.color(QPalette::Text);
    chart->setBackgroundBrush(base);
    chart->setBackgroundPen(QPen(mix(base, text, 0.2), 1));
    chart->setBackgroundRoundness(0);
    chart->setPlotAreaBackgroundVisible(false);
    chart->setTitleBrush(text);
    chart->legend()->setLabelColor(text);
    const QList<QAbstractAxis *> axes = chart->axes();
    for (QAbstractAxis *axis : axes) {
        axis->setLabelsColor(text);
        axis->setTitleBrush(text);
        QPen line = axis->linePen();
        line.setColor(mix(base, text, 0.45));
        axis->setLinePen(line);
        axis->setGridLineColor(mix(base, text, 0.15));
        axis->setMinorGridLineColor(mix(base, text, 0.08));
        axis->setShadesVisible(false);
    }
}

QColor warningTextColor()
{
    return isDarkTheme() ? QColor(240, 180, 70) : QColor(0xb2, 0x6a, 0x00);
}

} // namespace Signalbox
