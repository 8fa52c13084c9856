#include "appcontext.h"

#include "services/policyloader.h"

#include <QStandardPaths>

namespace sitrep {

QString AppContext::defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
            + QStringLiteral("/sitrep.sqlite");
}

Result<std::unique_ptr<AppContext>>
AppContext::create(const QString &databasePath, const Clock &clock, IntegrityCheck integrityCheck)
{
    Result<std::unique_ptr<Database>> database = Database::open(databasePath, integrityCheck);
    if (!database)
        return Error {database.error()};
    LoadedPolicy policy = PolicyLoader::load(PolicyLoader::defaultUserFile());

    std::unique_ptr<AppContext> context(new AppContext);
    context->m_database = std::move(database).value();
    context->m_incidents = std::make_unique<IncidentService>(*context->m_database,
                                                             std::move(policy.policy), clock);
    context->m_warnings = policy.warnings;
    return context;
}

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace sitrep
