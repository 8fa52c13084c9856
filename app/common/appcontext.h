#pragma once

#include "domain/clock.h"
#include "domain/preferences.h"
#include "domain/result.h"
#include "services/checklistservice.h"
#include "services/conflictcopyservice.h"
#include "services/escalationservice.h"
#include "services/handoffservice.h"
#include "services/incidentservice.h"
#include "services/messagingservice.h"
#include "services/metricsservice.h"
#include "services/monitoringservice.h"
#include "services/oncallservice.h"
#include "services/pagerdutyacknowledgements.h"
#include "services/postmortemservice.h"
#include "services/runbooklibrary.h"
#include "services/slomonitor.h"
#include "services/teamservice.h"
#include "services/timelineservice.h"
#include "services/workspaceservices.h"

#include <memory>

#include <QStringList>

namespace sitrep {

class Database;
class TeamSync;

// Builds the services once for an executable and owns them: the database, the policy in force
// and the incident service. Handed to windows and commands through their constructors.
class AppContext
{
public:
    [[nodiscard]] static QString defaultDatabasePath();
    // When the database file's pages are checked: before anything reads it, or later on a
    // worker (DatabaseVerifier) so the console opens at once.
    enum class PageCheck { OnOpen, Deferred };
    [[nodiscard]] static Result<std::unique_ptr<AppContext>>
    create(const QString &databasePath, const Clock &clock,
           PageCheck pageCheck = PageCheck::OnOpen);
    ~AppContext();

    // For wiring the deferred page check (DatabaseVerifier).
    [[nodiscard]] Database &database() { return *m_database; }
    [[nodiscard]] QString databasePath() const;
    [[nodiscard]] IncidentService &incidents() { return *m_incidents; }
    [[nodiscard]] TimelineService &timeline() { return *m_timeline; }
    [[nodiscard]] ChecklistService &checklists() { return *m_checklists; }
    [[nodiscard]] MonitoringService &monitoring() { return *m_monitoring; }
    [[nodiscard]] MessagingService &messaging() { return *m_messaging; }
    [[nodiscard]] SloMonitor &slos() { return *m_slos; }
    [[nodiscard]] MetricsService &metrics() { return *m_metrics; }
    [[nodiscard]] PostmortemService &postmortems() { return *m_postmortems; }
    [[nodiscard]] OnCallService &oncall() { return *m_oncall; }
    [[nodiscard]] EscalationService &escalations() { return *m_escalations; }
    [[nodiscard]] HandoffService &handoffs() { return *m_handoffs; }
    [[nodiscard]] TeamService &team() { return *m_team; }
    [[nodiscard]] ConflictCopyService &conflictCopies() { return *m_conflictCopies; }
    // Started by the console and `sitrepctl watch`, not by one-off commands.
    [[nodiscard]] PagerDutyAcknowledgements &pagerDutyAcknowledgements()
    {
        return *m_pagerDutyAcknowledgements;
    }
    [[nodiscard]] WorkspaceServices workspaceServices()
    {
        return {*m_incidents,  *m_timeline,    *m_checklists, m_runbooks,
                *m_monitoring, *m_messaging,   *m_slos,       *m_metrics,
                *m_oncall,     *m_escalations, *m_handoffs,   *m_postmortems};
    }
    // Records this console's changes for the team in the settings, or none (solo, the demo).
    [[nodiscard]] Result<void> recordForTeam(const std::optional<TeamUrl> &url);
    // Tells the services' listeners what the sync worker applied, and has every local change
    // pushed at once.
    void followTeam(TeamSync &sync);
    // Problems with the user's policy, checklist and runbook files; the defaults are in force
    // where there are any.
    [[nodiscard]] const QStringList &warnings() const { return m_warnings; }
    // Reads the runbooks folder again (edited through Settings); every view holding the
    // library sees the new one.
    void reloadRunbooks()
    {
        m_runbooks = RunbookLibrary::load(RunbookLibrary::defaultUserFolder());
    }
    // The language changed: the shipped checklist, translated as it is read, is read again
    // (the severity policy is translated where it is shown).
    void retranslate();

private:
    // Tells the services whose shared documents (schedules, channels, leads) the team changed.
    void announceDocuments(const QStringList &kinds);

    AppContext() = default;

    std::unique_ptr<Database> m_database;
    std::unique_ptr<IncidentService> m_incidents;
    std::unique_ptr<TimelineService> m_timeline;
    std::unique_ptr<ChecklistService> m_checklists;
    std::unique_ptr<MonitoringService> m_monitoring; // after what it uses: destroyed before them
    std::unique_ptr<MessagingService> m_messaging;   // uses the monitoring's network and keychain
    std::unique_ptr<SloMonitor> m_slos;              // fetches through the monitoring
    std::unique_ptr<MetricsService> m_metrics;
    std::unique_ptr<PostmortemService> m_postmortems;
    std::unique_ptr<OnCallService> m_oncall;
    std::unique_ptr<EscalationService> m_escalations;
    std::unique_ptr<HandoffService> m_handoffs;
    std::unique_ptr<PagerDutyAcknowledgements> m_pagerDutyAcknowledgements;
    std::unique_ptr<TeamService> m_team;
    std::unique_ptr<ConflictCopyService> m_conflictCopies;
    RunbookLibrary m_runbooks;
    QStringList m_warnings;
};

// The user's settings file (~/.config/sitrep/sitrep.ini): non-secret preferences only.
[[nodiscard]] QString settingsFile();
// How alerts are grouped and mapped to severities: the [alerts] section of the settings file,
// or the defaults. Problems are added to `warnings` and the defaults stay.
[[nodiscard]] AlertRouting loadAlertRouting(QStringList *warnings);
void saveAlertGrouping(const QStringList &groupBy);
// The board's open/resolved/all scope as the person last picked it ([board] scope).
[[nodiscard]] QString boardScope();
void saveBoardScope(const QString &scope);
// The detection rules file: [detection] rules_file in the settings, or
// ~/.config/sitrep/detection.yaml.
[[nodiscard]] QString detectionRulesFile();
// Its rules, or the seed's when there is no file. A file with a problem is reported in
// `warnings` and the seed's rules stay in force.
[[nodiscard]] DetectionRulesFile loadDetectionRules(QStringList *warnings);

// The team server this console belongs to ([team] url in the settings file), none in solo
// mode; a URL that no longer reads is reported in `problem`.
[[nodiscard]] std::optional<TeamUrl> teamUrl(QString *problem = nullptr);
void saveTeamUrl(const std::optional<TeamUrl> &url);

// Who is making a change when nobody says: the login name.
[[nodiscard]] QString currentUserName();
// The person as the operating system knows them: the full name, else the login.
[[nodiscard]] QString systemFullName();
// The person at the console, the commander of what they declare: the team's login in a team,
// else the name chosen in Settings, else the system's full name.
[[nodiscard]] QString personName();

// The [person] and [appearance] sections of the settings file; a value that does not read is
// added to `warnings` and its default stays.
[[nodiscard]] Preferences loadPreferences(QStringList *warnings);
void savePreferences(const Preferences &preferences);

} // namespace sitrep
