#pragma once

#include "domain/result.h"

#include <initializer_list>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>

namespace sitrep {

// Forward-only schema steps. Version N's step turns a version N-1 file into a version N file;
// each step runs in its own transaction together with the new user_version, so a failed step
// leaves the file at the version before it.
class Migrations
{
    Q_DECLARE_TR_FUNCTIONS(Migrations)
public:
    static constexpr int currentVersion = 23;
    // PRAGMA application_id of every Sitrep database: "SITR".
    static constexpr qint32 applicationId = 0x53495452;

    [[nodiscard]] static Result<void> migrate(QSqlDatabase database, int fromVersion,
                                              int toVersion = currentVersion);

private:
    static QSqlError upgradeToV1(QSqlDatabase &database);
    static QSqlError upgradeToV2(QSqlDatabase &database);
    static QSqlError upgradeToV3(QSqlDatabase &database);
    static QSqlError upgradeToV4(QSqlDatabase &database);
    static QSqlError upgradeToV5(QSqlDatabase &database);
    static QSqlError upgradeToV6(QSqlDatabase &database);
    static QSqlError upgradeToV7(QSqlDatabase &database);
    static QSqlError upgradeToV8(QSqlDatabase &database);
    static QSqlError upgradeToV9(QSqlDatabase &database);
    static QSqlError upgradeToV10(QSqlDatabase &database);
    static QSqlError upgradeToV11(QSqlDatabase &database);
    static QSqlError upgradeToV12(QSqlDatabase &database);
    static QSqlError upgradeToV13(QSqlDatabase &database);
    static QSqlError upgradeToV14(QSqlDatabase &database);
    static QSqlError upgradeToV15(QSqlDatabase &database);
    static QSqlError upgradeToV16(QSqlDatabase &database);
    static QSqlError upgradeToV17(QSqlDatabase &database);
    static QSqlError upgradeToV18(QSqlDatabase &database);
    static QSqlError upgradeToV19(QSqlDatabase &database);
    static QSqlError upgradeToV20(QSqlDatabase &database);
    static QSqlError upgradeToV21(QSqlDatabase &database);
    static QSqlError upgradeToV22(QSqlDatabase &database); // alertschema.cpp
    static QSqlError upgradeToV23(QSqlDatabase &database); // sloschema.cpp
    // Runs the statements in order; the error of the first that fails, or none.
    static QSqlError execAll(QSqlDatabase &database,
                             std::initializer_list<const char *> statements);
    // Gives each row of `table` a uid of its own.
    static QSqlError giveUids(QSqlDatabase &database, const QString &table);
};

} // namespace sitrep
