#include "yamlfields.h"

#include <cmath>
#include <yaml-cpp/depthguard.h>

namespace sitrep {

int YamlFields::lineOf(const YAML::Node &node, const YAML::Node &where)
{
    const YAML::Node &at = node.IsDefined() ? node : where;
    if (!at.IsDefined())
        return 0;
    return at.Mark().line >= 0 ? at.Mark().line + 1 : 0;
}

Error YamlFields::problem(const QString &fileName, const YAML::Node &node, const QString &field,
                          const QString &what)
{
    return Error {tr("%1:%2: %3: %4").arg(fileName).arg(lineOf(node)).arg(field, what)};
}

std::optional<QString> YamlFields::text(const YAML::Node &node)
{
    if (!node.IsDefined() || !node.IsScalar())
        return std::nullopt;
    return QString::fromStdString(node.Scalar()).trimmed();
}

std::optional<double> YamlFields::number(const YAML::Node &node)
{
    const std::optional<QString> written = text(node);
    if (!written)
        return std::nullopt;
    bool ok = false;
    const double value = written->toDouble(&ok);
    if (!ok || !std::isfinite(value))
        return std::nullopt;
    return value;
}

std::optional<bool> YamlFields::boolean(const YAML::Node &node)
{
    const std::optional<QString> written = text(node);
    if (!written)
        return std::nullopt;
    const QString word = written->toLower();
    if (word == u"true" || word == u"yes" || word == u"on")
        return true;
    if (word == u"false" || word == u"no" || word == u"off")
        return false;
    return std::nullopt;
}

QString YamlFields::shape(const YAML::Node &node)
{
    if (!node.IsDefined() || node.IsNull())
        return tr("nothing");
    if (node.IsMap())
        return tr("a mapping");
    if (node.IsSequence())
        return tr("a list");
    return tr("text");
}

Result<std::vector<YAML::Node>> YamlFields::loadAll(const QByteArray &yaml, const QString &fileName)
{
    try {
        return YAML::LoadAll(yaml.toStdString());
    } catch (const YAML::DeepRecursion &error) {
        return Error {tr("%1:%2: not valid YAML here: nested more than %3 levels deep.")
                              .arg(fileName)
                              .arg(error.mark.line + 1)
                              .arg(error.depth() - 1)};
    } catch (const YAML::Exception &error) {
        return Error {tr("%1:%2: not valid YAML: %3")
                              .arg(fileName)
                              .arg(error.mark.line + 1)
                              .arg(QString::fromStdString(error.msg))};
    }
}

} // namespace sitrep
