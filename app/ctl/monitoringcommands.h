#pragma once

#include "ctlcommands.h"

#include <chrono>

namespace sitrep {

class MonitoringService;

// endpoint add | list | remove, sync alertmanager, alerts list, silence, and watch: the loops of a
// console without a window.
class MonitoringCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(MonitoringCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int addEndpoint(AppContext &context, const QStringList &arguments);
    int listEndpoints(AppContext &context, const QStringList &arguments);
    int removeEndpoint(AppContext &context, const QStringList &arguments);
    int syncAlertmanager(AppContext &context, const QStringList &arguments);
    int listAlerts(AppContext &context, const QStringList &arguments);
    int silence(AppContext &context, const QStringList &arguments);
    int watch(AppContext &context, const QStringList &arguments);
    // Silences the groups one after the other, then finishes.
    void silenceEach(MonitoringService &monitoring, QStringList groups, std::chrono::seconds length,
                     const QString &comment);
};

} // namespace sitrep
