#pragma once

#include "domain/outboxmessage.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

namespace sitrep {

// The team's outbox on its server, through the sitrep_outbox_* functions: consoles put the
// messages they make; a console leases a channel to deliver its oldest due message (skipping
// channels another console holds), and settles it fenced by the lease, so a console whose
// lease expired mid-send cannot mark a message its successor already took.
// A message's key, channel, incident uid, kind and text from a query's first five columns.
[[nodiscard]] TeamOutboxMessage teamOutboxHead(const QSqlQuery &query);

class TeamOutbox
{
    Q_DECLARE_TR_FUNCTIONS(TeamOutbox)
public:
    explicit TeamOutbox(QSqlDatabase database) : m_database(std::move(database)) { }

    [[nodiscard]] Result<void> put(const QList<TeamOutboxMessage> &messages);
    [[nodiscard]] Result<QList<TeamOutboxMessage>> lease(const QUuid &console,
                                                         const QList<ChannelLease> &channels);
    // Whether the team took the outcome (false: the lease was lost, the outcome counts for
    // nothing). The message's state, answer, next attempt and thread are written.
    [[nodiscard]] Result<bool> settle(const QUuid &console, const TeamOutboxMessage &settled);
    // What became of these messages; unknown keys are left out.
    [[nodiscard]] Result<QList<TeamOutboxMessage>> states(const QStringList &keys);
    // Up to `limit` of the team's messages after number `after` in the outbox's order, with
    // their numbers (teamSeq) and states, without their bodies for the receivers.
    [[nodiscard]] Result<QList<TeamOutboxMessage>> since(qint64 after, int limit);

private:
    QSqlDatabase m_database;
};

} // namespace sitrep
