// sitrepctl's monitoring commands: endpoints, syncing, alerts, silences, and the watch loop.
#include "monitoringcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "domain/durationtext.h"
#include "services/alertservice.h"
#include "services/alertsync.h"
#include "services/backupscheduler.h"
#include "services/detectionsync.h"
#include "services/escalationservice.h"
#include "services/teamservice.h"
#include "services/teamsync.h"

#include <QFile>

namespace sitrep {

using namespace ctl;

Result<Endpoint> ctl::chosenEndpoint(AppContext &context, const QCommandLineParser &parser,
                                     const QCommandLineOption &url, const QCommandLineOption &name,
                                     Endpoint::Kind kind, const QString &command)
{
    Endpoint endpoint;
    if (parser.isSet(url)) {
        endpoint.kind = kind;
        endpoint.url = QUrl(parser.value(url));
        endpoint.name = endpoint.url.host() + u'-' + QString::number(endpoint.url.port(80));
    } else {
        const Result<std::optional<Endpoint>> found
                = context.monitoring().endpoint(parser.value(name));
        if (!found)
            return Error {found.error()};
        if (!found.value())
            return Error {
                    CtlCommands::tr("There is no endpoint named %1.").arg(parser.value(name))};
        endpoint = *found.value();
        if (endpoint.kind != kind)
            return Error {CtlCommands::tr("%1 needs a %2 endpoint; %3 is a %4.")
                                  .arg(command, endpointKindKey(kind), endpoint.name,
                                       endpointKindKey(endpoint.kind))};
    }
    if (auto problem = EndpointRules::problem(endpoint))
        return Error {*problem};
    return endpoint;
}

namespace {

QJsonObject healthJson(const Endpoint &endpoint, const EndpointHealth &health, const QDateTime &now)
{
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
    };
    const char *states[] = {"unknown", "ok", "stale", "failing"};
    return {{QStringLiteral("state"),
             QString::fromLatin1(states[int(health.state(now, endpoint.pollInterval))])},
            {QStringLiteral("description"), health.describe(now, endpoint.pollInterval)},
            {QStringLiteral("last_attempt"), time(health.lastAttempt)},
            {QStringLiteral("last_success"), time(health.lastSuccess)},
            {QStringLiteral("failure"),
             health.failure.isEmpty() ? QJsonValue() : QJsonValue(health.failure)}};
}

QJsonObject reportJson(const IngestReport &report)
{
    QJsonArray opened;
    for (IncidentId id : report.openedIncidents)
        opened.append(id);
    return {{QStringLiteral("received"), report.received},
            {QStringLiteral("new_alerts"), report.newAlerts},
            {QStringLiteral("resolved_alerts"), report.resolvedAlerts},
            {QStringLiteral("changed_alerts"), report.changedAlerts},
            {QStringLiteral("opened_incidents"), opened}};
}

// Incidents by what people call them (#P-3f2a until a team's server numbers it).
QString reportLine(AlertService &alerts, const QString &endpoint, const IngestReport &report)
{
    QStringList opened;
    for (IncidentId id : report.openedIncidents)
        opened << alerts.incidentLabel(id);
    return CtlCommands::tr("%1: %2 alerts, %3 new, %4 resolved, %5 changed; incidents opened: %6")
            .arg(endpoint)
            .arg(report.received)
            .arg(report.newAlerts)
            .arg(report.resolvedAlerts)
            .arg(report.changedAlerts)
            .arg(opened.isEmpty() ? CtlCommands::tr("none") : opened.join(QStringLiteral(", ")));
}

} // namespace

int MonitoringCommands::addEndpoint(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption url(QStringLiteral("url"), tr("The base URL."), QStringLiteral("URL"));
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("A setting: auth, username, ca_file, poll_interval, timeout."),
                                 QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secretStdin(
            QStringLiteral("secret-stdin"),
            tr("Read the token or password from standard input into the keychain."));
    line.parser.addOptions({url, set, secretStdin});
    if (!line.parse(QStringLiteral("endpoint add"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    const auto kind = parseEndpointKind(words.value(0));
    if (words.size() != 2 || !kind)
        return fail(tr("endpoint add needs a kind (alertmanager or prometheus) and a name."),
                    BadArguments);
    if (!line.parser.isSet(url))
        return fail(tr("endpoint add needs --url."), BadArguments);
    Endpoint endpoint;
    endpoint.kind = *kind;
    endpoint.name = words.at(1);
    endpoint.url = QUrl(line.parser.value(url));
    for (const QString &setting : line.parser.values(set)) {
        if (auto problem = EndpointRules::apply(endpoint, setting))
            return fail(*problem, BadArguments);
    }
    if (auto problem = EndpointRules::problem(endpoint))
        return fail(*problem, BadArguments);
    QString secret;
    if (line.parser.isSet(secretStdin)) {
        const auto piped = secretFromStdin();
        if (!piped)
            return fail(tr("could not read standard input."));
        secret = *piped;
    }
    if (endpoint.needsSecret() && secret.isEmpty())
        return fail(tr("endpoint %1 uses %2 authentication: pass its secret with --secret-stdin.")
                            .arg(endpoint.name, endpointAuthKey(endpoint.auth)),
                    BadArguments);
    context.monitoring().addEndpoint(endpoint, secret,
                                     [this, name = endpoint.name](QString problem) {
                                         if (!problem.isEmpty())
                                             return finish(fail(problem));
                                         m_out << tr("Endpoint %1 saved.").arg(name) << '\n';
                                         finish(Done);
                                     });
    return Pending;
}

int MonitoringCommands::listEndpoints(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("endpoint list"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<Endpoint>> endpoints = context.monitoring().endpoints();
    if (!endpoints)
        return fail(endpoints.error());
    const QDateTime now = context.incidents().clock().now();
    QJsonArray array;
    for (const Endpoint &endpoint : endpoints.value()) {
        const Result<EndpointHealth> health = context.monitoring().health(endpoint.name);
        if (!health)
            return fail(health.error());
        if (!line.parser.isSet(QStringLiteral("json"))) {
            m_out << QStringLiteral("%1  %2  %3  auth %4  every %5  %6\n")
                             .arg(endpoint.name, endpointKindKey(endpoint.kind),
                                  endpoint.url.toString(), endpointAuthKey(endpoint.auth),
                                  durationText(endpoint.pollInterval),
                                  health.value().describe(now, endpoint.pollInterval));
            continue;
        }
        array.append(QJsonObject {
                {QStringLiteral("name"), endpoint.name},
                {QStringLiteral("kind"), endpointKindKey(endpoint.kind)},
                {QStringLiteral("url"), endpoint.url.toString()},
                {QStringLiteral("auth"), endpointAuthKey(endpoint.auth)},
                {QStringLiteral("username"), endpoint.username},
                {QStringLiteral("ca_file"), endpoint.caFile},
                {QStringLiteral("poll_interval_seconds"), qint64(endpoint.pollInterval.count())},
                {QStringLiteral("timeout_seconds"), qint64(endpoint.timeout.count())},
                {QStringLiteral("health"), healthJson(endpoint, health.value(), now)},
        });
    }
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(array);
    return Done;
}

int MonitoringCommands::removeEndpoint(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("endpoint remove"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    if (words.size() != 1)
        return fail(tr("endpoint remove needs the endpoint's name."), BadArguments);
    context.monitoring().removeEndpoint(words.first(),
                                        [this, name = words.first()](QString problem) {
                                            if (!problem.isEmpty())
                                                return finish(fail(problem));
                                            m_out << tr("Endpoint %1 removed.").arg(name) << '\n';
                                            finish(Done);
                                        });
    return Pending;
}

int MonitoringCommands::syncAlertmanager(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption url(QStringLiteral("url"), tr("An Alertmanager to read once."),
                                 QStringLiteral("URL"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            tr("A configured endpoint."), QStringLiteral("NAME"));
    const QCommandLineOption once(QStringLiteral("once"), tr("Poll once and exit."));
    line.parser.addOptions({url, endpointOption, once, jsonOption()});
    if (!line.parse(QStringLiteral("sync alertmanager"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.isSet(url) == line.parser.isSet(endpointOption))
        return fail(tr("sync alertmanager needs either --url or --endpoint."), BadArguments);
    const Result<Endpoint> endpoint
            = chosenEndpoint(context, line.parser, url, endpointOption,
                             Endpoint::Kind::Alertmanager, QStringLiteral("sync alertmanager"));
    if (!endpoint)
        return fail(endpoint.error());
    AlertSync *sync = context.monitoring().syncFor(endpoint.value());
    const bool asJson = line.parser.isSet(QStringLiteral("json"));
    AlertService &alerts = context.monitoring().alerts();
    QObject::connect(sync, &AlertSync::finished, sync,
                     [this, sync, asJson, &alerts](const QString &problem) {
                         if (!problem.isEmpty())
                             m_err << "sitrepctl: " << sync->endpoint().name << ": " << problem
                                   << Qt::endl;
                         else if (asJson)
                             m_out << QJsonDocument(reportJson(sync->lastReport()))
                                              .toJson(QJsonDocument::Compact)
                                   << Qt::endl;
                         else
                             m_out << reportLine(alerts, sync->endpoint().name, sync->lastReport())
                                   << Qt::endl;
                     });
    if (!line.parser.isSet(once)) {
        sync->start();
        return keepRunning([] { return Done; });
    }
    // The cache is changed only by a good reply; a failure leaves it as it was.
    QObject::connect(sync, &AlertSync::finished, sync,
                     [this](const QString &problem) { finish(problem.isEmpty() ? Done : Failed); });
    sync->pollOnce();
    return Pending;
}

int MonitoringCommands::listAlerts(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("alerts list"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<CachedAlert>> alerts = context.monitoring().alerts().alerts();
    if (!alerts)
        return fail(alerts.error());
    QJsonArray array;
    for (const CachedAlert &cached : alerts.value()) {
        const Alert &alert = cached.alert;
        QJsonObject labels;
        for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it)
            labels.insert(it.key(), it.value());
        const QString state
                = cached.isResolved() ? QStringLiteral("resolved") : alertStateKey(alert.state);
        if (!line.parser.isSet(QStringLiteral("json"))) {
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(alert.fingerprint, state.leftJustified(11),
                                  cached.incidentId > 0
                                          ? context.monitoring().alerts().incidentLabel(
                                                  cached.incidentId)
                                          : QStringLiteral("-"),
                                  printable(alert.startsAt), cached.groupKey);
            continue;
        }
        array.append(QJsonObject {
                {QStringLiteral("fingerprint"), alert.fingerprint},
                {QStringLiteral("group"), cached.groupKey},
                {QStringLiteral("labels"), labels},
                {QStringLiteral("state"), state},
                {QStringLiteral("silenced_by"), QJsonArray::fromStringList(alert.silencedBy)},
                {QStringLiteral("inhibited_by"), QJsonArray::fromStringList(alert.inhibitedBy)},
                {QStringLiteral("incident"),
                 cached.incidentId > 0 ? QJsonValue(cached.incidentId) : QJsonValue()},
                {QStringLiteral("endpoint"), cached.endpoint},
                {QStringLiteral("starts_at"), alert.startsAt.toString(Qt::ISODateWithMs)},
                {QStringLiteral("resolved_at"),
                 cached.isResolved() ? QJsonValue(cached.resolvedAt.toString(Qt::ISODateWithMs))
                                     : QJsonValue()},
        });
    }
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(array);
    return Done;
}

int MonitoringCommands::silence(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption incident(QStringLiteral("incident"), tr("The incident."),
                                      QStringLiteral("ID"));
    const QCommandLineOption duration(QStringLiteral("duration"), tr("How long, such as 2h."),
                                      QStringLiteral("DURATION"));
    const QCommandLineOption comment(QStringLiteral("comment"), tr("Why."), QStringLiteral("TEXT"));
    const QCommandLineOption expire(QStringLiteral("expire"), tr("End a silence."),
                                    QStringLiteral("SILENCE-ID"));
    line.parser.addOptions({incident, duration, comment, expire});
    if (!line.parse(QStringLiteral("silence"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.isSet(expire)) {
        context.monitoring().expireSilence(line.parser.value(expire),
                                           [this, id = line.parser.value(expire)](QString problem) {
                                               if (!problem.isEmpty())
                                                   return finish(fail(problem));
                                               m_out << tr("Silence %1 expired.").arg(id) << '\n';
                                               finish(Done);
                                           });
        return Pending;
    }
    bool ok = false;
    const IncidentId id = line.parser.value(incident).toLongLong(&ok);
    if (!ok || id <= 0)
        return fail(tr("silence needs --incident with an incident number."), BadArguments);
    const auto length = parseDurationText(line.parser.value(duration));
    if (!length)
        return fail(tr("silence needs --duration, such as 30m or 2h."), BadArguments);
    if (line.parser.value(comment).trimmed().isEmpty())
        return fail(tr("silence needs --comment saying why."), BadArguments);
    const Result<QList<CachedAlert>> alerts = context.monitoring().alerts().alertsOf(id);
    if (!alerts)
        return fail(alerts.error());
    QStringList groups;
    for (const CachedAlert &alert : alerts.value()) {
        if (!alert.isResolved() && !groups.contains(alert.groupKey))
            groups << alert.groupKey;
    }
    if (groups.isEmpty())
        return fail(tr("Incident #%1 has no firing alerts to silence.").arg(id));
    silenceEach(context.monitoring(), groups, *length, line.parser.value(comment));
    return Pending;
}

void MonitoringCommands::silenceEach(MonitoringService &monitoring, QStringList groups,
                                     std::chrono::seconds length, const QString &comment)
{
    if (groups.isEmpty())
        return finish(Done);
    const QString group = groups.takeFirst();
    // One after the other: each silence is created before the next is asked for.
    monitoring.silenceGroup(
            group, length, comment, currentUserName(),
            [this, &monitoring, group, groups, length, comment](QString problem) {
                if (!problem.isEmpty())
                    return finish(fail(problem));
                const Result<QList<Silence>> silences = monitoring.alerts().silences();
                const QString id = silences && !silences.value().isEmpty()
                        ? silences.value().last().id
                        : QString();
                m_out << tr("Silenced %1 for %2 (silence %3).").arg(group, durationText(length), id)
                      << '\n';
                silenceEach(monitoring, groups, length, comment);
            });
}

int MonitoringCommands::watch(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("watch"), arguments))
        return fail(line.error, BadArguments);
    MonitoringService &monitoring = context.monitoring();
    const Result<QList<Endpoint>> endpoints = monitoring.endpoints();
    if (!endpoints)
        return fail(endpoints.error());
    const Result<QList<Channel>> channels = context.messaging().channels();
    if (!channels)
        return fail(channels.error());
    if (endpoints.value().isEmpty() && channels.value().isEmpty()
        && context.oncall().schedules().isEmpty())
        return fail(tr("nothing to watch: add an Alertmanager or a Prometheus with \"sitrepctl "
                       "endpoint add alertmanager|prometheus NAME --url URL\", a channel "
                       "with \"sitrepctl channel add\" or an on-call schedule with "
                       "\"sitrepctl oncall import FILE\"."));
    if (const QString problem = monitoring.startAll(); !problem.isEmpty())
        return fail(problem);
    for (AlertSync *sync : monitoring.syncs()) {
        QObject::connect(sync, &AlertSync::finished, sync,
                         [this, sync, &monitoring](const QString &problem) {
                             const QString when
                                     = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                             if (problem.isEmpty())
                                 m_out << when << ' '
                                       << reportLine(monitoring.alerts(), sync->endpoint().name,
                                                     sync->lastReport())
                                       << Qt::endl;
                             else
                                 m_out << when << ' '
                                       << tr("%1: failed: %2").arg(sync->endpoint().name, problem)
                                       << Qt::endl;
                         });
    }
    for (DetectionSync *loop : monitoring.detections()) {
        QObject::connect(
                loop, &DetectionSync::finished, loop, [this, loop](const QString &problem) {
                    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                    if (!problem.isEmpty()) {
                        m_out << when << ' '
                              << tr("%1: failed: %2").arg(loop->endpoint().name, problem)
                              << Qt::endl;
                        return;
                    }
                    QStringList fired;
                    int problems = 0;
                    for (const DetectionReport &report : loop->lastReports()) {
                        if (report.outcome.fired)
                            fired << tr("%1 (incident #%2)")
                                             .arg(report.rule.name)
                                             .arg(report.incident);
                        problems += report.outcome.problem.isEmpty() ? 0 : 1;
                    }
                    m_out << when << ' '
                          << tr("%1: %2 rules evaluated, %3 with problems; fired: %4")
                                     .arg(loop->endpoint().name)
                                     .arg(loop->lastReports().size())
                                     .arg(problems)
                                     .arg(fired.isEmpty() ? tr("none")
                                                          : fired.join(QStringLiteral(", ")))
                          << Qt::endl;
                });
    }
    // The outbox is delivered wherever Sitrep's loops run, so a closed laptop still tells
    // people.
    OutboxDispatcher &dispatcher = context.messaging().dispatcher();
    QObject::connect(&dispatcher, &OutboxDispatcher::messageChanged, &dispatcher,
                     [this](const OutboxMessage &message) {
                         if (message.state == OutboxMessage::State::Pending
                             && message.attempts == 0)
                             return; // retried by hand: nothing happened yet
                         m_out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
                               << tr("outbox %1 to %2: %3 (%4)")
                                          .arg(message.id)
                                          .arg(message.channel, outboxStateKey(message.state),
                                               message.lastAnswer)
                               << Qt::endl;
                     });
    dispatcher.start();
    // Escalation pages the next level wherever Sitrep's loops run: a closed laptop pages nobody.
    EscalationService &escalations = context.escalations();
    QObject::connect(&context.incidents(), &IncidentService::timelineEntryAdded, &escalations,
                     [this](const TimelineEvent &entry) {
                         if (entry.kind != TimelineKind::Escalation)
                             return;
                         m_out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
                               << tr("incident #%1: %2").arg(entry.incidentId).arg(entry.text)
                               << Qt::endl;
                     });
    escalations.start();
    context.pagerDutyAcknowledgements().start();
    // In a team the watcher follows the team's log as the console does: declarations made
    // anywhere reach it, and it carries on their escalation, each step claimed once.
    auto team = std::make_shared<std::unique_ptr<TeamSync>>();
    if (const std::optional<TeamUrl> url = teamUrl(nullptr)) {
        context.team().password(*url, [this, &context, team, url = *url](const QString &password) {
            *team = std::make_unique<TeamSync>(context.databasePath(), url, password);
            context.followTeam(**team);
            // Said once it reaches the server: from then on its messages go out by lease.
            QObject::connect(
                    team->get(), &TeamSync::stateChanged, team->get(),
                    [this, connected = false](const TeamSyncState &state) mutable {
                        if (state.connected == connected)
                            return;
                        connected = state.connected;
                        m_out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
                              << (connected ? tr("connected to the team server")
                                            : tr("team server out of reach: %1").arg(state.problem))
                              << Qt::endl;
                    });
            (*team)->start();
            m_out << QDateTime::currentDateTimeUtc().toString(Qt::ISODate) << ' '
                  << tr("following the team server %1 as %2").arg(url.toString(), url.user)
                  << Qt::endl;
        });
    }
    // The daily backup runs wherever Sitrep's loops run.
    auto backups = std::make_shared<BackupScheduler>(context.databasePath(),
                                                     context.incidents().clock());
    QObject::connect(backups.get(), &BackupScheduler::backupFinished, backups.get(),
                     [this](const QString &file, const QString &error) {
                         const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
                         m_out << when << ' '
                               << (error.isEmpty() ? tr("backed up to %1").arg(file)
                                                   : tr("backup failed: %1").arg(error))
                               << Qt::endl;
                     });
    backups->start();
    m_out << tr("Watching %n endpoint(s); stop with Ctrl+C or SIGTERM.", nullptr,
                int(monitoring.syncs().size() + monitoring.detections().size()))
          << Qt::endl;
    return keepRunning([&monitoring, backups, team] {
        team->reset();
        monitoring.stopAll();
        return Done;
    });
}

void MonitoringCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("endpoint"),
                      {{QStringLiteral("add"), handler(&MonitoringCommands::addEndpoint)},
                       {QStringLiteral("list"), handler(&MonitoringCommands::listEndpoints)},
                       {QStringLiteral("remove"), handler(&MonitoringCommands::removeEndpoint)}});
    registry.addGroup(
            QStringLiteral("sync"),
            {{QStringLiteral("alertmanager"), handler(&MonitoringCommands::syncAlertmanager)}});
    registry.addGroup(QStringLiteral("alerts"),
                      {{QStringLiteral("list"), handler(&MonitoringCommands::listAlerts)}});
    registry.addCommand(QStringLiteral("silence"), handler(&MonitoringCommands::silence));
    registry.addCommand(QStringLiteral("watch"), handler(&MonitoringCommands::watch));
}

} // namespace sitrep
