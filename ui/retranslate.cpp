#include "retranslate.h"

#include <QEvent>
#include <QWidget>

namespace Signalbox {

namespace {

class Retranslator : public QObject
{
public:
    Retranslator(QWidget *widget, std::function<void()> apply) : QObject(widget), m_apply(std::move(apply))
    {
        widget->installEventFilter(this);
        m_apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::LanguageChange)
            m_apply();
        return false;
    }

private:
    std::function<void()> m_apply;
};

} // namespace

void retranslate(QWidget *widget, std::function<void()> apply)
{
    new Retranslator(widget, std::move(apply));
}

} // namespace Signalbox
