// Fan-out across a team: 50 consoles (each its own sync worker thread, QPSQL connection and
// SQLite file) follow one server while another console writes; every change must reach all 50.
//   change committed → in every console's file     vs 50 consoles polling every 2 s
// with the server's CPU over each phase (its processes' user and system time) and the pushes
// per second one server takes from 4 writers while the 50 listen.
#include "benchfigures.h"
#include "benchteam.h"
#include "services/teamsync.h"
#include "storage/database.h"
#include "storage/teamlog.h"
#include "storage/teamschema.h"

#include <atomic>
#include <functional>
#include <limits>
#include <thread>

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QHash>
#include <QLoggingCategory>
#include <QThread>
#include <QTimer>

using namespace sitrep;

namespace {

constexpr int consoles = 50;
constexpr int written = 200;      // changes, one every SITREP_BENCH_PACE_MS (100: a busy war room)
constexpr int pollEveryMs = 2000; // the baseline

// CPU seconds the server's processes (the postmaster and every backend) have used so far.
double serverCpuSeconds()
{
    const double tick = double(sysconf(_SC_CLK_TCK));
    double seconds = 0;
    for (const QString &pid : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile command(QStringLiteral("/proc/%1/comm").arg(pid));
        if (!command.open(QIODevice::ReadOnly) || !command.readAll().startsWith("postgres"))
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Fields after the command's closing parenthesis: utime and stime are the 12th and 13th.
        const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
        if (fields.size() > 12)
            seconds += (fields.at(11).toDouble() + fields.at(12).toDouble()) / tick;
    }
    return seconds;
}

// Calls `tick` `firstMs` from now, then every `intervalMs`, until it returns false: on timers
// in this thread's own event loop, so a paced writer or a polling console waits on a signal,
// not in a sleep, and drifts no further than the timer does.
void every(int firstMs, int intervalMs, const std::function<bool()> &tick)
{
    QEventLoop loop;
    QTimer timer;
    timer.setTimerType(Qt::PreciseTimer);
    QObject::connect(&timer, &QTimer::timeout, &loop, [&] {
        timer.setInterval(intervalMs);
        if (!tick())
            loop.quit();
    });
    timer.start(firstMs);
    loop.exec();
}

// Pushes `written` changes at a steady pace from a thread of its own (as another console
// would), while this thread's event loop takes the consoles' signals as they come; when each
// change was committed, by its number.
QHash<qint64, qint64> writeSteadily(const bench::Cluster &cluster, QElapsedTimer &clock)
{
    static const int pace = bench::sizeFrom("SITREP_BENCH_PACE_MS", 100);
    QHash<qint64, qint64> committedAt;
    QEventLoop loop;
    std::thread writer([&] {
        {
            auto connection
                    = TeamConnection::open(cluster.url, cluster.password, QStringLiteral("steady"));
            if (connection) {
                TeamLog log(connection.value());
                int pushed = 0;
                every(0, pace, [&] {
                    const Result<qint64> seq = log.push(bench::changes(1));
                    if (seq)
                        committedAt.insert(seq.value(), clock.nsecsElapsed() / 1000);
                    return ++pushed < written;
                });
            }
        }
        TeamConnection::close(QStringLiteral("steady"));
        QMetaObject::invokeMethod(&loop, &QEventLoop::quit, Qt::QueuedConnection);
    });
    loop.exec();
    writer.join();
    return committedAt;
}

QList<double> latencies(const QHash<qint64, qint64> &committedAt,
                        const QList<QHash<qint64, qint64>> &seenAt)
{
    QList<double> values;
    for (const QHash<qint64, qint64> &seen : seenAt)
        for (auto it = committedAt.begin(); it != committedAt.end(); ++it)
            values << (seen.contains(it.key()) ? double(seen.value(it.key()) - it.value()) / 1000
                                               : 1e9); // never arrived
    return values;
}

void report(const char *what, const QList<double> &values, double cpu, double wall)
{
    std::printf("%s: median %.0f ms, p95 %.0f ms, max %.0f ms over %lld deliveries; server CPU "
                "%.0f%% of a core\n",
                what, bench::percentile(values, 0.5), bench::percentile(values, 0.95),
                bench::percentile(values, 1.0), qlonglong(values.size()), 100 * cpu / wall);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // Four writers at once may push a change before its incident's declaration: said once
    // per console, which is noise here.
    QLoggingCategory::setFilterRules(
            QStringLiteral("sitrep.*.info=false\nsitrep.team.warning=false"));
    bench::Cluster cluster;
    if (!cluster.started) {
        std::fprintf(stderr, "could not start PostgreSQL (is Debian's postgresql installed?)\n");
        return 1;
    }
    auto server = TeamConnection::open(cluster.url, cluster.password, QStringLiteral("writer"));
    if (!server || !TeamSchema::migrate(server.value()))
        return 1;
    TeamLog log(server.value());
    QTemporaryDir dir;
    QElapsedTimer clock;
    clock.start();

    // 1. Fifty live consoles, told by LISTEN/NOTIFY.
    QList<QHash<qint64, qint64>> seenAt(consoles);
    std::vector<std::unique_ptr<Database>> files;
    std::vector<std::unique_ptr<TeamSync>> syncs;
    for (int i = 0; i < consoles; ++i) {
        const QString file = dir.filePath(QStringLiteral("console-%1.sqlite").arg(i));
        files.push_back(Database::open(file).value());
        syncs.push_back(std::make_unique<TeamSync>(file, cluster.url, cluster.password));
        QObject::connect(syncs.back().get(), &TeamSync::pulled, [&seenAt, &clock, i](qint64 to) {
            const qint64 now = clock.nsecsElapsed() / 1000;
            for (qint64 seq = to; seq > 0 && !seenAt[i].contains(seq); --seq)
                seenAt[i].insert(seq, now);
        });
        syncs.back()->start();
    }
    while (std::any_of(syncs.begin(), syncs.end(),
                       [](const auto &sync) { return !sync->state().connected; }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 100);
    for (auto &seen : seenAt)
        seen.clear();
    double cpu = serverCpuSeconds();
    QElapsedTimer wall;
    wall.start();
    const QHash<qint64, qint64> committed = writeSteadily(cluster, clock);
    const qint64 newest = log.newest().value();
    QElapsedTimer grace;
    grace.start();
    while (grace.elapsed() < 10'000
           && std::any_of(seenAt.begin(), seenAt.end(),
                          [newest](const auto &seen) { return !seen.contains(newest); }))
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    report("LISTEN/NOTIFY, 50 consoles: change committed → in every console's file",
           latencies(committed, seenAt), serverCpuSeconds() - cpu, double(wall.elapsed()) / 1000);

    // 2. Pushes per second with the 50 listening: 4 writers, one change per call, 5 s.
    std::atomic<int> pushes {0};
    std::atomic<bool> stop {false};
    std::vector<std::thread> writers;
    cpu = serverCpuSeconds();
    wall.restart();
    for (int w = 0; w < 4; ++w)
        writers.emplace_back([&cluster, &pushes, &stop, w] {
            const QString name = QStringLiteral("pusher-%1").arg(w);
            {
                auto connection = TeamConnection::open(cluster.url, cluster.password, name);
                if (!connection)
                    return;
                TeamLog own(connection.value());
                while (!stop)
                    if (own.push(bench::changes(1)))
                        ++pushes;
            }
            TeamConnection::close(name);
        });
    while (wall.elapsed() < 5000)
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    stop = true;
    for (std::thread &writer : writers)
        writer.join();
    const double seconds = double(wall.elapsed()) / 1000;
    std::printf("pushes per second, 4 writers while 50 consoles listen and apply: %.0f (server "
                "CPU %.0f%% of a core)\n",
                pushes / seconds, 100 * (serverCpuSeconds() - cpu) / seconds);
    syncs.clear();
    files.clear();

    // 3. Baseline: the same 50 consoles polling every 2 s instead (each its own connection,
    // pulling after its cursor; spread over the interval as independent machines would be).
    QList<QHash<qint64, qint64>> polledAt(consoles);
    std::vector<std::unique_ptr<QThread>> pollers;
    const qint64 start = log.newest().value();
    // The newest change written, once the writer is done: each poller stops when it has it.
    std::atomic<qint64> last {std::numeric_limits<qint64>::max()};
    for (int i = 0; i < consoles; ++i) {
        pollers.push_back(std::unique_ptr<QThread>(QThread::create([&, i] {
            const QString name = QStringLiteral("poller-%1").arg(i);
            {
                auto connection = TeamConnection::open(cluster.url, cluster.password, name);
                if (!connection)
                    return;
                TeamLog own(connection.value());
                qint64 cursor = start;
                every(pollEveryMs * i / consoles, pollEveryMs, [&] {
                    const Result<QList<TeamChange>> page = own.pull(cursor, 1000);
                    const qint64 now = clock.nsecsElapsed() / 1000;
                    if (page)
                        for (const TeamChange &change : page.value()) {
                            polledAt[i].insert(change.seq, now);
                            cursor = change.seq;
                        }
                    return cursor < last;
                });
            }
            TeamConnection::close(name);
        })));
        pollers.back()->start();
    }
    cpu = serverCpuSeconds();
    wall.restart();
    const QHash<qint64, qint64> polledCommitted = writeSteadily(cluster, clock);
    last = log.newest().value();
    for (auto &poller : pollers)
        poller->wait();
    report("baseline, 50 consoles polling every 2 s", latencies(polledCommitted, polledAt),
           serverCpuSeconds() - cpu, double(wall.elapsed()) / 1000);
    return 0;
}
