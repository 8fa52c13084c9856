#include "teamsync.h"

#include "teamsyncworker.h"

namespace sitrep {

TeamSync::TeamSync(const QString &databasePath, TeamUrl url, QString password, QObject *parent)
    : QObject(parent),
      m_worker(new TeamSyncWorker(databasePath, std::move(url), std::move(password)))
{
    qRegisterMetaType<sitrep::TeamSyncState>();
    qRegisterMetaType<sitrep::TeamApplied>();
    m_thread.setObjectName(QStringLiteral("team sync"));
    m_worker->moveToThread(&m_thread);
    connect(m_worker, &TeamSyncWorker::stateChanged, this, [this](const TeamSyncState &state) {
        m_state = state;
        Q_EMIT stateChanged(state);
    });
    connect(m_worker, &TeamSyncWorker::pulled, this, &TeamSync::pulled);
    connect(m_worker, &TeamSyncWorker::applied, this, &TeamSync::applied);
}

TeamSync::~TeamSync()
{
    if (!m_thread.isRunning()) {
        delete m_worker;
        return;
    }
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

void TeamSync::start()
{
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, &TeamSyncWorker::start, Qt::QueuedConnection);
}

void TeamSync::syncNow()
{
    QMetaObject::invokeMethod(m_worker, &TeamSyncWorker::sync, Qt::QueuedConnection);
}

} // namespace sitrep
