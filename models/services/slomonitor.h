#pragma once

#include "domain/clock.h"
#include "domain/slo.h"
#include "slocalculation.h"
#include "slofetcher.h"
#include "sloimport.h"

#include <memory>

#include <QObject>
#include <QThreadPool>
#include <QTimer>

namespace sitrep {

class SloStore;
class Database;
class MonitoringService;

// The SLOs: their definitions, the cache of their events, and the reports and charts computed
// from it. Fetching runs on the GUI thread's network; storing and computing on a worker, so a
// month of samples never holds up a frame.
class SloMonitor : public QObject
{
    Q_OBJECT
public:
    SloMonitor(Database &database, MonitoringService &monitoring, const Clock &clock,
               QObject *parent = nullptr);
    ~SloMonitor() override;

    [[nodiscard]] Result<QList<Slo>> slos();
    // Saves the SLOs (new or changed) in one transaction: all or none.
    [[nodiscard]] Result<void> save(const QList<Slo> &slos);
    // Records events as if fetched: the demo's stand-in for a Prometheus.
    [[nodiscard]] Result<void> storeEvents(const QString &slo, const QList<SloEvent> &events);

    // Reads OpenSLO or Sloth files together (an SLO may name an SLI of another file) and saves
    // all their SLOs, or none; the import lists the fields Sitrep does not use.
    [[nodiscard]] Result<SloImport> importFiles(const QStringList &paths);

    // Fetches what the cache lacks up to `at` from `endpoint`, stores it and reports on every
    // SLO. A failed fetch is a problem in the snapshot; the SLO is then reported from the cache.
    void refresh(const Endpoint &endpoint, const QDateTime &at,
                 std::function<void(Result<SloSnapshot>)> done);
    // Reports from the cache alone (offline).
    void report(const QDateTime &at, std::function<void(Result<SloSnapshot>)> done);
    void chart(const QString &slo, const QDateTime &at, std::function<void(Result<SloChart>)> done);

    // The console: refreshes from the first configured Prometheus every minute (from the cache
    // when there is none) and announces each snapshot.
    void start();
    [[nodiscard]] const std::optional<SloSnapshot> &latest() const { return m_latest; }

Q_SIGNALS:
    void updated(const sitrep::SloSnapshot &snapshot);
    void failed(const QString &problem);

private:
    void refreshNow();
    // The report instant: `at` on a whole step, so every report lines up with the cache.
    [[nodiscard]] static QDateTime onStep(const QDateTime &at);
    void calculate(QList<SloFetch> fetches, const QDateTime &at,
                   std::function<void(Result<SloSnapshot>)> done);

    Database &m_database;
    MonitoringService &m_monitoring;
    const Clock &m_clock;
    std::unique_ptr<SloStore> m_store;
    SloFetcher m_fetcher;
    QTimer m_timer;
    QThreadPool m_pool;
    bool m_busy = false;
    std::optional<SloSnapshot> m_latest;
};

} // namespace sitrep
