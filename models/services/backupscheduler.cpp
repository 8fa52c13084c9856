#include "backupscheduler.h"

#include "storage/databasebackup.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

BackupScheduler::BackupScheduler(QString databasePath, const Clock &clock, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath)), m_clock(clock)
{
    m_timer.setInterval(std::chrono::hours(1));
    connect(&m_timer, &QTimer::timeout, this, &BackupScheduler::backupIfDue);
    connect(&m_watcher, &QFutureWatcher<QString>::finished, this, [this] {
        const QString error = m_watcher.result();
        Q_EMIT backupFinished(m_pendingFile, error);
    });
}

void BackupScheduler::start()
{
    m_timer.start();
    backupIfDue();
}

bool BackupScheduler::isBackupDue() const
{
    const QDateTime newest
            = DatabaseBackup::newestBackupTime(DatabaseBackup::backupFolder(m_databasePath));
    return !newest.isValid() || newest.secsTo(m_clock.now()) >= 24 * 3600;
}

void BackupScheduler::backupIfDue()
{
    if (!isRunning() && isBackupDue())
        backupNow();
}

void BackupScheduler::backupNow()
{
    if (isRunning())
        return;
    const QString folder = DatabaseBackup::backupFolder(m_databasePath);
    m_pendingFile = folder + u'/' + DatabaseBackup::backupFileName(m_clock.now());
    m_watcher.setFuture(
            QtConcurrent::run([source = m_databasePath, file = m_pendingFile, folder]() -> QString {
                const Result<void> copied = DatabaseBackup::copyTo(source, file);
                if (!copied)
                    return copied.error();
                DatabaseBackup::prune(folder);
                return {};
            }));
}

} // namespace sitrep
