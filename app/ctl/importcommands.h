#pragma once

#include "ctlcommands.h"

namespace sitrep {

struct OnCallImport;

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
    // Prints the report and saves the schedules unless told not to or the proof fails under
    // --strict.
    int finishImport(AppContext &context, const OnCallImport &import, bool strict, bool dryRun,
                     bool asJson);
};

} // namespace sitrep
