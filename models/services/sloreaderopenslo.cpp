#include "domain/durationtext.h"
#include "domain/sloevents.h"
#include "sloreader.h"

#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace sitrep {

Result<QString> SloReader::metricSourceQuery(const YAML::Node &metric, const QString &field)
{
    const YAML::Node source = metric["metricSource"];
    if (!source)
        return problem(metric, field, tr("needs a metricSource."));
    const QString type = text(source["type"]);
    if (type.compare(u"prometheus", Qt::CaseInsensitive) != 0)
        return problem(source, field + QStringLiteral(".metricSource.type"),
                       tr("only Prometheus sources are supported, not \"%1\".").arg(type));
    const QString promql = text(path(source, {"spec", "query"}));
    if (promql.isEmpty())
        return problem(source, field + QStringLiteral(".metricSource.spec.query"),
                       tr("needs a PromQL query."));
    return promql;
}

Result<QString> SloReader::alphaQuery(const YAML::Node &metric, const QString &field)
{
    if (!metric.IsMap())
        return problem(metric, field, tr("needs a source and a query."));
    noteUnknown(metric, field + u'.', {"source", "queryType", "query"});
    const QString source = text(metric["source"]);
    if (source.compare(u"prometheus", Qt::CaseInsensitive) != 0)
        return problem(metric, field + QStringLiteral(".source"),
                       tr("only Prometheus sources are supported, not \"%1\".").arg(source));
    const QString promql = text(metric["query"]);
    if (promql.isEmpty())
        return problem(metric, field + QStringLiteral(".query"), tr("needs a PromQL query."));
    return promql;
}

Result<void> SloReader::ratioQueries(const YAML::Node &ratio, const QString &field,
                                     QueryReader query, Slo *slo)
{
    const std::pair<const char *, QString *> parts[] {
            {"good", &slo->goodQuery}, {"bad", &slo->badQuery}, {"total", &slo->totalQuery}};
    for (const auto &[part, into] : parts) {
        if (!ratio[part])
            continue;
        Result<QString> promql = (this->*query)(ratio[part], field + u'.' + QLatin1String(part));
        if (!promql)
            return Error {promql.error()};
        *into = promql.value();
    }
    if (slo->totalQuery.isEmpty() || (slo->goodQuery.isEmpty() == slo->badQuery.isEmpty()))
        return problem(ratio, field, tr("needs total and exactly one of good or bad."));
    slo->kind = slo->goodQuery.isEmpty() ? Slo::Kind::ErrorRate : Slo::Kind::Availability;
    return {};
}

Result<void> SloReader::openSlo(const YAML::Node &document)
{
    noteUnknown(document, {}, {"apiVersion", "kind", "metadata", "spec"});
    Slo slo;
    slo.name = text(path(document, {"metadata", "name"}));
    if (slo.name.isEmpty())
        return problem(document, QStringLiteral("metadata.name"), tr("an SLO needs a name."));
    if (Result<void> read
        = minimumEvents(path(document, {"metadata", "annotations"}), "sitrep.io/minimum-events",
                        QStringLiteral("metadata.annotations"), &slo);
        !read)
        return read;
    const YAML::Node spec = document["spec"];
    if (!spec || !spec.IsMap())
        return problem(document, QStringLiteral("spec"), tr("missing."));
    noteUnknown(spec, QStringLiteral("spec."),
                {"service", "description", "indicator", "indicatorRef", "timeWindow",
                 "budgetingMethod", "objectives"});
    slo.service = text(spec["service"]);
    slo.description = text(spec["description"]);
    const YAML::Node window = first(path(spec, {"timeWindow"}));
    if (window) {
        const QString duration = text(window["duration"]);
        const std::optional<bool> rolling = window["isRolling"]
                ? YamlFields::boolean(window["isRolling"])
                : std::optional(true);
        if (!rolling)
            return problem(window["isRolling"], QStringLiteral("spec.timeWindow.isRolling"),
                           tr("must be true or false."));
        if (window["calendar"] || !*rolling) {
            // OpenSLO's units: w, M (m as Sitrep read it before), Q, Y.
            static const QHash<QString, Slo::Calendar> units {
                    {u""_s, Slo::Calendar::Month},     {u"1M"_s, Slo::Calendar::Month},
                    {u"1m"_s, Slo::Calendar::Month},   {u"1w"_s, Slo::Calendar::Week},
                    {u"1Q"_s, Slo::Calendar::Quarter}, {u"1Y"_s, Slo::Calendar::Year}};
            if (!units.contains(duration))
                return problem(window, QStringLiteral("spec.timeWindow.duration"),
                               tr("a calendar window is one week, month, quarter or year (1w, 1M, "
                                  "1Q, 1Y), not \"%1\".")
                                       .arg(duration));
            if (Result<void> read
                = calendarWindow(window["calendar"], units.value(duration),
                                 QStringLiteral("spec.timeWindow.calendar"), &slo);
                !read)
                return read;
        } else if (const auto parsed = parseDurationText(duration)) {
            slo.window = *parsed;
        } else {
            return problem(window, QStringLiteral("spec.timeWindow.duration"),
                           tr("must be a duration such as 30d, not \"%1\".").arg(duration));
        }
    }
    const Result<IndicatorAt> indicator = openSloIndicator(spec);
    if (!indicator)
        return Error {indicator.error()};
    // Problems in an SLI's queries name the SLI's file.
    const QString sloFile = std::exchange(m_fileName, indicator.value().fileName);
    const Result<void> queries = indicatorQueries(indicator.value(), &slo);
    m_fileName = sloFile;
    if (!queries)
        return queries;
    if (Result<void> objective = openSloObjective(spec, &slo); !objective)
        return objective;
    m_import.slos << slo;
    return {};
}

Result<SloReader::IndicatorAt> SloReader::openSloIndicator(const YAML::Node &spec)
{
    if (spec["indicatorRef"]) {
        const QString name = text(spec["indicatorRef"]);
        const auto found = m_indicators.constFind(name);
        if (found == m_indicators.cend())
            return problem(spec["indicatorRef"], QStringLiteral("spec.indicatorRef"),
                           tr("no SLI named \"%1\" (kind: SLI) in the files read; give its "
                              "file too.")
                                   .arg(name));
        return IndicatorAt {path(found->document, {"spec"}), found->document, found->fileName,
                            QStringLiteral("spec")};
    }
    return IndicatorAt {path(spec, {"indicator", "spec"}), spec, m_fileName,
                        QStringLiteral("spec.indicator.spec")};
}

Result<void> SloReader::indicatorQueries(const IndicatorAt &indicator, Slo *slo)
{
    if (const YAML::Node ratio = path(indicator.spec, {"ratioMetric"}))
        return ratioQueries(ratio, indicator.field + QStringLiteral(".ratioMetric"),
                            &SloReader::metricSourceQuery, slo);
    if (const YAML::Node threshold = path(indicator.spec, {"thresholdMetric"})) {
        Result<QString> promql = metricSourceQuery(
                threshold, indicator.field + QStringLiteral(".thresholdMetric"));
        if (!promql)
            return Error {promql.error()};
        slo->thresholdQuery = promql.value();
        return {};
    }
    return problem(indicator.spec ? indicator.spec : indicator.owner,
                   indicator.field + QStringLiteral(".ratioMetric"),
                   tr("needs a ratio metric (good or bad, and total) or a threshold metric (one "
                      "value compared with the objective's op and value)."));
}

Result<void> SloReader::openSloObjective(const YAML::Node &spec, Slo *slo)
{
    const QString field = QStringLiteral("spec.objectives");
    const YAML::Node objective = first(path(spec, {"objectives"}));
    if (Result<void> target = shareTarget(objective, field, slo); !target)
        return target;
    noteUnknown(objective, field + u'.',
                {"displayName", "op", "value", "target", "timeSliceTarget", "timeSliceWindow"});
    if (!slo->thresholdQuery.isEmpty()) {
        const std::optional<SloThreshold::Op> op = parseSloThresholdOp(text(objective["op"]));
        if (!op)
            return problem(objective, field + QStringLiteral(".op"),
                           tr("a threshold metric needs op: lt, lte, gt or gte, not \"%1\".")
                                   .arg(text(objective["op"])));
        const std::optional<double> value = YamlFields::number(objective["value"]);
        if (!value)
            return problem(objective, field + QStringLiteral(".value"),
                           tr("a threshold metric needs the value to compare with (0.3), not %1.")
                                   .arg(describe(objective["value"])));
        slo->threshold = {*op, *value};
        // A value that must stay below its threshold is most often a latency.
        if (*op == SloThreshold::Op::Less || *op == SloThreshold::Op::LessOrEqual)
            slo->kind = Slo::Kind::Latency;
    }
    return budgetingMethod(spec, objective, slo);
}

Result<void> SloReader::budgetingMethod(const YAML::Node &spec, const YAML::Node &objective,
                                        Slo *slo)
{
    // Occurrences, the default, is the SLO as read so far.
    static const QHash<QString, SloBudgeting::Method> methods {
            {QStringLiteral("Timeslices"), SloBudgeting::Method::Timeslices},
            {QStringLiteral("RatioTimeslices"), SloBudgeting::Method::RatioTimeslices}};
    const QString method = text(spec["budgetingMethod"]);
    if (method.isEmpty() || method == u"Occurrences")
        return {};
    if (!methods.contains(method))
        return problem(
                spec["budgetingMethod"], QStringLiteral("spec.budgetingMethod"),
                tr("must be Occurrences, Timeslices or RatioTimeslices, not \"%1\".").arg(method));
    slo->budgeting.method = methods.value(method);
    const QString field = QStringLiteral("spec.objectives.timeSliceWindow");
    const QString window = text(objective["timeSliceWindow"]);
    const std::optional<std::chrono::seconds> slice = parseDurationText(window);
    const qint64 stepSeconds = SloEvents::step.count();
    if (!slice || slice->count() < stepSeconds || slice->count() % stepSeconds != 0
        || *slice > slo->window)
        return problem(objective, field,
                       tr("%1 needs a timeSliceWindow of whole minutes, at most the SLO's window "
                          "(5m), not \"%2\".")
                               .arg(method, window));
    slo->budgeting.sliceLength = *slice;
    if (slo->budgeting.method != SloBudgeting::Method::Timeslices)
        return {};
    const std::optional<double> target = YamlFields::number(objective["timeSliceTarget"]);
    if (!target || !(*target > 0 && *target <= 1))
        return problem(objective, QStringLiteral("spec.objectives.timeSliceTarget"),
                       tr("Timeslices needs a timeSliceTarget above 0 and at most 1 (0.95), the "
                          "share of good events that makes a slice good, not %1.")
                               .arg(describe(objective["timeSliceTarget"])));
    slo->budgeting.sliceTarget = *target;
    return {};
}

Result<void> SloReader::openSloAlpha(const YAML::Node &document)
{
    noteUnknown(document, {}, {"apiVersion", "kind", "metadata", "spec"});
    Slo slo;
    slo.name = text(path(document, {"metadata", "name"}));
    if (slo.name.isEmpty())
        return problem(document, QStringLiteral("metadata.name"), tr("an SLO needs a name."));
    const YAML::Node spec = document["spec"];
    if (!spec || !spec.IsMap())
        return problem(document, QStringLiteral("spec"), tr("missing."));
    noteUnknown(spec, QStringLiteral("spec."),
                {"service", "description", "timeWindows", "budgetingMethod", "objectives"});
    slo.service = text(spec["service"]);
    slo.description = text(spec["description"]);
    const QString budgeting = text(spec["budgetingMethod"]);
    if (!budgeting.isEmpty() && budgeting != u"Occurrences")
        return problem(spec["budgetingMethod"], QStringLiteral("spec.budgetingMethod"),
                       tr("only Occurrences is supported, not \"%1\".").arg(budgeting));
    if (const YAML::Node window = first(path(spec, {"timeWindows"})))
        if (Result<void> read = alphaWindow(window, &slo); !read)
            return read;
    const YAML::Node objective = first(path(spec, {"objectives"}));
    const YAML::Node ratio = path(objective, {"ratioMetrics"});
    if (!ratio || !ratio.IsMap())
        return problem(objective ? objective : spec, QStringLiteral("spec.objectives.ratioMetrics"),
                       tr("only ratio metrics (good/bad/total) are supported."));
    noteUnknown(objective, QStringLiteral("spec.objectives."),
                {"ratioMetrics", "target", "displayName"});
    noteUnknown(ratio, QStringLiteral("spec.objectives.ratioMetrics."),
                {"good", "bad", "total", "incremental", "counter"});
    if (Result<void> queries = ratioQueries(ratio, QStringLiteral("spec.objectives.ratioMetrics"),
                                            &SloReader::alphaQuery, &slo);
        !queries)
        return queries;
    if (Result<void> target = shareTarget(objective, QStringLiteral("spec.objectives"), &slo);
        !target)
        return target;
    m_import.slos << slo;
    return {};
}

Result<void> SloReader::alphaWindow(const YAML::Node &window, Slo *slo)
{
    const QString field = QStringLiteral("spec.timeWindows");
    noteUnknown(window, field + u'.', {"count", "unit", "isRolling", "calendar"});
    const std::optional<bool> rolling = window["isRolling"]
            ? YamlFields::boolean(window["isRolling"])
            : std::optional(!window["calendar"]);
    if (!rolling)
        return problem(window["isRolling"], field + QStringLiteral(".isRolling"),
                       tr("must be true or false."));
    const QString count = text(window["count"]);
    const QString unit = text(window["unit"]);
    if (!*rolling) {
        const std::optional<Slo::Calendar> calendar = parseSloCalendar(unit);
        if (count != u"1" || !calendar || calendar == Slo::Calendar::Rolling)
            return problem(window, field,
                           tr("a calendar window is one week, month, quarter or year (count 1, "
                              "unit Week, Month, Quarter or Year), not %1 %2.")
                                   .arg(count, unit));
        return calendarWindow(window["calendar"], *calendar, field + QStringLiteral(".calendar"),
                              slo);
    }
    // The unit as the duration texts write it, so the same range holds (at most ten years).
    static const QHash<QString, QString> letters {{u"second"_s, u"s"_s},
                                                  {u"minute"_s, u"m"_s},
                                                  {u"hour"_s, u"h"_s},
                                                  {u"day"_s, u"d"_s},
                                                  {u"week"_s, u"w"_s}};
    const std::optional<std::chrono::seconds> duration = letters.contains(unit.toLower())
            ? parseDurationText(QString(count + letters.value(unit.toLower())))
            : std::nullopt;
    if (!duration || duration->count() <= 0)
        return problem(window, field,
                       tr("a rolling window must be a count of Second, Minute, Hour, Day or Week "
                          "(30 Day), not \"%1 %2\".")
                               .arg(count, unit));
    slo->window = *duration;
    return {};
}

Result<void> SloReader::calendarWindow(const YAML::Node &calendar, Slo::Calendar unit,
                                       const QString &field, Slo *slo)
{
    static const QHash<Slo::Calendar, int> nominalDays {{Slo::Calendar::Week, 7},
                                                        {Slo::Calendar::Month, 30},
                                                        {Slo::Calendar::Quarter, 90},
                                                        {Slo::Calendar::Year, 365}};
    slo->calendar = unit;
    slo->window = std::chrono::hours(24 * nominalDays.value(unit));
    if (!calendar)
        return {};
    noteUnknown(calendar, field + u'.', {"startTime", "timeZone"});
    QTimeZone zone = QTimeZone::utc();
    if (const QString name = text(calendar["timeZone"]); !name.isEmpty()) {
        zone = QTimeZone(name.toUtf8());
        if (!zone.isValid())
            return problem(calendar["timeZone"], field + QStringLiteral(".timeZone"),
                           tr("\"%1\" is not an IANA time zone such as Europe/Berlin.").arg(name));
    }
    const QString start = text(calendar["startTime"]);
    if (start.isEmpty()) {
        slo->calendarStart = {};
        return {};
    }
    // OpenSLO writes "2022-01-01 12:00:00"; ISO 8601's T is taken too.
    const QDateTime wallClock
            = QDateTime::fromString(QString(start).replace(u' ', u'T'), Qt::ISODate);
    if (!wallClock.isValid())
        return problem(calendar["startTime"], field + QStringLiteral(".startTime"),
                       tr("\"%1\" is not a date and time such as 2026-01-01 00:00:00.").arg(start));
    slo->calendarStart = QDateTime(wallClock.date(), wallClock.time(), zone);
    return {};
}

} // namespace sitrep
