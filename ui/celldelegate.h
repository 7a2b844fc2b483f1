#pragma once

#include <QStyledItemDelegate>

namespace Signalbox {

// Item views that repaint many times a second under a flood (the message
// log's table, the topic tree) draw their plain text cells with this rather
// than through the style: the style asks the model for eight roles and lays
// each cell's text out twice (to size it, then to elide it), which was most of
// the window's time under a flood; this asks for the text and its alignment
// and lays the text out once. It draws what the style drew for such cells:
// the selection (the view has drawn the row's alternate background), the text
// in the palette's colour, elided on the right. Cells with icons, check boxes
// or editors need QStyledItemDelegate itself.
class CellDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;
    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;

    // A text of 160 characters in a cell that shows 20: cut to what the cell
    // could show in its narrowest characters, so that only that much is laid out.
    static QString cutToWidth(const QString &text, const QFontMetrics &fm, int width);
};

} // namespace Signalbox
