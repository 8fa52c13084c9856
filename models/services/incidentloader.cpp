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

void IncidentLoader::start()
{
    if (isRunning())
        return;
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath]() -> Outcome {
        Result<std::unique_ptr<Database>> database = Database::openReader(path);
        if (!database)
            return {{}, database.error()};
        IncidentStore store(*database.value());
        Result<QList<Incident>> incidents = store.list(IncidentSelection::All);
        if (!incidents)
            return {{}, incidents.error()};
        return {std::move(incidents).value(), {}};
    }));
}

} // namespace sitrep
