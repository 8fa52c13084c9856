#include "slomonitor.h"

#include "monitoringservice.h"
#include "offthread.h"
#include "storage/database.h"
#include "storage/slostore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"
#include "textfilereader.h"

namespace sitrep {

SloMonitor::SloMonitor(Database &database, MonitoringService &monitoring, const Clock &clock,
                       QObject *parent)
    : QObject(parent),
      m_database(database),
      m_monitoring(monitoring),
      m_clock(clock),
      m_store(std::make_unique<SloStore>(database)),
      m_fetcher(monitoring.prometheus())
{
    m_timer.setInterval(std::chrono::minutes(1));
    connect(&m_timer, &QTimer::timeout, this, &SloMonitor::refreshNow);
}

SloMonitor::~SloMonitor()
{
    // A job reads the database file: it must end before the database and SQLite go away.
    m_pool.waitForDone();
}

Result<SloImport> SloMonitor::importFiles(const QStringList &paths)
{
    QList<SloImport::File> files;
    for (const QString &path : paths) {
        const Result<QByteArray> text = TextFileReader::read(path);
        if (!text)
            return Error {text.error()};
        files.append({text.value(), path});
    }
    Result<SloImport> imported = SloImport::parse(files);
    if (!imported)
        return imported;
    if (const Result<void> saved = save(imported.value().slos); !saved)
        return Error {saved.error()};
    return imported;
}

Result<QList<Slo>> SloMonitor::slos()
{
    return m_store->list();
}

Result<void> SloMonitor::save(const QList<Slo> &slos)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    TeamRecorder team(m_database);
    for (const Slo &slo : slos) {
        if (const Result<void> saved = m_store->save(slo); !saved)
            return saved;
        if (auto recorded = team.document(TeamDocumentStore::Kind::Slo, slo.name); !recorded)
            return recorded;
    }
    return transaction.commit();
}

Result<void> SloMonitor::storeEvents(const QString &slo, const QList<SloEvent> &events)
{
    return m_store->storeEvents(slo, events);
}

QDateTime SloMonitor::onStep(const QDateTime &at)
{
    const qint64 stepMs = std::chrono::milliseconds(SloEvents::step).count();
    const qint64 ms = at.toMSecsSinceEpoch();
    return QDateTime::fromMSecsSinceEpoch(ms - ms % stepMs, Qt::UTC);
}

void SloMonitor::refresh(const Endpoint &endpoint, const QDateTime &at,
                         std::function<void(Result<SloSnapshot>)> done)
{
    const QDateTime when = onStep(at.isValid() ? at : m_clock.now());
    const Result<QList<Slo>> slos = m_store->list();
    if (!slos)
        return done(Error {slos.error()});
    QList<SloFetch> fetches;
    const qint64 atMs = when.toMSecsSinceEpoch();
    for (const Slo &slo : slos.value()) {
        const qint64 startMs = SloReports::windowStart(slo, when).toMSecsSinceEpoch();
        // An indexed look at the hours at either end: quick enough for this thread.
        const Result<TimeSpan> cached = m_store->cachedSpan(slo.name, startMs, atMs);
        if (!cached)
            return done(Error {cached.error()});
        SloFetch fetch;
        fetch.slo = slo;
        fetch.spans
                = SloEvents::missing(startMs, atMs, cached.value().startMs, cached.value().endMs);
        if (!fetch.spans.isEmpty())
            fetches.append(fetch);
    }
    m_monitoring.withSecret(
            endpoint,
            [this, endpoint, when, fetches, done](QString secret, QString problem) mutable {
                if (!problem.isEmpty()) {
                    for (SloFetch &fetch : fetches)
                        fetch.problem = problem;
                    return calculate(std::move(fetches), when, std::move(done));
                }
                m_fetcher.fetch(endpoint, secret, std::move(fetches),
                                [this, when, done](QList<SloFetch> fetched) {
                                    calculate(std::move(fetched), when, done);
                                });
            });
}

void SloMonitor::report(const QDateTime &at, std::function<void(Result<SloSnapshot>)> done)
{
    calculate({}, onStep(at.isValid() ? at : m_clock.now()), std::move(done));
}

void SloMonitor::calculate(QList<SloFetch> fetches, const QDateTime &at,
                           std::function<void(Result<SloSnapshot>)> done)
{
    runOffThread<Result<SloSnapshot>>(
            this, m_pool,
            [path = m_database.path(), fetches = std::move(fetches), at] {
                return SloCalculation::run(path, fetches, at);
            },
            std::move(done));
}

void SloMonitor::chart(const QString &slo, const QDateTime &at,
                       std::function<void(Result<SloChart>)> done)
{
    runOffThread<Result<SloChart>>(
            this, m_pool,
            [path = m_database.path(), slo, at = onStep(at.isValid() ? at : m_clock.now())] {
                return SloCalculation::chart(path, slo, at);
            },
            std::move(done));
}

void SloMonitor::start()
{
    refreshNow();
    m_timer.start();
}

void SloMonitor::refreshNow()
{
    if (m_busy)
        return;
    m_busy = true;
    const auto announce = [this](Result<SloSnapshot> snapshot) {
        m_busy = false;
        if (!snapshot)
            return Q_EMIT failed(snapshot.error());
        m_latest = snapshot.value();
        Q_EMIT updated(snapshot.value());
    };
    const Result<std::optional<Endpoint>> endpoint = m_monitoring.verificationEndpoint();
    if (endpoint && endpoint.value())
        refresh(*endpoint.value(), {}, announce);
    else
        report({}, announce);
}

} // namespace sitrep
