// sitrepctl metrics: the seed's incident metrics over a period, from the cache.
#include "metricscommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/metricsservice.h"

namespace sitrep {

using namespace ctl;

namespace {

QString minutesText(std::optional<double> minutes)
{
    return minutes ? CtlCommands::tr("%1 min").arg(*minutes, 0, 'f', 1) : QStringLiteral("-");
}

QJsonObject metricsJson(const IncidentMetrics &metrics)
{
    QJsonObject bySeverity;
    for (Severity severity : allSeverities) {
        const SeverityFigures &figures = metrics.of(severity);
        bySeverity.insert(severityCode(severity),
                          QJsonObject {
                                  {QStringLiteral("count"), figures.count},
                                  {QStringLiteral("open"), figures.open},
                                  {QStringLiteral("mttr_minutes"), jsonNumber(figures.mttrMinutes)},
                                  {QStringLiteral("mtta_minutes"), jsonNumber(figures.mttaMinutes)},
                                  {QStringLiteral("response_compliance"),
                                   jsonNumber(figures.responseCompliance())},
                          });
    }
    return {
            {QStringLiteral("period"),
             QJsonObject {{QStringLiteral("from"), metrics.period.from.toString(Qt::ISODate)},
                          {QStringLiteral("to"), metrics.period.to.toString(Qt::ISODate)},
                          {QStringLiteral("service"),
                           metrics.period.service.isEmpty() ? QJsonValue()
                                                            : QJsonValue(metrics.period.service)}}},
            {QStringLiteral("total"), metrics.total},
            {QStringLiteral("open"), metrics.open},
            {QStringLiteral("by_severity"), bySeverity},
            {QStringLiteral("mttd_minutes"),
             QJsonObject {{QStringLiteral("automated"), jsonNumber(metrics.mttdAutomatedMinutes)},
                          {QStringLiteral("manual"), jsonNumber(metrics.mttdManualMinutes)}}},
            {QStringLiteral("mtta_minutes"), jsonNumber(metrics.mttaMinutes)},
            {QStringLiteral("unacknowledged"), metrics.unacknowledged},
            {QStringLiteral("repeat_incidents"), metrics.repeatIncidents},
            {QStringLiteral("repeat_rate"), metrics.repeatRatePercent},
    };
}

QString metricsText(const IncidentMetrics &metrics)
{
    QString text
            = CtlCommands::tr("Incidents that started %1 – %2%3: %4 (%5 open)\n")
                      .arg(printable(metrics.period.from), printable(metrics.period.to),
                           metrics.period.service.isEmpty()
                                   ? QString()
                                   : CtlCommands::tr(", service %1").arg(metrics.period.service))
                      .arg(metrics.total)
                      .arg(metrics.open);
    text += QStringLiteral("%1  %2  %3  %4  %5\n")
                    .arg(CtlCommands::tr("SEVERITY"), -8)
                    .arg(CtlCommands::tr("COUNT"), 6)
                    .arg(CtlCommands::tr("MTTR"), 10)
                    .arg(CtlCommands::tr("MTTA"), 10)
                    .arg(CtlCommands::tr("RESPONSE IN SLA"));
    for (Severity severity : allSeverities) {
        const SeverityFigures &figures = metrics.of(severity);
        const auto compliance = figures.responseCompliance();
        text += QStringLiteral("%1  %2  %3  %4  %5\n")
                        .arg(severityCode(severity), -8)
                        .arg(figures.count, 6)
                        .arg(minutesText(figures.mttrMinutes), 10)
                        .arg(minutesText(figures.mttaMinutes), 10)
                        .arg(compliance ? CtlCommands::tr("%1 % of %2")
                                                  .arg(100.0 * *compliance, 0, 'f', 0)
                                                  .arg(figures.responseMeasured)
                                        : QStringLiteral("-"));
    }
    text += CtlCommands::tr("MTTD: automated %1, manual %2. MTTA: %3 (%4 not acknowledged).\n")
                    .arg(minutesText(metrics.mttdAutomatedMinutes),
                         minutesText(metrics.mttdManualMinutes), minutesText(metrics.mttaMinutes))
                    .arg(metrics.unacknowledged);
    text += CtlCommands::tr("Repeat incidents: %1 (%2 %).\n")
                    .arg(metrics.repeatIncidents)
                    .arg(metrics.repeatRatePercent, 0, 'f', 1);
    return text;
}

} // namespace

int MetricsCommands::metrics(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption from(QStringLiteral("from"),
                                  tr("The first day (default: 30 days before --to)."),
                                  QStringLiteral("DATE"));
    const QCommandLineOption to(QStringLiteral("to"), tr("The end, not included (default: now)."),
                                QStringLiteral("DATE"));
    const QCommandLineOption service(QStringLiteral("service"),
                                     tr("Only incidents of this service."), QStringLiteral("S"));
    line.parser.addOptions({from, to, service, jsonOption()});
    if (!line.parse(QStringLiteral("metrics"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.positionalArguments().isEmpty())
        return fail(tr("metrics takes no words, only options."), BadArguments);
    MetricsPeriod period;
    period.to = QDateTime::currentDateTimeUtc();
    for (const auto &[option, target] : {std::pair {&to, &period.to}, {&from, &period.from}}) {
        if (!line.parser.isSet(*option))
            continue;
        const auto parsed = parseDay(line.parser.value(*option));
        if (!parsed)
            return fail(tr("--%1 must be a date such as 2026-03-01, not \"%2\".")
                                .arg(option->names().first(), line.parser.value(*option)),
                        BadArguments);
        *target = *parsed;
    }
    if (!line.parser.isSet(from))
        period.from = period.to.addDays(-30);
    if (period.from >= period.to)
        return fail(tr("--from must be before --to."), BadArguments);
    period.service = line.parser.value(service);
    const Result<MetricsReport> report = MetricsService::compute(context.databasePath(), period,
                                                                 QDateTime::currentDateTimeUtc());
    if (!report)
        return fail(report.error());
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(metricsJson(report.value().current));
    else
        m_out << metricsText(report.value().current);
    return Done;
}

void MetricsCommands::registerIn(CtlRegistry &registry)
{
    registry.addCommand(QStringLiteral("metrics"), handler(&MetricsCommands::metrics));
}

} // namespace sitrep
