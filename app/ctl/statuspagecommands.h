#pragma once

#include "ctlcommands.h"

namespace sitrep {

// statuspage export: the static status page written to a folder.
class StatusPageCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(StatusPageCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int exportStatusPage(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
