#include "publishpanel.h"

#include "retranslate.h"
#include "zoom.h"

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
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
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

QLabel *makeInlineLabel(const QString &objectName, QWidget *parent)
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

const QString NumberPlaceholder = QStringLiteral("{n}");

QString withNumber(QString text, qint64 n)
{
    return text.replace(NumberPlaceholder, QString::number(n));
}

QString preview(const QString &text, qsizetype length)
{
    QString shown = text.simplified();
    if (shown.size() > length)
        shown = shown.left(length - 1) + QChar(0x2026);
    return shown;
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
    m_topicEdit->setClearButtonEnabled(true);
    m_topicError = makeInlineLabel(QStringLiteral("topicError"), this);
    m_topicWarning = makeInlineLabel(QStringLiteral("topicWarning"), this);

    m_qosCombo = new QComboBox(this);
    m_qosCombo->setObjectName(QStringLiteral("qosCombo"));
    m_qosCombo->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});

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

    m_prettyButton = new QPushButton(tr("Format"), this);
    m_prettyButton->setObjectName(QStringLiteral("prettyButton"));
    m_prettyButton->hide();

    m_historyCombo = new QComboBox(this);
    m_historyCombo->setObjectName(QStringLiteral("historyCombo"));
    m_historyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_historyCombo->setMinimumContentsLength(10);
    m_historyCombo->setEnabled(false);

    m_payloadEdit = new QPlainTextEdit(this);
    m_payloadEdit->setObjectName(QStringLiteral("payloadEdit"));
    m_payloadEdit->setTabChangesFocus(true);
    m_payloadEdit->setFont(monospaceFont());
    m_payloadError = makeInlineLabel(QStringLiteral("payloadError"), this);

    m_sendButton = new QPushButton(tr("Send"), this);
    m_sendButton->setObjectName(QStringLiteral("sendButton"));

    m_encodeCheck = new QCheckBox(this);
    m_encodeCheck->setObjectName(QStringLiteral("encodeCheck"));
    m_encodeCheck->setChecked(true);
    m_encodeCheck->hide();
    m_scriptNote = new QLabel(this);
    m_scriptNote->setObjectName(QStringLiteral("scriptNote"));
    m_scriptNote->setWordWrap(true);
    m_scriptNote->hide();

    buildPropertiesGroup();
    buildSavedControls();
    buildRepeatControls();

    auto *topicRow = new QHBoxLayout;
    topicRow->addWidget(m_topicEdit, 1);
    topicRow->addWidget(m_qosCombo);
    topicRow->addWidget(m_retainCheck);

    auto *payloadBar = new QHBoxLayout;
    payloadBar->addWidget(m_formatCombo);
    payloadBar->addWidget(m_prettyButton);
    payloadBar->addStretch(1);
    payloadBar->addWidget(m_historyCombo, 1);
    payloadBar->addWidget(m_savedCombo, 1);
    payloadBar->addWidget(m_saveButton);

    auto *sendRow = new QHBoxLayout;
    sendRow->addWidget(m_payloadError, 1);
    sendRow->addWidget(m_repeatStatus, 1);
    sendRow->addStretch(); // while the two above are hidden
    sendRow->addWidget(m_repeatCheck);
    sendRow->addWidget(m_intervalSpin);
    sendRow->addWidget(m_countSpin);
    sendRow->addWidget(m_sendButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(topicRow);
    layout->addWidget(m_topicError);
    layout->addWidget(m_topicWarning);
    layout->addLayout(payloadBar);
    layout->addWidget(m_payloadEdit, 1);
    auto *pipelineRow = new QHBoxLayout;
    pipelineRow->addWidget(m_encodeCheck);
    pipelineRow->addWidget(m_scriptNote, 1);
    layout->addLayout(pipelineRow);
    layout->addLayout(sendRow);
    layout->addWidget(m_propertiesToggle);
    layout->addWidget(m_propertiesGroup);

    m_topicEdit->installEventFilter(this);
    m_payloadEdit->installEventFilter(this);

    connect(m_topicEdit, &QLineEdit::textChanged, this, &PublishPanel::revalidate);
    connect(m_topicEdit, &QLineEdit::textChanged, this, &PublishPanel::refreshPipeline);
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
    retranslate(this, [this] { retranslateUi(); });
}

void PublishPanel::buildSavedControls()
{
    m_savedCombo = new QComboBox(this);
    m_savedCombo->setObjectName(QStringLiteral("savedCombo"));
    m_savedCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_savedCombo->setMinimumContentsLength(8);
    m_savedCombo->setEnabled(false);
    connect(m_savedCombo, &QComboBox::activated, this,
            [this](int index) { loadSavedMessage(m_savedCombo->itemData(index).toString()); });

    // Save… saves; its menu renames or deletes the saved message chosen in the combo.
    m_saveButton = new QToolButton(this);
    m_saveButton->setObjectName(QStringLiteral("saveMessageButton"));
    m_saveButton->setPopupMode(QToolButton::MenuButtonPopup);
    auto *menu = new QMenu(m_saveButton);
    menu->setObjectName(QStringLiteral("savedMenu"));
    m_renameSavedAction = menu->addAction(QString(), this, &PublishPanel::askToRename);
    m_renameSavedAction->setObjectName(QStringLiteral("renameSavedAction"));
    m_deleteSavedAction = menu->addAction(QString(), this, &PublishPanel::confirmRemove);
    m_deleteSavedAction->setObjectName(QStringLiteral("deleteSavedAction"));
    m_saveButton->setMenu(menu);
    connect(m_saveButton, &QToolButton::clicked, this, &PublishPanel::askToSave);
    connect(m_savedCombo, &QComboBox::currentIndexChanged, this, &PublishPanel::updateSavedMenu);
    updateSavedMenu();
}

void PublishPanel::updateSavedMenu()
{
    const QString name = m_savedCombo->currentData().toString();
    m_renameSavedAction->setEnabled(!name.isEmpty());
    m_deleteSavedAction->setEnabled(!name.isEmpty());
    m_renameSavedAction->setText(name.isEmpty() ? tr("Rename…") : tr("Rename “%1”…").arg(preview(name, 30)));
    m_deleteSavedAction->setText(name.isEmpty() ? tr("Delete") : tr("Delete “%1”").arg(preview(name, 30)));
}

void PublishPanel::buildRepeatControls()
{
    m_repeatCheck = new QCheckBox(tr("Repeat"), this);
    m_repeatCheck->setObjectName(QStringLiteral("repeatCheck"));
    m_repeatCheck->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);

    m_intervalSpin = new QSpinBox(this);
    m_intervalSpin->setObjectName(QStringLiteral("repeatIntervalSpin"));
    m_intervalSpin->setRange(MinRepeatIntervalMs, MaxRepeatIntervalMs);
    m_intervalSpin->setValue(1000);
    m_intervalSpin->setAccelerated(true);

    m_countSpin = new QSpinBox(this);
    m_countSpin->setObjectName(QStringLiteral("repeatCountSpin"));
    m_countSpin->setRange(0, MaxRepeatCount);
    m_countSpin->setValue(10);
    m_countSpin->setAccelerated(true);

    m_repeatStatus = new QLabel(this);
    m_repeatStatus->setObjectName(QStringLiteral("repeatStatus"));
    m_repeatStatus->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    // Takes the room there is (a count of millions must not widen the window).
    m_repeatStatus->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_repeatStatus->setMinimumWidth(
        m_repeatStatus->fontMetrics().horizontalAdvance(tr("sent %L1 of %L2").arg(9999).arg(10000)));
    m_repeatStatus->hide();

    m_intervalSpin->hide();
    m_countSpin->hide();
    m_repeatTimer.setTimerType(Qt::PreciseTimer);
    connect(&m_repeatTimer, &QTimer::timeout, this, &PublishPanel::repeatTick);
    connect(m_repeatCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_intervalSpin->setVisible(on);
        m_countSpin->setVisible(on);
        if (!on)
            m_repeatStatus->hide();
        revalidate(); // "{n}" counts as 1 while repeating
    });
}

void PublishPanel::buildPropertiesGroup()
{
    // Folded away until wanted: most messages carry no properties.
    m_propertiesToggle = new QToolButton(this);
    m_propertiesToggle->setObjectName(QStringLiteral("propertiesToggle"));
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

    m_utf8Check = new QCheckBox(tr("UTF-8 text"), m_propertiesGroup);
    m_utf8Check->setObjectName(QStringLiteral("payloadFormatIndicatorCheck"));
    m_utf8Check->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed); // no dead width beside its text

    m_expirySpin = new QSpinBox(m_propertiesGroup);
    m_expirySpin->setObjectName(QStringLiteral("messageExpirySpin"));
    m_expirySpin->setRange(0, std::numeric_limits<int>::max());

    m_topicAliasSpin = new QSpinBox(m_propertiesGroup);
    m_topicAliasSpin->setObjectName(QStringLiteral("topicAliasSpin"));
    m_topicAliasSpin->setRange(0, 65535);

    m_responseTopicEdit = new QLineEdit(m_propertiesGroup);
    m_responseTopicEdit->setObjectName(QStringLiteral("responseTopicEdit"));

    m_correlationEdit = new QLineEdit(m_propertiesGroup);
    m_correlationEdit->setObjectName(QStringLiteral("correlationDataEdit"));

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

    m_propertiesError = makeInlineLabel(QStringLiteral("propertiesError"), m_propertiesGroup);

    auto *form = new QFormLayout(m_propertiesGroup);
    form->addRow(tr("Content type:"), m_contentTypeEdit);
    form->addRow(tr("Payload format:"), m_utf8Check);
    form->addRow(tr("Message expiry:"), m_expirySpin);
    form->addRow(tr("Topic alias:"), m_topicAliasSpin);
    form->addRow(tr("Response topic:"), m_responseTopicEdit);
    form->addRow(tr("Correlation data:"), m_correlationEdit);
    form->addRow(tr("User properties:"), userRow);
    form->addRow(m_propertiesError);
    retranslate(m_propertiesGroup, [this, form, addButton, removeButton] {
        m_propertiesGroup->setTitle(tr("MQTT 5 properties"));
        m_utf8Check->setText(tr("UTF-8 text"));
        m_userPropertiesTable->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
        addButton->setText(tr("Add"));
        addButton->setToolTip(tr("Add a user property"));
        removeButton->setText(tr("Remove"));
        removeButton->setToolTip(tr("Remove the selected user properties"));
        const std::pair<QWidget *, QString> labels[] = {
            {m_contentTypeEdit, tr("Content type:")},     {m_utf8Check, tr("Payload format:")},
            {m_expirySpin, tr("Message expiry:")},        {m_topicAliasSpin, tr("Topic alias:")},
            {m_responseTopicEdit, tr("Response topic:")}, {m_correlationEdit, tr("Correlation data:")}};
        for (const auto &[field, text] : labels) {
            if (auto *label = qobject_cast<QLabel *>(form->labelForField(field)))
                label->setText(text);
        }
    });

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

QString PublishPanel::numbered(const QString &text, qint64 n) const
{
    return m_repeatCheck->isChecked() ? withNumber(text, n) : text;
}

QString PublishPanel::payloadText(qint64 n) const
{
    const QString text = m_payloadEdit->toPlainText();
    return m_format == PayloadFormat::Text || m_format == PayloadFormat::Json ? numbered(text, n) : text;
}

QString PublishPanel::topicError() const
{
    const QString topic = numbered(m_topicEdit->text(), 1);
    if (topic.isEmpty() && m_version == ProtocolVersion::V5 && m_topicAliasSpin->value() > 0)
        return {};
    return TopicName::validate(topic).value_or(QString());
}

QString PublishPanel::payloadError() const
{
    if (!m_formatError.isEmpty())
        return m_formatError;
    QString error;
    if (encodePayload(payloadText(1), m_format, &error))
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
        const std::optional<QByteArray> payload = encodePayload(payloadText(1), m_format, nullptr);
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
    // Also beside an error: "a/+ " is refused, and the space may be why.
    showError(m_topicWarning, TopicName::whitespaceWarning(m_topicEdit->text()).value_or(QString()));
    showError(m_payloadError, payload);
    showError(m_propertiesError, properties);
    updateSendButton();
}

void PublishPanel::updateSendButton()
{
    if (isRepeating()) {
        m_sendButton->setText(tr("Stop"));
        m_sendButton->setToolTip(tr("Stop repeating (Ctrl+Enter)"));
        m_sendButton->setEnabled(true);
        return;
    }
    const bool repeating = m_repeatCheck->isChecked();
    m_sendButton->setText(repeating ? tr("Start") : tr("Send"));
    m_sendButton->setToolTip(!repeating    ? tr("Publish (Ctrl+Enter)")
                             : m_connected ? tr("Start repeating (Ctrl+Enter)")
                                           : tr("Connect to start repeating"));
    m_sendButton->setEnabled(errorText().isEmpty() && (!repeating || m_connected));
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
    message.topic = numbered(m_topicEdit->text(), 1);
    const std::optional<QByteArray> payload = encodePayload(payloadText(1), m_format, nullptr);
    if (!payload)
        return std::nullopt;
    message.payload = *payload;
    message.qos = quint8(m_qosCombo->currentIndex());
    message.retain = m_retainCheck->isChecked();
    message.properties = properties();
    return message;
}

PublishPanel::HistoryEntry PublishPanel::currentEntry() const
{
    HistoryEntry entry;
    entry.message.topic = m_topicEdit->text();
    entry.message.payload = encodePayload(m_payloadEdit->toPlainText(), m_format, nullptr).value_or(QByteArray());
    entry.message.qos = quint8(m_qosCombo->currentIndex());
    entry.message.retain = m_retainCheck->isChecked();
    entry.message.properties = properties();
    entry.format = m_format;
    entry.payloadText = m_payloadEdit->toPlainText();
    return entry;
}

void PublishPanel::remember(const HistoryEntry &entry)
{
    m_history.removeAll(entry);
    m_history.prepend(entry);
    if (m_history.size() > MaxHistory)
        m_history.resize(MaxHistory);
    rebuildHistoryCombo();
    emit historyChanged();
}

void PublishPanel::send()
{
    if (isRepeating()) {
        stopRepeating();
        return;
    }
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
    if (m_repeatCheck->isChecked()) {
        if (m_connected)
            startRepeating();
        return;
    }
    remember(currentEntry());
    emit publishRequested(*outgoing);
}

void PublishPanel::setPipelineLookup(std::function<Pipeline(const QString &topic)> lookup)
{
    m_pipelineLookup = std::move(lookup);
    refreshPipeline();
}

void PublishPanel::refreshPipeline()
{
    m_pipeline = m_pipelineLookup ? m_pipelineLookup(numbered(m_topicEdit->text(), 1)) : Pipeline();
    m_encodeCheck->setVisible(!m_pipeline.encoder.isEmpty());
    m_encodeCheck->setText(tr("Encode the JSON as %1").arg(m_pipeline.encoder));
    m_encodeCheck->setToolTip(tr("The payload is JSON: it is sent in the binary form that the schema bound to "
                                 "this topic describes (Connection ▸ Payload decoders…)"));
    m_scriptNote->setVisible(!m_pipeline.script.isEmpty());
    m_scriptNote->setText(tr("Before it is sent, the payload goes through publish() (%1).").arg(m_pipeline.script));
}

bool PublishPanel::encodes() const
{
    return !m_pipeline.encoder.isEmpty() && m_encodeCheck->isChecked();
}

void PublishPanel::setEncodes(bool encode)
{
    m_encodeCheck->setChecked(encode);
}

void PublishPanel::showSendError(const QString &error)
{
    if (isRepeating())
        finishRepeating(tr("stopped: %1").arg(error));
    showError(m_payloadError, tr("Not sent: %1").arg(error));
}

void PublishPanel::setRepeat(bool repeat)
{
    m_repeatCheck->setChecked(repeat);
}

bool PublishPanel::repeat() const
{
    return m_repeatCheck->isChecked();
}

void PublishPanel::setRepeatInterval(int ms)
{
    m_intervalSpin->setValue(ms);
}

int PublishPanel::repeatInterval() const
{
    return m_intervalSpin->value();
}

void PublishPanel::setRepeatCount(int count)
{
    m_countSpin->setValue(count);
}

int PublishPanel::repeatCount() const
{
    return m_countSpin->value();
}

void PublishPanel::startRepeating()
{
    m_repeatEntry = currentEntry();
    m_repeatTotal = m_countSpin->value();
    m_repeatSent = 0;
    remember(m_repeatEntry);
    for (QWidget *w : std::initializer_list<QWidget *>{m_repeatCheck, m_intervalSpin, m_countSpin})
        w->setEnabled(false);
    m_repeatStatus->show();
    m_repeatTimer.start(m_intervalSpin->value());
    updateSendButton();
    emit repeatingChanged(true);
    repeatTick(); // the first one now
}

void PublishPanel::repeatTick()
{
    if (!isRepeating())
        return;
    const qint64 n = m_repeatSent + 1;
    OutgoingMessage outgoing = m_repeatEntry.message;
    outgoing.topic = withNumber(outgoing.topic, n);
    const bool numberedPayload = (m_repeatEntry.format == PayloadFormat::Text
                                  || m_repeatEntry.format == PayloadFormat::Json)
                                 && m_repeatEntry.payloadText.contains(NumberPlaceholder);
    if (numberedPayload) {
        QString error;
        const std::optional<QByteArray> payload = encodePayload(withNumber(m_repeatEntry.payloadText, n),
                                                                m_repeatEntry.format, &error);
        if (!payload) {
            finishRepeating(tr("stopped after %L1: %2").arg(m_repeatSent).arg(error));
            return;
        }
        outgoing.payload = *payload;
    }
    ++m_repeatSent;
    emit publishRequested(outgoing);
    if (!isRepeating())
        return; // showSendError() stopped it
    if (m_repeatTotal > 0 && m_repeatSent >= m_repeatTotal) {
        finishRepeating(tr("sent %L1 of %L2").arg(m_repeatSent).arg(m_repeatTotal));
        return;
    }
    m_repeatStatus->setText(m_repeatTotal > 0 ? tr("sent %L1 of %L2").arg(m_repeatSent).arg(m_repeatTotal)
                                              : tr("sent %L1").arg(m_repeatSent));
}

void PublishPanel::stopRepeating()
{
    if (!isRepeating())
        return;
    finishRepeating(m_repeatTotal > 0 ? tr("stopped after %L1 of %L2").arg(m_repeatSent).arg(m_repeatTotal)
                                      : tr("stopped after %L1").arg(m_repeatSent));
}

void PublishPanel::finishRepeating(const QString &status)
{
    m_repeatTimer.stop();
    for (QWidget *w : std::initializer_list<QWidget *>{m_repeatCheck, m_intervalSpin, m_countSpin})
        w->setEnabled(true);
    m_repeatStatus->setText(status);
    m_repeatStatus->setVisible(m_repeatCheck->isChecked());
    updateSendButton();
    emit repeatingChanged(false);
}

void PublishPanel::setConnected(bool connected)
{
    m_connected = connected;
    if (!connected && isRepeating())
        finishRepeating(tr("stopped after %L1: not connected").arg(m_repeatSent));
    updateSendButton();
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
        m_historyCombo->addItem(tr("%1  %2").arg(entry.message.topic, preview(entry.payloadText, 40)));
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
    loadEntry(m_history.at(index));
    m_historyCombo->setCurrentIndex(-1);
}

void PublishPanel::loadEntry(const HistoryEntry &source)
{
    const HistoryEntry entry = source; // `source` may live in a list that the edits below change
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
    m_formatError.clear();
    revalidate();
}

void PublishPanel::setSavedMessages(const QList<SavedMessage> &messages)
{
    m_saved = messages;
    rebuildSavedCombo();
}

bool PublishPanel::saveMessage(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return false;
    const SavedMessage saved{trimmed, currentEntry()};
    auto it = std::find_if(m_saved.begin(), m_saved.end(), [&](const SavedMessage &m) { return m.name == trimmed; });
    if (it != m_saved.end())
        *it = saved;
    else
        m_saved.append(saved);
    rebuildSavedCombo(trimmed);
    emit savedMessagesChanged();
    return true;
}

bool PublishPanel::loadSavedMessage(const QString &name)
{
    for (const SavedMessage &saved : std::as_const(m_saved)) {
        if (saved.name == name) {
            loadEntry(saved.message);
            m_savedCombo->setCurrentIndex(m_savedCombo->findData(name));
            return true;
        }
    }
    return false;
}

bool PublishPanel::renameSavedMessage(const QString &from, const QString &to)
{
    const QString trimmed = to.trimmed();
    if (trimmed.isEmpty())
        return false;
    const auto named = [this](const QString &name) {
        return std::find_if(m_saved.begin(), m_saved.end(), [&](const SavedMessage &m) { return m.name == name; });
    };
    const auto it = named(from);
    if (it == m_saved.end())
        return false;
    if (trimmed == from)
        return true;
    if (named(trimmed) != m_saved.end())
        return false;
    it->name = trimmed;
    rebuildSavedCombo(trimmed);
    emit savedMessagesChanged();
    return true;
}

void PublishPanel::removeSavedMessage(const QString &name)
{
    const qsizetype removed = m_saved.removeIf([&](const SavedMessage &m) { return m.name == name; });
    if (removed == 0)
        return;
    rebuildSavedCombo();
    emit savedMessagesChanged();
}

void PublishPanel::rebuildSavedCombo(const QString &current)
{
    const QSignalBlocker blocker(m_savedCombo);
    m_savedCombo->clear();
    for (const SavedMessage &saved : std::as_const(m_saved)) {
        m_savedCombo->addItem(saved.name, saved.name);
        m_savedCombo->setItemData(m_savedCombo->count() - 1,
                                  tr("%1\n%2").arg(saved.message.message.topic, saved.message.payloadText.left(500)),
                                  Qt::ToolTipRole);
    }
    m_savedCombo->setEnabled(!m_saved.isEmpty());
    m_savedCombo->setCurrentIndex(current.isEmpty() ? -1 : m_savedCombo->findData(current));
    updateSavedMenu();
}

void PublishPanel::askToSave()
{
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("saveMessageDialog"));
    dialog.setWindowTitle(tr("Save Message"));
    dialog.setLabelText(tr("Name (a saved message of this name is replaced):"));
    const QString current = m_savedCombo->currentData().toString();
    dialog.setTextValue(current.isEmpty() ? m_topicEdit->text() : current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    saveMessage(dialog.textValue());
}

void PublishPanel::askToRename()
{
    const QString from = m_savedCombo->currentData().toString();
    if (from.isEmpty())
        return;
    QInputDialog dialog(this);
    dialog.setObjectName(QStringLiteral("renameMessageDialog"));
    dialog.setWindowTitle(tr("Rename Saved Message"));
    dialog.setLabelText(tr("New name:"));
    dialog.setTextValue(from);
    while (dialog.exec() == QDialog::Accepted) {
        if (dialog.textValue().trimmed().isEmpty() || renameSavedMessage(from, dialog.textValue()))
            return;
        dialog.setLabelText(
            tr("There is already a saved message named “%1”. New name:").arg(dialog.textValue().trimmed()));
    }
}

void PublishPanel::confirmRemove()
{
    removeSavedMessage(m_savedCombo->currentData().toString());
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
    for (QLabel *label : {m_topicError, m_payloadError, m_propertiesError, m_topicWarning}) {
        const QColor color = label == m_topicWarning ? warningTextColor() : errorTextColor();
        QPalette palette = label->palette();
        palette.setColor(QPalette::WindowText, color);
        palette.setColor(QPalette::Text, color);
        label->setPalette(palette);
    }
}

// The texts set again in a new language (retranslate()).
void PublishPanel::retranslateUi()
{
    const QStringList qos{tr("QoS 0"), tr("QoS 1"), tr("QoS 2")};
    for (int i = 0; i < qos.size() && i < m_qosCombo->count(); ++i)
        m_qosCombo->setItemText(i, qos.at(i));
    m_retainCheck->setText(tr("Retain"));
    for (int i = 0; i < m_formatCombo->count(); ++i) {
        const auto format = PayloadFormat(m_formatCombo->itemData(i).toInt());
        m_formatCombo->setItemText(i, format == PayloadFormat::Text   ? tr("Text")
                                      : format == PayloadFormat::Json ? tr("JSON")
                                      : format == PayloadFormat::Hex  ? tr("Hex")
                                                                      : tr("Base64"));
    }
    m_prettyButton->setText(tr("Format"));
    refreshPipeline();
    m_repeatCheck->setText(tr("Repeat"));
    m_topicEdit->setPlaceholderText(tr("Topic, e.g. sensors/kitchen/temp"));
    m_qosCombo->setToolTip(tr("Quality of service"));
    m_formatCombo->setToolTip(tr("How the payload is typed"));
    m_prettyButton->setToolTip(tr("Re-indent the JSON"));
    m_historyCombo->setPlaceholderText(tr("History"));
    m_historyCombo->setToolTip(tr("Recall a message sent before"));
    m_payloadEdit->setPlaceholderText(tr("Payload (Ctrl+Enter sends)"));
    m_sendButton->setToolTip(tr("Publish (Ctrl+Enter)"));
    m_savedCombo->setPlaceholderText(tr("Saved"));
    m_savedCombo->setToolTip(tr("Load a message saved under a name"));
    m_saveButton->setText(tr("Save…"));
    m_saveButton->setToolTip(tr("Save this message under a name"));
    m_repeatCheck->setToolTip(tr("Publish the message again and again. {n} in the topic or in a text or JSON "
                                 "payload becomes the message's number: 1, 2, 3 …"));
    m_intervalSpin->setPrefix(tr("every "));
    m_intervalSpin->setSuffix(tr(" ms"));
    m_intervalSpin->setToolTip(tr("Time between two messages"));
    m_countSpin->setSpecialValueText(tr("forever"));
    m_countSpin->setSuffix(tr(" times"));
    m_countSpin->setToolTip(tr("How many messages; 0 sends until stopped"));
    m_propertiesToggle->setText(tr("MQTT 5 properties"));
    m_contentTypeEdit->setPlaceholderText(tr("e.g. application/json"));
    m_utf8Check->setToolTip(tr("Payload Format Indicator: the payload is UTF-8 text"));
    m_expirySpin->setSpecialValueText(tr("Never"));
    m_expirySpin->setSuffix(tr(" s"));
    m_topicAliasSpin->setSpecialValueText(tr("None"));
    m_correlationEdit->setToolTip(tr("Correlation data, sent as the UTF-8 bytes of this text"));
    updateSendButton(); // its text and tooltip say what a click does now
    updateSavedMenu();
}

} // namespace Signalbox
