#include "teamservice.h"

#include "keychainanswer.h"
#include "offthread.h"
#include "storage/database.h"
#include "storage/databasebackup.h"
#include "storage/incidentstore.h"
#include "storage/teammembers.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"
#include "storage/transaction.h"
#include "sync/secretstore.h"
#include "sync/teamconnection.h"
#include "teamrecorder.h"
#include "teamsync.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QUuid>

namespace sitrep {

TeamService::TeamService(Database &database, SecretStore &secrets, QObject *parent)
    : QObject(parent), m_database(database), m_secrets(secrets)
{ }

void TeamService::password(const TeamUrl &url, std::function<void(QString)> done)
{
    onceFor(m_secrets, &SecretStore::secretRead, secretKey(url), this,
            [done](const QString &secret, const QString &) { done(secret); });
    m_secrets.read(secretKey(url));
}

Result<void> TeamService::recordFor(const std::optional<TeamUrl> &url)
{
    TeamQueue queue(m_database);
    const QString team = url ? url->toString() : QString();
    const Result<QString> current = queue.team();
    if (current && current.value() == team)
        return {};
    return queue.setTeam(team);
}

Result<int> TeamService::importLocal()
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<int> brought = TeamRecorder(m_database).importHistory();
    if (!brought)
        return brought;
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return brought;
}

Result<QString> TeamService::setSoloHistoryAside()
{
    TeamQueue queue(m_database);
    const Result<QString> team = queue.team();
    const Result<qint64> cursor = queue.cursor();
    if (!team || !cursor)
        return Error {team ? cursor.error() : team.error()};
    IncidentStore incidents(m_database);
    const Result<qint64> held = incidents.count();
    if (!held)
        return Error {held.error()};
    // A file that has followed a team before holds the team's incidents: nothing solo to keep.
    if (!team.value().isEmpty() || cursor.value() > 0 || held.value() == 0)
        return QString();
    const QFileInfo file(m_database.path());
    const QString aside = file.dir().filePath(
            file.completeBaseName() + QStringLiteral("-solo-")
            + QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyyMMdd-HHmmss"))
            + QStringLiteral(".sqlite"));
    // The copy first: the history is only taken out once it is safe elsewhere.
    if (auto copied = DatabaseBackup::copyTo(m_database.path(), aside); !copied)
        return Error {
                tr("Could not keep this console's solo history aside: %1").arg(copied.error())};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    if (auto removed = incidents.removeAll(); !removed)
        return Error {removed.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    return aside;
}

Result<TeamSyncState> TeamService::localState()
{
    TeamQueue queue(m_database);
    const Result<qint64> cursor = queue.cursor();
    if (!cursor)
        return Error {cursor.error()};
    const Result<int> pending = queue.pendingCount();
    if (!pending)
        return Error {pending.error()};
    TeamSyncState state;
    state.cursor = cursor.value();
    state.pending = pending.value();
    return state;
}

TeamService::~TeamService()
{
    m_pool.waitForDone();
}

QString TeamService::secretKey(const TeamUrl &url)
{
    return QStringLiteral("team/") + url.toString();
}

int TeamService::schemaVersion()
{
    return TeamSchema::latest;
}

template<typename T>
void TeamService::onServer(const TeamUrl &url, std::function<Result<T>(QSqlDatabase)> work,
                           std::function<void(Result<T>)> done)
{
    // No stored password is not a failure: libpq's own sources may have one.
    password(url, [this, url, work, done](const QString &secret) {
        runWith<T>(url, secret, work, done);
    });
}

template<typename T>
void TeamService::runWith(const TeamUrl &url, const QString &password,
                          std::function<Result<T>(QSqlDatabase)> work,
                          std::function<void(Result<T>)> done)
{
    runOffThread<Result<T>>(
            this, m_pool,
            [url, work, password]() -> Result<T> {
                const QString name = QUuid::createUuid().toString();
                Result<T> answer = Error {QString()};
                {
                    Result<QSqlDatabase> opened = TeamConnection::open(url, password, name);
                    answer = opened ? work(opened.value()) : Result<T>(Error {opened.error()});
                }
                TeamConnection::close(name);
                return answer;
            },
            std::move(done));
}

void TeamService::probe(const TeamUrl &url, std::function<void(Result<int>)> done)
{
    onServer<int>(url, &TeamSchema::version, std::move(done));
}

void TeamService::probeWith(const TeamUrl &url, const QString &password,
                            std::function<void(Result<int>)> done)
{
    runWith<int>(url, password, &TeamSchema::version, std::move(done));
}

void TeamService::migrate(const TeamUrl &url, std::function<void(Result<int>)> done)
{
    onServer<int>(
            url, [](QSqlDatabase database) { return TeamSchema::migrate(database); },
            std::move(done));
}

void TeamService::role(const TeamUrl &url, std::function<void(Result<TeamRole>)> done)
{
    onServer<TeamRole>(
            url, [](QSqlDatabase database) { return TeamMembers(database).mine(); },
            std::move(done));
}

void TeamService::standby(const TeamUrl &url, std::function<void(Result<bool>)> done)
{
    onServer<bool>(url, &TeamSchema::standby, std::move(done));
}

void TeamService::grant(const TeamUrl &url, const QString &login, TeamRole role,
                        const QString &password, std::function<void(Result<void>)> done)
{
    onServer<void>(
            url,
            [login, role, password](QSqlDatabase database) {
                QByteArray salt(16, Qt::Uninitialized);
                for (char &byte : salt)
                    byte = char(QRandomGenerator::system()->bounded(256));
                return TeamMembers(database).grant(
                        login, role,
                        password.isEmpty() ? QString() : scramSha256Verifier(password, salt));
            },
            std::move(done));
}

void TeamService::members(const TeamUrl &url, std::function<void(Result<QList<TeamMember>>)> done)
{
    onServer<QList<TeamMember>>(
            url, [](QSqlDatabase database) { return TeamMembers(database).list(); },
            std::move(done));
}

QString TeamService::refusal()
{
    return TeamRecorder::refusal(m_database);
}

Result<void> TeamService::markRole(TeamRole role)
{
    TeamQueue queue(m_database);
    if (auto marked = queue.setRole(TeamRoles::key(role)); !marked)
        return marked;
    return queue.setReadOnly(TeamRoles::readOnlyReason(role));
}

void TeamService::rememberPassword(const TeamUrl &url, const QString &password,
                                   std::function<void(QString)> done)
{
    if (password.isEmpty())
        return done({});
    onceFor(m_secrets, &SecretStore::written, secretKey(url), this,
            [done](const QString &error) { done(error); });
    m_secrets.write(secretKey(url), password);
}

void TeamService::forgetPassword(const TeamUrl &url, std::function<void(QString)> done)
{
    onceFor(m_secrets, &SecretStore::removed, secretKey(url), this,
            [done](const QString &error) { done(error); });
    m_secrets.remove(secretKey(url));
}

} // namespace sitrep
