// Alert ingest benchmark: a 10,000-alert Alertmanager reply (SITREP_BENCH_ALERTS=N), 200 groups.
//  - ingest: parse, group, dedupe and upsert, against the floor (the same rows inserted with
//    one prepared statement in one transaction);
//  - a steady-state poll (the same reply again);
//  - the longest the GUI thread is blocked during a whole poll from a local HTTP server
//    (a 1 ms timer on the GUI thread records its longest gap);
//  - a bulk action in the inbox: 10,000 selected alerts attached to one incident.
#include "alerts/alertsview.h"
#include "benchfigures.h"
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

#include <cstdio>

#include <QApplication>
#include <QElapsedTimer>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

using namespace sitrep;
using namespace Qt::StringLiterals;

using bench::milliseconds;

namespace {

QByteArray reply(int count, const QDateTime &now)
{
    QJsonArray alerts;
    for (int i = 0; i < count; ++i) {
        const QString name = u"Alert%1"_s.arg(i % 20);
        const QString service = u"svc%1"_s.arg((i / 20) % 10);
        alerts.append(QJsonObject {
                {u"fingerprint"_s, u"%1"_s.arg(i, 16, 16, QLatin1Char('0'))},
                {u"labels"_s,
                 QJsonObject {{u"alertname"_s, name},
                              {u"service"_s, service},
                              {u"instance"_s, u"host-%1:9100"_s.arg(i)},
                              {u"severity"_s, u"warning"_s}}},
                {u"annotations"_s, QJsonObject {{u"summary"_s, name + u" on "_s + service}}},
                {u"startsAt"_s, now.addSecs(-600).toString(Qt::ISODateWithMs)},
                {u"endsAt"_s, now.addSecs(300).toString(Qt::ISODateWithMs)},
                {u"updatedAt"_s, now.toString(Qt::ISODateWithMs)},
                {u"generatorURL"_s, u"http://prometheus:9090/graph"_s},
                {u"status"_s,
                 QJsonObject {{u"state"_s, u"active"_s},
                              {u"silencedBy"_s, QJsonArray()},
                              {u"inhibitedBy"_s, QJsonArray()}}},
                {u"receivers"_s, QJsonArray {QJsonObject {{u"name"_s, u"null"_s}}}},
        });
    }
    return QJsonDocument(alerts).toJson(QJsonDocument::Compact);
}

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

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"sitrep-bench"_s);
    const int count = qEnvironmentVariableIntValue("SITREP_BENCH_ALERTS") > 0
            ? qEnvironmentVariableIntValue("SITREP_BENCH_ALERTS")
            : 10000;
    QTemporaryDir dir;
    const SystemClock clock;
    const QByteArray body = reply(count, clock.now());
    std::printf("Alertmanager reply of %d alerts, %.1f MB\n", count, body.size() / 1e6);

    const QList<Alert> parsedForFloor = AlertmanagerAlerts::parse(body).value();
    const double floor = floorMs(dir.filePath(u"floor.sqlite"_s), parsedForFloor);

    Services ours(dir.filePath(u"ours.sqlite"_s), clock);
    QElapsedTimer timer;
    timer.start();
    const Result<QList<Alert>> parsed = AlertmanagerAlerts::parse(body);
    const double parseMs = milliseconds(timer);
    timer.restart();
    const Result<IngestReport> first = ours.monitoring.alerts().ingest(u"am"_s, parsed.value());
    const double ingestMs = milliseconds(timer);
    if (!first)
        qFatal("%s", qPrintable(first.error()));
    timer.restart();
    const Result<IngestReport> again = ours.monitoring.alerts().ingest(u"am"_s, parsed.value());
    const double steadyMs = milliseconds(timer);

    // A whole poll over HTTP, with a 1 ms timer watching the GUI thread.
    Services polled(dir.filePath(u"polled.sqlite"_s), clock);
    QHttpServer server;
    server.route(u"/api/v2/alerts"_s, [&body] {
        return QHttpServerResponse("application/json", body, QHttpServerResponse::StatusCode::Ok);
    });
    const quint16 port = server.listen(QHostAddress::LocalHost);
    Endpoint endpoint;
    endpoint.name = u"am"_s;
    endpoint.url = QUrl(u"http://127.0.0.1:%1"_s.arg(port));
    endpoint.timeout = std::chrono::seconds(60);
    AlertSync *sync = polled.monitoring.syncFor(endpoint);
    QSignalSpy finished(sync, &AlertSync::finished);
    bench::StallMeter stalls;
    timer.restart();
    stalls.start();
    sync->pollOnce();
    finished.wait(120000);
    const double longestStall = stalls.stop();
    const double pollMs = milliseconds(timer);

    // The inbox: select every alert, attach all to one incident.
    WorkspaceServices services {ours.incidents,   ours.timeline,   ours.checklists,
                                ours.runbooks,    ours.monitoring, ours.messaging,
                                ours.slos,        ours.metrics,    ours.oncall,
                                ours.escalations, ours.handoffs,   ours.postmortems};
    AlertsView inbox(services, u"bench"_s);
    inbox.resize(1440, 900);
    inbox.show();
    IncidentDraft draft;
    draft.title = u"Storm"_s;
    const IncidentId target = ours.incidents.declare(draft, u"bench"_s).value().id;
    // The service alone first (to another incident), then the whole action from the inbox.
    IncidentDraft other;
    other.title = u"Earlier storm"_s;
    const IncidentId first_target = ours.incidents.declare(other, u"bench"_s).value().id;
    QStringList everything;
    for (const CachedAlert &alert : ours.monitoring.alerts().alerts().value())
        everything << alert.alert.fingerprint;
    timer.restart();
    if (!ours.monitoring.alerts().attach(everything, first_target, u"bench"_s))
        qFatal("attach failed");
    const double serviceMs = milliseconds(timer);
    inbox.table()->selectAll();
    timer.restart();
    const QString attached = inbox.attachSelectedTo(target);
    QCoreApplication::processEvents(); // the inbox repaints with the change
    const double bulkMs = milliseconds(timer);

    std::printf("\n%-34s %10s\n", "figure", "ms");
    std::printf("%-34s %10.1f\n", "floor (one prepared INSERT)", floor);
    std::printf("%-34s %10.1f\n", "parse (worker thread)", parseMs);
    std::printf("%-34s %10.1f\n", "ingest: group, dedupe, upsert", ingestMs);
    std::printf("%-34s %10.1f   (%.1fx the floor; target <= 3x)\n", "parse + ingest",
                parseMs + ingestMs, (parseMs + ingestMs) / floor);
    std::printf("%-34s %10.1f   (%d new, %d incidents)\n", "  of which ingest vs floor", ingestMs,
                first.value().newAlerts, int(first.value().openedIncidents.size()));
    std::printf("%-34s %10.1f   (%d changed)\n", "steady-state poll (same reply)", steadyMs,
                again ? again.value().changedAlerts : -1);
    std::printf("%-34s %10.1f\n", "whole poll over HTTP", pollMs);
    std::printf("%-34s %10.1f   (target <= 50)\n", "longest GUI-thread stall in poll",
                longestStall);
    std::printf("%-34s %10.1f\n", "  attach in the service alone", serviceMs);
    std::printf("%-34s %10.1f   (target <= 100; %s)\n", "attach 10,000 selected alerts", bulkMs,
                attached.isEmpty() ? "done" : qPrintable(attached));
    return 0;
}
