#include "incidentstore.h"

#include "database.h"
#include "sqlerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace sitrep {

namespace {

// Column order shared by the SELECT below and readIncident().
constexpr auto selectColumns =
        "SELECT id, title, severity, status, services, commander, responders, impact,"
        " affected_users, revenue_impact_per_hour, detection, started_at, detected_at,"
        " acknowledged_at, resolved_at, last_update_at, root_cause, resolution FROM incidents";

QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(time.toMSecsSinceEpoch()) : QVariant(QMetaType::fromType<qint64>());
}

QDateTime readTime(const QVariant &value)
{
    return value.isNull() ? QDateTime() : QDateTime::fromMSecsSinceEpoch(value.toLongLong(), Qt::UTC);
}

QString listValue(const QStringList &list)
{
    return QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(list)).toJson(QJsonDocument::Compact));
}

QStringList readList(const QVariant &value)
{
    QStringList list;
    for (const QJsonValue &item : QJsonDocument::fromJson(value.toString().toUtf8()).array())
        list << item.toString();
    return list;
}

Incident readIncident(const QSqlQuery &query)
{
    Incident incident;
    incident.id = query.value(0).toLongLong();
    incident.title = query.value(1).toString();
    incident.severity = static_cast<Severity>(std::clamp(query.value(2).toInt(), 1, 4));
    incident.status = parseStatus(query.value(3).toString()).value_or(IncidentStatus::Investigating);
    incident.services = readList(query.value(4));
    incident.commander = query.value(5).toString();
    incident.responders = readList(query.value(6));
    incident.impact = query.value(7).toString();
    incident.affectedUsers = query.value(8).toLongLong();
    incident.revenueImpactPerHour = query.value(9).toDouble();
    incident.detection = parseDetection(query.value(10).toString()).value_or(DetectionSource::Manual);
    incident.startedAt = readTime(query.value(11));
    incident.detectedAt = readTime(query.value(12));
    incident.acknowledgedAt = readTime(query.value(13));
    incident.resolvedAt = readTime(query.value(14));
    incident.lastUpdateAt = readTime(query.value(15));
    incident.rootCause = query.value(16).toString();
    incident.resolution = query.value(17).toString();
    return incident;
}

// Text columns are NOT NULL: an unset QString must be stored as '', not NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// Binds every column but id, in the order of the INSERT and UPDATE statements.
void bindFields(QSqlQuery &query, const Incident &incident)
{
    query.addBindValue(text(incident.title));
    query.addBindValue(static_cast<int>(incident.severity));
    query.addBindValue(statusKey(incident.status));
    query.addBindValue(listValue(incident.services));
    query.addBindValue(text(incident.commander));
    query.addBindValue(listValue(incident.responders));
    query.addBindValue(text(incident.impact));
    query.addBindValue(incident.affectedUsers);
    query.addBindValue(incident.revenueImpactPerHour);
    query.addBindValue(detectionKey(incident.detection));
    query.addBindValue(timeValue(incident.startedAt));
    query.addBindValue(timeValue(incident.detectedAt));
    query.addBindValue(timeValue(incident.acknowledgedAt));
    query.addBindValue(timeValue(incident.resolvedAt));
    query.addBindValue(timeValue(incident.lastUpdateAt));
    query.addBindValue(text(incident.rootCause));
    query.addBindValue(text(incident.resolution));
}

} // namespace

IncidentStore::IncidentStore(Database &database) : m_database(database) { }

Result<IncidentId> IncidentStore::insert(const Incident &incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "INSERT INTO incidents (title, severity, status, services, commander, responders,"
            " impact, affected_users, revenue_impact_per_hour, detection, started_at, detected_at,"
            " acknowledged_at, resolved_at, last_update_at, root_cause, resolution)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    bindFields(query, incident);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the new incident"), query.lastError());
    return query.lastInsertId().toLongLong();
}

Result<void> IncidentStore::update(const Incident &incident)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral(
            "UPDATE incidents SET title = ?, severity = ?, status = ?, services = ?,"
            " commander = ?, responders = ?, impact = ?, affected_users = ?,"
            " revenue_impact_per_hour = ?, detection = ?, started_at = ?, detected_at = ?,"
            " acknowledged_at = ?, resolved_at = ?, last_update_at = ?, root_cause = ?,"
            " resolution = ? WHERE id = ?"));
    bindFields(query, incident);
    query.addBindValue(incident.id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save incident #%1").arg(incident.id),
                                   query.lastError());
    if (query.numRowsAffected() != 1)
        return Error{ tr("Incident #%1 does not exist.").arg(incident.id) };
    return {};
}

Result<std::optional<Incident>> IncidentStore::find(IncidentId id)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QString::fromUtf8(selectColumns) + QStringLiteral(" WHERE id = ?"));
    query.addBindValue(id);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read incident #%1").arg(id), query.lastError());
    if (!query.next())
        return std::optional<Incident>();
    return std::optional<Incident>(readIncident(query));
}

Result<QList<Incident>> IncidentStore::list(IncidentSelection selection)
{
    QString sql = QString::fromUtf8(selectColumns);
    if (selection == IncidentSelection::Open)
        sql += QStringLiteral(" WHERE status <> 'resolved'");
    else if (selection == IncidentSelection::Resolved)
        sql += QStringLiteral(" WHERE status = 'resolved'");
    sql += QStringLiteral(" ORDER BY id");

    QSqlQuery query(m_database.connection());
    query.setForwardOnly(true);
    if (!query.exec(sql))
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    QList<Incident> incidents;
    while (query.next())
        incidents.append(readIncident(query));
    if (query.lastError().type() != QSqlError::NoError)
        return SqlErrors::describe(tr("Could not read the incidents"), query.lastError());
    return incidents;
}

} // namespace sitrep
