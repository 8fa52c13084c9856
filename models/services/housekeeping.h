#pragma once

class QThreadPool;

namespace sitrep {

// Makes `pool` one thread at the system's idle priority, for work that may take seconds but that
// nobody waits for, such as the page check of the whole database or the daily backup. Such work
// then runs only on a core that the board, the loaders and the rest of the console leave free. On
// the global pool it would take one of that pool's threads and a core from them: a history asked
// for meanwhile was read on one thread instead of two.
void makeHousekeepingPool(QThreadPool &pool);

} // namespace sitrep
