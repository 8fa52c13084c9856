#pragma once

#include "ctlcommands.h"

namespace sitrep {

// timeline add | export
class TimelineCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(TimelineCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int addTimelineEntry(AppContext &context, const QStringList &arguments);
    int exportTimeline(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
