#include "teamsync.h"

#include "sync/teamconnection.h"
#include "teamsyncworker.h"

#include <QPointer>

namespace sitrep {

TeamSync::TeamSync(const QString &databasePath, TeamUrl url, QString password,
                   std::chrono::milliseconds heartbeat, QObject *parent)
    : QObject(parent),
      m_console(QUuid::createUuid()),
      m_worker(new TeamSyncWorker(databasePath, std::move(url), std::move(password), heartbeat,
                                  m_console)),
      m_heartbeat(heartbeat)
{
    qRegisterMetaType<sitrep::TeamSyncState>();
    qRegisterMetaType<sitrep::TeamApplied>();
    qRegisterMetaType<QList<sitrep::PresencePlace>>();
    qRegisterMetaType<QList<sitrep::Presence>>();
    m_thread.setObjectName(QStringLiteral("team sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &TeamSyncWorker::stateChanged, this, [this](const TeamSyncState &state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    });
    connect(m_worker, &TeamSyncWorker::pulled, this, &TeamSync::pulled);
    connect(m_worker, &TeamSyncWorker::applied, this, &TeamSync::applied);
    connect(m_worker, &TeamSyncWorker::presenceChanged, this, &TeamSync::presenceChanged);
    connect(m_worker, &TeamSyncWorker::outboxChanged, this, &TeamSync::outboxChanged);
    // A silent partition (the network drops everything, nothing is refused) leaves the worker
    // waiting for an answer until TCP gives up: this thread notices within the heartbeat.
    connect(m_worker, &TeamSyncWorker::busy, this, [this](bool busy) {
        m_busySince = busy ? QDateTime::currentDateTimeUtc() : QDateTime();
    });
    m_watchdog.setInterval(m_heartbeat / 4);
    connect(&m_watchdog, &QTimer::timeout, this, &TeamSync::watch);
}

TeamSync::~TeamSync()
{
    if (!m_thread.isRunning()) {
        delete m_worker;
        return;
    }
    // A worker stuck on a server that stopped answering would hold the exit until TCP gives
    // up (tcp_user_timeout, 20 s): its socket is cut, its call fails at once, and it stops.
    if (m_busySince.isValid() && m_busySince.msecsTo(QDateTime::currentDateTimeUtc()) >= stuckMs)
        TeamConnection::cutOff(m_worker->serverSocket());
    // The worker's connections belong to its thread: they are closed and it is deleted there.
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker] {
                worker->stop();
                delete worker;
            },
            Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void TeamSync::watch()
{
    if (!m_busySince.isValid() || !m_state.connected)
        return;
    const qint64 waited = m_busySince.msecsTo(QDateTime::currentDateTimeUtc());
    if (waited < m_heartbeat.count())
        return;
    m_state.connected = false;
    m_state.problem = tr("the team server has not answered for %n s", nullptr, int(waited / 1000));
    Q_EMIT stateChanged(m_state);
}

void TeamSync::start()
{
    m_watchdog.start();
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &TeamSyncWorker::start, Qt::QueuedConnection);
}

void TeamSync::setPlaces(const QList<PresencePlace> &places)
{
    QMetaObject::invokeMethod(
            m_worker, [worker = m_worker, places] { worker->setPlaces(places); },
            Qt::QueuedConnection);
}

template<typename Answer>
void TeamSync::ask(std::function<std::optional<Answer>(TeamSyncWorker &)> work,
                   std::function<void(std::optional<Answer>)> done)
{
    QMetaObject::invokeMethod(
            m_worker,
            [worker = m_worker, self = QPointer(this), work = std::move(work),
             done = std::move(done)] {
                std::optional<Answer> answer = work(*worker);
                // Answered here only while the sync lives; gone, nobody is waiting.
                if (!self)
                    return;
                QMetaObject::invokeMethod(
                        self.data(),
                        [self, done, answer = std::move(answer)] {
                            if (self)
                                done(answer);
                        },
                        Qt::QueuedConnection);
            },
            Qt::QueuedConnection);
}

void TeamSync::claim(const QString &what, const QString &key,
                     std::function<void(std::optional<bool>)> done)
{
    ask<bool>(
            [what, key](TeamSyncWorker &worker) -> std::optional<bool> {
                const std::optional<TeamClaim> claimed = worker.claim(what, key);
                return claimed ? std::optional<bool>(claimed->won) : std::nullopt;
            },
            std::move(done));
}

void TeamSync::lease(const QList<ChannelLease> &channels,
                     std::function<void(std::optional<QList<TeamOutboxMessage>>)> done)
{
    ask<QList<TeamOutboxMessage>>(
            [channels](TeamSyncWorker &worker) { return worker.lease(channels); }, std::move(done));
}

void TeamSync::settle(const TeamOutboxMessage &message,
                      std::function<void(std::optional<bool>)> done)
{
    ask<bool>([message](TeamSyncWorker &worker) { return worker.settle(message); },
              std::move(done));
}

std::function<void(const QString &, std::function<void(std::optional<bool>)>)>
TeamSync::claimer(const QString &what)
{
    return [sync = QPointer(this), what](const QString &key,
                                         std::function<void(std::optional<bool>)> done) {
        if (!sync)
            return done(std::nullopt);
        sync->claim(what, key, std::move(done));
    };
}

void TeamSync::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &TeamSyncWorker::sync, Qt::QueuedConnection);
}

} // namespace sitrep
