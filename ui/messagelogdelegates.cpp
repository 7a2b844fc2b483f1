#include "messagelogdelegates.h"

#include "messagelogview.h"
#include "models/messagelogmodel.h"
#include "theme.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QDateTime>
#include <QHelpEvent>
#include <QPainter>
#include <QPainterPath>
#include <QStyledItemDelegate>
#include <QToolTip>

namespace Signalbox {

namespace {

constexpr int StripeWidth = 4;

const LogEntry *entryOf(const QModelIndex &index)
{
    // The model hands out its cached row as an address (MessageLogModel::EntryRole).
    return reinterpret_cast<const LogEntry *>( // NOLINT(performance-no-int-to-ptr)
        index.data(MessageLogModel::EntryRole).value<quintptr>());
}

QColor subscriptionColor(const QModelIndex &index)
{
    return index.data(MessageLogModel::SubscriptionColorRole).value<QColor>();
}

// Table rows: plain text cells with the subscription colour as a stripe on
// the left of the row. Drawn here rather than by the style: the style asks
// the model for eight roles and lays each cell's text out twice (to size it,
// then to elide it), which was most of the window's time under a flood; this
// asks for the text once and lays it out once. What it draws is what the
// style drew for these cells: the selection or alternate background, the text
// in the palette's colour, elided on the right (the alternate background is
// the view's, drawn before the cell).
class StripeDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const bool selected = option.state & QStyle::State_Selected;
        QPalette::ColorGroup group = QPalette::Disabled;
        if (option.state & QStyle::State_Enabled)
            group = option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
        if (selected) // the view has drawn the row's (alternate) background
            painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));

        const int column = index.column();
        const QString text = index.data(Qt::DisplayRole).toString();
        if (!text.isEmpty()) {
            const QWidget *widget = option.widget;
            const QStyle *style = widget ? widget->style() : QApplication::style();
            const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
            const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
            Qt::Alignment alignment = Qt::AlignLeft;
            if (column == MessageLogModel::QosColumn || column == MessageLogModel::SizeColumn)
                alignment = Qt::AlignRight;
            else if (column == MessageLogModel::DirectionColumn || column == MessageLogModel::RetainColumn)
                alignment = Qt::AlignHCenter;
            const QFontMetrics &fm = option.fontMetrics;
            painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
            painter->drawText(area, int(alignment | Qt::AlignVCenter | Qt::TextSingleLine),
                              fm.elidedText(cut(text, fm, area.width()), Qt::ElideRight, area.width()));
        }
        if (column != MessageLogModel::TimeColumn)
            return;
        const QColor color = subscriptionColor(index);
        if (color.isValid())
            painter->fillRect(QRect(option.rect.left(), option.rect.top(), StripeWidth, option.rect.height()), color);
    }

private:
    // A payload preview of 160 characters in a column that shows 20: cut it to
    // what the cell could show in its narrowest characters before eliding, so
    // that only that much is laid out.
    static QString cut(const QString &text, const QFontMetrics &fm, int width)
    {
        if (text.size() < 24)
            return text;
        int narrowest = fm.horizontalAdvance(QLatin1Char('.'));
        for (const char c : {'i', 'l', '|', '\'', ' '})
            narrowest = std::min(narrowest, fm.horizontalAdvance(QLatin1Char(c)));
        const qsizetype fits = width / std::max(1, narrowest) + 2;
        return text.size() > fits ? text.left(fits) + QChar(0x2026) : text;
    }
};

// Chat rows: a bubble per message, received on the left and sent on the
// right, three lines each (topic and details; payload preview; MQTT 5
// properties with the delivery or subscription), all of the same height.
class ChatDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    static constexpr int MarginX = 8, MarginY = 3, PadX = 10, PadY = 5;

    static int rowHeight(const QFontMetrics &fm) { return 3 * fm.height() + 2 * (PadY + MarginY); }

    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &) const override
    {
        return {200, rowHeight(option.fontMetrics)};
    }

    // The chat shows one column: the bubble's tooltip is the topic's (topic and properties).
    bool helpEvent(QHelpEvent *event, QAbstractItemView *view, const QStyleOptionViewItem &option,
                   const QModelIndex &index) override
    {
        if (event->type() != QEvent::ToolTip || !index.isValid())
            return QStyledItemDelegate::helpEvent(event, view, option, index);
        const QString tip = index.siblingAtColumn(MessageLogModel::TopicColumn).data(Qt::ToolTipRole).toString();
        if (tip.isEmpty())
            QToolTip::hideText();
        else
            QToolTip::showText(event->globalPos(), tip, view, option.rect);
        return true;
    }

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        const LogEntry *entry = entryOf(index);
        if (!entry)
            return;
        const bool sent = entry->direction == LogEntry::Direction::Sent;
        const QPalette &palette = option.palette;
        const QRect area = option.rect.adjusted(MarginX, MarginY, -MarginX, -MarginY);
        const int width = std::min(area.width(), std::max(area.width() * 3 / 4, 260));
        const QRect bubble(sent ? area.right() - width + 1 : area.left(), area.top(), width, area.height());

        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(bubble).adjusted(0.5, 0.5, -0.5, -0.5), 8, 8);
        const QColor base = palette.color(QPalette::Base);
        const QColor fill = sent ? blend(base, palette.color(QPalette::Highlight), 0.18)
                                 : blend(base, palette.color(QPalette::Text), 0.07);
        painter->fillPath(path, fill);
        const QColor stripe = subscriptionColor(index);
        if (stripe.isValid()) {
            painter->setClipPath(path);
            painter->fillRect(QRect(bubble.left(), bubble.top(), StripeWidth, bubble.height()), stripe);
            painter->setClipping(false);
        }
        if (option.state & QStyle::State_Selected) {
            painter->setPen(QPen(palette.color(QPalette::Highlight), 2));
            painter->drawPath(path);
        }

        const QFontMetrics &fm = option.fontMetrics;
        const QRect text = bubble.adjusted(PadX + (stripe.isValid() ? StripeWidth : 0), PadY, -PadX, -PadY);
        const int line = fm.height();
        QStringList details{QStringLiteral("QoS %1").arg(entry->message.qos)};
        if (entry->message.retain)
            details << MessageLogView::tr("retained");
        details << QDateTime::fromMSecsSinceEpoch(entry->timeMs).toString(QStringLiteral("HH:mm:ss.zzz"));
        const QString detailText = details.join(QStringLiteral(" · "));
        const int detailWidth = fm.horizontalAdvance(detailText);

        painter->setPen(palette.color(QPalette::PlaceholderText));
        painter->drawText(QRect(text.right() - detailWidth + 1, text.top(), detailWidth, line),
                          Qt::AlignRight | Qt::AlignVCenter, detailText);
        QFont bold = option.font;
        bold.setBold(true);
        painter->setFont(bold);
        painter->setPen(palette.color(QPalette::Text));
        const QFontMetrics boldMetrics(bold);
        const int topicWidth = std::max(0, text.width() - detailWidth - PadX);
        painter->drawText(QRect(text.left(), text.top(), topicWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                          boldMetrics.elidedText(entry->message.topic, Qt::ElideMiddle, topicWidth));
        painter->setFont(option.font);

        const QString preview = index.siblingAtColumn(MessageLogModel::PayloadColumn).data().toString();
        painter->drawText(QRect(text.left(), text.top() + line, text.width(), line), Qt::AlignLeft | Qt::AlignVCenter,
                          fm.elidedText(preview, Qt::ElideRight, text.width()));

        // Third line: the MQTT 5 properties on the left, the delivery or the
        // matched subscriptions on the right.
        QString status;
        QColor statusColor = palette.color(QPalette::PlaceholderText);
        if (sent) {
            status = index.siblingAtColumn(MessageLogModel::DeliveryColumn).data().toString();
            if (entry->delivery == Delivery::State::Failed)
                statusColor = errorTextColor();
        } else {
            status = entry->message.subscriptions.join(QStringLiteral(", "));
        }
        const QString properties = index.data(MessageLogModel::PropertiesRole).toString();
        const int third = text.top() + 2 * line;
        int statusWidth = 0;
        if (!status.isEmpty()) {
            const int maxStatus = properties.isEmpty() ? text.width() : text.width() / 2;
            status = fm.elidedText(status, Qt::ElideRight, maxStatus);
            statusWidth = fm.horizontalAdvance(status);
            painter->setPen(statusColor);
            painter->drawText(QRect(text.right() - statusWidth + 1, third, statusWidth, line),
                              Qt::AlignRight | Qt::AlignVCenter, status);
        }
        if (!properties.isEmpty()) {
            const int propertiesWidth = std::max(0, text.width() - statusWidth - (statusWidth ? PadX : 0));
            painter->setPen(palette.color(QPalette::PlaceholderText));
            painter->drawText(QRect(text.left(), third, propertiesWidth, line), Qt::AlignLeft | Qt::AlignVCenter,
                              fm.elidedText(properties, Qt::ElideRight, propertiesWidth));
        }
        painter->restore();
    }

private:
    static QColor blend(const QColor &a, const QColor &b, double t)
    {
        return QColor::fromRgbF(static_cast<float>(a.redF() * (1 - t) + b.redF() * t),
                                static_cast<float>(a.greenF() * (1 - t) + b.greenF() * t),
                                static_cast<float>(a.blueF() * (1 - t) + b.blueF() * t));
    }
};

} // namespace

QStyledItemDelegate *makeStripeDelegate(QObject *parent)
{
    return new StripeDelegate(parent);
}

QStyledItemDelegate *makeChatDelegate(QObject *parent)
{
    return new ChatDelegate(parent);
}

int chatRowHeight(const QFontMetrics &fm)
{
    return ChatDelegate::rowHeight(fm);
}

} // namespace Signalbox
