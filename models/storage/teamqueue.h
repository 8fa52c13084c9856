#pragma once

#include "domain/hybridclock.h"
#include "domain/result.h"
#include "domain/teamchange.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// This console's side of the team's log, in its SQLite file: the changes made here and not yet
// pushed (in the order they were made; written in the same transaction as their local
// effect), the team's log as pulled (in the server's order) with the cursor after it, and the
// hybrid clock's last stamp.
class TeamQueue
{
    Q_DECLARE_TR_FUNCTIONS(TeamQueue)
public:
    explicit TeamQueue(Database &database) : m_database(database) { }

    // Callers own the transaction (the change and its local effect go together).
    [[nodiscard]] Result<void> enqueue(const TeamChange &change);
    [[nodiscard]] Result<QList<TeamChange>> pending(int limit);
    [[nodiscard]] Result<int> pendingCount();
    // Takes out changes the server has (after a push answered).
    [[nodiscard]] Result<void> pushed(const QList<QUuid> &uids);

    // Records a pulled page and the cursor after it in one transaction: a page is applied
    // whole or not at all. A change already recorded (pulled twice) is skipped.
    [[nodiscard]] Result<void> recordPulled(const QList<TeamChange> &page, qint64 cursor);
    [[nodiscard]] Result<qint64> cursor();
    [[nodiscard]] Result<QList<TeamChange>> log(qint64 after, int limit);

    // The team this file is a cache of (its URL without a password), or empty in solo mode:
    // only then are changes recorded for the team.
    [[nodiscard]] Result<QString> team();
    [[nodiscard]] Result<void> setTeam(const QString &url);

    // Why this console takes no writes (the server's schema is newer than it understands);
    // empty while it does. What is queued stays queued.
    [[nodiscard]] Result<QString> readOnly();
    [[nodiscard]] Result<void> setReadOnly(const QString &reason);
    // The role the team's server last gave this console's login ("owner", "responder",
    // "viewer"; empty before it was asked, or for a login without one).
    [[nodiscard]] Result<QString> role();
    [[nodiscard]] Result<void> setRole(const QString &role);

    // The last of the team's outbox messages this file has (by the outbox's own numbers).
    [[nodiscard]] Result<qint64> outboxCursor();
    [[nodiscard]] Result<void> setOutboxCursor(qint64 seq);

    [[nodiscard]] Result<HlcStamp> clock();
    [[nodiscard]] Result<void> saveClock(HlcStamp stamp);

private:
    [[nodiscard]] Result<QString> state(const QString &key);
    [[nodiscard]] Result<void> setState(const QString &key, const QString &value);

    Database &m_database;
};

} // namespace sitrep
