// Team sync against a real PostgreSQL (tests/fixtures/postgres.sh, started for the run; fsync
// off there unless a figure turns it on): each figure against a baseline in the same run. The
// log is what consoles write: declarations, field changes and timeline entries, applied with
// the merge rules.
//   pull and apply 10,000 changes into a fresh console    vs re-reading the whole log at each
//                                                            of 10 notifications
//   notification → the other console has the change      vs polling every 2 s
//   notification → the other console's board shows it    vs polling every 2 s
//   push 1,000 queued changes, fsync off and on           vs one change per call
//   reconnect with 1,000 changes made offline on each side → converged
//                                                          vs pushing them one change per call
// and the GUI thread's longest stall while TeamSync works.
#include "../fixtures/postgresfixture.h"
#include "benchfigures.h"
#include "benchteam.h"
#include "domain/clock.h"
#include "domain/teamincidentfields.h"
#include "itemmodels/incidenttablemodel.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "services/teamsync.h"
#include "services/teamsyncworker.h"
#include "storage/database.h"
#include "storage/teamlog.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace sitrep;

namespace {

// Pushes the changes in the worker's batches; the time taken, or a negative on failure.
double pushBatched(TeamLog &log, const QList<TeamChange> &queued)
{
    QElapsedTimer timer;
    timer.start();
    for (int at = 0; at < queued.size(); at += TeamSyncWorker::pushBatch)
        if (!log.push(queued.mid(at, TeamSyncWorker::pushBatch)))
            return -1;
    return bench::milliseconds(timer);
}

double pushOneByOne(TeamLog &log, const QList<TeamChange> &queued)
{
    QElapsedTimer timer;
    timer.start();
    for (const TeamChange &change : queued)
        if (!log.push({change}))
            return -1;
    return bench::milliseconds(timer);
}

// Waits until `pulled` (TeamSync::pulled) has reported the cursor at `newest` or beyond.
void waitForCursor(QSignalSpy &pulled, qint64 newest)
{
    while (pulled.isEmpty() || pulled.last().at(0).toLongLong() < newest)
        pulled.wait(30'000);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sitrep.*.info=false"));
    bench::Cluster cluster;
    if (!cluster.started) {
        std::fprintf(stderr, "could not start PostgreSQL (is Debian's postgresql installed?)\n");
        return 1;
    }
    auto server = TeamConnection::open(cluster.url, cluster.password, QStringLiteral("bench"));
    if (!server || !TeamSchema::migrate(server.value()))
        return 1;
    TeamLog log(server.value());
    QTemporaryDir dir;
    const int pulled = bench::sizeFrom("SITREP_BENCH_CHANGES", 10'000);
    for (int done = 0; done < pulled; done += 1000)
        if (!log.push(bench::changes(std::min(1000, pulled - done))))
            return 1;

    // 1. A fresh console pulls the whole log.
    bench::StallMeter stall;
    QList<double> fresh;
    double longestStall = 0;
    for (int run = 0; run < bench::runs(); ++run) {
        const QString file = dir.filePath(QStringLiteral("fresh-%1.sqlite").arg(run));
        auto local = Database::open(file);
        TeamSync sync(file, cluster.url, cluster.password);
        QSignalSpy done(&sync, &TeamSync::pulled);
        QElapsedTimer timer;
        stall.start();
        timer.start();
        sync.start();
        waitForCursor(done, pulled);
        fresh << bench::milliseconds(timer);
        longestStall = std::max(longestStall, stall.stop());
    }
    // Baseline: at each of 10 notifications, read the whole log again and rewrite it.
    QList<double> rereading;
    for (int run = 0; run < bench::runs(); ++run) {
        auto local = Database::open(dir.filePath(QStringLiteral("reread-%1.sqlite").arg(run)));
        QElapsedTimer timer;
        timer.start();
        for (int notification = 1; notification <= 10; ++notification) {
            const QList<TeamChange> all = log.pull(0, pulled).value();
            TeamQueue queue(*local.value());
            QSqlQuery wipe(local.value()->connection());
            wipe.exec(QStringLiteral("DELETE FROM team_log"));
            if (!queue.recordPulled(all.mid(0, all.size() * notification / 10), all.last().seq))
                return 1;
        }
        rereading << bench::milliseconds(timer);
    }
    std::printf("pull and apply %d changes into a fresh console: %.0f ms (median of %d; target "
                "< 2000) vs %.0f ms re-reading the whole log at each of 10 notifications\n",
                pulled, bench::median(fresh), bench::runs(), bench::median(rereading));

    // 2. Notification latency: one change pushed by another console at a time.
    const QString file = dir.filePath(QStringLiteral("listener.sqlite"));
    auto listenerFile = Database::open(file);
    TeamSync listener(file, cluster.url, cluster.password);
    QSignalSpy heard(&listener, &TeamSync::pulled);
    listener.start();
    waitForCursor(heard, pulled);
    QList<double> latency;
    stall.start();
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        waitForCursor(heard, log.push(bench::changes(1)).value());
        latency << bench::milliseconds(timer);
    }
    longestStall = std::max(longestStall, stall.stop());
    // The baseline is arithmetic: a change waits half a 2 s poll interval on average.
    std::printf("notification → the other console has the change: median %.1f ms, p95 %.1f ms "
                "(targets 50 and 250) vs about 1000 ms median polling every 2 s\n",
                bench::percentile(latency, 0.5), bench::percentile(latency, 0.95));

    // 3. The board of another console: a declaration pushed, the row on the board.
    {
        const QString boardFile = dir.filePath(QStringLiteral("board.sqlite"));
        auto boardDatabase = Database::open(boardFile);
        const SystemClock clock;
        IncidentService incidents(*boardDatabase.value(), PolicyLoader::load({}).policy, clock);
        IncidentTableModel board(incidents, clock);
        TeamSync boardSync(boardFile, cluster.url, cluster.password);
        QObject::connect(
                &boardSync, &TeamSync::applied, &incidents,
                [&incidents](const TeamApplied &applied) { incidents.announceFromTeam(applied); });
        QSignalSpy caughtUp(&boardSync, &TeamSync::pulled);
        boardSync.start();
        waitForCursor(caughtUp, log.newest().value());
        QSignalSpy rows(&board, &QAbstractItemModel::rowsInserted);
        QList<double> toBoard;
        stall.start();
        for (int i = 0; i < 50; ++i) {
            const QList<TeamChange> next = bench::changes(10);
            const int before = board.rowCount();
            QElapsedTimer timer;
            timer.start();
            if (!log.push(next.mid(0, 1))) // a declaration
                return 1;
            while (board.rowCount() == before)
                rows.wait(5000);
            toBoard << bench::milliseconds(timer);
        }
        longestStall = std::max(longestStall, stall.stop());
        std::printf("notification → the other console's board shows the incident: median %.1f ms, "
                    "p95 %.1f ms (targets 50 and 250) vs about 1000 ms median polling every 2 s\n",
                    bench::percentile(toBoard, 0.5), bench::percentile(toBoard, 0.95));
    }

    // 4. Pushing what a console queued offline, without and with every commit flushed to disk.
    for (const bool flushed : {false, true}) {
        QSqlQuery setting(server.value());
        const QLatin1String on(flushed ? "on" : "off");
        if (!setting.exec(QStringLiteral("ALTER SYSTEM SET fsync = %1").arg(on))
            || !setting.exec(QStringLiteral("ALTER SYSTEM SET synchronous_commit = %1").arg(on))
            || !setting.exec(QStringLiteral("SELECT pg_reload_conf()")))
            return 1;
        // The reload is asynchronous: ask until this connection sees it.
        while (setting.exec(QStringLiteral("SHOW synchronous_commit")) && setting.next()
               && setting.value(0).toString() != on) { }
        QList<double> batched;
        QList<double> oneByOne;
        for (int run = 0; run < bench::runs(); ++run) {
            batched << pushBatched(log, bench::changes(1000));
            oneByOne << pushOneByOne(log, bench::changes(1000));
        }
        std::printf("push 1000 queued changes, fsync and synchronous_commit %s: %.0f ms in batches "
                    "of %d (target < 1000) "
                    "vs %.0f ms one change per call\n",
                    flushed ? "on" : "off", bench::median(batched), TeamSyncWorker::pushBatch,
                    bench::median(oneByOne));
    }

    // 5. Back from offline: 1,000 changes made here wait, 1,000 made elsewhere were missed.
    QList<double> reconnect;
    QList<double> reconnectOneByOne;
    for (int run = 0; run < bench::runs(); ++run) {
        const QString offline = dir.filePath(QStringLiteral("offline-%1.sqlite").arg(run));
        auto database = Database::open(offline);
        {
            TeamSync first(offline, cluster.url, cluster.password); // in step, then offline
            QSignalSpy inStep(&first, &TeamSync::pulled);
            first.start();
            waitForCursor(inStep, log.newest().value());
        }
        TeamQueue queue(*database.value());
        for (const TeamChange &change : bench::changes(1000))
            if (!queue.enqueue(change))
                return 1;
        if (pushBatched(log, bench::changes(1000)) < 0)
            return 1;
        QElapsedTimer timer;
        timer.start();
        TeamSync back(offline, cluster.url, cluster.password);
        QSignalSpy state(&back, &TeamSync::stateChanged);
        back.start();
        while (!(back.state().connected && back.state().pending == 0
                 && back.state().cursor == log.newest().value()))
            state.wait(30'000);
        reconnect << bench::milliseconds(timer);
        reconnectOneByOne << pushOneByOne(log, bench::changes(1000));
    }
    std::printf("reconnect with 1000 changes made offline on each side to converged: %.0f ms "
                "(target < 3000) vs %.0f ms for pushing them one change per call alone\n",
                bench::median(reconnect), bench::median(reconnectOneByOne));
    std::printf("GUI thread's longest stall while syncing: %.1f ms (target < 16)\n", longestStall);
    return 0;
}
