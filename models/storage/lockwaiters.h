#pragma once

#include <atomic>
#include <chrono>
#include <memory>

#include <QString>

namespace sitrep {

// The writers waiting for a database's write lock, in every process that has the file open.
// A bulk writer that cuts its work into slices (WriteSlices) ends a slice early for them, so
// that the console's note gets in within a few milliseconds whether a storm is written by the
// console itself or by a `sitrepctl watch` beside it.
//
// Each look a waiting writer makes is stamped in eight bytes of a file beside the database
// (`<database>-waiting`). The stamps are read on the machine's monotonic clock, which every
// process shares, and SQLite's WAL keeps every process of a file on one machine already (its
// index is shared memory). Where the file cannot be made, only this process's writers are seen.
class LockWaiters
{
public:
    using Clock = std::chrono::steady_clock;

    // Shared by this process's connections to the file.
    [[nodiscard]] static std::shared_ptr<LockWaiters> forFile(const QString &databasePath);

    explicit LockWaiters(const QString &databasePath);
    ~LockWaiters();
    LockWaiters(const LockWaiters &) = delete;
    LockWaiters &operator=(const LockWaiters &) = delete;

    // A writer looked for the lock and did not get it.
    void looked();
    // When a writer of any process last did (the clock's epoch if none ever did).
    [[nodiscard]] Clock::time_point lastLook() const;

private:
    int m_file = -1;
    std::atomic<Clock::rep> m_lastLookHere {0}; // read without a system call
};

} // namespace sitrep
