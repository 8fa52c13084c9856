#include "databaseverifier.h"

#include "storage/database.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

DatabaseVerifier::DatabaseVerifier(Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString problem = m_watcher.result();
        if (!problem.isEmpty())
            m_database.markDamaged(problem);
        Q_EMIT finished(problem);
    });
}

void DatabaseVerifier::start()
{
    if (m_watcher.isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([path = m_database.path()] {
        const Result<void> healthy = Database::checkIntegrity(path);
        return healthy ? QString() : healthy.error();
    }));
}

} // namespace sitrep
