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
    context->m_timeline = std::make_unique<TimelineService>(*context->m_database, clock);
    context->m_checklists = std::make_unique<ChecklistService>(
            *context->m_database,
            ChecklistService::loadTemplate(ChecklistService::defaultUserFile(),
                                           &context->m_warnings),
            clock);
    context->m_runbooks = RunbookLibrary::load(RunbookLibrary::defaultUserFolder());
    context->m_monitoring
            = std::make_unique<Monitoring>(*context->m_database, *context->m_incidents, clock);
    context->m_warnings << context->m_runbooks.warnings();
    return context;
}

QString currentUserName()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("unknown") : user;
}

} // namespace sitrep
