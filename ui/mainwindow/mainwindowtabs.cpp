#include "common/lazytab.h"
#include "dashboard/dashboardview.h"
#include "mainwindow.h"
#include "oncall/oncallview.h"
#include "postmortem/postmortemform.h"
#include "postmortem/postmortemsview.h"
#include "services/monitoringservice.h"
#include "services/postmortemservice.h"
#include "services/providerimport.h"
#include "slo/sloview.h"

#include <QTabWidget>
#include <QUndoGroup>

namespace sitrep {

// Each view is built when its tab is first shown or the view is asked for (LazyTab).
void MainWindow::addViewTabs()
{
    m_slosTab = new LazyTab([this](QWidget *page) { return new SloView(m_services.slos, page); },
                            this);
    m_tabs->addTab(m_slosTab, tr("SLOs"));
    m_dashboardTab = new LazyTab(
            [this](QWidget *page) { return new DashboardView(m_services, page); }, this);
    m_tabs->addTab(m_dashboardTab, tr("Dashboard"));
    m_oncallTab = new LazyTab(
            [this](QWidget *page) {
                // The window's: it outlives the view, which keeps a pointer to it.
                auto *providers = new ProviderImport(m_services.monitoring.network(),
                                                     m_services.monitoring.secrets(), this);
                auto *view = new OnCallView(m_services.oncall, m_services.handoffs, m_author,
                                            providers, page);
                connect(view, &OnCallView::statusMessage, this, &MainWindow::showStatus);
                return view;
            },
            this);
    m_tabs->addTab(m_oncallTab, tr("On call"));
    m_postmortemsTab = new LazyTab(
            [this](QWidget *page) {
                auto *view = new PostmortemsView(m_services.postmortems, m_service, page);
                connect(view, &PostmortemsView::statusMessage, this, &MainWindow::showStatus);
                connect(view, &PostmortemsView::leadsSettingsRequested, this,
                        [this] { showSettings(SettingsWindow::Page::ReviewLeads); });
                m_undoGroup->addStack(&view->form()->editor().undoStack());
                return view;
            },
            this);
    m_tabs->addTab(m_postmortemsTab, tr("Postmortems"));
}

DashboardView *MainWindow::dashboard() const
{
    return m_dashboardTab->view<DashboardView>();
}

SloView *MainWindow::slos() const
{
    return m_slosTab->view<SloView>();
}

OnCallView *MainWindow::oncall() const
{
    return m_oncallTab->view<OnCallView>();
}

PostmortemsView *MainWindow::postmortems() const
{
    return m_postmortemsTab->view<PostmortemsView>();
}

bool MainWindow::hasPostmortemsView() const
{
    return m_postmortemsTab->isBuilt();
}

void MainWindow::showDashboard()
{
    m_tabs->setCurrentWidget(m_dashboardTab);
}

void MainWindow::showOnCall()
{
    m_tabs->setCurrentWidget(m_oncallTab);
}

void MainWindow::showPostmortems()
{
    m_tabs->setCurrentWidget(m_postmortemsTab);
    postmortems()->focusDueList();
}

void MainWindow::showSlos()
{
    m_tabs->setCurrentWidget(m_slosTab);
}

} // namespace sitrep
