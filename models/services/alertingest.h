#pragma once

#include "alertservice.h"

namespace sitrep {

// Opens the incident of an alert group, titled and graded after `alert`.
[[nodiscard]] Result<Incident> declareForAlertGroup(Database &database, const AlertRouting &routing,
                                                    const Alert &alert, const QString &groupKey,
                                                    const QString &author, const QDateTime &now);

// One ingest of `endpoint`'s whole current list, on `database` and nothing else, so that it
// can run on a worker thread with its own connection. `known` is the console's copy of the
// cache, mirroring the table at `knownWriteCount` if that is known: while the table's count
// still stands, no program has written an alert since and its rows are not read again.
// Otherwise they are, but their labels are not parsed again.
//
// The table is read without the write lock; what changed is then written in slices
// (WriteSlices). A slice ends once it has run 4 ms if another writer, of any process, is
// waiting for the lock, so that the console's own writes wait about that long at most, and
// otherwise runs up to 50 ms: each commit writes again the index pages its slice touched.
// Each write lands only over the row as it was read (AlertStore::saveOver), so what another
// program wrote in between is never overwritten. An incident's timeline entry goes in the
// same slice as the first of its alerts: a run stopped between slices (a failure, a kill)
// leaves whole slices, and the next ingest writes the rest, with an entry for the rest.
// An error only when nothing was saved; otherwise the outcome of what was, with `failure`.
[[nodiscard]] Result<IngestOutcome> runIngest(Database &database, const AlertRouting &routing,
                                              const QString &endpoint, const QList<Alert> &alerts,
                                              const QHash<QString, CachedAlert> &known,
                                              std::optional<qint64> knownWriteCount,
                                              const QDateTime &now);

} // namespace sitrep
