// sitrepctl's postmortem commands: show, export and import a postmortem; list action items.

#include "postmortemcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "domain/postmortemjson.h"
#include "domain/postmortemmarkdown.h"
#include "services/postmortempdf.h"
#include "services/textfilereader.h"

namespace sitrep {

using namespace ctl;

namespace {

QJsonObject itemJson(const Postmortem::ActionItem &item, const QDate &today)
{
    return {{QStringLiteral("action"), item.action},
            {QStringLiteral("owner"), item.owner.isEmpty() ? QJsonValue() : item.owner},
            {QStringLiteral("due"),
             item.due.isValid() ? QJsonValue(item.due.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("status"), actionStatusText(item.status)},
            {QStringLiteral("overdue"), item.isOverdue(today)}};
}

// The stored document with what surrounds it: the status, the schedule, and for each action
// item whether it is overdue (an empty owner or due date as null).
QJsonObject postmortemJson(const StoredPostmortem &stored, const QDate &today)
{
    const Postmortem &p = stored.postmortem;
    QJsonObject object = PostmortemJson::write(p);
    QJsonArray items;
    for (const Postmortem::ActionItem &item : p.actionItems)
        items.append(itemJson(item, today));
    object.insert(QStringLiteral("action_items"), items);
    object.insert(QStringLiteral("incident_id"), p.incident);
    object.insert(QStringLiteral("status"), postmortemStatusText(p.status));
    object.insert(QStringLiteral("review_at"), stored.reviewAt.toString(Qt::ISODate));
    object.insert(QStringLiteral("attendees"), QJsonArray::fromStringList(stored.attendees));
    object.insert(QStringLiteral("missing_for_complete"),
                  QJsonArray::fromStringList(PostmortemRules::missingForComplete(p)));
    return object;
}

} // namespace

int PostmortemCommands::showPostmortem(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("postmortem show"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("postmortem show takes one incident id."));
    const Result<StoredPostmortem> stored = context.postmortems().open(id.value());
    if (!stored)
        return fail(stored.error());
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(postmortemJson(stored.value(), QDate::currentDate()));
    else
        m_out << PostmortemMarkdown::write(stored.value().postmortem);
    return Done;
}

int PostmortemCommands::exportPostmortem(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption format(QStringLiteral("format"), tr("markdown or pdf"),
                                    QStringLiteral("FORMAT"), QStringLiteral("markdown"));
    const QCommandLineOption paper(QStringLiteral("paper"), tr("a4 or letter, for the PDF."),
                                   QStringLiteral("PAPER"), QStringLiteral("a4"));
    const QCommandLineOption output = outputOption();
    line.parser.addOptions({format, paper, output});
    if (!line.parse(QStringLiteral("postmortem export"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("postmortem export takes an incident id and --output FILE."));
    if (!line.parser.isSet(output))
        return fail(tr("postmortem export takes an incident id and --output FILE."), BadArguments);
    const QString formatName = line.parser.value(format);
    if (formatName != u"markdown" && formatName != u"pdf")
        return fail(tr("--format must be markdown or pdf, not \"%1\".").arg(formatName),
                    BadArguments);
    const auto paperSize = PostmortemPdf::parsePaper(line.parser.value(paper));
    if (!paperSize)
        return fail(tr("--paper must be a4 or letter, not \"%1\".").arg(line.parser.value(paper)),
                    BadArguments);
    const Result<StoredPostmortem> stored = context.postmortems().open(id.value());
    if (!stored)
        return fail(stored.error());
    const Postmortem &postmortem = stored.value().postmortem;
    const QString problem
            = writeWhole(line.parser.value(output),
                         formatName == u"pdf" ? PostmortemPdf::render(postmortem, *paperSize)
                                              : PostmortemMarkdown::write(postmortem).toUtf8());
    return problem.isEmpty() ? Done : fail(problem);
}

int PostmortemCommands::importPostmortem(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption incidentOption(
            QStringLiteral("incident"),
            tr("The incident it belongs to (default: the one with the postmortem's title)."),
            QStringLiteral("ID"));
    line.parser.addOption(incidentOption);
    if (!line.parse(QStringLiteral("postmortem import"), arguments))
        return fail(line.error, BadArguments);
    const QStringList files = line.parser.positionalArguments();
    if (files.size() != 1)
        return fail(tr("postmortem import takes one file."), BadArguments);
    const Result<QByteArray> text = TextFileReader::read(files.first());
    if (!text)
        return fail(text.error());
    const QString markdown = QString::fromUtf8(text.value());
    IncidentId id = line.parser.value(incidentOption).toLongLong();
    if (!line.parser.isSet(incidentOption)) {
        const QString title = PostmortemMarkdown::read(markdown).postmortem.title;
        const Result<QList<Incident>> all = context.incidents().incidents(IncidentSelection::All);
        if (!all)
            return fail(all.error());
        QList<IncidentId> matches;
        for (const Incident &incident : all.value())
            if (incident.title == title)
                matches << incident.id;
        if (matches.size() != 1)
            return fail(tr("No single incident is titled \"%1\"; say which with --incident ID.")
                                .arg(title),
                        BadArguments);
        id = matches.first();
    }
    if (id <= 0)
        return fail(tr("--incident must be an incident id."), BadArguments);
    const Result<QStringList> unplaced = context.postmortems().importMarkdown(id, markdown);
    if (!unplaced)
        return fail(unplaced.error());
    for (const QString &skipped : unplaced.value())
        m_err << tr("sitrepctl: not placed: %1").arg(skipped) << Qt::endl;
    m_out << tr("imported the postmortem of incident #%1").arg(incidentReference(context, id))
          << Qt::endl;
    return Done;
}

int PostmortemCommands::postmortemInvite(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption output = outputOption();
    line.parser.addOption(output);
    if (!line.parse(QStringLiteral("postmortem invite"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("postmortem invite takes an incident id and --output FILE."));
    if (!line.parser.isSet(output))
        return fail(tr("postmortem invite takes an incident id and --output FILE."), BadArguments);
    const Result<QByteArray> invite = context.postmortems().reviewInvite(id.value());
    if (!invite)
        return fail(invite.error());
    const QString problem = writeWhole(line.parser.value(output), invite.value());
    return problem.isEmpty() ? Done : fail(problem);
}

int PostmortemCommands::postmortemLeads(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption set(QStringLiteral("set"),
                                 tr("The leads invited to every review, separated by commas."),
                                 QStringLiteral("LEADS"));
    line.parser.addOption(set);
    if (!line.parse(QStringLiteral("postmortem leads"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.isSet(set)) {
        if (const Result<void> saved
            = context.postmortems().setLeads(line.parser.value(set).split(u','));
            !saved)
            return fail(saved.error());
    }
    const Result<QStringList> leads = context.postmortems().leads();
    if (!leads)
        return fail(leads.error());
    for (const QString &lead : leads.value())
        m_out << lead << Qt::endl;
    return Done;
}

int PostmortemCommands::listActionItems(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption owner(QStringLiteral("owner"), tr("Only this person's."),
                                   QStringLiteral("O"));
    const QCommandLineOption overdue(QStringLiteral("overdue"),
                                     tr("Only those past their due date and not done."));
    line.parser.addOptions({owner, overdue, jsonOption()});
    if (!line.parse(QStringLiteral("actions list"), arguments))
        return fail(line.error, BadArguments);
    const QDate today = QDateTime::currentDateTimeUtc().date();
    ActionItemFilter filter;
    filter.owner = line.parser.value(owner);
    if (filter.owner.startsWith(u'@'))
        filter.owner.remove(0, 1);
    if (line.parser.isSet(overdue))
        filter.overdueOn = today;
    const Result<QList<TrackedActionItem>> items = context.postmortems().actionItems(filter);
    if (!items)
        return fail(items.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const TrackedActionItem &tracked : items.value()) {
            QJsonObject object = itemJson(tracked.item, today);
            object.insert(QStringLiteral("incident_id"), tracked.incident);
            object.insert(QStringLiteral("postmortem"), tracked.postmortemTitle);
            array.append(object);
        }
        m_out << json(array);
        return Done;
    }
    for (const TrackedActionItem &tracked : items.value())
        m_out << QStringLiteral("#%1  %2  %3  %4  %5\n")
                         .arg(tracked.incident)
                         .arg(tracked.item.due.toString(Qt::ISODate), -10)
                         .arg(actionStatusText(tracked.item.status), -11)
                         .arg(tracked.item.owner.isEmpty() ? QStringLiteral("-")
                                                           : u'@' + tracked.item.owner,
                              -10)
                         .arg(tracked.item.action);
    return Done;
}

void PostmortemCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("postmortem"),
                      {{QStringLiteral("show"), handler(&PostmortemCommands::showPostmortem)},
                       {QStringLiteral("export"), handler(&PostmortemCommands::exportPostmortem)},
                       {QStringLiteral("import"), handler(&PostmortemCommands::importPostmortem)},
                       {QStringLiteral("invite"), handler(&PostmortemCommands::postmortemInvite)},
                       {QStringLiteral("leads"), handler(&PostmortemCommands::postmortemLeads)}});
    registry.addGroup(QStringLiteral("actions"),
                      {{QStringLiteral("list"), handler(&PostmortemCommands::listActionItems)}});
}

} // namespace sitrep
