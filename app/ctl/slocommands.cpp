// sitrepctl's SLO commands: import definitions, list them, report on them.
#include "slocommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/slorulefile.h"

#include <algorithm>

namespace sitrep {

using namespace ctl;

namespace {

QString percent(std::optional<double> fraction, int decimals = 3)
{
    return fraction && std::isfinite(*fraction)
            ? QStringLiteral("%1 %").arg(100.0 * *fraction, 0, 'f', decimals)
            : CtlCommands::tr("no traffic");
}

QJsonObject reportJson(const SloReport &report)
{
    QJsonObject burnRates;
    for (auto it = report.burnRates.cbegin(); it != report.burnRates.cend(); ++it)
        burnRates.insert(it.key(), it.value());
    return {
            {QStringLiteral("name"), report.slo.name},
            {QStringLiteral("service"), report.slo.service},
            {QStringLiteral("kind"), sloKindKey(report.slo.kind)},
            {QStringLiteral("target"), report.slo.target},
            {QStringLiteral("window"), report.windowText()},
            {QStringLiteral("at"), report.at.toString(Qt::ISODate)},
            {QStringLiteral("sli"), jsonNumber(report.sli)},
            {QStringLiteral("error_ratio"), jsonNumber(report.errorRatio)},
            {QStringLiteral("good_events"), report.totalEvents - report.badEvents},
            {QStringLiteral("total_events"), report.totalEvents},
            {QStringLiteral("budget_total_minutes"), double(report.budgetTotal.count()) / 60'000.0},
            {QStringLiteral("budget_consumed"), report.budgetConsumed()},
            {QStringLiteral("budget_remaining"), report.budgetRemaining},
            {QStringLiteral("burn_rates"), burnRates},
            {QStringLiteral("alert"), BurnAlert::key(report.alert)},
            {QStringLiteral("exhaustion_hours"),
             report.exhaustion ? QJsonValue(double(report.exhaustion->count()) / 3'600'000.0)
                               : QJsonValue()},
            {QStringLiteral("missing_steps"), qint64(report.missingSteps)},
    };
}

QString reportText(const SloReport &report)
{
    QStringList rates;
    for (const QString &window : BurnAlert::windows(report.slo.tiers())) {
        const auto rate = report.burnRates.constFind(window);
        rates << QStringLiteral("%1 %2").arg(window,
                                             rate != report.burnRates.cend()
                                                     ? QString::number(*rate, 'f', 2)
                                                     : QStringLiteral("-"));
    }
    QString alert;
    switch (report.alert) {
    case BurnAlert::State::Page:
        alert = CtlCommands::tr("PAGE");
        break;
    case BurnAlert::State::Ticket:
        alert = CtlCommands::tr("ticket");
        break;
    case BurnAlert::State::None:
        alert = CtlCommands::tr("none");
        break;
    }
    const QString exhaustion = report.exhaustion
            ? CtlCommands::tr("budget gone in %1 h at the last hour's rate")
                      .arg(double(report.exhaustion->count()) / 3'600'000.0, 0, 'f', 1)
            : CtlCommands::tr("not burning faster than it refills");
    QString text = CtlCommands::tr("%1 (%2): target %3 over %4\n")
                           .arg(report.slo.name, report.slo.service, percent(report.slo.target),
                                report.windowText());
    text += CtlCommands::tr("  SLI %1, error ratio %2, %3 of %4 events bad\n")
                    .arg(percent(report.sli), percent(report.errorRatio))
                    .arg(report.badEvents, 0, 'f', 0)
                    .arg(report.totalEvents, 0, 'f', 0);
    text += CtlCommands::tr("  budget %1 min: %2 consumed, %3 remaining\n")
                    .arg(double(report.budgetTotal.count()) / 60'000.0, 0, 'f', 2)
                    .arg(percent(report.budgetConsumed(), 1), percent(report.budgetRemaining, 1));
    text += CtlCommands::tr("  burn rates %1\n").arg(rates.join(QStringLiteral("  ")));
    text += CtlCommands::tr("  alert %1; %2\n").arg(alert, exhaustion);
    if (report.missingSteps > 0)
        text += CtlCommands::tr("  minutes of the window without data: %1\n")
                        .arg(report.missingSteps);
    return text;
}

} // namespace

int SloCommands::importSlos(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("slo import"), arguments))
        return fail(line.error, BadArguments);
    const QStringList files = line.parser.positionalArguments();
    if (files.isEmpty())
        return fail(tr("slo import takes one or more files."), BadArguments);
    const Result<SloImport> imported = context.slos().importFiles(files);
    if (!imported)
        return fail(imported.error());
    for (const Slo &slo : imported.value().slos)
        m_out << tr("imported %1 (%2, target %3)").arg(slo.name, slo.service, percent(slo.target))
              << Qt::endl;
    for (const QString &ignored : imported.value().ignored)
        m_err << tr("sitrepctl: not used: %1").arg(ignored) << Qt::endl;
    return Done;
}

int SloCommands::seedSlos(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption minimum(
            QStringLiteral("minimum-events"),
            tr("Fewer events than this in a window give no burn rate (default 0)."),
            QStringLiteral("N"), QStringLiteral("0"));
    line.parser.addOption(minimum);
    if (!line.parse(QStringLiteral("slo seed"), arguments))
        return fail(line.error, BadArguments);
    const QStringList services = line.parser.positionalArguments();
    if (services.size() != 1)
        return fail(tr("slo seed takes the service's name."), BadArguments);
    bool ok = false;
    const double minimumEvents = line.parser.value(minimum).toDouble(&ok);
    if (!ok || minimumEvents < 0)
        return fail(tr("--minimum-events must be a number of events, not \"%1\".")
                            .arg(line.parser.value(minimum)),
                    BadArguments);
    QList<Slo> seeded = SloDefaults::seed(services.first());
    for (Slo &slo : seeded)
        slo.minimumEvents = minimumEvents;
    if (const Result<void> saved = context.slos().save(seeded); !saved)
        return fail(saved.error());
    for (const Slo &slo : std::as_const(seeded))
        m_out << tr("added %1: %2").arg(slo.name, slo.description) << Qt::endl;
    return Done;
}

int SloCommands::listSlos(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("slo list"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<Slo>> slos = context.slos().slos();
    if (!slos)
        return fail(slos.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray array;
        for (const Slo &slo : slos.value())
            array.append(QJsonObject {
                    {QStringLiteral("name"), slo.name},
                    {QStringLiteral("service"), slo.service},
                    {QStringLiteral("kind"), sloKindKey(slo.kind)},
                    {QStringLiteral("target"), slo.target},
                    {QStringLiteral("window"), sloWindowText(slo)},
                    {QStringLiteral("budgeting"), sloBudgetingText(slo.budgeting)},
                    {QStringLiteral("threshold"),
                     slo.thresholdQuery.isEmpty() ? QString() : sloThresholdText(slo.threshold)},
                    {QStringLiteral("description"), slo.description},
            });
        m_out << json(array);
        return Done;
    }
    if (slos.value().isEmpty()) {
        m_out << tr("No SLOs yet: slo import FILE or slo seed SERVICE adds some.") << Qt::endl;
        return Done;
    }
    for (const Slo &slo : slos.value())
        m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                         .arg(slo.name, -28)
                         .arg(slo.service, -14)
                         .arg(percent(slo.target), 9)
                         .arg(sloWindowText(slo), -5)
                         .arg(slo.description);
    return Done;
}

int SloCommands::reportSlos(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption prometheus(QStringLiteral("prometheus"),
                                        tr("A Prometheus to ask, by URL."), QStringLiteral("URL"));
    const QCommandLineOption endpointOption(QStringLiteral("endpoint"),
                                            tr("A configured Prometheus endpoint."),
                                            QStringLiteral("NAME"));
    const QCommandLineOption atOption(QStringLiteral("at"),
                                      tr("Report at this time instead of now."),
                                      QStringLiteral("ISO8601"));
    line.parser.addOptions({prometheus, endpointOption, atOption, jsonOption()});
    if (!line.parse(QStringLiteral("slo report"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.isSet(prometheus) == line.parser.isSet(endpointOption))
        return fail(tr("slo report needs either --prometheus or --endpoint."), BadArguments);
    QDateTime at = QDateTime::currentDateTimeUtc();
    if (const QString problem = readAt(line.parser, atOption, &at); !problem.isEmpty())
        return fail(problem, BadArguments);
    const Result<Endpoint> endpoint
            = chosenEndpoint(context, line.parser, prometheus, endpointOption,
                             Endpoint::Kind::Prometheus, QStringLiteral("slo report"));
    if (!endpoint)
        return fail(endpoint.error());
    const bool asJson = line.parser.isSet(QStringLiteral("json"));
    context.slos().refresh(
            endpoint.value(), at, [this, asJson](const Result<SloSnapshot> &snapshot) {
                if (!snapshot)
                    return finish(fail(snapshot.error()));
                for (const QString &problem : snapshot.value().problems)
                    m_err << "sitrepctl: " << problem << Qt::endl;
                if (asJson) {
                    QJsonArray array;
                    for (const SloReport &report : snapshot.value().reports)
                        array.append(reportJson(report));
                    m_out << json(array);
                } else if (snapshot.value().reports.isEmpty()) {
                    m_out << tr("No SLOs yet: slo import FILE or slo seed SERVICE adds some.")
                          << Qt::endl;
                } else {
                    for (const SloReport &report : snapshot.value().reports)
                        m_out << reportText(report);
                }
                finish(snapshot.value().problems.isEmpty() ? Done : Failed);
            });
    return Pending;
}

int SloCommands::sloRules(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption only(QStringLiteral("slo"), tr("Only this SLO (repeatable)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption output = outputOption();
    line.parser.addOptions({only, output});
    if (!line.parse(QStringLiteral("slo rules"), arguments))
        return fail(line.error, BadArguments);
    if (!line.parser.positionalArguments().isEmpty())
        return fail(tr("slo rules takes no arguments: name SLOs with --slo."), BadArguments);
    const Result<QList<Slo>> all = context.slos().slos();
    if (!all)
        return fail(all.error());
    QList<Slo> chosen;
    const QStringList wanted = line.parser.values(only);
    for (const Slo &slo : all.value())
        if (wanted.isEmpty() || wanted.contains(slo.name))
            chosen << slo;
    for (const QString &name : wanted)
        if (std::none_of(chosen.cbegin(), chosen.cend(),
                         [&name](const Slo &slo) { return slo.name == name; }))
            return fail(tr("There is no SLO named \"%1\" (slo list shows them).").arg(name));
    if (chosen.isEmpty())
        return fail(tr("No SLOs yet: slo import FILE or slo seed SERVICE adds some."));
    const QByteArray rules = SloRuleFile::prometheusRules(chosen);
    if (!line.parser.isSet(output)) {
        m_out << QString::fromUtf8(rules);
        return Done;
    }
    const QString problem = writeWhole(line.parser.value(output), rules);
    if (!problem.isEmpty())
        return fail(problem);
    m_out << tr("Wrote the rules of %n SLO(s) to %1.", nullptr, int(chosen.size()))
                     .arg(line.parser.value(output))
          << Qt::endl;
    return Done;
}

void SloCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("slo"),
                      {{QStringLiteral("import"), handler(&SloCommands::importSlos)},
                       {QStringLiteral("seed"), handler(&SloCommands::seedSlos)},
                       {QStringLiteral("list"), handler(&SloCommands::listSlos)},
                       {QStringLiteral("report"), handler(&SloCommands::reportSlos)},
                       {QStringLiteral("rules"), handler(&SloCommands::sloRules)}});
}

} // namespace sitrep
