#pragma once

#include "domain/documentconflictcopy.h"
#include "domain/result.h"

#include <QCoreApplication>
#include <QList>

namespace sitrep {

class Database;

// The register of conflict copies the team's merge kept in this console's file. A copy whose
// document is gone (settled here, or removed on another console and pulled) is no longer
// listed, however it went. Callers own the transaction.
class TeamConflictCopies
{
    Q_DECLARE_TR_FUNCTIONS(TeamConflictCopies)
public:
    explicit TeamConflictCopies(Database &database);

    [[nodiscard]] Result<void> keep(const DocumentConflictCopy &copy);
    // The copies whose documents are still here, oldest first.
    [[nodiscard]] Result<QList<DocumentConflictCopy>> all();
    [[nodiscard]] Result<void> forget(const QString &kind, const QString &name);

private:
    Database &m_database;
};

} // namespace sitrep
