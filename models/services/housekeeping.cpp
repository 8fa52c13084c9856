#include "housekeeping.h"

#include <QThread>
#include <QThreadPool>

namespace sitrep {

void makeHousekeepingPool(QThreadPool &pool)
{
    pool.setMaxThreadCount(1);
    // On Linux, Qt runs such a thread under SCHED_IDLE.
    pool.setThreadPriority(QThread::IdlePriority);
}

} // namespace sitrep
