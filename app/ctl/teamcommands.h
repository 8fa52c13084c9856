#pragma once

#include "ctlcommands.h"

namespace sitrep {

class TeamService;
struct TeamUrl;

// team connect | status | migrate | disconnect: joining a team's shared store and leaving it.
class TeamCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int connect(AppContext &context, const QStringList &arguments);
    int status(AppContext &context, const QStringList &arguments);
    int migrate(AppContext &context, const QStringList &arguments);
    int disconnect(AppContext &context, const QStringList &arguments);
    // The configured team server, or the exit code after saying why there is none.
    [[nodiscard]] std::optional<TeamUrl> configured(int *code);
};

} // namespace sitrep
