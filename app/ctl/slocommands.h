#pragma once

#include "ctlcommands.h"

namespace sitrep {

// slo import | seed | list | report | rules
class SloCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(SloCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int importSlos(AppContext &context, const QStringList &arguments);
    int seedSlos(AppContext &context, const QStringList &arguments);
    int listSlos(AppContext &context, const QStringList &arguments);
    int reportSlos(AppContext &context, const QStringList &arguments);
    int sloRules(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
