#pragma once

#include "domain/incident.h"
#include "domain/result.h"

#include <optional>

#include <QCoreApplication>
#include <QList>

struct sqlite3;

namespace sitrep {

class Database;

enum class IncidentSelection { Open, Resolved, All };

// One of `count` disjoint parts of the incidents (by id), so that several threads can each read
// a part with their own connection.
struct IncidentShare
{
    int index = 0;
    int count = 1;
};

// Reads and writes incidents. Callers own the transaction (services group several writes).
class IncidentStore
{
    Q_DECLARE_TR_FUNCTIONS(IncidentStore)
public:
    explicit IncidentStore(Database &database);

    // Inserts the incident and returns its new id (the incident's own id is ignored).
    [[nodiscard]] Result<IncidentId> insert(const Incident &incident);
    [[nodiscard]] Result<void> update(const Incident &incident);
    [[nodiscard]] Result<std::optional<Incident>> find(IncidentId id);
    [[nodiscard]] Result<QList<Incident>> list(IncidentSelection selection,
                                               IncidentShare share = {});

private:
    Result<QList<Incident>> listDirectly(sqlite3 *handle, const QString &sql,
                                         const QList<qint64> &values);

    Database &m_database;
};

} // namespace sitrep
