#pragma once

#include "sloimport.h"
#include "yamlfields.h"

#include <set>

namespace sitrep {

// Reads the SLO documents of one file into an SloImport: OpenSLO (sloreaderopenslo.cpp) and
// Sloth (sloreadersloth.cpp), with the helpers they share here.
class SloReader
{
    Q_DECLARE_TR_FUNCTIONS(SloImport)
public:
    explicit SloReader(SloImport &import) : m_import(import) { }

    // Remembers the OpenSLO v1 `kind: SLI` documents of a file, for SLOs that name them.
    void collectIndicators(const QString &fileName, const std::vector<YAML::Node> &documents);
    // One document of the file, whichever format it is in.
    [[nodiscard]] Result<void> read(const QString &fileName, const YAML::Node &document);
    // Once every document is read: each SLO of a period that Sloth's AlertWindows were given
    // for alerts with their tiers; windows no SLO uses are listed as not used.
    void applyAlertWindows();

private:
    // OpenSLO v1 `kind: SLO`: indicator.spec.ratioMetric or thresholdMetric, timeWindow,
    // budgetingMethod, objectives[].target (op and value, timeSliceTarget and timeSliceWindow).
    Result<void> openSlo(const YAML::Node &document);
    // OpenSLO v1alpha `kind: SLO` as Sloth reads it: objectives[].ratioMetrics with
    // source/query pairs, timeWindows with count and unit.
    Result<void> openSloAlpha(const YAML::Node &document);
    // How Sloth names the fields of an SLI: snake_case in its prometheus/v1 files, camelCase
    // in its Kubernetes resources.
    struct SlothNames
    {
        const char *errorQuery;
        const char *totalQuery;
        const char *errorRatioQuery;
        QString prefix; // where the spec sits, for messages: "" or "spec."
    };
    // Sloth's service with its SLOs (the root of a prometheus/v1 file, or a
    // PrometheusServiceLevel's spec).
    Result<void> sloth(const YAML::Node &spec, const SlothNames &names);
    // A Sloth SLO's sli: events, raw, or a plugin (refused, named).
    Result<void> slothIndicator(const YAML::Node &entry, const SlothNames &names, Slo *slo);
    // The SLO's indicator: inline (indicator.spec) or the SLI it names (indicatorRef), with
    // the document holding it, and the file and field it was read from.
    struct IndicatorAt
    {
        YAML::Node spec;
        YAML::Node owner;
        QString fileName;
        QString field;
    };
    Result<IndicatorAt> openSloIndicator(const YAML::Node &spec);
    // Its ratioMetric's queries, or its thresholdMetric's one.
    Result<void> indicatorQueries(const IndicatorAt &indicator, Slo *slo);
    // The first objective: its target, a threshold metric's op and value, and the budgeting
    // method with its slices.
    Result<void> openSloObjective(const YAML::Node &spec, Slo *slo);
    Result<void> budgetingMethod(const YAML::Node &spec, const YAML::Node &objective, Slo *slo);
    // OpenSLO v1's metricSource: {type: Prometheus, spec: {query: ...}}.
    Result<QString> metricSourceQuery(const YAML::Node &metric, const QString &field);
    // OpenSLO v1alpha's {source: prometheus, query: ...}.
    Result<QString> alphaQuery(const YAML::Node &metric, const QString &field);
    // OpenSLO v1alpha's window: `count` of a `unit`, rolling or a calendar month.
    Result<void> alphaWindow(const YAML::Node &window, Slo *slo);
    // A calendar window of `unit` counted from the calendar's startTime in its timeZone (both
    // optional: the default anchor, UTC).
    Result<void> calendarWindow(const YAML::Node &calendar, Slo::Calendar unit,
                                const QString &field, Slo *slo);
    // Sloth's `kind: AlertWindows`: the page and ticket tiers (quick and slow) for one period.
    Result<void> alertWindows(const YAML::Node &document);

    [[nodiscard]] Error problem(const YAML::Node &node, const QString &field,
                                const QString &what) const
    {
        return YamlFields::problem(m_fileName, node, field, what);
    }
    // Lists the keys of `node` that Sitrep does not read.
    void noteUnknown(const YAML::Node &node, const QString &prefix,
                     const std::set<std::string> &known);
    // A field Sitrep does not use, with why: "file:line: field (why)".
    void noteUnused(const YAML::Node &node, const QString &field, const QString &why);
    // Sitrep's one extension, the minimum-events guard: a map entry holding a number of events.
    // Its other entries are listed as not used.
    Result<void> minimumEvents(const YAML::Node &map, const char *key, const QString &field,
                               Slo *slo);
    // A target written as a share (0.999), refused outside (0, 1).
    Result<void> shareTarget(const YAML::Node &objective, const QString &field, Slo *slo);
    // A ratio's good, bad and total queries, each read by `query`: total and exactly one of
    // good or bad; the SLO's kind follows.
    using QueryReader = Result<QString> (SloReader::*)(const YAML::Node &, const QString &);
    Result<void> ratioQueries(const YAML::Node &ratio, const QString &field, QueryReader query,
                              Slo *slo);

    // node[a][b]..., or an undefined node where any step is missing (yaml-cpp throws when a
    // missing node is indexed further).
    static YAML::Node path(const YAML::Node &node, std::initializer_list<const char *> keys);
    static YAML::Node first(const YAML::Node &node);
    static QString text(const YAML::Node &node)
    {
        return YamlFields::text(node).value_or(QString());
    }
    // What was written, for messages: "\"NaN\"", or a list, a mapping, nothing.
    static QString describe(const YAML::Node &node);

    QString m_fileName; // of the document being read
    SloImport &m_import;
    struct Indicator
    {
        YAML::Node document;
        QString fileName;
    };
    QHash<QString, Indicator> m_indicators; // by metadata.name
    struct AlertWindows
    {
        std::chrono::seconds period;
        QString periodText; // as written
        QList<BurnAlert::Tier> tiers;
        QString fileName;
        int line = 0;
    };
    QList<AlertWindows> m_alertWindows;
};

} // namespace sitrep
