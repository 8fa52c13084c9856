// sitrepctl import: on-call schedules and escalation policies from PagerDuty and Opsgenie, with
// the report that compares them with the provider's own shifts.
#include "importcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/oncallimport.h"
#include "services/oncallservice.h"

namespace sitrep {

using namespace ctl;

int ImportCommands::importPagerDuty(AppContext &context, const QStringList &arguments)
{
    return importFrom(context, QStringLiteral("pagerduty"), arguments);
}

int ImportCommands::importOpsgenie(AppContext &context, const QStringList &arguments)
{
    return importFrom(context, QStringLiteral("opsgenie"), arguments);
}

int ImportCommands::importFrom(AppContext &context, const QString &provider,
                               const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption strict(QStringLiteral("strict"),
                                    tr("Refuse the import when a schedule differs from the "
                                       "provider's own shifts or could not be compared."));
    const QCommandLineOption dryRun(QStringLiteral("dry-run"),
                                    tr("Print the report and save nothing."));
    line.parser.addOptions({strict, dryRun, jsonOption()});
    const QString command = QStringLiteral("import ") + provider;
    if (!line.parse(command, arguments))
        return fail(line.error, BadArguments);
    const QStringList files = line.parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("%1 takes the files saved from the provider's REST API.").arg(command),
                    BadArguments);
    const Result<OnCallImport> import = OnCallService::readProvider(
            provider == u"opsgenie" ? OnCallService::Provider::Opsgenie
                                    : OnCallService::Provider::PagerDuty,
            files);
    if (!import)
        return fail(import.error());
    return finishImport(context, import.value(), line.parser.isSet(strict),
                        line.parser.isSet(dryRun), line.parser.isSet(QStringLiteral("json")));
}

int ImportCommands::finishImport(AppContext &context, const OnCallImport &import, bool strict,
                                 bool dryRun, bool asJson)
{
    QJsonObject report = OnCallImportReport::json(import);
    if (!asJson)
        m_out << OnCallImportReport::text(import);
    if (strict && !import.proved()) {
        if (asJson) {
            report.insert(QStringLiteral("imported"), QJsonArray());
            m_out << json(report);
        }
        m_out.flush();
        return fail(tr("Nothing imported: --strict and the schedules are not the same as %1's "
                       "own shifts.")
                            .arg(import.provider));
    }
    QStringList names;
    if (!dryRun) {
        QList<OnCallSchedule> schedules;
        for (const ImportedSchedule &imported : import.schedules)
            schedules << imported.schedule;
        const Result<QStringList> saved = context.oncall().importSchedules(schedules);
        if (!saved)
            return fail(saved.error());
        names = saved.value();
    }
    if (asJson) {
        report.insert(QStringLiteral("imported"), QJsonArray::fromStringList(names));
        m_out << json(report);
    } else if (dryRun) {
        m_out << tr("Nothing saved (--dry-run).") << Qt::endl;
    } else {
        m_out << tr("Imported %n on-call schedule(s): %1.", nullptr, int(names.size()))
                         .arg(names.join(u", "))
              << Qt::endl;
    }
    m_out.flush();
    return Done;
}

void ImportCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("import"),
                      {{QStringLiteral("pagerduty"), handler(&ImportCommands::importPagerDuty)},
                       {QStringLiteral("opsgenie"), handler(&ImportCommands::importOpsgenie)}});
}

} // namespace sitrep
