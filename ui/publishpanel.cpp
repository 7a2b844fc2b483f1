#include "publishpanel.h"

#include "theme.h"
#include "payload/json.h"
#include "mqtt/topic.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QStringDecoder>
#include <QTableWidget>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <limits>

namespace Signalbox {

namespace {

constexpr PayloadFormat EditableFormats[] = {PayloadFormat::Text, PayloadFormat::Json, PayloadFormat::Hex,
                                             PayloadFormat::Base64};

QLabel *makeErrorLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    return label;
}

void showError(QLabel *label, const QString &text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

std::optional<QString> validUtf8(const QByteArray &bytes)
{
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// The payload as text in `format`, if the bytes can be shown there without loss.
std::optional<QString> payloadAsText(const QByteArray &bytes, PayloadFormat format)
{
    switch (format) {
    case PayloadFormat::Hex:
        return QString::fromLatin1(bytes.toHex(' '));
    case PayloadFormat::Base64:
        return QString::fromLatin1(bytes.toBase64());
    default:
        return validUtf8(bytes);
    }
}

QString userPropertyCell(const QTableWidget *table, int row, int column)
{
    const QTableWidgetItem *item = table->item(row, column);
    return item ? item->text() : QString();
}

} // namespace

PublishPanel::PublishPanel(QWidget *parent) : QWidget(parent)
{
    m_topicEdit = new QLineEdit(this);
    m_topicEdit->setObjectName(QStringLiteral("topicEdit"));
    m_topicEdit->setPlaceholderText(tr("Topic, e.g. sensors/kitchen/temp"));
    m_topicEdit->setClearButtonEnabled(true);
    m_topicError = makeErrorLabel(QStringLiteral("topicError"), this);

    m_qosCombo = new QComboBox(this);
    m_qosCombo->setObjectName(QStringLiteral("qosCombo"));
    m_qosCombo->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});
    m_qosCombo->setToolTip(tr("Quality of service"));

    m_retainCheck = new QCheckBox(tr("Retain"), this);
    m_retainCheck->setObjectName(QStringLiteral("retainCheck"));

    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatCombo"));
    for (const PayloadFormat format : EditableFormats)
        m_formatCombo->addItem(format == PayloadFormat::Text   ? tr("Text")
                               : format == PayloadFormat::Json ? tr("JSON")
                               : format == PayloadFormat::Hex  ? tr("Hex")
                                                               : tr("Base64"),
                               QVariant::fromValue(int(format)));
    m_formatCombo->setToolTip(tr("How the payload is typed"));

    m_prettyButton = new QPushButton(tr("Format"), this);
    m_prettyButton->setObjectName(QStringLiteral("prettyButton"));
    m_prettyButton->setToolTip(tr("Re-indent the JSON"));
    m_prettyButton->hide();

    m_historyCombo = new QComboBox(this);
    m_historyCombo->setObjectName(QStringLiteral("historyCombo"));
    m_historyCombo->setPlaceholderText(tr("History"));
    m_historyCombo->setToolTip(tr("Recall a message sent before"));
    m_historyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyCombo->setMinimumContentsLength(12);
    m_historyCombo->setEnabled(false);

    m_payloadEdit = new QPlainTextEdit(this);
    m_payloadEdit->setObjectName(QStringLiteral("payloadEdit"));
    m_payloadEdit->setPlaceholderText(tr("Payload (Ctrl+Enter sends)"));
    m_payloadEdit->setTabChangesFocus(true);
    m_payloadEdit->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_payloadError = makeErrorLabel(QStringLiteral("payloadError"), this);

    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_sendButton->setToolTip(tr("Publish (Ctrl+Enter)"));

    buildPropertiesGroup();

    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topicEdit, 1);
    topicRow->addWidget(m_qosCombo);
    topicRow->addWidget(m_retainCheck);

    auto *payloadBar = new QHBoxLayout;
    payloadBar->addWidget(m_formatCombo);
    payloadBar->addWidget(m_prettyButton);
    payloadBar->addStretch(1);
    payloadBar->addWidget(m_historyCombo, 1);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_payloadError, 1);
    sendRow->addStretch();
    sendRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topicRow);
    layout->addWidget(m_topicError);
    layout->addLayout(payloadBar);
    layout->addWidget(m_payloadEdit, 1);
    layout->addLayout(sendRow);
    layout->addWidget(m_propertiesToggle);
    layout->addWidget(m_propertiesGroup);

    m_topicEdit->installEventFilter(this);
    m_payloadEdit->installEventFilter(this);

    connect(m_topicEdit, &QLineEdit::textChanged, this, &PublishPanel::revalidate);
    connect(m_topicEdit, &QLineEdit::returnPressed, this, [this] { m_payloadEdit->setFocus(); });
    connect(m_payloadEdit, &QPlainTextEdit::textChanged, this, [this] {
        m_formatError.clear();
        revalidate();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, &PublishPanel::formatChanged);
    connect(m_prettyButton, &QPushButton::clicked, this, &PublishPanel::prettyPrint);
    connect(m_sendButton, &QPushButton::clicked, this, &PublishPanel::send);
    connect(m_historyCombo, &QComboBox::activated, this, &PublishPanel::recall);

    updateErrorColors();
    setProtocolVersion(m_version);
}

void PublishPanel::buildPropertiesGroup()
{
    // Folded away until wanted: most messages carry no properties.
    m_propertiesToggle = new QToolButton(this);
    m_propertiesToggle->setObjectName(QStringLiteral("propertiesToggle"));
    m_propertiesToggle->setText(tr("MQTT 5 properties"));
    m_propertiesToggle->setCheckable(true);
    m_propertiesToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_propertiesToggle->setArrowType(Qt::RightArrow);
    m_propertiesToggle->setAutoRaise(true);
    connect(m_propertiesToggle, &QToolButton::toggled, this, [this](bool open) {
        m_propertiesToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_propertiesGroup->setVisible(open && m_version == ProtocolVersion::V5);
    });
    m_propertiesGroup = new QGroupBox(tr("MQTT 5 properties"), this);
    m_propertiesGroup->setObjectName(QStringLiteral("propertiesGroup"));

    m_contentTypeEdit = new QLineEdit(m_propertiesGroup);
    m_contentTypeEdit->setObjectName(QStringLiteral("contentTypeEdit"));
    m_contentTypeEdit->setPlaceholderText(tr("e.g. application/json"));

    m_utf8Check = new QCheckBox(tr("UTF-8 text"), m_propertiesGroup);
    m_utf8Check->setObjectName(QStringLiteral("payloadFormatIndicatorCheck"));
    m_utf8Check->setToolTip(tr("Payload Format Indicator: the payload is UTF-8 text"));

    m_expirySpin = new QSpinBox(m_propertiesGroup);
    m_expirySpin->setObjectName(QStringLiteral("messageExpirySpin"));
    m_expirySpin->setRange(0, std::numeric_limits<int>::max());
    m_expirySpin->setSpecialValueText(tr("Never"));
    m_expirySpin->setSuffix(tr(" s"));

    m_topicAliasSpin = new QSpinBox(m_propertiesGroup);
    m_topicAliasSpin->setObjectName(QStringLiteral("topicAliasSpin"));
    m_topicAliasSpin->setRange(0, 65535);
    m_topicAliasSpin->setSpecialValueText(tr("None"));

    m_responseTopicEdit = new QLineEdit(m_propertiesGroup);
    m_responseTopicEdit->setObjectName(QStringLiteral("responseTopicEdit"));

    m_correlationEdit = new QLineEdit(m_propertiesGroup);
    m_correlationEdit->setObjectName(QStringLiteral("correlationDataEdit"));
    m_correlationEdit->setToolTip(tr("Correlation data, sent as the UTF-8 bytes of this text"));

    m_userPropertiesTable = new QTableWidget(0, 2, m_propertiesGroup);
    m_userPropertiesTable->setObjectName(QStringLiteral("userPropertiesTable"));
    m_userPropertiesTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_userPropertiesTable->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_userPropertiesTable->verticalHeader()->hide();
    m_userPropertiesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_userPropertiesTable->setMaximumHeight(120);

    auto *addButton = new QToolButton(m_propertiesGroup);
    addButton->setObjectName(QStringLiteral("addUserPropertyButton"));
    addButton->setText(tr("Add"));
    addButton->setToolTip(tr("Add a user property"));
    auto *removeButton = new QToolButton(m_propertiesGroup);
    removeButton->setObjectName(QStringLiteral("removeUserPropertyButton"));
    removeButton->setText(tr("Remove"));
    removeButton->setToolTip(tr("Remove the selected user properties"));
    connect(addButton, &QToolButton::clicked, this, [this] {
        addUserPropertyRow();
        m_userPropertiesTable->setCurrentCell(m_userPropertiesTable->rowCount() - 1, 0);
        m_userPropertiesTable->setFocus(); // typing starts editing the name
    });
    connect(removeButton, &QToolButton::clicked, this, [this] {
        QList<int> rows;
        const auto ranges = m_userPropertiesTable->selectedRanges();
        for (const QTableWidgetSelectionRange &range : ranges)
            for (int row = range.topRow(); row <= range.bottomRow(); ++row)
                rows.append(row);
        if (rows.isEmpty() && m_userPropertiesTable->currentRow() >= 0)
            rows.append(m_userPropertiesTable->currentRow());
        std::sort(rows.begin(), rows.end(), std::greater<>());
        rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
        for (const int row : std::as_const(rows))
            m_userPropertiesTable->removeRow(row);
        revalidate();
    });
    connect(m_userPropertiesTable, &QTableWidget::itemChanged, this, &PublishPanel::revalidate);

    auto *userButtons = new QVBoxLayout;
    userButtons->addWidget(addButton);
    userButtons->addWidget(removeButton);
    userButtons->addStretch();
    auto *userRow = new QHBoxLayout;
    userRow->addWidget(m_userPropertiesTable, 1);
    userRow->addLayout(userButtons);

    m_propertiesError = makeErrorLabel(QStringLiteral("propertiesError"), m_propertiesGroup);

    auto *form = new QFormLayout(m_propertiesGroup);
    form->addRow(tr("Content type:"), m_contentTypeEdit);
    form->addRow(tr("Payload format:"), m_utf8Check);
    form->addRow(tr("Message expiry:"), m_expirySpin);
    form->addRow(tr("Topic alias:"), m_topicAliasSpin);
    form->addRow(tr("Response topic:"), m_responseTopicEdit);
    form->addRow(tr("Correlation data:"), m_correlationEdit);
    form->addRow(tr("User properties:"), userRow);
    form->addRow(m_propertiesError);

    connect(m_contentTypeEdit, &QLineEdit::textChanged, this, &PublishPanel::revalidate);
    connect(m_responseTopicEdit, &QLineEdit::textChanged, this, &PublishPanel::revalidate);
    connect(m_correlationEdit, &QLineEdit::textChanged, this, &PublishPanel::revalidate);
    connect(m_topicAliasSpin, &QSpinBox::valueChanged, this, &PublishPanel::revalidate);
    connect(m_utf8Check, &QCheckBox::toggled, this, &PublishPanel::revalidate);
}

void PublishPanel::setProtocolVersion(ProtocolVersion version)
{
    m_version = version;
    m_propertiesToggle->setVisible(version == ProtocolVersion::V5);
    m_propertiesGroup->setVisible(version == ProtocolVersion::V5 && m_propertiesToggle->isChecked());
    revalidate();
}

void PublishPanel::setTopic(const QString &topic)
{
    m_topicEdit->setText(topic);
}

void PublishPanel::setPayloadText(const QString &text)
{
    m_payloadEdit->setPlainText(text);
}

void PublishPanel::setPayloadFormat(PayloadFormat format)
{
    const int index = m_formatCombo->findData(QVariant::fromValue(int(format)));
    if (index >= 0)
        m_formatCombo->setCurrentIndex(index);
}

PayloadFormat PublishPanel::payloadFormat() const
{
    return m_format;
}

void PublishPanel::setQos(int qos)
{
    m_qosCombo->setCurrentIndex(qBound(0, qos, 2));
}

void PublishPanel::setRetain(bool retain)
{
    m_retainCheck->setChecked(retain);
}

void PublishPanel::formatChanged(int index)
{
    const auto format = PayloadFormat(m_formatCombo->itemData(index).toInt());
    if (format == m_format)
        return;
    const QString text = m_payloadEdit->toPlainText();
    const std::optional<QByteArray> bytes = encodePayload(text, m_format, nullptr);
    m_format = format;
    m_prettyButton->setVisible(format == PayloadFormat::Json);
    if (bytes) {
        if (const auto converted = payloadAsText(*bytes, format); converted && *converted != text)
            m_payloadEdit->setPlainText(*converted);
    }
    m_formatError.clear();
    revalidate();
}

void PublishPanel::prettyPrint()
{
    const JsonPretty pretty = prettyPrintJson(m_payloadEdit->toPlainText().toUtf8());
    if (!pretty.ok) {
        m_formatError = tr("Invalid JSON at line %1, column %2: %3")
                            .arg(pretty.errorLine)
                            .arg(pretty.errorColumn)
                            .arg(pretty.errorMessage);
        revalidate();
        return;
    }
    m_payloadEdit->setPlainText(pretty.text);
}

QString PublishPanel::topicError() const
{
    const QString topic = m_topicEdit->text();
    if (topic.isEmpty() && m_version == ProtocolVersion::V5 && m_topicAliasSpin->value() > 0)
        return {};
    return TopicName::validate(topic).value_or(QString());
}

QString PublishPanel::payloadError() const
{
    if (!m_formatError.isEmpty())
        return m_formatError;
    QString error;
    if (encodePayload(m_payloadEdit->toPlainText(), m_format, &error))
        return {};
    return error;
}

QString PublishPanel::propertiesError() const
{
    if (m_version != ProtocolVersion::V5)
        return {};
    const QString responseTopic = m_responseTopicEdit->text();
    // MQTT 5.0 §3.3.2.3.5: the Response Topic is a topic name, wildcards not allowed.
    if (!responseTopic.isEmpty()) {
        const std::optional<QString> error = TopicName::validate(responseTopic);
        if (error)
            return tr("Response topic: %1").arg(*error);
    }
    // MQTT 5.0 §3.3.2.3.2: with Payload Format Indicator 1 the payload must be UTF-8.
    if (m_utf8Check->isChecked()) {
        const std::optional<QByteArray> payload = encodePayload(m_payloadEdit->toPlainText(), m_format, nullptr);
        if (payload && !validUtf8(*payload))
            return tr("The payload is marked as UTF-8 text but is not valid UTF-8.");
    }
    for (int row = 0; row < m_userPropertiesTable->rowCount(); ++row) {
        const QString name = userPropertyCell(m_userPropertiesTable, row, 0);
        const QString value = userPropertyCell(m_userPropertiesTable, row, 1);
        if (name.isEmpty() && !value.isEmpty())
            return tr("User property %1 has a value but no name.").arg(row + 1);
    }
    return {};
}

QString PublishPanel::errorText() const
{
    QString error = topicError();
    if (error.isEmpty())
        error = payloadError();
    if (error.isEmpty())
        error = propertiesError();
    return error;
}

void PublishPanel::revalidate()
{
    const QString topic = topicError();
    const QString payload = payloadError();
    const QString properties = propertiesError();
    // An empty field is not an error yet: say nothing until something was typed.
    showError(m_topicError, m_topicEdit->text().isEmpty() ? QString() : topic);
    showError(m_payloadError, payload);
    showError(m_propertiesError, properties);
    m_sendButton->setEnabled(topic.isEmpty() && payload.isEmpty() && properties.isEmpty());
}

Properties PublishPanel::properties() const
{
    Properties p;
    if (m_version != ProtocolVersion::V5)
        return p;
    if (m_utf8Check->isChecked())
        p.set(PropertyId::PayloadFormatIndicator, 1u);
    if (m_expirySpin->value() > 0)
        p.set(PropertyId::MessageExpiryInterval, uint(m_expirySpin->value()));
    if (!m_contentTypeEdit->text().isEmpty())
        p.set(PropertyId::ContentType, m_contentTypeEdit->text());
    if (!m_responseTopicEdit->text().isEmpty())
        p.set(PropertyId::ResponseTopic, m_responseTopicEdit->text());
    if (!m_correlationEdit->text().isEmpty())
        p.set(PropertyId::CorrelationData, m_correlationEdit->text().toUtf8());
    if (m_topicAliasSpin->value() > 0)
        p.set(PropertyId::TopicAlias, uint(m_topicAliasSpin->value()));
    for (int row = 0; row < m_userPropertiesTable->rowCount(); ++row) {
        const QString name = userPropertyCell(m_userPropertiesTable, row, 0);
        const QString value = userPropertyCell(m_userPropertiesTable, row, 1);
        if (!name.isEmpty())
            p.addUserProperty(name, value);
    }
    return p;
}

void PublishPanel::setProperties(const Properties &properties)
{
    m_utf8Check->setChecked(properties.integer(PropertyId::PayloadFormatIndicator).value_or(0) == 1);
    m_expirySpin->setValue(int(qMin<quint32>(properties.integer(PropertyId::MessageExpiryInterval).value_or(0),
                                             quint32(m_expirySpin->maximum()))));
    m_contentTypeEdit->setText(properties.string(PropertyId::ContentType).value_or(QString()));
    m_responseTopicEdit->setText(properties.string(PropertyId::ResponseTopic).value_or(QString()));
    m_correlationEdit->setText(QString::fromUtf8(properties.binary(PropertyId::CorrelationData).value_or(QByteArray())));
    m_topicAliasSpin->setValue(int(properties.integer(PropertyId::TopicAlias).value_or(0)));
    m_userPropertiesTable->setRowCount(0);
    const auto users = properties.userProperties();
    for (const UserProperty &user : users)
        addUserPropertyRow(user.first, user.second);
}

void PublishPanel::addUserPropertyRow(const QString &name, const QString &value)
{
    const int row = m_userPropertiesTable->rowCount();
    m_userPropertiesTable->insertRow(row);
    m_userPropertiesTable->setItem(row, 0, new QTableWidgetItem(name));
    m_userPropertiesTable->setItem(row, 1, new QTableWidgetItem(value));
}

std::optional<OutgoingMessage> PublishPanel::message() const
{
    if (!errorText().isEmpty())
        return std::nullopt;
    OutgoingMessage message;
    message.topic = m_topicEdit->text();
    const std::optional<QByteArray> payload = encodePayload(m_payloadEdit->toPlainText(), m_format, nullptr);
    if (!payload)
        return std::nullopt;
    message.payload = *payload;
    message.qos = quint8(m_qosCombo->currentIndex());
    message.retain = m_retainCheck->isChecked();
    message.properties = properties();
    return message;
}

void PublishPanel::send()
{
    const auto outgoing = message();
    if (!outgoing) {
        revalidate();
        const QString topic = topicError();
        if (!topic.isEmpty()) {
            showError(m_topicError, topic); // also "may not be empty", which revalidate() keeps quiet
            m_topicEdit->setFocus();
        }
        return;
    }
    HistoryEntry entry{*outgoing, m_format, m_payloadEdit->toPlainText()};
    m_history.removeAll(entry);
    m_history.prepend(std::move(entry));
    if (m_history.size() > MaxHistory)
        m_history.resize(MaxHistory);
    rebuildHistoryCombo();
    emit historyChanged();
    emit publishRequested(*outgoing);
}

void PublishPanel::setHistory(const QList<HistoryEntry> &history)
{
    m_history = history.mid(0, MaxHistory);
    rebuildHistoryCombo();
}

void PublishPanel::rebuildHistoryCombo()
{
    m_historyCombo->clear();
    for (const HistoryEntry &entry : std::as_const(m_history)) {
        QString preview = entry.payloadText.simplified();
        if (preview.size() > 40)
            preview = preview.left(39) + QChar(0x2026);
        m_historyCombo->addItem(tr("%1  %2").arg(entry.message.topic, preview));
        m_historyCombo->setItemData(m_historyCombo->count() - 1,
                                    tr("%1 (QoS %2%3)\n%4")
                                        .arg(entry.message.topic)
                                        .arg(entry.message.qos)
                                        .arg(entry.message.retain ? tr(", retained") : QString())
                                        .arg(entry.payloadText.left(500)),
                                    Qt::ToolTipRole);
    }
    m_historyCombo->setCurrentIndex(-1);
    m_historyCombo->setEnabled(!m_history.isEmpty());
}

void PublishPanel::recall(int index)
{
    if (index < 0 || index >= m_history.size())
        return;
    const HistoryEntry entry = m_history.at(index);
    m_topicEdit->setText(entry.message.topic);
    m_qosCombo->setCurrentIndex(entry.message.qos);
    m_retainCheck->setChecked(entry.message.retain);
    {
        // The stored text is already in the stored format: no conversion.
        const QSignalBlocker blocker(m_formatCombo);
        m_formatCombo->setCurrentIndex(m_formatCombo->findData(QVariant::fromValue(int(entry.format))));
        m_format = entry.format;
        m_prettyButton->setVisible(m_format == PayloadFormat::Json);
    }
    m_payloadEdit->setPlainText(entry.payloadText);
    setProperties(entry.message.properties);
    m_historyCombo->setCurrentIndex(-1);
    m_formatError.clear();
    revalidate();
}

bool PublishPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_payloadEdit || watched == m_topicEdit) && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && (key->modifiers() & Qt::ControlModifier)) {
            send();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PublishPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        updateErrorColors();
}

void PublishPanel::updateErrorColors()
{
    for (QLabel *label : {m_topicError, m_payloadError, m_propertiesError}) {
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, errorTextColor());
        palette.setColor(QPalette::Text, errorTextColor());
        label->setPalette(palette);
    }
}

} // namespace Signalbox
