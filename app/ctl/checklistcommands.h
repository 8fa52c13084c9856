#pragma once

#include "ctlcommands.h"

namespace sitrep {

// checklist show | tick
class ChecklistCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(ChecklistCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int showChecklist(AppContext &context, const QStringList &arguments);
    int tickChecklist(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
