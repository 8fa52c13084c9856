#pragma once

#include "domain/result.h"

#include <memory>

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitrep {

// The SQLite cache file: one named connection, opened only after the file has been checked.
// A file that is corrupt, locked, not Sitrep's, or from a newer version is reported in words and
// never written to; an older file is copied aside before it is migrated.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)
public:
    [[nodiscard]] static Result<std::unique_ptr<Database>> open(const QString &path);
    // A read-only connection to a file that open() has already checked and migrated, for
    // readers on worker threads (each thread needs its own connection).
    [[nodiscard]] static Result<std::unique_ptr<Database>> openReader(const QString &path);
    // Checks that a file is a healthy Sitrep database this version can read, without changing
    // it. Returns its schema version.
    [[nodiscard]] static Result<int> verify(const QString &path);

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    [[nodiscard]] QSqlDatabase connection() const;
    [[nodiscard]] const QString &path() const { return m_path; }
    // The copy taken before the last migration, or empty if none was needed.
    [[nodiscard]] const QString &preMigrationCopy() const { return m_preMigrationCopy; }

private:
    Database(QString path, QString connectionName);
    Result<void> prepare();
    Result<void> copyBeforeMigration(int version);

    QString m_path;
    QString m_connectionName;
    QString m_preMigrationCopy;
};

} // namespace sitrep
