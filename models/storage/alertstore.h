#pragma once

#include "domain/alert.h"

#include <memory>
#include <optional>

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace sitrep {

class Database;
struct SqliteStatement;

// The alerts, alert groups and silences in the cache. Callers own the transaction. Statements
// are prepared once per store, so an ingest of thousands of alerts reuses them.
class AlertStore
{
    Q_DECLARE_TR_FUNCTIONS(AlertStore)
public:
    explicit AlertStore(Database &database);
    ~AlertStore();

    [[nodiscard]] Result<QHash<QString, CachedAlert>> all();
    // The same, taking labels and annotations from `known` for the alerts it holds rather
    // than from their JSON, which is most of a full read's cost. A fingerprint is a hash of
    // its labels, so they cannot differ; annotations that another program changed meanwhile
    // only make the next ingest write an alert once more.
    [[nodiscard]] Result<QHash<QString, CachedAlert>> all(const QHash<QString, CachedAlert> &known);
    [[nodiscard]] Result<QList<CachedAlert>> forIncident(qint64 incidentId);
    // Writes an alert as an ingest decided it over the row it read, which was open (firing)
    // or not (resolved, or absent). The write lands only if the row still is as read, so what
    // another program wrote in between wins until the next ingest; an open row keeps its
    // incident, group and first sighting, so an alert attached meanwhile stays attached.
    // Straight through SQLite where the connection is SQLite's (see sqliteHandle). How many
    // rows it wrote: none when the alert's row was no longer as read; one more when it set
    // the alert's incident.
    [[nodiscard]] Result<int> saveOver(const CachedAlert &alert, bool readOpen);
    // Moves alerts to an incident (0: none) by their links alone (schema v22); one statement
    // however many there are. How many links it wrote.
    [[nodiscard]] Result<qint64> setIncident(const QStringList &fingerprints, qint64 incidentId);
    // How many row writes the alerts and their incident links have seen, by any program: the
    // database counts them itself (schema v22). Every write in this store adds one per row it
    // writes, so a writer that knows the count before its writes knows whether anyone else
    // wrote.
    [[nodiscard]] Result<qint64> writeCount();

    [[nodiscard]] Result<std::optional<AlertGroup>> group(const QString &key);
    [[nodiscard]] Result<QHash<QString, AlertGroup>> groups();
    [[nodiscard]] Result<void> saveGroup(const AlertGroup &group);

    [[nodiscard]] Result<QList<Silence>> silences();
    [[nodiscard]] Result<void> saveSilence(const Silence &silence);

private:
    // A write prepared once, straight through SQLite or through Qt's driver.
    struct Statement
    {
        Statement();
        ~Statement();
        std::unique_ptr<SqliteStatement> direct;
        std::optional<QSqlQuery> query;
    };
    struct Written
    {
        int changes = 0;
        std::optional<qint64> returned; // the first column of the last row it returned
        std::optional<qint64> inserted; // the number of the row it inserted, if known
    };
    // Runs `sql` with what `bind` binds through either binder.
    template<typename Bind>
    Result<Written> write(Statement &statement, const char *sql, const CachedAlert &cached,
                          Bind bind);
    // The number of the alert's row, for its link after a write that did not say it.
    Result<qint64> numberOf(const CachedAlert &cached);

    Database &m_database;
    Statement m_save;
    Statement m_number;
    Statement m_link;
    Statement m_unlink;
};

} // namespace sitrep
