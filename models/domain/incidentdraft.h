#pragma once

#include "incident.h"

#include <QCoreApplication>
#include <QList>

namespace sitrep {

// What someone declaring an incident fills in. The declare dialog, sitrepctl and detection all
// build one and ask validate() before the service writes anything.
struct IncidentDraft
{
    QString title;
    Severity severity = Severity::Sev3;
    QStringList services;
    QString commander;
    QString impact;
    qint64 affectedUsers = 0;
    double revenueImpactPerHour = 0.0;
    DetectionSource detection = DetectionSource::Manual;
    QDateTime startedAt;  // invalid: now
    QDateTime detectedAt; // invalid: now (detection uses the alert's start)
    // What the trouble is known by when Sitrep declares it itself ("rule/NAME",
    // "alertgroup/KEY"): across a team, the same key declared on two consoles is one incident.
    QString dedupKey;
};

struct FieldProblem
{
    QString field; // "title", "services", ...
    QString message;
};

class IncidentDraftRules
{
    Q_DECLARE_TR_FUNCTIONS(IncidentDraftRules)
public:
    static constexpr int maxTitleLength = 200;

    // Every problem with the draft, in words, empty if it may be declared.
    [[nodiscard]] static QList<FieldProblem> problems(const IncidentDraft &draft,
                                                      const QDateTime &now);
    // Trims texts and drops empty and repeated service names.
    [[nodiscard]] static IncidentDraft normalised(IncidentDraft draft);
};

} // namespace sitrep
