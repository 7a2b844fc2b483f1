#pragma once

#include "mqtt/mqtt.h"
#include "mqtt/packets.h"

#include <QColor>
#include <QHash>
#include <QList>
#include <QMetaType>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace Signalbox {

// A subscription as the user keeps it: filter, options, colour, alias, and
// whether it is active (subscribed) or paused (unsubscribed, kept in the list).
struct SubscriptionItem
{
    SubscribeEntry entry; // filter, qos, MQTT 5 options
    quint32 subscriptionIdentifier = 0; // 5.0; 0: none
    QColor color;
    QString alias;
    bool active = true;
    friend bool operator==(const SubscriptionItem &, const SubscriptionItem &) = default;
};

// The list of subscriptions of one connection: an add row (filter validated
// as typed, QoS, colour, alias, MQTT 5 options under an expander; several
// filters at once separated by commas, "a/b, c/#", each trimmed of the spaces
// around it, one row each; a filter with surprising whitespace or invisible
// characters gets a warning and is subscribed as typed), a one-click
// "$SYS/#" button, and per row pause/resume and remove. It only edits the list
// and asks; the connection page talks to the client.
//
// Signals: addItem() of an active item (new, or changed) and resuming emit
// subscribeRequested(); pausing, and removing an active item, emit
// unsubscribeRequested(); every change of the list emits itemsChanged().
// setItems() restores a list without asking for anything.
class SubscriptionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit SubscriptionPanel(QWidget *parent = nullptr);
    void setProtocolVersion(ProtocolVersion version);
    QList<SubscriptionItem> items() const;
    // Replaces the list (e.g. from saved settings); emits only itemsChanged().
    // Invalid filters are skipped; an invalid colour gets the next palette colour.
    void setItems(const QList<SubscriptionItem> &items);
    // Adds (or updates by filter) an item; returns false with *error for an invalid filter.
    // An invalid colour gets the next colour of the palette.
    bool addItem(const SubscriptionItem &item, QString *error = nullptr);
    void removeItem(const QString &filter);
    void setActive(const QString &filter, bool active);
    // What the broker said for this filter ("" clears): "Granted QoS 1", "Not authorized".
    void setStatus(const QString &filter, const QString &status, bool isError);
    QColor colorFor(const QString &filter) const; // invalid if no such filter
    // The add row's current problem, "" if none; with several filters, each
    // invalid one named.
    QString errorText() const;
    // Surprising characters in the add row's filters (TopicFilter::whitespaceWarning()), "" if none.
    QString warningText() const;
    // The filters the add row holds: split at commas and trimmed when it has
    // a comma, else the text as typed; empty parts left out.
    QStringList draftFilters() const;
    // The add row, for tests and shortcuts.
    void setDraftFilter(const QString &filter);
    // What the Subscribe button does: subscribes to each valid filter of the
    // add row. The invalid ones stay in the field, with the error naming them.
    void submitDraft();
    // Puts the cursor in the add row's filter field with its text selected,
    // and makes the field stand out for a moment (the Subscribe shortcut).
    void focusFilter();

    // The colours new subscriptions get in turn.
    static QList<QColor> defaultColors();

signals:
    void subscribeRequested(const Signalbox::SubscriptionItem &item);
    void unsubscribeRequested(const QString &filter); // pause or remove
    void itemsChanged();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    struct Row
    {
        SubscriptionItem item;
        QString status;
        bool statusIsError = false;
        QListWidgetItem *listItem = nullptr;
        QWidget *widget = nullptr;
        QToolButton *swatch = nullptr;
        QLabel *name = nullptr;
        QLabel *qos = nullptr;
        QLabel *statusLabel = nullptr;
        QToolButton *pause = nullptr;
        QToolButton *remove = nullptr;
    };

    int indexOf(const QString &filter) const;
    void insertRow(const SubscriptionItem &item);
    void updateRow(Row &row);
    void removeRowAt(int index);
    QColor takeNextColor();
    void refreshDraftColor();
    void setDraftColor(const QColor &color);
    void chooseDraftColor();
    void chooseRowColor(const QString &filter);
    void revalidateDraft();
    void updateErrorColors();
    void fitPlaceholders();

    ProtocolVersion m_version = ProtocolVersion::V311;
    QList<Row> m_rows;
    int m_nextColor = 0;
    QColor m_draftColor;
    bool m_draftColorChosen = false; // picked by the user: kept for one add, not cycled

    QLineEdit *m_filterEdit = nullptr;
    QLabel *m_filterError = nullptr;
    QLabel *m_filterWarning = nullptr;
    QComboBox *m_qosCombo = nullptr;
    QToolButton *m_colorButton = nullptr;
    QLineEdit *m_aliasEdit = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_sysButton = nullptr;
    QToolButton *m_optionsToggle = nullptr;
    QWidget *m_options = nullptr;
    QCheckBox *m_noLocalCheck = nullptr;
    QCheckBox *m_retainAsPublishedCheck = nullptr;
    QComboBox *m_retainHandlingCombo = nullptr;
    QSpinBox *m_subscriptionIdSpin = nullptr;
    QListWidget *m_list = nullptr;
};

} // namespace Signalbox

Q_DECLARE_METATYPE(Signalbox::SubscriptionItem)
