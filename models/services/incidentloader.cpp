#include "incidentloader.h"

#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/sqlitehandle.h"

#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

namespace {

Q_LOGGING_CATEGORY(loaderLog, "sitrep.loader")

using Outcome = IncidentLoader::Outcome;

// A history comes ready to join the board (`searchable`): with its search texts and its id
// index, built here rather than on the GUI thread.
Outcome loadRange(const QString &path, IncidentSelection selection, IdRange range, bool searchable)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return {{}, 0, database.error()};
    const PageCacheSize cache(sqliteHandle(database.value()->connection()), PageCacheSize::scan);
    IncidentStore store(*database.value());
    Result<QList<BoardIncident>> incidents = store.boardList(selection, range);
    if (!incidents)
        return {{}, 0, incidents.error()};
    SearchableIncidents prepared
            = SearchableIncidents::prepare(std::move(incidents).value(), searchable);
    if (searchable)
        prepared.indexIds();
    return {std::move(prepared), 0, {}};
}

// Many incidents are read in two halves on two threads, each with its own connection: reading
// and preparing the rows for the board is CPU-bound.
Outcome loadInHalves(const QString &path, IncidentSelection selection, bool searchable)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return {{}, 0, database.error()};
    const Result<QList<IdRange>> halves = IncidentStore(*database.value()).splitIds(2);
    if (!halves)
        return {{}, 0, halves.error()};
    database.value().reset();
    QFuture<Outcome> other
            = QtConcurrent::run(loadRange, path, selection, halves.value().at(1), searchable);
    Outcome mine = loadRange(path, selection, halves.value().at(0), searchable);
    // Taken, not copied: a copy would share the incidents with the future, and the merge would
    // then copy every one of them.
    Outcome theirs = other.takeResult();
    if (!mine.error.isEmpty() || !theirs.error.isEmpty())
        return {{}, 0, mine.error.isEmpty() ? theirs.error : mine.error};
    return {SearchableIncidents::merge(std::move(mine.incidents), std::move(theirs.incidents)),
            0,
            {}};
}

// The open incidents and how many resolved ones are left, on one connection.
Outcome loadOpen(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return {{}, 0, database.error()};
    IncidentStore store(*database.value());
    Result<QList<BoardIncident>> open = store.boardList(IncidentSelection::Open);
    if (!open)
        return {{}, 0, open.error()};
    const Result<qint64> resolved = store.countResolved();
    if (!resolved)
        return {{}, 0, resolved.error()};
    // Search texts are built by the board once it shows: the board is on screen sooner.
    return {SearchableIncidents::prepare(std::move(open).value(), false), resolved.value(), {}};
}

Result<QStringList> peopleIn(const QString &path)
{
    Result<std::unique_ptr<Database>> database = Database::openReader(path);
    if (!database)
        return Error {database.error()};
    return IncidentStore(*database.value()).people();
}

} // namespace

IncidentLoader::IncidentLoader(QString databasePath, QObject *parent)
    : QObject(parent), m_databasePath(std::move(databasePath))
{
    // Results are taken, not copied: the future would otherwise keep a second reference to
    // the incidents, and the board's first edit would copy all of them.
    connect(&m_first, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome outcome = m_first.future().takeResult();
        if (!outcome.error.isEmpty()) {
            m_historyFirst = false; // loadHistory() may try again
            return Q_EMIT failed(outcome.error);
        }
        m_historyLoaded = m_historyLoaded || outcome.historyLeft == 0;
        Q_EMIT loaded(outcome.incidents, outcome.historyLeft);
    });
    connect(&m_people, &QFutureWatcher<Result<QStringList>>::finished, this, [this] {
        const Result<QStringList> people = m_people.result();
        // Only suggestions are missing: the roles still take any name typed in.
        if (!people) {
            qCWarning(loaderLog, "%s", qPrintable(people.error()));
            return;
        }
        Q_EMIT peopleRead(people.value());
    });
    connect(&m_history, &QFutureWatcher<Outcome>::finished, this, [this] {
        Outcome outcome = m_history.future().takeResult();
        if (!outcome.error.isEmpty())
            return Q_EMIT historyFailed(outcome.error);
        m_historyLoaded = true;
        m_taken = std::move(outcome.incidents);
        Q_EMIT historyLoaded();
    });
}

void IncidentLoader::start(IncidentSelection first)
{
    if (isRunning())
        return;
    m_historyFirst = first != IncidentSelection::Open;
    // A whole history comes with its search texts and id index, as loadHistory()'s does.
    m_first.setFuture(first == IncidentSelection::Open
                              ? QtConcurrent::run(loadOpen, m_databasePath)
                              : QtConcurrent::run(loadInHalves, m_databasePath, first, true));
}

bool IncidentLoader::loadHistory()
{
    if (m_historyLoaded || isLoadingHistory() || m_historyFirst)
        return false;
    // Off the board's first paint, so the search texts and the id index are built here too.
    m_history.setFuture(
            QtConcurrent::run(loadInHalves, m_databasePath, IncidentSelection::Resolved, true));
    return true;
}

void IncidentLoader::readPeople()
{
    // Read once: later names come from the board's rows and the person typing them.
    if (std::exchange(m_peopleAsked, true))
        return;
    m_people.setFuture(QtConcurrent::run(peopleIn, m_databasePath));
}

} // namespace sitrep
