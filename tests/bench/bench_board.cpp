// Board benchmark: 100,000 incidents in the cache. Measures, for Sitrep's board and for the naive
// baseline (QSqlTableModel + QSortFilterProxyModel over the same file, view shown), the time from
// opening to a populated board, filter keystrokes, a re-sort, and resident memory. Sitrep's board
// is measured twice: opened on the open incidents and then switched to all ("asked"), and opened
// on all incidents as a board left on that scope opens ("remembered"). Each variant runs in its
// own process so that memory figures do not mix.
//
//   bench_board                 generate the data, run all three (SITREP_BENCH_RUNS times
//                               each, default 5; medians), print the comparison
//   bench_board generate FILE N
//   bench_board measure asked|remembered|naive FILE
#include "benchfigures.h"
#include "benchprofile.h"
#include "board/boardfilterbar.h"
#include "board/boardview.h"
#include "domain/clock.h"
#include "itemmodels/incidentboardmodel.h"
#include "itemmodels/incidenttablemodel.h"
#include "mainwindow/mainwindow.h"
#include "services/checklistservice.h"
#include "services/databaseverifier.h"
#include "services/escalationservice.h"
#include "services/handoffservice.h"
#include "services/incidentloader.h"
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

#include <algorithm>
#include <chrono>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QProcess>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlTableModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

// What a commander types into the search box, keystroke by keystroke.
const QStringList typed = {u"c"_s,         u"ch"_s,         u"che"_s,         u"chec"_s,
                           u"check"_s,     u"checko"_s,     u"checkou"_s,     u"checkout"_s,
                           u"checkout "_s, u"checkout r"_s, u"checkout re"_s, u"checkout ret"_s};

// Times one filter keystroke as a user sees it: the filter applied and the view repainted.
template<typename ApplyFilter> QList<double> keystrokes(QTableView &view, ApplyFilter apply)
{
    QList<double> times;
    for (const QString &text : typed) {
        QElapsedTimer timer;
        timer.start();
        apply(text);
        view.viewport()->repaint();
        times << milliseconds(timer);
    }
    return times;
}

// A re-sort by title: how long the GUI thread was held by the click, how long until the new order
// was painted, and how long the GUI thread was held when it came, from the layout change to the
// paint (Sitrep sorts a long list on a worker; the baseline holds the GUI thread throughout).
struct Resort
{
    double stallMs = 0;
    double paintedMs = 0;
    double adoptedMs = 0;
};

// Prints one variant's figures as a JSON line for the driver process. `switched`: how long the
// board took from the switch to all incidents to painting them, for a board opened on the open
// ones (0 otherwise).
int printReport(double populated, const QList<double> &typing, Resort resort, int rows, int shown,
                double switched = 0)
{
    const double rss = bench::statusMegabytes("VmRSS:");
    const QJsonObject figures {{u"populated_ms"_s, populated},
                               {u"switched_ms"_s, switched},
                               {u"first_keystroke_ms"_s, typing.first()},
                               {u"median_keystroke_ms"_s, median(typing)},
                               {u"resort_ms"_s, resort.paintedMs},
                               {u"resort_stall_ms"_s, resort.stallMs},
                               {u"resort_adopt_ms"_s, resort.adoptedMs},
                               {u"rss_mb"_s, rss},
                               {u"rows"_s, rows},
                               {u"shown_after_typing"_s, shown}};
    std::printf("%s\n", QJsonDocument(figures).toJson(QJsonDocument::Compact).constData());
    return 0;
}

int measureOurs(const QString &file, bool remembered)
{
    QElapsedTimer timer;
    timer.start();
    // As the console does: the page check runs on a worker once the board is shown.
    auto database = Database::open(file, IntegrityCheck::Deferred);
    if (!database)
        return 1;
    SystemClock clock;
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    TimelineService timeline(*database.value(), clock);
    ChecklistService checklists(*database.value(), ChecklistService::loadTemplate({}, nullptr),
                                clock);
    const RunbookLibrary runbooks = RunbookLibrary::load({});
    MonitoringService monitoring(*database.value(), service, clock);
    MessagingService messaging(*database.value(), monitoring.network(), monitoring.secrets(),
                               clock);
    SloMonitor slos(*database.value(), monitoring, clock);
    MetricsService metrics(*database.value(), clock);
    OnCallService oncall(*database.value(), clock);
    EscalationService escalations(*database.value(), service, oncall, clock);
    HandoffService handoffs(*database.value(), oncall, clock);
    PostmortemService postmortems(*database.value(), service, timeline, clock);
    IncidentLoader loader(file);
    // As the console does: the window is built while the incidents load.
    loader.start(remembered ? IncidentSelection::All : IncidentSelection::Open);
    // As the console does (main.cpp): the page check reads the whole file, two seconds after
    // the board has its incidents, so that it does not compete with their first frames.
    DatabaseVerifier verifier(*database.value());
    QObject::connect(&loader, &IncidentLoader::loaded, &verifier, [&verifier] {
        QTimer::singleShot(std::chrono::seconds(2), &verifier, &DatabaseVerifier::start);
    });
    MainWindow window({service, timeline, checklists, runbooks, monitoring, messaging, slos,
                       metrics, oncall, escalations, handoffs, postmortems},
                      loader, u"bench"_s);
    BoardView *board = window.board();
    if (remembered)
        board->filterBar()->setScope(BoardFilter::Scope::All);
    // As the console does: the first SLO snapshot once the board has its incidents.
    QObject::connect(
            &window, &MainWindow::incidentsLoaded, &slos,
            [&slos] { QTimer::singleShot(0, &slos, &SloMonitor::start); },
            Qt::SingleShotConnection);
    escalations.start();
    window.resize(1440, 900);
    window.show();
    QSignalSpy loaded(&window, &MainWindow::incidentsLoaded);
    if (!loaded.wait(60000))
        return 1;
    // The board shows all incidents, as the naive baseline does: asked for, the resolved
    // history is read then.
    QElapsedTimer switching;
    switching.start();
    QSignalSpy history(&window.incidentModel(), &IncidentTableModel::historyLoadingChanged);
    board->filterBar()->setScope(BoardFilter::Scope::All);
    while (!window.incidentModel().hasWholeHistory()) {
        if (!history.wait(60000))
            return 1;
    }
    board->table()->viewport()->repaint();
    const double populated = milliseconds(timer);
    const double switched = remembered ? 0 : milliseconds(switching);
    const int rows = board->boardModel().rowCount();

    QLineEdit *search = board->filterBar()->searchField();
    const QList<double> typing
            = keystrokes(*board->table(), [&](const QString &text) { search->setText(text); });
    const int shown = board->boardModel().rowCount();
    search->clear();
    QElapsedTimer adopting;
    QObject::connect(&board->boardModel(), &QAbstractItemModel::layoutAboutToBeChanged,
                     [&adopting] { adopting.start(); });
    timer.restart();
    board->table()->sortByColumn(IncidentTableModel::TitleColumn, Qt::AscendingOrder);
    Resort resort;
    resort.stallMs = milliseconds(timer);
    if (board->boardModel().isSorting()) {
        QSignalSpy sorted(&board->boardModel(), &IncidentBoardModel::sortingChanged);
        if (!sorted.wait(60000))
            return 1;
    }
    board->table()->viewport()->repaint();
    resort.paintedMs = milliseconds(timer);
    resort.adoptedMs = milliseconds(adopting);
    return printReport(populated, typing, resort, rows, shown, switched);
}

int measureNaive(const QString &file)
{
    QElapsedTimer timer;
    timer.start();
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s);
    db.setDatabaseName(file);
    if (!db.open())
        return 1;
    QSqlTableModel model(nullptr, db);
    model.setTable(u"incidents"_s);
    model.select();
    // All rows: the board's counts, filter and sort must cover the whole history.
    while (model.canFetchMore())
        model.fetchMore();
    QSortFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    proxy.setFilterCaseSensitivity(Qt::CaseInsensitive);
    proxy.setFilterKeyColumn(-1);
    QTableView view;
    view.setModel(&proxy);
    view.setSortingEnabled(true);
    view.resize(1440, 900);
    view.show();
    view.viewport()->repaint();
    const double populated = milliseconds(timer);
    const int rows = proxy.rowCount();

    const QList<double> typing
            = keystrokes(view, [&](const QString &text) { proxy.setFilterFixedString(text); });
    const int shown = proxy.rowCount();
    proxy.setFilterFixedString(QString());
    timer.restart();
    view.sortByColumn(1, Qt::AscendingOrder);
    view.viewport()->repaint();
    const double resort = milliseconds(timer);
    return printReport(populated, typing, {resort, resort, resort}, rows, shown);
}

QJsonObject runMeasureOnce(const QString &variant, const QString &file)
{
    QProcess process;
    process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    process.start(QCoreApplication::applicationFilePath(), {u"measure"_s, variant, file});
    process.waitForFinished(600000);
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    return QJsonDocument::fromJson(lines.last()).object();
}

// Shared machines are noisy: every figure is the median of several fresh processes.
QJsonObject runMeasure(const QString &variant, const QString &file, int runs)
{
    QList<QJsonObject> reports;
    for (int run = 0; run < runs; ++run)
        reports << runMeasureOnce(variant, file);
    QJsonObject combined = reports.first();
    for (const QString &key : combined.keys()) {
        QList<double> values;
        for (const QJsonObject &report : std::as_const(reports))
            values << report.value(key).toDouble();
        combined.insert(key, median(values));
    }
    return combined;
}

int runAll()
{
    QTemporaryDir dir;
    const QString file = dir.filePath(u"bench.sqlite"_s);
    const int count = qEnvironmentVariableIntValue("SITREP_BENCH_INCIDENTS") > 0
            ? qEnvironmentVariableIntValue("SITREP_BENCH_INCIDENTS")
            : 100000;
    std::printf("Generating %d incidents...\n", count);
    if (bench::generateIncidents(file, count) != 0)
        return 1;
    const int runs = qEnvironmentVariableIntValue("SITREP_BENCH_RUNS") > 0
            ? qEnvironmentVariableIntValue("SITREP_BENCH_RUNS")
            : 5;
    const QJsonObject asked = runMeasure(u"asked"_s, file, runs);
    const QJsonObject remembered = runMeasure(u"remembered"_s, file, runs);
    const QJsonObject naive = runMeasure(u"naive"_s, file, runs);
    std::printf("\n%-22s %12s %12s %12s %8s   (median of %d runs each)\n", "figure", "sitrep asked",
                "remembered", "naive", "ratio", runs);
    const char *keys[] = {"populated_ms", "first_keystroke_ms", "median_keystroke_ms",
                          "resort_ms",    "resort_stall_ms",    "resort_adopt_ms",
                          "rss_mb"};
    bool faster = true;
    for (const char *key : keys) {
        const double a = asked.value(QLatin1StringView(key)).toDouble();
        const double r = remembered.value(QLatin1StringView(key)).toDouble();
        const double b = naive.value(QLatin1StringView(key)).toDouble();
        faster = faster && a < b && r < b;
        std::printf("%-22s %12.1f %12.1f %12.1f %7.1fx\n", key, a, r, b, a > 0 ? b / a : 0.0);
    }
    for (const auto &[label, key] :
         {std::pair {"rows", u"rows"_s}, std::pair {"shown after typing", u"shown_after_typing"_s}})
        std::printf("%-22s %12d %12d %12d\n", label, asked.value(key).toInt(),
                    remembered.value(key).toInt(), naive.value(key).toInt());
    std::printf("%-22s %12.1f   (asked: from the switch to all incidents to their paint)\n",
                "switched_ms", asked.value(u"switched_ms"_s).toDouble());
    std::printf("\nfaster than the baseline on every figure: %s\n", faster ? "yes" : "no");
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sitrep-bench"_s);
    const QStringList args = app.arguments();
    if (args.size() == 4 && args.at(1) == u"generate")
        return bench::generateIncidents(args.at(2), args.at(3).toInt());
    if (args.size() == 4 && args.at(1) == u"measure")
        return args.at(2) == u"naive" ? measureNaive(args.at(3))
                                      : measureOurs(args.at(3), args.at(2) == u"remembered");
    return runAll();
}
