#pragma once

#include <QEvent>
#include <QList>

#include <functional>

class QWidget;

namespace Signalbox {

// Runs `apply` now, and again whenever `widget` receives one of `events`:
// Immediately, before the widget handles the event; or AfterEvent, once the
// event has been handled and once per burst (what `apply` itself sends, as a
// setFont()'s FontChange, does not run it again). The follower lives as long
// as the widget. retranslate() and the zoom's font helpers are made of it.
enum class FollowTiming { Immediately, AfterEvent };
void followEvents(QWidget *widget, const QList<QEvent::Type> &events, FollowTiming timing, std::function<void()> apply);

} // namespace Signalbox
