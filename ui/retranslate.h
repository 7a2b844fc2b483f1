#pragma once

#include <functional>

class QWidget;

namespace Signalbox {

// Runs `apply` now, and again whenever the application's language changes
// (QEvent::LanguageChange reaching `widget`): a constructor's texts
// (labels, buttons, placeholders, tooltips, tab names) set in `apply` follow a
// language chosen while the window is open. Texts that change with the data
// are set again by their own updates.
void retranslate(QWidget *widget, std::function<void()> apply);

} // namespace Signalbox
