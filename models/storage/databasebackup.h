#pragma once

#include "domain/result.h"

#include <functional>

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
    // Replaces the live database with a verified backup. The current file is copied aside
    // (with its WAL when it could not take it in), never deleted; returns where it went. The
    // caller must have closed it.
    [[nodiscard]] static Result<QString> restore(const QString &backupPath,
                                                 const QString &databasePath);

    // Writes `destination` whole or not at all, so a process killed half-way never leaves a
    // partial file under its name: `write` fills a file beside it (one left by a killed run is
    // removed first), renamed into place once complete. `failure` says why when it cannot be.
    [[nodiscard]] static Result<void>
    writeWhole(const QString &destination,
               const std::function<Result<void>(const QString &partial)> &write,
               const QString &failure);

    // Backups in the folder, newest first.
    [[nodiscard]] static QStringList backups(const QString &folder);
    [[nodiscard]] static QDateTime newestBackupTime(const QString &folder);
    // Deletes all but the newest `keep` backups; returns the files removed.
    static QStringList prune(const QString &folder, int keep = retainedBackups);
};

} // namespace sitrep
