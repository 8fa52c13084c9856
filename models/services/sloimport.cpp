#include "sloimport.h"

#include "domain/durationtext.h"
#include "yamlfields.h"

#include <set>
#include <yaml-cpp/yaml.h>

namespace sitrep {

namespace {

class SloReader
{
    Q_DECLARE_TR_FUNCTIONS(SloImport)
public:
    SloReader(QString fileName, SloImport &import)
        : m_fileName(std::move(fileName)), m_import(import)
    { }

    Error problem(const YAML::Node &node, const QString &field, const QString &what) const
    {
        return YamlFields::problem(m_fileName, node, field, what);
    }

    // Lists the keys of `node` that Sitrep does not read.
    void noteUnknown(const YAML::Node &node, const QString &prefix,
                     const std::set<std::string> &known)
    {
        if (!node.IsMap())
            return;
        for (const auto &entry : node) {
            const std::string key = YamlFields::text(entry.first).value_or(QString()).toStdString();
            if (!known.contains(key))
                m_import.ignored << tr("%1:%2: %3 (not used by Sitrep)")
                                            .arg(m_fileName)
                                            .arg(YamlFields::lineOf(entry.first))
                                            .arg(prefix + QString::fromStdString(key));
        }
    }

    // node[a][b]..., or an undefined node where any step is missing (yaml-cpp throws when a
    // missing node is indexed further).
    static YAML::Node path(const YAML::Node &node, std::initializer_list<const char *> keys)
    {
        YAML::Node at = node;
        for (const char *key : keys) {
            if (!at.IsDefined() || !at.IsMap() || !at[key])
                return YAML::Node(YAML::NodeType::Undefined);
            at.reset(at[key]); // `at = ...` would assign into the document: nodes are references
        }
        return at;
    }
    static YAML::Node first(const YAML::Node &node)
    {
        return node.IsDefined() && node.IsSequence() && node.size() > 0
                ? node[0]
                : YAML::Node(YAML::NodeType::Undefined);
    }

    static QString text(const YAML::Node &node)
    {
        return YamlFields::text(node).value_or(QString());
    }

    // Sitrep's one extension, the minimum-events guard: a map entry holding a number of events.
    // Its other entries are listed as not used.
    Result<void> minimumEvents(const YAML::Node &map, const char *key, const QString &field,
                               Slo *slo)
    {
        if (!map.IsMap())
            return {};
        noteUnknown(map, field + u'.', {key});
        if (!map[key])
            return {};
        bool ok = false;
        slo->minimumEvents = text(map[key]).toDouble(&ok);
        if (!ok || slo->minimumEvents < 0)
            return problem(map[key], field + u'.' + QString::fromLatin1(key),
                           tr("must be a number of events, not \"%1\".").arg(text(map[key])));
        return {};
    }

    // metricSource: {type: Prometheus, spec: {query: ...}}
    Result<QString> query(const YAML::Node &metric, const QString &field)
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

    // What was written, for messages: "\"NaN\"", or a list, a mapping, nothing.
    static QString describe(const YAML::Node &node)
    {
        const std::optional<QString> written = YamlFields::text(node);
        return written ? u'"' + *written + u'"' : YamlFields::shape(node);
    }

    Result<void> openSlo(const YAML::Node &document)
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
                    {"service", "description", "indicator", "timeWindow", "budgetingMethod",
                     "objectives"});
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
            slo.calendarMonth = bool(window["calendar"]) || !*rolling;
            if (slo.calendarMonth) {
                if (duration != u"1M" && duration != u"1m" && !duration.isEmpty())
                    return problem(window, QStringLiteral("spec.timeWindow.duration"),
                                   tr("a calendar window must be one month (1M), not \"%1\".")
                                           .arg(duration));
            } else if (const auto parsed = parseDurationText(duration)) {
                slo.window = *parsed;
            } else {
                return problem(window, QStringLiteral("spec.timeWindow.duration"),
                               tr("must be a duration such as 30d, not \"%1\".").arg(duration));
            }
        }
        const YAML::Node ratio = path(spec, {"indicator", "spec", "ratioMetric"});
        if (!ratio)
            return problem(spec, QStringLiteral("spec.indicator.spec.ratioMetric"),
                           tr("only ratio metrics (good/bad/total) are supported."));
        for (const char *part : {"good", "bad", "total"}) {
            if (!ratio[part])
                continue;
            Result<QString> promql = query(ratio[part],
                                           QStringLiteral("spec.indicator.spec.ratioMetric.")
                                                   + QString::fromLatin1(part));
            if (!promql)
                return Error {promql.error()};
            (qstrcmp(part, "good") == 0          ? slo.goodQuery
                     : qstrcmp(part, "bad") == 0 ? slo.badQuery
                                                 : slo.totalQuery)
                    = promql.value();
        }
        if (slo.totalQuery.isEmpty() || (slo.goodQuery.isEmpty() == slo.badQuery.isEmpty()))
            return problem(ratio, QStringLiteral("spec.indicator.spec.ratioMetric"),
                           tr("needs total and exactly one of good or bad."));
        slo.kind = slo.goodQuery.isEmpty() ? Slo::Kind::ErrorRate : Slo::Kind::Availability;
        const YAML::Node objective = first(path(spec, {"objectives"}));
        if (!objective || !objective["target"])
            return problem(spec, QStringLiteral("spec.objectives"),
                           tr("needs an objective with a target."));
        const std::optional<double> target = YamlFields::number(objective["target"]);
        if (!target || !(*target > 0 && *target < 1))
            return problem(objective["target"], QStringLiteral("spec.objectives.target"),
                           tr("must be a number between 0 and 1 (0.999), not %1.")
                                   .arg(describe(objective["target"])));
        slo.target = *target;
        m_import.slos << slo;
        return {};
    }

    Result<void> sloth(const YAML::Node &document)
    {
        noteUnknown(document, {}, {"version", "service", "slos"});
        const QString service = text(document["service"]);
        for (const YAML::Node &entry : document["slos"]) {
            noteUnknown(entry, QStringLiteral("slos."),
                        {"name", "objective", "description", "sli", "alerting", "labels"});
            Slo slo;
            slo.service = service;
            slo.name = text(entry["name"]);
            if (slo.name.isEmpty())
                return problem(entry, QStringLiteral("slos.name"), tr("every SLO needs a name."));
            // Sloth's own SLO id: names need only be unique within a service.
            if (!service.isEmpty())
                slo.name = service + u'-' + slo.name;
            slo.description = text(entry["description"]);
            if (Result<void> read = minimumEvents(path(entry, {"labels"}), "sitrep_minimum_events",
                                                  QStringLiteral("slos.labels"), &slo);
                !read)
                return read;
            if (!entry["objective"])
                return problem(entry, QStringLiteral("slos.objective"),
                               tr("%1 needs an objective (99.9).").arg(slo.name));
            const std::optional<double> objective = YamlFields::number(entry["objective"]);
            if (!objective || !(*objective > 0 && *objective < 100))
                return problem(entry["objective"], QStringLiteral("slos.objective"),
                               tr("must be a percentage between 0 and 100 (99.9), not %1.")
                                       .arg(describe(entry["objective"])));
            slo.target = *objective / 100.0;
            const YAML::Node sli = entry["sli"];
            if (sli && sli.IsMap() && sli["events"]) {
                slo.badQuery = text(path(sli, {"events", "error_query"}));
                slo.totalQuery = text(path(sli, {"events", "total_query"}));
                if (slo.badQuery.isEmpty() || slo.totalQuery.isEmpty())
                    return problem(sli["events"], QStringLiteral("slos.sli.events"),
                                   tr("needs error_query and total_query."));
            } else if (sli && sli.IsMap() && sli["raw"]) {
                slo.errorRatioQuery = text(path(sli, {"raw", "error_ratio_query"}));
                if (slo.errorRatioQuery.isEmpty())
                    return problem(sli["raw"], QStringLiteral("slos.sli.raw"),
                                   tr("needs error_ratio_query."));
            } else {
                return problem(entry, QStringLiteral("slos.sli"),
                               tr("needs events (error_query, total_query) or raw "
                                  "(error_ratio_query); plugins are not supported."));
            }
            if (entry["alerting"])
                m_import.ignored << tr("%1:%2: slos.alerting (Sitrep alerts with the SRE "
                                       "Workbook's burn windows)")
                                            .arg(m_fileName)
                                            .arg(YamlFields::lineOf(entry["alerting"]));
            slo.kind = Slo::Kind::ErrorRate;
            m_import.slos << slo;
        }
        return {};
    }

private:
    QString m_fileName;
    SloImport &m_import;
};

} // namespace

Result<SloImport> SloImport::parse(const QByteArray &yaml, const QString &fileName)
{
    SloImport import;
    SloReader reader(fileName, import);
    const Result<std::vector<YAML::Node>> loaded = YamlFields::loadAll(yaml, fileName);
    if (!loaded)
        return Error {loaded.error()};
    const std::vector<YAML::Node> &documents = loaded.value();
    try {
        for (const YAML::Node &document : documents) {
            if (!document.IsMap())
                continue;
            const QString apiVersion = SloReader::text(document["apiVersion"]);
            const QString version = SloReader::text(document["version"]);
            Result<void> read;
            if (apiVersion == u"openslo/v1" && SloReader::text(document["kind"]) == u"SLO")
                read = reader.openSlo(document);
            else if (version == u"prometheus/v1")
                read = reader.sloth(document);
            else
                read = reader.problem(
                        document, QStringLiteral("apiVersion"),
                        QCoreApplication::translate("SloImport",
                                                    "not an OpenSLO v1 SLO (apiVersion: "
                                                    "openslo/v1, kind: SLO) or a Sloth "
                                                    "prometheus/v1 spec."));
            if (!read)
                return Error {read.error()};
        }
    } catch (const YAML::Exception &error) {
        return Error {QCoreApplication::translate("SloImport", "%1:%2: %3")
                              .arg(fileName)
                              .arg(error.mark.line + 1)
                              .arg(QString::fromStdString(error.msg))};
    }
    if (import.slos.isEmpty())
        return Error {QCoreApplication::translate("SloImport", "%1 holds no SLO.").arg(fileName)};
    return import;
}

} // namespace sitrep
