#pragma once

#include "domain/escalation.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

class Database;

// Escalations and their pages. Writes join the caller's transaction, so a page, its timeline
// entry and its outbox messages are stored together or not at all.
class EscalationStore
{
    Q_DECLARE_TR_FUNCTIONS(EscalationStore)
public:
    explicit EscalationStore(Database &database);

    [[nodiscard]] Result<void> start(const Escalation &escalation);
    [[nodiscard]] Result<std::optional<Escalation>> find(IncidentId incident);
    [[nodiscard]] Result<QList<Escalation>> running();
    // Escalations acknowledged that started at or after `sinceMs` (their response may still be
    // due).
    [[nodiscard]] Result<QList<Escalation>> acknowledgedSince(qint64 sinceMs);
    [[nodiscard]] Result<void> addPage(IncidentId incident, const EscalationPage &page);
    [[nodiscard]] Result<void> end(IncidentId incident, Escalation::State state, qint64 atMs,
                                   const QString &by);

private:
    [[nodiscard]] Result<QList<Escalation>> select(const QString &where,
                                                   const QVariantList &values);
    Database &m_database;
};

} // namespace sitrep
