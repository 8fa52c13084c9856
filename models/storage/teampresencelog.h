#pragma once

#include "domain/result.h"
#include "domain/teampresence.h"

#include <chrono>

#include <QCoreApplication>
#include <QSqlDatabase>

namespace sitrep {

// Presence on the team's server, through its functions: a console says where it is (the
// server notifies the others when that changed), and reads who was heard from lately.
class TeamPresenceLog
{
    Q_DECLARE_TR_FUNCTIONS(TeamPresenceLog)
public:
    explicit TeamPresenceLog(QSqlDatabase database) : m_database(std::move(database)) { }

    [[nodiscard]] Result<void> announce(const QUuid &console, const QList<PresencePlace> &places);
    // Every console heard from within `fresh`, this one included.
    [[nodiscard]] Result<QList<Presence>> recent(std::chrono::milliseconds fresh);

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
