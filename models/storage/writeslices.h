#pragma once

#include "domain/result.h"
#include "lockwaiters.h"
#include "transaction.h"

#include <chrono>
#include <optional>

namespace sitrep {

class Database;

// A bulk write cut into transactions, so that another writer (above all the console's own, on
// the GUI thread) waits for the lock about `budget` at most rather than for the whole write.
// A slice ends once it has run `budget`; given a `longest` beyond that, it goes on until a
// writer of any process waits for the lock (LockWaiters), or it has run `longest`: each commit
// writes again the pages its slice touched, so fewer and longer slices are cheaper for a write
// that touches pages all over an index. Between slices a waiting writer goes first
// (letWaitingWritersIn). Each slice is whole or absent; the whole write is not, so its caller
// makes every slice leave a state that the next run carries on from.
class WriteSlices
{
public:
    explicit WriteSlices(Database &database,
                         std::chrono::milliseconds budget = std::chrono::milliseconds(4),
                         std::optional<std::chrono::milliseconds> longest = std::nullopt);

    // `work` (a Result<void>) inside a slice, opening one unless one is open; the slice then
    // ends if it is due. True when it ended: what it wrote is saved.
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
    // Ends the open slice once it is due (see the class). True when it ended: what it wrote is
    // saved.
    [[nodiscard]] Result<bool> endIfDue();
    // Ends the open slice, if there is one. True when there was.
    [[nodiscard]] Result<bool> end();

private:
    [[nodiscard]] bool isDue() const;

    Database &m_database;
    const LockWaiters *m_waiters; // null: every slice ends at its budget
    std::chrono::milliseconds m_budget;
    std::chrono::milliseconds m_longest;
    std::optional<Transaction> m_slice; // rolled back if dropped uncommitted
    LockWaiters::Clock::time_point m_started;
};

} // namespace sitrep
