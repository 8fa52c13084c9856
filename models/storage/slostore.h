#pragma once

#include "domain/result.h"
#include "domain/slo.h"
#include "domain/sloevents.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// The SLOs and the per-minute events fetched for them. Saving an SLO whose queries changed
// forgets its events: they answered other questions.
class SloStore
{
    Q_DECLARE_TR_FUNCTIONS(SloStore)
public:
    explicit SloStore(Database &database);

    [[nodiscard]] Result<QList<Slo>> list();
    [[nodiscard]] Result<std::optional<Slo>> find(const QString &name);
    [[nodiscard]] Result<void> save(const Slo &slo);
    [[nodiscard]] Result<bool> remove(const QString &name);

    // Adds or replaces events (the newest fetch wins), oldest first, an hour at a time in
    // slices (WriteSlices): one that fails leaves the hours before it stored.
    [[nodiscard]] Result<void> storeEvents(const QString &slo, const QList<SloEvent> &events);
    // The events in (fromMs, toMs], oldest first.
    [[nodiscard]] Result<QList<SloEvent>> events(const QString &slo, qint64 fromMs, qint64 toMs);
    // The first and last cached step in (fromMs, toMs], or {0, 0} when none is.
    [[nodiscard]] Result<TimeSpan> cachedSpan(const QString &slo, qint64 fromMs, qint64 toMs);
    // Forgets events older than `beforeMs`: the cache keeps what windows still need.
    [[nodiscard]] Result<void> forgetBefore(const QString &slo, qint64 beforeMs);

private:
    enum class Hours { All, OldestWithOne, NewestWithOne };
    // Appends the events in (fromMs, toMs] of the hours that hold them: all of them in time
    // order, or only the oldest or the newest hour that holds one.
    [[nodiscard]] Result<void> readHours(const QString &slo, qint64 fromMs, qint64 toMs,
                                         Hours hours, QList<SloEvent> &into);

    Database &m_database;
};

} // namespace sitrep
