#include "teampresencelog.h"

#include "sqlerrors.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

Result<void> TeamPresenceLog::announce(const QUuid &console, const QList<PresencePlace> &places)
{
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT sitrep_present(CAST(? AS uuid), CAST(? AS jsonb))"));
    query.addBindValue(console.toString(QUuid::WithoutBraces));
    query.addBindValue(QString::fromUtf8(TeamPresence::toJson(places)));
    if (!query.exec())
        return Error {tr("The team server did not take this console's presence: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    return {};
}

Result<QList<Presence>> TeamPresenceLog::recent(std::chrono::milliseconds fresh)
{
    QSqlQuery query(m_database);
    query.setForwardOnly(true);
    query.prepare(QStringLiteral("SELECT console, login, places FROM "
                                 "sitrep_presence(CAST(? AS interval))"));
    query.addBindValue(QStringLiteral("%1 milliseconds").arg(fresh.count()));
    if (!query.exec())
        return Error {
                tr("Could not read who else is here: %1").arg(SqlErrors::said(query.lastError()))};
    QList<Presence> all;
    while (query.next())
        all.append({query.value(1).toString(), QUuid(query.value(0).toString()),
                    TeamPresence::fromJson(query.value(2).toString().toUtf8())});
    return all;
}

} // namespace sitrep
