#include "lockwaiters.h"

#include "sharedperfile.h"

#include <fcntl.h>
#include <unistd.h>

#include <QFile>

namespace sitrep {

std::shared_ptr<LockWaiters> LockWaiters::forFile(const QString &databasePath)
{
    return sharedPerFile<LockWaiters>(databasePath,
                                      [&] { return std::make_shared<LockWaiters>(databasePath); });
}

LockWaiters::LockWaiters(const QString &databasePath)
    : m_file(::open(QFile::encodeName(databasePath + QStringLiteral("-waiting")).constData(),
                    O_RDWR | O_CREAT | O_CLOEXEC, 0600))
{ }

LockWaiters::~LockWaiters()
{
    if (m_file >= 0)
        ::close(m_file);
}

void LockWaiters::looked()
{
    const Clock::rep now = Clock::now().time_since_epoch().count();
    m_lastLookHere.store(now, std::memory_order_relaxed);
    // A stamp that cannot be written (a full disk) leaves this process's own writers seen.
    if (m_file >= 0) {
        [[maybe_unused]] const ssize_t written = ::pwrite(m_file, &now, sizeof now, 0);
    }
}

LockWaiters::Clock::time_point LockWaiters::lastLook() const
{
    Clock::rep last = m_lastLookHere.load(std::memory_order_relaxed);
    Clock::rep stamped = 0;
    if (m_file >= 0 && ::pread(m_file, &stamped, sizeof stamped, 0) == sizeof stamped)
        last = std::max(last, stamped);
    return Clock::time_point(Clock::duration(last));
}

} // namespace sitrep
