#pragma once

#include "domain/checklist.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// The ticked items of each incident's response checklist. Callers own the transaction.
class ChecklistStore
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistStore)
public:
    explicit ChecklistStore(Database &database);

    [[nodiscard]] Result<QList<ChecklistTick>> ticks(IncidentId incidentId);
    [[nodiscard]] Result<void> tick(IncidentId incidentId, const ChecklistTick &tick);
    [[nodiscard]] Result<void> untick(IncidentId incidentId, const QString &itemKey);

private:
    Database &m_database;
};

} // namespace sitrep
