#pragma once

#include "ctlcommands.h"

namespace sitrep {

// incidents list | show | declare | update | resolve | reopen
class IncidentCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(IncidentCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int listIncidents(AppContext &context, const QStringList &arguments);
    int showIncident(AppContext &context, const QStringList &arguments);
    int declareIncident(AppContext &context, const QStringList &arguments);
    int updateIncident(AppContext &context, const QStringList &arguments);
    int resolveIncident(AppContext &context, const QStringList &arguments);
    int reopenIncident(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
