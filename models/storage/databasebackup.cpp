#include "databasebackup.h"

#include "database.h"
#include "sqlerrors.h"
#include "storagelog.h"

#include <atomic>

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

// SQLite keeps uncommitted-to-main pages beside the file; they travel with it.
const QStringList companionSuffixes {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")};

} // namespace

QString DatabaseBackup::backupFolder(const QString &databasePath)
{
    return QFileInfo(databasePath).absolutePath() + QStringLiteral("/backups");
}

QString DatabaseBackup::backupFileName(const QDateTime &when)
{
    return backupPrefix + when.toUTC().toString(stampFormat) + backupSuffix;
}

Result<void> DatabaseBackup::copyTo(const QString &databasePath, const QString &destination)
{
    if (QFileInfo::exists(destination))
        return Error {tr("%1 already exists; choose another file name.").arg(destination)};
    if (!QFileInfo::exists(databasePath))
        return Error {tr("There is no database at %1 to back up.").arg(databasePath)};
    if (!QDir().mkpath(QFileInfo(destination).absolutePath()))
        return Error {tr("Could not create the folder for %1.").arg(destination)};

    static std::atomic<int> counter {0};
    const QString name = QStringLiteral("sitrep-backup-%1").arg(++counter);
    Result<void> outcome;
    {
        QSqlDatabase database = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        database.setDatabaseName(databasePath);
        database.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        if (!database.open()) {
            outcome = SqlErrors::describe(tr("Could not open %1 to back it up").arg(databasePath),
                                          database.lastError());
        } else {
            QSqlQuery query(database);
            query.prepare(QStringLiteral("VACUUM INTO ?"));
            query.addBindValue(destination);
            if (!query.exec())
                outcome = SqlErrors::describe(tr("Could not write the backup %1").arg(destination),
                                              query.lastError());
        }
        database.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (outcome)
        qCInfo(lcStorage) << "backup written:" << destination;
    return outcome;
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

    const QString aside
            = QStringLiteral("%1.before-restore-%2")
                      .arg(databasePath, QDateTime::currentDateTimeUtc().toString(stampFormat));
    QStringList moved;
    for (const QString &suffix : companionSuffixes) {
        const QString from = databasePath + suffix;
        if (!QFileInfo::exists(from))
            continue;
        if (!QFile::rename(from, aside + suffix)) {
            // Put back what was already moved, so the live database stays whole.
            for (const QString &done : std::as_const(moved))
                QFile::rename(aside + done, databasePath + done);
            return Error {tr("Could not move %1 aside; nothing was restored.").arg(from)};
        }
        moved << suffix;
    }
    if (!QFile::copy(backupPath, databasePath)) {
        for (const QString &done : std::as_const(moved))
            QFile::rename(aside + done, databasePath + done);
        return Error {tr("Could not copy %1 into place; the current database was put back.")
                              .arg(backupPath)};
    }
    QFile::setPermissions(databasePath, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    qCInfo(lcStorage) << "restored" << backupPath << "; previous database kept at" << aside;
    return moved.isEmpty() ? QString() : aside;
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
