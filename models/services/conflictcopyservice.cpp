#include "conflictcopyservice.h"

#include "storage/teamconflictcopies.h"
#include "storage/teamdocumentstore.h"
#include "storage/transaction.h"
#include "teamdocumentapplier.h"
#include "teamrecorder.h"

namespace sitrep {

ConflictCopyService::ConflictCopyService(Database &database, QObject *parent)
    : QObject(parent), m_database(database)
{ }

Result<QList<DocumentConflictCopy>> ConflictCopyService::copies()
{
    return TeamConflictCopies(m_database).all();
}

void ConflictCopyService::announceChanged()
{
    Q_EMIT changed();
}

Result<DocumentConflictCopy> ConflictCopyService::named(const QString &kind, const QString &name)
{
    const Result<QList<DocumentConflictCopy>> all = copies();
    if (!all)
        return Error {all.error()};
    QList<DocumentConflictCopy> found;
    for (const DocumentConflictCopy &copy : all.value())
        if (copy.name == name && (kind.isEmpty() || copy.kind == kind))
            found << copy;
    if (found.isEmpty())
        return Error {tr("There is no conflict copy named \"%1\" to settle.").arg(name)};
    if (found.size() > 1)
        return Error {
                tr("More than one kind of document has a conflict copy named \"%1\": say which "
                   "(schedule, channel or slo).")
                        .arg(name)};
    return found.first();
}

Result<void> ConflictCopyService::settle(const QString &kind, const QString &name, Settle how)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    const Result<DocumentConflictCopy> copy = named(kind, name);
    if (!copy)
        return Error {copy.error()};
    if (how == Settle::UseCopy) {
        if (auto placed = putCopyInPlace(copy.value()); !placed)
            return placed;
    }
    const TeamDocumentStore::Kind documentKind = *TeamDocumentStore::parseKind(copy.value().kind);
    if (auto removed = TeamDocumentStore(m_database).write(documentKind, name, QJsonValue());
        !removed)
        return removed;
    if (auto recorded = TeamRecorder(m_database).document(documentKind, name); !recorded)
        return recorded;
    if (auto forgotten = TeamConflictCopies(m_database).forget(copy.value().kind, name); !forgotten)
        return forgotten;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    Q_EMIT documentsSettled({copy.value().kind});
    Q_EMIT changed();
    return {};
}

Result<void> ConflictCopyService::putCopyInPlace(const DocumentConflictCopy &copy)
{
    const TeamDocumentStore::Kind kind = *TeamDocumentStore::parseKind(copy.kind);
    TeamDocumentStore store(m_database);
    const Result<QJsonValue> copied = store.read(kind, copy.name);
    if (!copied)
        return Error {copied.error()};
    const Result<QJsonValue> original = store.read(kind, copy.original);
    if (!original)
        return Error {original.error()};
    QJsonObject row = TeamDocumentApplier::renamed(kind, copied.value().toObject(), copy.original);
    // The copy was made deaf so it would not deliver twice; in the original's place it hears
    // what the original heard.
    if (kind == TeamDocumentStore::Kind::Channel)
        row = TeamDocumentApplier::withSeverities(
                row, TeamDocumentApplier::severitiesOf(original.value().toObject()));
    if (auto written = store.write(kind, copy.original, row); !written)
        return written;
    return TeamRecorder(m_database).document(kind, copy.original);
}

} // namespace sitrep
