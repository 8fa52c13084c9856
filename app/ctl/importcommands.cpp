// sitrepctl import: on-call schedules and escalation policies from PagerDuty and Opsgenie, with
// the report that compares them with the provider's own shifts.
#include "importcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/oncallimport.h"
#include "services/oncallservice.h"
#include "services/providerimport.h"

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
    const QCommandLineOption apiUrl(QStringLiteral("api-url"),
                                    tr("Read from the provider's REST API at this URL (e.g. "
                                       "https://api.eu.opsgenie.com) instead of files."),
                                    QStringLiteral("URL"));
    const QCommandLineOption secretStdin(
            QStringLiteral("secret-stdin"),
            tr("Read from the provider's REST API with the key piped to standard input."));
    const QCommandLineOption keepKey(QStringLiteral("keep-key"),
                                     tr("Keep the key in the keychain for the next import."));
    const QCommandLineOption schedule(QStringLiteral("schedule"),
                                      tr("Import only this schedule of the API's (repeatable)."),
                                      QStringLiteral("NAME"));
    line.parser.addOptions({strict, dryRun, apiUrl, secretStdin, keepKey, schedule, jsonOption()});
    const QString command = QStringLiteral("import ") + provider;
    if (!line.parse(command, arguments))
        return fail(line.error, BadArguments);
    const QStringList files = line.parser.positionalArguments();
    const bool fromApi = line.parser.isSet(apiUrl) || line.parser.isSet(secretStdin);
    if (files.isEmpty() == !fromApi)
        return fail(tr("%1 takes the files saved from the provider's REST API, or reads the API "
                       "itself with --secret-stdin (and --api-url), not both.")
                            .arg(command),
                    BadArguments);
    const auto which = provider == u"opsgenie" ? OnCallService::Provider::Opsgenie
                                               : OnCallService::Provider::PagerDuty;
    Choices choices {line.parser.isSet(strict), line.parser.isSet(dryRun),
                     line.parser.isSet(QStringLiteral("json"))};
    if (!fromApi) {
        const Result<OnCallImport> import = OnCallService::readProvider(which, files);
        if (!import)
            return fail(import.error());
        return finishImport(context, import.value(), choices);
    }
    ProviderAccount account;
    account.url = QUrl(line.parser.value(apiUrl));
    account.schedules = line.parser.values(schedule);
    account.fromMs = context.oncall().nowMs();
    if (line.parser.isSet(apiUrl) && !account.url.isValid())
        return fail(tr("--api-url needs a URL such as https://api.opsgenie.com."), BadArguments);
    m_fetch = std::make_unique<ProviderImport>(context.monitoring().network(),
                                               context.monitoring().secrets());
    if (!line.parser.isSet(secretStdin)) {
        m_fetch->keptKey(which, [this, &context, which, account, choices](Result<QString> key) {
            if (!key)
                return finish(fail(key.error()));
            fetchAndFinish(context, which, account, key.value(), false, choices);
        });
        return Pending;
    }
    const std::optional<QString> key = secretFromStdin();
    if (!key)
        return fail(tr("could not read standard input."));
    fetchAndFinish(context, which, account, *key, line.parser.isSet(keepKey), choices);
    return Pending;
}

void ImportCommands::fetchAndFinish(AppContext &context, OnCallService::Provider provider,
                                    ProviderAccount account, const QString &key, bool keep,
                                    const Choices &choices)
{
    account.key = key;
    m_fetch->fetch(provider, account,
                   [this, &context, provider, key, keep, choices](Result<OnCallImport> import) {
                       if (!import)
                           return finish(fail(import.error()));
                       const int code = finishImport(context, import.value(), choices);
                       if (!keep || code != Done)
                           return finish(code);
                       m_fetch->keepKey(provider, key, [this](const QString &problem) {
                           if (!problem.isEmpty())
                               return finish(fail(problem));
                           m_out << tr("The key is kept in the keychain.") << Qt::endl;
                           finish(Done);
                       });
                   });
}

int ImportCommands::finishImport(AppContext &context, const OnCallImport &import,
                                 const Choices &choices)
{
    const auto [strict, dryRun, asJson] = choices;
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
