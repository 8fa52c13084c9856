#include "settingswindow.h"

#include "channelspage.h"
#include "detectionrulespage.h"
#include "documentpage.h"
#include "endpointspage.h"
#include "generalpage.h"
#include "reviewleadspage.h"
#include "runbookspage.h"
#include "services/incidentservice.h"
#include "severitypolicypage.h"
#include "teampage.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QScrollArea>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace sitrep {

SettingsWindow::SettingsWindow(WorkspaceServices services, const SettingsContext &context,
                               QWidget *parent)
    : QDialog(parent), m_pages(new QListWidget(this)), m_stack(new QStackedWidget(this))
{
    setWindowTitle(tr("Configure Sitrep"));
    m_pages->setObjectName(QStringLiteral("settingsPages"));
    m_pages->setAccessibleName(tr("Settings pages"));
    m_pages->setSpacing(3);

    auto *general = new GeneralPage(context.preferences, context.systemName);
    connect(general, &GeneralPage::changed, this, &SettingsWindow::preferencesChanged);
    addPage(Page::General, tr("General"), general);

    auto *endpoints = new EndpointsPage(services.monitoring, services.incidents.clock());
    connect(endpoints, &EndpointsPage::finishedSaving, this, &SettingsWindow::endpointsChanged);
    addPage(Page::Endpoints, tr("Monitoring endpoints"), endpoints);
    addPage(Page::Channels, tr("Channels"), new ChannelsPage(services.messaging));
    if (context.team) {
        auto *team = new TeamPage(*context.team, context.teamUrl, context.conflicts);
        connect(team, &TeamPage::joined, this, &SettingsWindow::teamJoined);
        connect(team, &TeamPage::left, this, &SettingsWindow::teamLeft);
        addPage(Page::Team, tr("Team server"), team);
    }
    addPage(Page::SeverityPolicy, tr("Severity policy"),
            new SeverityPolicyPage(ConfigDocument::severityPolicy(services.incidents,
                                                                  context.files.severityPolicy)));
    addPage(Page::DetectionRules, tr("Detection rules"),
            new DetectionRulesPage(services.monitoring, context.files.detectionRules));
    addPage(Page::Checklists, tr("Response checklists"),
            new DocumentPage(
                    ConfigDocument::checklists(services.checklists, context.files.checklists),
                    tr("The response checklist by phase, with when each item is due, in the "
                       "documented JSON format. Ticks already made are kept by item key.")));
    auto *runbooks = new RunbooksPage(services.runbooks, context.files.runbooks);
    connect(runbooks, &RunbooksPage::reloadRequested, this,
            &SettingsWindow::runbooksReloadRequested);
    addPage(Page::Runbooks, tr("Runbooks"), runbooks);
    addPage(Page::ReviewLeads, tr("Postmortem reviews"), new ReviewLeadsPage(services.postmortems));

    m_pages->setFixedWidth(m_pages->sizeHintForColumn(0) + 24);
    connect(m_pages, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *pages = new QHBoxLayout;
    pages->addWidget(m_pages);
    pages->addWidget(m_stack, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(pages, 1);
    layout->addWidget(buttons);
    resize(1000, 700);
    m_pages->setCurrentRow(0);
}

void SettingsWindow::addPage(Page page, const QString &title, QWidget *widget)
{
    // Each page scrolls on its own when the window is small; the list stays.
    auto *scroll = new QScrollArea(m_stack);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setAccessibleName(title);
    auto *holder = new QWidget;
    auto *layout = new QVBoxLayout(holder);
    auto *heading = new QLabel(QStringLiteral("<h3>%1</h3>").arg(title.toHtmlEscaped()), holder);
    layout->addWidget(heading);
    layout->addWidget(widget, 1);
    scroll->setWidget(holder);
    m_stack->addWidget(scroll);
    m_pages->addItem(title);
    m_order << page;
    m_widgets << widget;
}

void SettingsWindow::showPage(Page page)
{
    const qsizetype row = m_order.indexOf(page);
    if (row >= 0)
        m_pages->setCurrentRow(int(row));
}

SettingsWindow::Page SettingsWindow::currentPage() const
{
    return m_order.value(m_pages->currentRow(), Page::General);
}

QWidget *SettingsWindow::pageWidget(Page page) const
{
    const qsizetype row = m_order.indexOf(page);
    return row < 0 ? nullptr : m_widgets.at(row);
}

} // namespace sitrep
