#pragma once

#include "mqtt/message.h"
#include "mqtt/mqtt.h"
#include "payload/payloadformat.h"
#include "profiles/connectionworkspace.h"

#include <QList>
#include <QTimer>
#include <QWidget>

#include <functional>
#include <optional>

class QAction;
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
// messages to recall, and a library of messages saved under a name. Ctrl+Enter
// or the Send button emits publishRequested() with a valid message; an invalid
// topic or payload shows why and emits nothing. Under 5.0 an empty topic is
// allowed when a topic alias is set (MQTT 5.0 §3.3.2.3.4). A topic with
// surprising whitespace or invisible characters gets a warning beside it
// (TopicName::whitespaceWarning()) and is sent as typed.
//
// Repeating ("Repeat" checked): Send becomes Start and publishes the message
// now and then every repeatInterval() ms, repeatCount() times (0: until
// stopped), from a timer on the GUI thread, so that the window stays responsive;
// the button becomes Stop and a label counts "sent 312 of 1000". The message is
// taken once, at the start: editing during a run changes nothing. While
// repeating, "{n}" in the topic and in a Text or JSON payload becomes the
// message's number (1, 2, 3 …). setConnected(false) stops a run and keeps
// new ones from starting; so does destroying the panel.
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
    // What Ctrl+Enter and the Send button do: publish once, or with Repeat
    // checked start a run (or stop the one running).
    void send();

    static constexpr int MinRepeatIntervalMs = 10;
    static constexpr int MaxRepeatIntervalMs = 10 * 60 * 1000; // ten minutes
    static constexpr int MaxRepeatCount = 999'999;
    void setRepeat(bool repeat); // checks "Repeat"
    bool repeat() const;
    void setRepeatInterval(int ms); // at least MinRepeatIntervalMs
    int repeatInterval() const;
    void setRepeatCount(int count); // 0: until stopped
    int repeatCount() const;
    bool isRepeating() const { return m_repeatTimer.isActive(); }
    qint64 repeatSent() const { return m_repeatSent; } // by the running (or last) run
    void stopRepeating();
    // What happens to a message on a topic between Send and the wire, from the
    // connection's payload bindings: a script whose publish() runs on it (its
    // name), and what can encode a JSON payload for it ("Protobuf sensors.Reading",
    // "Sparkplug B"); empty when none. The panel says so under the payload, and
    // offers "Encode the JSON as …" (checked until unchecked).
    struct Pipeline
    {
        QString script;
        QString encoder;
    };
    void setPipelineLookup(std::function<Pipeline(const QString &topic)> lookup);
    void refreshPipeline(); // the bindings changed
    // Whether a message sent now is to be encoded (the box is shown and checked).
    bool encodes() const;
    void setEncodes(bool encode);
    // A message of this panel's was not sent after all (a script or encoding
    // error, reported by the connection): the reason is shown under the payload,
    // and a repeat run stops.
    void showSendError(const QString &error);

    // Whether the connection is up (true until told otherwise): going down
    // stops a run, and a run starts only while it is up.
    void setConnected(bool connected);

    // The library of saved messages, in the user's order.
    QList<SavedMessage> savedMessages() const { return m_saved; }
    void setSavedMessages(const QList<SavedMessage> &messages);
    // Saves what the editor holds now (valid or not) under `name` (trimmed),
    // replacing a saved message of that name; false for an empty name.
    bool saveMessage(const QString &name);
    // Puts the saved message back into the editor; false if there is none of that name.
    bool loadSavedMessage(const QString &name);
    // False (and nothing changes) when `from` is not saved, or `to` is empty or taken.
    bool renameSavedMessage(const QString &from, const QString &to);
    void removeSavedMessage(const QString &name);

    // Newest first, at most MaxHistory; sending a message already there moves it to the front.
    QList<HistoryEntry> history() const { return m_history; }
    void setHistory(const QList<HistoryEntry> &history);
    // Puts history entry `index` back into the editor (topic, payload, format, QoS, retain, properties).
    void recall(int index);

signals:
    void publishRequested(const Signalbox::OutgoingMessage &message);
    // Sending changed history().
    void historyChanged();
    void savedMessagesChanged();
    void repeatingChanged(bool repeating);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void buildPropertiesGroup();
    void buildSavedControls();
    void buildRepeatControls();
    void loadEntry(const HistoryEntry &entry);
    HistoryEntry currentEntry() const;
    void remember(const HistoryEntry &entry);
    QString numbered(const QString &text, qint64 n) const;
    void startRepeating();
    void repeatTick();
    void finishRepeating(const QString &status);
    void updateSendButton();
    void rebuildSavedCombo(const QString &current = {});
    void updateSavedMenu();
    void askToSave();
    void askToRename();
    void confirmRemove();
    void formatChanged(int index);
    void prettyPrint();
    void revalidate();
    QString topicError() const;
    QString payloadError() const;
    // The payload editor's text, with "{n}" as `n` while Repeat is checked and the format is Text or JSON.
    QString payloadText(qint64 n) const;
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
    QList<SavedMessage> m_saved;
    bool m_connected = true;
    QTimer m_repeatTimer;
    HistoryEntry m_repeatEntry; // what the run sends, "{n}" not yet replaced
    qint64 m_repeatTotal = 0; // 0: until stopped
    qint64 m_repeatSent = 0;

    QLineEdit *m_topicEdit = nullptr;
    QLabel *m_topicError = nullptr;
    QLabel *m_topicWarning = nullptr;
    QComboBox *m_qosCombo = nullptr;
    QCheckBox *m_retainCheck = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QPushButton *m_prettyButton = nullptr;
    QComboBox *m_historyCombo = nullptr;
    QPlainTextEdit *m_payloadEdit = nullptr;
    QLabel *m_payloadError = nullptr;
    QPushButton *m_sendButton = nullptr;
    QCheckBox *m_encodeCheck = nullptr;
    QLabel *m_scriptNote = nullptr;
    std::function<Pipeline(const QString &topic)> m_pipelineLookup;
    Pipeline m_pipeline;
    QCheckBox *m_repeatCheck = nullptr;
    QSpinBox *m_intervalSpin = nullptr;
    QSpinBox *m_countSpin = nullptr;
    QLabel *m_repeatStatus = nullptr;
    QComboBox *m_savedCombo = nullptr;
    QToolButton *m_saveButton = nullptr;
    QAction *m_renameSavedAction = nullptr;
    QAction *m_deleteSavedAction = nullptr;

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
