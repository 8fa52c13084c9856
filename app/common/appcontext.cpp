#include "appcontext.h"

#include "services/alertservice.h"
#include "services/policyloader.h"
#include "services/teamsync.h"
#include "storage/database.h"
#include "storage/teamdocumentstore.h"

#include <pwd.h>
#include <unistd.h>

#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace sitrep {

QString AppContext::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sitrep.sqlite");
}

Result<std::unique_ptr<AppContext>> AppContext::create(const QString &databasePath,
                                                       const Clock &clock, PageCheck pageCheck)
{
    Result<std::unique_ptr<Database>> database = Database::open(
            databasePath,
            pageCheck == PageCheck::OnOpen ? IntegrityCheck::OnOpen : IntegrityCheck::Deferred);
    if (!database)
        return Error {database.error()};
    LoadedPolicy policy = PolicyLoader::load(PolicyLoader::defaultUserFile());

    std::unique_ptr<AppContext> context(new AppContext);
    context->m_database = std::move(database).value();
    context->m_incidents = std::make_unique<IncidentService>(*context->m_database,
                                                             std::move(policy.policy), clock);
    context->m_warnings = policy.warnings;
    context->m_timeline = std::make_unique<TimelineService>(*context->m_database, clock);
    context->m_checklists = std::make_unique<ChecklistService>(
            *context->m_database,
            ChecklistService::loadTemplate(ChecklistService::defaultUserFile(),
                                           &context->m_warnings),
            clock);
    context->m_runbooks = RunbookLibrary::load(RunbookLibrary::defaultUserFolder());
    context->m_monitoring = std::make_unique<MonitoringService>(*context->m_database,
                                                                *context->m_incidents, clock);
    context->m_monitoring->alerts().setRouting(loadAlertRouting(&context->m_warnings));
    context->m_monitoring->setDetectionRules(loadDetectionRules(&context->m_warnings));
    context->m_messaging = std::make_unique<MessagingService>(
            *context->m_database, context->m_monitoring->network(),
            context->m_monitoring->secrets(), clock);
    context->m_slos
            = std::make_unique<SloMonitor>(*context->m_database, *context->m_monitoring, clock);
    context->m_metrics = std::make_unique<MetricsService>(*context->m_database, clock);
    // Resolving an incident opens its postmortem.
    context->m_postmortems = std::make_unique<PostmortemService>(
            *context->m_database, *context->m_incidents, *context->m_timeline, clock);
    context->m_oncall = std::make_unique<OnCallService>(*context->m_database, clock);
    if (Result<void> loaded = context->m_oncall->load(); !loaded)
        context->m_warnings << loaded.error();
    context->m_warnings << context->m_oncall->loadProblems();
    // Declaring an incident pages its schedule's first level at once, wherever it happens.
    context->m_escalations = std::make_unique<EscalationService>(
            *context->m_database, *context->m_incidents, *context->m_oncall, clock);
    context->m_handoffs
            = std::make_unique<HandoffService>(*context->m_database, *context->m_oncall, clock);
    context->m_pagerDutyAcknowledgements = std::make_unique<PagerDutyAcknowledgements>(
            *context->m_incidents, *context->m_messaging);
    // Announcements are queued with the changes that cause them: look at the outbox then.
    OutboxDispatcher &dispatcher = context->m_messaging->dispatcher();
    QObject::connect(context->m_incidents.get(), &IncidentService::incidentChanged, &dispatcher,
                     &OutboxDispatcher::kick);
    QObject::connect(context->m_incidents.get(), &IncidentService::incidentDeclared, &dispatcher,
                     &OutboxDispatcher::kick);
    QObject::connect(context->m_escalations.get(), &EscalationService::queued, &dispatcher,
                     &OutboxDispatcher::kick);
    QObject::connect(context->m_incidents.get(), &IncidentService::incidentAcknowledged,
                     &dispatcher, &OutboxDispatcher::kick);
    context->m_team
            = std::make_unique<TeamService>(*context->m_database, context->m_monitoring->secrets());
    context->m_conflictCopies = std::make_unique<ConflictCopyService>(*context->m_database);
    AppContext *wired = context.get();
    QObject::connect(context->m_conflictCopies.get(), &ConflictCopyService::documentsSettled,
                     context->m_conflictCopies.get(),
                     [wired](const QStringList &kinds) { wired->announceDocuments(kinds); });
    // A copy removed where it is listed (the on-call view, the channels page) is settled too.
    QObject::connect(context->m_oncall.get(), &OnCallService::changed,
                     context->m_conflictCopies.get(), &ConflictCopyService::announceChanged);
    QObject::connect(context->m_messaging.get(), &MessagingService::channelsChanged,
                     context->m_conflictCopies.get(), &ConflictCopyService::announceChanged);
    context->m_warnings << context->m_runbooks.warnings();
    return context;
}

AppContext::~AppContext() = default;

Result<void> AppContext::recordForTeam(const std::optional<TeamUrl> &url)
{
    return m_team->recordFor(url);
}

void AppContext::announceDocuments(const QStringList &kinds)
{
    if (kinds.contains(TeamDocumentStore::kindKey(TeamDocumentStore::Kind::Schedule)))
        m_oncall->reloadFromTeam();
    if (kinds.contains(TeamDocumentStore::kindKey(TeamDocumentStore::Kind::Channel)))
        m_messaging->announceChannelsChanged();
    if (kinds.contains(TeamDocumentStore::kindKey(TeamDocumentStore::Kind::Leads)))
        m_postmortems->announceLeadsChanged();
    // SLO definitions are read afresh at every refresh.
    m_conflictCopies->announceChanged();
}

void AppContext::followTeam(TeamSync &sync)
{
    // Each escalation step is claimed team-wide before it pages; while the sync lives.
    m_escalations->setTeamClaims(sync.claimer(QStringLiteral("escalation")));
    QObject::connect(&sync, &QObject::destroyed, m_escalations.get(),
                     [this] { m_escalations->setTeamClaims({}); });
    // Messages go out once across the team: each channel's through the console holding its
    // lease on the team's outbox.
    m_messaging->dispatcher().followTeam(sync);
    QObject::connect(&sync, &TeamSync::applied, m_incidents.get(),
                     [this](const TeamApplied &applied) {
                         m_incidents->announceFromTeam(applied);
                         m_timeline->announceChanged(applied.changedEntries);
                         m_checklists->announceChanged(applied.checklists);
                         m_postmortems->announceChanged(applied.postmortems);
                         announceDocuments(applied.documents);
                     });
    // A change made here goes out at once (the worker pushes, then pulls what it missed).
    const auto push = [&sync] { sync.syncNow(); };
    QObject::connect(m_incidents.get(), &IncidentService::incidentDeclared, &sync, [this, push] {
        if (!m_incidents->importing())
            push();
    });
    QObject::connect(m_incidents.get(), &IncidentService::incidentChanged, &sync, push);
    QObject::connect(m_incidents.get(), &IncidentService::timelineEntryAdded, &sync, push);
    QObject::connect(m_timeline.get(), &TimelineService::entryAdded, &sync, push);
    QObject::connect(m_timeline.get(), &TimelineService::entryChanged, &sync, push);
    QObject::connect(m_checklists.get(), &ChecklistService::checklistChanged, &sync, push);
}

QString AppContext::databasePath() const
{
    return m_database->path();
}

QString settingsFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/sitrep/sitrep.ini");
}

AlertRouting loadAlertRouting(QStringList *warnings)
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    AlertRouting routing;
    const QStringList groupBy = settings.value(QStringLiteral("alerts/group_by")).toStringList();
    if (!groupBy.isEmpty()) {
        routing.groupBy.clear();
        for (const QString &label : groupBy) {
            if (!label.trimmed().isEmpty())
                routing.groupBy << label.trimmed();
        }
    }
    routing.severityLabel
            = settings.value(QStringLiteral("alerts/severity_label"), routing.severityLabel)
                      .toString();
    // severity_map = page=SEV-1, critical=SEV-2, warning=SEV-3
    const QStringList mapping
            = settings.value(QStringLiteral("alerts/severity_map")).toStringList();
    if (!mapping.isEmpty()) {
        QMap<QString, Severity> severities;
        for (const QString &pair : mapping) {
            const QString value = pair.section(u'=', 0, 0).trimmed();
            const auto severity = parseSeverity(pair.section(u'=', 1).trimmed());
            if (value.isEmpty() || !severity) {
                if (warnings)
                    *warnings << QCoreApplication::translate(
                                         "AppContext",
                                         "%1: alerts/severity_map: \"%2\" is not LABEL=SEV-N; "
                                         "the default mapping is in force.")
                                         .arg(settingsFile(), pair);
                return AlertRouting {routing.groupBy, routing.severityLabel,
                                     AlertRouting().severities};
            }
            severities.insert(value, *severity);
        }
        routing.severities = severities;
    }
    return routing;
}

void AppContext::retranslate()
{
    QStringList problems; // said at start already, in the window's warnings
    m_checklists->setChecklistTemplate(
            ChecklistService::loadTemplate(ChecklistService::defaultUserFile(), &problems));
}

QString detectionRulesFile()
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString configured = settings.value(QStringLiteral("detection/rules_file")).toString();
    if (!configured.isEmpty())
        return configured;
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation)
            + QStringLiteral("/sitrep/detection.yaml");
}

DetectionRulesFile loadDetectionRules(QStringList *warnings)
{
    const QString path = detectionRulesFile();
    if (!QFileInfo::exists(path))
        return DetectionRulesFile::seedDefaults();
    Result<DetectionRulesFile> loaded = DetectionRulesFile::load(path);
    if (loaded)
        return std::move(loaded).value();
    if (warnings)
        *warnings << QCoreApplication::translate("AppContext",
                                                 "%1 The seed's detection rules are in force.")
                             .arg(loaded.error());
    return DetectionRulesFile::seedDefaults();
}

void saveAlertGrouping(const QStringList &groupBy)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("alerts/group_by"), groupBy);
}

QString boardScope()
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    return settings.value(QStringLiteral("board/scope")).toString();
}

void saveBoardScope(const QString &scope)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    settings.setValue(QStringLiteral("board/scope"), scope);
}

std::optional<TeamUrl> teamUrl(QString *problem)
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    const QString text = settings.value(QStringLiteral("team/url")).toString();
    if (text.isEmpty())
        return std::nullopt;
    Result<TeamUrl> url = TeamUrl::parse(text);
    if (!url) {
        if (problem)
            *problem = url.error();
        return std::nullopt;
    }
    return url.value();
}

void saveTeamUrl(const std::optional<TeamUrl> &url)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    if (url)
        settings.setValue(QStringLiteral("team/url"), url->toString());
    else
        settings.remove(QStringLiteral("team"));
}

QString currentUserName()
{
    // In a team, people are known by the login the server authenticates: what this console
    // writes under that name is what every other console shows.
    if (const std::optional<TeamUrl> team = teamUrl(nullptr); team)
        return team->user;
    const QString user = qEnvironmentVariable("USER");
    if (!user.isEmpty())
        return user;
    // Started without $USER (some launchers and services): the login the system knows.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_name && *entry->pw_name)
        return QString::fromLocal8Bit(entry->pw_name);
    return QStringLiteral("unknown");
}

QString systemFullName()
{
    // The GECOS field's first part is the full name ("Erin Example,Room 4,…"), where set.
    if (const passwd *entry = getpwuid(getuid()); entry && entry->pw_gecos) {
        const QString full = QString::fromLocal8Bit(entry->pw_gecos).section(u',', 0, 0).trimmed();
        if (!full.isEmpty())
            return full;
    }
    return currentUserName();
}

QString personName()
{
    if (const std::optional<TeamUrl> team = teamUrl(nullptr); team)
        return team->user;
    const QString chosen = loadPreferences(nullptr).name;
    return chosen.isEmpty() ? systemFullName() : chosen;
}

Preferences loadPreferences(QStringList *warnings)
{
    const QSettings settings(settingsFile(), QSettings::IniFormat);
    Preferences preferences;
    preferences.name = settings.value(QStringLiteral("person/name")).toString().trimmed();
    // A hand-edited value that does not read keeps the default and is said, never refused.
    const auto choose = [&settings, warnings](const QString &key, const QStringList &known,
                                              QString &value) {
        const QString read = settings.value(key, value).toString().trimmed();
        if (known.contains(read))
            value = read;
        else if (warnings)
            *warnings << QCoreApplication::translate("Preferences",
                                                     "%1: %2 = \"%3\" is not one of %4; the "
                                                     "default is in force.")
                                 .arg(settingsFile(), key, read, known.join(QStringLiteral(", ")));
    };
    choose(QStringLiteral("appearance/color_scheme"),
           {QStringLiteral("system"), QStringLiteral("light"), QStringLiteral("dark")},
           preferences.colourScheme);
    choose(QStringLiteral("appearance/language"),
           {QString(), QStringLiteral("en"), QStringLiteral("de")}, preferences.language);
    return preferences;
}

void savePreferences(const Preferences &preferences)
{
    QSettings settings(settingsFile(), QSettings::IniFormat);
    const auto keep = [&settings](const QString &key, const QString &value) {
        if (value.isEmpty())
            settings.remove(key);
        else
            settings.setValue(key, value);
    };
    keep(QStringLiteral("person/name"), preferences.name);
    keep(QStringLiteral("appearance/color_scheme"), preferences.colourScheme);
    keep(QStringLiteral("appearance/language"), preferences.language);
}

} // namespace sitrep
