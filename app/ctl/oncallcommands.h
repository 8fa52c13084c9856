#pragma once

#include "ctlcommands.h"

namespace sitrep {

// oncall import | export | list | who | shifts | ics | report
class OnCallCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(OnCallCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int importSchedule(AppContext &context, const QStringList &arguments);
    int exportSchedule(AppContext &context, const QStringList &arguments);
    int listSchedules(AppContext &context, const QStringList &arguments);
    int whoIsOnCall(AppContext &context, const QStringList &arguments);
    int listShifts(AppContext &context, const QStringList &arguments);
    int exportCalendar(AppContext &context, const QStringList &arguments);
    int reportOnCallHours(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
