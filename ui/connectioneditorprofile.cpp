// ConnectionEditor's mapping between a ConnectionProfile and its widgets:
// setFields() shows a profile, profile() reads one back (keeping what the
// dialog does not show from the profile it was given).

#include "connectioneditor.h"

#include "editablebytes.h"
#include "editorfields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QTableWidget>

#include <algorithm>

namespace Signalbox {

using namespace EditorFields;

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
    m_socketPath->setText(p.socketPath);
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
    m_caDirectory->setText(p.tls.caDirectory);
    m_tlsVersion->setCurrentIndex(m_tlsVersion->findData(int(p.tls.version)));
    m_ciphers->setText(p.tls.ciphers);
    m_pskIdentity->setText(p.tls.pskIdentity);
    m_psk->setText(QString::fromLatin1(p.tls.psk.toHex()));

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
    m_authenticationMethod->setCurrentText(p.authenticationMethod);
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

ConnectionProfile ConnectionEditor::profile() const
{
    ConnectionProfile p = m_base;
    p.name = m_name->text().trimmed();
    p.group = m_group->currentText().trimmed();
    p.scheme = currentScheme();
    p.host = m_host->text().trimmed();
    p.port = portValue().value_or(p.scheme == TransportScheme::Unix ? m_base.port : 0);
    p.webSocketPath = m_webSocketPath->text().trimmed();
    p.socketPath = m_socketPath->text().trimmed();
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
    p.tls.caDirectory = m_caDirectory->text().trimmed();
    p.tls.version = TlsVersion(m_tlsVersion->currentData().toInt());
    p.tls.ciphers = m_ciphers->text().trimmed();
    p.tls.pskIdentity = m_pskIdentity->text();
    // Text that is not hex leaves no key, and problems() says why.
    const QString pskHex = m_psk->text().trimmed();
    const QByteArray psk = QByteArray::fromHex(pskHex.toLatin1());
    p.tls.psk = psk.toHex() == pskHex.toLower().toLatin1() ? psk : QByteArray();

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
        p.authenticationMethod = m_authenticationMethod->currentText().trimmed();
        p.authenticationData =
            decodeEditedBytes(m_authenticationData->text(), m_authenticationDataShown, nullptr).value_or(QByteArray());
    } else {
        p.authenticationMethod.clear();
        p.authenticationData.clear();
    }

    p.will.enabled = m_willEnabled->isChecked();
    p.will.topic = m_willTopic->text();
    p.will.payload = decodeEditedBytes(m_willPayload->toPlainText(), m_willPayloadShown, nullptr).value_or(QByteArray());
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

} // namespace Signalbox
