#pragma once

#include <QFontMetrics>

class QObject;
class QStyledItemDelegate;

namespace Signalbox {

// How the message log's rows look. The table: the default look with the
// subscription's colour as a stripe on the left. The chat: a bubble per
// message, received on the left and sent on the right, three lines each.
QStyledItemDelegate *makeStripeDelegate(QObject *parent);
QStyledItemDelegate *makeChatDelegate(QObject *parent);
// The chat's rows all have this height.
int chatRowHeight(const QFontMetrics &fm);

} // namespace Signalbox
