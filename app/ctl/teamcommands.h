#pragma once

#include "ctlcommands.h"
#include "domain/result.h"
#include "domain/teamrole.h"

#include <memory>

namespace sitrep {

class TeamService;
class TeamSync;
struct TeamSyncState;
struct TeamUrl;

// team connect | status | migrate | sync | grant | users | conflicts | settle | disconnect:
// joining a team's shared store, keeping in step with it, who may do what on it, settling the
// conflict copies its merge kept, and leaving it.
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
    int grant(AppContext &context, const QStringList &arguments);
    int users(AppContext &context, const QStringList &arguments);
    int conflicts(AppContext &context, const QStringList &arguments);
    int settle(AppContext &context, const QStringList &arguments);
    int disconnect(AppContext &context, const QStringList &arguments);
    // After the server answered `team connect`: keeps the URL and the role, and brings the
    // history when asked.
    int joined(TeamService &team, const TeamUrl &url, int schema, TeamRole role, bool bringHistory);
    int reportStatus(const TeamUrl &url, const TeamSyncState &local, const Result<int> &schema,
                     TeamRole role, bool asJson);
    // The configured team server, or the exit code after saying why there is none.
    [[nodiscard]] std::optional<TeamUrl> configured(int *code);

    std::unique_ptr<TeamSync> m_sync; // team sync's worker, while the command runs
};

} // namespace sitrep
