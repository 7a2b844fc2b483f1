#include "theme.h"

#include <QApplication>
#include <QPalette>
#include <QStyle>
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
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
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

QColor warningTextColor()
{
    return isDarkTheme() ? QColor(240, 180, 70) : QColor(0xb2, 0x6a, 0x00);
}

} // namespace Signalbox
