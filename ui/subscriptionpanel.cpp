#include "subscriptionpanel.h"

#include "retranslate.h"

#include "theme.h"
#include "mqtt/topic.h"

#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPainter>
#include <QPen>
#include <QPixmap>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

#include <algorithm>

namespace Signalbox {

namespace {

const QString SysFilter = QStringLiteral("$SYS/#");

QIcon swatchIcon(const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setPen(color.darker(140));
    painter.setBrush(color);
    painter.drawRoundedRect(QRectF(0.5, 0.5, size - 1, size - 1), 3, 3);
    return QIcon(pixmap);
}

enum class Glyph { Pause, Resume, Remove };

// Drawn in the text colour, so that they show on light and dark palettes alike.
QIcon glyphIcon(Glyph glyph, const QColor &color, int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal s = size;
    switch (glyph) {
    case Glyph::Pause:
        painter.fillRect(QRectF(s * 0.25, s * 0.2, s * 0.17, s * 0.6), color);
        painter.fillRect(QRectF(s * 0.58, s * 0.2, s * 0.17, s * 0.6), color);
        break;
    case Glyph::Resume: {
        const QPointF triangle[] = {{s * 0.3, s * 0.18}, {s * 0.8, s * 0.5}, {s * 0.3, s * 0.82}};
        painter.setPen(Qt::NoPen);
        painter.setBrush(color);
        painter.drawPolygon(triangle, 3);
        break;
    }
    case Glyph::Remove:
        painter.setPen(QPen(color, qMax(1.5, s / 9), Qt::SolidLine, Qt::RoundCap));
        painter.drawLine(QPointF(s * 0.28, s * 0.28), QPointF(s * 0.72, s * 0.72));
        painter.drawLine(QPointF(s * 0.72, s * 0.28), QPointF(s * 0.28, s * 0.72));
        break;
    }
    return QIcon(pixmap);
}

// A label that shows what fits of its text, with "…" in the middle (a filter's
// both ends say the most), so that a long filter does not widen the pane.
class ElidedLabel : public QLabel
{
public:
    using QLabel::QLabel;
    QSize minimumSizeHint() const override
    {
        return {fontMetrics().horizontalAdvance(QChar(0x2026)) * 3, QLabel::minimumSizeHint().height()};
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter painter(this);
        painter.setPen(palette().color(isEnabled() ? QPalette::Active : QPalette::Disabled, foregroundRole()));
        const QRect r = contentsRect();
        painter.drawText(r, int(alignment()), fontMetrics().elidedText(text(), Qt::ElideMiddle, r.width()));
    }
};

void setTextColor(QLabel *label, const QColor &color)
{
    // Text as well: inside the list's viewport a label paints with the Text role.
    QPalette palette = label->palette();
    palette.setColor(QPalette::WindowText, color);
    palette.setColor(QPalette::Text, color);
    label->setPalette(palette);
}

} // namespace

QList<QColor> SubscriptionPanel::defaultColors()
{
    // Tableau 10: distinct from each other, readable on light and dark backgrounds.
    return {QColor(0x4e, 0x79, 0xa7), QColor(0xf2, 0x8e, 0x2b), QColor(0xe1, 0x57, 0x59), QColor(0x76, 0xb7, 0xb2),
            QColor(0x59, 0xa1, 0x4f), QColor(0xed, 0xc9, 0x48), QColor(0xb0, 0x7a, 0xa1), QColor(0xff, 0x9d, 0xa7),
            QColor(0x9c, 0x75, 0x5f), QColor(0xba, 0xb0, 0xac)};
}

SubscriptionPanel::SubscriptionPanel(QWidget *parent) : QWidget(parent)
{
    m_filterEdit = new QLineEdit(this);
    m_filterEdit->setObjectName(QStringLiteral("filterEdit"));
    // The placeholders are chosen by the room there is (fitPlaceholders()); the tooltips say it all.
    m_filterEdit->setClearButtonEnabled(true);

    m_filterError = new QLabel(this);
    m_filterError->setObjectName(QStringLiteral("filterError"));
    m_filterError->setWordWrap(true);
    m_filterError->setTextFormat(Qt::PlainText);
    m_filterError->hide();
    m_filterWarning = new QLabel(this);
    m_filterWarning->setObjectName(QStringLiteral("filterWarning"));
    m_filterWarning->setWordWrap(true);
    m_filterWarning->setTextFormat(Qt::PlainText);
    m_filterWarning->hide();

    m_qosCombo = new QComboBox(this);
    m_qosCombo->setObjectName(QStringLiteral("qosCombo"));
    m_qosCombo->addItems({tr("QoS 0"), tr("QoS 1"), tr("QoS 2")});

    m_colorButton = new QToolButton(this);
    m_colorButton->setObjectName(QStringLiteral("colorButton"));
    m_colorButton->setAccessibleName(tr("Colour"));

    m_aliasEdit = new QLineEdit(this);
    m_aliasEdit->setObjectName(QStringLiteral("aliasEdit"));

    m_addButton = new QPushButton(tr("Subscribe"), this);
    m_addButton->setObjectName(QStringLiteral("addButton"));
    m_addButton->setEnabled(false);

    m_sysButton = new QPushButton(SysFilter, this);
    m_sysButton->setObjectName(QStringLiteral("sysButton"));

    m_optionsToggle = new QToolButton(this);
    m_optionsToggle->setObjectName(QStringLiteral("v5OptionsToggle"));
    m_optionsToggle->setCheckable(true);
    m_optionsToggle->setAutoRaise(true);
    m_optionsToggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_optionsToggle->setArrowType(Qt::RightArrow);

    m_options = new QWidget(this);
    m_options->setObjectName(QStringLiteral("v5Options"));
    m_noLocalCheck = new QCheckBox(tr("No local"), m_options);
    m_noLocalCheck->setObjectName(QStringLiteral("noLocalCheck"));
    m_retainAsPublishedCheck = new QCheckBox(tr("Retain as published"), m_options);
    m_retainAsPublishedCheck->setObjectName(QStringLiteral("retainAsPublishedCheck"));
    m_retainHandlingCombo = new QComboBox(m_options);
    m_retainHandlingCombo->setObjectName(QStringLiteral("retainHandlingCombo"));
    m_retainHandlingCombo->addItems({tr("0: send retained messages"), tr("1: send if the subscription is new"),
                                     tr("2: never send retained messages")});
    m_subscriptionIdSpin = new QSpinBox(m_options);
    m_subscriptionIdSpin->setObjectName(QStringLiteral("subscriptionIdSpin"));
    m_subscriptionIdSpin->setRange(0, int(MaxVariableByteInteger)); // MQTT 5.0 §3.8.2.1.2: 1 to 268,435,455
    auto *optionsLayout = new QFormLayout(m_options);
    optionsLayout->setContentsMargins(0, 0, 0, 0);
    auto *checks = new QHBoxLayout;
    checks->addWidget(m_noLocalCheck);
    checks->addWidget(m_retainAsPublishedCheck);
    checks->addStretch();
    optionsLayout->addRow(checks);
    optionsLayout->addRow(tr("Retain handling:"), m_retainHandlingCombo);
    optionsLayout->addRow(tr("Subscription identifier:"), m_subscriptionIdSpin);
    retranslate(m_options, [this, optionsLayout] {
        if (auto *label = qobject_cast<QLabel *>(optionsLayout->labelForField(m_retainHandlingCombo)))
            label->setText(tr("Retain handling:"));
        if (auto *label = qobject_cast<QLabel *>(optionsLayout->labelForField(m_subscriptionIdSpin)))
            label->setText(tr("Subscription identifier:"));
    });
    m_options->hide();

    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("subscriptionList"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    m_list->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff); // rows fit the pane; long names are elided

    auto *filterRow = new QHBoxLayout;
    filterRow->addWidget(m_colorButton);
    filterRow->addWidget(m_filterEdit, 1);
    filterRow->addWidget(m_qosCombo);
    auto *aliasRow = new QHBoxLayout;
    aliasRow->addWidget(m_aliasEdit, 1);
    aliasRow->addWidget(m_addButton);
    // On a row of its own with the options' expander: beside the alias it left the alias no room.
    auto *optionsRow = new QHBoxLayout;
    optionsRow->addWidget(m_optionsToggle);
    optionsRow->addStretch(1);
    optionsRow->addWidget(m_sysButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filterRow);
    layout->addWidget(m_filterError);
    layout->addWidget(m_filterWarning);
    layout->addLayout(aliasRow);
    layout->addLayout(optionsRow);
    layout->addWidget(m_options);
    layout->addWidget(m_list, 1);

    connect(m_filterEdit, &QLineEdit::textChanged, this, &SubscriptionPanel::revalidateDraft);
    connect(m_filterEdit, &QLineEdit::returnPressed, this, &SubscriptionPanel::submitDraft);
    connect(m_aliasEdit, &QLineEdit::returnPressed, this, &SubscriptionPanel::submitDraft);
    connect(m_addButton, &QPushButton::clicked, this, &SubscriptionPanel::submitDraft);
    connect(m_colorButton, &QToolButton::clicked, this, &SubscriptionPanel::chooseDraftColor);
    connect(m_sysButton, &QPushButton::clicked, this, [this] {
        SubscriptionItem item;
        item.entry.filter = SysFilter;
        addItem(item);
    });
    connect(m_optionsToggle, &QToolButton::toggled, this, [this](bool open) {
        m_optionsToggle->setArrowType(open ? Qt::DownArrow : Qt::RightArrow);
        m_options->setVisible(open && m_version == ProtocolVersion::V5);
    });

    m_filterEdit->installEventFilter(this);
    m_aliasEdit->installEventFilter(this);
    fitPlaceholders();

    refreshDraftColor();
    updateErrorColors();
    setProtocolVersion(m_version);
    retranslate(this, [this] { retranslateUi(); });
}

// The longest placeholder that the field shows whole: the pane is often narrow.
void SubscriptionPanel::fitPlaceholders()
{
    const auto fit = [this](QLineEdit *edit, const QStringList &candidates) {
        const int frame = style()->pixelMetric(QStyle::PM_DefaultFrameWidth, nullptr, edit);
        // Less the text margins; the clear button hides (and gives its room) while the field is empty.
        const int room = edit->width() - 2 * frame - 8;
        for (const QString &text : candidates) {
            if (edit->fontMetrics().horizontalAdvance(text) <= room || &text == &candidates.last()) {
                edit->setPlaceholderText(text);
                return;
            }
        }
    };
    fit(m_filterEdit, {tr("Topic filter, e.g. sensors/+/temp"), tr("Topic filter"), tr("Filter")});
    fit(m_aliasEdit, {tr("Alias (optional)"), tr("Alias")});
}

bool SubscriptionPanel::eventFilter(QObject *watched, QEvent *event)
{
    if ((watched == m_filterEdit || watched == m_aliasEdit)
        && (event->type() == QEvent::Resize || event->type() == QEvent::FontChange))
        fitPlaceholders();
    return QWidget::eventFilter(watched, event);
}

void SubscriptionPanel::setProtocolVersion(ProtocolVersion version)
{
    m_version = version;
    const bool v5 = version == ProtocolVersion::V5;
    m_optionsToggle->setVisible(v5);
    m_options->setVisible(v5 && m_optionsToggle->isChecked());
}

QList<SubscriptionItem> SubscriptionPanel::items() const
{
    QList<SubscriptionItem> result;
    result.reserve(m_rows.size());
    for (const Row &row : m_rows)
        result.append(row.item);
    return result;
}

void SubscriptionPanel::setItems(const QList<SubscriptionItem> &items)
{
    while (!m_rows.isEmpty())
        removeRowAt(int(m_rows.size()) - 1);
    for (SubscriptionItem item : items) {
        if (TopicFilter::validate(item.entry.filter) || indexOf(item.entry.filter) >= 0)
            continue;
        if (!item.color.isValid())
            item.color = takeNextColor();
        insertRow(item);
    }
    refreshDraftColor();
    emit itemsChanged();
}

bool SubscriptionPanel::addItem(const SubscriptionItem &item, QString *error)
{
    const std::optional<QString> problem = TopicFilter::validate(item.entry.filter);
    if (problem) {
        if (error)
            *error = *problem;
        return false;
    }
    const int index = indexOf(item.entry.filter);
    SubscriptionItem added = item;
    bool wasActive = false;
    if (index >= 0) {
        Row &row = m_rows[index];
        wasActive = row.item.active;
        if (!added.color.isValid())
            added.color = row.item.color;
        row.item = added;
        row.status.clear();
        updateRow(row);
    } else {
        if (!added.color.isValid())
            added.color = takeNextColor();
        insertRow(added);
        refreshDraftColor();
    }
    if (added.active)
        emit subscribeRequested(added);
    else if (wasActive)
        emit unsubscribeRequested(added.entry.filter);
    emit itemsChanged();
    return true;
}

void SubscriptionPanel::removeItem(const QString &filter)
{
    const int index = indexOf(filter);
    if (index < 0)
        return;
    const bool wasActive = m_rows.at(index).item.active;
    removeRowAt(index);
    if (wasActive)
        emit unsubscribeRequested(filter);
    emit itemsChanged();
}

void SubscriptionPanel::setActive(const QString &filter, bool active)
{
    const int index = indexOf(filter);
    if (index < 0 || m_rows.at(index).item.active == active)
        return;
    Row &row = m_rows[index];
    row.item.active = active;
    row.status.clear();
    updateRow(row);
    const SubscriptionItem item = row.item;
    if (active)
        emit subscribeRequested(item);
    else
        emit unsubscribeRequested(filter);
    emit itemsChanged();
}

void SubscriptionPanel::setStatus(const QString &filter, const QString &status, bool isError)
{
    const int index = indexOf(filter);
    if (index < 0)
        return;
    Row &row = m_rows[index];
    row.status = status;
    row.statusIsError = isError;
    updateRow(row);
}

QColor SubscriptionPanel::colorFor(const QString &filter) const
{
    const int index = indexOf(filter);
    return index < 0 ? QColor() : m_rows.at(index).item.color;
}

QStringList SubscriptionPanel::draftFilters() const
{
    const QString text = m_filterEdit->text();
    if (!text.contains(QLatin1Char(',')))
        return text.isEmpty() ? QStringList() : QStringList{text};
    // Only ordinary spaces and tabs are the separator's: anything else stays and is warned about.
    const auto isSeparatorSpace = [](QChar c) { return c == QLatin1Char(' ') || c == QLatin1Char('\t'); };
    QStringList filters;
    const QStringList parts = text.split(QLatin1Char(','));
    for (const QString &part : parts) {
        qsizetype begin = 0, end = part.size();
        while (begin < end && isSeparatorSpace(part.at(begin)))
            ++begin;
        while (end > begin && isSeparatorSpace(part.at(end - 1)))
            --end;
        if (end > begin)
            filters.append(part.mid(begin, end - begin));
    }
    return filters;
}

QString SubscriptionPanel::errorText() const
{
    const QStringList filters = draftFilters();
    if (filters.size() == 1)
        return TopicFilter::validate(filters.first()).value_or(QString());
    QStringList problems;
    for (const QString &filter : filters) {
        if (const std::optional<QString> problem = TopicFilter::validate(filter))
            problems << tr("“%1” is not a valid filter: %2").arg(filter, *problem);
    }
    return problems.join(QLatin1Char('\n'));
}

QString SubscriptionPanel::warningText() const
{
    const QStringList filters = draftFilters();
    QStringList warnings;
    for (const QString &filter : filters) {
        // Also for an invalid filter: "sensors/# " is refused, and the space is why.
        if (const std::optional<QString> warning = TopicFilter::whitespaceWarning(filter))
            warnings << (filters.size() == 1 ? *warning : tr("“%1”: %2").arg(filter, *warning));
    }
    return warnings.join(QLatin1Char('\n'));
}

void SubscriptionPanel::setDraftFilter(const QString &filter)
{
    m_filterEdit->setText(filter);
}

void SubscriptionPanel::submitDraft()
{
    const QStringList filters = draftFilters();
    QStringList refused;
    bool added = false;
    for (const QString &filter : filters) {
        if (TopicFilter::validate(filter)) {
            refused << filter;
            continue;
        }
        SubscriptionItem item;
        item.entry.filter = filter;
        item.entry.qos = quint8(m_qosCombo->currentIndex());
        if (m_version == ProtocolVersion::V5) {
            item.entry.noLocal = m_noLocalCheck->isChecked();
            item.entry.retainAsPublished = m_retainAsPublishedCheck->isChecked();
            item.entry.retainHandling = quint8(m_retainHandlingCombo->currentIndex());
            item.subscriptionIdentifier = quint32(m_subscriptionIdSpin->value());
        }
        if (filters.size() == 1)
            item.alias = m_aliasEdit->text().trimmed(); // an alias names one subscription
        if (m_draftColorChosen)
            item.color = m_draftColor;
        added = addItem(item) || added;
    }
    if (!added)
        return;
    m_draftColorChosen = false;
    m_aliasEdit->clear();
    // What was refused stays, with the error naming it.
    m_filterEdit->setText(refused.join(QStringLiteral(", ")));
    refreshDraftColor();
}

int SubscriptionPanel::indexOf(const QString &filter) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows.at(i).item.entry.filter == filter)
            return i;
    return -1;
}

void SubscriptionPanel::insertRow(const SubscriptionItem &item)
{
    Row row;
    row.item = item;
    row.widget = new QWidget;
    row.widget->setObjectName(QStringLiteral("subscriptionRow"));
    row.widget->setProperty("filter", item.entry.filter);

    row.swatch = new QToolButton(row.widget);
    row.swatch->setObjectName(QStringLiteral("swatchButton"));
    row.swatch->setAutoRaise(true);
    row.swatch->setToolTip(tr("Change the colour"));
    row.name = new ElidedLabel(row.widget);
    row.name->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    row.name->setObjectName(QStringLiteral("nameLabel"));
    row.name->setTextFormat(Qt::PlainText);
    row.qos = new QLabel(row.widget);
    row.qos->setObjectName(QStringLiteral("qosLabel"));
    row.statusLabel = new QLabel(row.widget);
    row.statusLabel->setObjectName(QStringLiteral("statusLabel"));
    row.statusLabel->setTextFormat(Qt::PlainText);
    row.pause = new QToolButton(row.widget);
    row.pause->setObjectName(QStringLiteral("pauseButton"));
    row.pause->setAutoRaise(true);
    row.remove = new QToolButton(row.widget);
    row.remove->setObjectName(QStringLiteral("removeButton"));
    row.remove->setAutoRaise(true);
    row.remove->setToolTip(tr("Unsubscribe and remove"));
    row.remove->setAccessibleName(tr("Remove"));

    auto *layout = new QHBoxLayout(row.widget);
    layout->setContentsMargins(2, 1, 2, 1);
    layout->addWidget(row.swatch);
    layout->addWidget(row.name, 1);
    layout->addWidget(row.statusLabel);
    layout->addWidget(row.qos);
    layout->addWidget(row.pause);
    layout->addWidget(row.remove);

    const QString filter = item.entry.filter;
    connect(row.swatch, &QToolButton::clicked, this, [this, filter] { chooseRowColor(filter); });
    connect(row.pause, &QToolButton::clicked, this, [this, filter] {
        const int index = indexOf(filter);
        if (index >= 0)
            setActive(filter, !m_rows.at(index).item.active);
    });
    connect(row.remove, &QToolButton::clicked, this, [this, filter] { removeItem(filter); });

    row.listItem = new QListWidgetItem(m_list);
    m_list->setItemWidget(row.listItem, row.widget);
    m_rows.append(row);
    updateRow(m_rows.last());
    // As narrow as the row can be: the view gives it the pane's width.
    row.listItem->setSizeHint(QSize(row.widget->minimumSizeHint().width(), row.widget->sizeHint().height()));
}

void SubscriptionPanel::updateRow(Row &row)
{
    const SubscriptionItem &item = row.item;
    const int iconSize = style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, row.widget);
    row.swatch->setIcon(swatchIcon(item.color, iconSize));
    row.name->setText(item.alias.isEmpty() ? item.entry.filter : item.alias);
    row.name->setEnabled(item.active);
    QString tip = item.entry.filter;
    if (const std::optional<QString> warning = TopicFilter::whitespaceWarning(item.entry.filter))
        tip += QLatin1Char('\n') + *warning;
    if (item.entry.noLocal)
        tip += QLatin1Char('\n') + tr("No local");
    if (item.entry.retainAsPublished)
        tip += QLatin1Char('\n') + tr("Retain as published");
    if (item.entry.retainHandling != 0)
        tip += QLatin1Char('\n') + tr("Retain handling %1").arg(item.entry.retainHandling);
    if (item.subscriptionIdentifier != 0)
        tip += QLatin1Char('\n') + tr("Subscription identifier %1").arg(item.subscriptionIdentifier);
    row.name->setToolTip(tip);
    row.listItem->setToolTip(tip);
    row.qos->setText(tr("QoS %1").arg(item.entry.qos));
    row.qos->setEnabled(item.active);

    QString status = row.status;
    if (status.isEmpty() && !item.active)
        status = tr("Paused");
    row.statusLabel->setText(status);
    row.statusLabel->setVisible(!status.isEmpty());
    setTextColor(row.statusLabel, row.statusIsError && !row.status.isEmpty()
                                      ? errorTextColor()
                                      : palette().color(QPalette::PlaceholderText));

    const QColor glyphColor = palette().color(QPalette::Text);
    row.pause->setIcon(glyphIcon(item.active ? Glyph::Pause : Glyph::Resume, glyphColor, iconSize));
    row.remove->setIcon(glyphIcon(Glyph::Remove, glyphColor, iconSize));
    row.pause->setToolTip(item.active ? tr("Pause (unsubscribe, keep in the list)") : tr("Resume (subscribe again)"));
    row.pause->setAccessibleName(item.active ? tr("Pause") : tr("Resume"));
}

void SubscriptionPanel::removeRowAt(int index)
{
    const Row row = m_rows.takeAt(index);
    delete row.listItem; // the view deletes the row's widget later
}

QColor SubscriptionPanel::takeNextColor()
{
    const QList<QColor> colors = defaultColors();
    const QColor color = colors.at(m_nextColor % colors.size());
    m_nextColor = (m_nextColor + 1) % int(colors.size());
    return color;
}

void SubscriptionPanel::refreshDraftColor()
{
    if (m_draftColorChosen)
        return;
    const QList<QColor> colors = defaultColors();
    setDraftColor(colors.at(m_nextColor % colors.size()));
}

void SubscriptionPanel::setDraftColor(const QColor &color)
{
    m_draftColor = color;
    m_colorButton->setIcon(swatchIcon(color, style()->pixelMetric(QStyle::PM_SmallIconSize, nullptr, m_colorButton)));
}

void SubscriptionPanel::chooseDraftColor()
{
    const QColor color = QColorDialog::getColor(m_draftColor, this, tr("Subscription Colour"));
    if (!color.isValid())
        return;
    m_draftColorChosen = true;
    setDraftColor(color);
}

void SubscriptionPanel::chooseRowColor(const QString &filter)
{
    const int index = indexOf(filter);
    if (index < 0)
        return;
    const QColor color = QColorDialog::getColor(m_rows.at(index).item.color, this, tr("Subscription Colour"));
    const int after = indexOf(filter); // the dialog runs an event loop: the list may have changed
    if (!color.isValid() || after < 0)
        return;
    m_rows[after].item.color = color;
    updateRow(m_rows[after]);
    emit itemsChanged();
}

void SubscriptionPanel::revalidateDraft()
{
    const QString error = errorText();
    m_filterError->setText(error);
    m_filterError->setVisible(!error.isEmpty());
    const QString warning = warningText();
    m_filterWarning->setText(warning);
    m_filterWarning->setVisible(!warning.isEmpty());
    const QStringList filters = draftFilters();
    const bool anyValid = std::any_of(filters.cbegin(), filters.cend(),
                                      [](const QString &filter) { return !TopicFilter::validate(filter); });
    m_addButton->setEnabled(anyValid);
    m_aliasEdit->setEnabled(filters.size() <= 1);
}

void SubscriptionPanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::StyleChange)
        updateErrorColors();
}

void SubscriptionPanel::updateErrorColors()
{
    setTextColor(m_filterError, errorTextColor());
    setTextColor(m_filterWarning, warningTextColor());
    for (Row &row : m_rows)
        updateRow(row);
}

void SubscriptionPanel::focusFilter()
{
    m_filterEdit->setFocus(Qt::ShortcutFocusReason);
    m_filterEdit->selectAll();
    // A moment of highlight, so that the eye finds the field in the narrow pane.
    QPalette flash = m_filterEdit->palette();
    flash.setColor(QPalette::Base, palette().color(QPalette::Highlight).lighter(isDarkTheme() ? 80 : 170));
    m_filterEdit->setPalette(flash);
    m_filterEdit->setProperty("highlighted", true);
    QTimer::singleShot(1200, m_filterEdit, [edit = m_filterEdit] {
        edit->setPalette(QPalette());
        edit->setProperty("highlighted", false);
    });
}

// The texts set again in a new language (retranslate()).
void SubscriptionPanel::retranslateUi()
{
    const QStringList qos{tr("QoS 0"), tr("QoS 1"), tr("QoS 2")};
    for (int i = 0; i < qos.size() && i < m_qosCombo->count(); ++i)
        m_qosCombo->setItemText(i, qos.at(i));
    m_colorButton->setAccessibleName(tr("Colour"));
    m_addButton->setText(tr("Subscribe"));
    m_noLocalCheck->setText(tr("No local"));
    m_retainAsPublishedCheck->setText(tr("Retain as published"));
    const QStringList handling{tr("0: send retained messages"), tr("1: send if the subscription is new"),
                               tr("2: never send retained messages")};
    for (int i = 0; i < handling.size() && i < m_retainHandlingCombo->count(); ++i)
        m_retainHandlingCombo->setItemText(i, handling.at(i));
    fitPlaceholders();
    for (Row &row : m_rows)
        updateRow(row);
    m_filterEdit->setToolTip(tr("A topic filter, e.g. sensors/+/temp; several separated by commas: a/b, c/#"));
    m_qosCombo->setToolTip(tr("Maximum quality of service"));
    m_colorButton->setToolTip(tr("Colour of this subscription's messages"));
    m_aliasEdit->setToolTip(tr("A name shown instead of the filter (optional)"));
    m_sysButton->setToolTip(tr("Subscribe to the broker's own statistics ($SYS/#)"));
    m_optionsToggle->setText(tr("MQTT 5 options"));
    m_noLocalCheck->setToolTip(tr("Do not receive the messages this connection publishes"));
    m_retainAsPublishedCheck->setToolTip(tr("Keep the retain flag the publisher set"));
    m_subscriptionIdSpin->setSpecialValueText(tr("None"));
}

} // namespace Signalbox
