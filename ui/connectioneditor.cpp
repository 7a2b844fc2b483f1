// ConnectionEditor: the dialog around the tabs, how fields follow each other
// (preset, scheme and port, protocol version, a byte field's Text/Hex box) and
// the problems listed under the tabs. The tabs are built in
// connectioneditortabs.cpp; the profile is read and written in
// connectioneditorprofile.cpp.

#include "connectioneditor.h"

#include "editablebytes.h"
#include "editorfields.h"
#include "profiles/brokerpresets.h"
#include "theme.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace Signalbox {

using namespace EditorFields;

namespace {
bool g_keychainAvailable = true;
} // namespace

void ConnectionEditor::setKeychainAvailable(bool available)
{
    g_keychainAvailable = available;
}

bool ConnectionEditor::keychainAvailable()
{
    return g_keychainAvailable;
}

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

ConnectionEditor::~ConnectionEditor()
{
    disconnect(m_host, nullptr, this, nullptr);
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
    // A name nobody chose (empty, "New connection", another preset's) becomes the preset's.
    const QString name = m_name->text().trimmed();
    const bool presetName = std::any_of(presets.begin(), presets.end(),
                                        [&name](const BrokerPreset &p) { return p.name == name; });
    if (!m_nameTyped && (name.isEmpty() || name == tr("New connection") || presetName))
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

// "mqtts://user@broker.example.com:8883" pasted into the Host field: the
// scheme, host, port, WebSocket path and user name (and a password, if the
// URL has one) go to their fields. Text that is not such a URL stays as
// typed, and the problem list says why it is not a host.
bool ConnectionEditor::fillFromUrl(const QString &text)
{
    const auto parsed = ConnectionProfile::fromUrl(text.trimmed());
    if (!parsed)
        return false;
    m_scheme->setCurrentIndex(m_scheme->findData(int(parsed->scheme)));
    if (parsed->scheme == TransportScheme::Unix) {
        m_socketPath->setText(parsed->socketPath);
        m_host->setText(m_base.host);
        m_hostTextBefore = m_base.host;
        revalidate();
        return true;
    }
    m_host->setText(parsed->host);
    m_hostTextBefore = parsed->host;
    m_port->setText(QString::number(parsed->port));
    if (isWebSocket(parsed->scheme))
        m_webSocketPath->setText(parsed->webSocketPath); // the General tab's field follows it
    if (parsed->username)
        m_username->setText(*parsed->username);
    if (parsed->password)
        m_password->setText(*parsed->password);
    revalidate();
    return true;
}

void ConnectionEditor::schemeChanged()
{
    const TransportScheme scheme = currentScheme();
    const bool unixSocket = scheme == TransportScheme::Unix;
    if (!m_settingFields && scheme != m_lastScheme && !unixSocket && m_lastScheme != TransportScheme::Unix) {
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
    m_socketPath->setEnabled(unixSocket);
    m_host->setEnabled(!unixSocket);
    m_port->setEnabled(!unixSocket);
}

void ConnectionEditor::versionChanged()
{
    const bool v5 = currentVersion() == ProtocolVersion::V5;
    m_mqtt5Page->setEnabled(v5);
    m_tabs->setTabToolTip(m_tabs->indexOf(m_mqtt5Page), v5 ? QString() : tr("Needs MQTT 5.0"));
    m_willProperties->setEnabled(v5 && m_willEnabled->isChecked());
}

QStringList ConnectionEditor::problems() const
{
    QStringList result;
    ConnectionProfile p = profile();
    if (!portValue() && p.scheme != TransportScheme::Unix) {
        result.append(m_port->text().trimmed().isEmpty()
                          ? tr("The port is empty; enter a number from 1 to 65535.")
                          : tr("The port “%1” is not a number from 1 to 65535.").arg(m_port->text().trimmed()));
        p.port = defaultPort(p.scheme); // already said; keep validate() from repeating it
    }
    if (p.version == ProtocolVersion::V5 && !m_sessionExpiry->text().trimmed().isEmpty() && !p.sessionExpiryInterval)
        result.append(tr("The session expiry must be a number of seconds from 0 to 4294967295."));
    QString error;
    if (p.version == ProtocolVersion::V5) {
        if (!decodeEditedBytes(m_authenticationData->text(), m_authenticationDataShown, &error))
            result.append(tr("The authentication data is not valid hex: %1").arg(error));
    }
    if (p.will.enabled) {
        if (!decodeEditedBytes(m_willPayload->toPlainText(), m_willPayloadShown, &error))
            result.append(tr("The will payload is not valid hex: %1").arg(error));
    }
    if (p.tls.psk.isEmpty() && !m_psk->text().trimmed().isEmpty())
        result.append(tr("The pre-shared key must be an even number of hex digits, as in 0a1b2c3d."));
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
    const std::optional<QByteArray> decoded = decodeEditedBytes(fieldText(edit), shown, nullptr);
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
