#include "lazytab.h"

#include <QVBoxLayout>

namespace sitrep {

LazyTab::LazyTab(std::function<QWidget *(QWidget *page)> build, QWidget *parent)
    : QWidget(parent), m_build(std::move(build))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    if (s_atOnce)
        built();
}

QWidget *LazyTab::built()
{
    if (!m_view) {
        m_view = m_build(this);
        layout()->addWidget(m_view);
        // The layout would show it only on the next pass of the event loop: a frame late.
        if (isVisible())
            m_view->show();
    }
    return m_view;
}

void LazyTab::showEvent(QShowEvent *event)
{
    built();
    QWidget::showEvent(event);
}

} // namespace sitrep
