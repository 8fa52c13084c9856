// On-call benchmark: 100 schedules in ten zones (weekly, daily and 12-hour rotations, a
// business-hours layer on a fifth of them, overrides on all).
//  - every shift of every schedule over one year (target <= 50 ms); baseline: the same year
//    asked hour by hour with "who is on call at T", as a calendar asking per cell would;
//  - "who is on call now" for all of them (target <= 1 ms); baseline: computing each schedule's
//    last year of shifts and looking up now in it;
//  - repainting the month view (target <= 16 ms), and moving it a month (the model recomputes
//    its shifts) for comparison.
// Median of SITREP_BENCH_RUNS runs (default 5). Offscreen: QT_QPA_PLATFORM=offscreen.
#include "benchfigures.h"
#include "benchprofile.h"
#include "domain/clock.h"
#include "domain/oncallshifts.h"
#include "itemmodels/oncallcalendarmodel.h"
#include "oncall/oncallview.h"
#include "services/handoffservice.h"
#include "services/oncallservice.h"
#include "services/schedulefile.h"
#include "services/schedulefilewriter.h"
#include "storage/database.h"

#include <QApplication>
#include <QImage>
#include <QLoggingCategory>
#include <QTableView>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

constexpr qint64 hourMs = 3'600'000;
constexpr qint64 yearMs = 365 * 24 * hourMs;

template<typename Work> double timed(Work work)
{
    QList<double> runs;
    for (int run = 0; run < bench::runs(); ++run) {
        QElapsedTimer timer;
        timer.start();
        work();
        runs << milliseconds(timer);
    }
    return median(runs);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.storage.info=false"_s);
    const QDateTime now(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);
    const qint64 nowMs = now.toMSecsSinceEpoch();
    const QList<OnCallSchedule> all = bench::onCallSchedules(now);

    qsizetype shiftCount = 0;
    const double year = timed([&] {
        shiftCount = 0;
        for (const OnCallSchedule &schedule : all)
            shiftCount += OnCallShifts::compute(schedule, nowMs - yearMs, nowMs).size();
    });
    // Once: it takes seconds.
    QElapsedTimer hourlyTimer;
    hourlyTimer.start();
    qsizetype samples = 0;
    for (const OnCallSchedule &schedule : all)
        for (qint64 at = nowMs - yearMs; at < nowMs; at += hourMs)
            samples += OnCallShifts::at(schedule, at) ? 1 : 0;
    const double hourly = milliseconds(hourlyTimer);
    std::printf("shifts of 100 schedules over a year (%lld shifts): %.1f ms (target <= 50)\n",
                static_cast<long long>(shiftCount), year);
    std::printf("  baseline, the year asked hour by hour (%lld questions): %.1f ms\n",
                static_cast<long long>(100 * yearMs / hourMs), hourly);

    int onCall = 0;
    QList<double> nowRuns;
    for (int run = 0; run < 50; ++run) {
        QElapsedTimer timer;
        timer.start();
        onCall = 0;
        for (const OnCallSchedule &schedule : all)
            onCall += OnCallShifts::at(schedule, nowMs + run * 60'000) ? 1 : 0;
        nowRuns << milliseconds(timer);
    }
    const double whoNow = median(nowRuns);
    const int onCallNow = onCall;
    const double lookedUp = timed([&] {
        for (const OnCallSchedule &schedule : all) {
            const QList<OnCallShift> shifts
                    = OnCallShifts::compute(schedule, nowMs - yearMs, nowMs + 1);
            onCall += shifts.isEmpty() || shifts.last().endMs <= nowMs ? 0 : 1;
        }
    });
    std::printf("who is on call now, all 100 schedules (%d on call): %.3f ms (target <= 1)\n",
                onCallNow, whoNow);
    std::printf("  baseline, each schedule's last year computed and searched: %.1f ms\n", lookedUp);

    // The month view over the busiest kind of schedule (12-hour shifts with a day layer).
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    ManualClock clock(now);
    OnCallService service(*database.value(), clock);
    QByteArray yaml;
    for (const OnCallSchedule &schedule : all.mid(0, 20))
        yaml += "---\n" + ScheduleFileWriter::write(schedule);
    if (const Result<QStringList> imported = service.importYaml(yaml, u"bench"_s); !imported) {
        std::fprintf(stderr, "%s\n", qPrintable(imported.error()));
        return 1;
    }
    HandoffService handoffs(*database.value(), service, clock);
    OnCallView view(service, handoffs, u"bench"_s);
    view.resize(1440, 860);
    view.show();
    view.selectSchedule(u"team-010"_s);
    QTableView *calendar = view.calendarView();
    QImage image(calendar->viewport()->size(), QImage::Format_ARGB32_Premultiplied);
    const double repaint = timed([&] {
        image.fill(Qt::white);
        calendar->viewport()->render(&image);
    });
    const double moved = timed([&] {
        view.calendar().step(1);
        image.fill(Qt::white);
        calendar->viewport()->render(&image);
    });
    std::printf("month view repaint (%dx%d): %.2f ms (target <= 16)\n", image.width(),
                image.height(), repaint);
    std::printf("  moving a month (shifts recomputed, then painted): %.2f ms\n", moved);
    return 0;
}
