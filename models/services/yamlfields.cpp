#include "yamlfields.h"

#include <algorithm>
#include <cmath>
#include <sstream>
#include <yaml-cpp/depthguard.h>
#include <yaml-cpp/eventhandler.h>

namespace sitrep {

namespace {

// Where each document of a stream starts, and nothing else.
class DocumentStarts : public YAML::EventHandler
{
public:
    void OnDocumentStart(const YAML::Mark &mark) override { starts.push_back(mark); }
    void OnDocumentEnd() override { }
    void OnNull(const YAML::Mark &, YAML::anchor_t) override { }
    void OnAlias(const YAML::Mark &, YAML::anchor_t) override { }
    void OnScalar(const YAML::Mark &, const std::string &, YAML::anchor_t,
                  const std::string &) override
    { }
    void OnSequenceStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                         YAML::EmitterStyle::value) override
    { }
    void OnSequenceEnd() override { }
    void OnMapStart(const YAML::Mark &, const std::string &, YAML::anchor_t,
                    YAML::EmitterStyle::value) override
    { }
    void OnMapEnd() override { }

    std::vector<YAML::Mark> starts;
};

// yaml-cpp 0.7 (Debian 12's) never ends YAML::LoadAll on a "," outside [ ] or { } after a
// document's node, as in ",", "- a\n," or "\"x\" ,": it reads empty documents at the same
// place until memory runs out. Walking the documents first finds where one would start where
// the last one did.
std::optional<YAML::Mark> endlessDocumentAt(const std::string &yaml)
{
    std::istringstream stream(yaml);
    YAML::Parser parser(stream);
    DocumentStarts documents;
    while (parser.HandleNextDocument(documents)) {
        const auto &starts = documents.starts;
        if (starts.size() >= 2 && starts.back().pos == starts[starts.size() - 2].pos)
            return starts.back();
    }
    return std::nullopt;
}

} // namespace

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
        const std::string text = yaml.toStdString();
        if (const auto stuck = endlessDocumentAt(text)) {
            // yaml-cpp counts positions in the text it decoded (invalid UTF-8 became three
            // bytes each), so the mark may lie past the end of ours.
            const auto at = size_t(std::max(stuck->pos, 0));
            const bool comma = at < text.size() && text[at] == ',';
            return Error {(comma ? tr("%1:%2: not valid YAML: a comma outside [ ] or { }.")
                                 : tr("%1:%2: not valid YAML from here on."))
                                  .arg(fileName)
                                  .arg(stuck->line + 1)};
        }
        return YAML::LoadAll(text);
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
