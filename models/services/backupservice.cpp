#include "backupservice.h"

#include "storage/database.h"
#include "storage/databasebackup.h"

#include <QDateTime>

namespace sitrep {

Result<QString> BackupService::backUp(const QString &databasePath, const QString &file)
{
    const QString target = file.isEmpty() ? DatabaseBackup::backupFolder(databasePath) + u'/'
                    + DatabaseBackup::backupFileName(QDateTime::currentDateTimeUtc())
                                          : file;
    if (auto verified = Database::verify(databasePath); !verified)
        return Error {verified.error()};
    if (auto copied = DatabaseBackup::copyTo(databasePath, target); !copied)
        return Error {copied.error()};
    return target;
}

Result<QString> BackupService::restore(const QString &backup, const QString &databasePath)
{
    return DatabaseBackup::restore(backup, databasePath);
}

} // namespace sitrep
