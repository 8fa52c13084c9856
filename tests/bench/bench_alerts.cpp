// Alert storm benchmark: one Alertmanager reply of 100,000 alerts (SITREP_BENCH_ALERTS=N) in
// 2,000 groups, SITREP_BENCH_RUNS times (default 5) on fresh files; medians and spread.
//  - ingest: parse, group, dedupe and upsert, against the floor (the same rows inserted with
//    one prepared statement in one transaction);
//  - a steady-state poll (the same reply again), which must write nothing;
//  - the longest the GUI thread is blocked during a whole poll from a local HTTP server
//    (a 1 ms timer on the GUI thread records its longest gap), and the longest a timeline
//    note written on the GUI thread every 25 ms meanwhile waits for the write lock;
//  - the inbox: the next poll bringing one new alert (rows inserted, no reset, selection kept),
//    each keystroke of a filter, and half the alerts selected and attached to one incident.
#include "alerts/alertsview.h"
#include "benchfigures.h"
#include "benchprofile.h"
#include "domain/clock.h"
#include "itemmodels/alerttablemodel.h"
#include "services/alertservice.h"
#include "services/alertsync.h"
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
#include "storage/transaction.h"
#include "sync/alertmanageralerts.h"

#include <algorithm>
#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLineEdit>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;

using bench::milliseconds;

namespace {

struct Services
{
    explicit Services(const QString &file, const Clock &clock)
        : database(Database::open(file).value()),
          incidents(*database, PolicyLoader::load({}).policy, clock),
          timeline(*database, clock),
          checklists(*database, ChecklistService::loadTemplate({}, nullptr), clock),
          runbooks(RunbookLibrary::load({})),
          monitoring(*database, incidents, clock),
          messaging(*database, monitoring.network(), monitoring.secrets(), clock),
          slos(*database, monitoring, clock),
          metrics(*database, clock),
          oncall(*database, clock),
          escalations(*database, incidents, oncall, clock),
          handoffs(*database, oncall, clock),
          postmortems(*database, incidents, timeline, clock)
    { }
    std::unique_ptr<Database> database;
    IncidentService incidents;
    TimelineService timeline;
    ChecklistService checklists;
    RunbookLibrary runbooks;
    MonitoringService monitoring;
    MessagingService messaging;
    SloMonitor slos;
    MetricsService metrics;
    OnCallService oncall;
    EscalationService escalations;
    HandoffService handoffs;
    PostmortemService postmortems;
};

// The floor: the same rows, already serialised, in one prepared INSERT in one transaction.
double floorMs(const QString &file, const QList<Alert> &alerts)
{
    auto database = Database::open(file);
    QStringList labels;
    QStringList annotations;
    for (const Alert &alert : alerts) {
        labels << QString::fromUtf8(AlertJson::labelsToJson(alert.labels));
        annotations << QString::fromUtf8(AlertJson::labelsToJson(alert.annotations));
    }
    QElapsedTimer timer;
    timer.start();
    Transaction transaction(*database.value());
    QSqlQuery query(database.value()->connection());
    query.prepare(u"INSERT INTO alerts (fingerprint, group_key, labels, annotations, starts_at,"
                  " ends_at, state, endpoint, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < alerts.size(); ++i) {
        query.bindValue(0, alerts.at(i).fingerprint);
        query.bindValue(1, u"g"_s);
        query.bindValue(2, labels.at(i));
        query.bindValue(3, annotations.at(i));
        query.bindValue(4, alerts.at(i).startsAt.toMSecsSinceEpoch());
        query.bindValue(5, alerts.at(i).endsAt.toMSecsSinceEpoch());
        query.bindValue(6, u"active"_s);
        query.bindValue(7, u"am"_s);
        query.bindValue(8, alerts.at(i).startsAt.toMSecsSinceEpoch());
        if (!query.exec())
            qFatal("floor insert failed");
    }
    if (!transaction.commit())
        qFatal("floor commit failed");
    return milliseconds(timer);
}

// One whole poll of `body` over HTTP into `into`, in milliseconds. The server answers from a
// thread of its own, as a real Alertmanager is another process: writing its 43 MB into the
// socket is not the console's stall.
double pollOverHttp(Services &into, const QByteArray &body)
{
    auto *server = new QHttpServer;
    server->route(u"/api/v2/alerts"_s, [body] {
        return QHttpServerResponse("application/json", body, QHttpServerResponse::StatusCode::Ok);
    });
    const quint16 port = server->listen(QHostAddress::LocalHost);
    QThread serving;
    server->moveToThread(&serving);
    QObject::connect(&serving, &QThread::finished, server, &QObject::deleteLater);
    serving.start();
    const auto stopServing = qScopeGuard([&serving] {
        serving.quit();
        serving.wait();
    });
    Endpoint endpoint;
    endpoint.name = u"am"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    endpoint.timeout = std::chrono::seconds(120);
    AlertSync *sync = into.monitoring.syncFor(endpoint);
    QSignalSpy finished(sync, &AlertSync::finished);
    QElapsedTimer timer;
    timer.start();
    sync->pollOnce();
    finished.wait(240000);
    if (finished.isEmpty() || !finished.first().first().toString().isEmpty())
        qFatal("the poll failed: %s",
               finished.isEmpty() ? "no answer" : qPrintable(finished.first().first().toString()));
    return milliseconds(timer);
}

// The commander's own writes while a poll's ingest holds the write lock: a timeline note on
// the GUI thread every 25 ms, each timed. The longest is how long the console froze.
class WriteWaitMeter
{
public:
    WriteWaitMeter(TimelineService &timeline, IncidentId incident)
    {
        m_writer.setInterval(25);
        QObject::connect(&m_writer, &QTimer::timeout, [this, &timeline, incident] {
            QElapsedTimer took;
            took.start();
            const bool written = bool(timeline.add(
                    incident, TimelineKind::Note, u"Still investigating"_s, {}, false, u"bench"_s));
            m_longest = std::max(m_longest, milliseconds(took));
            m_refused += written ? 0 : 1;
        });
    }
    void start() { m_writer.start(); }
    void stop() { m_writer.stop(); }
    double longest() const { return m_longest; }
    int refused() const { return m_refused; }

private:
    QTimer m_writer;
    double m_longest = 0;
    int m_refused = 0;
};

struct Figures
{
    double floor = 0;
    double parse = 0;
    double ingest = 0;
    double steady = 0;
    int steadyChanged = -1;
    double poll = 0;
    double pollStall = 0;
    double writeWait = 0;
    int writesRefused = -1;
    double newAlert = 0;
    double newAlertByReload = 0;
    int newAlertResets = -1;
    bool selectionKept = false;
    double prepareTexts = 0;
    double prepareStall = 0;
    double slowestKeystroke = 0;
    double medianKeystroke = 0;
    double naiveSlowestKeystroke = 0;
    double naiveMedianKeystroke = 0;
    int shownAfterFilter = 0;
    double attachService = 0;
    double attachInbox = 0;
    int attached = 0;
    QString attachProblem;
};

// What a commander types into the inbox's filter, keystroke by keystroke.
const QStringList typed = {u"s"_s, u"sv"_s, u"svc"_s, u"svc4"_s, u"svc42"_s};

Figures measureOnce(int count, const QString &dir, const Clock &clock)
{
    Figures figures;
    const QByteArray body = bench::alertmanagerReply(count, clock.now());
    const QList<Alert> parsedForFloor = AlertmanagerAlerts::parse(body).value();
    figures.floor = floorMs(dir + u"/floor.sqlite"_s, parsedForFloor);

    Services ours(dir + u"/ours.sqlite"_s, clock);
    QElapsedTimer timer;
    timer.start();
    const Result<QList<Alert>> parsed = AlertmanagerAlerts::parse(body);
    figures.parse = milliseconds(timer);
    timer.restart();
    const Result<IngestReport> first = ours.monitoring.alerts().ingest(u"am"_s, parsed.value());
    figures.ingest = milliseconds(timer);
    if (!first)
        qFatal("%s", qPrintable(first.error()));
    timer.restart();
    const Result<IngestReport> again = ours.monitoring.alerts().ingest(u"am"_s, parsed.value());
    figures.steady = milliseconds(timer);
    figures.steadyChanged = again ? again.value().changedAlerts : -1;

    // A whole poll over HTTP, with a 1 ms timer watching the GUI thread.
    {
        Services polled(dir + u"/polled.sqlite"_s, clock);
        bench::StallMeter stalls;
        stalls.start();
        figures.poll = pollOverHttp(polled, body);
        figures.pollStall = stalls.stop();
    }
    // The same into a fresh file while the commander writes a timeline note every 25 ms.
    {
        Services busy(dir + u"/busy.sqlite"_s, clock);
        IncidentDraft draft;
        draft.title = u"Checkout errors"_s;
        draft.severity = Severity::Sev2;
        const Incident own = busy.incidents.declare(draft, u"bench"_s).value();
        WriteWaitMeter writes(busy.timeline, own.id);
        writes.start();
        pollOverHttp(busy, body);
        writes.stop();
        figures.writeWait = writes.longest();
        figures.writesRefused = writes.refused();
    }

    // The inbox, shown, with the commander's selection on one alert.
    WorkspaceServices services {ours.incidents,   ours.timeline,   ours.checklists,
                                ours.runbooks,    ours.monitoring, ours.messaging,
                                ours.slos,        ours.metrics,    ours.oncall,
                                ours.escalations, ours.handoffs,   ours.postmortems};
    AlertsView inbox(services, u"bench"_s);
    inbox.resize(1440, 900);
    inbox.show();
    QCoreApplication::processEvents();
    QTableView *table = inbox.table();
    table->selectRow(5);
    const QString chosen
            = table->model()->index(5, 0).data(AlertTableModel::FingerprintRole).toString();

    // The next poll brings one new alert: the inbox takes it without a reset.
    QList<Alert> withOneMore = parsed.value();
    Alert newer = withOneMore.first();
    newer.fingerprint = u"ffffffffffffffff"_s;
    newer.labels.insert(u"instance"_s, u"host-new:9100"_s);
    newer.startsAt = newer.startsAt.addSecs(60);
    withOneMore.append(newer);
    QSignalSpy resets(&inbox.model(), &QAbstractItemModel::modelReset);
    {
        // The ingest is measured above; here only what the inbox does with its result.
        const QSignalBlocker quiet(ours.monitoring.alerts());
        if (!ours.monitoring.alerts().ingest(u"am"_s, withOneMore))
            qFatal("ingest of one more failed");
    }
    // What the inbox does when the service says which alerts the ingest wrote.
    timer.restart();
    inbox.model().update({newer.fingerprint});
    QCoreApplication::processEvents(); // the inbox repaints with the new row
    figures.newAlert = milliseconds(timer);
    figures.newAlertResets = int(resets.size());
    // The baseline: reading every alert again and replacing the rows (nothing changes now).
    timer.restart();
    inbox.model().reload();
    QCoreApplication::processEvents();
    figures.newAlertByReload = milliseconds(timer);
    const QModelIndexList selected = table->selectionModel()->selectedRows();
    figures.selectionKept = selected.size() == 1
            && selected.first().data(AlertTableModel::FingerprintRole).toString() == chosen;

    // The search texts are prepared while the window is idle, a slice at a time.
    {
        bench::StallMeter stalls;
        stalls.start();
        timer.restart();
        if (!bench::waitInEventLoop([&] { return inbox.model().searchTextsReady(); }, 120000))
            qFatal("the search texts were not prepared");
        figures.prepareTexts = milliseconds(timer);
        figures.prepareStall = stalls.stop();
    }

    // Filter keystrokes, each until the table has repainted.
    auto *filter = inbox.findChild<QLineEdit *>(u"alertFilter"_s);
    QList<double> keystrokes;
    for (const QString &text : typed) {
        timer.restart();
        filter->setText(text);
        QCoreApplication::processEvents();
        keystrokes << milliseconds(timer);
    }
    figures.slowestKeystroke = *std::max_element(keystrokes.cbegin(), keystrokes.cend());
    figures.medianKeystroke = bench::median(keystrokes);
    figures.shownAfterFilter = table->model()->rowCount();
    filter->clear();
    QCoreApplication::processEvents();
    {
        // The baseline: the inbox's filter before, a QSortFilterProxyModel over every column.
        QSortFilterProxyModel naive;
        naive.setSourceModel(&inbox.model());
        naive.setFilterKeyColumn(-1);
        naive.setFilterCaseSensitivity(Qt::CaseInsensitive);
        QTableView naiveTable;
        naiveTable.setModel(&naive);
        naiveTable.resize(1440, 900);
        naiveTable.show();
        QCoreApplication::processEvents();
        QList<double> naiveKeystrokes;
        for (const QString &text : typed) {
            timer.restart();
            naive.setFilterFixedString(text);
            QCoreApplication::processEvents();
            naiveKeystrokes << milliseconds(timer);
        }
        figures.naiveSlowestKeystroke
                = *std::max_element(naiveKeystrokes.cbegin(), naiveKeystrokes.cend());
        figures.naiveMedianKeystroke = bench::median(naiveKeystrokes);
    }

    // Attach: the service alone first (every alert to one incident), then half the alerts
    // selected in the inbox to another.
    IncidentDraft other;
    other.title = u"Earlier storm"_s;
    const IncidentId firstTarget = ours.incidents.declare(other, u"bench"_s).value().id;
    QStringList everything;
    for (const CachedAlert &alert : ours.monitoring.alerts().alerts().value())
        everything << alert.alert.fingerprint;
    timer.restart();
    if (!ours.monitoring.alerts().attach(everything, firstTarget, u"bench"_s))
        qFatal("attach failed");
    figures.attachService = milliseconds(timer);
    IncidentDraft draft;
    draft.title = u"Storm"_s;
    const IncidentId target = ours.incidents.declare(draft, u"bench"_s).value().id;
    figures.attached = table->model()->rowCount() / 2;
    table->selectionModel()->select(
            QItemSelection(
                    table->model()->index(0, 0),
                    table->model()->index(figures.attached - 1, AlertTableModel::ColumnCount - 1)),
            QItemSelectionModel::ClearAndSelect);
    timer.restart();
    figures.attachProblem = inbox.attachSelectedTo(target);
    QCoreApplication::processEvents(); // the inbox repaints with the change
    figures.attachInbox = milliseconds(timer);
    return figures;
}

// "median (least–most)" of one figure over the runs.
QString medianAndSpread(const QList<Figures> &runs, double Figures::*figure)
{
    const QList<double> values = bench::across(runs, figure);
    return u"%1 (%2)"_s.arg(bench::median(values), 0, 'f', 1).arg(bench::spread(values));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sitrep-bench"_s);
    const int count = bench::sizeFrom("SITREP_BENCH_ALERTS", 100000);
    const SystemClock clock;
    std::printf("Alertmanager reply of %d alerts in %d groups, %.1f MB; %d runs\n", count,
                std::min(count, 2000), bench::alertmanagerReply(count, clock.now()).size() / 1e6,
                bench::runs());
    QList<Figures> runs;
    for (int run = 0; run < bench::runs(); ++run) {
        QTemporaryDir dir;
        runs << measureOnce(count, dir.path(), clock);
        std::fprintf(stderr, "run %d done\n", run + 1);
    }
    const Figures &last = runs.last();
    const auto row = [&](const char *name, double Figures::*figure, const QString &note = {}) {
        std::printf("%-40s %26s   %s\n", name, qPrintable(medianAndSpread(runs, figure)),
                    qPrintable(note));
    };
    std::printf("\n%-40s %26s\n", "figure", "ms: median (min–max)");
    row("floor (one prepared INSERT)", &Figures::floor);
    row("parse (worker thread)", &Figures::parse);
    const double ofFloor = bench::median(bench::across(
                                   runs, [](const Figures &run) { return run.parse + run.ingest; }))
            / bench::median(bench::across(runs, &Figures::floor));
    row("ingest: group, dedupe, upsert", &Figures::ingest,
        u"%1x the floor with the parse; target <= 3x"_s.arg(ofFloor, 0, 'f', 2));
    row("steady-state poll (same reply)", &Figures::steady,
        u"%1 rows changed; target <= 300"_s.arg(last.steadyChanged));
    row("whole poll over HTTP", &Figures::poll);
    row("longest GUI-thread stall in poll", &Figures::pollStall, u"target <= 16"_s);
    row("commander's note during the poll, slowest", &Figures::writeWait,
        u"%1 notes refused (the lock's wait)"_s.arg(last.writesRefused));
    row("inbox: takes a poll's one new alert", &Figures::newAlert,
        u"%1 resets, selection %2"_s.arg(last.newAlertResets)
                .arg(last.selectionKept ? u"kept"_s : u"LOST"_s));
    row("  baseline: reading every alert again", &Figures::newAlertByReload);
    row("inbox: search texts prepared, idle", &Figures::prepareTexts);
    row("  longest GUI stall meanwhile", &Figures::prepareStall, u"target <= 16"_s);
    row("inbox: filter keystroke, slowest", &Figures::slowestKeystroke, u"target <= 16"_s);
    row("inbox: filter keystroke, median", &Figures::medianKeystroke,
        u"%1 rows match \"%2\""_s.arg(last.shownAfterFilter).arg(typed.last()));
    row("  baseline: QSortFilterProxyModel, slowest", &Figures::naiveSlowestKeystroke);
    row("  baseline: QSortFilterProxyModel, median", &Figures::naiveMedianKeystroke);
    row("attach all, in the service alone", &Figures::attachService);
    row("inbox: attach the selected half", &Figures::attachInbox,
        u"%1 alerts; target <= 250; %2"_s.arg(last.attached)
                .arg(last.attachProblem.isEmpty() ? u"done"_s : last.attachProblem));
    bench::printMemory();
    return 0;
}
