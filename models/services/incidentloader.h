#pragma once

#include "domain/incidentsearch.h"

#include <QFutureWatcher>
#include <QObject>

namespace sitrep {

// Reads the whole incident history on a worker thread with its own read-only connection, so a
// large cache never freezes the window while it opens. Only the board's fields are read
// (IncidentFields::Board); the rest of an incident comes from IncidentService::incident().
class IncidentLoader : public QObject
{
    Q_OBJECT
public:
    explicit IncidentLoader(QString databasePath, QObject *parent = nullptr);

    void start();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // In triage order (search texts not built yet), ready for the board.
    void loaded(const sitrep::SearchableIncidents &history);
    void failed(const QString &error);

public:
    // What one reading thread produced.
    struct Outcome
    {
        SearchableIncidents history;
        QString error;
    };

private:
    QString m_databasePath;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sitrep
