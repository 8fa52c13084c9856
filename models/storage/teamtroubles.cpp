#include "teamtroubles.h"

#include "sqlerrors.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

namespace sitrep {

Result<QHash<QUuid, QUuid>> TeamTroubles::aliasesOf(const QList<QUuid> &incidents)
{
    QHash<QUuid, QUuid> aliases;
    if (incidents.isEmpty())
        return aliases;
    QJsonArray uids;
    for (const QUuid &incident : incidents)
        uids.append(incident.toString(QUuid::WithoutBraces));
    QSqlQuery query(m_database);
    query.prepare(QStringLiteral("SELECT incident, of FROM sitrep_aliases"
                                 " WHERE incident IN (SELECT CAST(jsonb_array_elements_text(CAST(? "
                                 "AS jsonb)) AS uuid))"));
    query.addBindValue(QString::fromUtf8(QJsonDocument(uids).toJson(QJsonDocument::Compact)));
    if (!query.exec())
        return Error {tr("The team server did not say which incidents are duplicates: %1")
                              .arg(SqlErrors::said(query.lastError()))};
    while (query.next())
        aliases.insert(QUuid(query.value(0).toString()), QUuid(query.value(1).toString()));
    return aliases;
}

} // namespace sitrep
