// The application's themes: toggles (checkable tool buttons such as the message log's
// Received and Sent) must look on or off at a glance in both palettes.
#include "theme.h"

#include <QApplication>
#include <QCheckBox>
#include <QImage>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;

namespace {

// The mean colour of a widget as drawn.
QColor meanColor(QWidget *widget)
{
    const QImage image = widget->grab().toImage();
    double r = 0, g = 0, b = 0;
    const qint64 count = qint64(image.width()) * image.height();
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            r += c.redF();
            g += c.greenF();
            b += c.blueF();
        }
    }
    return QColor::fromRgbF(float(r / count), float(g / count), float(b / count));
}

int distance(const QColor &a, const QColor &b)
{
    return std::abs(a.red() - b.red()) + std::abs(a.green() - b.green()) + std::abs(a.blue() - b.blue());
}

} // namespace

class TestTheme : public QObject
{
    Q_OBJECT

private slots:
    void checkedTogglesStandOut_data()
    {
        QTest::addColumn<int>("theme");
        QTest::newRow("light") << int(ThemeChoice::Light);
        QTest::newRow("dark") << int(ThemeChoice::Dark);
    }

    void checkedTogglesStandOut()
    {
        QFETCH(int, theme);
        applyTheme(ThemeChoice(theme));
        QCOMPARE(isDarkTheme(), ThemeChoice(theme) == ThemeChoice::Dark);
        QWidget window;
        auto *on = new QToolButton(&window);
        auto *off = new QToolButton(&window);
        for (QToolButton *button : {on, off}) {
            button->setText(QStringLiteral("Received"));
            button->setCheckable(true);
            button->setGeometry(10, 10, 90, 26);
        }
        off->move(110, 10);
        on->setChecked(true);
        window.resize(220, 50);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const int difference = distance(meanColor(on), meanColor(off));
        // Fusion alone draws them a few levels apart (about 10 here in the dark palette).
        QVERIFY2(difference >= 60, qPrintable(QString::number(difference)));
    }

    // An unticked check box on the dark palette: its outline must stand out from the
    // dark fill (Fusion's is a shade of the window colour, nearly black).
    void uncheckedBoxesShowInTheDark()
    {
        applyTheme(ThemeChoice::Dark);
        QWidget window;
        auto *box = new QCheckBox(&window);
        box->setGeometry(10, 10, 20, 20);
        window.resize(40, 40);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        const QImage image = box->grab().toImage();
        int brightest = 0;
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                brightest = std::max(brightest, image.pixelColor(x, y).lightness());
        }
        QVERIFY2(brightest >= 110, qPrintable(QString::number(brightest)));
        applyTheme(ThemeChoice::Light);
    }
};

QTEST_MAIN(TestTheme)
#include "tst_theme.moc"
