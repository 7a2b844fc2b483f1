#pragma once

#include "mqtt/message.h"
#include "mqtt/mqtt.h"
#include "payload/payloadformat.h"
#include "profiles/connectionworkspace.h"

#include <QList>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QToolButton;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace Signalbox {

// Composes a message: topic (validated as typed), QoS, retain, payload format
// (Text, JSON, Hex, Base64), the payload editor, MQTT 5 properties (content
// type, payload format indicator, message expiry, topic alias, response topic,
// correlation data, user properties; hidden under 3.x), and a history of sent
// messages to recall. Ctrl+Enter or the Send button emits publishRequested()
// with a valid message; an invalid topic or payload shows why and emits nothing.
// Under 5.0 an empty topic is allowed when a topic alias is set (MQTT 5.0 §3.3.2.3.4).
class PublishPanel : public QWidget
{
    Q_OBJECT
public:
    // One sent message as the user typed it, for recall.
    using HistoryEntry = PublishHistoryEntry;
    static constexpr qsizetype MaxHistory = ConnectionWorkspace::MaxHistory;

    explicit PublishPanel(QWidget *parent = nullptr);
    void setProtocolVersion(ProtocolVersion version);
    void setTopic(const QString &topic);
    void setPayloadText(const QString &text);
    // Text, Json, Hex or Base64; the editor's text is converted when the bytes allow it.
    void setPayloadFormat(PayloadFormat format);
    PayloadFormat payloadFormat() const;
    void setQos(int qos);
    void setRetain(bool retain);
    QString errorText() const; // what is wrong now, "" if sendable
    // Builds the message as Send would; std::nullopt (and errorText()) if invalid.
    std::optional<OutgoingMessage> message() const;
    void send(); // what Ctrl+Enter does

    // Newest first, at most MaxHistory; sending a message already there moves it to the front.
    QList<HistoryEntry> history() const { return m_history; }
    void setHistory(const QList<HistoryEntry> &history);
    // Puts history entry `index` back into the editor (topic, payload, format, QoS, retain, properties).
    void recall(int index);

signals:
    void publishRequested(const Signalbox::OutgoingMessage &message);
    // Sending changed history().
    void historyChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void buildPropertiesGroup();
    void formatChanged(int index);
    void prettyPrint();
    void revalidate();
    QString topicError() const;
    QString payloadError() const;
    QString propertiesError() const;
    Properties properties() const;
    void setProperties(const Properties &properties);
    void addUserPropertyRow(const QString &name = {}, const QString &value = {});
    void rebuildHistoryCombo();
    void updateErrorColors();

    ProtocolVersion m_version = ProtocolVersion::V311;
    PayloadFormat m_format = PayloadFormat::Text;
    QList<HistoryEntry> m_history;
    QString m_formatError; // from the last "Format" press, until the text changes

    QLineEdit *m_topicEdit = nullptr;
    QLabel *m_topicError = nullptr;
    QComboBox *m_qosCombo = nullptr;
    QCheckBox *m_retainCheck = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QPushButton *m_prettyButton = nullptr;
    QComboBox *m_historyCombo = nullptr;
    QPlainTextEdit *m_payloadEdit = nullptr;
    QLabel *m_payloadError = nullptr;
    QPushButton *m_sendButton = nullptr;

    QGroupBox *m_propertiesGroup = nullptr;
    QToolButton *m_propertiesToggle = nullptr;
    QLineEdit *m_contentTypeEdit = nullptr;
    QCheckBox *m_utf8Check = nullptr;
    QSpinBox *m_expirySpin = nullptr;
    QSpinBox *m_topicAliasSpin = nullptr;
    QLineEdit *m_responseTopicEdit = nullptr;
    QLineEdit *m_correlationEdit = nullptr;
    QTableWidget *m_userPropertiesTable = nullptr;
    QLabel *m_propertiesError = nullptr;
};

} // namespace Signalbox
