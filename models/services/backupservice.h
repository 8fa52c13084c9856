#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QString>

namespace sitrep {

// Backing up and restoring the database file by hand (sitrepctl backup / restore); the daily
// backup is BackupScheduler's.
class BackupService
{
    Q_DECLARE_TR_FUNCTIONS(BackupService)
public:
    // Checks the live file and copies it to `file`, or into the backup folder beside it under
    // today's name when `file` is empty. Returns the file written.
    [[nodiscard]] static Result<QString> backUp(const QString &databasePath,
                                                const QString &file = {});
    // Replaces the database with a healthy backup. Returns where the previous file was kept,
    // empty when there was none.
    [[nodiscard]] static Result<QString> restore(const QString &backup,
                                                 const QString &databasePath);
};

} // namespace sitrep
