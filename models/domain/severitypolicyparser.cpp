#include "severitypolicyparser.h"

#include "durationtext.h"

#include <set>

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

// Walks the document once and turns the first problem into an error with a line number.
// QJsonDocument forgets positions, so the line of a field is found again in the raw text:
// the first occurrence of the field's key after the level's "SEV-N".
class SeverityPolicyParser::Reader
{
public:
    Reader(const QByteArray &json, const QString &fileName) : m_json(json), m_fileName(fileName) { }

    Result<SeverityPolicy> read(const SeverityPolicy &base, bool requireAll)
    {
        QJsonParseError parseError;
        const QJsonDocument document = QJsonDocument::fromJson(m_json, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return fail(lineAt(parseError.offset), QString(), parseError.errorString());
        if (!document.isObject())
            return fail(1, QString(), tr("the file must hold a JSON object."));
        const QJsonValue levels = document.object().value(u"levels");
        if (!levels.isArray())
            return fail(lineOfKey(0, u"levels"), QStringLiteral("levels"),
                        tr("must be a list of severity levels."));

        SeverityPolicy policy = base;
        std::set<Severity> seen;
        qsizetype levelStart = m_json.indexOf("\"levels\"");
        for (const QJsonValue &entry : levels.toArray()) {
            levelStart = m_json.indexOf("\"severity\"", levelStart + 1);
            if (!entry.isObject())
                return fail(lineOfKey(0, u"levels"), QStringLiteral("levels"),
                            tr("every entry must be an object."));
            const QJsonObject object = entry.toObject();
            const QString code = object.value(u"severity").toString();
            const auto severity = parseSeverity(code);
            if (!severity)
                return fail(lineAt(levelStart), QStringLiteral("severity"),
                            tr("\"%1\" is not one of SEV-1, SEV-2, SEV-3, SEV-4.").arg(code));
            if (!seen.insert(*severity).second)
                return fail(lineAt(levelStart), QStringLiteral("severity"),
                            tr("%1 is given twice.").arg(code));
            SeverityLevel level = policy.level(*severity);
            if (auto error = readLevel(object, code, levelStart, requireAll, level))
                return *error;
            policy.setLevel(level);
        }
        if (requireAll) {
            for (Severity severity : allSeverities) {
                if (!seen.contains(severity))
                    return fail(lineOfKey(0, u"levels"), QStringLiteral("levels"),
                                tr("%1 is missing.").arg(severityCode(severity)));
            }
        }
        return policy;
    }

private:
    std::optional<Error> readLevel(const QJsonObject &object, const QString &code, qsizetype start,
                                   bool requireAll, SeverityLevel &level)
    {
        auto missing = [&](const QString &field) -> std::optional<Error> {
            if (requireAll && !object.contains(field))
                return fail(lineAt(start), field, tr("%1 has no %2.").arg(code, field));
            return std::nullopt;
        };
        for (const QString &field : {QStringLiteral("name"), QStringLiteral("criteria"),
                                     QStringLiteral("response"), QStringLiteral("update_every")}) {
            if (auto error = missing(field))
                return error;
        }
        if (object.contains(u"name")) {
            const Result<QString> name
                    = SeverityPolicyParser::name(object.value(u"name").toString());
            if (!name)
                return fail(lineOfKey(start, u"name"), QStringLiteral("name"), name.error());
            level.name = name.value();
        }
        if (object.contains(u"criteria")) {
            const QJsonValue criteria = object.value(u"criteria");
            QStringList texts;
            for (const QJsonValue &item : criteria.toArray()) {
                if (!item.isString())
                    return fail(lineOfKey(start, u"criteria"), QStringLiteral("criteria"),
                                tr("must be a list of texts."));
                texts << item.toString();
            }
            if (!criteria.isArray())
                return fail(lineOfKey(start, u"criteria"), QStringLiteral("criteria"),
                            tr("must be a list of texts."));
            level.criteria = texts;
        }
        if (object.contains(u"response")) {
            const Result<ResponseTarget> response
                    = SeverityPolicyParser::response(object.value(u"response").toString());
            if (!response)
                return fail(lineOfKey(start, u"response"), QStringLiteral("response"),
                            response.error());
            level.response = response.value();
        }
        if (object.contains(u"update_every")) {
            const Result<std::chrono::minutes> cadence
                    = SeverityPolicyParser::cadence(object.value(u"update_every").toString());
            if (!cadence)
                return fail(lineOfKey(start, u"update_every"), QStringLiteral("update_every"),
                            cadence.error());
            level.updateCadence = cadence.value();
        }
        return std::nullopt;
    }

    Error fail(int line, const QString &field, const QString &message) const
    {
        if (field.isEmpty())
            return {tr("%1:%2: %3").arg(m_fileName).arg(line).arg(message)};
        return {tr("%1:%2: %3: %4").arg(m_fileName).arg(line).arg(field, message)};
    }

    int lineAt(qsizetype offset) const
    {
        return int(m_json.left(std::max<qsizetype>(offset, 0)).count('\n')) + 1;
    }

    int lineOfText(qsizetype from, const QString &text) const
    {
        const qsizetype at = m_json.indexOf(text.toUtf8(), std::max<qsizetype>(from, 0));
        return at < 0 ? 1 : lineAt(at);
    }

    int lineOfKey(qsizetype from, QStringView key) const
    {
        return lineOfText(from, u'"' + key.toString() + u'"');
    }

    const QByteArray &m_json;
    QString m_fileName;
};

Result<SeverityPolicy> SeverityPolicyParser::parseDefaults(const QByteArray &json,
                                                           const QString &fileName)
{
    return Reader(json, fileName).read(SeverityPolicy(), true);
}

Result<QString> SeverityPolicyParser::name(const QString &text)
{
    const QString name = text.trimmed();
    if (name.isEmpty())
        return Error {tr("must be a non-empty text.")};
    return name;
}

Result<ResponseTarget> SeverityPolicyParser::response(const QString &text)
{
    if (text == u"immediate")
        return ResponseTarget {ResponseTarget::Kind::Immediate, {}};
    if (text == u"next-business-day")
        return ResponseTarget {ResponseTarget::Kind::NextBusinessDay, {}};
    // Whole minutes: a response target finer than that is not kept.
    if (const auto duration = parseDurationText(text); duration && duration->count() >= 60)
        return ResponseTarget {ResponseTarget::Kind::Within,
                               std::chrono::duration_cast<std::chrono::minutes>(*duration)};
    return Error {tr("\"%1\" is not \"immediate\", \"next-business-day\" or a duration such "
                     "as 15m or 1h.")
                          .arg(text)};
}

Result<std::chrono::minutes> SeverityPolicyParser::cadence(const QString &text)
{
    const auto duration = parseDurationText(text);
    if (!duration || duration->count() < 60)
        return Error {tr("\"%1\" is not a duration of at least a minute, such as 30m, 1h or "
                         "1d.")
                              .arg(text)};
    return std::chrono::duration_cast<std::chrono::minutes>(*duration);
}

QString SeverityPolicyParser::responseText(const ResponseTarget &target)
{
    switch (target.kind) {
    case ResponseTarget::Kind::Immediate:
        return QStringLiteral("immediate");
    case ResponseTarget::Kind::NextBusinessDay:
        return QStringLiteral("next-business-day");
    case ResponseTarget::Kind::Within:
        break;
    }
    return durationText(target.within);
}

QByteArray SeverityPolicyParser::overrideText(const SeverityPolicy &policy,
                                              const SeverityPolicy &base)
{
    // Written by hand rather than by QJsonDocument, which sorts the keys: "severity" comes
    // first, as in the shipped file, so the file reads as documented and the parser's line
    // numbers point at the right level when someone edits it later.
    const auto json = [](const QJsonValue &value) {
        const QByteArray list = QJsonDocument(QJsonArray {value}).toJson(QJsonDocument::Compact);
        return list.mid(1, list.size() - 2); // without the list's brackets
    };
    QList<QByteArray> levels;
    for (Severity severity : allSeverities) {
        const SeverityLevel &level = policy.level(severity);
        const SeverityLevel &was = base.level(severity);
        QList<QByteArray> fields;
        if (level.name != was.name)
            fields << "\"name\": " + json(level.name);
        if (level.criteria != was.criteria) {
            QList<QByteArray> criteria;
            for (const QString &criterion : level.criteria)
                criteria << "        " + json(criterion);
            fields << "\"criteria\": [\n" + criteria.join(",\n") + "\n      ]";
        }
        if (level.response != was.response)
            fields << "\"response\": " + json(responseText(level.response));
        if (level.updateCadence != was.updateCadence)
            fields << "\"update_every\": " + json(durationText(level.updateCadence));
        if (fields.isEmpty())
            continue;
        fields.prepend("\"severity\": " + json(severityCode(severity)));
        levels << "    {\n      " + fields.join(",\n      ") + "\n    }";
    }
    if (levels.isEmpty())
        return "{\n  \"levels\": []\n}\n";
    return "{\n  \"levels\": [\n" + levels.join(",\n") + "\n  ]\n}\n";
}

Result<SeverityPolicy> SeverityPolicyParser::parseOverride(const QByteArray &json,
                                                           const QString &fileName,
                                                           const SeverityPolicy &base)
{
    return Reader(json, fileName).read(base, false);
}

} // namespace sitrep
