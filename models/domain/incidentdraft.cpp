#include "incidentdraft.h"

namespace sitrep {

QList<FieldProblem> IncidentDraftRules::problems(const IncidentDraft &draft, const QDateTime &now)
{
    QList<FieldProblem> found;
    const QString title = draft.title.trimmed();
    if (title.isEmpty())
        found.append({QStringLiteral("title"), tr("Give the incident a title.")});
    else if (title.size() > maxTitleLength)
        found.append({QStringLiteral("title"),
                      tr("The title is %1 characters long; keep it to %2.")
                              .arg(title.size())
                              .arg(maxTitleLength)});
    if (draft.affectedUsers < 0)
        found.append({QStringLiteral("affected_users"), tr("Affected users cannot be negative.")});
    else if (draft.affectedUsers > Incident::mostAffectedUsers)
        found.append(
                {QStringLiteral("affected_users"),
                 tr("Affected users cannot be more than %L1.").arg(Incident::mostAffectedUsers)});
    if (draft.revenueImpactPerHour < 0)
        found.append({QStringLiteral("revenue_impact"), tr("Revenue impact cannot be negative.")});
    if (draft.startedAt.isValid() && draft.startedAt > now)
        found.append(
                {QStringLiteral("started_at"), tr("The incident cannot start in the future.")});
    return found;
}

IncidentDraft IncidentDraftRules::normalised(IncidentDraft draft)
{
    draft.title = draft.title.trimmed();
    draft.commander = draft.commander.trimmed();
    draft.impact = draft.impact.trimmed();
    QStringList services;
    for (const QString &service : std::as_const(draft.services)) {
        const QString name = service.trimmed();
        if (!name.isEmpty() && !services.contains(name))
            services << name;
    }
    draft.services = services;
    return draft;
}

} // namespace sitrep
