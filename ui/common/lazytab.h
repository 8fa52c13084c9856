#pragma once

#include <functional>

#include <QWidget>

namespace sitrep {

// A tab's page whose view is built the first time the page is shown or the view is asked for.
// The console opens on the board: the views behind the other tabs (charts, calendars, the
// postmortem editor) took ~30 ms of the GUI thread's start, on the same two cores that read the
// history meanwhile.
class LazyTab : public QWidget
{
    Q_OBJECT
public:
    // `build` makes the view as a child of the page it is given.
    LazyTab(std::function<QWidget *(QWidget *page)> build, QWidget *parent = nullptr);

    // The view, built now if it was not yet.
    template<typename View> [[nodiscard]] View *view() { return static_cast<View *>(built()); }
    [[nodiscard]] bool isBuilt() const { return m_view != nullptr; }
    // Every page from now on builds its view at once, as the console did before its views
    // waited to be looked at: the cold start benchmark's baseline (SITREP_EAGER_VIEWS=1).
    static void buildHiddenViewsToo() { s_atOnce = true; }

protected:
    void showEvent(QShowEvent *event) override;

private:
    QWidget *built();

    std::function<QWidget *(QWidget *page)> m_build;
    QWidget *m_view = nullptr;
    static inline bool s_atOnce = false;
};

} // namespace sitrep
