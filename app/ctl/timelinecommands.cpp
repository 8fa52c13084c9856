#include "timelinecommands.h"

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

int TimelineCommands::addTimelineEntry(AppContext &context, const QStringList &arguments)
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
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("timeline add needs one incident number."));
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
            = context.timeline().add(id.value(), *parsedKind, line.parser.value(text), when,
                                     line.parser.isSet(key), currentUserName());
    if (!added)
        return fail(added.error());
    m_out << tr("Added to the timeline of incident #%1 at %2.")
                     .arg(incidentReference(context, id.value()), printable(added.value().at))
          << '\n';
    return Done;
}

int TimelineCommands::exportTimeline(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption format(QStringLiteral("format"), tr("markdown or json."),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    line.parser.addOption(format);
    if (!line.parse(QStringLiteral("timeline export"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("timeline export needs one incident number."));
    const QString chosen = line.parser.value(format);
    if (chosen != u"markdown" && chosen != u"json")
        return fail(tr("--format must be markdown or json."), BadArguments);
    if (auto incident = context.incidents().incident(id.value()); !incident)
        return fail(incident.error());
    const Result<QList<TimelineEvent>> entries = context.timeline().timeline(id.value());
    if (!entries)
        return fail(entries.error());
    if (chosen == u"json")
        m_out << json(timelineJson(entries.value()));
    else
        m_out << timelineMarkdown(entries.value());
    return Done;
}

void TimelineCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("timeline"),
                      {{QStringLiteral("add"), handler(&TimelineCommands::addTimelineEntry)},
                       {QStringLiteral("export"), handler(&TimelineCommands::exportTimeline)}});
}

} // namespace sitrep
