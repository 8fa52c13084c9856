#pragma once

#include "domain/result.h"
#include "domain/timelineevent.h"

#include <QCoreApplication>
#include <QList>

namespace sitrep {

class Database;

// Appends to and reads incident timelines. Callers own the transaction.
class TimelineStore
{
    Q_DECLARE_TR_FUNCTIONS(TimelineStore)
public:
    explicit TimelineStore(Database &database);

    [[nodiscard]] Result<qint64> append(const TimelineEvent &event);
    [[nodiscard]] Result<QList<TimelineEvent>> list(IncidentId incidentId);

private:
    Database &m_database;
};

} // namespace sitrep
