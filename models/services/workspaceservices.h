#pragma once

namespace sitrep {

class ChecklistService;
class EscalationService;
class HandoffService;
class IncidentService;
class MessagingService;
class MetricsService;
class MonitoringService;
class OnCallService;
class PostmortemService;
class RunbookLibrary;
class SloMonitor;
class TimelineService;

// The services the console's windows work with, built once by the executable and handed to
// the windows through their constructors.
struct WorkspaceServices
{
    IncidentService &incidents;
    TimelineService &timeline;
    ChecklistService &checklists;
    const RunbookLibrary &runbooks;
    MonitoringService &monitoring;
    MessagingService &messaging;
    SloMonitor &slos;
    MetricsService &metrics;
    OnCallService &oncall;
    EscalationService &escalations;
    HandoffService &handoffs;
    PostmortemService &postmortems;
};

} // namespace sitrep
