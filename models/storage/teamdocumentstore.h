#pragma once

#include "domain/result.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonValue>

namespace sitrep {

class Database;

// The settings a team shares as whole documents (last writer wins per document): on-call
// schedules (with their escalation policies), channel settings (never their secrets: those
// stay in each person's keychain), SLO definitions and the review leads. Each is read and
// written as the JSON object of its row (column by column, only the table's own columns, with
// bound values), so every kind merges the same way. Callers own the transaction.
class TeamDocumentStore
{
    Q_DECLARE_TR_FUNCTIONS(TeamDocumentStore)
public:
    enum class Kind { Schedule, Channel, Slo, Leads };
    [[nodiscard]] static QString kindKey(Kind kind);
    [[nodiscard]] static std::optional<Kind> parseKind(const QString &key);
    // The table a kind's documents live in (not the leads': they are one list).
    [[nodiscard]] static QString tableOf(Kind kind);
    // The review leads are one document under this name.
    static constexpr auto leadsName = "leads";

    explicit TeamDocumentStore(Database &database);

    // The document as stored here; null when there is none. The leads are an array.
    [[nodiscard]] Result<QJsonValue> read(Kind kind, const QString &name);
    // Every document of the kind saved here, by name.
    [[nodiscard]] Result<QStringList> names(Kind kind);
    // Saves the document under `name` (the name inside it does not count); null removes it.
    [[nodiscard]] Result<void> write(Kind kind, const QString &name, const QJsonValue &value);

private:
    [[nodiscard]] Result<QStringList> columns(const QString &table);
    [[nodiscard]] Result<QJsonValue> readLeads();
    [[nodiscard]] Result<void> writeLeads(const QJsonValue &value);

    Database &m_database;
};

} // namespace sitrep
