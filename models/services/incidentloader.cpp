#include "incidentloader.h"

#include "storage/database.h"
#include "storage/incidentstore.h"

#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

IncidentLoader::IncidentLoader(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        // Taken, not copied: the future would otherwise keep a second reference to the whole
        // history, and the board's first edit would copy all of it.
        Outcome outcome = m_watcher.future().takeResult();
        if (outcome.error.isEmpty())
            Q_EMIT loaded(outcome.history);
        else
            Q_EMIT failed(outcome.error);
    });
}

namespace {

IncidentLoader::Outcome loadRange(const QString &path, IdRange range)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return {{}, database.error()};
    IncidentStore store(*database.value());
    Result<QList<Incident>> incidents
            = store.list(IncidentSelection::All, range, IncidentFields::Board);
    if (!incidents)
        return {{}, incidents.error()};
    // Search texts are built by the board once it shows: the board is on screen sooner.
    return {SearchableIncidents::prepare(std::move(incidents).value(), false), {}};
}

Result<QList<IdRange>> splitHistory(const QString &path, int parts)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return Error {database.error()};
    return IncidentStore(*database.value()).splitIds(parts);
}

} // namespace

void IncidentLoader::start()
{
    if (isRunning())
        return;
    // Two halves on two threads, each with its own connection: reading and preparing the
    // rows for the board is CPU-bound.
    m_watcher.setFuture(QtConcurrent::run([path = m_databasePath]() -> Outcome {
        const Result<QList<IdRange>> halves = splitHistory(path, 2);
        if (!halves)
            return {{}, halves.error()};
        QFuture<Outcome> other = QtConcurrent::run(loadRange, path, halves.value().at(1));
        Outcome mine = loadRange(path, halves.value().at(0));
        Outcome theirs = other.result();
        if (!mine.error.isEmpty() || !theirs.error.isEmpty())
            return {{}, mine.error.isEmpty() ? theirs.error : mine.error};
        return {SearchableIncidents::merge(std::move(mine.history), std::move(theirs.history)), {}};
    }));
}

} // namespace sitrep
