#pragma once

#include <QSqlDatabase>
#include <QString>

struct sqlite3;

namespace sitrep {

// Whether Qt's QSQLITE driver and Sitrep share one libsqlite3, so that Sitrep may call
// sqlite3_* on the driver's handle. Proved from the loaded libraries and then by the handle
// itself, never assumed.
class SqliteLinkage
{
public:
    struct Verdict
    {
        bool shared = false;
        QString reason; // why not, in words (for the log)
    };
    // The first call decides for the process (the driver plugin does not change while it
    // runs); later calls return the same verdict.
    [[nodiscard]] static const Verdict &verdict(const QSqlDatabase &database, sqlite3 *handle);
    // Decides afresh: what verdict() caches.
    [[nodiscard]] static Verdict prove(const QSqlDatabase &database, sqlite3 *handle);
};

} // namespace sitrep
