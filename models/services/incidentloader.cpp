#include "incidentloader.h"

#include "storage/database.h"
#include "storage/incidentstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

IncidentLoader::IncidentLoader(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome outcome = m_watcher.result();
        if (outcome.error.isEmpty())
            Q_EMIT loaded(outcome.incidents);
        else
            Q_EMIT failed(outcome.error);
    });
}

namespace {

IncidentLoader::Outcome loadShare(const QString &path, IncidentShare share)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return {{}, database.error()};
    IncidentStore store(*database.value());
    Result<QList<Incident>> incidents = store.list(IncidentSelection::All, share);
    if (!incidents)
        return {{}, incidents.error()};
    return {std::move(incidents).value(), {}};
}

} // namespace

void IncidentLoader::start()
{
    if (isRunning())
        return;
    // Two halves on two threads, each with its own connection: reading is CPU-bound.
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath]() -> Outcome {
        QFuture<Outcome> other = QtConcurrent::run(loadShare, path, IncidentShare {1, 2});
        Outcome mine = loadShare(path, IncidentShare {0, 2});
        Outcome theirs = other.result();
        if (!mine.error.isEmpty() || !theirs.error.isEmpty())
            return {{}, mine.error.isEmpty() ? theirs.error : mine.error};
        // The board orders rows itself, so the halves are simply put together.
        mine.incidents.append(std::move(theirs.incidents));
        return mine;
    }));
}

} // namespace sitrep
