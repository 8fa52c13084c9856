#pragma once

#include "domain/result.h"

#include <optional>
#include <vector>
#include <yaml-cpp/yaml.h>

#include <QCoreApplication>

namespace sitrep {

// Reading values from YAML files people write (detection rules, schedules, SLO specs) without
// letting yaml-cpp's own words ("bad conversion", "invalid node") reach them: each helper says
// whether the node holds what was expected, and callers name file, line and field.
class YamlFields
{
    Q_DECLARE_TR_FUNCTIONS(YamlFields)
public:
    // The line (from 1) a node was written on; a missing node (yaml-cpp throws if asked where
    // it is) takes the line of `where`, its mapping.
    [[nodiscard]] static int lineOf(const YAML::Node &node, const YAML::Node &where = {});
    // A scalar's text, trimmed; nothing for a mapping, a list, a null (~) or a missing node.
    [[nodiscard]] static std::optional<QString> text(const YAML::Node &node);
    // A finite number written as a scalar (99.9, 1e-3); nothing for ~, NaN, 1e999, 0d or [1].
    [[nodiscard]] static std::optional<double> number(const YAML::Node &node);
    // true/false (and YAML's yes/no, on/off).
    [[nodiscard]] static std::optional<bool> boolean(const YAML::Node &node);
    // A refusal naming file, line (that of `node`), field and what was expected:
    // "rules.yaml:3: title: must be text, not a mapping."
    [[nodiscard]] static Error problem(const QString &fileName, const YAML::Node &node,
                                       const QString &field, const QString &what);
    // What the node holds, for messages: "a mapping", "a list", "nothing", "text".
    [[nodiscard]] static QString shape(const YAML::Node &node);
    // Each document of a file; YAML that does not parse, or nests deeper than yaml-cpp goes,
    // is refused in words with its line.
    [[nodiscard]] static Result<std::vector<YAML::Node>> loadAll(const QByteArray &yaml,
                                                                 const QString &fileName);
};

} // namespace sitrep
