#include "incidentjson.h"

#include <QJsonArray>

namespace sitrep {

namespace {

QJsonValue timeValue(const QDateTime &time)
{
    if (!time.isValid())
        return QJsonValue::Null;
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QJsonValue textOrNull(const QString &text)
{
    return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text);
}

} // namespace

QJsonObject incidentToJson(const Incident &incident)
{
    return QJsonObject {
            // The number people use: the team's in team mode (null until the server gives one).
            {QStringLiteral("id"),
             incident.provisional
                     ? QJsonValue(QJsonValue::Null)
                     : QJsonValue(incident.teamNumber > 0 ? incident.teamNumber : incident.id)},
            {QStringLiteral("uid"), incident.uid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("provisional"), incident.provisional},
            {QStringLiteral("title"), incident.title},
            {QStringLiteral("severity"), severityCode(incident.severity)},
            {QStringLiteral("status"), statusKey(incident.status)},
            {QStringLiteral("services"), QJsonArray::fromStringList(incident.services)},
            {QStringLiteral("commander"), textOrNull(incident.commander)},
            {QStringLiteral("scribe"), textOrNull(incident.scribe)},
            {QStringLiteral("communications_lead"), textOrNull(incident.communicationsLead)},
            {QStringLiteral("responders"), QJsonArray::fromStringList(incident.responders)},
            {QStringLiteral("impact"), textOrNull(incident.impact)},
            {QStringLiteral("affected_users"), incident.affectedUsers},
            {QStringLiteral("revenue_impact_per_hour"), incident.revenueImpactPerHour},
            {QStringLiteral("detection"), detectionKey(incident.detection)},
            {QStringLiteral("started_at"), timeValue(incident.startedAt)},
            {QStringLiteral("detected_at"), timeValue(incident.detectedAt)},
            {QStringLiteral("acknowledged_at"), timeValue(incident.acknowledgedAt)},
            {QStringLiteral("resolved_at"), timeValue(incident.resolvedAt)},
            {QStringLiteral("root_cause"), textOrNull(incident.rootCause)},
            {QStringLiteral("resolution"), textOrNull(incident.resolution)},
    };
}

} // namespace sitrep
