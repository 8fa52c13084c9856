#pragma once

#include "ctlcommands.h"

namespace sitrep {

// metrics: the incident metrics of a period.
class MetricsCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(MetricsCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int metrics(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
