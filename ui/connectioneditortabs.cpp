// ConnectionEditor's tabs: the widgets of each page (General, TLS, WebSocket,
// MQTT 5, Will, Advanced), their labels and object names, and the signals that
// work within a page (the Generate menu, Browse buttons, user property rows,
// enabling what a check box switches on).

#include "connectioneditor.h"

#include "client/authenticator.h"
#include "client/clientid.h"
#include "editorfields.h"
#include "profiles/brokerpresets.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

namespace Signalbox {

using namespace EditorFields;

QWidget *ConnectionEditor::createGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_name = lineEdit(QStringLiteral("name"), tr("Shown in the sidebar"));
    form->addRow(tr("&Name:"), m_name);
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_nameTyped = true; });

    m_group = new QComboBox;
    m_group->setObjectName(QStringLiteral("group"));
    m_group->setEditable(true);
    m_group->setInsertPolicy(QComboBox::NoInsert);
    m_group->setToolTip(tr("The folder in the sidebar; type a new name to make one."));
    form->addRow(tr("&Group:"), m_group);

    m_preset = new QComboBox;
    m_preset->setObjectName(QStringLiteral("preset"));
    m_preset->addItem(tr("Choose a public test broker…"));
    const QList<BrokerPreset> presets = brokerPresets();
    for (const BrokerPreset &preset : presets) {
        if (preset.gone)
            break; // the gone ones come last (brokerPresets()), so an item's index is its preset's
        m_preset->addItem(tr("%1 — %2").arg(preset.name, preset.host));
        m_preset->setItemData(m_preset->count() - 1, preset.note, Qt::ToolTipRole);
    }
    m_presetNote = new QLabel;
    m_presetNote->setObjectName(QStringLiteral("presetNote"));
    m_presetNote->setWordWrap(true);
    m_presetNote->setVisible(false);
    connect(m_preset, &QComboBox::activated, this, &ConnectionEditor::applyPreset);
    form->addRow(tr("&Preset:"), m_preset);
    form->addRow(QString(), m_presetNote);

    m_scheme = new QComboBox;
    m_scheme->setObjectName(QStringLiteral("scheme"));
    for (TransportScheme scheme : {TransportScheme::Tcp, TransportScheme::Tls, TransportScheme::WebSocket,
                                   TransportScheme::SecureWebSocket, TransportScheme::Unix})
        m_scheme->addItem(schemeName(scheme) + QLatin1String("://"), QVariant::fromValue(int(scheme)));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ConnectionEditor::schemeChanged);
    m_host = lineEdit(QStringLiteral("host"), tr("broker.example.com"));
    // Typing another host leaves the preset. A URL fills the address when it
    // is pasted (the text grew by more than a key's worth) or when typing ends.
    connect(m_host, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (m_preset->currentIndex() > 0) {
            m_preset->setCurrentIndex(0);
            m_presetNote->setVisible(false);
        }
        const bool pasted = text.size() > m_hostTextBefore.size() + 1;
        m_hostTextBefore = text;
        if (pasted && text.contains(QLatin1String("://")))
            fillFromUrl(text);
    });
    connect(m_host, &QLineEdit::editingFinished, this, [this] {
        if (m_host->text().contains(QLatin1String("://")))
            fillFromUrl(m_host->text());
    });
    m_port = lineEdit(QStringLiteral("port"));
    m_port->setClearButtonEnabled(false);
    m_port->setMaximumWidth(90);
    auto *address = new QHBoxLayout;
    address->addWidget(m_scheme);
    address->addWidget(m_host, 1);
    address->addWidget(new QLabel(QStringLiteral(":")));
    address->addWidget(m_port);
    // A row holding a layout gets a label without a buddy: give it one so that
    // the '&' becomes a mnemonic instead of showing.
    auto *hostLabel = new QLabel(tr("&Host:"), this);
    hostLabel->setBuddy(m_host);
    form->addRow(hostLabel, address);

    m_generalPath = lineEdit(QStringLiteral("generalWebSocketPath"), QStringLiteral("/mqtt"));
    form->addRow(tr("WebSocket &path:"), m_generalPath);
    m_socketPath = lineEdit(QStringLiteral("socketPath"),
                            tr("unix://: the broker's socket, e.g. /run/mosquitto/mqtt.sock"));
    form->addRow(tr("&Socket:"), m_socketPath);

    m_version = new QComboBox;
    m_version->setObjectName(QStringLiteral("protocolVersion"));
    for (ProtocolVersion version : {ProtocolVersion::V31, ProtocolVersion::V311, ProtocolVersion::V5})
        m_version->addItem(protocolVersionName(version), QVariant::fromValue(int(version)));
    connect(m_version, &QComboBox::currentIndexChanged, this, &ConnectionEditor::versionChanged);
    form->addRow(tr("MQTT &version:"), m_version);

    m_clientId = lineEdit(QStringLiteral("clientId"), tr("Empty: a random one at each connect"));
    auto *generate = new QToolButton;
    generate->setObjectName(QStringLiteral("generateClientId"));
    generate->setText(tr("Generate"));
    generate->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(generate);
    const auto addStyle = [this, menu](const QString &text, ClientIdStyle style, const QString &name) {
        QAction *action = menu->addAction(text, this, [this, style] { m_clientId->setText(generateClientId(style)); });
        action->setObjectName(name);
    };
    addStyle(tr("Random, with the prefix “signalbox-”"), ClientIdStyle::RandomWithPrefix,
             QStringLiteral("generateRandom"));
    addStyle(tr("UUID (36 characters, not for MQTT 3.1)"), ClientIdStyle::Uuid, QStringLiteral("generateUuid"));
    addStyle(tr("From this computer's MAC address"), ClientIdStyle::MacAddress, QStringLiteral("generateMac"));
    generate->setMenu(menu);
    auto *clientIdRow = new QHBoxLayout;
    clientIdRow->addWidget(m_clientId, 1);
    clientIdRow->addWidget(generate);
    auto *clientIdLabel = new QLabel(tr("&Client ID:"), this);
    clientIdLabel->setBuddy(m_clientId);
    form->addRow(clientIdLabel, clientIdRow);

    m_cleanStart = checkBox(tr("Clean start (forget the previous session)"), QStringLiteral("cleanStart"));
    form->addRow(QString(), m_cleanStart);
    m_keepHistory = checkBox(tr("Keep the message history on disk, up to"), QStringLiteral("keepHistory"));
    m_historyLimit = spinBox(1, 1024 * 1024, QStringLiteral("historyLimitMb"), tr(" MB"));
    m_historyLimit->setToolTip(
        tr("The received messages are stored with the session and shown again at the next start."));
    m_keepHistory->setToolTip(m_historyLimit->toolTip());
    auto *historyRow = new QHBoxLayout;
    historyRow->addWidget(m_keepHistory);
    historyRow->addWidget(m_historyLimit);
    historyRow->addStretch();
    form->addRow(QString(), historyRow);
    m_keepAlive = spinBox(0, 65535, QStringLiteral("keepAlive"), tr(" s"));
    m_keepAlive->setSpecialValueText(tr("Off"));
    form->addRow(tr("&Keep alive:"), m_keepAlive);

    m_username = lineEdit(QStringLiteral("username"));
    form->addRow(tr("&User name:"), m_username);
    m_password = lineEdit(QStringLiteral("password"), ConnectionEditor::keychainAvailable()
                                                          ? tr("Kept in the system keychain")
                                                          : tr("Kept until you quit (no keychain)"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pass&word:"), m_password);
    return page;
}

QWidget *ConnectionEditor::fileField(QLineEdit *edit, const QString &title, const QString &filter)
{
    auto *row = new QWidget;
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto *browse = new QPushButton(tr("Browse…"));
    browse->setObjectName(edit->objectName() + QLatin1String("Browse"));
    connect(browse, &QPushButton::clicked, this, [this, edit, title, filter] {
        const QString file = QFileDialog::getOpenFileName(this, title, edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(browse);
    return row;
}

QWidget *ConnectionEditor::createTlsTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *hint = new QLabel(tr("Used by mqtts:// and wss:// connections."));
    hint->setWordWrap(true);
    form->addRow(hint);

    const QString pem = tr("Certificates (*.pem *.crt *.cer);;All files (*)");
    m_systemCa = checkBox(tr("Trust the system's certificate authorities"), QStringLiteral("systemCa"));
    form->addRow(QString(), m_systemCa);
    m_caFile = lineEdit(QStringLiteral("caFile"), tr("PEM file with extra CA certificates"));
    form->addRow(tr("&CA file:"), fileField(m_caFile, tr("CA certificates"), pem));
    m_caDirectory = lineEdit(QStringLiteral("caDirectory"), tr("Every certificate in this folder is trusted"));
    auto *caDirectoryRow = new QWidget;
    auto *caDirectoryLayout = new QHBoxLayout(caDirectoryRow);
    caDirectoryLayout->setContentsMargins(0, 0, 0, 0);
    caDirectoryLayout->addWidget(m_caDirectory, 1);
    auto *browseDirectory = new QPushButton(tr("Browse…"));
    browseDirectory->setObjectName(QStringLiteral("caDirectoryBrowse"));
    connect(browseDirectory, &QPushButton::clicked, this, [this] {
        const QString dir = QFileDialog::getExistingDirectory(this, tr("CA certificates"), m_caDirectory->text());
        if (!dir.isEmpty())
            m_caDirectory->setText(dir);
    });
    caDirectoryLayout->addWidget(browseDirectory);
    form->addRow(tr("CA &directory:"), caDirectoryRow);
    m_certificateFile = lineEdit(QStringLiteral("certificateFile"), tr("PEM client certificate"));
    form->addRow(tr("Client c&ertificate:"), fileField(m_certificateFile, tr("Client certificate"), pem));
    m_keyFile = lineEdit(QStringLiteral("keyFile"), tr("PEM private key"));
    form->addRow(tr("Private &key:"), fileField(m_keyFile, tr("Private key"), tr("Keys (*.pem *.key);;All files (*)")));
    m_keyPassphrase = lineEdit(QStringLiteral("keyPassphrase"), ConnectionEditor::keychainAvailable()
                                                                    ? tr("Kept in the system keychain")
                                                                    : tr("Kept until you quit (no keychain)"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Key &passphrase:"), m_keyPassphrase);
    m_serverName = lineEdit(QStringLiteral("serverName"), tr("Empty: the host name"));
    form->addRow(tr("&Server name (SNI):"), m_serverName);
    m_alpn = lineEdit(QStringLiteral("alpn"), tr("Comma-separated, e.g. mqtt"));
    form->addRow(tr("&ALPN:"), m_alpn);
    m_tlsVersion = new QComboBox;
    m_tlsVersion->setObjectName(QStringLiteral("tlsVersion"));
    m_tlsVersion->addItem(tr("TLS 1.2 or later"), int(TlsVersion::Any));
    m_tlsVersion->addItem(tr("TLS 1.2 only"), int(TlsVersion::Tls12));
    m_tlsVersion->addItem(tr("TLS 1.3 only"), int(TlsVersion::Tls13));
    form->addRow(tr("TLS &version:"), m_tlsVersion);
    m_ciphers = lineEdit(QStringLiteral("ciphers"), tr("OpenSSL names separated by ':'; empty: the defaults"));
    form->addRow(tr("C&iphers:"), m_ciphers);
    m_pskIdentity = lineEdit(QStringLiteral("pskIdentity"), tr("TLS-PSK instead of certificates"));
    form->addRow(tr("PSK i&dentity:"), m_pskIdentity);
    m_psk = lineEdit(QStringLiteral("psk"), ConnectionEditor::keychainAvailable()
                                                ? tr("Hex; kept in the system keychain")
                                                : tr("Hex; kept until you quit (no keychain)"));
    m_psk->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Pre-shared &key:"), m_psk);

    m_allowInsecure = checkBox(tr("Allow insecure connections (accept any certificate)"),
                               QStringLiteral("allowInsecure"));
    form->addRow(QString(), m_allowInsecure);
    m_insecureWarning = new QLabel(tr("Anyone between you and the broker can read and change the traffic: the broker's "
                                      "certificate is not checked. Use this only for testing."));
    m_insecureWarning->setObjectName(QStringLiteral("insecureWarning"));
    m_insecureWarning->setWordWrap(true);
    QPalette palette = m_insecureWarning->palette();
    palette.setColor(QPalette::WindowText, errorTextColor());
    m_insecureWarning->setPalette(palette);
    m_insecureWarning->setVisible(false);
    connect(m_allowInsecure, &QCheckBox::toggled, m_insecureWarning, &QWidget::setVisible);
    form->addRow(QString(), m_insecureWarning);
    return page;
}

QWidget *ConnectionEditor::createWebSocketTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    auto *hint = new QLabel(tr("Used by ws:// and wss:// connections, with the “mqtt” subprotocol."));
    hint->setWordWrap(true);
    form->addRow(hint);
    m_webSocketPath = lineEdit(QStringLiteral("webSocketPath"), QStringLiteral("/mqtt"));
    form->addRow(tr("&Path:"), m_webSocketPath);
    // The same value is shown on the General tab.
    connect(m_webSocketPath, &QLineEdit::textChanged, this,
            [this](const QString &text) { setIfDifferent(m_generalPath, text); });
    connect(m_generalPath, &QLineEdit::textChanged, this,
            [this](const QString &text) { setIfDifferent(m_webSocketPath, text); });
    return page;
}

QWidget *ConnectionEditor::createMqtt5Tab()
{
    m_mqtt5Page = new QWidget;
    auto *form = new QFormLayout(m_mqtt5Page);
    m_sessionExpiry = lineEdit(QStringLiteral("sessionExpiry"), tr("Empty: not sent (ends with the connection)"));
    m_sessionExpiry->setToolTip(tr("Seconds; 4294967295 never expires."));
    form->addRow(tr("Session &expiry (s):"), m_sessionExpiry);
    m_receiveMaximum = spinBox(0, 65535, QStringLiteral("receiveMaximum"));
    m_receiveMaximum->setSpecialValueText(tr("Not sent (65535)"));
    form->addRow(tr("&Receive maximum:"), m_receiveMaximum);
    m_topicAliasMaximum = spinBox(0, 65535, QStringLiteral("topicAliasMaximum"));
    m_topicAliasMaximum->setSpecialValueText(tr("None"));
    form->addRow(tr("&Topic alias maximum:"), m_topicAliasMaximum);
    m_maximumPacketSize = spinBox(0, MaxSpin, QStringLiteral("maximumPacketSize"), tr(" bytes"));
    m_maximumPacketSize->setSpecialValueText(tr("No limit"));
    form->addRow(tr("&Maximum packet size:"), m_maximumPacketSize);
    m_requestResponseInformation = checkBox(tr("Request response information"),
                                            QStringLiteral("requestResponseInformation"));
    form->addRow(QString(), m_requestResponseInformation);
    m_requestProblemInformation = checkBox(tr("Request problem information"),
                                           QStringLiteral("requestProblemInformation"));
    form->addRow(QString(), m_requestProblemInformation);

    // The methods the client answers by itself (SCRAM-SHA-1, SCRAM-SHA-256,
    // with the user name and password of the General tab), or any other name.
    m_authenticationMethod = new QComboBox;
    m_authenticationMethod->setObjectName(QStringLiteral("authenticationMethod"));
    m_authenticationMethod->setEditable(true);
    m_authenticationMethod->setInsertPolicy(QComboBox::NoInsert);
    m_authenticationMethod->addItems(Authenticators::methods());
    m_authenticationMethod->setCurrentIndex(-1);
    m_authenticationMethod->lineEdit()->setPlaceholderText(tr("Empty: no enhanced authentication"));
    m_authenticationMethod->setToolTip(tr("Enhanced authentication (AUTH packets), e.g. SCRAM-SHA-256."));
    form->addRow(tr("A&uthentication method:"), m_authenticationMethod);
    m_authenticationData = lineEdit(QStringLiteral("authenticationData"));
    m_authenticationDataFormat = formatBox(QStringLiteral("authenticationDataFormat"));
    m_authenticationDataNote = noteLabel(QStringLiteral("authenticationDataNote"));
    connect(m_authenticationDataFormat, &QComboBox::currentIndexChanged, this, [this] {
        payloadFormatChanged(m_authenticationDataFormat, m_authenticationDataShown, m_authenticationData,
                             m_authenticationDataNote);
    });
    connect(m_authenticationData, &QLineEdit::textEdited, m_authenticationDataNote, &QWidget::hide);
    auto *authenticationDataRow = new QHBoxLayout;
    authenticationDataRow->addWidget(m_authenticationData, 1);
    authenticationDataRow->addWidget(m_authenticationDataFormat);
    auto *authenticationDataLabel = new QLabel(tr("Authentication d&ata:"), this);
    authenticationDataLabel->setBuddy(m_authenticationData);
    form->addRow(authenticationDataLabel, authenticationDataRow);
    form->addRow(QString(), m_authenticationDataNote);
    // A built-in method makes its own data.
    connect(m_authenticationMethod, &QComboBox::currentTextChanged, this, [this](const QString &method) {
        const bool own = Authenticators::isRegistered(method.trimmed());
        m_authenticationData->setEnabled(!own);
        m_authenticationDataFormat->setEnabled(!own);
    });

    m_userProperties = new QTableWidget(0, 2);
    m_userProperties->setObjectName(QStringLiteral("userProperties"));
    m_userProperties->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userProperties->horizontalHeader()->setStretchLastSection(true);
    m_userProperties->verticalHeader()->setVisible(false);
    auto *add = new QPushButton(tr("Add"));
    add->setObjectName(QStringLiteral("addUserProperty"));
    auto *remove = new QPushButton(tr("Remove"));
    remove->setObjectName(QStringLiteral("removeUserProperty"));
    connect(add, &QPushButton::clicked, this, [this] {
        const int row = m_userProperties->rowCount();
        m_userProperties->insertRow(row);
        m_userProperties->setItem(row, 0, new QTableWidgetItem);
        m_userProperties->setItem(row, 1, new QTableWidgetItem);
        m_userProperties->editItem(m_userProperties->item(row, 0));
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_userProperties->currentRow();
        if (row >= 0) {
            m_userProperties->removeRow(row);
            revalidate();
        }
    });
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch();
    auto *table = new QVBoxLayout;
    table->addWidget(m_userProperties);
    table->addLayout(buttons);
    form->addRow(tr("User properties:"), table);
    return m_mqtt5Page;
}

QWidget *ConnectionEditor::createWillTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_willEnabled = checkBox(tr("Send a will message when the connection is lost"), QStringLiteral("willEnabled"));
    form->addRow(QString(), m_willEnabled);
    m_willTopic = lineEdit(QStringLiteral("willTopic"), tr("e.g. devices/sensor-1/status"));
    form->addRow(tr("&Topic:"), m_willTopic);
    m_willPayload = new QPlainTextEdit;
    m_willPayload->setObjectName(QStringLiteral("willPayload"));
    m_willPayload->setTabChangesFocus(true);
    m_willPayload->setMaximumHeight(90);
    m_willPayloadFormat = formatBox(QStringLiteral("willPayloadFormat"));
    m_willPayloadNote = noteLabel(QStringLiteral("willPayloadNote"));
    connect(m_willPayloadFormat, &QComboBox::currentIndexChanged, this,
            [this] { payloadFormatChanged(m_willPayloadFormat, m_willPayloadShown, m_willPayload, m_willPayloadNote); });
    connect(m_willPayload, &QPlainTextEdit::textChanged, m_willPayloadNote, &QWidget::hide);
    auto *payloadRow = new QHBoxLayout;
    payloadRow->addWidget(m_willPayload, 1);
    payloadRow->addWidget(m_willPayloadFormat, 0, Qt::AlignTop);
    auto *payloadLabel = new QLabel(tr("&Payload:"), this);
    payloadLabel->setBuddy(m_willPayload);
    form->addRow(payloadLabel, payloadRow);
    form->addRow(QString(), m_willPayloadNote);
    m_willQos = new QComboBox;
    m_willQos->setObjectName(QStringLiteral("willQos"));
    m_willQos->addItems({tr("0 — at most once"), tr("1 — at least once"), tr("2 — exactly once")});
    form->addRow(tr("&QoS:"), m_willQos);
    m_willRetain = checkBox(tr("Retain"), QStringLiteral("willRetain"));
    form->addRow(QString(), m_willRetain);

    m_willProperties = new QWidget;
    auto *properties = new QFormLayout(m_willProperties);
    properties->setContentsMargins(0, 0, 0, 0);
    m_willDelay = spinBox(0, MaxSpin, QStringLiteral("willDelay"), tr(" s"));
    m_willDelay->setSpecialValueText(tr("None"));
    properties->addRow(tr("Will &delay (5.0):"), m_willDelay);
    m_willExpiry = spinBox(0, MaxSpin, QStringLiteral("willExpiry"), tr(" s"));
    m_willExpiry->setSpecialValueText(tr("Never"));
    properties->addRow(tr("Message e&xpiry (5.0):"), m_willExpiry);
    m_willContentType = lineEdit(QStringLiteral("willContentType"), tr("e.g. application/json"));
    properties->addRow(tr("&Content type (5.0):"), m_willContentType);
    form->addRow(m_willProperties);

    const auto enable = [this](bool on) {
        for (QWidget *w :
             std::initializer_list<QWidget *>{m_willTopic, m_willPayload, m_willPayloadFormat, m_willQos, m_willRetain})
            w->setEnabled(on);
        m_willProperties->setEnabled(on && currentVersion() == ProtocolVersion::V5);
    };
    connect(m_willEnabled, &QCheckBox::toggled, this, enable);
    return page;
}

QWidget *ConnectionEditor::createAdvancedTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);
    m_connectTimeout = spinBox(100, 600000, QStringLiteral("connectTimeout"), tr(" ms"));
    m_connectTimeout->setSingleStep(500);
    form->addRow(tr("&Connect timeout:"), m_connectTimeout);
    m_reconnect = checkBox(tr("Reconnect automatically when the connection is lost"), QStringLiteral("reconnect"));
    form->addRow(QString(), m_reconnect);
    m_reconnectInitial = spinBox(1, MaxSpin, QStringLiteral("reconnectInitialDelay"), tr(" ms"));
    m_reconnectInitial->setSingleStep(500);
    form->addRow(tr("&First delay:"), m_reconnectInitial);
    m_reconnectMaximum = spinBox(1, MaxSpin, QStringLiteral("reconnectMaximumDelay"), tr(" ms"));
    m_reconnectMaximum->setSingleStep(1000);
    form->addRow(tr("&Longest delay:"), m_reconnectMaximum);
    m_reconnectMultiplier = doubleSpinBox(1.0, 100.0, 2, QStringLiteral("reconnectMultiplier"));
    m_reconnectMultiplier->setSingleStep(0.5);
    m_reconnectMultiplier->setSuffix(tr(" ×"));
    m_reconnectMultiplier->setToolTip(tr("Each delay is the previous one times this, up to the longest delay."));
    form->addRow(tr("Delay &multiplier:"), m_reconnectMultiplier);
    m_reconnectJitter = doubleSpinBox(0.0, 99.9, 1, QStringLiteral("reconnectJitter"));
    m_reconnectJitter->setSingleStep(5.0);
    m_reconnectJitter->setPrefix(tr("±"));
    m_reconnectJitter->setSuffix(tr(" %"));
    m_reconnectJitter->setToolTip(tr("Each delay is made longer or shorter at random by up to this much."));
    form->addRow(tr("&Jitter:"), m_reconnectJitter);
    m_reconnectAttempts = spinBox(0, MaxSpin, QStringLiteral("reconnectAttempts"));
    m_reconnectAttempts->setSpecialValueText(tr("Keep trying"));
    form->addRow(tr("&Attempts:"), m_reconnectAttempts);
    const auto enable = [this](bool on) {
        for (QWidget *w : std::initializer_list<QWidget *>{m_reconnectInitial, m_reconnectMaximum, m_reconnectMultiplier,
                                                           m_reconnectJitter, m_reconnectAttempts})
            w->setEnabled(on);
    };
    connect(m_reconnect, &QCheckBox::toggled, this, enable);
    return page;
}

} // namespace Signalbox
