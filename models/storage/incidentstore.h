#pragma once

#include "domain/incident.h"
#include "domain/incidentmetrics.h"
#include "domain/incidentselection.h"
#include "domain/result.h"
#include "preparedquery.h"

#include <limits>
#include <optional>

#include <QCoreApplication>
#include <QList>

struct sqlite3;

class QSqlQuery;

namespace sitrep {

class Database;

// Incidents with ids in [first, last]. The whole history is split into such ranges so that
// several threads can each read one with their own connection and walk only their part of the
// table.
struct IdRange
{
    IncidentId first = std::numeric_limits<IncidentId>::min();
    IncidentId last = std::numeric_limits<IncidentId>::max();
};

// Reads and writes incidents. Callers own the transaction (services group several writes).
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    explicit IncidentStore(Database &database);

    // Inserts the incident and returns its new id (the incident's own id is ignored).
    [[nodiscard]] Result<IncidentId> insert(const Incident &incident);
    [[nodiscard]] Result<void> update(const Incident &incident);
    [[nodiscard]] Result<std::optional<Incident>> find(IncidentId id);
    // What people call the incident (Incident::label()); "#id" when it cannot be read.
    [[nodiscard]] QString labelOf(IncidentId id);
    // Between the local id and the uid every console of a team knows the incident by.
    [[nodiscard]] Result<QUuid> uidOf(IncidentId id);
    [[nodiscard]] Result<std::optional<IncidentId>> idOf(const QUuid &uid);
    [[nodiscard]] Result<std::optional<IncidentId>> idOfNumber(qint64 teamNumber);
    // Incidents not numbered by the team yet whose uid ends with `uidEnd` (#P-3f2a).
    [[nodiscard]] Result<QList<IncidentId>> provisionalIds(const QString &uidEnd);
    // Sets the team-wide number the server gave.
    [[nodiscard]] Result<void> setTeamNumber(const QUuid &uid, qint64 number);
    [[nodiscard]] Result<QList<Incident>> list(IncidentSelection selection, IdRange range = {});
    // What the board keeps of the same incidents (BoardIncident): a large history reads
    // faster and takes less memory.
    [[nodiscard]] Result<QList<BoardIncident>> boardList(IncidentSelection selection,
                                                         IdRange range = {});
    // The open incidents and those resolved at `since` or later (a status page's history).
    [[nodiscard]] Result<QList<Incident>> openOrResolvedSince(const QDateTime &since);
    // What the incident metrics read of the incidents that started in [from, to), oldest
    // first.
    [[nodiscard]] Result<QList<MetricsIncident>> metricsBetween(const QDateTime &from,
                                                                const QDateTime &to);
    // How many incidents the file holds, and how many of them are resolved.
    [[nodiscard]] Result<qint64> count();
    [[nodiscard]] Result<qint64> countResolved();
    // Takes every incident out, with everything that hangs on them (timelines, ticks,
    // postmortems, escalations, chat threads): a file that starts over from a team's state.
    [[nodiscard]] Result<void> removeAll();
    // The `count` incidents declared last, newest first.
    [[nodiscard]] Result<QList<Incident>> latest(int count);
    // Every service that ever appeared on an incident, sorted.
    [[nodiscard]] Result<QStringList> services();
    // Everyone who ever held a role on an incident or responded to one, sorted.
    [[nodiscard]] Result<QStringList> people();
    // The distinct root causes of incidents that started before `before` (repeat incidents).
    [[nodiscard]] Result<QStringList> rootCausesBefore(const QDateTime &before);
    // `count` consecutive ranges of about equal span that together cover every id, including
    // ids given out later.
    [[nodiscard]] Result<QList<IdRange>> splitIds(int count);

private:
    // Runs a SELECT of the columns readIncident() reads, with bound values.
    [[nodiscard]] Result<QList<Incident>> listWhere(const QString &sql,
                                                    const QList<qint64> &values);
    // The first column of each row of a SELECT with bound values.
    [[nodiscard]] Result<QStringList> texts(const QString &sql, const QVariantList &values);

    Database &m_database;
    // What applying the team's changes asks for each change, prepared once per store.
    PreparedQuery m_find;
    PreparedQuery m_idOf;
    PreparedQuery m_update;
};

} // namespace sitrep
