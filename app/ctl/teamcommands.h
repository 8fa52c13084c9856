#pragma once

#include "ctlcommands.h"

#include <memory>

namespace sitrep {

class TeamService;
class TeamSync;
struct TeamUrl;

// team connect | status | migrate | sync | disconnect: joining a team's shared store, keeping
// in step with it, and leaving it.
class TeamCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(TeamCommands)

public:
    explicit TeamCommands(CtlSession &session);
    ~TeamCommands() override;
    void registerIn(CtlRegistry &registry) override;

private:
    int connect(AppContext &context, const QStringList &arguments);
    int status(AppContext &context, const QStringList &arguments);
    int migrate(AppContext &context, const QStringList &arguments);
    int sync(AppContext &context, const QStringList &arguments);
    int disconnect(AppContext &context, const QStringList &arguments);
    // The configured team server, or the exit code after saying why there is none.
    [[nodiscard]] std::optional<TeamUrl> configured(int *code);

    std::unique_ptr<TeamSync> m_sync; // team sync's worker, while the command runs
};

} // namespace sitrep
