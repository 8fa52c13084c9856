#include "alert.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QString alertStateKey(Alert::State state)
{
    switch (state) {
    case Alert::State::Active:
        return QStringLiteral("active");
    case Alert::State::Suppressed:
        return QStringLiteral("suppressed");
    case Alert::State::Unprocessed:
        return QStringLiteral("unprocessed");
    }
    return {};
}

std::optional<Alert::State> parseAlertState(QStringView key)
{
    for (Alert::State state :
         {Alert::State::Active, Alert::State::Suppressed, Alert::State::Unprocessed}) {
        if (key == alertStateKey(state))
            return state;
    }
    return std::nullopt;
}

namespace {

std::optional<Labels> readLabels(const QJsonValue &value)
{
    if (!value.isObject())
        return std::nullopt;
    Labels labels;
    const QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it) {
        if (!it.value().isString())
            return std::nullopt;
        labels.insert(it.key(), it.value().toString());
    }
    return labels;
}

std::optional<QStringList> readStrings(const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined())
        return QStringList();
    if (!value.isArray())
        return std::nullopt;
    QStringList strings;
    for (const QJsonValue &item : value.toArray()) {
        if (!item.isString())
            return std::nullopt;
        strings << item.toString();
    }
    return strings;
}

QDateTime readTime(const QJsonValue &value)
{
    // RFC 3339 with or without fractions; Alertmanager writes nanoseconds, Qt reads up to
    // milliseconds, so the extra digits are cut first.
    QString text = value.toString();
    const qsizetype dot = text.indexOf(u'.');
    if (dot > 0) {
        qsizetype end = dot + 1;
        while (end < text.size() && text.at(end).isDigit())
            ++end;
        text = text.left(std::min(end, dot + 4)) + text.mid(end);
    }
    return QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
}

} // namespace

Result<QList<Alert>> AlertJson::parseAlerts(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error {tr("the reply is not valid JSON (at byte %1: %2).")
                              .arg(parseError.offset)
                              .arg(parseError.errorString())};
    if (!document.isArray())
        return Error {tr("the reply is not a list of alerts.")};
    const QJsonArray array = document.array();
    QList<Alert> alerts;
    alerts.reserve(array.size());
    int number = 0;
    for (const QJsonValue &value : array) {
        ++number;
        const auto problem = [number](const QString &what) {
            return Error {tr("alert %1: %2").arg(number).arg(what)};
        };
        if (!value.isObject())
            return problem(tr("is not an object."));
        const QJsonObject object = value.toObject();
        Alert alert;
        alert.fingerprint = object.value(u"fingerprint").toString();
        if (alert.fingerprint.isEmpty())
            return problem(tr("has no fingerprint."));
        const auto labels = readLabels(object.value(u"labels"));
        if (!labels)
            return problem(tr("labels must be an object of strings."));
        alert.labels = *labels;
        const auto annotations = readLabels(object.value(u"annotations"));
        if (!annotations)
            return problem(tr("annotations must be an object of strings."));
        alert.annotations = *annotations;
        alert.startsAt = readTime(object.value(u"startsAt"));
        if (!alert.startsAt.isValid())
            return problem(tr("startsAt is not a time."));
        alert.endsAt = readTime(object.value(u"endsAt"));
        alert.updatedAt = readTime(object.value(u"updatedAt"));
        alert.generatorUrl = object.value(u"generatorURL").toString();
        const QJsonObject status = object.value(u"status").toObject();
        const auto state = parseAlertState(status.value(u"state").toString());
        if (!state)
            return problem(tr("status.state must be active, suppressed or unprocessed."));
        alert.state = *state;
        const auto silenced = readStrings(status.value(u"silencedBy"));
        const auto inhibited = readStrings(status.value(u"inhibitedBy"));
        if (!silenced || !inhibited)
            return problem(tr("status.silencedBy and status.inhibitedBy must be lists."));
        alert.silencedBy = *silenced;
        alert.inhibitedBy = *inhibited;
        alerts.append(std::move(alert));
    }
    return alerts;
}

QByteArray AlertJson::labelsToJson(const Labels &labels)
{
    QJsonObject object;
    for (auto it = labels.begin(); it != labels.end(); ++it)
        object.insert(it.key(), it.value());
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

Labels AlertJson::labelsFromJson(const QByteArray &json)
{
    return readLabels(QJsonDocument::fromJson(json).object()).value_or(Labels());
}

} // namespace sitrep
