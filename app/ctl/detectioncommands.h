#pragma once

#include "ctlcommands.h"

namespace sitrep {

// detect and verify: the detection rules and the resolution checks against a Prometheus.
class DetectionCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(DetectionCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int detect(AppContext &context, const QStringList &arguments);
    int verify(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
