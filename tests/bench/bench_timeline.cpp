// Timeline benchmark: one incident with 10,000 timeline entries (SITREP_BENCH_ENTRIES=N for
// another size), SITREP_BENCH_RUNS times (default 5; medians). Measures, for Sitrep's workspace
// and for the naive way (QSqlTableModel over timeline_events filtered to the incident, sorted
// by QSortFilterProxyModel, view shown), the time from opening to a painted timeline, the
// longest the GUI thread stalls meanwhile (the timeline is read on a worker; the baseline is
// today's read on the GUI thread, timed alone), and the time to scroll through it page by
// page with a repaint per page (the slowest page is what a person sees as stutter).
#include "benchfigures.h"
#include "domain/clock.h"
#include "incident/incidentworkspace.h"
#include "itemmodels/timelinemodel.h"
#include "services/checklistservice.h"
#include "services/escalationservice.h"
#include "services/handoffservice.h"
#include "services/incidentservice.h"
#include "services/messagingservice.h"
#include "services/metricsservice.h"
#include "services/monitoringservice.h"
#include "services/oncallservice.h"
#include "services/policyloader.h"
#include "services/postmortemservice.h"
#include "services/runbooklibrary.h"
#include "services/slomonitor.h"
#include "services/timelineservice.h"
#include "storage/database.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;

using bench::milliseconds;

namespace {

struct Figures
{
    double openMs = 0;
    double stallMs = 0;
    double readOnGuiMs = 0;
    double scrollMs = 0;
    double worstPageMs = 0;
    int rows = 0;
    int pages = 0;
};

// Scrolls from top to bottom a page at a time, repainting each page as a person would see it.
void scrollThrough(QTableView &view, Figures &figures)
{
    QScrollBar *bar = view.verticalScrollBar();
    figures.pages = 0;
    QElapsedTimer total;
    total.start();
    bar->setValue(0);
    while (bar->value() < bar->maximum()) {
        QElapsedTimer page;
        page.start();
        bar->setValue(bar->value() + bar->pageStep());
        ++figures.pages;
        view.viewport()->repaint();
        figures.worstPageMs = std::max(figures.worstPageMs, milliseconds(page));
    }
    figures.scrollMs = milliseconds(total);
}

Figures measureOurs(Database &database, IncidentId id, const Clock &clock)
{
    IncidentService incidents(database, PolicyLoader::load({}).policy, clock);
    TimelineService timeline(database, clock);
    ChecklistService checklists(database, ChecklistService::loadTemplate({}, nullptr), clock);
    const RunbookLibrary runbooks = RunbookLibrary::load({});
    MonitoringService monitoring(database, incidents, clock);
    MessagingService messaging(database, monitoring.network(), monitoring.secrets(), clock);
    SloMonitor slos(database, monitoring, clock);
    MetricsService metrics(database, clock);
    OnCallService oncall(database, clock);
    EscalationService escalations(database, incidents, oncall, clock);
    HandoffService handoffs(database, oncall, clock);
    PostmortemService postmortems(database, incidents, timeline, clock);
    Figures figures;
    // The baseline: the read as the workspace made it before, on the GUI thread.
    QElapsedTimer timer;
    timer.start();
    if (!timeline.timeline(id))
        qFatal("timeline read failed");
    figures.readOnGuiMs = milliseconds(timer);

    bench::StallMeter stalls;
    stalls.start();
    timer.restart();
    IncidentWorkspace workspace(id,
                                {incidents, timeline, checklists, runbooks, monitoring, messaging,
                                 slos, metrics, oncall, escalations, handoffs, postmortems},
                                u"bench"_s, {});
    workspace.resize(1440, 900);
    workspace.show();
    // Until the rows are in, laid out (the scroll range is set then) and painted.
    if (workspace.timelineModel().isLoading()) {
        QSignalSpy loaded(&workspace.timelineModel(), &TimelineModel::loaded);
        loaded.wait(60000);
    }
    QCoreApplication::processEvents();
    workspace.timelineView()->viewport()->repaint();
    figures.openMs = milliseconds(timer);
    figures.stallMs = stalls.stop();
    figures.rows = workspace.timelineView()->model()->rowCount();
    scrollThrough(*workspace.timelineView(), figures);
    return figures;
}

Figures measureNaive(const QString &file, IncidentId id)
{
    Figures figures;
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"naive"_s);
    db.setDatabaseName(file);
    db.open();
    {
        QSqlTableModel model(nullptr, db);
        model.setTable(u"timeline_events"_s);
        model.setFilter(u"incident_id = %1"_s.arg(id));
        model.select();
        while (model.canFetchMore())
            model.fetchMore();
        QSortFilterProxyModel proxy;
        proxy.setSourceModel(&model);
        proxy.sort(model.fieldIndex(u"at"_s));
        QTableView view;
        view.setModel(&proxy);
        view.resize(1440, 900);
        view.show();
        QCoreApplication::processEvents();
        view.viewport()->repaint();
        figures.openMs = milliseconds(timer);
        figures.stallMs = figures.openMs; // all of it on the GUI thread
        figures.rows = proxy.rowCount();
        scrollThrough(view, figures);
    }
    db.close();
    return figures;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sitrep-bench"_s);
    const int count = qEnvironmentVariableIntValue("SITREP_BENCH_ENTRIES") > 0
            ? qEnvironmentVariableIntValue("SITREP_BENCH_ENTRIES")
            : 10000;
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bench.sqlite"_s);
    auto database = Database::open(file);
    if (!database)
        return 1;
    const ManualClock clock(QDateTime(QDate(2024, 1, 15), QTime(14, 0), Qt::UTC));
    IncidentId id = 0;
    {
        IncidentService incidents(*database.value(), PolicyLoader::load({}).policy, clock);
        IncidentDraft draft;
        draft.title = u"Checkout API returning 500s"_s;
        draft.severity = Severity::Sev1;
        id = incidents.declare(draft, u"bench"_s).value().id;
        // A long incident's worth of entries, written in one transaction.
        Transaction transaction(*database.value());
        TimelineStore store(*database.value());
        for (int i = 0; i < count; ++i) {
            TimelineEvent entry;
            entry.incidentId = id;
            entry.at = clock.now().addSecs(-qint64(i) * 7);
            entry.author = u"bench"_s;
            entry.kind = i % 5 == 0 ? TimelineKind::StatusChanged : TimelineKind::Note;
            entry.text = u"Observation %1: error rate at %2%"_s.arg(i).arg(i % 37);
            entry.automatic = i % 5 == 0;
            if (!store.append(entry))
                return 1;
        }
        if (!transaction.commit())
            return 1;
    }
    std::printf("Timeline of %d entries, %d runs\n", count + 1, bench::runs());
    QList<Figures> naive;
    QList<Figures> ours;
    for (int run = 0; run < bench::runs(); ++run) {
        naive << measureNaive(file, id);
        ours << measureOurs(*database.value(), id, clock);
    }
    const auto medianOf = [](const QList<Figures> &runs, double Figures::*figure) {
        return bench::median(bench::across(runs, figure));
    };
    const auto spreadOf = [](const QList<Figures> &runs, double Figures::*figure) {
        return bench::spread(bench::across(runs, figure));
    };
    std::printf("\n%-26s %10s %14s %10s %14s %8s\n", "figure (ms, median)", "sitrep", "spread",
                "naive", "spread", "ratio");
    const auto row = [&](const char *name, double Figures::*figure) {
        const double a = medianOf(ours, figure);
        const double b = medianOf(naive, figure);
        std::printf("%-26s %10.1f %14s %10.1f %14s %7.1fx\n", name, a,
                    qPrintable(spreadOf(ours, figure)), b, qPrintable(spreadOf(naive, figure)),
                    a > 0 ? b / a : 0.0);
    };
    row("open to painted rows", &Figures::openMs);
    row("longest GUI stall in open", &Figures::stallMs);
    row("scroll through all", &Figures::scrollMs);
    row("worst page", &Figures::worstPageMs);
    std::printf("%-26s %10.1f %14s   (today's load, on the GUI thread)\n", "read on the GUI thread",
                medianOf(ours, &Figures::readOnGuiMs),
                qPrintable(spreadOf(ours, &Figures::readOnGuiMs)));
    std::printf("%-26s %10d %14s %10d\n", "rows", ours.last().rows, "", naive.last().rows);
    std::printf(
            "\nGUI stall in open within a frame (16 ms): %s; no visible stutter in scroll: %s\n",
            medianOf(ours, &Figures::stallMs) <= 16 ? "yes" : "no",
            medianOf(ours, &Figures::worstPageMs) < 16 ? "yes" : "no");
    bench::printMemory();
    return 0;
}
