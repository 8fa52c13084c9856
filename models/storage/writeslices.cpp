#include "writeslices.h"

#include "database.h"
#include "sqlitehandle.h"

namespace sitrep {

WriteSlices::WriteSlices(Database &database, std::chrono::milliseconds budget,
                         std::optional<std::chrono::milliseconds> longest)
    : m_database(database),
      m_waiters(database.lockWaiters()),
      m_budget(budget),
      m_longest(m_waiters ? std::max(budget, longest.value_or(budget)) : budget)
{ }

Result<void> WriteSlices::enter()
{
    if (m_slice)
        return {};
    m_slice.emplace(m_database, Transaction::Lock::Immediate);
    if (auto begun = m_slice->begun(); !begun) {
        m_slice.reset();
        return begun;
    }
    m_started = LockWaiters::Clock::now();
    return {};
}

bool WriteSlices::isDue() const
{
    const auto ran = LockWaiters::Clock::now() - m_started;
    if (ran < m_budget)
        return false;
    // A look since the slice began is a writer still waiting: it cannot have got the lock.
    return ran >= m_longest || (m_waiters && m_waiters->lastLook() >= m_started);
}

Result<bool> WriteSlices::endIfDue()
{
    if (!m_slice || !isDue())
        return false;
    return end();
}

Result<bool> WriteSlices::end()
{
    if (!m_slice)
        return false;
    const Result<void> committed = m_slice->commit();
    m_slice.reset();
    if (!committed)
        return Error {committed.error()};
    if (m_waiters)
        letWaitingWritersIn(*m_waiters);
    return true;
}

} // namespace sitrep
