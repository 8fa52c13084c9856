#pragma once

#include "domain/result.h"
#include "transaction.h"

#include <chrono>
#include <optional>

#include <QElapsedTimer>

namespace sitrep {

class Database;

// A bulk write cut into transactions of about `budget` each, so that another writer (above
// all the console's own, on the GUI thread) waits for the lock that long at most rather than
// for the whole write. Between slices a writer of this process that is waiting for the lock
// goes first (letWaitingWritersIn). Each slice is whole or absent; the whole write is not, so
// its caller makes every slice leave a state that the next run carries on from.
class WriteSlices
{
public:
    explicit WriteSlices(Database &database,
                         std::chrono::milliseconds budget = std::chrono::milliseconds(4));

    // `work` (a Result<void>) inside a slice, opening one unless one is open; the slice then
    // ends if it has run its budget. True when it ended: what it wrote is saved.
    template<typename Work> [[nodiscard]] Result<bool> write(Work work)
    {
        if (auto entered = enter(); !entered)
            return Error {entered.error()};
        if (auto done = work(); !done)
            return Error {done.error()};
        return endIfDue();
    }

    // Opens a slice unless one is open.
    [[nodiscard]] Result<void> enter();
    // Ends the open slice once it has run its budget. True when it ended: what it wrote is
    // saved.
    [[nodiscard]] Result<bool> endIfDue();
    // Ends the open slice, if there is one. True when there was.
    [[nodiscard]] Result<bool> end();

private:
    Database &m_database;
    std::chrono::milliseconds m_budget;
    std::optional<Transaction> m_slice; // rolled back if dropped uncommitted
    QElapsedTimer m_started;
};

} // namespace sitrep
