#include "detectionrulesfile.h"

#include "domain/durationtext.h"
#include "domain/textfile.h"
#include "yamlfields.h"

#include <set>
#include <yaml-cpp/yaml.h>

#include <QFile>

namespace sitrep {

namespace {

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(DetectionRulesFile)
public:
    explicit Reader(QString fileName) : m_fileName(std::move(fileName)) { }

    Error problem(const YAML::Node &node, const QString &field, const QString &what) const
    {
        return YamlFields::problem(m_fileName, node, field, what);
    }

    Result<DetectionRule> rule(const YAML::Node &node, bool isCheck) const
    {
        if (!node.IsMap())
            return problem(node, isCheck ? QStringLiteral("verify") : QStringLiteral("rules"),
                           tr("every entry must be a mapping."));
        static const std::set<std::string> ruleFields {
                "name",     "title", "severity",  "services",        "query",
                "expected", "op",    "threshold", "threshold_ratio", "for"};
        static const std::set<std::string> checkFields {
                "name", "query", "expected", "op", "threshold", "threshold_ratio", "recheck"};
        const auto &known = isCheck ? checkFields : ruleFields;
        static const std::set<std::string> textFields {"name",     "title", "severity", "query",
                                                       "expected", "op",    "for"};
        for (const auto &entry : node) {
            const std::string key = YamlFields::text(entry.first).value_or(QString()).toStdString();
            if (textFields.contains(key) && !YamlFields::text(entry.second))
                return problem(entry.second, QString::fromStdString(key),
                               tr("must be text, not %1.").arg(YamlFields::shape(entry.second)));
            if (!known.contains(key))
                return problem(entry.first, QString::fromStdString(key),
                               tr("unknown field (known: %1).")
                                       .arg(isCheck ? QStringLiteral("name, query, expected, op, "
                                                                     "threshold, threshold_ratio, "
                                                                     "recheck")
                                                    : QStringLiteral("name, title, severity, "
                                                                     "services, query, expected, "
                                                                     "op, threshold, "
                                                                     "threshold_ratio, for")));
        }
        DetectionRule made;
        const auto text = [&node](const char *key) {
            return YamlFields::text(node[key]).value_or(QString());
        };
        made.name = text("name");
        if (made.name.isEmpty())
            return problem(node, QStringLiteral("name"), tr("every rule needs a name."));
        made.query = text("query");
        if (made.query.isEmpty())
            return problem(node, QStringLiteral("query"), tr("%1 needs a query.").arg(made.name));
        made.expected = text("expected");
        const QString op = text("op");
        if (op == u">")
            made.comparison = Comparison::Above;
        else if (op == u"<")
            made.comparison = Comparison::Below;
        else
            return problem(node["op"] ? node["op"] : node, QStringLiteral("op"),
                           tr("must be \">\" or \"<\", not \"%1\".").arg(op));
        const char *numberKey = made.expected.isEmpty() ? "threshold" : "threshold_ratio";
        const char *wrongKey = made.expected.isEmpty() ? "threshold_ratio" : "threshold";
        if (node[wrongKey])
            return problem(node[wrongKey], QString::fromLatin1(wrongKey),
                           made.expected.isEmpty()
                                   ? tr("threshold_ratio needs an expected query.")
                                   : tr("with an expected query, give threshold_ratio."));
        if (!node[numberKey])
            return problem(node, QString::fromLatin1(numberKey),
                           tr("%1 needs %2.").arg(made.name, QString::fromLatin1(numberKey)));
        const std::optional<double> number = YamlFields::number(node[numberKey]);
        if (!number)
            return problem(node[numberKey], QString::fromLatin1(numberKey),
                           tr("must be a number."));
        (made.expected.isEmpty() ? made.threshold : made.thresholdRatio) = *number;
        if (isCheck) {
            if (node["recheck"]) {
                const std::optional<bool> recheck = YamlFields::boolean(node["recheck"]);
                if (!recheck)
                    return problem(node["recheck"], QStringLiteral("recheck"),
                                   tr("must be true or false."));
                made.recheck = *recheck;
            }
            return made;
        }

        made.title = text("title");
        if (made.title.isEmpty())
            return problem(node, QStringLiteral("title"), tr("%1 needs a title.").arg(made.name));
        const auto severity = parseSeverity(text("severity"));
        if (!severity)
            return problem(node["severity"] ? node["severity"] : node, QStringLiteral("severity"),
                           tr("must be SEV-1, SEV-2, SEV-3 or SEV-4."));
        made.severity = *severity;
        if (node["services"]) {
            if (!node["services"].IsSequence())
                return problem(node["services"], QStringLiteral("services"), tr("must be a list."));
            for (const auto &service : node["services"]) {
                const std::optional<QString> name = YamlFields::text(service);
                if (!name)
                    return problem(service, QStringLiteral("services"),
                                   tr("every entry must be a service's name, not %1.")
                                           .arg(YamlFields::shape(service)));
                made.services << *name;
            }
        }
        if (node["for"]) {
            const auto duration = parseDurationText(text("for"));
            if (!duration)
                return problem(node["for"], QStringLiteral("for"),
                               tr("must be a duration such as 2m."));
            made.holdFor = *duration;
        }
        return made;
    }

private:
    QString m_fileName;
};

} // namespace

Result<DetectionRulesFile> DetectionRulesFile::parse(const QByteArray &yaml,
                                                     const QString &fileName)
{
    const Reader reader(fileName);
    const Result<std::vector<YAML::Node>> documents = YamlFields::loadAll(yaml, fileName);
    if (!documents)
        return Error {documents.error()};
    const YAML::Node document = documents.value().empty() ? YAML::Node() : documents.value()[0];
    if (!document.IsMap())
        return reader.problem(document, QStringLiteral("rules"),
                              QCoreApplication::translate("DetectionRulesFile",
                                                          "the file must hold a mapping with "
                                                          "rules:, verify: and "
                                                          "monitoring_window:."));
    DetectionRulesFile file;
    try {
        for (const auto &entry : document) {
            const std::string key = YamlFields::text(entry.first).value_or(QString()).toStdString();
            if (key != "rules" && key != "verify" && key != "monitoring_window")
                return reader.problem(
                        entry.first, QString::fromStdString(key),
                        QCoreApplication::translate("DetectionRulesFile",
                                                    "unknown section (known: rules, verify, "
                                                    "monitoring_window)."));
        }
        for (const char *section : {"rules", "verify"}) {
            const YAML::Node list = document[section];
            if (!list)
                continue;
            if (!list.IsSequence())
                return reader.problem(
                        list, QString::fromLatin1(section),
                        QCoreApplication::translate("DetectionRulesFile", "must be a list."));
            for (const auto &node : list) {
                Result<DetectionRule> parsed = reader.rule(node, qstrcmp(section, "verify") == 0);
                if (!parsed)
                    return Error {parsed.error()};
                (qstrcmp(section, "verify") == 0 ? file.verify : file.rules) << parsed.value();
            }
        }
        if (const YAML::Node window = document["monitoring_window"]) {
            const auto duration = parseDurationText(YamlFields::text(window).value_or(QString()));
            if (!duration)
                return reader.problem(
                        window, QStringLiteral("monitoring_window"),
                        QCoreApplication::translate("DetectionRulesFile",
                                                    "must be a duration such as 15m."));
            file.monitoringWindow = *duration;
        }
    } catch (const YAML::Exception &error) {
        return Error {QCoreApplication::translate("DetectionRulesFile", "%1:%2: %3")
                              .arg(fileName)
                              .arg(error.mark.line + 1)
                              .arg(QString::fromStdString(error.msg))};
    }
    return file;
}

Result<DetectionRulesFile> DetectionRulesFile::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error {QCoreApplication::translate("DetectionRulesFile",
                                                  "Cannot read the rules file %1: %2")
                              .arg(path, file.errorString())};
    const Result<QByteArray> text = TextFile::utf8(file.readAll(), path);
    if (!text)
        return Error {text.error()};
    return parse(text.value(), path);
}

DetectionRulesFile DetectionRulesFile::seedDefaults()
{
    DetectionRulesFile file;
    file.rules = DetectionRules::seedDefaults();
    file.verify = DetectionRules::seedVerifyChecks();
    return file;
}

namespace {

void emitRule(YAML::Emitter &out, const DetectionRule &rule, bool isCheck)
{
    const auto text = [&out](const char *key, const QString &value) {
        out << YAML::Key << key << YAML::Value << value.toStdString();
    };
    out << YAML::BeginMap;
    text("name", rule.name);
    if (!isCheck) {
        text("title", rule.title);
        text("severity", severityCode(rule.severity));
        out << YAML::Key << "services" << YAML::Value << YAML::Flow << YAML::BeginSeq;
        for (const QString &service : rule.services)
            out << service.toStdString();
        out << YAML::EndSeq;
    }
    text("query", rule.query);
    if (!rule.expected.isEmpty())
        text("expected", rule.expected);
    text("op", rule.comparison == Comparison::Above ? QStringLiteral(">") : QStringLiteral("<"));
    if (rule.expected.isEmpty())
        out << YAML::Key << "threshold" << YAML::Value << rule.threshold;
    else
        out << YAML::Key << "threshold_ratio" << YAML::Value << rule.thresholdRatio;
    if (!isCheck && rule.holdFor.count() > 0)
        text("for", durationText(rule.holdFor));
    if (isCheck && !rule.recheck)
        out << YAML::Key << "recheck" << YAML::Value << false;
    out << YAML::EndMap;
}

} // namespace

QByteArray DetectionRulesFile::toYaml() const
{
    YAML::Emitter out;
    out.SetDoublePrecision(15); // 0.05, not 0.050000000000000003
    out << YAML::BeginMap << YAML::Key << "rules" << YAML::Value << YAML::BeginSeq;
    for (const DetectionRule &rule : rules)
        emitRule(out, rule, false);
    out << YAML::EndSeq << YAML::Key << "verify" << YAML::Value << YAML::BeginSeq;
    for (const DetectionRule &check : verify)
        emitRule(out, check, true);
    out << YAML::EndSeq << YAML::Key << "monitoring_window" << YAML::Value
        << durationText(monitoringWindow).toStdString() << YAML::EndMap;
    return QByteArray(out.c_str()) + '\n';
}

} // namespace sitrep
