#include "databasebackup.h"

#include "database.h"
#include "sqlerrors.h"
#include "sqlitehandle.h"
#include "storagelog.h"

#include <atomic>
#include <filesystem>

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sitrep {

namespace {

const QString backupPrefix = QStringLiteral("sitrep-");
const QString backupSuffix = QStringLiteral(".sqlite");
const QString stampFormat = QStringLiteral("yyyyMMdd-HHmmss");

} // namespace

QString DatabaseBackup::backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString DatabaseBackup::backupFileName(const QDateTime &when)
{
    return backupPrefix + when.toUTC().toString(stampFormat) + backupSuffix;
}

namespace {

// Runs `statement` (with `value` bound, if any) on its own connection to the file at `path`;
// the first column of its first row, if it has one.
Result<QVariant> runOn(const QString &path, const QString &statement, const QVariant &value,
                       const QString &failure)
{
    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("sitrep-backup-%1").arg(++counter);
    Result<QVariant> outcome = QVariant();
    {
        QSqlDatabase database
                = addSqliteConnection(name, path, QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open()) {
            outcome = SqlErrors::describe(failure, database.lastError());
        } else {
            QSqlQuery query(database);
            query.prepare(statement);
            if (value.isValid())
                query.addBindValue(value);
            if (!query.exec())
                outcome = SqlErrors::describe(failure, query.lastError());
            else if (query.next())
                outcome = query.value(0);
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    return outcome;
}

// Puts `from` in the place of `to` in one step, replacing it: a kill leaves one or the other.
bool replace(const QString &from, const QString &to)
{
    std::error_code error;
    std::filesystem::rename(QFile::encodeName(from).toStdString(),
                            QFile::encodeName(to).toStdString(), error);
    return !error;
}

} // namespace

Result<void> DatabaseBackup::copyTo(const QString &databasePath, const QString &destination)
{
    if (QFileInfo::exists(destination))
        return Error {tr("%1 already exists; choose another file name.").arg(destination)};
    if (!QFileInfo::exists(databasePath))
        return Error {tr("There is no database at %1 to back up.").arg(databasePath)};
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Error {tr("Could not create the folder for %1.").arg(destination)};
    // The crash campaign once found a backup killed half-way under the backup's name.
    const QString failure = tr("Could not write the backup %1").arg(destination);
    const Result<void> written = writeWhole(
            destination,
            [&](const QString &partial) -> Result<void> {
                const Result<QVariant> vacuumed
                        = runOn(databasePath, QStringLiteral("VACUUM INTO ?"), partial, failure);
                return vacuumed ? Result<void>() : Error {vacuumed.error()};
            },
            failure);
    if (!written)
        return written;
    qCInfo(lcStorage) << "backup written:" << destination;
    return {};
}

Result<void>
DatabaseBackup::writeWhole(const QString &destination,
                           const std::function<Result<void>(const QString &partial)> &write,
                           const QString &failure)
{
    const QString partial = destination + QStringLiteral(".partial");
    QFile::remove(partial);
    Result<void> written = write(partial);
    if (written && !QFile::rename(partial, destination))
        written = Error {failure};
    if (!written)
        QFile::remove(partial);
    return written;
}

Result<QString> DatabaseBackup::restore(const QString &backupPath, const QString &databasePath)
{
    const Result<int> verified = Database::verify(backupPath);
    if (!verified)
        return Error {tr("Not restoring: %1").arg(verified.error())};
    // verify() runs quick_check, which does not compare indexes with their tables: a backup
    // must pass every check before it replaces anything.
    if (const Result<void> healthy = Database::checkThoroughly(backupPath); !healthy)
        return Error {tr("Not restoring: %1").arg(healthy.error())};

    // Every step leaves the live file whole, so a restore killed at any point leaves the
    // database as it was or as restored (the crash campaign once found it missing, and the
    // next start made an empty one): the backup is copied beside it first, the live file is
    // copied aside (its WAL written into it first), and one rename swaps them.
    const QString incoming = databasePath + QStringLiteral(".restoring");
    QFile::remove(incoming);
    if (!QFile::copy(backupPath, incoming))
        return Error {
                tr("Could not copy %1 beside the database; nothing was restored.").arg(backupPath)};
    QFile::setPermissions(incoming, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QString aside;
    if (QFileInfo::exists(databasePath)) {
        aside = QStringLiteral("%1.before-restore-%2")
                        .arg(databasePath, QDateTime::currentDateTimeUtc().toString(stampFormat));
        // A healthy file takes its WAL in, and the copy aside is whole without it. A damaged
        // one (what a restore is often for) may refuse: then its WAL and shared memory are
        // copied aside with it, so nothing it held is lost.
        // The checkpoint's first column is 1 when a reader kept it from finishing.
        const Result<QVariant> checkpoint
                = runOn(databasePath, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), {}, {});
        const bool checkpointed = checkpoint.ok() && checkpoint.value().toInt() == 0;
        const QStringList companions = checkpointed
                ? QStringList {QString()}
                : QStringList {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};
        for (const QString &suffix : companions) {
            if (QFileInfo::exists(databasePath + suffix)
                && !QFile::copy(databasePath + suffix, aside + suffix)) {
                QFile::remove(incoming);
                return Error {tr("Could not copy %1 aside; nothing was restored.")
                                      .arg(databasePath + suffix)};
            }
        }
    }
    // What the WAL held is in the file or in the copy aside: removing it keeps it from being
    // read into the restored file.
    for (const QString &suffix : {QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(databasePath + suffix);
    if (!replace(incoming, databasePath)) {
        QFile::remove(incoming);
        return Error {tr("Could not put %1 in place; the current database is unchanged.")
                              .arg(backupPath)};
    }
    qCInfo(lcStorage) << "restored" << backupPath << "; previous database kept at" << aside;
    return aside;
}

QStringList DatabaseBackup::backups(const QString &folder)
{
    QDir dir(folder);
    QStringList names = dir.entryList({backupPrefix + u'*' + backupSuffix}, QDir::Files,
                                      QDir::Name | QDir::Reversed);
    for (QString &name : names)
        name = dir.absoluteFilePath(name);
    return names;
}

QDateTime DatabaseBackup::newestBackupTime(const QString &folder)
{
    const QStringList all = backups(folder);
    if (all.isEmpty())
        return {};
    QString stamp = QFileInfo(all.first()).fileName();
    stamp = stamp.mid(backupPrefix.size(),
                      stamp.size() - backupPrefix.size() - backupSuffix.size());
    QDateTime when = QDateTime::fromString(stamp, stampFormat);
    when.setTimeSpec(Qt::UTC);
    return when;
}

QStringList DatabaseBackup::prune(const QString &folder, int keep)
{
    QStringList removed;
    const QStringList all = backups(folder);
    for (qsizetype i = keep; i < all.size(); ++i) {
        if (QFile::remove(all.at(i)))
            removed << all.at(i);
    }
    return removed;
}

} // namespace sitrep
