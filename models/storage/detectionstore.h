#pragma once

#include "domain/detection.h"
#include "domain/detectionrule.h"
#include "domain/incident.h"
#include "domain/resolutioncheck.h"
#include "domain/result.h"

#include <optional>

#include <QCoreApplication>

namespace sitrep {

class Database;

// Which rule opened which incident, and each incident's resolution checks.
class DetectionStore
{
    Q_DECLARE_TR_FUNCTIONS(DetectionStore)
public:
    explicit DetectionStore(Database &database);

    // The open incident `rule` opened, if there is one: it keeps the rule from opening another.
    [[nodiscard]] Result<std::optional<IncidentId>> openIncidentOf(const QString &rule);
    [[nodiscard]] Result<void> record(const Detection &detection);
    [[nodiscard]] Result<QList<Detection>> ofIncident(IncidentId incident);

    // The incident's verification; a default one if it was never checked.
    [[nodiscard]] Result<ResolutionVerification> verification(IncidentId incident);
    [[nodiscard]] Result<void> saveVerification(IncidentId incident,
                                                const ResolutionVerification &state);

private:
    Database &m_database;
};

} // namespace sitrep
