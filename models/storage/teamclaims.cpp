#include "teamclaims.h"

#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

Result<TeamClaim> TeamClaims::claim(const QString &what, const QString &key, const QUuid &console)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT won, holder FROM sitrep_claim(?, ?, CAST(? AS uuid))"));
    query.addBindValue(what);
    query.addBindValue(key);
    query.addBindValue(console.toString(QUuid::WithoutBraces));
    if (!query.exec() || !query.next())
        return Error {tr("The team server did not answer the claim on %1 %2: %3")
                              .arg(what, key, SqlErrors::said(query.lastError()))};
    return TeamClaim {query.value(0).toBool(), query.value(1).toString()};
}

} // namespace sitrep
