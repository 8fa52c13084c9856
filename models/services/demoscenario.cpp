#include "demoscenario.h"

#include "checklistservice.h"
#include "incidentservice.h"
#include "oncallservice.h"
#include "postmortemservice.h"
#include "slomonitor.h"
#include "timelineservice.h"

#include <array>
#include <cmath>

#include <QCryptographicHash>

namespace sitrep {

namespace {

struct Story
{
    const char *title;
    const char *service;
    Severity severity;
    const char *rootCause;
    const char *resolution;
};

// Demo content: what incident commanders actually see.
constexpr std::array<Story, 16> stories {{
        {"Checkout API returning 500s", "checkout, api", Severity::Sev1,
         "Bad config push disabled the payment provider", "Rolled back config release 2024.3"},
        {"Database connection pool exhausted", "api", Severity::Sev2,
         "Pool size too small for campaign traffic", "Raised pool from 100 to 300"},
        {"High latency on search", "search", Severity::Sev2, "Index rebuild starved the cluster",
         "Paused the rebuild and scaled the cluster"},
        {"Login page slow for EU users", "auth", Severity::Sev3, "CDN edge misrouted EU traffic",
         "Pinned EU traffic to the Frankfurt edge"},
        {"Significant traffic drop on web", "web", Severity::Sev1,
         "DNS record expired at the registrar", "Renewed and re-published the DNS zone"},
        {"Payment webhooks delayed", "payments", Severity::Sev2, "Queue consumer crash loop",
         "Fixed the poison message and restarted consumers"},
        {"Mobile push notifications failing", "notifications", Severity::Sev3,
         "Expired APNs certificate", "Rotated the APNs certificate"},
        {"Typo on pricing page", "web", Severity::Sev4, "Copy change without review",
         "Corrected the copy"},
        {"Image uploads timing out", "media", Severity::Sev3, "Object store throttling",
         "Raised the request quota"},
        {"Elevated error rate on orders", "orders", Severity::Sev2,
         "Deploy with a missing migration", "Ran the migration and redeployed"},
        {"Data export job stuck", "reports", Severity::Sev4, "Lock left by a crashed worker",
         "Released the lock and re-ran the export"},
        {"Customer data visible to wrong tenant", "api", Severity::Sev1,
         "Cache key missing tenant id", "Flushed the cache and fixed the key"},
        {"Status emails sent twice", "notifications", Severity::Sev4,
         "Retry without idempotency key", "Added an idempotency key"},
        {"Recommendations empty on home page", "recommendations", Severity::Sev3,
         "Model server out of memory", "Doubled the model server memory"},
        {"Intermittent 502s from load balancer", "edge", Severity::Sev2,
         "Health check too aggressive", "Relaxed the health check"},
        {"Invoices rendered without totals", "billing", Severity::Sev3, "Template regression",
         "Reverted the template"},
}};

constexpr std::array<const char *, 6> people {"alice", "bob", "carol", "dave", "erin", "frank"};

QString text(const char *value)
{
    return QString::fromUtf8(value);
}

// The fields every demo incident takes from its story.
Incident fromStory(const Story &story, IncidentStatus status, const char *commander)
{
    Incident incident;
    incident.title = text(story.title);
    incident.severity = story.severity;
    incident.status = status;
    incident.services = text(story.service).split(QStringLiteral(", "));
    incident.commander = text(commander);
    incident.responders = {incident.commander};
    incident.detection = DetectionSource::Automated;
    return incident;
}

} // namespace

QList<Incident> DemoScenario::history(const QDateTime &now, int resolvedCount)
{
    QRandomGenerator random(42);
    QList<Incident> incidents;
    const qint64 ninetyDays = 90LL * 24 * 3600;
    for (int i = 0; i < resolvedCount; ++i) {
        const Story &story = stories[random.bounded(int(stories.size()))];
        Incident incident = fromStory(story, IncidentStatus::Resolved,
                                      people[random.bounded(int(people.size()))]);
        if (random.bounded(3) == 0)
            incident.detection = DetectionSource::Manual;
        incident.startedAt = now.addSecs(-ninetyDays + qint64(i) * ninetyDays / resolvedCount);
        incident.detectedAt = incident.startedAt.addSecs(60 + random.bounded(900));
        incident.acknowledgedAt = incident.detectedAt.addSecs(30 + random.bounded(400));
        incident.lastUpdateAt = incident.detectedAt;
        incident.resolvedAt = incident.detectedAt.addSecs(1200 + random.bounded(4 * 3600));
        incident.rootCause = text(story.rootCause);
        incident.resolution = text(story.resolution);
        incidents.append(incident);
    }

    // The live ones: every severity and open status, one SEV-1 overdue for its update.
    struct Live
    {
        int story;
        IncidentStatus status;
        int startedMinutesAgo;
        int lastUpdateMinutesAgo;
        const char *commander;
    };
    constexpr Live live[] = {
            {0, IncidentStatus::Investigating, 42, 38, "alice"},
            {1, IncidentStatus::Identified, 95, 20, "bob"},
            {2, IncidentStatus::Monitoring, 180, 55, "carol"},
            {3, IncidentStatus::Investigating, 25, 25, "dave"},
            {6, IncidentStatus::Identified, 300, 130, "erin"},
            {7, IncidentStatus::Investigating, 600, 600, "frank"},
            {9, IncidentStatus::Investigating, 8, 8, "alice"},
            {13, IncidentStatus::Monitoring, 320, 251, "bob"},
    };
    for (const Live &entry : live) {
        Incident incident = fromStory(stories[entry.story], entry.status, entry.commander);
        incident.startedAt = now.addSecs(-60LL * entry.startedMinutesAgo);
        incident.detectedAt = incident.startedAt.addSecs(120);
        incident.acknowledgedAt = incident.detectedAt.addSecs(180);
        incident.lastUpdateAt = now.addSecs(-60LL * entry.lastUpdateMinutesAgo);
        incidents.append(incident);
    }
    return incidents;
}

QList<Alert> DemoScenario::alerts(const QDateTime &now)
{
    struct Fired
    {
        const char *name;
        const char *service;
        const char *instance;
        const char *severity;
        const char *summary;
        int minutesAgo;
    };
    constexpr Fired fired[] = {
            {"HighLatencyDetected", "api", "api-1:9100", "critical", "p99 latency above 5 s on api",
             14},
            {"HighLatencyDetected", "api", "api-2:9100", "critical", "p99 latency above 5 s on api",
             12},
            {"HighLatencyDetected", "api", "api-3:9100", "critical", "p99 latency above 5 s on api",
             11},
            {"DiskAlmostFull", "storage", "db-1:9100", "warning", "Disk 92% full on db-1", 48},
            {"DiskAlmostFull", "storage", "db-2:9100", "warning", "Disk 91% full on db-2", 33},
            {"CertificateExpiry", "web", "edge-1:443", "info", "TLS certificate expires in 6 days",
             300},
    };
    QList<Alert> alerts;
    for (const Fired &entry : fired) {
        Alert alert;
        alert.labels = {{QStringLiteral("alertname"), text(entry.name)},
                        {QStringLiteral("service"), text(entry.service)},
                        {QStringLiteral("instance"), text(entry.instance)},
                        {QStringLiteral("severity"), text(entry.severity)}};
        alert.annotations = {{QStringLiteral("summary"), text(entry.summary)}};
        alert.fingerprint = QString::fromLatin1(
                QCryptographicHash::hash(AlertJson::labelsToJson(alert.labels),
                                         QCryptographicHash::Sha1)
                        .toHex()
                        .left(16));
        alert.startsAt = now.addSecs(-60LL * entry.minutesAgo);
        alert.endsAt = now.addSecs(300);
        alert.updatedAt = now;
        alerts << alert;
    }
    return alerts;
}

Result<void> DemoScenario::warRoom(const WorkspaceServices &services, IncidentId id,
                                   const QDateTime &now)
{
    struct Entry
    {
        int minutesAgo;
        TimelineKind kind;
        const char *text;
        bool key;
    };
    constexpr Entry entries[] = {
            {36, TimelineKind::Hypothesis,
             "Config release 2024.3 went out at %1, errors began "
             "two minutes later",
             false},
            {31, TimelineKind::Action, "Paused the deploy pipeline for checkout", false},
            {27, TimelineKind::Decision, "Roll back config release 2024.3 rather than hot-fix",
             true},
            {22, TimelineKind::Action, "Rollback started (carol)", true},
            {12, TimelineKind::Note,
             "Error rate down from 31% to 4%; payment provider still "
             "timing out for some regions",
             false},
    };
    // The release the hypothesis blames went out two minutes before the errors began: its
    // time agrees with the incident's own.
    const Result<Incident> incident = services.incidents.incident(id);
    if (!incident)
        return Error {incident.error()};
    const QString released = incident.value().startedAt.toUTC().addSecs(-120).toString(
            QStringLiteral("HH:mm 'UTC'"));
    for (const Entry &entry : entries) {
        QString said = text(entry.text);
        if (said.contains(u"%1"))
            said = said.arg(released);
        if (auto added
            = services.timeline.add(id, entry.kind, said, now.addSecs(-60LL * entry.minutesAgo),
                                    entry.key, QStringLiteral("alice"));
            !added)
            return Error {added.error()};
    }
    for (const char *item : {"acknowledge", "join-channel", "assign-commander", "assess-severity",
                             "recent-deployments"}) {
        if (auto ticked = services.checklists.tick(id, text(item), QStringLiteral("alice"));
            !ticked)
            return Error {ticked.error()};
    }
    if (auto assigned = services.incidents.assignRole(
                id, IncidentRole::Scribe, QStringLiteral("dave"), QStringLiteral("alice"));
        !assigned)
        return Error {assigned.error()};
    if (auto assigned
        = services.incidents.assignRole(id, IncidentRole::CommunicationsLead,
                                        QStringLiteral("erin"), QStringLiteral("alice"));
        !assigned)
        return Error {assigned.error()};
    if (auto added
        = services.incidents.addResponder(id, QStringLiteral("carol"), QStringLiteral("alice"));
        !added)
        return Error {added.error()};
    return {};
}

DemoFeed::DemoFeed(IncidentService &service, QObject *parent) : QObject(parent), m_service(service)
{
    connect(&m_timer, &QTimer::timeout, this, &DemoFeed::step);
}

void DemoFeed::start(std::chrono::milliseconds interval)
{
    m_timer.start(interval);
}

void DemoFeed::step()
{
    const Result<QList<Incident>> open = m_service.incidents(IncidentSelection::Open);
    if (!open)
        return;
    const QString author = QStringLiteral("demo");
    // Keep between four and ten live incidents.
    if (open.value().size() < 4 || (open.value().size() < 10 && m_random.bounded(4) == 0)) {
        const Story &story = stories[m_random.bounded(int(stories.size()))];
        IncidentDraft draft;
        draft.title = text(story.title);
        draft.severity = story.severity;
        draft.services = {text(story.service)};
        draft.commander = text(people[m_random.bounded(int(people.size()))]);
        draft.detection = DetectionSource::Automated;
        (void)m_service.declare(draft, author);
        return;
    }
    const Incident &incident = open.value().at(m_random.bounded(int(open.value().size())));
    switch (incident.status) {
    case IncidentStatus::Investigating:
        (void)m_service.changeStatus(incident.id, IncidentStatus::Identified, author);
        break;
    case IncidentStatus::Identified:
        (void)m_service.changeStatus(incident.id, IncidentStatus::Monitoring, author);
        break;
    case IncidentStatus::Monitoring:
    case IncidentStatus::Resolved: {
        QString resolution = QStringLiteral("Mitigated and verified");
        for (const Story &story : stories) {
            if (incident.title == text(story.title))
                resolution = text(story.resolution);
        }
        (void)m_service.resolve(incident.id, resolution, {}, author);
        break;
    }
    }
}

namespace {

// How a demo service's minute goes: its share of failed and of slow requests.
struct DemoMinute
{
    double failed = 0;
    double slow = 0;
};

QList<SloEvent> demoEvents(const QDateTime &now, int days, bool latency,
                           const std::function<DemoMinute(qint64 ageMinutes)> &shape)
{
    QList<SloEvent> events;
    const qint64 endMs = now.toMSecsSinceEpoch() - now.toMSecsSinceEpoch() % 60'000;
    const qint64 minutes = qint64(days) * 1440;
    events.reserve(minutes);
    for (qint64 age = minutes - 1; age >= 0; --age) {
        const qint64 atMs = endMs - age * 60'000;
        const double total
                = std::round(1000 + 300 * std::sin(2 * M_PI * double(atMs % 86'400'000) / 86.4e6));
        const DemoMinute minute = shape(age);
        events.append({atMs, std::round(total * (latency ? minute.slow : minute.failed)), total});
    }
    return events;
}

} // namespace

Result<void> DemoScenario::slos(SloMonitor &slos, const QDateTime &now)
{
    constexpr int days = 40;
    const auto checkout = [](qint64 age) {
        DemoMinute minute {0.0003, 0.004};
        if (age >= 12 * 1440 && age < 12 * 1440 + 45) // twelve days ago: 45 minutes of 500s
            minute.failed = 0.08;
        return minute;
    };
    const auto payments = [](qint64 age) {
        DemoMinute minute {0.0005, 0.009};
        if (age >= 3 * 1440 && age < 3 * 1440 + 60) // three days ago: an hour of failures
            minute.failed = 0.2;
        if (age < 70) // now: failing again, fast enough to page
            minute.failed = 0.03;
        if (age < 8 * 60) // slow for the last eight hours: a ticket
            minute.slow = 0.03;
        return minute;
    };
    for (const auto &[service, shape] : {std::pair<QString, std::function<DemoMinute(qint64)>> {
                                                 QStringLiteral("checkout"), checkout},
                                         {QStringLiteral("payments"), payments}}) {
        for (const Slo &slo : SloDefaults::seed(service)) {
            if (const Result<void> saved = slos.save({slo}); !saved)
                return saved;
            const QList<SloEvent> events
                    = demoEvents(now, days, slo.kind == Slo::Kind::Latency, shape);
            if (const Result<void> stored = slos.storeEvents(slo.name, events); !stored)
                return stored;
        }
    }
    return {};
}

Result<void> DemoScenario::schedules(OnCallService &service, const QDateTime &now)
{
    const QDate today = now.toUTC().date();
    const QDate monday = today.addDays(1 - today.dayOfWeek());
    const auto day = [&](int days) { return monday.addDays(days).toString(Qt::ISODate); };
    // Whoever the rotation gives this week, dave covers them on Wednesday; next Saturday
    // morning erin is taken off and nobody covers.
    const QString yaml
            = QStringLiteral(R"yaml(name: platform
team: Platform Engineering
timezone: Europe/Berlin
rotation:
  start: %1
  duration: 1 week
  handoff: Monday 09:00
  participants: [alice@example.com, bob@example.com, carol@example.com, erin@example.com]
overrides:
  - { kind: add, person: dave@example.com, from: %2T09:00, to: %2T18:00 }
  - { kind: remove, person: %5, from: %3T06:00, to: %3T10:00 }
---
name: storage
team: Data Infrastructure
timezone: America/Chicago
rotation:
  start: %4
  duration: 12 hours
  handoff: "08:00"
  participants: [frank@example.com, grace@example.com, heidi@example.com]
layers:
  - name: business hours
    rotation: { start: %4, duration: 1 week, handoff: Monday 08:00, participants: [ivan@example.com, judy@example.com] }
    restrictions:
      - { days: [Monday, Tuesday, Wednesday, Thursday, Friday], from: "08:00", to: "17:00" }
)yaml")
                      .arg(day(-21), day(2), day(12), day(-14),
                           // next week's primary: turn 4 of the four from three weeks ago
                           QStringLiteral("alice@example.com"));
    const Result<QStringList> imported = service.importYaml(yaml.toUtf8(), QStringLiteral("demo"));
    if (!imported)
        return Error {imported.error()};
    return {};
}

Result<void> DemoScenario::postmortems(PostmortemService &service, const QList<Incident> &seeded,
                                       const QDateTime &now)
{
    QList<Incident> resolved;
    for (const Incident &incident : seeded)
        if (incident.status == IncidentStatus::Resolved)
            resolved.append(incident);
    std::sort(resolved.begin(), resolved.end(),
              [](const Incident &a, const Incident &b) { return a.resolvedAt > b.resolvedAt; });
    resolved.resize(std::min<qsizetype>(resolved.size(), 3));
    for (const Incident &incident : std::as_const(resolved))
        if (Result<StoredPostmortem> opened = service.open(incident.id); !opened)
            return Error {opened.error()};
    if (resolved.isEmpty())
        return {};
    // The one reviewed first is the one the list opens with.
    Result<StoredPostmortem> written = service.open(resolved.last().id);
    if (!written)
        return Error {written.error()};
    Postmortem p = written.value().postmortem;
    const QDate today = now.toUTC().date();
    p.status = Postmortem::Status::InReview;
    p.authors = QStringList {p.authors.value(0, QStringLiteral("alice")), QStringLiteral("bob")};
    p.summary
            = QStringLiteral(
                      "Checkout requests failed for **%1** while the database connection pool was "
                      "exhausted; raising the pool size and scaling the API restored service.")
                      .arg(PostmortemRules::durationText(p.duration));
    p.usersAffected = 45000;
    p.activeUsersPercent = 30;
    p.revenueImpact = QStringLiteral("$15,000 estimated");
    if (p.timeline.isEmpty())
        p.timeline = {{QTime(14, 23), QStringLiteral("First alerts for increased error rates")},
                      {QTime(14, 25), QStringLiteral("On-call engineer paged")},
                      {QTime(14, 35), QStringLiteral("Root cause identified: pool exhausted")},
                      {QTime(14, 50), QStringLiteral("Partial recovery observed")}};
    p.wentWell = {QStringLiteral("Incident detected automatically within 2 minutes"),
                  QStringLiteral("Clear communication in the incident channel")};
    p.wentWrong = {QStringLiteral("Connection pool size not sized for expected traffic"),
                   QStringLiteral("No pre-launch load testing performed")};
    using S = Postmortem::ActionItem::Status;
    p.actionItems = {
            {QStringLiteral("Implement connection pool monitoring"), QStringLiteral("alice"),
             today.addDays(-3), S::InProgress},
            {QStringLiteral("Add load testing to the deployment pipeline"), QStringLiteral("bob"),
             today.addDays(10), S::Planned},
            {QStringLiteral("Update the database runbook"), QStringLiteral("dave"),
             today.addDays(-1), S::Done},
            {QStringLiteral("Set up auto-scaling for database connections"), QString(),
             today.addDays(21), S::Planned},
    };
    p.lessons = {QStringLiteral("Always load test before major marketing campaigns")};
    // An earlier incident of the same kind, judged a repeat.
    for (const Incident &earlier : seeded)
        if (earlier.id != p.incident && earlier.title == p.title && earlier.startedAt < now) {
            p.related.append(relatedIncident(earlier, true));
            break;
        }
    return service.save(p);
}

} // namespace sitrep
