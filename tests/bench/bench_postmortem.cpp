// Postmortem benchmark: what one autosave costs the GUI thread while the Postmortems tab is
// open, with SITREP_BENCH_POSTMORTEMS postmortems in the cache (default 2,000; a fifth not yet
// Complete, five action items each, some overdue).
//  - the save alone (one postmortem and its action items in one transaction): the baseline;
//  - typing, and changing an action item in the form or in place in the tracker: the save and
//    what follows it on the GUI thread (the due list's row, the status bar's counts);
//  - what showing the tracker costs, and what reading the whole due list after every save
//    (the first version) cost.
// Target: the whole under a frame (16 ms), so typing never stutters.
// Median of SITREP_BENCH_RUNS runs (default 5).
#include "benchfigures.h"
#include "domain/clock.h"
#include "itemmodels/actiontrackermodel.h"
#include "itemmodels/postmortemeditor.h"
#include "itemmodels/postmortemsduemodel.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "services/postmortemservice.h"
#include "services/timelineservice.h"
#include "storage/database.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

QList<Incident> resolvedHistory(int count, const QDateTime &now)
{
    QList<Incident> incidents;
    incidents.reserve(count);
    for (int i = 0; i < count; ++i) {
        Incident incident;
        incident.title = u"Incident %1"_s.arg(i);
        incident.severity = static_cast<Severity>(1 + i % 4);
        incident.services = {u"api"_s};
        incident.startedAt = now.addSecs(-qint64(count - i) * 3600);
        incident.detectedAt = incident.startedAt.addSecs(120);
        incident.acknowledgedAt = incident.detectedAt.addSecs(60);
        incident.lastUpdateAt = incident.detectedAt;
        incident.status = IncidentStatus::Resolved;
        incident.resolvedAt = incident.startedAt.addSecs(5400);
        incident.resolution = u"Raised the pool size"_s;
        incident.rootCause = u"Pool too small"_s;
        incidents.append(incident);
    }
    return incidents;
}

Postmortem written(Postmortem p, int i, const QDate &today)
{
    using S = Postmortem::ActionItem::Status;
    p.summary = u"Checkout failed while the pool was exhausted."_s;
    p.usersAffected = 1000 + i;
    for (int item = 0; item < 5; ++item)
        p.actionItems.append({u"Action %1 of %2"_s.arg(item).arg(i), u"owner%1"_s.arg(item),
                              today.addDays(item * 7 - 14 - i % 30),
                              item == 0 ? S::Done : S::Planned});
    p.status = i % 5 == 0 ? Postmortem::Status::InReview : Postmortem::Status::Complete;
    return p;
}

} // namespace

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"sitrep.*.info=false"_s);
    const int count = bench::sizeFrom("SITREP_BENCH_POSTMORTEMS", 2000);
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    SystemClock clock;
    IncidentService incidents(*database.value(), PolicyLoader::load({}).policy, clock);
    TimelineService timeline(*database.value(), clock);
    PostmortemService postmortems(*database.value(), incidents, timeline, clock);
    const Result<QList<Incident>> seeded
            = incidents.importHistory(resolvedHistory(count, clock.now()), u"bench"_s);
    if (!seeded)
        return 1;
    const QDate today = clock.now().toUTC().date();
    for (int i = 0; i < count; ++i) {
        const IncidentId id = seeded.value().at(i).id;
        if (!postmortems.save(written(postmortems.open(id).value().postmortem, i, today)))
            return 1;
    }
    const IncidentId typedIn = seeded.value().at(5).id; // one still In review

    // The baseline: the save alone.
    QList<double> saveOnly;
    {
        PostmortemEditor editor(postmortems);
        (void)editor.load(typedIn);
        for (int run = 0; run < bench::runs() * 4; ++run) {
            editor.edit(u"Summary"_s, [run](Postmortem &p) { p.summary += QString::number(run); });
            QElapsedTimer timer;
            timer.start();
            editor.saveNow();
            saveOnly << milliseconds(timer);
        }
    }

    // With the tab open on the form: the due list follows every save; the tracker is not on
    // screen, so it only notes that it must read again; the status bar's counts follow saves
    // that change action items.
    PostmortemsDueModel due(postmortems);
    ActionTrackerModel tracker(postmortems); // not live: the form is on screen
    PostmortemEditor editor(postmortems);
    (void)editor.load(typedIn);
    const auto saveAndFollow = [&](const std::function<void()> &edit, bool itemsChange) {
        edit();
        QSignalSpy row(&due, &QAbstractItemModel::dataChanged);
        QElapsedTimer timer;
        timer.start();
        editor.saveNow();
        while (row.isEmpty())
            QCoreApplication::processEvents();
        if (itemsChange)
            (void)postmortems.openAndOverdueActionItems(); // the status bar
        return milliseconds(timer);
    };
    QList<double> typing;
    QList<double> formItemEdits;
    QList<double> trackerEdits;
    QList<double> trackerShown;
    QList<double> trackerStall;
    QList<double> dueReload;
    for (int run = 0; run < bench::runs() * 4; ++run) {
        typing << saveAndFollow(
                [&] {
                    editor.edit(u"Summary"_s,
                                [run](Postmortem &p) { p.summary += QString::number(run); });
                },
                false);
        formItemEdits << saveAndFollow(
                [&] {
                    editor.edit(u"Owner"_s, [run](Postmortem &p) {
                        p.actionItems.first().owner = u"owner-%1"_s.arg(run);
                    });
                },
                true);
        // The tracker comes on screen: every item read on a worker, the GUI thread watched.
        QSignalSpy arrived(&tracker, &QAbstractItemModel::modelReset);
        bench::StallMeter stall;
        QElapsedTimer timer;
        timer.start();
        stall.start();
        tracker.setLive(true);
        arrived.wait(60000);
        trackerShown << milliseconds(timer);
        trackerStall << stall.stop();
        // An edit in place in the tracker: saved, its row changed, the counts made again.
        const QModelIndex owner
                = tracker.index(run % tracker.rowCount(), ActionTrackerModel::PostmortemColumn + 2);
        timer.restart();
        tracker.setData(owner, u"tracked-%1"_s.arg(run), Qt::EditRole);
        (void)postmortems.openAndOverdueActionItems();
        QCoreApplication::processEvents();
        trackerEdits << milliseconds(timer);
        tracker.setLive(false);
        // What every save used to cost: the whole due list read again.
        timer.restart();
        due.reload();
        dueReload << milliseconds(timer);
    }
    std::printf("%d postmortems, %d not Complete, %d action items (median of %d saves)\n", count,
                due.rowCount(), tracker.rowCount(), int(typing.size()));
    std::printf("%-52s %8.2f ms\n", "save alone (baseline)", median(saveOnly));
    std::printf("%-52s %8.2f ms   (target <= 16)\n", "typing: save + its row in the due list",
                median(typing));
    std::printf("%-52s %8.2f ms   (target <= 16)\n", "action item in the form: save + row + counts",
                median(formItemEdits));
    std::printf("%-52s %8.2f ms   (target <= 16)\n",
                "action item in the tracker: save + row + counts", median(trackerEdits));
    std::printf("%-52s %8.2f ms\n", "tracker brought on screen: every item read",
                median(trackerShown));
    std::printf("%-52s %8.2f ms   (target <= 16)\n", "  longest GUI-thread stall meanwhile",
                median(trackerStall));
    std::printf("%-52s %8.2f ms\n", "whole due list read again (each save, before)",
                median(dueReload));
    return 0;
}
