#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace sitrep {

class AppContext;

// sitrepctl's commands: parse the words after the command, call a service, print for people or
// (with --json) for machines. Exit codes: 0 done, 1 refused or failed, 2 bad arguments.
class CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(CtlCommands)
public:
    enum ExitCode { Done = 0, Failed = 1, BadArguments = 2 };

    explicit CtlCommands(QString databasePath);
    int run(const QStringList &arguments);

private:
    using Handler = int (CtlCommands::*)(AppContext &, const QStringList &);
    // Runs the handler named by the first word after `group` with the services built.
    int dispatch(const QString &group, const QStringList &arguments,
                 std::initializer_list<std::pair<const char16_t *, Handler>> handlers);
    int listIncidents(AppContext &context, const QStringList &arguments);
    int showIncident(AppContext &context, const QStringList &arguments);
    int declareIncident(AppContext &context, const QStringList &arguments);
    int updateIncident(AppContext &context, const QStringList &arguments);
    int resolveIncident(AppContext &context, const QStringList &arguments);
    int reopenIncident(AppContext &context, const QStringList &arguments);
    int addTimelineEntry(AppContext &context, const QStringList &arguments);
    int exportTimeline(AppContext &context, const QStringList &arguments);
    int showChecklist(AppContext &context, const QStringList &arguments);
    int tickChecklist(AppContext &context, const QStringList &arguments);
    int addEndpoint(AppContext &context, const QStringList &arguments);
    int listEndpoints(AppContext &context, const QStringList &arguments);
    int removeEndpoint(AppContext &context, const QStringList &arguments);
    int syncAlertmanager(AppContext &context, const QStringList &arguments);
    int listAlerts(AppContext &context, const QStringList &arguments);
    int silence(AppContext &context, const QStringList &arguments);
    int watch(AppContext &context, const QStringList &arguments);
    int detect(AppContext &context, const QStringList &arguments);
    int addChannel(AppContext &context, const QStringList &arguments);
    int listChannels(AppContext &context, const QStringList &arguments);
    int testChannel(AppContext &context, const QStringList &arguments);
    int removeChannel(AppContext &context, const QStringList &arguments);
    int postUpdate(AppContext &context, const QStringList &arguments);
    int listOutbox(AppContext &context, const QStringList &arguments);
    int flushOutbox(AppContext &context, const QStringList &arguments);
    int exportStatusPage(AppContext &context, const QStringList &arguments);
    int verify(AppContext &context, const QStringList &arguments);
    int importSlos(AppContext &context, const QStringList &arguments);
    int seedSlos(AppContext &context, const QStringList &arguments);
    int listSlos(AppContext &context, const QStringList &arguments);
    int reportSlos(AppContext &context, const QStringList &arguments);
    int metrics(AppContext &context, const QStringList &arguments);
    int showPostmortem(AppContext &context, const QStringList &arguments);
    int exportPostmortem(AppContext &context, const QStringList &arguments);
    int importPostmortem(AppContext &context, const QStringList &arguments);
    int postmortemInvite(AppContext &context, const QStringList &arguments);
    int postmortemLeads(AppContext &context, const QStringList &arguments);
    int listActionItems(AppContext &context, const QStringList &arguments);
    int importSchedule(AppContext &context, const QStringList &arguments);
    int acknowledge(AppContext &context, const QStringList &arguments);
    int showEscalation(AppContext &context, const QStringList &arguments);
    int exportSchedule(AppContext &context, const QStringList &arguments);
    int listSchedules(AppContext &context, const QStringList &arguments);
    int whoIsOnCall(AppContext &context, const QStringList &arguments);
    int listShifts(AppContext &context, const QStringList &arguments);
    int exportCalendar(AppContext &context, const QStringList &arguments);
    int reportOnCallHours(AppContext &context, const QStringList &arguments);
    // Runs the event loop until SIGINT or SIGTERM.
    int runUntilStopped();
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);

    int fail(const QString &reason, ExitCode code = Failed);

    QString m_databasePath;
    QTextStream m_out;
    QTextStream m_err;
};

} // namespace sitrep
