#pragma once

#include "ctlcommands.h"

namespace sitrep {

// postmortem show | export | import | invite | leads, and actions list
class PostmortemCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(PostmortemCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int showPostmortem(AppContext &context, const QStringList &arguments);
    int exportPostmortem(AppContext &context, const QStringList &arguments);
    int importPostmortem(AppContext &context, const QStringList &arguments);
    int postmortemInvite(AppContext &context, const QStringList &arguments);
    int postmortemLeads(AppContext &context, const QStringList &arguments);
    int listActionItems(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
