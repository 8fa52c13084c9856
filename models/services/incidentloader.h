#pragma once

#include "domain/incidentsearch.h"
#include "domain/incidentselection.h"
#include "domain/result.h"

#include <QFutureWatcher>
#include <QObject>

namespace sitrep {

// Reads incidents on worker threads, each with its own read-only connection, so a large cache
// never freezes the window. The open incidents come first (start()); the resolved history is
// read only when a view first needs it (loadHistory()), so a decade of history costs neither
// time nor memory until someone looks at it. Only the board's fields are read
// (BoardIncident); the whole incident comes from IncidentService::incident().
class IncidentLoader : public QObject
{
    Q_OBJECT
public:
    explicit IncidentLoader(QString databasePath, QObject *parent = nullptr);

    // Reads the open incidents and counts the resolved ones. With IncidentSelection::All the
    // whole history is read before the board shows: for a board that opens on the history (the
    // scope the person left it on), and the eager load a benchmark compares with.
    void start(IncidentSelection first = IncidentSelection::Open);
    // Reads the resolved incidents, once; a failed read may be asked for again. False when
    // nothing is started: the history is read, being read, or part of start()'s read.
    bool loadHistory();
    // Reads who held a role or responded (peopleRead()), once: a scan of every incident, so
    // only when a workspace first needs the names.
    void readPeople();
    [[nodiscard]] bool isRunning() const { return m_first.isRunning(); }
    [[nodiscard]] bool isLoadingHistory() const { return m_history.isRunning(); }
    // Taken rather than passed in the signal: the receiver owns the only reference, so a
    // million incidents move into the board instead of being copied.
    [[nodiscard]] SearchableIncidents takeHistory() { return std::exchange(m_taken, {}); }

Q_SIGNALS:
    // In triage order, ready for the board, with how many resolved incidents were left to
    // loadHistory(). The open incidents alone come without their search texts (the board builds
    // them once shown); a whole history comes with them and its id index.
    void loaded(const sitrep::SearchableIncidents &incidents, qint64 historyLeft);
    void failed(const QString &error);
    // The resolved incidents are read, in triage order with their search texts: takeHistory()
    // hands them over.
    void historyLoaded();
    void historyFailed(const QString &error);
    // Everyone who held a role on an incident or responded to one (IncidentStore::people()):
    // the names a workspace offers for its roles.
    void peopleRead(const QStringList &people);

public:
    // What the reading threads produced.
    struct Outcome
    {
        SearchableIncidents incidents;
        qint64 historyLeft = 0;
        QString error;
    };

private:
    QString m_databasePath;
    bool m_historyLoaded = false;
    bool m_historyFirst = false; // start() reads the history too
    bool m_peopleAsked = false;
    QFutureWatcher<Outcome> m_first;
    QFutureWatcher<Outcome> m_history;
    QFutureWatcher<Result<QStringList>> m_people;
    SearchableIncidents m_taken;
};

} // namespace sitrep
