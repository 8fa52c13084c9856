#include "mainwindow.h"

#include "actionitemslabel.h"
#include "alerts/alertsview.h"
#include "board/boardview.h"
#include "board/declareincidentdialog.h"
#include "board/getstartedpage.h"
#include "board/incidentdetailpane.h"
#include "commandpalette.h"
#include "common/lazytab.h"
#include "common/tonestyle.h"
#include "desktopnotifier.h"
#include "domain/teamrole.h"
#include "endpointhealthlabel.h"
#include "incident/incidentworkspace.h"
#include "incidentnotifications.h"
#include "itemmodels/incidenttablemodel.h"
#include "itemmodels/outboxmodel.h"
#include "knownpeople.h"
#include "oncall/oncallsummary.h"
#include "oncall/oncallview.h"
#include "outbox/outboxview.h"
#include "postmortem/postmortemform.h"
#include "postmortem/postmortemsview.h"
#include "presencetracker.h"
#include "services/escalationservice.h"
#include "services/incidentloader.h"
#include "services/incidentservice.h"
#include "services/monitoringservice.h"
#include "services/postmortemservice.h"
#include "services/resolutionverifier.h"
#include "services/slomonitor.h"
#include "settings/settingswindow.h"
#include "shortcutsdialog.h"
#include "slo/sloview.h"
#include "teamstatuslabel.h"
#include "traystatus.h"
#include "updatereminder.h"

#include <QAction>
#include <QApplication>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QUndoGroup>
#include <QVBoxLayout>

namespace sitrep {

MainWindow::MainWindow(WorkspaceServices services, IncidentLoader &loader, const QString &author,
                       QWidget *parent)
    : QMainWindow(parent),
      m_services(services),
      m_service(services.incidents),
      m_author(author),
      m_loader(loader)
{
    IncidentService &incidents = services.incidents;
    setWindowTitle(tr("Sitrep — Incident board"));
    setWindowIcon(QIcon(QStringLiteral(":/sitrep/icons/sitrep.svg")));

    m_model = new IncidentTableModel(incidents, incidents.clock(), this);
    m_model->beginLoading();
    m_board = new BoardView(incidents, services.monitoring.verifier(), *m_model, author, this);

    m_warnings = new QLabel(this);
    m_warnings->setObjectName(QStringLiteral("warnings"));
    m_warnings->setWordWrap(true);
    ToneStyle::banner(m_warnings, Banner::Notice);
    m_warnings->hide();
    m_overdue = new QLabel(this);
    m_overdue->setObjectName(QStringLiteral("updatesOverdue"));
    m_overdue->setWordWrap(true);
    m_overdue->setTextFormat(Qt::RichText);
    ToneStyle::banner(m_overdue, Banner::Alarm);
    m_overdue->hide();
    connect(m_overdue, &QLabel::linkActivated, this,
            [this](const QString &link) { openWorkspace(link.section(u':', 1).toLongLong()); });
    m_reminder = new UpdateReminder(*m_model, incidents, *m_overdue, this);
    m_tray = new TrayStatus(*this);
    connect(m_reminder, &UpdateReminder::countsChanged, m_tray, &TrayStatus::show);
    auto *notifier = new DesktopNotifier(this);
    notifier->setTray(m_tray->tray());
    m_notifications = new IncidentNotifications(incidents, services.escalations, *m_reminder,
                                                *notifier, author, this);
    connect(m_notifications, &IncidentNotifications::problem, this, &MainWindow::showStatus);
    connect(m_notifications, &IncidentNotifications::openRequested, this, [this](IncidentId id) {
        if (id > 0)
            openWorkspace(id);
        else
            showBoard(); // a group of incidents: the board's banner lists them
        raise();
        activateWindow();
    });

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(4, 4, 4, 0);
    layout->addWidget(m_warnings);
    layout->addWidget(m_overdue);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("tabs"));
    m_tabs->setAccessibleName(tr("Views"));
    m_tabs->setDocumentMode(true);
    m_tabs->setTabsClosable(true);
    m_tabs->addTab(m_board, tr("Board"));
    m_alerts = new AlertsView(services, author, this);
    m_tabs->addTab(m_alerts, tr("Alerts"));
    connect(m_alerts, &AlertsView::openIncident, this, &MainWindow::openWorkspace);
    connect(m_alerts, &AlertsView::statusMessage, this, &MainWindow::showStatus);
    connect(m_alerts, &AlertsView::connectRequested, this, &MainWindow::showEndpoints);
    m_outbox = new OutboxView(services.messaging, this);
    m_tabs->addTab(m_outbox, tr("Outbox"));
    // New messages are queued with the incident changes that cause them.
    connect(&incidents, &IncidentService::incidentChanged, &m_outbox->model(),
            &OutboxModel::reloadSoon);
    connect(&incidents, &IncidentService::incidentDeclared, &m_outbox->model(),
            &OutboxModel::reloadSoon);
    m_undoGroup = new QUndoGroup(this);
    addViewTabs();
    connect(m_board, &BoardView::postmortemRequested, this, [this](IncidentId id) {
        showPostmortems();
        postmortems()->openPostmortem(id);
    });
    m_getStarted = new GetStartedPage(services, m_board);
    m_board->setWelcome(m_getStarted);
    connect(m_getStarted, &GetStartedPage::chosen, this, &MainWindow::startStep);
    connect(m_getStarted, &GetStartedPage::problem, this, &MainWindow::showStatus);
    // The board, the inbox, the outbox, the SLOs, the dashboard, on-call and the postmortems
    // are always there: only workspaces, opened later, close.
    for (int fixed = 0; fixed < m_tabs->count(); ++fixed)
        m_tabs->tabBar()->setTabButton(fixed, QTabBar::RightSide, nullptr);
    connect(m_tabs, &QTabWidget::tabCloseRequested, this, &MainWindow::closeWorkspace);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        IncidentWorkspace *workspace = currentWorkspace();
        m_undoGroup->setActiveStack(workspace ? &workspace->undoStack()
                                            : m_tabs->currentWidget() == m_postmortemsTab
                                            ? &postmortems()->form()->editor().undoStack()
                                            : nullptr);
    });
    connect(m_board, &BoardView::openRequested, this, &MainWindow::openWorkspace);
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    m_counts = new QLabel(tr("Loading incidents…"), this);
    m_counts->setObjectName(QStringLiteral("boardCounts"));
    m_clock = new QLabel(this);
    m_clock->setObjectName(QStringLiteral("utcClock"));
    statusBar()->addWidget(m_counts, 1);
    m_health = new EndpointHealthLabel(services.monitoring, m_service.clock(), this);
    m_onCallNow = new QLabel(this);
    m_onCallNow->setObjectName(QStringLiteral("onCallNowStatus"));
    m_actionItems = new ActionItemsLabel(services.postmortems, this);
    statusBar()->addPermanentWidget(m_actionItems);
    statusBar()->addPermanentWidget(m_onCallNow);
    statusBar()->addPermanentWidget(m_health);
    statusBar()->addPermanentWidget(m_clock);
    connect(m_board, &BoardView::countsChanged, this, [this](int shown, int total) {
        m_counts->setText(tr("%1 of %n incident(s) shown", nullptr, total).arg(shown));
    });

    connect(&loader, &IncidentLoader::loaded, this,
            [this](const SearchableIncidents &incidents, qint64 historyLeft) {
                m_model->setIncidents(incidents, historyLeft);
                m_reminder->check();
                Q_EMIT incidentsLoaded();
            });
    connect(&loader, &IncidentLoader::peopleRead, this, [this](const QStringList &people) {
        m_people = people;
        const QStringList offered = knownPeople(m_services.oncall, m_people, *m_model);
        for (auto *workspace : m_tabs->findChildren<IncidentWorkspace *>())
            workspace->offerPeople(offered);
    });
    connect(m_board, &BoardView::historyWanted, this, [this, &loader] {
        if (loader.loadHistory())
            m_model->beginLoadingHistory();
    });
    connect(&loader, &IncidentLoader::historyLoaded, this,
            [this, &loader] { m_model->addHistory(loader.takeHistory()); });
    connect(&loader, &IncidentLoader::historyFailed, this, [this](const QString &error) {
        m_model->historyFailed();
        showWarnings({tr("Could not load the incident history: %1").arg(error)});
    });
    connect(&loader, &IncidentLoader::failed, this, [this](const QString &error) {
        m_model->setIncidents(QList<Incident>());
        showWarnings({tr("Could not load the incident history: %1").arg(error)});
        Q_EMIT incidentsLoaded();
    });

    createActions();
    m_ticker.setInterval(1000);
    connect(&m_ticker, &QTimer::timeout, this, &MainWindow::tick);
    m_ticker.start();
    tick();
}

MainWindow::~MainWindow()
{
    // The tracker goes with the sync, which may outlive this window (built again in another
    // language): it must not go on pointing at these tabs.
    delete m_presence.data();
}

void MainWindow::createActions()
{
    QMenu *incidentMenu = menuBar()->addMenu(tr("&Incident"));
    QAction *declare
            = incidentMenu->addAction(tr("&Declare incident…"), this, &MainWindow::declareIncident);
    declare->setObjectName(QStringLiteral("declareAction"));
    declare->setShortcut(QKeySequence::New);
    QAction *resolve = incidentMenu->addAction(tr("&Resolve selected…"), m_board->detailPane(),
                                               &IncidentDetailPane::askToResolve);
    resolve->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    QAction *acknowledge = incidentMenu->addAction(
            tr("&Acknowledge selected"), m_board->detailPane(), &IncidentDetailPane::acknowledge);
    acknowledge->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    m_writeActions << declare << resolve << acknowledge;
    QMenu *severityMenu = incidentMenu->addMenu(tr("Set &severity"));
    for (Severity severity : allSeverities) {
        QAction *action = severityMenu->addAction(
                tr("Set %1").arg(severityCode(severity)), this,
                [this, severity] { m_board->detailPane()->changeSeverity(severity); });
        action->setShortcut(QKeySequence(Qt::CTRL | (Qt::Key_0 + static_cast<int>(severity))));
        m_writeActions << action;
    }
    incidentMenu->addSeparator();
    QAction *quit = incidentMenu->addAction(tr("&Quit"), qApp, &QApplication::quit);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *editMenu = menuBar()->addMenu(tr("&Edit"));
    // The names of the commands show: "Undo Add note", "Redo Tick …".
    QAction *undo = m_undoGroup->createUndoAction(this, tr("Undo"));
    undo->setObjectName(QStringLiteral("undoAction"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_undoGroup->createRedoAction(this, tr("Redo"));
    redo->setObjectName(QStringLiteral("redoAction"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    editMenu->addAction(undo);
    editMenu->addAction(redo);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    QAction *board = viewMenu->addAction(tr("&Board"), this, &MainWindow::showBoard);
    board->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    QAction *inbox = viewMenu->addAction(tr("A&lerts inbox"), this, &MainWindow::showAlerts);
    inbox->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    QAction *outbox = viewMenu->addAction(tr("O&utbox"), this, &MainWindow::showOutbox);
    outbox->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    QAction *slos = viewMenu->addAction(tr("&SLOs and error budgets"), this, &MainWindow::showSlos);
    slos->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    QAction *dashboard = viewMenu->addAction(tr("&Dashboard"), this, &MainWindow::showDashboard);
    dashboard->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_D));
    QAction *oncall = viewMenu->addAction(tr("O&n-call schedules"), this, &MainWindow::showOnCall);
    oncall->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    QAction *postmortems
            = viewMenu->addAction(tr("&Postmortems"), this, &MainWindow::showPostmortems);
    postmortems->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    QAction *open = viewMenu->addAction(tr("&Open incident workspace"), this,
                                        [this] { openWorkspace(m_board->currentIncident()); });
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_O));
    QAction *close = viewMenu->addAction(tr("&Close workspace"), this,
                                         [this] { closeWorkspace(m_tabs->currentIndex()); });
    close->setShortcut(QKeySequence::Close);
    QAction *note = viewMenu->addAction(tr("&Add timeline entry"), this, [this] {
        if (IncidentWorkspace *workspace = currentWorkspace())
            workspace->focusEntryField();
    });
    note->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    m_writeActions << note;
    viewMenu->addSeparator();
    QAction *find = viewMenu->addAction(tr("&Filter incidents"), m_board, &BoardView::focusFilter);
    find->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_Slash)});
    QAction *next = viewMenu->addAction(tr("&Next incident"), this,
                                        [this] { m_board->moveSelection(1); });
    next->setShortcuts({QKeySequence(Qt::Key_J), QKeySequence(Qt::ALT | Qt::Key_Down)});
    QAction *previous = viewMenu->addAction(tr("&Previous incident"), this,
                                            [this] { m_board->moveSelection(-1); });
    previous->setShortcuts({QKeySequence(Qt::Key_K), QKeySequence(Qt::ALT | Qt::Key_Up)});

    m_paletteAction
            = viewMenu->addAction(tr("Co&mmand palette…"), this, &MainWindow::showCommandPalette);
    m_paletteAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_K));

    QMenu *settingsMenu = menuBar()->addMenu(tr("&Settings"));
    QAction *configure
            = settingsMenu->addAction(tr("&Configure Sitrep…"), this, [this] { showSettings(); });
    configure->setObjectName(QStringLiteral("configureAction"));
    configure->setShortcuts(
            {QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Comma), QKeySequence::Preferences});
    configure->setMenuRole(QAction::PreferencesRole);
    settingsMenu->addSeparator();
    QAction *endpoints = settingsMenu->addAction(tr("Monitoring &endpoints…"), this,
                                                 &MainWindow::showEndpoints);
    endpoints->setObjectName(QStringLiteral("endpointsAction"));
    QAction *channels = settingsMenu->addAction(tr("&Channels…"), this, &MainWindow::showChannels);
    channels->setObjectName(QStringLiteral("channelsAction"));
    m_teamAction
            = settingsMenu->addAction(tr("&Team server…"), this, &MainWindow::showTeamSettings);
    m_teamAction->setObjectName(QStringLiteral("teamAction"));
    m_teamAction->setVisible(false); // until the application offers it

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *shortcuts
            = helpMenu->addAction(tr("&Keyboard shortcuts"), this, &MainWindow::showShortcuts);
    shortcuts->setObjectName(QStringLiteral("shortcutsAction"));
    shortcuts->setShortcuts({QKeySequence::HelpContents, QKeySequence(Qt::CTRL | Qt::Key_Slash)});
    helpMenu->addAction(tr("&About Sitrep"), this, [this] {
        QMessageBox::about(this, tr("About Sitrep"),
                           tr("<b>Sitrep %1</b><p>Incident command console.</p>")
                                   .arg(QCoreApplication::applicationVersion()));
    });
}

IncidentWorkspace *MainWindow::openWorkspace(IncidentId id)
{
    if (id <= 0)
        return nullptr;
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs->widget(tab));
        if (workspace && workspace->incidentId() == id) {
            m_tabs->setCurrentIndex(tab);
            return workspace;
        }
    }
    m_loader.readPeople(); // the names its roles offer, read once
    auto *workspace = new IncidentWorkspace(
            id, m_services, m_author, knownPeople(m_services.oncall, m_people, *m_model), m_tabs);
    m_undoGroup->addStack(&workspace->undoStack());
    const int tab = m_tabs->addTab(workspace, workspace->title());
    m_tabs->setTabToolTip(tab, workspace->title());
    connect(workspace, &IncidentWorkspace::titleChanged, this, [this, workspace](const QString &t) {
        const int index = m_tabs->indexOf(workspace);
        m_tabs->setTabText(index, t);
        m_tabs->setTabToolTip(index, t);
    });
    connect(workspace, &IncidentWorkspace::statusMessage, this, &MainWindow::showStatus);
    m_tabs->setCurrentIndex(tab);
    workspace->focusEntryField();
    if (m_presence)
        m_presence->follow(*workspace);
    return workspace;
}

IncidentWorkspace *MainWindow::currentWorkspace() const
{
    return qobject_cast<IncidentWorkspace *>(m_tabs->currentWidget());
}

QList<IncidentWorkspace *> MainWindow::workspaces() const
{
    QList<IncidentWorkspace *> open;
    for (int tab = 0; tab < m_tabs->count(); ++tab)
        if (auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs->widget(tab)))
            open << workspace;
    return open;
}

void MainWindow::showChannels()
{
    showSettings(SettingsWindow::Page::Channels);
}

void MainWindow::showEndpoints()
{
    showSettings(SettingsWindow::Page::Endpoints);
}

SettingsWindow *MainWindow::showSettings(SettingsWindow::Page page)
{
    auto *settings = new SettingsWindow(m_services, m_settings, this);
    settings->setObjectName(QStringLiteral("settingsWindow"));
    settings->setAttribute(Qt::WA_DeleteOnClose);
    settings->showPage(page);
    connect(settings, &SettingsWindow::preferencesChanged, this,
            [this](const Preferences &preferences) {
                m_settings.preferences = preferences;
                Q_EMIT preferencesChanged(preferences);
            });
    connect(settings, &SettingsWindow::endpointsChanged, m_health, &EndpointHealthLabel::reload);
    connect(settings, &QDialog::finished, m_health, &EndpointHealthLabel::reload);
    connect(settings, &QDialog::finished, m_getStarted, &GetStartedPage::refresh);
    connect(settings, &QDialog::finished, this, [this] {
        if (m_settings.preferences.language != m_language || m_settings.person() != m_author)
            Q_EMIT rebuildWanted();
    });
    connect(settings, &SettingsWindow::runbooksReloadRequested, this,
            &MainWindow::runbooksReloadRequested);
    connect(settings, &SettingsWindow::teamJoined, this, [this](const TeamUrl &url) {
        m_settings.teamUrl = url;
        m_getStarted->setTeam(true, true);
        Q_EMIT teamJoined(url);
    });
    connect(settings, &SettingsWindow::teamLeft, this, [this] {
        m_settings.teamUrl.reset();
        m_getStarted->setTeam(true, false);
        Q_EMIT teamLeft();
    });
    settings->open();
    return settings;
}

void MainWindow::showOutbox()
{
    m_tabs->setCurrentWidget(m_outbox);
}

void MainWindow::showAlerts()
{
    m_tabs->setCurrentWidget(m_alerts);
    m_alerts->table()->setFocus();
}

void MainWindow::showTeam(const QString &server, ConflictCopyService &conflicts)
{
    m_team = new TeamStatusLabel(server, conflicts, this);
    // First of the permanent widgets, which come after the one normal one (the counts).
    statusBar()->insertPermanentWidget(1, m_team);
}

void MainWindow::followTeam(TeamSync &sync)
{
    const auto show = [this](const TeamSyncState &state) {
        m_team->show(state, m_service.clock().now());
        m_notifications->teamConnection(state.connected, state.problem);
        // A viewer's console is read-only: its write actions say so before anyone tries.
        const bool writes = TeamRoles::canWrite(state.role) && !state.readOnly;
        for (QAction *action : std::as_const(m_writeActions)) {
            action->setEnabled(writes);
            action->setStatusTip(writes ? QString() : TeamRoles::readOnlyReason(state.role));
        }
    };
    connect(&sync, &TeamSync::stateChanged, m_team, show);
    // The team's messages, whoever made or sent them, in the outbox panel.
    connect(&sync, &TeamSync::outboxChanged, &m_outbox->model(), &OutboxModel::reloadSoon);
    // A sync already heard from (this window was built again): its state at once.
    if (sync.state().connected || !sync.state().problem.isEmpty())
        show(sync.state());
    m_presence = new PresenceTracker(sync, *m_tabs, *m_board->detailPane());
}

void MainWindow::offerSettings(const SettingsContext &context)
{
    m_settings = context;
    m_language = context.preferences.language;
    m_teamAction->setVisible(context.team != nullptr);
    m_getStarted->setTeam(context.team != nullptr, context.teamUrl.has_value());
}

void MainWindow::startStep(GetStartedPage::Step step)
{
    using Step = GetStartedPage::Step;
    switch (step) {
    case Step::Monitoring:
        showSettings(SettingsWindow::Page::Endpoints);
        return;
    case Step::Channel:
        showSettings(SettingsWindow::Page::Channels);
        return;
    case Step::Schedule:
        showOnCall();
        oncall()->chooseImport();
        return;
    case Step::Slos:
        showSlos();
        slos()->askImport();
        return;
    case Step::Team:
        showTeamSettings();
        return;
    case Step::Declare:
        declareIncident();
        return;
    case Step::Demo: // the page starts it
        return;
    }
}

void MainWindow::showTeamSettings()
{
    if (m_settings.team)
        showSettings(SettingsWindow::Page::Team);
}

void MainWindow::showBoard()
{
    m_tabs->setCurrentWidget(m_board);
    m_board->table()->setFocus();
}

void MainWindow::closeWorkspace(int tab)
{
    QWidget *workspace = m_tabs->widget(tab);
    if (!qobject_cast<IncidentWorkspace *>(workspace))
        return; // the board and the inbox stay
    m_tabs->removeTab(tab);
    workspace->deleteLater();
    if (m_presence)
        m_presence->publish();
}

// People the app has seen in charge or responding, for the role pickers.
void MainWindow::declareIncident()
{
    auto *dialog = new DeclareIncidentDialog(m_service, m_author, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // As PagerDuty and incident.io do: the new incident opens, ready for its first timeline
    // entry, and the board selects it behind.
    connect(dialog, &DeclareIncidentDialog::declared, this, [this](IncidentId id) {
        m_board->selectIncident(id);
        if (IncidentWorkspace *workspace = openWorkspace(id))
            workspace->focusEntryField();
    });
    dialog->open();
}

void MainWindow::showCommandPalette()
{
    QList<QAction *> actions = ShortcutsDialog::actionsOf(*menuBar());
    actions.removeAll(m_paletteAction);
    auto *palette = new CommandPalette(actions, *m_model, this);
    palette->setObjectName(QStringLiteral("commandPalette"));
    palette->setAttribute(Qt::WA_DeleteOnClose);
    connect(palette, &CommandPalette::incidentChosen, this,
            [this](IncidentId id) { openWorkspace(id); });
    palette->open();
}

void MainWindow::showShortcuts()
{
    auto *dialog = new ShortcutsDialog(ShortcutsDialog::actionsOf(*menuBar()), this);
    dialog->setObjectName(QStringLiteral("shortcutsDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void MainWindow::showWarnings(const QStringList &warnings)
{
    m_shownWarnings = warnings;
    m_warnings->setText(warnings.join(u'\n'));
    m_warnings->setVisible(!warnings.isEmpty());
}

void MainWindow::showStatus(const QString &message)
{
    statusBar()->showMessage(message, 10000);
}

void MainWindow::tick()
{
    m_model->refreshTimes();
    m_health->refresh();
    for (int tab = 1; tab < m_tabs->count(); ++tab) {
        if (auto *workspace = qobject_cast<IncidentWorkspace *>(m_tabs->widget(tab)))
            workspace->refreshTimes();
    }
    m_clock->setText(m_service.clock().now().toString(QStringLiteral("HH:mm:ss 'UTC'")));
    m_onCallNow->setText(tr("On call: %1").arg(OnCallSummary::text(m_services.oncall)));
    m_actionItems->refreshTimes();
    m_reminder->check();
}

} // namespace sitrep
