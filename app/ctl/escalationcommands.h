#pragma once

#include "ctlcommands.h"

namespace sitrep {

// ack and escalation show: paging and its acknowledgement.
class EscalationCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(EscalationCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int acknowledge(AppContext &context, const QStringList &arguments);
    int showEscalation(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
