#include "ctlcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "domain/incidentjson.h"
#include "domain/timelineexport.h"
#include "services/backupservice.h"
#include "services/resolutionverifier.h"

#include <cstdio>

#include <QCommandLineParser>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace sitrep {

using namespace ctl;

CtlCommands::CtlCommands(QString databasePath)
    : m_databasePath(std::move(databasePath)), m_out(stdout), m_err(stderr)
{ }

int CtlCommands::fail(const QString &reason, ExitCode code)
{
    m_err << "sitrepctl: " << QString(reason).replace(u'\n', u' ') << Qt::endl;
    return code;
}

int CtlCommands::run(const QStringList &arguments)
{
    const QString command = arguments.value(0);
    const QStringList rest = arguments.mid(1);
    if (command == u"incidents")
        return dispatch(command, rest,
                        {{u"list", &CtlCommands::listIncidents},
                         {u"show", &CtlCommands::showIncident},
                         {u"declare", &CtlCommands::declareIncident},
                         {u"update", &CtlCommands::updateIncident},
                         {u"resolve", &CtlCommands::resolveIncident},
                         {u"reopen", &CtlCommands::reopenIncident}});
    if (command == u"timeline")
        return dispatch(command, rest,
                        {{u"add", &CtlCommands::addTimelineEntry},
                         {u"export", &CtlCommands::exportTimeline}});
    if (command == u"checklist")
        return dispatch(
                command, rest,
                {{u"show", &CtlCommands::showChecklist}, {u"tick", &CtlCommands::tickChecklist}});
    if (command == u"endpoint")
        return dispatch(command, rest,
                        {{u"add", &CtlCommands::addEndpoint},
                         {u"list", &CtlCommands::listEndpoints},
                         {u"remove", &CtlCommands::removeEndpoint}});
    if (command == u"channel")
        return dispatch(command, rest,
                        {{u"add", &CtlCommands::addChannel},
                         {u"list", &CtlCommands::listChannels},
                         {u"test", &CtlCommands::testChannel},
                         {u"remove", &CtlCommands::removeChannel}});
    if (command == u"outbox")
        return dispatch(
                command, rest,
                {{u"list", &CtlCommands::listOutbox}, {u"flush", &CtlCommands::flushOutbox}});
    if (command == u"statuspage")
        return dispatch(command, rest, {{u"export", &CtlCommands::exportStatusPage}});
    if (command == u"postmortem")
        return dispatch(command, rest,
                        {{u"show", &CtlCommands::showPostmortem},
                         {u"export", &CtlCommands::exportPostmortem},
                         {u"import", &CtlCommands::importPostmortem},
                         {u"invite", &CtlCommands::postmortemInvite},
                         {u"leads", &CtlCommands::postmortemLeads}});
    if (command == u"actions")
        return dispatch(command, rest, {{u"list", &CtlCommands::listActionItems}});
    if (command == u"escalation")
        return dispatch(command, rest, {{u"show", &CtlCommands::showEscalation}});
    if (command == u"oncall")
        return dispatch(command, rest,
                        {{u"import", &CtlCommands::importSchedule},
                         {u"export", &CtlCommands::exportSchedule},
                         {u"list", &CtlCommands::listSchedules},
                         {u"who", &CtlCommands::whoIsOnCall},
                         {u"shifts", &CtlCommands::listShifts},
                         {u"ics", &CtlCommands::exportCalendar},
                         {u"report", &CtlCommands::reportOnCallHours}});
    if (command == u"slo")
        return dispatch(command, rest,
                        {{u"import", &CtlCommands::importSlos},
                         {u"seed", &CtlCommands::seedSlos},
                         {u"list", &CtlCommands::listSlos},
                         {u"report", &CtlCommands::reportSlos}});
    if (command == u"sync")
        return dispatch(command, rest, {{u"alertmanager", &CtlCommands::syncAlertmanager}});
    if (command == u"alerts")
        return dispatch(command, rest, {{u"list", &CtlCommands::listAlerts}});
    if (command == u"silence" || command == u"watch" || command == u"detect" || command == u"verify"
        || command == u"update" || command == u"metrics" || command == u"ack")
        return dispatch(QStringLiteral("sitrepctl"), arguments,
                        {{u"silence", &CtlCommands::silence},
                         {u"update", &CtlCommands::postUpdate},
                         {u"watch", &CtlCommands::watch},
                         {u"detect", &CtlCommands::detect},
                         {u"verify", &CtlCommands::verify},
                         {u"metrics", &CtlCommands::metrics},
                         {u"ack", &CtlCommands::acknowledge}});
    if (command == u"backup")
        return backup(rest);
    if (command == u"restore")
        return restore(rest);
    return fail(tr("unknown command \"%1\"; see sitrepctl --help.").arg(command), BadArguments);
}

int CtlCommands::dispatch(const QString &group, const QStringList &arguments,
                          std::initializer_list<std::pair<const char16_t *, Handler>> handlers)
{
    const QString action = arguments.value(0);
    QStringList names;
    for (const auto &[name, handler] : handlers) {
        names << QString::fromUtf16(name);
        if (action != QStringView(name))
            continue;
        const SystemClock clock;
        Result<std::unique_ptr<AppContext>> context = AppContext::create(m_databasePath, clock);
        if (!context)
            return fail(context.error());
        for (const QString &warning : context.value()->warnings())
            m_err << "sitrepctl: " << warning << Qt::endl;
        return (this->*handler)(*context.value(), arguments.mid(1));
    }
    return fail(tr("unknown %1 command \"%2\"; use %3.")
                        .arg(group, action, names.join(QStringLiteral(", "))),
                BadArguments);
}

int CtlCommands::listIncidents(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("open, resolved or all (default: open)."),
                                    QStringLiteral("WHICH"), QStringLiteral("open"));
    line.parser.addOptions({status, jsonOption()});
    if (!line.parse(QStringLiteral("incidents list"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.positionalArguments().isEmpty())
        return fail(tr("incidents list takes no words, only options."), BadArguments);

    const QString which = line.parser.value(status);
    IncidentSelection selection = IncidentSelection::Open;
    if (which == u"resolved")
        selection = IncidentSelection::Resolved;
    else if (which == u"all")
        selection = IncidentSelection::All;
    else if (which != u"open")
        return fail(tr("--status must be open, resolved or all, not \"%1\".").arg(which),
                    BadArguments);

    const Result<QList<Incident>> incidents = context.incidents().incidents(selection);
    if (!incidents)
        return fail(incidents.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Incident &incident : incidents.value())
            array.append(incidentToJson(incident));
        m_out << json(array);
        return Done;
    }
    m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                     .arg(tr("ID"), -6)
                     .arg(tr("SEV"), -5)
                     .arg(tr("STATUS"), -13)
                     .arg(tr("STARTED"), -20)
                     .arg(tr("COMMANDER"), -14)
                     .arg(tr("TITLE"));
    for (const Incident &incident : incidents.value()) {
        m_out << QStringLiteral("%1  %2  %3  %4  %5  %6\n")
                         .arg(incident.id, -6)
                         .arg(severityCode(incident.severity), -5)
                         .arg(statusKey(incident.status), -13)
                         .arg(printable(incident.startedAt), -20)
                         .arg(incident.commander.isEmpty() ? QStringLiteral("-")
                                                           : incident.commander,
                              -14)
                         .arg(incident.title);
    }
    return Done;
}

int CtlCommands::showIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    line.parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident."));
    if (!line.parse(QStringLiteral("incidents show"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("incidents show needs one incident number."), BadArguments);
    const Result<Incident> incident = context.incidents().incident(*id);
    if (!incident)
        return fail(incident.error());
    const Result<QList<TimelineEvent>> timeline = context.incidents().timeline(*id);
    if (!timeline)
        return fail(timeline.error());

    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonObject object = incidentToJson(incident.value());
        QJsonArray entries;
        for (const TimelineEvent &event : timeline.value()) {
            entries.append(QJsonObject {
                    {QStringLiteral("at"), event.at.toUTC().toString(Qt::ISODateWithMs)},
                    {QStringLiteral("author"), event.author},
                    {QStringLiteral("kind"), timelineKindKey(event.kind)},
                    {QStringLiteral("text"), event.text}});
        }
        object.insert(QStringLiteral("timeline"), entries);
        m_out << json(object);
        return Done;
    }
    const Incident &i = incident.value();
    m_out << QStringLiteral("#%1 %2  %3\n").arg(i.id).arg(severityCode(i.severity), i.title);
    m_out << tr("Status:     %1").arg(statusDisplayName(i.status)) << '\n';
    m_out << tr("Commander:  %1").arg(i.commander) << '\n';
    m_out << tr("Services:   %1").arg(i.services.join(QStringLiteral(", "))) << '\n';
    m_out << tr("Started:    %1").arg(printable(i.startedAt)) << '\n';
    m_out << tr("Resolved:   %1").arg(printable(i.resolvedAt)) << '\n';
    m_out << tr("Timeline:") << '\n';
    for (const TimelineEvent &event : timeline.value())
        m_out << "  " << printable(event.at) << "  " << event.text << '\n';
    return Done;
}

int CtlCommands::declareIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption title(QStringLiteral("title"), tr("What is wrong."),
                                   QStringLiteral("TEXT"));
    const QCommandLineOption severity(QStringLiteral("severity"), tr("SEV-1 to SEV-4."),
                                      QStringLiteral("SEV-N"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("An affected service; repeat for several."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption commander(QStringLiteral("commander"), tr("The incident commander."),
                                       QStringLiteral("NAME"));
    const QCommandLineOption impact(QStringLiteral("impact"), tr("Who is affected, and how."),
                                    QStringLiteral("TEXT"));
    line.parser.addOptions({title, severity, service, commander, impact, jsonOption()});
    if (!line.parse(QStringLiteral("incidents declare"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.positionalArguments().isEmpty())
        return fail(tr("unexpected \"%1\"; quote a title with spaces.")
                            .arg(line.parser.positionalArguments().first()),
                    BadArguments);
    if (!line.parser.isSet(title))
        return fail(tr("incidents declare needs --title."), BadArguments);
    const auto level = parseSeverity(line.parser.value(severity));
    if (!level)
        return fail(tr("--severity must be SEV-1, SEV-2, SEV-3 or SEV-4."), BadArguments);

    IncidentDraft draft;
    draft.title = line.parser.value(title);
    draft.severity = *level;
    draft.services = line.parser.values(service);
    draft.commander = line.parser.value(commander);
    draft.impact = line.parser.value(impact);
    const Result<Incident> declared = context.incidents().declare(draft, currentUserName());
    if (!declared)
        return fail(declared.error());
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(incidentToJson(declared.value()));
    else
        m_out << tr("Declared incident #%1.").arg(declared.value().id) << '\n';
    return Done;
}

int CtlCommands::updateIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("investigating, identified or monitoring."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption severity(QStringLiteral("severity"), tr("SEV-1 to SEV-4."),
                                      QStringLiteral("SEV-N"));
    const QCommandLineOption commander(QStringLiteral("commander"),
                                       tr("The new incident commander."), QStringLiteral("NAME"));
    line.parser.addOptions({status, severity, commander});
    if (!line.parse(QStringLiteral("incidents update"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("incidents update needs one incident number."), BadArguments);
    if (!line.parser.isSet(status) && !line.parser.isSet(severity) && !line.parser.isSet(commander))
        return fail(tr("say what to change: --status, --severity or --commander."), BadArguments);

    // Check every word before changing anything, so a typo never leaves half an update.
    std::optional<IncidentStatus> newStatus;
    if (line.parser.isSet(status)) {
        newStatus = parseStatus(line.parser.value(status));
        if (!newStatus)
            return fail(tr("--status must be investigating, identified or monitoring, not "
                           "\"%1\".")
                                .arg(line.parser.value(status)),
                        BadArguments);
    }
    std::optional<Severity> newSeverity;
    if (line.parser.isSet(severity)) {
        newSeverity = parseSeverity(line.parser.value(severity));
        if (!newSeverity)
            return fail(tr("--severity must be SEV-1, SEV-2, SEV-3 or SEV-4."), BadArguments);
    }

    IncidentService &service = context.incidents();
    const QString author = currentUserName();
    if (newSeverity) {
        if (auto changed = service.changeSeverity(*id, *newSeverity, author); !changed)
            return fail(changed.error());
    }
    if (newStatus) {
        if (auto changed = service.changeStatus(*id, *newStatus, author); !changed)
            return fail(changed.error());
    }
    if (line.parser.isSet(commander)) {
        if (auto changed = service.changeCommander(*id, line.parser.value(commander), author);
            !changed)
            return fail(changed.error());
    }
    m_out << tr("Updated incident #%1.").arg(*id) << '\n';
    return Done;
}

int CtlCommands::resolveIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption resolution(QStringLiteral("resolution"), tr("What fixed it."),
                                        QStringLiteral("TEXT"));
    const QCommandLineOption rootCause(QStringLiteral("root-cause"), tr("Why it happened."),
                                       QStringLiteral("TEXT"));
    const QCommandLineOption overrideChecks(
            QStringLiteral("override-checks"),
            tr("Resolve before the resolution checks are verified, for this reason."),
            QStringLiteral("REASON"));
    line.parser.addOptions({resolution, rootCause, overrideChecks});
    if (!line.parse(QStringLiteral("incidents resolve"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("incidents resolve needs one incident number."), BadArguments);
    if (!line.parser.isSet(resolution))
        return fail(tr("incidents resolve needs --resolution: say what fixed it."), BadArguments);
    const Result<Incident> resolved = context.monitoring().verifier().resolve(
            *id, line.parser.value(resolution), line.parser.value(rootCause),
            line.parser.value(overrideChecks), currentUserName());
    if (!resolved)
        return fail(resolved.error());
    m_out << tr("Resolved incident #%1.").arg(*id) << '\n';
    return Done;
}

int CtlCommands::reopenIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is open again."),
                                    QStringLiteral("TEXT"));
    line.parser.addOption(reason);
    if (!line.parse(QStringLiteral("incidents reopen"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("incidents reopen needs one incident number."), BadArguments);
    if (!line.parser.isSet(reason))
        return fail(tr("incidents reopen needs --reason."), BadArguments);
    const Result<Incident> reopened
            = context.incidents().reopen(*id, line.parser.value(reason), currentUserName());
    if (!reopened)
        return fail(reopened.error());
    m_out << tr("Reopened incident #%1.").arg(*id) << '\n';
    return Done;
}

int CtlCommands::addTimelineEntry(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("note, action, decision or hypothesis."),
                                  QStringLiteral("KIND"), QStringLiteral("note"));
    const QCommandLineOption text(QStringLiteral("text"), tr("What happened."),
                                  QStringLiteral("TEXT"));
    const QCommandLineOption at(QStringLiteral("at"), tr("When, in ISO 8601 (default: now)."),
                                QStringLiteral("TIME"));
    const QCommandLineOption key(QStringLiteral("key"), tr("Mark it as a key event."));
    line.parser.addOptions({kind, text, at, key});
    if (!line.parse(QStringLiteral("timeline add"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("timeline add needs one incident number."), BadArguments);
    const auto parsedKind = parseTimelineKind(line.parser.value(kind));
    if (!parsedKind || !isWrittenKind(*parsedKind))
        return fail(tr("--kind must be note, action, decision or hypothesis."), BadArguments);
    if (!line.parser.isSet(text))
        return fail(tr("timeline add needs --text."), BadArguments);
    QDateTime when;
    if (line.parser.isSet(at)) {
        when = QDateTime::fromString(line.parser.value(at), Qt::ISODateWithMs);
        if (!when.isValid())
            return fail(tr("--at \"%1\" is not an ISO 8601 time such as 2024-01-15T14:23:00Z.")
                                .arg(line.parser.value(at)),
                        BadArguments);
    }
    const Result<TimelineEvent> added
            = context.timeline().add(*id, *parsedKind, line.parser.value(text), when,
                                     line.parser.isSet(key), currentUserName());
    if (!added)
        return fail(added.error());
    m_out << tr("Added to the timeline of incident #%1 at %2.")
                     .arg(*id)
                     .arg(printable(added.value().at))
          << '\n';
    return Done;
}

int CtlCommands::exportTimeline(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption format(QStringLiteral("format"), tr("markdown or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    line.parser.addOption(format);
    if (!line.parse(QStringLiteral("timeline export"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("timeline export needs one incident number."), BadArguments);
    const QString chosen = line.parser.value(format);
    if (chosen != u"markdown" && chosen != u"json")
        return fail(tr("--format must be markdown or json."), BadArguments);
    if (auto incident = context.incidents().incident(*id); !incident)
        return fail(incident.error());
    const Result<QList<TimelineEvent>> entries = context.timeline().timeline(*id);
    if (!entries)
        return fail(entries.error());
    if (chosen == u"json")
        m_out << json(timelineJson(entries.value()));
    else
        m_out << timelineMarkdown(entries.value());
    return Done;
}

int CtlCommands::showChecklist(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("checklist show"), arguments))
        return fail(line.error, BadArguments);
    const auto id = incidentId(line.parser);
    if (!id)
        return fail(tr("checklist show needs one incident number."), BadArguments);
    const Result<QList<ChecklistEntry>> entries = context.checklists().checklist(*id);
    if (!entries)
        return fail(entries.error());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        int number = 0;
        for (const ChecklistEntry &entry : entries.value()) {
            array.append(QJsonObject {
                    {QStringLiteral("number"), ++number},
                    {QStringLiteral("key"), entry.item.key},
                    {QStringLiteral("phase"), entry.phase},
                    {QStringLiteral("text"), entry.item.text},
                    {QStringLiteral("due"), entry.dueAt.toUTC().toString(Qt::ISODate)},
                    {QStringLiteral("done"), entry.tick.has_value()},
                    {QStringLiteral("done_at"),
                     entry.tick ? QJsonValue(entry.tick->at.toUTC().toString(Qt::ISODate))
                                : QJsonValue()},
                    {QStringLiteral("done_by"),
                     entry.tick ? QJsonValue(entry.tick->by) : QJsonValue()},
                    {QStringLiteral("overdue"), entry.isOverdue(now)},
            });
        }
        m_out << json(array);
        return Done;
    }
    QString phase;
    int number = 0;
    for (const ChecklistEntry &entry : entries.value()) {
        if (entry.phase != phase) {
            phase = entry.phase;
            m_out << phase << '\n';
        }
        const QString state = entry.tick
                ? tr("done %1 by %2").arg(printable(entry.tick->at), entry.tick->by)
                : entry.isOverdue(now) ? tr("OVERDUE since %1").arg(printable(entry.dueAt))
                                       : tr("due %1").arg(printable(entry.dueAt));
        m_out << QStringLiteral("  %1 [%2] %3 (%4)\n")
                         .arg(++number, 2)
                         .arg(entry.tick ? QStringLiteral("x") : QStringLiteral(" "))
                         .arg(entry.item.text, state);
    }
    return Done;
}

int CtlCommands::tickChecklist(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("checklist tick"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    bool ok = false;
    const IncidentId id = words.value(0).toLongLong(&ok);
    if (words.size() != 2 || !ok || id <= 0)
        return fail(tr("checklist tick needs an incident number and an item (its number or "
                       "key)."),
                    BadArguments);
    const Result<ChecklistEntry> ticked
            = context.checklists().tick(id, words.at(1), currentUserName());
    if (!ticked)
        return fail(ticked.error());
    m_out << tr("Ticked \"%1\" on incident #%2.").arg(ticked.value().item.text).arg(id) << '\n';
    return Done;
}

int CtlCommands::backup(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return fail(tr("backup takes at most one file name."), BadArguments);
    const Result<QString> file = BackupService::backUp(
            m_databasePath,
            arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).absoluteFilePath());
    if (!file)
        return fail(file.error());
    m_out << tr("Backed up to %1.").arg(file.value()) << '\n';
    return Done;
}

int CtlCommands::restore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("restore needs the backup file to restore."), BadArguments);
    const Result<QString> aside = BackupService::restore(arguments.first(), m_databasePath);
    if (!aside)
        return fail(aside.error());
    m_out << tr("Restored %1.").arg(arguments.first()) << '\n';
    if (!aside.value().isEmpty())
        m_out << tr("The previous database was kept at %1.").arg(aside.value()) << '\n';
    return Done;
}

} // namespace sitrep
