#include "sqlerrors.h"

namespace sitrep {

bool hasSqliteCode(const QSqlError &error, SqliteCode code)
{
    bool ok = false;
    // Extended result codes keep the primary code in the low byte.
    const int native = error.nativeErrorCode().toInt(&ok);
    return ok && (native & 0xff) == static_cast<int>(code);
}

Error SqlErrors::describe(const QString &whatFailed, const QSqlError &error)
{
    const QString detail = error.databaseText().isEmpty() ? error.text() : error.databaseText();
    if (hasSqliteCode(error, SqliteCode::Busy) || hasSqliteCode(error, SqliteCode::Locked))
        return {tr("%1: the database is busy or locked by another program (%2).")
                        .arg(whatFailed, detail)};
    return {tr("%1: %2").arg(whatFailed, detail)};
}

QString SqlErrors::said(const QSqlError &error)
{
    for (const QString &text : {error.databaseText(), error.driverText(), error.text()})
        if (const QString line = text.simplified(); !line.isEmpty())
            return line;
    return tr("no answer");
}

} // namespace sitrep
