#pragma once

#include <QFutureWatcher>
#include <QObject>

namespace sitrep {

class Database;

// Runs SQLite's page check of a database opened with IntegrityCheck::Deferred on a worker
// thread. A damaged file is marked on the Database, so every later write is refused with the
// reason, and reported through finished().
class DatabaseVerifier : public QObject
{
    Q_OBJECT
public:
    explicit DatabaseVerifier(Database &database, QObject *parent = nullptr);

    void start();

Q_SIGNALS:
    // `problem` is empty when the file is healthy.
    void finished(const QString &problem);

private:
    Database &m_database;
    QFutureWatcher<QString> m_watcher;
};

} // namespace sitrep
