#pragma once

#include "domain/clock.h"

#include <QFutureWatcher>
#include <QObject>
#include <QTimer>

namespace sitrep {

// Takes the daily online backup while the app or a long-running sitrepctl runs, keeps the
// newest 30 (the seed's backup terms applied to our own data). The copy runs on a worker
// thread with its own connection, so the GUI never waits for it.
class BackupScheduler : public QObject
{
    Q_OBJECT
public:
    BackupScheduler(QString databasePath, const Clock &clock, QObject *parent = nullptr);

    // Checks now and then every hour whether a backup is due.
    void start();
    [[nodiscard]] bool isBackupDue() const;
    void backupNow();
    [[nodiscard]] bool isRunning() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    // error is empty on success.
    void backupFinished(const QString &file, const QString &error);

private:
    void backupIfDue();

    QString m_databasePath;
    const Clock &m_clock;
    QTimer m_timer;
    QFutureWatcher<QString> m_watcher;
    QString m_pendingFile;
};

} // namespace sitrep
