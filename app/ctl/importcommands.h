#pragma once

#include "ctlcommands.h"
#include "services/oncallservice.h"
#include "services/providerimport.h"

#include <memory>

namespace sitrep {

// import pagerduty | opsgenie: on-call schedules brought over from another tool, proved
// against that tool's own computed shifts before anything is saved.
class ImportCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(ImportCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int importPagerDuty(AppContext &context, const QStringList &arguments);
    int importOpsgenie(AppContext &context, const QStringList &arguments);
    int importFrom(AppContext &context, const QString &provider, const QStringList &arguments);
    // What is done with an import once read: --strict, --dry-run, --json.
    struct Choices
    {
        bool strict = false;
        bool dryRun = false;
        bool asJson = false;
    };
    // Fetches from the provider's API, then finishes; keeps the key when asked and imported.
    void fetchAndFinish(AppContext &context, OnCallService::Provider provider,
                        ProviderAccount account, const QString &key, bool keep,
                        const Choices &choices);
    // Prints the report and saves the schedules unless told not to or the proof fails under
    // --strict.
    int finishImport(AppContext &context, const OnCallImport &import, const Choices &choices);

    std::unique_ptr<ProviderImport> m_fetch; // while a fetch from an API runs
};

} // namespace sitrep
