#pragma once

#include "domain/documentconflictcopy.h"
#include "domain/result.h"

#include <QObject>

namespace sitrep {

class Database;

// The conflict copies the team's merge kept (a schedule, channel or SLO written on two
// consoles at the same time: the loser beside the winner), listed as conflicts to settle and
// settled by a person: keep the original and drop the copy, or put the copy's version in the
// original's place. Either way the outcome is recorded for the team like any other edit, so
// every console settles it alike.
class ConflictCopyService : public QObject
{
    Q_OBJECT
public:
    enum class Settle { KeepOriginal, UseCopy };

    explicit ConflictCopyService(Database &database, QObject *parent = nullptr);

    [[nodiscard]] Result<QList<DocumentConflictCopy>> copies();
    // `kind` may be empty when only one copy has the name.
    [[nodiscard]] Result<void> settle(const QString &kind, const QString &name, Settle how);
    // The shared documents changed (pulled from the team, or edited here): the list may have.
    void announceChanged();

Q_SIGNALS:
    void changed();
    // A settlement changed these kinds of document (TeamDocumentStore's keys).
    void documentsSettled(const QStringList &kinds);

private:
    [[nodiscard]] Result<DocumentConflictCopy> named(const QString &kind, const QString &name);
    [[nodiscard]] Result<void> putCopyInPlace(const DocumentConflictCopy &copy);

    Database &m_database;
};

} // namespace sitrep
