#include "eventfollower.h"

#include <QWidget>

namespace Signalbox {

namespace {

class EventFollower : public QObject
{
public:
    EventFollower(QWidget *widget, const QList<QEvent::Type> &events, FollowTiming timing, std::function<void()> apply)
        : QObject(widget), m_events(events), m_timing(timing), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        m_apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (!m_events.contains(event->type()) || m_queued)
            return false;
        if (m_timing == FollowTiming::Immediately) {
            m_apply();
            return false;
        }
        m_queued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_apply(); // what it sends arrives now, while m_queued holds
                m_queued = false;
            },
            Qt::QueuedConnection);
        return false;
    }

private:
    QList<QEvent::Type> m_events;
    FollowTiming m_timing;
    std::function<void()> m_apply;
    bool m_queued = false;
};

} // namespace

void followEvents(QWidget *widget, const QList<QEvent::Type> &events, FollowTiming timing, std::function<void()> apply)
{
    new EventFollower(widget, events, timing, std::move(apply));
}

} // namespace Signalbox
