#include "messagelogdelegates.h"

#include "celldelegate.h"

#include "messagelogview.h"
#include "models/messagelogmodel.h"
#include "theme.h"

#include <QAbstractItemView>
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

// Table rows: plain text cells (CellDelegate) with the subscription colour
// as a stripe on the left of the row.
class StripeDelegate : public CellDelegate
{
public:
    using CellDelegate::CellDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override
    {
        CellDelegate::paint(painter, option, index);
        if (index.column() == MessageLogModel::PayloadColumn) {
            // A payload that does not decode or breaks its schema: a mark at the
            // cell's left edge; the tooltip says what.
            if (!index.data(MessageLogModel::PayloadProblemRole).toString().isEmpty())
                painter->fillRect(QRect(option.rect.left(), option.rect.top(), StripeWidth, option.rect.height()),
                                  errorTextColor());
            return;
        }
        if (index.column() != MessageLogModel::TimeColumn)
            return;
        const QColor color = subscriptionColor(index);
        if (color.isValid())
            painter->fillRect(QRect(option.rect.left(), option.rect.top(), StripeWidth, option.rect.height()), color);
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
