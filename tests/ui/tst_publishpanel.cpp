#include "publishpanel.h"

#include "mqtt/topic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QToolButton>

using namespace Signalbox;

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

private slots:
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
};

QTEST_MAIN(TestPublishPanel)
#include "tst_publishpanel.moc"
