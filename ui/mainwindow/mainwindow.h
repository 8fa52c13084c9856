#pragma once

#include "board/getstartedpage.h"
#include "domain/endpoint.h"
#include "domain/incident.h"
#include "domain/teamurl.h"
#include "services/workspaceservices.h"
#include "settings/settingswindow.h"

#include <optional>

#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QTabWidget;
class QUndoGroup;

namespace sitrep {

class ActionItemsLabel;
class AlertsView;
class BoardView;
class IncidentLoader;
class IncidentNotifications;
class IncidentWorkspace;
class LazyTab;
class IncidentService;
class IncidentTableModel;
class PresenceTracker;
class ConflictCopyService;
class TeamStatusLabel;
class TeamService;
class TeamSync;
class OutboxView;
class SloView;
class DashboardView;
class EndpointHealthLabel;
class OnCallView;
class PostmortemsView;
class TrayStatus;
class UpdateReminder;

// Composes the views, menus, shortcuts and status bar: the board as the first tab and a tab per
// open incident workspace. It changes no data itself: the views call the services.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(WorkspaceServices services, IncidentLoader &loader, const QString &author,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    [[nodiscard]] BoardView *board() const { return m_board; }
    [[nodiscard]] IncidentTableModel &incidentModel() const { return *m_model; }
    // Problems the user must know about (an invalid policy file, a failed backup).
    void showWarnings(const QStringList &warnings);
    void showStatus(const QString &message);
    // Team mode: the team server in the status bar at once ("connecting…"), then the sync's
    // state as it runs.
    void showTeam(const QString &server, ConflictCopyService &conflicts);
    void followTeam(TeamSync &sync);
    // What Settings shows and edits: the files, the person's preferences, and the team (its
    // page offered only when `context.team` is set).
    void offerSettings(const SettingsContext &context);
    // Settings → Configure Sitrep…, open on `page`.
    SettingsWindow *showSettings(SettingsWindow::Page page = SettingsWindow::Page::General);
    void showTeamSettings();
    // A step of Get started: opens the place that does it.
    void startStep(sitrep::GetStartedPage::Step step);

    void declareIncident();
    void showShortcuts();
    // Ctrl+K: any action or incident by a few of its letters.
    void showCommandPalette();
    // Opens (or brings forward) the incident's workspace tab.
    IncidentWorkspace *openWorkspace(IncidentId id);
    [[nodiscard]] IncidentWorkspace *currentWorkspace() const;
    // The open workspaces in their tabs' order.
    [[nodiscard]] QList<IncidentWorkspace *> workspaces() const;
    [[nodiscard]] QTabWidget *tabs() const { return m_tabs; }
    [[nodiscard]] QStringList warnings() const { return m_shownWarnings; }
    void showBoard();
    void showAlerts();
    void showEndpoints();
    void showChannels();
    [[nodiscard]] AlertsView *alerts() const { return m_alerts; }
    [[nodiscard]] OutboxView *outbox() const { return m_outbox; }
    [[nodiscard]] UpdateReminder *reminder() const { return m_reminder; }
    [[nodiscard]] TrayStatus *tray() const { return m_tray; }
    void showOutbox();
    void showSlos();
    void showDashboard();
    // These views are built when first shown or asked for here.
    [[nodiscard]] DashboardView *dashboard() const;
    [[nodiscard]] SloView *slos() const;
    void showOnCall();
    [[nodiscard]] OnCallView *oncall() const;
    void showPostmortems();
    [[nodiscard]] PostmortemsView *postmortems() const;
    [[nodiscard]] bool hasPostmortemsView() const;

Q_SIGNALS:
    void incidentsLoaded();
    // Chosen in the team settings: the application keeps it and starts or stops the sync.
    void teamJoined(const sitrep::TeamUrl &url);
    void teamLeft();
    // Chosen in Settings: the application keeps them and applies what it can at once.
    void preferencesChanged(const sitrep::Preferences &preferences);
    // Settings closed with another language or another person at this console (a name, a
    // team joined or left) than this window was built with: the application builds it again.
    void rebuildWanted();
    void runbooksReloadRequested();

private:
    void createActions();
    // The SLO, dashboard, on-call and postmortem tabs (mainwindowtabs.cpp).
    void addViewTabs();
    void tick();
    void closeWorkspace(int tab);

    WorkspaceServices m_services;
    IncidentService &m_service;
    QString m_author;
    IncidentLoader &m_loader;
    IncidentTableModel *m_model;
    BoardView *m_board;
    GetStartedPage *m_getStarted;
    QTabWidget *m_tabs;
    AlertsView *m_alerts;
    OutboxView *m_outbox;
    LazyTab *m_slosTab;
    LazyTab *m_dashboardTab;
    LazyTab *m_oncallTab;
    LazyTab *m_postmortemsTab;
    ActionItemsLabel *m_actionItems;
    QLabel *m_onCallNow;
    UpdateReminder *m_reminder;
    TrayStatus *m_tray;
    IncidentNotifications *m_notifications;
    QLabel *m_overdue;
    EndpointHealthLabel *m_health;
    QUndoGroup *m_undoGroup;
    QLabel *m_warnings;
    QStringList m_shownWarnings;
    QStringList m_people; // who held a role or responded, as the loader read them
    QLabel *m_counts;
    QLabel *m_clock;
    TeamStatusLabel *m_team = nullptr;
    QPointer<PresenceTracker> m_presence; // goes with the team sync it follows
    SettingsContext m_settings;
    QString m_language; // the language chosen when this window was offered its settings
    QAction *m_teamAction = nullptr;
    QAction *m_paletteAction = nullptr;
    QList<QAction *> m_writeActions; // what a viewer's console may not do
    QTimer m_ticker;
};

} // namespace sitrep
