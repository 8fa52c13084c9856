// Team sync against a real PostgreSQL (tests/fixtures/postgres.sh, started for the run; fsync
// off there, so pushes are measured without disk flushes): each figure against a baseline in
// the same run.
//   pull and record 10,000 changes into a fresh console   vs re-reading the whole log at each
//                                                            of 10 notifications
//   notification → the other console has the change      vs polling every 2 s
//   push 1,000 queued changes                             vs one change per call
// and the GUI thread's longest stall while TeamSync works.
#include "../fixtures/postgresfixture.h"
#include "benchfigures.h"
#include "services/teamsync.h"
#include "storage/database.h"
#include "storage/teamlog.h"
#include "storage/teamqueue.h"
#include "storage/teamschema.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSignalSpy>

using namespace sitrep;

namespace {

struct Cluster
{
    QTemporaryDir state;
    bool started = false;
    TeamUrl url;
    QString password;
    Cluster()
    {
        const QString script = QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/postgres.sh");
        started = QProcess::execute(script, {QStringLiteral("start"), state.path()}) == 0;
        QFile port(state.filePath(QStringLiteral("postgres.port")));
        QFile secret(state.filePath(QStringLiteral("owner.password")));
        if (!started || !port.open(QIODevice::ReadOnly) || !secret.open(QIODevice::ReadOnly))
            return;
        password = QString::fromUtf8(secret.readAll().trimmed());
        url.host = QStringLiteral("127.0.0.1");
        url.port = port.readAll().trimmed().toInt();
        url.database = QStringLiteral("postgres");
        url.user = QStringLiteral("sitrep_owner");
        url.parameters
                = {{QStringLiteral("sslmode"), QStringLiteral("verify-full")},
                   {QStringLiteral("sslrootcert"), state.filePath(QStringLiteral("ca.crt"))}};
    }
    ~Cluster()
    {
        QProcess::execute(QStringLiteral(SITREP_SOURCE_DIR "/tests/fixtures/postgres.sh"),
                          {QStringLiteral("stop"), state.path()});
    }
};

QList<TeamChange> changes(int count)
{
    QList<TeamChange> made;
    for (int i = 0; i < count; ++i)
        made << postgres_fixture::sampleChange(QByteArray::number(i));
    return made;
}

double percentile(QList<double> values, double share)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(qsizetype(share * double(values.size() - 1)));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("sitrep.*.info=false"));
    Cluster cluster;
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
        if (!log.push(changes(std::min(1000, pulled - done))))
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
        while (done.isEmpty() || done.last().at(0).toLongLong() < pulled)
            done.wait(30'000);
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
    std::printf("pull and record %d changes into a fresh console: %.0f ms (median of %d; target "
                "< 2000) vs %.0f ms re-reading the whole log at each of 10 notifications\n",
                pulled, bench::median(fresh), bench::runs(), bench::median(rereading));

    // 2. Notification latency: one change pushed by another console at a time.
    const QString file = dir.filePath(QStringLiteral("listener.sqlite"));
    auto listenerFile = Database::open(file);
    TeamSync listener(file, cluster.url, cluster.password);
    QSignalSpy heard(&listener, &TeamSync::pulled);
    listener.start();
    while (heard.isEmpty() || heard.last().at(0).toLongLong() < pulled)
        heard.wait(30'000);
    QList<double> latency;
    stall.start();
    for (int i = 0; i < 50; ++i) {
        QElapsedTimer timer;
        timer.start();
        const qint64 newest = log.push(changes(1)).value();
        while (heard.last().at(0).toLongLong() < newest)
            heard.wait(5000);
        latency << bench::milliseconds(timer);
    }
    longestStall = std::max(longestStall, stall.stop());
    // The baseline is arithmetic: a change waits half a 2 s poll interval on average.
    std::printf("notification → the other console has the change: median %.1f ms, p95 %.1f ms "
                "(targets 50 and 250) vs about 1000 ms median polling every 2 s\n",
                percentile(latency, 0.5), percentile(latency, 0.95));

    // 3. Pushing what a console queued offline.
    QList<double> batched;
    QList<double> oneByOne;
    for (int run = 0; run < bench::runs(); ++run) {
        const QList<TeamChange> queued = changes(1000);
        QElapsedTimer timer;
        timer.start();
        for (int at = 0; at < queued.size(); at += 500) // TeamSyncWorker::pushBatch
            if (!log.push(queued.mid(at, 500)))
                return 1;
        batched << bench::milliseconds(timer);
        const QList<TeamChange> single = changes(1000);
        timer.restart();
        for (const TeamChange &change : single)
            if (!log.push({change}))
                return 1;
        oneByOne << bench::milliseconds(timer);
    }
    std::printf("push 1000 queued changes: %.0f ms in batches of 500 (target < 1000) vs %.0f ms "
                "one change per call\n",
                bench::median(batched), bench::median(oneByOne));
    std::printf("GUI thread's longest stall while syncing: %.1f ms (target < 16)\n", longestStall);
    return 0;
}
