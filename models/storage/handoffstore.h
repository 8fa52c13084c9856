#pragma once

#include "domain/handoffchecklist.h"
#include "domain/handoffnote.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QSet>

namespace sitrep {

class Database;

// The on-call checklists ticked per schedule, shift and person, and the handoff notes.
class HandoffStore
{
    Q_DECLARE_TR_FUNCTIONS(HandoffStore)
public:
    explicit HandoffStore(Database &database);

    // The items ticked, as "phase/item" ("before/2").
    [[nodiscard]] Result<QSet<QString>> ticked(const QString &schedule, qint64 shiftStartMs,
                                               const QString &person);
    [[nodiscard]] Result<void> setTicked(const QString &schedule, qint64 shiftStartMs,
                                         const QString &person, HandoffPhase phase, int item,
                                         bool ticked, qint64 atMs);
    [[nodiscard]] Result<std::optional<HandoffNote>> note(const QString &schedule,
                                                          qint64 handoffMs);
    [[nodiscard]] Result<void> saveNote(const QString &schedule, qint64 handoffMs,
                                        const HandoffNote &note);

private:
    Database &m_database;
};

} // namespace sitrep
