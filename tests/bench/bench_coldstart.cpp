// Cold start benchmark: the whole console, from exec to the board's first painted frame with
// rows, on a company's profile: N incidents (the newest 200 open), 50 SLOs × 30 days of
// one-minute samples, 100 on-call schedules and 10,000 cached alerts. Two baselines in the same
// run: the same start with the whole history read before the board shows
// (SITREP_EAGER_HISTORY=1), as the console started before it read history on demand; and with
// that and every view built eagerly besides (SITREP_EAGER_VIEWS=1: the inbox, the dashboard,
// the SLO snapshot and chart read their data at once, shown or not).
//
//   bench_coldstart                 the growth curve at 10,000, 100,000 and 1,000,000
//                                   incidents (SITREP_BENCH_SIZES=10000,100000 to choose),
//                                   SITREP_BENCH_RUNS fresh processes per variant (default 5)
//   bench_coldstart generate FILE N the profile with N incidents, to start the console on by hand
//
// The console reports the frame itself (SITREP_STARTUP_PROBE=1, see app/gui/startupprobe.h)
// with its resident memory and high-water mark, and quits.
#include "benchfigures.h"
#include "benchprofile.h"
#include "services/alertservice.h"
#include "services/monitoringservice.h"
#include "services/oncallservice.h"
#include "services/schedulefilewriter.h"
#include "services/slomonitor.h"
#include "sync/alertmanageralerts.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::across;
using bench::median;
using bench::milliseconds;
using bench::spread;

namespace {

bool failed(const QString &what, const QString &error)
{
    std::fprintf(stderr, "could not write the profile's %s: %s\n", qPrintable(what),
                 qPrintable(error));
    return false;
}

// Everything but the incidents, written into the file the incidents are in.
bool addTheRest(const QString &file)
{
    auto database = Database::open(file);
    if (!database)
        return failed(u"file"_s, database.error());
    SystemClock clock;
    const QDateTime now = clock.now();
    IncidentService incidents(*database.value(), PolicyLoader::load({}).policy, clock);
    MonitoringService monitoring(*database.value(), incidents, clock);
    SloMonitor slos(*database.value(), monitoring, clock);
    const Slo seed = SloDefaults::seed(u"payments"_s).first();
    QList<SloEvent> month;
    constexpr int minutes = 30 * 24 * 60;
    for (int minute = 0; minute < minutes; ++minute)
        month << SloEvent {now.toMSecsSinceEpoch() - qint64(minutes - minute) * 60'000,
                           minute % 97 == 0 ? 3.0 : 0.0, 1000.0};
    for (int i = 0; i < 50; ++i) {
        Slo slo = seed;
        slo.name = u"slo-%1"_s.arg(i, 2, 10, QLatin1Char('0'));
        if (auto saved = slos.save({slo}); !saved)
            return failed(u"SLOs"_s, saved.error());
        if (auto stored = slos.storeEvents(slo.name, month); !stored)
            return failed(u"SLO events"_s, stored.error());
    }
    OnCallService oncall(*database.value(), clock);
    QByteArray yaml; // as a company brings them: in schedule files
    for (const OnCallSchedule &schedule : bench::onCallSchedules(now))
        yaml += "---\n" + ScheduleFileWriter::write(schedule);
    if (auto imported = oncall.importYaml(yaml, u"schedules.yaml"_s); !imported)
        return failed(u"schedules"_s, imported.error());
    const Result<QList<Alert>> alerts
            = AlertmanagerAlerts::parse(bench::alertmanagerReply(10000, now));
    if (!alerts)
        return failed(u"alerts"_s, alerts.error());
    if (auto ingested = monitoring.alerts().ingest(u"am"_s, alerts.value()); !ingested)
        return failed(u"alerts"_s, ingested.error());
    return true;
}

struct Start
{
    double ms = 0;
    double rssMb = 0;
    double peakMb = 0;
    int rows = 0;
};

enum class Variant { OnDemand, WholeHistory, EveryView };

// One console started on `file` until it painted the board with rows.

std::optional<Start> startOnce(const QString &file, const QString &config, Variant variant)
{
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(u"SITREP_STARTUP_PROBE"_s, u"1"_s);
    environment.insert(u"SITREP_EAGER_HISTORY"_s, variant == Variant::OnDemand ? u"0"_s : u"1"_s);
    environment.insert(u"SITREP_EAGER_VIEWS"_s, variant == Variant::EveryView ? u"1"_s : u"0"_s);
    environment.insert(u"XDG_CONFIG_HOME"_s, config);
    environment.insert(u"QT_LOGGING_RULES"_s, u"*.info=false"_s);
    if (!environment.contains(u"QT_QPA_PLATFORM"_s))
        environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    QProcess console;
    console.setProcessEnvironment(environment);
    console.setReadChannel(QProcess::StandardError);
    QElapsedTimer timer;
    timer.start();
    console.start(QStringLiteral(SITREP_APP), {u"--db"_s, file});
    QByteArray said;
    qsizetype at = -1;
    while ((at = said.indexOf("sitrep-startup ")) < 0 || !said.mid(at).contains('\n')) {
        if (!console.waitForReadyRead(120000)) {
            std::fprintf(stderr, "the console did not show the board: %s\n", said.constData());
            return std::nullopt;
        }
        said += console.readAllStandardError();
    }
    Start start;
    start.ms = milliseconds(timer);
    const QByteArray line = said.mid(at, said.indexOf('\n', at) - at);
    for (const QByteArray &pair : line.split(' ')) {
        const QByteArray value = pair.mid(pair.indexOf('=') + 1);
        if (pair.startsWith("rows="))
            start.rows = value.toInt();
        else if (pair.startsWith("rss_kb="))
            start.rssMb = value.toDouble() / 1024;
        else if (pair.startsWith("hwm_kb="))
            start.peakMb = value.toDouble() / 1024;
    }
    console.waitForFinished(60000);
    return start;
}

void report(const char *variant, const QList<Start> &starts)
{
    const QList<double> ms = across(starts, &Start::ms);
    const QList<double> peak = across(starts, &Start::peakMb);
    const QList<double> rss = across(starts, &Start::rssMb);
    std::printf("  %-42s %7.0f ms (%s)   peak %5.0f MiB (%s)   resident %5.0f MiB   %d rows\n",
                variant, median(ms), qPrintable(spread(ms)), median(peak), qPrintable(spread(peak)),
                median(rss), starts.first().rows);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"generate") // a profile to look at by hand
        return bench::generateIncidents(args.at(2), args.at(3).toInt()) == 0
                        && addTheRest(args.at(2))
                ? 0
                : 1;
    QList<int> sizes {10'000, 100'000, 1'000'000};
    if (qEnvironmentVariableIsSet("SITREP_BENCH_SIZES")) {
        sizes.clear();
        for (const QString &size : qEnvironmentVariable("SITREP_BENCH_SIZES").split(u','))
            sizes << size.toInt();
    }
    QTemporaryDir dir;
    const QString config = dir.filePath(u"config"_s);
    std::printf("Cold start of the whole console to the first painted board with rows, "
                "median of %d fresh processes (spread)\n",
                bench::runs());
    for (int size : sizes) {
        const QString file = dir.filePath(u"profile-%1.sqlite"_s.arg(size));
        QElapsedTimer generating;
        generating.start();
        if (bench::generateIncidents(file, size) != 0 || !addTheRest(file))
            return 1;
        std::printf("\n%d incidents, 50 SLOs × 30 days, 100 schedules, 10,000 alerts "
                    "(written in %.0f s):\n",
                    size, generating.elapsed() / 1000.0);
        QMap<Variant, QList<Start>> starts;
        // One start unmeasured, so that the file is in the page cache for every measured one
        // (as for a console started again), then interleaved, so that a noisy minute on the
        // machine hurts both alike.
        if (!startOnce(file, config, Variant::OnDemand))
            return 1;
        for (int run = 0; run < bench::runs(); ++run) {
            for (Variant variant : {Variant::OnDemand, Variant::WholeHistory, Variant::EveryView}) {
                const std::optional<Start> start = startOnce(file, config, variant);
                if (!start)
                    return 1;
                starts[variant] << *start;
            }
        }
        report("open incidents first, history on demand", starts[Variant::OnDemand]);
        report("baseline: the whole history first", starts[Variant::WholeHistory]);
        report("baseline: that and every view eagerly", starts[Variant::EveryView]);
        QFile::remove(file);
    }
    return 0;
}
