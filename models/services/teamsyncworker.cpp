#include "teamsyncworker.h"

#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxteamcopy.h"
#include "storage/teamlog.h"
#include "storage/teammembers.h"
#include "storage/teamoutbox.h"
#include "storage/teampresencelog.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"
#include "storage/teamtroubles.h"
#include "storage/transaction.h"
#include "sync/teamconnection.h"
#include "teamaliases.h"
#include "teamapplier.h"

#include <algorithm>

#include <QScopeGuard>
#include <QSqlQuery>
#include <QUuid>

namespace sitrep {

namespace {

// Waits before connecting again: 1 s doubling up to 30 s.
constexpr int firstRetryMs = 1000;
constexpr int lastRetryMs = 30'000;

} // namespace

TeamSyncWorker::TeamSyncWorker(QString databasePath, TeamUrl url, QString password,
                               std::chrono::milliseconds heartbeat, QUuid console)
    : m_databasePath(std::move(databasePath)),
      m_url(std::move(url)),
      m_password(std::move(password)),
      m_connectionName(QStringLiteral("team-") + QUuid::createUuid().toString(QUuid::Id128)),
      m_heartbeatInterval(heartbeat),
      m_console(console)
{ }

TeamSyncWorker::~TeamSyncWorker()
{
    stop();
}

void TeamSyncWorker::start()
{
    Result<std::unique_ptr<Database>> local = Database::openWriter(m_databasePath);
    if (!local) {
        m_state.problem = local.error();
        report();
        return;
    }
    m_local = std::move(local).value();
    m_heartbeat = new QTimer(this);
    m_heartbeat->setInterval(m_heartbeatInterval);
    connect(m_heartbeat, &QTimer::timeout, this, &TeamSyncWorker::sync);
    m_retry = new QTimer(this);
    m_retry->setSingleShot(true);
    connect(m_retry, &QTimer::timeout, this, &TeamSyncWorker::sync);
    m_presenceBeat = new QTimer(this);
    m_presenceBeat->setInterval(m_heartbeatInterval / 2);
    connect(m_presenceBeat, &QTimer::timeout, this, &TeamSyncWorker::beatPresence);
    m_heartbeat->start();
    m_presenceBeat->start();
    sync();
}

void TeamSyncWorker::stop()
{
    if (m_heartbeat)
        m_heartbeat->stop();
    if (m_retry)
        m_retry->stop();
    if (m_presenceBeat)
        m_presenceBeat->stop();
    if (m_open) {
        // Leaving says so: the others see this console go at once, not when it is stale.
        if (m_placesAnnounced)
            (void)TeamPresenceLog(QSqlDatabase::database(m_connectionName, false))
                    .announce(m_console, {});
        closeServer();
    }
    m_local.reset();
}

void TeamSyncWorker::closeServer()
{
    m_open = false;
    m_socket = -1;
    TeamConnection::close(m_connectionName);
}

void TeamSyncWorker::setPlaces(const QList<PresencePlace> &places)
{
    if (places == m_places)
        return;
    m_places = places;
    beatPresence();
}

template<typename T>
std::optional<T> TeamSyncWorker::askServer(const std::function<Result<T>(QSqlDatabase)> &work)
{
    if (!m_open)
        return std::nullopt;
    Q_EMIT busy(true);
    const auto idle = qScopeGuard([this] { Q_EMIT busy(false); });
    Result<T> answer = work(QSqlDatabase::database(m_connectionName, false));
    if (!answer) {
        qInfo("%s", qPrintable(answer.error()));
        return std::nullopt;
    }
    return std::move(answer).value();
}

std::optional<TeamClaim> TeamSyncWorker::claim(const QString &what, const QString &key)
{
    // What this console declared reaches the log first: the server then knows whether the
    // claim is on a duplicate's escalation, which nobody pages.
    if (m_open)
        (void)push();
    return askServer<TeamClaim>(
            [&](QSqlDatabase server) { return TeamClaims(server).claim(what, key, m_console); });
}

std::optional<QList<TeamOutboxMessage>> TeamSyncWorker::lease(const QList<ChannelLease> &channels)
{
    if (channels.isEmpty())
        return std::nullopt;
    std::optional<QList<TeamOutboxMessage>> leased = askServer<QList<TeamOutboxMessage>>(
            [&](QSqlDatabase server) { return TeamOutbox(server).lease(m_console, channels); });
    // A message for an incident not pulled here yet: pulled first, so the message is taken
    // with its incident (its label, its Slack thread), not as nobody's.
    const auto unknown = [this](const TeamOutboxMessage &message) {
        if (message.incident.isNull())
            return false;
        const Result<std::optional<IncidentId>> known
                = IncidentStore(*m_local).idOf(message.incident);
        return known && !known.value();
    };
    if (leased && std::any_of(leased->begin(), leased->end(), unknown))
        (void)pull();
    return leased;
}

std::optional<bool> TeamSyncWorker::settle(const TeamOutboxMessage &message)
{
    return askServer<bool>(
            [&](QSqlDatabase server) { return TeamOutbox(server).settle(m_console, message); });
}

void TeamSyncWorker::beatPresence()
{
    if (!m_open)
        return;
    // A round with the server like any other: one that never ends is noticed the same way.
    Q_EMIT busy(true);
    const auto idle = qScopeGuard([this] { Q_EMIT busy(false); });
    if (!m_places.isEmpty() || m_placesAnnounced) {
        const Result<void> announced
                = TeamPresenceLog(QSqlDatabase::database(m_connectionName, false))
                          .announce(m_console, m_places);
        if (!announced)
            qInfo("%s", qPrintable(announced.error()));
        m_placesAnnounced = announced && !m_places.isEmpty();
    }
    readPresence();
}

void TeamSyncWorker::readPresence()
{
    // Heard from within two heartbeats: a console killed without a word is gone within them
    // and a beat.
    const Result<QList<Presence>> recent
            = TeamPresenceLog(QSqlDatabase::database(m_connectionName, false))
                      .recent(m_heartbeatInterval * 2);
    if (!recent) {
        qInfo("%s", qPrintable(recent.error()));
        return;
    }
    if (recent.value() == m_presence)
        return;
    m_presence = recent.value();
    Q_EMIT presenceChanged(m_presence);
}

bool TeamSyncWorker::connected()
{
    if (m_open)
        return true;
    Result<QSqlDatabase> opened = TeamConnection::open(m_url, m_password, m_connectionName);
    if (!opened) {
        lose(opened.error());
        return false;
    }
    const Result<int> schema = TeamSchema::version(opened.value());
    const Result<TeamRole> role = TeamMembers(opened.value()).mine();
    if (schema && role) {
        m_state.readOnly = schema.value() > TeamSchema::latest;
        m_state.role = role.value();
        // Every service write asks the file, so the console refuses them while this holds.
        const QString reason = m_state.readOnly
                ? tr("the team server's schema is version %1, newer than this console (%2): "
                     "update Sitrep")
                          .arg(schema.value())
                          .arg(TeamSchema::latest)
                : TeamRoles::readOnlyReason(role.value());
        TeamQueue queue(*m_local);
        Result<void> marked = queue.setReadOnly(reason);
        if (marked)
            marked = queue.setRole(TeamRoles::key(role.value()));
        if (!marked)
            qWarning("%s", qPrintable(marked.error()));
    }
    if (!schema || !role || schema.value() != TeamSchema::latest) {
        TeamConnection::close(m_connectionName);
        lose(!schema         ? schema.error()
                     : !role ? role.error()
                     : schema.value() > TeamSchema::latest
                     ? tr("read-only: the team server's schema is version %1, newer than this "
                          "console (%2)")
                               .arg(schema.value())
                               .arg(TeamSchema::latest)
                     : tr("the team server's schema is version %1: run sitrepctl team migrate")
                               .arg(schema.value()));
        return false;
    }
    if (role.value() == TeamRole::None) {
        TeamConnection::close(m_connectionName);
        lose(TeamRoles::readOnlyReason(TeamRole::None));
        return false;
    }
    m_open = true;
    m_socket = TeamConnection::socketOf(opened.value());
    const Result<bool> standby = TeamSchema::standby(opened.value());
    m_state.standby = standby && standby.value();
    // A standby cannot LISTEN (nor take changes): the console polls it instead.
    m_heartbeat->setInterval(m_state.standby ? std::min(m_heartbeatInterval, TeamSync::standbyPoll)
                                             : m_heartbeatInterval);
    QSqlDriver *driver = opened.value().driver();
    connect(driver, &QSqlDriver::notification, this, &TeamSyncWorker::onNotification,
            Qt::UniqueConnection);
    // LISTEN before pulling, so nothing committed in between goes unnoticed.
    if (!m_state.standby) {
        driver->subscribeToNotification(QString::fromLatin1(TeamSchema::notifyChannel));
        driver->subscribeToNotification(QString::fromLatin1(TeamSchema::presenceChannel));
        driver->subscribeToNotification(QString::fromLatin1(TeamSchema::outboxChannel));
    }
    m_failures = 0;
    m_state.problem.clear();
    beatPresence();
    return true;
}

void TeamSyncWorker::lose(const QString &problem)
{
    if (m_open)
        closeServer();
    m_state.connected = false;
    m_state.problem = problem;
    report();
    const int delay = std::min(lastRetryMs, firstRetryMs << std::min(m_failures, 5));
    ++m_failures;
    if (m_retry)
        m_retry->start(delay);
}

void TeamSyncWorker::onNotification(const QString &name, QSqlDriver::NotificationSource,
                                    const QVariant &payload)
{
    if (name == QLatin1String(TeamSchema::presenceChannel))
        return readPresence();
    if (name == QLatin1String(TeamSchema::outboxChannel))
        return Q_EMIT outboxChanged();
    // The payload is the newest number: nothing to do when this console already has it.
    const Result<qint64> cursor = TeamQueue(*m_local).cursor();
    if (cursor && payload.toLongLong() <= cursor.value())
        return;
    sync();
}

void TeamSyncWorker::sync()
{
    if (!m_local)
        return;
    Q_EMIT busy(true);
    const auto idle = qScopeGuard([this] { Q_EMIT busy(false); });
    if (!connected())
        return;
    // The rounds' own handles on the connection are gone before a lost one is closed.
    // The outbox is shared after the pull: a declaration that came second has become an
    // alias by then, and its "declared" messages go to the team cancelled.
    Round round = push();
    if (round.done)
        round = pull();
    if (round.done)
        round = shareOutbox();
    if (round.done)
        round = hearOutbox();
    if (!round.serverProblem.isEmpty())
        return lose(round.serverProblem);
    if (!round.done)
        return;
    m_state.connected = true;
    m_state.lastSync = QDateTime::currentDateTimeUtc();
    report();
}

TeamSyncWorker::Round TeamSyncWorker::localProblem(const QString &problem)
{
    m_state.problem = problem;
    report();
    return {false, {}};
}

TeamSyncWorker::Round TeamSyncWorker::push()
{
    if (!mayWrite())
        return {};
    TeamQueue queue(*m_local);
    TeamLog log(QSqlDatabase::database(m_connectionName, false));
    for (;;) {
        const Result<QList<TeamChange>> batch = queue.pending(pushBatch);
        if (!batch)
            return localProblem(batch.error());
        if (batch.value().isEmpty())
            return {};
        const Result<qint64> pushed = log.push(batch.value());
        if (!pushed)
            return {false, pushed.error()};
        QList<QUuid> uids;
        for (const TeamChange &change : batch.value())
            uids << change.uid;
        if (const Result<void> cleared = queue.pushed(uids); !cleared)
            return localProblem(cleared.error());
    }
}

TeamSyncWorker::Round TeamSyncWorker::pull()
{
    TeamQueue queue(*m_local);
    TeamLog log(QSqlDatabase::database(m_connectionName, false));
    const Result<qint64> start = queue.cursor();
    if (!start)
        return localProblem(start.error());
    qint64 cursor = start.value();
    for (;;) {
        const Result<QList<TeamChange>> page = log.pull(cursor, pullPage);
        if (!page)
            return {false, page.error()};
        if (page.value().isEmpty())
            break;
        cursor = page.value().last().seq;
        // Which of the page's declarations are duplicates: the server decided as they came.
        const Result<QHash<QUuid, QUuid>> aliases
                = TeamTroubles(QSqlDatabase::database(m_connectionName, false))
                          .aliasesOf(TeamAliases::troubled(page.value()));
        if (!aliases)
            return {false, aliases.error()};
        // The page's effects and the cursor after it are saved together or not at all.
        Transaction transaction(*m_local);
        if (const Result<void> begun = transaction.begun(); !begun)
            return localProblem(begun.error());
        Result<TeamApplied> effects = TeamApplier(*m_local).apply(page.value());
        if (!effects)
            return localProblem(effects.error());
        if (const Result<void> recorded = queue.recordPulled(page.value(), cursor); !recorded)
            return localProblem(recorded.error());
        if (const Result<void> aliased
            = TeamAliases(*m_local).settle(page.value(), aliases.value(), effects.value());
            !aliased)
            return localProblem(aliased.error());
        if (const Result<void> committed = transaction.commit(); !committed)
            return localProblem(committed.error());
        if (!effects.value().isEmpty())
            Q_EMIT applied(effects.value());
        if (page.value().size() < pullPage)
            break;
    }
    if (cursor != start.value())
        Q_EMIT pulled(cursor);
    return {};
}

bool TeamSyncWorker::mayWrite() const
{
    // A viewer's (or a demoted responder's) changes stay queued for a role that may send them,
    // and anyone's for the primary while this console reaches only a standby.
    return TeamRoles::canWrite(m_state.role) && !m_state.standby;
}

TeamSyncWorker::Round TeamSyncWorker::shareOutbox()
{
    if (!mayWrite())
        return {};
    OutboxTeamCopy copy(*m_local);
    TeamOutbox outbox(QSqlDatabase::database(m_connectionName, false));
    for (;;) {
        const Result<QList<TeamOutboxMessage>> batch = copy.unsynced(pushBatch);
        if (!batch)
            return localProblem(batch.error());
        if (batch.value().isEmpty())
            return {};
        if (const Result<void> put = outbox.put(batch.value()); !put)
            return {false, put.error()};
        if (const Result<void> marked = copy.markSynced(batch.value()); !marked)
            return localProblem(marked.error());
        // A message changed meanwhile stays unsynced: it goes with the next round.
        if (batch.value().size() < pushBatch)
            return {};
    }
}

TeamSyncWorker::Round TeamSyncWorker::hearOutbox()
{
    if (Round mirrored = mirrorOutbox(); !mirrored.done)
        return mirrored;
    OutboxTeamCopy copy(*m_local);
    const Result<QStringList> awaited = copy.awaited(pullPage);
    if (!awaited)
        return localProblem(awaited.error());
    if (awaited.value().isEmpty())
        return {};
    const Result<QList<TeamOutboxMessage>> states
            = TeamOutbox(QSqlDatabase::database(m_connectionName, false)).states(awaited.value());
    if (!states)
        return {false, states.error()};
    const Result<int> changed = copy.applyStates(states.value());
    if (!changed)
        return localProblem(changed.error());
    if (changed.value() > 0)
        Q_EMIT outboxChanged();
    return {};
}

TeamSyncWorker::Round TeamSyncWorker::mirrorOutbox()
{
    TeamQueue queue(*m_local);
    const Result<qint64> seen = queue.outboxCursor();
    if (!seen)
        return localProblem(seen.error());
    qint64 after = seen.value();
    TeamOutbox outbox(QSqlDatabase::database(m_connectionName, false));
    for (;;) {
        const Result<QList<TeamOutboxMessage>> page = outbox.since(after, pullPage);
        if (!page)
            return {false, page.error()};
        if (page.value().isEmpty())
            return {};
        const Result<int> added = OutboxTeamCopy(*m_local).mirror(page.value());
        if (!added)
            return localProblem(added.error());
        after = page.value().last().teamSeq;
        if (auto kept = queue.setOutboxCursor(after); !kept)
            return localProblem(kept.error());
        if (added.value() > 0)
            Q_EMIT outboxChanged();
        if (page.value().size() < pullPage)
            return {};
    }
}

void TeamSyncWorker::report()
{
    if (m_local) {
        TeamQueue queue(*m_local);
        const Result<qint64> cursor = queue.cursor();
        const Result<int> pending = queue.pendingCount();
        m_state.cursor = cursor ? cursor.value() : m_state.cursor;
        m_state.pending = pending ? pending.value() : m_state.pending;
    }
    Q_EMIT stateChanged(m_state);
}

} // namespace sitrep
