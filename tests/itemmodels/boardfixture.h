#pragma once

#include "domain/clock.h"
#include "itemmodels/incidenttablemodel.h"
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
#include "services/workspaceservices.h"
#include "storage/channelstore.h"
#include "storage/database.h"
#include "storage/slostore.h"
#include "sync/secretstore.h"

#include <QTemporaryDir>
#include <QTest>

// A real database, the services over it and a manual clock, in a temporary directory.
struct BoardFixture
{
    QTemporaryDir dir;
    std::unique_ptr<sitrep::Database> database;
    sitrep::ManualClock clock {QDateTime(QDate(2024, 1, 15), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<sitrep::IncidentService> service;
    std::unique_ptr<sitrep::TimelineService> timeline;
    std::unique_ptr<sitrep::ChecklistService> checklists;
    sitrep::RunbookLibrary runbooks = sitrep::RunbookLibrary::load({});
    std::unique_ptr<sitrep::MonitoringService> monitoring;
    std::unique_ptr<sitrep::MessagingService> messaging;
    std::unique_ptr<sitrep::SloMonitor> slos;
    std::unique_ptr<sitrep::MetricsService> metrics;
    std::unique_ptr<sitrep::OnCallService> oncall;
    std::unique_ptr<sitrep::EscalationService> escalations;
    std::unique_ptr<sitrep::HandoffService> handoffs;
    std::unique_ptr<sitrep::PostmortemService> postmortems;

    BoardFixture()
    {
        auto opened = sitrep::Database::open(dir.filePath(QStringLiteral("sitrep.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        database = std::move(opened).value();
        service = std::make_unique<sitrep::IncidentService>(
                *database, sitrep::PolicyLoader::load({}).policy, clock);
        timeline = std::make_unique<sitrep::TimelineService>(*database, clock);
        checklists = std::make_unique<sitrep::ChecklistService>(
                *database, sitrep::ChecklistService::loadTemplate({}, nullptr), clock);
        monitoring = std::make_unique<sitrep::MonitoringService>(*database, *service, clock);
        messaging = std::make_unique<sitrep::MessagingService>(*database, monitoring->network(),
                                                               monitoring->secrets(), clock);
        slos = std::make_unique<sitrep::SloMonitor>(*database, *monitoring, clock);
        metrics = std::make_unique<sitrep::MetricsService>(*database, clock);
        oncall = std::make_unique<sitrep::OnCallService>(*database, clock);
        escalations
                = std::make_unique<sitrep::EscalationService>(*database, *service, *oncall, clock);
        handoffs = std::make_unique<sitrep::HandoffService>(*database, *oncall, clock);
        postmortems = std::make_unique<sitrep::PostmortemService>(*database, *service, *timeline,
                                                                  clock);
    }
    ~BoardFixture()
    {
        // Before the services they use.
        postmortems.reset();
        handoffs.reset();
        escalations.reset();
        oncall.reset();
        metrics.reset();
        slos.reset();
        messaging.reset();
        monitoring.reset();
    }

    sitrep::WorkspaceServices services()
    {
        return {*service, *timeline, *checklists, runbooks,     *monitoring, *messaging,
                *slos,    *metrics,  *oncall,     *escalations, *handoffs,   *postmortems};
    }

    sitrep::Incident declare(const QString &title, sitrep::Severity severity,
                             const QStringList &services = {}, const QString &commander = {})
    {
        sitrep::IncidentDraft draft;
        draft.title = title;
        draft.severity = severity;
        draft.services = services;
        draft.commander = commander;
        auto declared = service->declare(draft, QStringLiteral("tester"));
        if (!declared)
            qFatal("%s", qPrintable(declared.error()));
        clock.advance(60);
        return declared.value();
    }
};
