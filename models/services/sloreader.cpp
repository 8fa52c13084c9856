#include "sloreader.h"

namespace sitrep {

void SloReader::collectIndicators(const QString &fileName, const std::vector<YAML::Node> &documents)
{
    for (const YAML::Node &document : documents)
        if (document.IsMap() && text(document["apiVersion"]) == u"openslo/v1"
            && text(document["kind"]) == u"SLI")
            m_indicators.insert(text(path(document, {"metadata", "name"})), {document, fileName});
}

Result<void> SloReader::read(const QString &fileName, const YAML::Node &document)
{
    m_fileName = fileName;
    const QString apiVersion = text(document["apiVersion"]);
    const QString kind = text(document["kind"]);
    if (apiVersion == u"openslo/v1" && kind == u"SLO")
        return openSlo(document);
    // Read where an SLO names them; a service is known by the name its SLOs give.
    if (apiVersion == u"openslo/v1" && (kind == u"SLI" || kind == u"Service"))
        return {};
    if (apiVersion == u"openslo/v1alpha" && kind == u"SLO")
        return openSloAlpha(document);
    if (text(document["version"]) == u"prometheus/v1")
        return sloth(document, {"error_query", "total_query", "error_ratio_query", {}});
    if (apiVersion == u"sloth.slok.dev/v1" && kind == u"PrometheusServiceLevel") {
        noteUnknown(document, {}, {"apiVersion", "kind", "metadata", "spec"});
        const YAML::Node spec = document["spec"];
        if (!spec || !spec.IsMap())
            return problem(document, QStringLiteral("spec"), tr("missing."));
        return sloth(spec,
                     {"errorQuery", "totalQuery", "errorRatioQuery", QStringLiteral("spec.")});
    }
    if (apiVersion == u"sloth.slok.dev/v1" && kind == u"AlertWindows")
        return alertWindows(document);
    return problem(document, QStringLiteral("apiVersion"),
                   tr("not an SLO Sitrep reads: OpenSLO (apiVersion openslo/v1 or "
                      "openslo/v1alpha, kind SLO, SLI or Service) or Sloth (version "
                      "prometheus/v1, or apiVersion sloth.slok.dev/v1, kind "
                      "PrometheusServiceLevel)."));
}

void SloReader::noteUnknown(const YAML::Node &node, const QString &prefix,
                            const std::set<std::string> &known)
{
    if (!node.IsMap())
        return;
    for (const auto &entry : node) {
        const std::string key = YamlFields::text(entry.first).value_or(QString()).toStdString();
        if (!known.contains(key))
            noteUnused(entry.first, prefix + QString::fromStdString(key), tr("not used by Sitrep"));
    }
}

void SloReader::noteUnused(const YAML::Node &node, const QString &field, const QString &why)
{
    m_import.ignored
            << tr("%1:%2: %3 (%4)").arg(m_fileName).arg(YamlFields::lineOf(node)).arg(field, why);
}

Result<void> SloReader::minimumEvents(const YAML::Node &map, const char *key, const QString &field,
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

Result<void> SloReader::shareTarget(const YAML::Node &objective, const QString &field, Slo *slo)
{
    if (!objective || !objective["target"])
        return problem(objective, field, tr("needs an objective with a target."));
    const std::optional<double> target = YamlFields::number(objective["target"]);
    if (!target || !(*target > 0 && *target < 1))
        return problem(objective["target"], field + QStringLiteral(".target"),
                       tr("must be a number between 0 and 1 (0.999), not %1.")
                               .arg(describe(objective["target"])));
    slo->target = *target;
    return {};
}

YAML::Node SloReader::path(const YAML::Node &node, std::initializer_list<const char *> keys)
{
    YAML::Node at = node;
    for (const char *key : keys) {
        if (!at.IsDefined() || !at.IsMap() || !at[key])
            return YAML::Node(YAML::NodeType::Undefined);
        at.reset(at[key]); // `at = ...` would assign into the document: nodes are references
    }
    return at;
}

YAML::Node SloReader::first(const YAML::Node &node)
{
    return node.IsDefined() && node.IsSequence() && node.size() > 0
            ? node[0]
            : YAML::Node(YAML::NodeType::Undefined);
}

QString SloReader::describe(const YAML::Node &node)
{
    const std::optional<QString> written = YamlFields::text(node);
    return written ? u'"' + *written + u'"' : YamlFields::shape(node);
}

} // namespace sitrep
