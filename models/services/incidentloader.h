#pragma once

#include "domain/incident.h"

#include <QFutureWatcher>
#include <QObject>

namespace sitrep {

// Reads the whole incident history on a worker thread with its own read-only connection, so a
// large cache never freezes the window while it opens.
class IncidentLoader : public QObject
{
    Q_OBJECT
public:
    explicit IncidentLoader(QString databasePath, QObject *parent = nullptr);

    void start();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    void loaded(const QList<sitrep::Incident> &incidents);
    void failed(const QString &error);

public:
    // What one reading thread produced.
    struct Outcome
    {
        QList<Incident> incidents;
        QString error;
    };

private:
    QString m_databasePath;
    QFutureWatcher<Outcome> m_watcher;
};

} // namespace sitrep
