#include "retranslate.h"

#include "eventfollower.h"

namespace Signalbox {

void retranslate(QWidget *widget, std::function<void()> apply)
{
    followEvents(widget, {QEvent::LanguageChange}, FollowTiming::Immediately, std::move(apply));
}

} // namespace Signalbox
