#pragma once

#include <functional>

#include <QObject>

class QWidget;

namespace sitrep {

// A view's refresh that runs only while the view is on screen: asked for while the view is a
// background tab or a hidden window, it waits, and runs once when the view is next shown,
// however many changes came meanwhile. Nobody reads what nobody sees.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *view, std::function<void()> refresh);

    // Refreshes now when the view is visible, else when it next is.
    void request();
    [[nodiscard]] bool isPending() const { return m_pending; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
};

} // namespace sitrep
