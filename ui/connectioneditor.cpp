#include "connectioneditor.h"

#include "profiles/brokerpresets.h"
#include "client/clientid.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
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
#include <QTabWidget>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <limits>

namespace Signalbox {

namespace {

constexpr int MaxSpin = std::numeric_limits<int>::max();

QSpinBox *spinBox(int minimum, int maximum, const QString &objectName, const QString &suffix = QString())
{
    auto *spin = new QSpinBox;
    spin->setRange(minimum, maximum);
    spin->setObjectName(objectName);
    spin->setSuffix(suffix);
    spin->setAccelerated(true);
    return spin;
}

QLineEdit *lineEdit(const QString &objectName, const QString &placeholder = QString())
{
    auto *edit = new QLineEdit;
    edit->setObjectName(objectName);
    edit->setPlaceholderText(placeholder);
    edit->setClearButtonEnabled(true);
    return edit;
}

QCheckBox *checkBox(const QString &text, const QString &objectName)
{
    auto *box = new QCheckBox(text);
    box->setObjectName(objectName);
    return box;
}

void setIfDifferent(QLineEdit *edit, const QString &text)
{
    if (edit->text() != text)
        edit->setText(text);
}

int clampToSpin(quint32 value)
{
    return value > quint32(MaxSpin) ? MaxSpin : int(value);
}

QDoubleSpinBox *doubleSpinBox(double minimum, double maximum, int decimals, const QString &objectName)
{
    auto *spin = new QDoubleSpinBox;
    spin->setDecimals(decimals);
    spin->setRange(minimum, maximum);
    spin->setObjectName(objectName);
    return spin;
}

// A double box rounds what it shows: while it still shows what it was set to,
// the value it was given (times scale) comes back exactly.
double spinValue(const QDoubleSpinBox *spin, double shown, double given, double scale)
{
    const double scaled = given * scale;
    if (spin->value() == shown && scaled >= spin->minimum() && scaled <= spin->maximum())
        return given;
    return spin->value() / scale;
}

bool isMultiline(const QWidget *edit)
{
    return qobject_cast<const QPlainTextEdit *>(edit) != nullptr;
}

QString fieldText(const QWidget *edit)
{
    if (const auto *plain = qobject_cast<const QPlainTextEdit *>(edit))
        return plain->toPlainText();
    return qobject_cast<const QLineEdit *>(edit)->text();
}

void setFieldText(QWidget *edit, const QString &text)
{
    if (auto *plain = qobject_cast<QPlainTextEdit *>(edit))
        plain->setPlainText(text);
    else
        qobject_cast<QLineEdit *>(edit)->setText(text);
}

// The bytes as text an edit shows and gives back unchanged: UTF-8 without
// control characters other than tab (and newline in a multi-line edit).
std::optional<QString> bytesAsText(const QByteArray &bytes, bool multiline)
{
    const QString text = QString::fromUtf8(bytes);
    if (text.toUtf8() != bytes)
        return std::nullopt;
    for (const QChar ch : text) {
        if (ch == QLatin1Char('\t') || (multiline && ch == QLatin1Char('\n')))
            continue;
        const QChar::Category category = ch.category();
        if (category == QChar::Other_Control || category == QChar::Separator_Line
            || category == QChar::Separator_Paragraph)
            return std::nullopt;
    }
    return text;
}

QString hexText(const QByteArray &bytes)
{
    return QString::fromLatin1(bytes.toHex(' '));
}

// Hex may start with "0x"; blanked rather than removed so that error positions stay right.
std::optional<QByteArray> decodeField(QString text, PayloadFormat format, QString *error)
{
    if (format == PayloadFormat::Hex) {
        qsizetype first = 0;
        while (first < text.size() && text.at(first).isSpace())
            ++first;
        if (QStringView(text).mid(first, 2).compare(QLatin1String("0x"), Qt::CaseInsensitive) == 0)
            text.replace(first, 2, QStringLiteral("  "));
    }
    return encodePayload(text, format, error);
}

QComboBox *formatBox(const QString &objectName)
{
    auto *combo = new QComboBox;
    combo->setObjectName(objectName);
    for (PayloadFormat format : {PayloadFormat::Text, PayloadFormat::Hex})
        combo->addItem(payloadFormatName(format), QVariant::fromValue(int(format)));
    return combo;
}

QLabel *noteLabel(const QString &objectName)
{
    auto *note = new QLabel;
    note->setObjectName(objectName);
    note->setWordWrap(true);
    note->setVisible(false);
    return note;
}

// Text when the bytes are text the edit keeps, otherwise hex.
void showBytes(QWidget *edit, QComboBox *combo, PayloadFormat &shown, const QByteArray &bytes)
{
    shown = PayloadFormat::Hex;
    if (const std::optional<QString> text = bytesAsText(bytes, isMultiline(edit))) {
        setFieldText(edit, *text);
        if (fieldText(edit) == *text)
            shown = PayloadFormat::Text;
    }
    if (shown == PayloadFormat::Hex)
        setFieldText(edit, hexText(bytes));
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(int(shown)));
}

} // namespace

ConnectionEditor::ConnectionEditor(const ConnectionProfile &profile, QWidget *parent) : QDialog(parent), m_base(profile)
{
    setWindowTitle(profile.name.isEmpty() ? tr("New connection") : tr("Edit connection “%1”").arg(profile.name));

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->addTab(createGeneralTab(), tr("General"));
    m_tabs->addTab(createTlsTab(), tr("TLS"));
    m_tabs->addTab(createWebSocketTab(), tr("WebSocket"));
    m_tabs->addTab(createMqtt5Tab(), tr("MQTT 5"));
    m_tabs->addTab(createWillTab(), tr("Will"));
    m_tabs->addTab(createAdvancedTab(), tr("Advanced"));

    m_problemsLabel = new QLabel(this);
    m_problemsLabel->setObjectName(QStringLiteral("problems"));
    m_problemsLabel->setWordWrap(true);
    m_problemsLabel->setTextFormat(Qt::PlainText);
    m_problemsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette palette = m_problemsLabel->palette();
    palette.setColor(QPalette::WindowText, errorTextColor());
    m_problemsLabel->setPalette(palette);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("buttons"));
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        if (problems().isEmpty())
            accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(m_problemsLabel);
    layout->addWidget(m_buttons);

    setFields(profile);

    // Every editing widget revalidates; collected here rather than per field.
    const auto lineEdits = findChildren<QLineEdit *>();
    for (QLineEdit *edit : lineEdits)
        connect(edit, &QLineEdit::textChanged, this, &ConnectionEditor::revalidate);
    const auto spins = findChildren<QSpinBox *>();
    for (QSpinBox *spin : spins)
        connect(spin, &QSpinBox::valueChanged, this, &ConnectionEditor::revalidate);
    const auto checks = findChildren<QCheckBox *>();
    for (QCheckBox *check : checks)
        connect(check, &QCheckBox::toggled, this, &ConnectionEditor::revalidate);
    const auto combos = findChildren<QComboBox *>();
    for (QComboBox *combo : combos)
        connect(combo, &QComboBox::currentIndexChanged, this, &ConnectionEditor::revalidate);
    connect(m_willPayload, &QPlainTextEdit::textChanged, this, &ConnectionEditor::revalidate);
    connect(m_userProperties, &QTableWidget::itemChanged, this, &ConnectionEditor::revalidate);

    revalidate();
    resize(sizeHint().expandedTo(QSize(560, 520)));
}

QWidget *ConnectionEditor::createGeneralTab()
{
    auto *page = new QWidget;
    auto *form = new QFormLayout(page);

    m_name = lineEdit(QStringLiteral("name"), tr("Shown in the sidebar"));
    form->addRow(tr("&Name:"), m_name);

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
        const QString label = preset.gone ? tr("%1 — %2 (no longer running)").arg(preset.name, preset.host)
                                          : tr("%1 — %2").arg(preset.name, preset.host);
        m_preset->addItem(label);
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
    for (TransportScheme scheme :
         {TransportScheme::Tcp, TransportScheme::Tls, TransportScheme::WebSocket, TransportScheme::SecureWebSocket})
        m_scheme->addItem(schemeName(scheme) + QLatin1String("://"), QVariant::fromValue(int(scheme)));
    connect(m_scheme, &QComboBox::currentIndexChanged, this, &ConnectionEditor::schemeChanged);
    m_host = lineEdit(QStringLiteral("host"), tr("broker.example.com"));
    // Typing another host leaves the preset.
    connect(m_host, &QLineEdit::textEdited, this, [this] {
        if (m_preset->currentIndex() > 0) {
            m_preset->setCurrentIndex(0);
            m_presetNote->setVisible(false);
        }
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
    m_password = lineEdit(QStringLiteral("password"), tr("Kept in the system keychain"));
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
    m_certificateFile = lineEdit(QStringLiteral("certificateFile"), tr("PEM client certificate"));
    form->addRow(tr("Client c&ertificate:"), fileField(m_certificateFile, tr("Client certificate"), pem));
    m_keyFile = lineEdit(QStringLiteral("keyFile"), tr("PEM private key"));
    form->addRow(tr("Private &key:"), fileField(m_keyFile, tr("Private key"), tr("Keys (*.pem *.key);;All files (*)")));
    m_keyPassphrase = lineEdit(QStringLiteral("keyPassphrase"), tr("Kept in the system keychain"));
    m_keyPassphrase->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Key &passphrase:"), m_keyPassphrase);
    m_serverName = lineEdit(QStringLiteral("serverName"), tr("Empty: the host name"));
    form->addRow(tr("&Server name (SNI):"), m_serverName);
    m_alpn = lineEdit(QStringLiteral("alpn"), tr("Comma-separated, e.g. mqtt"));
    form->addRow(tr("&ALPN:"), m_alpn);

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

    m_authenticationMethod = lineEdit(QStringLiteral("authenticationMethod"), tr("Empty: no enhanced authentication"));
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

void ConnectionEditor::setGroups(const QStringList &groups)
{
    const QString current = m_group->currentText();
    const QSignalBlocker blocker(m_group);
    m_group->clear();
    m_group->addItem(QString());
    for (const QString &group : groups)
        m_group->addItem(group);
    if (!current.isEmpty() && m_group->findText(current) < 0)
        m_group->addItem(current);
    m_group->setCurrentIndex(std::max(0, m_group->findText(current)));
}

void ConnectionEditor::setFields(const ConnectionProfile &p)
{
    m_settingFields = true;
    m_name->setText(p.name);
    setGroups(p.group.isEmpty() ? QStringList() : QStringList{p.group});
    m_group->setCurrentIndex(std::max(0, m_group->findText(p.group)));
    m_scheme->setCurrentIndex(m_scheme->findData(int(p.scheme)));
    m_lastScheme = p.scheme;
    m_host->setText(p.host);
    m_port->setText(QString::number(p.port));
    m_webSocketPath->setText(p.webSocketPath);
    m_version->setCurrentIndex(m_version->findData(int(p.version)));
    m_clientId->setText(p.clientId);
    m_cleanStart->setChecked(p.cleanStart);
    m_keepHistory->setChecked(p.keepHistory);
    m_historyLimit->setValue(p.historyLimitMb);
    m_keepAlive->setValue(p.keepAlive);
    m_username->setText(p.username.value_or(QString()));
    m_password->setText(p.password.value_or(QString()));

    m_systemCa->setChecked(p.tls.useSystemCaCertificates);
    m_caFile->setText(p.tls.caFile);
    m_certificateFile->setText(p.tls.certificateFile);
    m_keyFile->setText(p.tls.keyFile);
    m_keyPassphrase->setText(p.tls.keyPassphrase);
    m_serverName->setText(p.tls.serverName);
    m_alpn->setText(p.tls.alpn.join(QLatin1String(", ")));
    m_allowInsecure->setChecked(p.tls.allowInsecure);
    m_insecureWarning->setVisible(p.tls.allowInsecure);

    m_sessionExpiry->setText(p.sessionExpiryInterval ? QString::number(*p.sessionExpiryInterval) : QString());
    m_receiveMaximum->setValue(p.receiveMaximum);
    m_topicAliasMaximum->setValue(p.topicAliasMaximum);
    m_maximumPacketSize->setValue(clampToSpin(p.maximumPacketSize));
    m_requestResponseInformation->setChecked(p.requestResponseInformation);
    m_requestProblemInformation->setChecked(p.requestProblemInformation);
    m_userProperties->setRowCount(0);
    for (const UserProperty &property : p.userProperties) {
        const int row = m_userProperties->rowCount();
        m_userProperties->insertRow(row);
        m_userProperties->setItem(row, 0, new QTableWidgetItem(property.first));
        m_userProperties->setItem(row, 1, new QTableWidgetItem(property.second));
    }
    m_authenticationMethod->setText(p.authenticationMethod);
    showBytes(m_authenticationData, m_authenticationDataFormat, m_authenticationDataShown, p.authenticationData);
    m_authenticationDataNote->setVisible(false);

    m_willEnabled->setChecked(p.will.enabled);
    m_willTopic->setText(p.will.topic);
    showBytes(m_willPayload, m_willPayloadFormat, m_willPayloadShown, p.will.payload);
    m_willPayloadNote->setVisible(false);
    m_willQos->setCurrentIndex(std::min<int>(p.will.qos, 2));
    m_willRetain->setChecked(p.will.retain);
    m_willDelay->setValue(clampToSpin(p.will.properties.integer(PropertyId::WillDelayInterval).value_or(0)));
    m_willExpiry->setValue(clampToSpin(p.will.properties.integer(PropertyId::MessageExpiryInterval).value_or(0)));
    m_willContentType->setText(p.will.properties.string(PropertyId::ContentType).value_or(QString()));

    m_connectTimeout->setValue(
        std::max(m_connectTimeout->minimum(), std::min(p.connectTimeoutMs, m_connectTimeout->maximum())));
    m_reconnect->setChecked(p.reconnect.enabled);
    m_reconnectInitial->setValue(p.reconnect.initialDelayMs);
    m_reconnectMaximum->setValue(p.reconnect.maximumDelayMs);
    m_reconnectAttempts->setValue(p.reconnect.maximumAttempts);
    m_reconnectMultiplier->setValue(p.reconnect.multiplier);
    m_shownMultiplier = m_reconnectMultiplier->value();
    m_reconnectJitter->setValue(p.reconnect.jitter * 100.0);
    m_shownJitter = m_reconnectJitter->value();

    for (QWidget *w :
         std::initializer_list<QWidget *>{m_willTopic, m_willPayload, m_willPayloadFormat, m_willQos, m_willRetain})
        w->setEnabled(p.will.enabled);
    for (QWidget *w : std::initializer_list<QWidget *>{m_reconnectInitial, m_reconnectMaximum, m_reconnectMultiplier,
                                                       m_reconnectJitter, m_reconnectAttempts})
        w->setEnabled(p.reconnect.enabled);
    m_settingFields = false;
    schemeChanged();
    versionChanged();
}

TransportScheme ConnectionEditor::currentScheme() const
{
    return TransportScheme(m_scheme->currentData().toInt());
}

ProtocolVersion ConnectionEditor::currentVersion() const
{
    return ProtocolVersion(m_version->currentData().toInt());
}

std::optional<quint16> ConnectionEditor::portValue() const
{
    bool ok = false;
    const uint port = m_port->text().trimmed().toUInt(&ok);
    if (!ok || port < 1 || port > 65535)
        return std::nullopt;
    return quint16(port);
}

void ConnectionEditor::applyPreset(int index)
{
    const QList<BrokerPreset> presets = brokerPresets();
    if (index < 1 || index > presets.size()) {
        m_presetNote->setVisible(false);
        return;
    }
    const BrokerPreset &preset = presets.at(index - 1);
    TransportScheme scheme = currentScheme();
    if (!preset.supports(scheme))
        scheme = TransportScheme::Tcp;
    const ConnectionProfile filled = presetProfile(preset, scheme);
    if (m_name->text().trimmed().isEmpty())
        m_name->setText(filled.name);
    m_host->setText(filled.host);
    m_scheme->setCurrentIndex(m_scheme->findData(int(scheme)));
    m_port->setText(QString::number(filled.port));
    m_webSocketPath->setText(filled.webSocketPath);

    QStringList ports;
    const auto describe = [&ports, &preset](TransportScheme s) {
        if (preset.supports(s))
            ports.append(QStringLiteral("%1 %2").arg(schemeName(s)).arg(preset.port(s)));
    };
    describe(TransportScheme::Tcp);
    describe(TransportScheme::Tls);
    describe(TransportScheme::WebSocket);
    describe(TransportScheme::SecureWebSocket);
    QString note = tr("Ports: %1.").arg(ports.join(QLatin1String(", ")));
    if (preset.gone)
        note = tr("This broker is no longer running. %1").arg(note);
    if (!preset.note.isEmpty())
        note += QLatin1Char(' ') + preset.note;
    m_presetNote->setText(note);
    m_presetNote->setVisible(true);
}

void ConnectionEditor::schemeChanged()
{
    const TransportScheme scheme = currentScheme();
    if (!m_settingFields && scheme != m_lastScheme) {
        // Follow the scheme with the port when the port was the old scheme's usual one.
        const QList<BrokerPreset> presets = brokerPresets();
        const int presetIndex = m_preset->currentIndex() - 1;
        const bool presetSelected = presetIndex >= 0 && presetIndex < presets.size()
                                    && presets.at(presetIndex).host == m_host->text().trimmed();
        const auto port = portValue();
        if (presetSelected && presets.at(presetIndex).supports(scheme))
            m_port->setText(QString::number(presets.at(presetIndex).port(scheme)));
        else if (!port || *port == defaultPort(m_lastScheme))
            m_port->setText(QString::number(defaultPort(scheme)));
    }
    m_lastScheme = scheme;
    m_generalPath->setEnabled(isWebSocket(scheme));
    m_webSocketPath->setEnabled(isWebSocket(scheme));
}

void ConnectionEditor::versionChanged()
{
    const bool v5 = currentVersion() == ProtocolVersion::V5;
    m_mqtt5Page->setEnabled(v5);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_mqtt5Page), v5 ? QString() : tr("Needs MQTT 5.0"));
    m_willProperties->setEnabled(v5 && m_willEnabled->isChecked());
}

ConnectionProfile ConnectionEditor::profile() const
{
    ConnectionProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.group = m_group->currentText().trimmed();
    p.scheme = currentScheme();
    p.host = m_host->text().trimmed();
    p.port = portValue().value_or(0);
    p.webSocketPath = m_webSocketPath->text().trimmed();
    p.version = currentVersion();
    p.clientId = m_clientId->text();
    p.cleanStart = m_cleanStart->isChecked();
    p.keepHistory = m_keepHistory->isChecked();
    p.historyLimitMb = m_historyLimit->value();
    p.keepAlive = quint16(m_keepAlive->value());
    p.username = m_username->text().isEmpty() ? std::nullopt : std::optional<QString>(m_username->text());
    p.password = m_password->text().isEmpty() ? std::nullopt : std::optional<QString>(m_password->text());

    p.tls.useSystemCaCertificates = m_systemCa->isChecked();
    p.tls.caFile = m_caFile->text().trimmed();
    p.tls.certificateFile = m_certificateFile->text().trimmed();
    p.tls.keyFile = m_keyFile->text().trimmed();
    p.tls.keyPassphrase = m_keyPassphrase->text();
    p.tls.serverName = m_serverName->text().trimmed();
    p.tls.alpn.clear();
    const QStringList alpn = m_alpn->text().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString &protocol : alpn) {
        if (!protocol.trimmed().isEmpty())
            p.tls.alpn.append(protocol.trimmed());
    }
    p.tls.allowInsecure = m_allowInsecure->isChecked();

    const bool v5 = p.version == ProtocolVersion::V5;
    p.sessionExpiryInterval.reset();
    p.receiveMaximum = 0;
    p.topicAliasMaximum = 0;
    p.maximumPacketSize = 0;
    p.requestResponseInformation = false;
    p.requestProblemInformation = true;
    p.userProperties.clear();
    if (v5) {
        bool ok = false;
        const QString expiry = m_sessionExpiry->text().trimmed();
        const qulonglong seconds = expiry.toULongLong(&ok);
        if (ok && seconds <= 0xFFFFFFFFull)
            p.sessionExpiryInterval = quint32(seconds);
        p.receiveMaximum = quint16(m_receiveMaximum->value());
        p.topicAliasMaximum = quint16(m_topicAliasMaximum->value());
        p.maximumPacketSize = quint32(m_maximumPacketSize->value());
        p.requestResponseInformation = m_requestResponseInformation->isChecked();
        p.requestProblemInformation = m_requestProblemInformation->isChecked();
        for (int row = 0; row < m_userProperties->rowCount(); ++row) {
            const QTableWidgetItem *name = m_userProperties->item(row, 0);
            const QTableWidgetItem *value = m_userProperties->item(row, 1);
            const QString key = name ? name->text() : QString();
            if (!key.isEmpty())
                p.userProperties.append({key, value ? value->text() : QString()});
        }
        p.authenticationMethod = m_authenticationMethod->text().trimmed();
        p.authenticationData =
            decodeField(m_authenticationData->text(), m_authenticationDataShown, nullptr).value_or(QByteArray());
    } else {
        p.authenticationMethod.clear();
        p.authenticationData.clear();
    }

    p.will.enabled = m_willEnabled->isChecked();
    p.will.topic = m_willTopic->text();
    p.will.payload = decodeField(m_willPayload->toPlainText(), m_willPayloadShown, nullptr).value_or(QByteArray());
    p.will.qos = quint8(m_willQos->currentIndex());
    p.will.retain = m_willRetain->isChecked();
    Properties &willProperties = p.will.properties;
    willProperties.remove(PropertyId::WillDelayInterval);
    willProperties.remove(PropertyId::MessageExpiryInterval);
    willProperties.remove(PropertyId::ContentType);
    if (v5) {
        if (m_willDelay->value() > 0)
            willProperties.set(PropertyId::WillDelayInterval, QVariant::fromValue(quint32(m_willDelay->value())));
        if (m_willExpiry->value() > 0)
            willProperties.set(PropertyId::MessageExpiryInterval, QVariant::fromValue(quint32(m_willExpiry->value())));
        if (!m_willContentType->text().trimmed().isEmpty())
            willProperties.set(PropertyId::ContentType, m_willContentType->text().trimmed());
    } else {
        willProperties = Properties();
    }

    p.connectTimeoutMs = m_connectTimeout->value();
    p.reconnect.enabled = m_reconnect->isChecked();
    p.reconnect.initialDelayMs = m_reconnectInitial->value();
    p.reconnect.maximumDelayMs = m_reconnectMaximum->value();
    p.reconnect.maximumAttempts = m_reconnectAttempts->value();
    p.reconnect.multiplier = spinValue(m_reconnectMultiplier, m_shownMultiplier, m_base.reconnect.multiplier, 1.0);
    p.reconnect.jitter = spinValue(m_reconnectJitter, m_shownJitter, m_base.reconnect.jitter, 100.0);
    return p;
}

QStringList ConnectionEditor::problems() const
{
    QStringList result;
    ConnectionProfile p = profile();
    if (!portValue()) {
        result.append(m_port->text().trimmed().isEmpty()
                          ? tr("The port is empty; enter a number from 1 to 65535.")
                          : tr("The port “%1” is not a number from 1 to 65535.").arg(m_port->text().trimmed()));
        p.port = defaultPort(p.scheme); // already said; keep validate() from repeating it
    }
    if (p.version == ProtocolVersion::V5 && !m_sessionExpiry->text().trimmed().isEmpty() && !p.sessionExpiryInterval)
        result.append(tr("The session expiry must be a number of seconds from 0 to 4294967295."));
    QString error;
    if (p.version == ProtocolVersion::V5) {
        if (!decodeField(m_authenticationData->text(), m_authenticationDataShown, &error))
            result.append(tr("The authentication data is not valid hex: %1").arg(error));
    }
    if (p.will.enabled) {
        if (!decodeField(m_willPayload->toPlainText(), m_willPayloadShown, &error))
            result.append(tr("The will payload is not valid hex: %1").arg(error));
    }
    if (!p.tls.keyPassphrase.isEmpty() && p.tls.keyFile.isEmpty())
        result.append(tr("A key passphrase is set but no private key file is chosen."));
    result.append(p.validate());
    return result;
}

void ConnectionEditor::payloadFormatChanged(QComboBox *combo, PayloadFormat &shown, QWidget *edit, QLabel *note)
{
    const auto wanted = PayloadFormat(combo->currentData().toInt());
    note->setVisible(false);
    if (wanted == shown)
        return;
    const std::optional<QByteArray> decoded = decodeField(fieldText(edit), shown, nullptr);
    if (!decoded) {
        shown = wanted; // nothing to convert: the text stays, read the new way
        return;
    }
    const QByteArray &bytes = *decoded;
    if (wanted == PayloadFormat::Hex) {
        shown = wanted;
        setFieldText(edit, hexText(bytes));
        return;
    }
    const std::optional<QString> text = bytesAsText(bytes, isMultiline(edit));
    if (text) {
        shown = wanted;
        setFieldText(edit, *text);
        if (fieldText(edit) == *text)
            return;
        shown = PayloadFormat::Hex; // the edit changed the text (a no-break space, say)
        setFieldText(edit, hexText(bytes));
    }
    const QSignalBlocker blocker(combo);
    combo->setCurrentIndex(combo->findData(int(shown)));
    note->setText(tr("These bytes are not text that can be edited as it is, so they stay in hex."));
    note->setVisible(true);
}

void ConnectionEditor::revalidate()
{
    if (m_settingFields || !m_buttons)
        return;
    const QStringList list = problems();
    QStringList lines;
    for (const QString &problem : list)
        lines.append(QStringLiteral("• ") + problem);
    m_problemsLabel->setText(lines.join(QLatin1Char('\n')));
    m_problemsLabel->setVisible(!list.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(list.isEmpty());
}

} // namespace Signalbox
