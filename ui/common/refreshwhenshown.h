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
    // Every refresh from now on runs when asked, shown or not, as the views did before they
    // waited to be looked at: the cold start benchmark's baseline (SITREP_EAGER_VIEWS=1).
    static void refreshHiddenViewsToo();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_view;
    std::function<void()> m_refresh;
    bool m_pending = false;
    static inline bool s_hiddenToo = false;
};

} // namespace sitrep
