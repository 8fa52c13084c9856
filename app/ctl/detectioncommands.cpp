// sitrepctl's detection commands: evaluate the rules, verify a resolution.
#include "detectioncommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "domain/durationtext.h"
#include "services/detectionsync.h"
#include "services/resolutionverifier.h"

namespace sitrep {

using namespace ctl;

namespace {

QJsonArray reportsJson(const QList<DetectionReport> &reports)
{
    QJsonArray array;
    for (const DetectionReport &report : reports)
        array.append(QJsonObject {
                {QStringLiteral("rule"), report.rule.name},
                {QStringLiteral("value"), jsonNumber(report.outcome.value)},
                {QStringLiteral("expected"), jsonNumber(report.outcome.expected)},
                {QStringLiteral("fired"), report.outcome.fired},
                {QStringLiteral("incident_id"),
                 report.incident > 0 ? QJsonValue(report.incident) : QJsonValue()},
                {QStringLiteral("error"),
                 report.outcome.problem.isEmpty() ? QJsonValue()
                                                  : QJsonValue(report.outcome.problem)},
        });
    return array;
}

QString reportsText(const QList<DetectionReport> &reports)
{
    QString text = QStringLiteral("%1  %2  %3  %4\n")
                           .arg(CtlCommands::tr("RULE"), -20)
                           .arg(CtlCommands::tr("VALUE"), 10)
                           .arg(CtlCommands::tr("THRESHOLD"), 10)
                           .arg(CtlCommands::tr("STATE"));
    for (const DetectionReport &report : reports) {
        QString state;
        if (!report.outcome.problem.isEmpty())
            state = CtlCommands::tr("error: %1").arg(report.outcome.problem);
        else if (!report.outcome.fired && report.outcome.heldFor.count() > 0)
            state = CtlCommands::tr("pending: held %1 of %2")
                            .arg(durationText(report.outcome.heldFor),
                                 durationText(report.rule.holdFor));
        else if (!report.outcome.fired)
            state = CtlCommands::tr("quiet");
        else if (report.opened)
            state = CtlCommands::tr("FIRED: opened incident #%1").arg(report.incident);
        else
            state = CtlCommands::tr("FIRED: incident #%1 is still open").arg(report.incident);
        text += QStringLiteral("%1  %2  %3  %4\n")
                        .arg(report.rule.name, -20)
                        .arg(DetectionRules::valueText(report.outcome.value, QStringLiteral("-")),
                             10)
                        .arg(DetectionRules::valueText(report.outcome.threshold,
                                                       QStringLiteral("-")),
                             10)
                        .arg(state);
    }
    return text;
}

QJsonObject verificationJson(const ResolutionVerification &state)
{
    QJsonArray checks;
    for (const CheckResult &check : state.checks)
        checks.append(QJsonObject {
                {QStringLiteral("name"), check.name},
                {QStringLiteral("value"), jsonNumber(check.outcome.value)},
                {QStringLiteral("threshold"), jsonNumber(check.outcome.threshold)},
                {QStringLiteral("ok"), check.holds()},
                {QStringLiteral("error"),
                 check.outcome.problem.isEmpty() ? QJsonValue()
                                                 : QJsonValue(check.outcome.problem)},
        });
    return {{QStringLiteral("checks"), checks},
            {QStringLiteral("all_ok"), state.allHold()},
            {QStringLiteral("monitoring_until"),
             state.monitoringUntil.isValid()
                     ? QJsonValue(state.monitoringUntil.toUTC().toString(Qt::ISODate))
                     : QJsonValue()},
            {QStringLiteral("resolvable"), state.resolvable}};
}

// The options detect and verify share.
struct PrometheusOptions
{
    QCommandLineOption prometheus {QStringLiteral("prometheus"),
                                   CtlCommands::tr("A Prometheus to ask, by URL."),
                                   QStringLiteral("URL")};
    QCommandLineOption endpoint {QStringLiteral("endpoint"),
                                 CtlCommands::tr("A configured Prometheus endpoint."),
                                 QStringLiteral("NAME")};
    QCommandLineOption rules {QStringLiteral("rules"),
                              CtlCommands::tr("The rules file (default: the configured one)."),
                              QStringLiteral("FILE")};
    QCommandLineOption at {QStringLiteral("at"),
                           CtlCommands::tr("Evaluate at this time instead of now."),
                           QStringLiteral("ISO8601")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.addOptions({prometheus, endpoint, rules, at, jsonOption()});
    }

    // Applies --rules and reads --at; the problem in words and the exit code, if any: a bad
    // rules file is a problem with the file (1), a bad --at one with the arguments (2).
    std::pair<QString, CtlCommands::ExitCode>
    apply(AppContext &context, const QCommandLineParser &parser, QDateTime *when) const
    {
        if (parser.isSet(rules)) {
            Result<DetectionRulesFile> loaded = DetectionRulesFile::load(parser.value(rules));
            if (!loaded)
                return {loaded.error(), CtlCommands::Failed};
            context.monitoring().setDetectionRules(std::move(loaded).value());
        }
        return {readAt(parser, at, when), CtlCommands::BadArguments};
    }
};

} // namespace

int DetectionCommands::detect(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const PrometheusOptions options;
    options.addTo(line.parser);
    const QCommandLineOption once(QStringLiteral("once"), tr("Evaluate once and exit."));
    line.parser.addOption(once);
    if (!line.parse(QStringLiteral("detect"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.isSet(options.prometheus) == line.parser.isSet(options.endpoint))
        return fail(tr("detect needs either --prometheus or --endpoint."), BadArguments);
    QDateTime at;
    if (const auto [problem, code] = options.apply(context, line.parser, &at); !problem.isEmpty())
        return fail(problem, code);
    const Result<Endpoint> endpoint
            = chosenEndpoint(context, line.parser, options.prometheus, options.endpoint,
                             Endpoint::Kind::Prometheus, QStringLiteral("detect"));
    if (!endpoint)
        return fail(endpoint.error());
    const bool asJson = line.parser.isSet(QStringLiteral("json"));

    if (!line.parser.isSet(once)) {
        if (line.parser.isSet(options.at))
            return fail(tr("--at needs --once: a loop always evaluates now."), BadArguments);
        DetectionSync *loop = context.monitoring().detectionFor(endpoint.value());
        QObject::connect(loop, &DetectionSync::finished, loop, [this, loop, asJson] {
            if (asJson)
                m_out << QJsonDocument(reportsJson(loop->lastReports()))
                                 .toJson(QJsonDocument::Compact)
                      << Qt::endl;
            else
                m_out << reportsText(loop->lastReports()) << Qt::flush;
        });
        loop->start();
        return keepRunning([] { return Done; });
    }
    context.monitoring().detect(
            endpoint.value(), at, [this, asJson](const Result<QList<DetectionReport>> &reports) {
                if (!reports)
                    return finish(fail(reports.error()));
                if (asJson)
                    m_out << json(reportsJson(reports.value()));
                else
                    m_out << reportsText(reports.value());
                const bool allAnswered = std::all_of(reports.value().begin(), reports.value().end(),
                                                     [](const DetectionReport &report) {
                                                         return report.outcome.problem.isEmpty();
                                                     });
                finish(allAnswered ? Done : Failed);
            });
    return Pending;
}

int DetectionCommands::verify(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const PrometheusOptions options;
    options.addTo(line.parser);
    if (!line.parse(QStringLiteral("verify"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("verify needs one incident number."));
    if (line.parser.isSet(options.prometheus) && line.parser.isSet(options.endpoint))
        return fail(tr("verify takes --prometheus or --endpoint, not both."), BadArguments);
    QDateTime at;
    if (const auto [problem, code] = options.apply(context, line.parser, &at); !problem.isEmpty())
        return fail(problem, code);
    std::optional<Endpoint> endpoint;
    if (line.parser.isSet(options.prometheus) || line.parser.isSet(options.endpoint)) {
        const Result<Endpoint> chosen
                = chosenEndpoint(context, line.parser, options.prometheus, options.endpoint,
                                 Endpoint::Kind::Prometheus, QStringLiteral("verify"));
        if (!chosen)
            return fail(chosen.error());
        endpoint = chosen.value();
    }
    const bool asJson = line.parser.isSet(QStringLiteral("json"));
    context.monitoring().verify(id.value(), endpoint, at,
                                [this, asJson, at](const Result<ResolutionVerification> &state) {
                                    if (!state)
                                        return finish(fail(state.error()));
                                    if (asJson) {
                                        m_out << json(verificationJson(state.value()));
                                        return finish(Done);
                                    }
                                    for (const CheckResult &check : state.value().checks)
                                        m_out << ResolutionChecks::describe(check) << '\n';
                                    m_out << ResolutionChecks::summary(
                                            state.value(),
                                            at.isValid() ? at : QDateTime::currentDateTimeUtc())
                                          << '\n';
                                    finish(Done);
                                });
    return Pending;
}

void DetectionCommands::registerIn(CtlRegistry &registry)
{
    registry.addCommand(QStringLiteral("detect"), handler(&DetectionCommands::detect));
    registry.addCommand(QStringLiteral("verify"), handler(&DetectionCommands::verify));
}

} // namespace sitrep
