#pragma once

#include "ctlsession.h"
#include "domain/incident.h"
#include "domain/result.h"

#include <functional>

#include <QCoreApplication>
#include <QStringList>

namespace sitrep {

class AppContext;
class CtlRegistry;

// A group of sitrepctl's commands (incidents, oncall, slo, ...): each parses the words after
// its name, calls a service, and prints for people or (with --json) for machines. Exit codes:
// 0 done, 1 refused or failed, 2 bad arguments. A command that waits for the keychain or the
// network returns Pending and ends later through finish(); nothing waits in a nested loop.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)
public:
    enum ExitCode { Done = 0, Failed = 1, BadArguments = 2 };
    static constexpr int Pending = -1;
    using Handler = std::function<int(AppContext &, const QStringList &)>;

    explicit CtlCommands(CtlSession &session)
        : m_session(session), m_out(session.out()), m_err(session.err())
    { }
    virtual ~CtlCommands() = default;

    // Adds this group's words to the registry main() dispatches through.
    virtual void registerIn(CtlRegistry &registry) = 0;

protected:
    // A member function as a handler.
    template<typename Group>
    [[nodiscard]] Handler handler(int (Group::*run)(AppContext &, const QStringList &))
    {
        return [this, run](AppContext &context, const QStringList &arguments) {
            return (static_cast<Group *>(this)->*run)(context, arguments);
        };
    }
    int fail(const QString &reason, ExitCode code = Failed);
    // For an incident argument that did not resolve: `usage` when none was named, else why.
    int failIncident(const Result<IncidentId> &id, const QString &usage);
    // Ends a Pending command.
    void finish(int code) { m_session.finish(code); }
    // Keeps a command that loops (watch, sync, detect) running until SIGINT or SIGTERM; then
    // `onStop` lets go of what it ran and gives the exit code. Returns Pending, or the failure.
    int keepRunning(std::function<int()> onStop);

    CtlSession &m_session;
    QTextStream &m_out;
    QTextStream &m_err;
};

} // namespace sitrep
