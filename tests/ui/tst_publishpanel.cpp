#include "publishpanel.h"

#include "connectionpage.h"
#include "models/messagelogmodel.h"
#include "mosquittobroker.h"
#include "mqtt/topic.h"
#include "subscriptionpanel.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <functional>
#include <memory>

using namespace Signalbox;
using Signalbox::Test::MosquittoBroker;

class TestPublishPanel : public QObject
{
    Q_OBJECT

private:
    template<typename T>
    static T *child(const PublishPanel &panel, const char *name)
    {
        T *widget = panel.findChild<T *>(QLatin1String(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static void selectFormat(PublishPanel &panel, const QString &name)
    {
        auto *combo = child<QComboBox>(panel, "formatCombo");
        const int index = combo->findText(name);
        QVERIFY(index >= 0);
        combo->setCurrentIndex(index);
    }
    static void ctrlEnter(PublishPanel &panel, Qt::Key key = Qt::Key_Return)
    {
        QTest::keyClick(child<QPlainTextEdit>(panel, "payloadEdit"), key, Qt::ControlModifier);
    }
    static OutgoingMessage onlyMessage(const QSignalSpy &spy) { return spy.first().first().value<OutgoingMessage>(); }
    // Answers the next modal QInputDialog with `text` (as a person typing it and pressing OK).
    static void answerNextDialog(const QString &text)
    {
        QTimer::singleShot(0, [text] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (!dialog)
                qFatal("no input dialog");
            auto *edit = dialog->findChild<QLineEdit *>();
            edit->selectAll();
            QTest::keyClicks(edit, text);
            QTest::keyClick(edit, Qt::Key_Return);
        });
    }
    static void startRepeating(PublishPanel &panel, int intervalMs, int count)
    {
        QTest::mouseClick(child<QCheckBox>(panel, "repeatCheck"), Qt::LeftButton);
        child<QSpinBox>(panel, "repeatIntervalSpin")->setValue(intervalMs);
        child<QSpinBox>(panel, "repeatCountSpin")->setValue(count);
        auto *button = child<QPushButton>(panel, "sendButton");
        QCOMPARE(button->text(), QStringLiteral("Start"));
        QTest::mouseClick(button, Qt::LeftButton);
    }

private slots:
    void initTestCase() { QStandardPaths::setTestModeEnabled(true); }

    void invalidTopicShowsWhyAndSendsNothing()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral("a/+/b"));
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral("hello"));

        auto *error = child<QLabel>(panel, "topicError");
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(), TopicName::validate(u"a/+/b").value_or(QString()));
        QCOMPARE(panel.errorText(), TopicName::validate(u"a/+/b").value_or(QString()));
        QVERIFY(!child<QPushButton>(panel, "sendButton")->isEnabled());
        QVERIFY(!panel.message());

        ctrlEnter(panel);
        panel.send();
        QCOMPARE(spy.count(), 0);
        QVERIFY(panel.history().isEmpty());
    }

    void emptyTopicIsQuietUntilSend()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        QVERIFY(!child<QLabel>(panel, "topicError")->isVisible());
        QVERIFY(!panel.errorText().isEmpty());
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 0);
        QVERIFY(child<QLabel>(panel, "topicError")->isVisible());
    }

    void jsonSendsTheExactBytes()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral("sensors/kitchen/temp"));
        selectFormat(panel, QStringLiteral("JSON"));
        QVERIFY(child<QPushButton>(panel, "prettyButton")->isVisible());
        child<QComboBox>(panel, "qosCombo")->setCurrentIndex(1);
        QTest::mouseClick(child<QCheckBox>(panel, "retainCheck"), Qt::LeftButton);
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"),
                         QStringLiteral("{\"t\": 21.5, \"u\": \"\u00b0C\"}"));
        QVERIFY(child<QPushButton>(panel, "sendButton")->isEnabled());

        ctrlEnter(panel);
        QCOMPARE(spy.count(), 1);
        const OutgoingMessage message = onlyMessage(spy);
        QCOMPARE(message.topic, QStringLiteral("sensors/kitchen/temp"));
        QCOMPARE(message.payload, QByteArray("{\"t\": 21.5, \"u\": \"\xc2\xb0"
                                             "C\"}"));
        QCOMPARE(message.qos, quint8(1));
        QVERIFY(message.retain);
        QVERIFY(message.properties.isEmpty());

        ctrlEnter(panel, Qt::Key_Enter);
        QCOMPARE(spy.count(), 2);
    }

    void invalidJsonIsAnError()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        panel.setTopic(QStringLiteral("a"));
        selectFormat(panel, QStringLiteral("JSON"));
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral("{\"a\": 1,"));
        auto *error = child<QLabel>(panel, "payloadError");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QVERIFY(!child<QPushButton>(panel, "sendButton")->isEnabled());
        QTest::mouseClick(child<QPushButton>(panel, "prettyButton"), Qt::LeftButton);
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("{\"a\": 1,"));
        QVERIFY(error->isVisible());
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 0);
    }

    void formatButtonPrettyPrints()
    {
        PublishPanel panel;
        panel.show();
        panel.setTopic(QStringLiteral("a"));
        selectFormat(panel, QStringLiteral("JSON"));
        panel.setPayloadText(QStringLiteral("{\"b\":1,\"a\":[1.50,2]}"));
        QTest::mouseClick(child<QPushButton>(panel, "prettyButton"), Qt::LeftButton);
        const QString pretty = child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText();
        QVERIFY(pretty.contains(QLatin1Char('\n')));
        QVERIFY(pretty.indexOf(QLatin1String("\"b\"")) < pretty.indexOf(QLatin1String("\"a\""))); // order kept
        QVERIFY(pretty.contains(QLatin1String("1.50")));
        QVERIFY(panel.errorText().isEmpty());
    }

    void hexPayloadDecodes()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        panel.setTopic(QStringLiteral("raw"));
        selectFormat(panel, QStringLiteral("Hex"));
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral("48 65 6c 6c 6f 00 ff"));
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(onlyMessage(spy).payload, QByteArray("Hello\x00\xff", 7));

        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral(" zz"));
        QVERIFY(child<QLabel>(panel, "payloadError")->isVisible());
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 1);
    }

    void base64PayloadDecodes()
    {
        PublishPanel panel;
        panel.setTopic(QStringLiteral("raw"));
        selectFormat(panel, QStringLiteral("Base64"));
        panel.setPayloadText(QStringLiteral("SGVsbG8="));
        const auto message = panel.message();
        QVERIFY(message);
        QCOMPARE(message->payload, QByteArray("Hello"));
    }

    void switchingFormatConvertsTheText()
    {
        PublishPanel panel;
        panel.setTopic(QStringLiteral("t"));
        panel.setPayloadText(QStringLiteral("Hi"));
        selectFormat(panel, QStringLiteral("Hex"));
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("48 69"));
        selectFormat(panel, QStringLiteral("Base64"));
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("SGk="));
        selectFormat(panel, QStringLiteral("Text"));
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("Hi"));
        QCOMPARE(panel.message()->payload, QByteArray("Hi"));
    }

    void v5PropertiesMakeItIntoTheMessage()
    {
        PublishPanel panel;
        panel.show();
        QVERIFY(!child<QGroupBox>(panel, "propertiesGroup")->isVisible());
        QVERIFY(!child<QToolButton>(panel, "propertiesToggle")->isVisible());
        panel.setProtocolVersion(ProtocolVersion::V5);
        QVERIFY(!child<QGroupBox>(panel, "propertiesGroup")->isVisible()); // folded until asked for
        QTest::mouseClick(child<QToolButton>(panel, "propertiesToggle"), Qt::LeftButton);
        QVERIFY(child<QGroupBox>(panel, "propertiesGroup")->isVisible());

        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral("req/lamp"));
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral("on"));
        QTest::keyClicks(child<QLineEdit>(panel, "contentTypeEdit"), QStringLiteral("text/plain"));
        QTest::mouseClick(child<QCheckBox>(panel, "payloadFormatIndicatorCheck"), Qt::LeftButton);
        child<QSpinBox>(panel, "messageExpirySpin")->setValue(60);
        QTest::keyClicks(child<QLineEdit>(panel, "responseTopicEdit"), QStringLiteral("resp/lamp"));
        QTest::keyClicks(child<QLineEdit>(panel, "correlationDataEdit"), QStringLiteral("42"));
        auto *table = child<QTableWidget>(panel, "userPropertiesTable");
        QTest::mouseClick(child<QToolButton>(panel, "addUserPropertyButton"), Qt::LeftButton);
        QTest::mouseClick(child<QToolButton>(panel, "addUserPropertyButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 2);
        table->item(0, 0)->setText(QStringLiteral("room"));
        table->item(0, 1)->setText(QStringLiteral("hall"));
        table->item(1, 0)->setText(QStringLiteral("drop"));
        table->setCurrentCell(1, 0);
        QTest::mouseClick(child<QToolButton>(panel, "removeUserPropertyButton"), Qt::LeftButton);
        QCOMPARE(table->rowCount(), 1);

        ctrlEnter(panel);
        QCOMPARE(spy.count(), 1);
        const Properties p = onlyMessage(spy).properties;
        QCOMPARE(p.string(PropertyId::ContentType), std::optional<QString>(QStringLiteral("text/plain")));
        QCOMPARE(p.integer(PropertyId::PayloadFormatIndicator), std::optional<quint32>(1));
        QCOMPARE(p.integer(PropertyId::MessageExpiryInterval), std::optional<quint32>(60));
        QCOMPARE(p.string(PropertyId::ResponseTopic), std::optional<QString>(QStringLiteral("resp/lamp")));
        QCOMPARE(p.binary(PropertyId::CorrelationData), std::optional<QByteArray>(QByteArray("42")));
        QCOMPARE(p.userProperties(), (QList<UserProperty>{{QStringLiteral("room"), QStringLiteral("hall")}}));
        QVERIFY(!p.contains(PropertyId::TopicAlias));

        panel.setProtocolVersion(ProtocolVersion::V311);
        QVERIFY(panel.message()->properties.isEmpty());
    }

    void invalidResponseTopicBlocksSend()
    {
        PublishPanel panel;
        panel.setProtocolVersion(ProtocolVersion::V5);
        panel.setTopic(QStringLiteral("a"));
        QTest::keyClicks(panel.findChild<QLineEdit *>(QStringLiteral("responseTopicEdit")), QStringLiteral("r/#"));
        QVERIFY(!panel.errorText().isEmpty());
        QVERIFY(!panel.message());
    }

    void utf8IndicatorNeedsAUtf8Payload()
    {
        PublishPanel panel;
        panel.setProtocolVersion(ProtocolVersion::V5);
        panel.setTopic(QStringLiteral("a"));
        selectFormat(panel, QStringLiteral("Hex"));
        panel.setPayloadText(QStringLiteral("ff fe"));
        QVERIFY(panel.message());
        QTest::mouseClick(child<QCheckBox>(panel, "payloadFormatIndicatorCheck"), Qt::LeftButton);
        QVERIFY(!panel.message());
        QVERIFY(!panel.errorText().isEmpty());
        panel.setPayloadText(QStringLiteral("c2 b0"));
        QVERIFY(panel.message());
    }

    void topicAliasAllowsAnEmptyTopicUnderV5()
    {
        PublishPanel panel;
        panel.setPayloadText(QStringLiteral("x"));
        QVERIFY(!panel.message());
        panel.setProtocolVersion(ProtocolVersion::V5);
        child<QSpinBox>(panel, "topicAliasSpin")->setValue(3);
        const auto message = panel.message();
        QVERIFY(message);
        QVERIFY(message->topic.isEmpty());
        QCOMPARE(message->properties.integer(PropertyId::TopicAlias), std::optional<quint32>(3));
    }

    void historyRecallsASentMessage()
    {
        PublishPanel panel;
        panel.show();
        panel.setProtocolVersion(ProtocolVersion::V5);
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        auto *history = child<QComboBox>(panel, "historyCombo");
        QVERIFY(!history->isEnabled());

        panel.setTopic(QStringLiteral("first"));
        selectFormat(panel, QStringLiteral("Hex"));
        panel.setPayloadText(QStringLiteral("01 02"));
        panel.setQos(2);
        panel.setRetain(true);
        child<QSpinBox>(panel, "messageExpirySpin")->setValue(5);
        panel.send();

        selectFormat(panel, QStringLiteral("Text"));
        panel.setTopic(QStringLiteral("second"));
        panel.setPayloadText(QStringLiteral("two"));
        panel.setQos(0);
        panel.setRetain(false);
        child<QSpinBox>(panel, "messageExpirySpin")->setValue(0);
        panel.send();
        QCOMPARE(spy.count(), 2);
        QCOMPARE(history->count(), 2);
        QVERIFY(history->isEnabled());
        QCOMPARE(panel.history().first().message.topic, QStringLiteral("second"));

        emit history->activated(1);
        QCOMPARE(child<QLineEdit>(panel, "topicEdit")->text(), QStringLiteral("first"));
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("01 02"));
        QCOMPARE(panel.payloadFormat(), PayloadFormat::Hex);
        QCOMPARE(child<QComboBox>(panel, "formatCombo")->currentText(), QStringLiteral("Hex"));
        QCOMPARE(child<QComboBox>(panel, "qosCombo")->currentIndex(), 2);
        QVERIFY(child<QCheckBox>(panel, "retainCheck")->isChecked());
        QCOMPARE(child<QSpinBox>(panel, "messageExpirySpin")->value(), 5);

        ctrlEnter(panel);
        QCOMPARE(spy.count(), 3);
        QCOMPARE(spy.at(2).first().value<OutgoingMessage>(), spy.at(0).first().value<OutgoingMessage>());
        QCOMPARE(history->count(), 2); // the same message again moves to the front
        QCOMPARE(panel.history().first().message.topic, QStringLiteral("first"));
    }

    void historyKeepsTheLastFifty()
    {
        PublishPanel panel;
        panel.setTopic(QStringLiteral("n"));
        for (int i = 0; i < 60; ++i) {
            panel.setPayloadText(QString::number(i));
            panel.send();
        }
        QCOMPARE(panel.history().size(), PublishPanel::MaxHistory);
        QCOMPARE(panel.history().first().payloadText, QStringLiteral("59"));
        QCOMPARE(panel.history().last().payloadText, QStringLiteral("10"));
        QCOMPARE(panel.findChild<QComboBox *>(QStringLiteral("historyCombo"))->count(), 50);
    }

    // MQTT allows spaces and invisible characters in topics; a person rarely means them.
    void surprisingTopicsAreWarnedAboutButSent()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        auto *warning = child<QLabel>(panel, "topicWarning");
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral("sensors/temp"));
        QVERIFY(!warning->isVisible());
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral(" "));
        QVERIFY(warning->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("The topic ends with a space."));
        QVERIFY(panel.errorText().isEmpty());
        QVERIFY(child<QPushButton>(panel, "sendButton")->isEnabled());
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 1);
        QCOMPARE(onlyMessage(spy).topic, QStringLiteral("sensors/temp ")); // as typed

        panel.setTopic(QStringLiteral("sensors/\u200btemp"));
        QCOMPARE(warning->text(), QStringLiteral("The topic contains a zero-width space (U+200B) at character 9."));
        panel.setTopic(QStringLiteral("\ufeffsensors"));
        QVERIFY(warning->text().contains(QLatin1String("U+FEFF")));
        // Beside an error the warning may say why.
        panel.setTopic(QStringLiteral("a/b#\u00a0"));
        QVERIFY(child<QLabel>(panel, "topicError")->isVisible());
        QCOMPARE(warning->text(), QStringLiteral("The topic ends with a non-breaking space (U+00A0)."));
        panel.setTopic(QStringLiteral("plain"));
        QVERIFY(!warning->isVisible());
    }

    void repeatSendsTheCountAndNumbersThem()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        QSignalSpy running(&panel, &PublishPanel::repeatingChanged);
        QTest::keyClicks(child<QLineEdit>(panel, "topicEdit"), QStringLiteral("dev/{n}/state"));
        selectFormat(panel, QStringLiteral("JSON"));
        // {n} makes this JSON only once it is a number: valid while repeating.
        QTest::keyClicks(child<QPlainTextEdit>(panel, "payloadEdit"), QStringLiteral("{\"seq\": {n}}"));
        QVERIFY(!panel.errorText().isEmpty());
        QVERIFY(!child<QSpinBox>(panel, "repeatIntervalSpin")->isVisible());
        startRepeating(panel, 10, 5);
        QVERIFY(child<QSpinBox>(panel, "repeatIntervalSpin")->isVisible());
        QVERIFY(panel.isRepeating());
        QCOMPARE(running.count(), 1);
        auto *button = child<QPushButton>(panel, "sendButton");
        QCOMPARE(button->text(), QStringLiteral("Stop"));
        QVERIFY(!child<QSpinBox>(panel, "repeatCountSpin")->isEnabled());
        QCOMPARE(spy.count(), 1); // the first one at once

        QTRY_COMPARE(spy.count(), 5);
        QTRY_VERIFY(!panel.isRepeating());
        QCOMPARE(running.count(), 2);
        QCOMPARE(button->text(), QStringLiteral("Start"));
        QVERIFY(child<QSpinBox>(panel, "repeatCountSpin")->isEnabled());
        QCOMPARE(child<QLabel>(panel, "repeatStatus")->text(), QStringLiteral("sent 5 of 5"));
        for (int i = 0; i < 5; ++i) {
            const auto m = spy.at(i).first().value<OutgoingMessage>();
            QCOMPARE(m.topic, QStringLiteral("dev/%1/state").arg(i + 1));
            QCOMPARE(m.payload, QStringLiteral("{\"seq\": %1}").arg(i + 1).toUtf8());
        }
        QTest::qWait(50);
        QCOMPARE(spy.count(), 5); // and no more
        QCOMPARE(panel.history().size(), 1); // one run, one entry, as typed
        QCOMPARE(panel.history().first().payloadText, QStringLiteral("{\"seq\": {n}}"));

        // Without Repeat, {n} is just text again, and Send sends once.
        QTest::mouseClick(child<QCheckBox>(panel, "repeatCheck"), Qt::LeftButton);
        QCOMPARE(button->text(), QStringLiteral("Send"));
        selectFormat(panel, QStringLiteral("Text"));
        ctrlEnter(panel);
        QCOMPARE(spy.count(), 6);
        QCOMPARE(spy.last().first().value<OutgoingMessage>().topic, QStringLiteral("dev/{n}/state"));
    }

    void stopEndsARunForever()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        panel.setTopic(QStringLiteral("t"));
        panel.setPayloadText(QStringLiteral("x"));
        startRepeating(panel, 10, 0);
        QCOMPARE(child<QSpinBox>(panel, "repeatCountSpin")->text(), QStringLiteral("forever"));
        QTRY_VERIFY(spy.count() >= 3);
        QVERIFY(child<QLabel>(panel, "repeatStatus")->text().startsWith(QLatin1String("sent ")));
        QTest::mouseClick(child<QPushButton>(panel, "sendButton"), Qt::LeftButton); // Stop
        QVERIFY(!panel.isRepeating());
        const qsizetype sent = spy.count();
        QCOMPARE(panel.repeatSent(), qint64(sent));
        QCOMPARE(child<QLabel>(panel, "repeatStatus")->text(), QStringLiteral("stopped after %1").arg(sent));
        QTest::qWait(50);
        QCOMPARE(spy.count(), sent);
    }

    void disconnectingStopsARunAndNoneStartsOffline()
    {
        PublishPanel panel;
        panel.show();
        QSignalSpy spy(&panel, &PublishPanel::publishRequested);
        panel.setTopic(QStringLiteral("t"));
        panel.setPayloadText(QStringLiteral("x"));
        startRepeating(panel, 10, 0);
        QTRY_VERIFY(spy.count() >= 2);
        panel.setConnected(false);
        QVERIFY(!panel.isRepeating());
        QVERIFY(child<QLabel>(panel, "repeatStatus")->text().endsWith(QLatin1String("not connected")));
        auto *button = child<QPushButton>(panel, "sendButton");
        QVERIFY(!button->isEnabled());
        const qsizetype sent = spy.count();
        panel.send();
        ctrlEnter(panel);
        QVERIFY(!panel.isRepeating());
        QCOMPARE(spy.count(), sent);
        panel.setConnected(true);
        QVERIFY(button->isEnabled());
    }

    void destroyingThePanelStopsARun()
    {
        int sent = 0;
        auto panel = std::make_unique<PublishPanel>();
        connect(panel.get(), &PublishPanel::publishRequested, this, [&] { ++sent; });
        panel->setTopic(QStringLiteral("t"));
        panel->setPayloadText(QStringLiteral("x"));
        panel->setRepeat(true);
        panel->setRepeatInterval(10);
        panel->setRepeatCount(0);
        panel->send();
        QVERIFY(panel->isRepeating());
        QTRY_VERIFY(sent >= 2);
        panel.reset();
        const int after = sent;
        QTest::qWait(50);
        QCOMPARE(sent, after);
    }

    void savedMessagesAreSavedLoadedRenamedAndDeleted()
    {
        PublishPanel panel;
        panel.show();
        panel.setProtocolVersion(ProtocolVersion::V5);
        QSignalSpy changed(&panel, &PublishPanel::savedMessagesChanged);
        auto *combo = child<QComboBox>(panel, "savedCombo");
        auto *save = child<QToolButton>(panel, "saveMessageButton");
        QVERIFY(!combo->isEnabled());

        panel.setTopic(QStringLiteral("lab/lamp"));
        selectFormat(panel, QStringLiteral("JSON"));
        panel.setPayloadText(QStringLiteral("{\"on\": true}"));
        panel.setQos(2);
        panel.setRetain(true);
        QTest::keyClicks(child<QLineEdit>(panel, "responseTopicEdit"), QStringLiteral("lab/lamp/ack"));
        answerNextDialog(QStringLiteral("Lamp on"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(panel.savedMessages().size(), 1);
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentText(), QStringLiteral("Lamp on"));
        const SavedMessage saved = panel.savedMessages().first();
        QCOMPARE(saved.name, QStringLiteral("Lamp on"));
        QCOMPARE(saved.message.message.topic, QStringLiteral("lab/lamp"));
        QCOMPARE(saved.message.message.payload, QByteArray("{\"on\": true}"));
        QCOMPARE(saved.message.format, PayloadFormat::Json);
        QCOMPARE(saved.message.message.qos, quint8(2));
        QVERIFY(saved.message.message.retain);
        QCOMPARE(saved.message.message.properties.string(PropertyId::ResponseTopic),
                 std::optional<QString>(QStringLiteral("lab/lamp/ack")));

        // A second one; then the first comes back into the editor from the list.
        panel.setTopic(QStringLiteral("lab/fan"));
        selectFormat(panel, QStringLiteral("Text"));
        panel.setPayloadText(QStringLiteral("off"));
        panel.setQos(0);
        panel.setRetain(false);
        child<QLineEdit>(panel, "responseTopicEdit")->clear();
        answerNextDialog(QStringLiteral("Fan off"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(combo->count(), 2);
        emit combo->activated(0);
        QCOMPARE(child<QLineEdit>(panel, "topicEdit")->text(), QStringLiteral("lab/lamp"));
        QCOMPARE(child<QPlainTextEdit>(panel, "payloadEdit")->toPlainText(), QStringLiteral("{\"on\": true}"));
        QCOMPARE(panel.payloadFormat(), PayloadFormat::Json);
        QCOMPARE(child<QComboBox>(panel, "qosCombo")->currentIndex(), 2);
        QVERIFY(child<QCheckBox>(panel, "retainCheck")->isChecked());
        QCOMPARE(child<QLineEdit>(panel, "responseTopicEdit")->text(), QStringLiteral("lab/lamp/ack"));
        QCOMPARE(combo->currentText(), QStringLiteral("Lamp on"));

        // Saving under the same name replaces it, in its place.
        panel.setPayloadText(QStringLiteral("{\"on\": false}"));
        answerNextDialog(QStringLiteral("Lamp on"));
        QTest::mouseClick(save, Qt::LeftButton);
        QCOMPARE(panel.savedMessages().size(), 2);
        QCOMPARE(panel.savedMessages().at(0).message.payloadText, QStringLiteral("{\"on\": false}"));

        // Rename and delete act on the one chosen in the list.
        auto *rename = panel.findChild<QAction *>(QStringLiteral("renameSavedAction"));
        auto *remove = panel.findChild<QAction *>(QStringLiteral("deleteSavedAction"));
        QVERIFY(rename && remove);
        QVERIFY(rename->isEnabled());
        QCOMPARE(remove->text(), QStringLiteral("Delete “Lamp on”"));
        QVERIFY(save->menu()->actions().contains(rename));
        answerNextDialog(QStringLiteral("Lamp"));
        rename->trigger();
        QCOMPARE(panel.savedMessages().at(0).name, QStringLiteral("Lamp"));
        QCOMPARE(combo->itemText(0), QStringLiteral("Lamp"));
        QVERIFY(!panel.renameSavedMessage(QStringLiteral("Lamp"), QStringLiteral("Fan off"))); // taken
        QVERIFY(!panel.renameSavedMessage(QStringLiteral("Lamp"), QStringLiteral("  ")));
        remove->trigger();
        QCOMPARE(panel.savedMessages().size(), 1);
        QCOMPARE(panel.savedMessages().first().name, QStringLiteral("Fan off"));
        QCOMPARE(combo->count(), 1);
        QCOMPARE(combo->currentIndex(), -1);
        QVERIFY(!remove->isEnabled());
        QVERIFY(!panel.saveMessage(QStringLiteral(" ")));
        QCOMPARE(changed.count(), 5); // two saves, a replacement, a rename, a deletion
    }

    // The required end-to-end run: 1,000 messages at a 10 ms interval through
    // a real connection to mosquitto arrive complete and in order, QoS 1, and
    // the window's event loop runs between every two sends.
    void timedPublishArrivesCompleteAndInOrder()
    {
        MosquittoBroker::Options options;
        options.tls = false;
        options.websockets = false;
        MosquittoBroker broker(options);
        QVERIFY2(broker.start(), qPrintable(broker.errorString()));

        ConnectionProfile profile;
        profile.name = QStringLiteral("timed");
        profile.host = broker.host();
        profile.port = broker.plainPort();
        auto page = std::make_unique<ConnectionPage>(profile);
        page->resize(1280, 800);
        page->show();
        QVERIFY(QTest::qWaitForWindowExposed(page.get()));

        // Subscribe to what we publish, QoS 1, by typing.
        SubscriptionPanel *subs = page->subscriptionPanel();
        QTest::keyClicks(subs->findChild<QLineEdit *>(QStringLiteral("filterEdit")), QStringLiteral("timed/#"));
        subs->findChild<QComboBox *>(QStringLiteral("qosCombo"))->setCurrentIndex(1);
        QTest::mouseClick(subs->findChild<QPushButton *>(QStringLiteral("addButton")), Qt::LeftButton);
        int subscribed = 0; // counted in this thread
        connect(page->client()->events(), &MqttClient::subscribed, this, [&] { ++subscribed; });

        PublishPanel *pub = page->publishPanel();
        auto *start = child<QPushButton>(*pub, "sendButton");
        QTest::keyClicks(child<QLineEdit>(*pub, "topicEdit"), QStringLiteral("timed/seq"));
        QTest::keyClicks(child<QPlainTextEdit>(*pub, "payloadEdit"), QStringLiteral("{n}"));
        child<QComboBox>(*pub, "qosCombo")->setCurrentIndex(1);
        QTest::mouseClick(child<QCheckBox>(*pub, "repeatCheck"), Qt::LeftButton);
        QVERIFY(!start->isEnabled()); // not connected yet

        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(page->client()->state(), MqttClient::State::Connected, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(subscribed, 1, 10000);
        QVERIFY(start->isEnabled());

        // A zero timer counts the turns of the event loop; each send notes the count.
        qint64 turns = 0;
        QTimer heartbeat;
        heartbeat.setInterval(0);
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++turns; });
        heartbeat.start();
        QList<qint64> turnsAtSend;
        connect(pub, &PublishPanel::publishRequested, this, [&] { turnsAtSend.append(turns); });

        auto *interval = child<QSpinBox>(*pub, "repeatIntervalSpin");
        interval->selectAll();
        QTest::keyClicks(interval, QStringLiteral("10"));
        QCOMPARE(interval->value(), 10);
        auto *count = child<QSpinBox>(*pub, "repeatCountSpin");
        count->selectAll();
        QTest::keyClicks(count, QStringLiteral("1000"));
        QCOMPARE(count->value(), 1000);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(pub->isRepeating());
        QCOMPARE(start->text(), QStringLiteral("Stop"));

        // Mid-run, a key press posted to the window (as the platform delivers
        // one) is handled while the run goes on.
        QTRY_VERIFY_WITH_TIMEOUT(pub->repeatSent() >= 100, 30000);
        auto *alias = subs->findChild<QLineEdit *>(QStringLiteral("aliasEdit"));
        QCoreApplication::postEvent(alias,
                                    new QKeyEvent(QEvent::KeyPress, Qt::Key_Z, Qt::NoModifier, QStringLiteral("z")));
        QTRY_COMPARE(alias->text(), QStringLiteral("z"));
        QVERIFY(child<QLabel>(*pub, "repeatStatus")->text().contains(QLatin1String(" of ")));

        QTRY_VERIFY_WITH_TIMEOUT(!pub->isRepeating(), 120000);
        QCOMPARE(pub->repeatSent(), qint64(1000));
        QCOMPARE(turnsAtSend.size(), 1000);
        for (qsizetype i = 1; i < turnsAtSend.size(); ++i)
            QVERIFY2(turnsAtSend.at(i) > turnsAtSend.at(i - 1),
                     qPrintable(QStringLiteral("no turn before send %1").arg(i + 1)));

        MessageLogModel *log = page->logModel();
        const auto received = [log] {
            QList<LogEntry> entries;
            for (int row = 0; row < log->rowCount(); ++row)
                if (log->entry(row).direction == LogEntry::Direction::Received)
                    entries.append(log->entry(row));
            return entries;
        };
        QTRY_COMPARE_WITH_TIMEOUT(received().size(), 1000, 60000);
        const QList<LogEntry> entries = received();
        for (int i = 0; i < 1000; ++i) {
            QCOMPARE(entries.at(i).message.payload, QByteArray::number(i + 1));
            QCOMPARE(entries.at(i).message.qos, quint8(1));
            QCOMPARE(entries.at(i).message.topic, QStringLiteral("timed/seq"));
        }

        // Disconnecting stops a run for ever; closing the page then is quiet.
        pub->setRepeatCount(0);
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(pub->isRepeating());
        QTRY_VERIFY(pub->repeatSent() >= 3);
        QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("connectButton")), Qt::LeftButton);
        QTRY_VERIFY(!pub->isRepeating());
        QVERIFY(child<QLabel>(*pub, "repeatStatus")->text().endsWith(QLatin1String("not connected")));
        page.reset();
        QTest::qWait(50);
    }
};

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
