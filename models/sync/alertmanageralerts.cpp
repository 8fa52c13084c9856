#include "alertmanageralerts.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

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

// RFC 3339 ("2024-01-15T14:23:00.123456789Z", "…+02:00") read by hand: a reply of thousands
// of alerts has three times each, and QDateTime::fromString costs several microseconds a time.
// Fractions beyond milliseconds (Alertmanager writes nanoseconds) are dropped.
QDateTime readTime(const QJsonValue &value)
{
    const QString text = value.toString();
    const auto digits = [&text](qsizetype at, int count) {
        int number = 0;
        for (int i = 0; i < count; ++i) {
            const QChar c = text.at(at + i);
            if (!c.isDigit())
                return -1;
            number = number * 10 + c.digitValue();
        }
        return number;
    };
    if (text.size() < 20 || text.at(4) != u'-' || text.at(7) != u'-'
        || (text.at(10) != u'T' && text.at(10) != u't' && text.at(10) != u' ')
        || text.at(13) != u':' || text.at(16) != u':')
        return {};
    const QDate date(digits(0, 4), digits(5, 2), digits(8, 2));
    int milliseconds = 0;
    qsizetype at = 19;
    if (text.at(at) == u'.') {
        int scale = 100;
        for (++at; at < text.size() && text.at(at).isDigit(); ++at) {
            milliseconds += text.at(at).digitValue() * scale;
            scale /= 10;
        }
    }
    const QTime time(digits(11, 2), digits(14, 2), digits(17, 2), milliseconds);
    if (!date.isValid() || !time.isValid() || at >= text.size())
        return {};
    int offsetSeconds = 0;
    const QChar zone = text.at(at);
    if (zone == u'+' || zone == u'-') {
        if (text.size() != at + 6 || text.at(at + 3) != u':')
            return {};
        const int hours = digits(at + 1, 2);
        const int minutes = digits(at + 4, 2);
        if (hours < 0 || minutes < 0)
            return {};
        offsetSeconds = (zone == u'+' ? 1 : -1) * (hours * 3600 + minutes * 60);
    } else if ((zone != u'Z' && zone != u'z') || text.size() != at + 1) {
        return {};
    }
    return QDateTime(date, time, Qt::UTC).addSecs(-offsetSeconds);
}

} // namespace

Result<QList<Alert>> AlertmanagerAlerts::parse(const QByteArray &body)
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

} // namespace sitrep
