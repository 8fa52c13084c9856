#pragma once

#include "domain/result.h"
#include "domain/teamchange.h"

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitrep {

// The team's change log on the server, through its functions only: push a batch (each change
// once, however often it is sent), pull a page after a cursor, the newest number.
class TeamLog
{
    Q_DECLARE_TR_FUNCTIONS(TeamLog)
public:
    explicit TeamLog(QSqlDatabase database) : m_database(std::move(database)) { }

    // Returns the newest sequence number after the push (one notification for the batch).
    [[nodiscard]] Result<qint64> push(const QList<TeamChange> &changes);
    [[nodiscard]] Result<QList<TeamChange>> pull(qint64 after, int limit);
    [[nodiscard]] Result<qint64> newest();

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
