#pragma once

#include "domain/result.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlDatabase>
#include <QUuid>

namespace sitrep {

// The server's word on troubles declared more than once (team schema 6): which incidents are
// aliases, and of which incident. Decided as each declaration entered the log.
class TeamTroubles
{
    Q_DECLARE_TR_FUNCTIONS(TeamTroubles)
public:
    explicit TeamTroubles(QSqlDatabase database) : m_database(std::move(database)) { }

    // Of `incidents`, those the server made aliases: incident → the incident it duplicates.
    [[nodiscard]] Result<QHash<QUuid, QUuid>> aliasesOf(const QList<QUuid> &incidents);

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
