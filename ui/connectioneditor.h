#pragma once

#include "client/connectionprofile.h"
#include "payload/payloadformat.h"

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTableWidget;
class QTabWidget;

namespace Signalbox {

// Edits one connection profile in tabs: General, TLS, WebSocket, MQTT 5,
// Will, Advanced. Problems are checked as the user types
// (ConnectionProfile::validate() plus the fields' own checks: port range,
// number formats) and listed in red under the tabs; OK stays disabled while
// there are any.
//
// profile() returns the edited profile with the id, and what the dialog does
// not show (will properties other than delay, expiry and content type), kept
// from the profile given; so are the reconnect multiplier and jitter while
// their boxes still show the value they were given (the boxes round). The will
// payload and the authentication data are bytes: shown as text when they are
// UTF-8 the edit keeps as it is (no control characters but tab, and newline in
// the will), otherwise as hex, with a Text/Hex format box beside each that
// converts what is shown (bytes that are not such text stay hex, with a note
// saying so); the bytes come back unchanged. Hex may start with "0x"; hex that
// does not decode is a problem (the will payload only while the will is on)
// and gives an empty array. Passwords and passphrases typed here are part of
// it; the caller hands them to SecretStore. Under MQTT 3.1 and 3.1.1 the MQTT 5
// tab (authentication included) and the will properties are disabled and not
// part of the returned profile (they would not be sent).
//
// Widgets carry object names (host, port, clientId, caFile, problems ...) for
// tests and accessibility tools.
class ConnectionEditor : public QDialog
{
    Q_OBJECT
public:
    explicit ConnectionEditor(const ConnectionProfile &profile, QWidget *parent = nullptr);
    // Disconnects the Host field first: destroying the dialog takes its focus
    // away, and editingFinished would reach a half-destroyed editor.
    ~ConnectionEditor() override;

    ConnectionProfile profile() const;
    // Where passwords go (MainWindow says, from SecretStore::isAvailable()):
    // the password fields' placeholders say so.
    static void setKeychainAvailable(bool available);
    static bool keychainAvailable();
    // The sentences shown under the tabs; empty when the profile can be saved.
    QStringList problems() const;

    // The groups offered in the group box (it also takes a new name).
    void setGroups(const QStringList &groups);

private:
    QWidget *createGeneralTab();
    QWidget *createTlsTab();
    QWidget *createWebSocketTab();
    QWidget *createMqtt5Tab();
    QWidget *createWillTab();
    QWidget *createAdvancedTab();
    QWidget *fileField(QLineEdit *edit, const QString &title, const QString &filter);

    void setFields(const ConnectionProfile &profile);
    void applyPreset(int index);
    void schemeChanged();
    bool fillFromUrl(const QString &text);
    void versionChanged();
    void revalidate();
    void payloadFormatChanged(QComboBox *combo, PayloadFormat &shown, QWidget *edit, QLabel *note);
    std::optional<quint16> portValue() const;
    TransportScheme currentScheme() const;
    ProtocolVersion currentVersion() const;

    ConnectionProfile m_base;
    TransportScheme m_lastScheme = TransportScheme::Tcp;
    bool m_settingFields = false;
    QString m_hostTextBefore; // to tell a paste from a key
    bool m_nameTyped = false; // the user typed the name in this dialog: a preset keeps it

    QTabWidget *m_tabs = nullptr;
    QLabel *m_problemsLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;

    // General
    QLineEdit *m_name = nullptr;
    QComboBox *m_group = nullptr;
    QComboBox *m_preset = nullptr;
    QLabel *m_presetNote = nullptr;
    QComboBox *m_scheme = nullptr;
    QLineEdit *m_host = nullptr;
    QLineEdit *m_port = nullptr;
    QLineEdit *m_generalPath = nullptr;
    QLineEdit *m_socketPath = nullptr;
    QComboBox *m_version = nullptr;
    QLineEdit *m_clientId = nullptr;
    QCheckBox *m_keepHistory = nullptr;
    QSpinBox *m_historyLimit = nullptr;
    QCheckBox *m_cleanStart = nullptr;
    QSpinBox *m_keepAlive = nullptr;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_password = nullptr;

    // TLS
    QCheckBox *m_systemCa = nullptr;
    QLineEdit *m_caFile = nullptr;
    QLineEdit *m_certificateFile = nullptr;
    QLineEdit *m_keyFile = nullptr;
    QLineEdit *m_keyPassphrase = nullptr;
    QLineEdit *m_serverName = nullptr;
    QLineEdit *m_alpn = nullptr;
    QCheckBox *m_allowInsecure = nullptr;
    QLineEdit *m_caDirectory = nullptr;
    QComboBox *m_tlsVersion = nullptr;
    QLineEdit *m_ciphers = nullptr;
    QLineEdit *m_pskIdentity = nullptr;
    QLineEdit *m_psk = nullptr; // hex
    QLabel *m_insecureWarning = nullptr;

    // WebSocket
    QLineEdit *m_webSocketPath = nullptr;

    // MQTT 5
    QWidget *m_mqtt5Page = nullptr;
    QLineEdit *m_sessionExpiry = nullptr;
    QSpinBox *m_receiveMaximum = nullptr;
    QSpinBox *m_topicAliasMaximum = nullptr;
    QSpinBox *m_maximumPacketSize = nullptr;
    QCheckBox *m_requestResponseInformation = nullptr;
    QCheckBox *m_requestProblemInformation = nullptr;
    QTableWidget *m_userProperties = nullptr;
    QComboBox *m_authenticationMethod = nullptr; // editable: the built-in methods, or any name
    QLineEdit *m_authenticationData = nullptr;
    QComboBox *m_authenticationDataFormat = nullptr;
    QLabel *m_authenticationDataNote = nullptr;
    PayloadFormat m_authenticationDataShown = PayloadFormat::Text;

    // Will
    QCheckBox *m_willEnabled = nullptr;
    QLineEdit *m_willTopic = nullptr;
    QPlainTextEdit *m_willPayload = nullptr;
    QComboBox *m_willPayloadFormat = nullptr;
    QLabel *m_willPayloadNote = nullptr;
    PayloadFormat m_willPayloadShown = PayloadFormat::Text;
    QComboBox *m_willQos = nullptr;
    QCheckBox *m_willRetain = nullptr;
    QWidget *m_willProperties = nullptr;
    QSpinBox *m_willDelay = nullptr;
    QSpinBox *m_willExpiry = nullptr;
    QLineEdit *m_willContentType = nullptr;

    // Advanced
    QSpinBox *m_connectTimeout = nullptr;
    QCheckBox *m_reconnect = nullptr;
    QSpinBox *m_reconnectInitial = nullptr;
    QSpinBox *m_reconnectMaximum = nullptr;
    QSpinBox *m_reconnectAttempts = nullptr;
    QDoubleSpinBox *m_reconnectMultiplier = nullptr;
    QDoubleSpinBox *m_reconnectJitter = nullptr; // percent
    double m_shownMultiplier = 0; // as set from m_base, to tell an unchanged box
    double m_shownJitter = 0;
};

} // namespace Signalbox
