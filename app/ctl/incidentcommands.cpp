#include "incidentcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
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

int IncidentCommands::listIncidents(AppContext &context, const QStringList &arguments)
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

    Result<QList<Incident>> incidents = context.incidents().incidents(selection);
    if (!incidents)
        return fail(incidents.error());
    // In the order of the numbers people see: the team's (provisional ones last) in team
    // mode, so every console of a team lists alike; the console's own in solo mode.
    std::stable_sort(incidents.value().begin(), incidents.value().end(),
                     [](const Incident &a, const Incident &b) {
                         return std::tuple(a.provisional, a.teamNumber, a.id)
                                 < std::tuple(b.provisional, b.teamNumber, b.id);
                     });
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
                         .arg(incident.label().mid(1), -6)
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

int IncidentCommands::showIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    line.parser.addPositionalArgument(QStringLiteral("ID"), tr("The incident."));
    if (!line.parse(QStringLiteral("incidents show"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("incidents show needs one incident number."));
    const Result<Incident> incident = context.incidents().incident(id.value());
    if (!incident)
        return fail(incident.error());
    const Result<QList<TimelineEvent>> timeline = context.incidents().timeline(id.value());
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
    m_out << QStringLiteral("%1 %2  %3\n").arg(i.label(), severityCode(i.severity), i.title);
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

int IncidentCommands::declareIncident(AppContext &context, const QStringList &arguments)
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
        m_out << tr("Declared incident %1.").arg(declared.value().label()) << '\n';
    return Done;
}

int IncidentCommands::updateIncident(AppContext &context, const QStringList &arguments)
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
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("incidents update needs one incident number."));
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
        if (auto changed = service.changeSeverity(id.value(), *newSeverity, author); !changed)
            return fail(changed.error());
    }
    if (newStatus) {
        if (auto changed = service.changeStatus(id.value(), *newStatus, author); !changed)
            return fail(changed.error());
    }
    if (line.parser.isSet(commander)) {
        if (auto changed
            = service.changeCommander(id.value(), line.parser.value(commander), author);
            !changed)
            return fail(changed.error());
    }
    m_out << tr("Updated incident #%1.").arg(incidentReference(context, id.value())) << '\n';
    return Done;
}

int IncidentCommands::resolveIncident(AppContext &context, const QStringList &arguments)
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
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("incidents resolve needs one incident number."));
    if (!line.parser.isSet(resolution))
        return fail(tr("incidents resolve needs --resolution: say what fixed it."), BadArguments);
    const Result<Incident> resolved = context.monitoring().verifier().resolve(
            id.value(), line.parser.value(resolution), line.parser.value(rootCause),
            line.parser.value(overrideChecks), currentUserName());
    if (!resolved)
        return fail(resolved.error());
    m_out << tr("Resolved incident #%1.").arg(resolved.value().reference()) << '\n';
    return Done;
}

int IncidentCommands::reopenIncident(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption reason(QStringLiteral("reason"), tr("Why it is open again."),
                                    QStringLiteral("TEXT"));
    line.parser.addOption(reason);
    if (!line.parse(QStringLiteral("incidents reopen"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("incidents reopen needs one incident number."));
    if (!line.parser.isSet(reason))
        return fail(tr("incidents reopen needs --reason."), BadArguments);
    const Result<Incident> reopened
            = context.incidents().reopen(id.value(), line.parser.value(reason), currentUserName());
    if (!reopened)
        return fail(reopened.error());
    m_out << tr("Reopened incident #%1.").arg(reopened.value().reference()) << '\n';
    return Done;
}

void IncidentCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("incidents"),
                      {{QStringLiteral("list"), handler(&IncidentCommands::listIncidents)},
                       {QStringLiteral("show"), handler(&IncidentCommands::showIncident)},
                       {QStringLiteral("declare"), handler(&IncidentCommands::declareIncident)},
                       {QStringLiteral("update"), handler(&IncidentCommands::updateIncident)},
                       {QStringLiteral("resolve"), handler(&IncidentCommands::resolveIncident)},
                       {QStringLiteral("reopen"), handler(&IncidentCommands::reopenIncident)}});
}

} // namespace sitrep
