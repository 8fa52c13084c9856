#pragma once

#include "domain/result.h"
#include "domain/timelineevent.h"

#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QList>

namespace sitrep {

class Database;

// Appends to, reads and corrects incident timelines and their edit history. Callers own the
// transaction.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
public:
    explicit TimelineStore(Database &database);

    [[nodiscard]] Result<qint64> append(const TimelineEvent &event);
    // In time order; deleted entries only if asked for.
    [[nodiscard]] Result<QList<TimelineEvent>> list(IncidentId incidentId,
                                                    bool withDeleted = false);
    // The live entries of one kind on the given incidents, in time order (a status page's
    // posted updates), in one query.
    [[nodiscard]] Result<QHash<IncidentId, QList<TimelineEvent>>>
    ofKind(TimelineKind kind, const QList<IncidentId> &incidents);
    [[nodiscard]] Result<std::optional<TimelineEvent>> find(qint64 eventId);
    [[nodiscard]] Result<std::optional<TimelineEvent>> find(const QUuid &uid);
    // Saves time, kind, text, key flag and deletion of an existing entry.
    [[nodiscard]] Result<void> update(const TimelineEvent &event);
    [[nodiscard]] Result<void> addRevision(const TimelineRevision &revision);
    // Oldest first: the first one holds what the entry said originally.
    [[nodiscard]] Result<QList<TimelineRevision>> revisions(qint64 eventId);

private:
    [[nodiscard]] Result<std::optional<TimelineEvent>> findWhere(const QString &column,
                                                                 const QVariant &value);
    Database &m_database;
};

} // namespace sitrep
