#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace sitrep {

// Online backups of the cache (SQLite's VACUUM INTO: a consistent copy while the app keeps
// writing) and restoring one. Each call opens its own connection, so it can run on a worker
// thread.
class DatabaseBackup
{
    Q_DECLARE_TR_FUNCTIONS(DatabaseBackup)
public:
    // Backups kept by the daily schedule: the seed's retention of 30 days.
    static constexpr int retainedBackups = 30;

    [[nodiscard]] static QString backupFolder(const QString &databasePath);
    [[nodiscard]] static QString backupFileName(const QDateTime &when);

    // Writes a consistent copy of the live database to destination, which must not exist.
    [[nodiscard]] static Result<void> copyTo(const QString &databasePath,
                                             const QString &destination);
    // Replaces the live database with a verified backup. The current file (with its WAL) is
    // moved aside, never deleted; returns where it went. The caller must have closed it.
    [[nodiscard]] static Result<QString> restore(const QString &backupPath,
                                                 const QString &databasePath);

    // Backups in the folder, newest first.
    [[nodiscard]] static QStringList backups(const QString &folder);
    [[nodiscard]] static QDateTime newestBackupTime(const QString &folder);
    // Deletes all but the newest `keep` backups; returns the files removed.
    static QStringList prune(const QString &folder, int keep = retainedBackups);
};

} // namespace sitrep
