#include "celldelegate.h"

#include <QApplication>
#include <QPainter>

#include <algorithm>

namespace Signalbox {

void CellDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const bool selected = option.state & QStyle::State_Selected;
    QPalette::ColorGroup group = QPalette::Disabled;
    if (option.state & QStyle::State_Enabled)
        group = option.state & QStyle::State_Active ? QPalette::Normal : QPalette::Inactive;
    if (selected)
        painter->fillRect(option.rect, option.palette.brush(group, QPalette::Highlight));

    const QString text = index.data(Qt::DisplayRole).toString();
    if (text.isEmpty())
        return;
    const QWidget *widget = option.widget;
    const QStyle *style = widget ? widget->style() : QApplication::style();
    const int margin = style->pixelMetric(QStyle::PM_FocusFrameHMargin, nullptr, widget) + 1;
    const QRect area = option.rect.adjusted(margin, 0, -margin, 0);
    const QVariant aligned = index.data(Qt::TextAlignmentRole);
    const Qt::Alignment horizontal = aligned.isValid() ? Qt::Alignment(aligned.toInt()) & Qt::AlignHorizontal_Mask
                                                       : Qt::AlignLeft;
    const QFontMetrics &fm = option.fontMetrics;
    painter->setPen(option.palette.color(group, selected ? QPalette::HighlightedText : QPalette::Text));
    painter->drawText(area, int(horizontal | Qt::AlignVCenter | Qt::TextSingleLine),
                      fm.elidedText(cutToWidth(text, fm, area.width()), Qt::ElideRight, area.width()));
}

QString CellDelegate::cutToWidth(const QString &text, const QFontMetrics &fm, int width)
{
    if (text.size() < 24)
        return text;
    int narrowest = fm.horizontalAdvance(QLatin1Char('.'));
    for (const char c : {'i', 'l', '|', '\'', ' '})
        narrowest = std::min(narrowest, fm.horizontalAdvance(QLatin1Char(c)));
    const qsizetype fits = width / std::max(1, narrowest) + 2;
    return text.size() > fits ? text.left(fits) + QChar(0x2026) : text;
}

} // namespace Signalbox
