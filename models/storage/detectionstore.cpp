#include "detectionstore.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlvalues.h"

#include <cmath>

#include <QJsonArray>
#include <QJsonObject>
#include <QSqlQuery>

namespace sitrep {

namespace {

QVariant number(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QVariant(*value)
                                          : QVariant(QMetaType::fromType<double>());
}

std::optional<double> numberAt(const QSqlQuery &query, int column)
{
    return query.isNull(column) ? std::nullopt : std::optional(query.value(column).toDouble());
}

QJsonValue jsonNumber(std::optional<double> value)
{
    return value && std::isfinite(*value) ? QJsonValue(*value) : QJsonValue();
}

std::optional<double> fromJson(const QJsonValue &value)
{
    return value.isDouble() ? std::optional(value.toDouble()) : std::nullopt;
}

QString checksJson(const QList<CheckResult> &checks)
{
    QJsonArray array;
    for (const CheckResult &check : checks)
        array.append(QJsonObject {
                {QStringLiteral("name"), check.name},
                {QStringLiteral("value"), jsonNumber(check.outcome.value)},
                {QStringLiteral("expected"), jsonNumber(check.outcome.expected)},
                {QStringLiteral("threshold"), jsonNumber(check.outcome.threshold)},
                {QStringLiteral("holds"), check.outcome.fired},
                {QStringLiteral("problem"), check.outcome.problem},
                {QStringLiteral("recheck"), check.recheck},
        });
    return QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact));
}

QList<CheckResult> checksFromJson(const QString &text)
{
    QList<CheckResult> checks;
    for (const QJsonValue &entry : QJsonDocument::fromJson(text.toUtf8()).array()) {
        const QJsonObject object = entry.toObject();
        CheckResult check;
        check.name = object.value(u"name").toString();
        check.outcome.value = fromJson(object.value(u"value"));
        check.outcome.expected = fromJson(object.value(u"expected"));
        check.outcome.threshold = fromJson(object.value(u"threshold"));
        check.outcome.fired = object.value(u"holds").toBool();
        check.outcome.problem = object.value(u"problem").toString();
        check.recheck = object.value(u"recheck").toBool(true);
        checks.append(check);
    }
    return checks;
}

} // namespace

DetectionStore::DetectionStore(Database &database) : m_database(database) { }

Result<std::optional<IncidentId>> DetectionStore::openIncidentOf(const QString &rule)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT d.incident_id FROM detections d JOIN incidents i ON"
                                 " i.id = d.incident_id WHERE d.rule = ? AND i.status <> ?"
                                 " ORDER BY d.fired_at DESC LIMIT 1"));
    query.addBindValue(rule);
    query.addBindValue(QStringLiteral("resolved"));
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the detections of rule %1").arg(rule),
                                   query.lastError());
    if (!query.next())
        return std::optional<IncidentId>();
    return std::optional<IncidentId>(query.value(0).toLongLong());
}

Result<void> DetectionStore::record(const Detection &detection)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT INTO detections (rule, incident_id, fired_at, value,"
                                 " expected, threshold, endpoint) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    query.addBindValue(detection.rule);
    query.addBindValue(detection.incident);
    query.addBindValue(sqlvalues::time(detection.firedAt));
    query.addBindValue(number(detection.value));
    query.addBindValue(number(detection.expected));
    query.addBindValue(number(detection.threshold));
    query.addBindValue(sqlvalues::text(detection.endpoint));
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not record the detection by rule %1").arg(detection.rule),
                query.lastError());
    return {};
}

Result<QList<Detection>> DetectionStore::ofIncident(IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT rule, fired_at, value, expected, threshold, endpoint"
                                 " FROM detections WHERE incident_id = ? ORDER BY fired_at"));
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the detections of incident #%1").arg(incident),
                query.lastError());
    QList<Detection> detections;
    while (query.next())
        detections.append(Detection {query.value(0).toString(), incident,
                                     sqlvalues::timeAt(query, 1), numberAt(query, 2),
                                     numberAt(query, 3), numberAt(query, 4),
                                     query.value(5).toString()});
    return detections;
}

Result<ResolutionVerification> DetectionStore::verification(IncidentId incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT checked_at, monitoring_until, resolvable, checks FROM"
                                 " resolution_checks WHERE incident_id = ?"));
    query.addBindValue(incident);
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not read the resolution checks of incident #%1").arg(incident),
                query.lastError());
    ResolutionVerification state;
    if (query.next()) {
        state.checkedAt = sqlvalues::timeAt(query, 0);
        state.monitoringUntil = sqlvalues::timeAt(query, 1);
        state.resolvable = query.value(2).toBool();
        state.checks = checksFromJson(query.value(3).toString());
    }
    return state;
}

Result<void> DetectionStore::saveVerification(IncidentId incident,
                                              const ResolutionVerification &state)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO resolution_checks (incident_id, checked_at, monitoring_until,"
            " resolvable, checks) VALUES (?, ?, ?, ?, ?) ON CONFLICT (incident_id) DO UPDATE SET"
            " checked_at = excluded.checked_at, monitoring_until = excluded.monitoring_until,"
            " resolvable = excluded.resolvable, checks = excluded.checks"));
    query.addBindValue(incident);
    query.addBindValue(sqlvalues::time(state.checkedAt));
    query.addBindValue(sqlvalues::time(state.monitoringUntil));
    query.addBindValue(state.resolvable ? 1 : 0);
    query.addBindValue(checksJson(state.checks));
    if (!query.exec())
        return SqlErrors::describe(
                tr("Could not save the resolution checks of incident #%1").arg(incident),
                query.lastError());
    return {};
}

} // namespace sitrep
