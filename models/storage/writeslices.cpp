#include "writeslices.h"

#include "sqlitehandle.h"

namespace sitrep {

WriteSlices::WriteSlices(Database &database, std::chrono::milliseconds budget)
    : m_database(database), m_budget(budget)
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
    m_started.start();
    return {};
}

Result<bool> WriteSlices::endIfDue()
{
    if (!m_slice || m_started.elapsed() < m_budget.count())
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
    letWaitingWritersIn();
    return true;
}

} // namespace sitrep
