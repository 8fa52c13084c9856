#pragma once

#include "domain/actionitemfilter.h"
#include "domain/postmortem.h"
#include "domain/result.h"
#include "domain/storedpostmortem.h"
#include "domain/trackedactionitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSet>

namespace sitrep {

class Database;

// Postmortems (one per incident) and their action items.
class PostmortemStore
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemStore)
public:
    explicit PostmortemStore(Database &database);

    [[nodiscard]] Result<std::optional<StoredPostmortem>> find(IncidentId incident);
    // Writes the postmortem and its action items in one transaction.
    [[nodiscard]] Result<void> save(const StoredPostmortem &stored);
    // Postmortems not yet Complete, by review time.
    [[nodiscard]] Result<QList<StoredPostmortem>> due();
    [[nodiscard]] Result<QList<TrackedActionItem>> actionItems(const ActionItemFilter &filter);
    // Everyone who owns an action item, by name.
    [[nodiscard]] Result<QStringList> actionItemOwners();
    // Action items not done, and of those the ones due before `today`.
    [[nodiscard]] Result<std::pair<int, int>> openAndOverdueActionItems(const QDate &today);
    // The incidents whose postmortem links a related incident as the same root cause: repeat
    // incidents by the team's own judgement.
    [[nodiscard]] Result<QSet<IncidentId>> sameRootCauseIncidents();
    // Who is invited to every review besides the responders.
    [[nodiscard]] Result<QStringList> leads();
    [[nodiscard]] Result<void> setLeads(const QStringList &leads);

private:
    Database &m_database;
};

} // namespace sitrep
