#include "refreshwhenshown.h"

#include <QEvent>
#include <QWidget>

namespace sitrep {

RefreshWhenShown::RefreshWhenShown(QWidget *view, std::function<void()> refresh)
    : QObject(view), m_view(view), m_refresh(std::move(refresh))
{
    view->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (s_hiddenToo || m_view->isVisible()) {
        m_pending = false;
        m_refresh();
        return;
    }
    m_pending = true;
}

void RefreshWhenShown::refreshHiddenViewsToo()
{
    s_hiddenToo = true;
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view && event->type() == QEvent::Show && m_pending) {
        m_pending = false;
        m_refresh();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace sitrep
