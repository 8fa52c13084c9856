#include "checklistcommands.h"

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

int ChecklistCommands::showChecklist(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("checklist show"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("checklist show needs one incident number."));
    const Result<QList<ChecklistEntry>> entries = context.checklists().checklist(id.value());
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

int ChecklistCommands::tickChecklist(AppContext &context, const QStringList &arguments)
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

void ChecklistCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("checklist"),
                      {{QStringLiteral("show"), handler(&ChecklistCommands::showChecklist)},
                       {QStringLiteral("tick"), handler(&ChecklistCommands::tickChecklist)}});
}

} // namespace sitrep
