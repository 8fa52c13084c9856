#pragma once

#include "domain/alert.h"
#include "domain/incident.h"
#include "domain/result.h"
#include "workspaceservices.h"

#include <QList>
#include <QObject>
#include <QRandomGenerator>
#include <QTimer>

namespace sitrep {

class IncidentService;
class SloMonitor;
class OnCallService;
class PostmortemService;

// Realistic demo data: three months of resolved history and a handful of live incidents across
// every severity and status, some of them overdue for an update.
class DemoScenario
{
public:
    [[nodiscard]] static QList<Incident> history(const QDateTime &now, int resolvedCount = 120);
    // What the demo's Alertmanager reports: a few alert groups, some with several instances.
    [[nodiscard]] static QList<Alert> alerts(const QDateTime &now);
    // What a war room has written by the time a newcomer opens the incident: hypotheses,
    // actions and a decision on the timeline, ticked checklist items, the roles filled.
    // The seed's SLOs for checkout (healthy) and payments (paging now, after an incident three
    // days ago), with 40 days of per-minute events in the cache.
    [[nodiscard]] static Result<void> slos(SloMonitor &slos, const QDateTime &now);
    // Two on-call schedules: platform (Berlin, weekly as in the seed, with an override this
    // week and a gap next week) and storage (Chicago, 12-hour shifts with a business-hours
    // layer on top).
    [[nodiscard]] static Result<void> schedules(OnCallService &service, const QDateTime &now);
    // Postmortems of the latest resolved incidents: one written through (its review today,
    // action items due, one overdue), two still drafts.
    [[nodiscard]] static Result<void>
    postmortems(PostmortemService &service, const QList<Incident> &seeded, const QDateTime &now);
    [[nodiscard]] static Result<void> warRoom(const WorkspaceServices &services, IncidentId id,
                                              const QDateTime &now);
};

// Moves the demo along while it runs: incidents are declared, progress through their statuses
// and get resolved, so a first-time user sees a live board.
class DemoFeed : public QObject
{
    Q_OBJECT
public:
    explicit DemoFeed(IncidentService &service, QObject *parent = nullptr);
    void start(std::chrono::milliseconds interval = std::chrono::seconds(6));
    void step();

private:
    IncidentService &m_service;
    QTimer m_timer;
    QRandomGenerator m_random {20240115};
};

} // namespace sitrep
