#include "subscriptionpanel.h"

#include "theme.h"
#include "mqtt/topic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;

class TestSubscriptionPanel : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(const QWidget &parent, const char *name)
    {
        T *widget = parent.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QWidget *row(const SubscriptionPanel &panel, const QString &filter)
    {
        const auto rows = panel.findChildren<QWidget *>(QStringLiteral("subscriptionRow"));
        for (QWidget *w : rows)
            if (w->property("filter").toString() == filter)
                return w;
        qFatal("no row");
    }
    static void addByTyping(SubscriptionPanel &panel, const QString &filter)
    {
        QTest::keyClicks(child<QLineEdit>(panel, "filterEdit"), filter);
        QTest::mouseClick(child<QPushButton>(panel, "addButton"), Qt::LeftButton);
    }

private slots:
    void rejectsHashInTheMiddleWithTheReason()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &SubscriptionPanel::subscribeRequested);
        auto *edit = child<QLineEdit>(panel, "filterEdit");
        QTest::keyClicks(edit, QStringLiteral("a/#/b"));
        auto *error = child<QLabel>(panel, "filterError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), TopicFilter::validate(u"a/#/b").value_or(QString()));
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(panel.errorText(), error->text());
        QVERIFY(!child<QPushButton>(panel, "addButton")->isEnabled());
        QTest::keyClick(edit, Qt::Key_Return);
        panel.submitDraft();
        QCOMPARE(spy.count(), 0);
        QVERIFY(panel.items().isEmpty());

        QString why;
        SubscriptionItem item;
        item.entry.filter = QStringLiteral("a/#/b");
        QVERIFY(!panel.addItem(item, &why));
        QCOMPARE(why, TopicFilter::validate(u"a/#/b").value_or(QString()));

        edit->clear();
        QVERIFY(!error->isVisible());
        QVERIFY(panel.errorText().isEmpty());
    }

    void addsAFilterWithAColour()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        QSignalSpy changed(&panel, &SubscriptionPanel::itemsChanged);
        child<QComboBox>(panel, "qosCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(panel, "aliasEdit"), QStringLiteral("Temperatures"));
        addByTyping(panel, QStringLiteral("sensors/+/temp"));

        QCOMPARE(subscribed.count(), 1);
        QCOMPARE(changed.count(), 1);
        const auto item = subscribed.first().first().value<SubscriptionItem>();
        QCOMPARE(item.entry.filter, QStringLiteral("sensors/+/temp"));
        QCOMPARE(item.entry.qos, quint8(1));
        QCOMPARE(item.alias, QStringLiteral("Temperatures"));
        QVERIFY(item.active);
        QCOMPARE(item.color, SubscriptionPanel::defaultColors().at(0));
        QCOMPARE(panel.items(), QList<SubscriptionItem>{item});
        QCOMPARE(panel.colorFor(QStringLiteral("sensors/+/temp")), item.color);
        QVERIFY(!panel.colorFor(QStringLiteral("other")).isValid());
        QVERIFY(child<QLineEdit>(panel, "filterEdit")->text().isEmpty());

        QWidget *r = row(panel, QStringLiteral("sensors/+/temp"));
        QCOMPARE(child<QLabel>(*r, "nameLabel")->text(), QStringLiteral("Temperatures"));
        QCOMPARE(child<QLabel>(*r, "qosLabel")->text(), QStringLiteral("QoS 1"));

        addByTyping(panel, QStringLiteral("sensors/+/humidity"));
        QCOMPARE(panel.colorFor(QStringLiteral("sensors/+/humidity")), SubscriptionPanel::defaultColors().at(1));
        QCOMPARE(child<QLabel>(*row(panel, QStringLiteral("sensors/+/humidity")), "nameLabel")->text(),
                 QStringLiteral("sensors/+/humidity"));
        QCOMPARE(panel.items().size(), 2);
    }

    void addingTheSameFilterUpdatesIt()
    {
        SubscriptionPanel panel;
        SubscriptionItem item;
        item.entry.filter = QStringLiteral("a/#");
        QVERIFY(panel.addItem(item));
        const QColor color = panel.colorFor(item.entry.filter);
        item.entry.qos = 2;
        QVERIFY(panel.addItem(item));
        QCOMPARE(panel.items().size(), 1);
        QCOMPARE(panel.items().first().entry.qos, quint8(2));
        QCOMPARE(panel.items().first().color, color);
    }

    void sysButtonSubscribesWithOneClick()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &SubscriptionPanel::subscribeRequested);
        QTest::mouseClick(child<QPushButton>(panel, "sysButton"), Qt::LeftButton);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(spy.first().first().value<SubscriptionItem>().entry.filter, QStringLiteral("$SYS/#"));
        QCOMPARE(panel.items().size(), 1);
        QCOMPARE(panel.items().first().entry.filter, QStringLiteral("$SYS/#"));
    }

    void pauseUnsubscribesAndResumeSubscribes()
    {
        SubscriptionPanel panel;
        panel.show();
        const QString filter = QStringLiteral("sensors/+/temp");
        addByTyping(panel, filter);
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        QSignalSpy unsubscribed(&panel, &SubscriptionPanel::unsubscribeRequested);

        auto *pause = child<QToolButton>(*row(panel, filter), "pauseButton");
        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(unsubscribed.count(), 1);
        QCOMPARE(unsubscribed.first().first().toString(), filter);
        QCOMPARE(subscribed.count(), 0);
        QVERIFY(!panel.items().first().active);
        QCOMPARE(panel.items().size(), 1);
        QCOMPARE(child<QLabel>(*row(panel, filter), "statusLabel")->text(), QStringLiteral("Paused"));

        QTest::mouseClick(pause, Qt::LeftButton);
        QCOMPARE(subscribed.count(), 1);
        QCOMPARE(subscribed.first().first().value<SubscriptionItem>().entry.filter, filter);
        QVERIFY(panel.items().first().active);
        QCOMPARE(unsubscribed.count(), 1);
    }

    void removeUnsubscribes()
    {
        SubscriptionPanel panel;
        panel.show();
        const QString filter = QStringLiteral("a/b");
        addByTyping(panel, filter);
        QSignalSpy unsubscribed(&panel, &SubscriptionPanel::unsubscribeRequested);
        QTest::mouseClick(child<QToolButton>(*row(panel, filter), "removeButton"), Qt::LeftButton);
        QCOMPARE(unsubscribed.count(), 1);
        QCOMPARE(unsubscribed.first().first().toString(), filter);
        QVERIFY(panel.items().isEmpty());

        addByTyping(panel, filter);
        panel.setActive(filter, false);
        QCOMPARE(unsubscribed.count(), 2);
        panel.removeItem(filter); // paused: nothing left to unsubscribe
        QCOMPARE(unsubscribed.count(), 2);
    }

    void setStatusShowsTheBrokersAnswer()
    {
        SubscriptionPanel panel;
        panel.show();
        const QString filter = QStringLiteral("a/+");
        addByTyping(panel, filter);
        auto *status = child<QLabel>(*row(panel, filter), "statusLabel");
        QVERIFY(!status->isVisible());
        panel.setStatus(filter, QStringLiteral("Granted QoS 1"), false);
        QVERIFY(status->isVisible());
        QCOMPARE(status->text(), QStringLiteral("Granted QoS 1"));
        QVERIFY(status->palette().color(status->foregroundRole()) != errorTextColor());
        panel.setStatus(filter, QStringLiteral("Not authorized"), true);
        QCOMPARE(status->text(), QStringLiteral("Not authorized"));
        QCOMPARE(status->palette().color(status->foregroundRole()), errorTextColor());
        panel.setStatus(filter, QString(), false);
        QVERIFY(!status->isVisible());
    }

    void v5OptionsOnlyUnderV5()
    {
        SubscriptionPanel panel;
        panel.show();
        auto *toggle = child<QToolButton>(panel, "v5OptionsToggle");
        auto *options = child<QWidget>(panel, "v5Options");
        QVERIFY(!toggle->isVisible());
        panel.setProtocolVersion(ProtocolVersion::V5);
        QVERIFY(toggle->isVisible());
        QVERIFY(!options->isVisible());
        QTest::mouseClick(toggle, Qt::LeftButton);
        QVERIFY(options->isVisible());

        QSignalSpy spy(&panel, &SubscriptionPanel::subscribeRequested);
        QTest::mouseClick(child<QCheckBox>(panel, "noLocalCheck"), Qt::LeftButton);
        QTest::mouseClick(child<QCheckBox>(panel, "retainAsPublishedCheck"), Qt::LeftButton);
        child<QComboBox>(panel, "retainHandlingCombo")->setCurrentIndex(2);
        child<QSpinBox>(panel, "subscriptionIdSpin")->setValue(7);
        addByTyping(panel, QStringLiteral("$share/g/jobs/#"));
        QCOMPARE(spy.count(), 1);
        const auto item = spy.first().first().value<SubscriptionItem>();
        QVERIFY(item.entry.noLocal);
        QVERIFY(item.entry.retainAsPublished);
        QCOMPARE(item.entry.retainHandling, quint8(2));
        QCOMPARE(item.subscriptionIdentifier, quint32(7));

        panel.setProtocolVersion(ProtocolVersion::V311);
        QVERIFY(!toggle->isVisible());
        QVERIFY(!options->isVisible());
        addByTyping(panel, QStringLiteral("plain"));
        const auto plain = spy.last().first().value<SubscriptionItem>();
        QVERIFY(!plain.entry.noLocal);
        QCOMPARE(plain.subscriptionIdentifier, quint32(0));
    }

    void setItemsAsksForNothing()
    {
        SubscriptionPanel panel;
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        QSignalSpy changed(&panel, &SubscriptionPanel::itemsChanged);
        SubscriptionItem a;
        a.entry.filter = QStringLiteral("a");
        a.color = Qt::magenta;
        SubscriptionItem bad;
        bad.entry.filter = QStringLiteral("a/#/b");
        SubscriptionItem b;
        b.entry.filter = QStringLiteral("b");
        b.active = false;
        panel.setItems({a, bad, b});
        QCOMPARE(subscribed.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.items().size(), 2);
        QCOMPARE(panel.colorFor(QStringLiteral("a")), QColor(Qt::magenta));
        QVERIFY(panel.colorFor(QStringLiteral("b")).isValid());
        QVERIFY(!panel.items().at(1).active);
    }

    void themeChangeRecoloursErrors()
    {
        SubscriptionPanel panel;
        panel.show();
        const QString filter = QStringLiteral("a");
        addByTyping(panel, filter);
        panel.setStatus(filter, QStringLiteral("Not authorized"), true);
        QTest::keyClicks(child<QLineEdit>(panel, "filterEdit"), QStringLiteral("#/x"));
        auto *status = child<QLabel>(*row(panel, filter), "statusLabel");
        auto *error = child<QLabel>(panel, "filterError");

        applyTheme(ThemeChoice::Dark);
        QVERIFY(isDarkTheme());
        // QApplication hands the new palette on to the widgets from the event loop.
        QTRY_COMPARE(status->palette().color(status->foregroundRole()), errorTextColor());
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), errorTextColor());
        const QColor dark = errorTextColor();

        applyTheme(ThemeChoice::Light);
        QVERIFY(!isDarkTheme());
        QVERIFY(errorTextColor() != dark);
        QTRY_COMPARE(status->palette().color(status->foregroundRole()), errorTextColor());
        QTRY_COMPARE(error->palette().color(QPalette::WindowText), errorTextColor());
    }

    void severalFiltersInOneGo()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        child<QComboBox>(panel, "qosCombo")->setCurrentIndex(1);
        QTest::keyClicks(child<QLineEdit>(panel, "filterEdit"), QStringLiteral("a/b, c/#,d/+ ,"));
        QCOMPARE(panel.draftFilters(),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("c/#"), QStringLiteral("d/+")}));
        QVERIFY(!child<QLabel>(panel, "filterError")->isVisible());
        QVERIFY(!child<QLineEdit>(panel, "aliasEdit")->isEnabled()); // an alias names one subscription
        QTest::mouseClick(child<QPushButton>(panel, "addButton"), Qt::LeftButton);

        QCOMPARE(subscribed.count(), 3);
        QStringList filters;
        for (const SubscriptionItem &item : panel.items()) {
            filters << item.entry.filter;
            QCOMPARE(item.entry.qos, quint8(1));
        }
        QCOMPARE(filters, (QStringList{QStringLiteral("a/b"), QStringLiteral("c/#"), QStringLiteral("d/+")}));
        for (const QString &filter : std::as_const(filters))
            row(panel, filter); // one row each
        QCOMPARE(panel.colorFor(QStringLiteral("c/#")), SubscriptionPanel::defaultColors().at(1));
        QVERIFY(child<QLineEdit>(panel, "filterEdit")->text().isEmpty());
        QVERIFY(child<QLineEdit>(panel, "aliasEdit")->isEnabled());
    }

    void anInvalidFilterAmongSeveralIsNamedAndTheRestSubscribed()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        auto *edit = child<QLineEdit>(panel, "filterEdit");
        auto *error = child<QLabel>(panel, "filterError");
        QTest::keyClicks(edit, QStringLiteral("a/b, x/#/y, d/+"));
        QVERIFY(error->isVisible());
        const QString why = TopicFilter::validate(u"x/#/y").value_or(QString());
        QVERIFY(error->text().contains(QStringLiteral("“x/#/y”")));
        QVERIFY(error->text().contains(why));
        QCOMPARE(panel.errorText(), error->text());
        QVERIFY(child<QPushButton>(panel, "addButton")->isEnabled()); // the valid ones can go
        QTest::keyClick(edit, Qt::Key_Return);

        QCOMPARE(subscribed.count(), 2);
        QCOMPARE(panel.items().size(), 2);
        QCOMPARE(panel.items().at(0).entry.filter, QStringLiteral("a/b"));
        QCOMPARE(panel.items().at(1).entry.filter, QStringLiteral("d/+"));
        QCOMPARE(edit->text(), QStringLiteral("x/#/y")); // the refused one stays, with its reason
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), why);
        QVERIFY(!child<QPushButton>(panel, "addButton")->isEnabled());

        // Two bad ones: each is named.
        edit->setText(QStringLiteral("p#, q/+x"));
        QVERIFY(error->text().contains(QStringLiteral("“p#”")));
        QVERIFY(error->text().contains(QStringLiteral("“q/+x”")));
        panel.submitDraft();
        QCOMPARE(subscribed.count(), 2);
    }

    void surprisingFiltersAreWarnedAboutButSubscribed()
    {
        SubscriptionPanel panel;
        panel.show();
        QSignalSpy subscribed(&panel, &SubscriptionPanel::subscribeRequested);
        auto *edit = child<QLineEdit>(panel, "filterEdit");
        auto *warning = child<QLabel>(panel, "filterWarning");
        QTest::keyClicks(edit, QStringLiteral("sensors/+/temp"));
        QVERIFY(!warning->isVisible());
        QTest::keyClicks(edit, QStringLiteral(" "));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("The filter ends with a space."));
        QCOMPARE(panel.warningText(), warning->text());
        QVERIFY(panel.errorText().isEmpty());
        QTest::mouseClick(child<QPushButton>(panel, "addButton"), Qt::LeftButton);
        QCOMPARE(subscribed.count(), 1);
        QCOMPARE(subscribed.first().first().value<SubscriptionItem>().entry.filter, QStringLiteral("sensors/+/temp "));
        QVERIFY(!warning->isVisible());
        // The row says it too, where the filter is named in full.
        QCOMPARE(child<QLabel>(*row(panel, QStringLiteral("sensors/+/temp ")), "nameLabel")->toolTip(),
                 QStringLiteral("sensors/+/temp \nThe filter ends with a space."));

        // Among several, the spaces around the commas are the separator's; an
        // invisible character is not, and the warning names its filter.
        edit->setText(QStringLiteral("a/b , c\u200b/d,\u00a0e"));
        QCOMPARE(panel.draftFilters(),
                 (QStringList{QStringLiteral("a/b"), QStringLiteral("c\u200b/d"), QStringLiteral("\u00a0e")}));
        QVERIFY(warning->text().contains(
            QStringLiteral("“c\u200b/d”: The filter contains a zero-width space (U+200B) at character 2.")));
        QVERIFY(warning->text().contains(
            QStringLiteral("“\u00a0e”: The filter starts with a non-breaking space (U+00A0).")));
        QVERIFY(!warning->text().contains(QStringLiteral("“a/b”")));

        // A refused filter's warning may be the reason: '#' followed by a space.
        edit->setText(QStringLiteral("sensors/# "));
        QVERIFY(child<QLabel>(panel, "filterError")->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("The filter ends with a space."));
    }

    // The subscriptions pane is often about 185 px wide: the placeholders are
    // cut to what fits, and a wide pane shows the example.
    void placeholdersFitTheNarrowPane_data()
    {
        QTest::addColumn<int>("width");
        QTest::newRow("narrow") << 185;
        QTest::newRow("wide") << 500;
    }

    void placeholdersFitTheNarrowPane()
    {
        QFETCH(int, width);
        SubscriptionPanel panel;
        panel.resize(width, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        for (const char *name : {"filterEdit", "aliasEdit"}) {
            auto *edit = child<QLineEdit>(panel, name);
            const int room = edit->width() - 12; // the frame and the text margins
            QVERIFY(edit->text().isEmpty()); // so the clear button is hidden and leaves its room
            QVERIFY2(
                edit->fontMetrics().horizontalAdvance(edit->placeholderText()) <= room,
                qPrintable(
                    QStringLiteral("%1: \"%2\" in %3 px").arg(QLatin1String(name), edit->placeholderText()).arg(room)));
            QVERIFY(!edit->placeholderText().isEmpty());
            QVERIFY(!edit->toolTip().isEmpty()); // the rest of the explanation
        }
        if (width >= 500)
            QVERIFY(child<QLineEdit>(panel, "filterEdit")->placeholderText().contains(QLatin1String("sensors/+/temp")));
    }

    // A long filter is elided in its row; the row, with its buttons, stays inside the pane.
    void longFiltersFitTheNarrowPane()
    {
        SubscriptionPanel panel;
        panel.resize(185, 600);
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        const QString longFilter = QStringLiteral("factory/hall-7/line-3/station-12/sensors/+/temperature/celsius");
        addByTyping(panel, QStringLiteral("a/#"));
        addByTyping(panel, longFilter);
        auto *list = child<QWidget>(panel, "subscriptionList");
        for (const QString &filter : {QStringLiteral("a/#"), longFilter}) {
            QWidget *r = row(panel, filter);
            QTRY_VERIFY(r->isVisible());
            auto *remove = child<QToolButton>(*r, "removeButton");
            const QRect at(remove->mapTo(list, QPoint(0, 0)), remove->size());
            QVERIFY2(list->rect().contains(at), qPrintable(filter));
        }
        auto *name = child<QLabel>(*row(panel, longFilter), "nameLabel");
        QCOMPARE(name->text(), longFilter); // whole, for the tooltip and accessibility; painted elided
        QVERIFY(name->width() < name->fontMetrics().horizontalAdvance(longFilter));
        QCOMPARE(name->toolTip(), longFilter);
    }

    void focusFilterSelectsTheFieldAndShowsIt()
    {
        SubscriptionPanel panel;
        panel.show();
        QVERIFY(QTest::qWaitForWindowExposed(&panel));
        auto *edit = child<QLineEdit>(panel, "filterEdit");
        QTest::keyClicks(edit, QStringLiteral("old/draft"));
        child<QPushButton>(panel, "sysButton")->setFocus();
        const QColor normal = edit->palette().color(QPalette::Base);
        panel.focusFilter();
        QTRY_VERIFY(edit->hasFocus());
        QCOMPARE(edit->selectedText(), QStringLiteral("old/draft")); // typing replaces it
        QVERIFY(edit->palette().color(QPalette::Base) != normal);
        QTRY_COMPARE_WITH_TIMEOUT(edit->palette().color(QPalette::Base), normal, 5000); // only for a moment
        QTest::keyClicks(edit, QStringLiteral("new/#"));
        QCOMPARE(edit->text(), QStringLiteral("new/#"));
    }
};

QTEST_MAIN(TestSubscriptionPanel)
#include "tst_subscriptionpanel.moc"
