#pragma once

#include "ctlcommands.h"

namespace sitrep {

// channel add | list | test | remove, update, outbox list | flush: telling people.
class MessagingCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(MessagingCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int addChannel(AppContext &context, const QStringList &arguments);
    int listChannels(AppContext &context, const QStringList &arguments);
    int testChannel(AppContext &context, const QStringList &arguments);
    int removeChannel(AppContext &context, const QStringList &arguments);
    int postUpdate(AppContext &context, const QStringList &arguments);
    int listOutbox(AppContext &context, const QStringList &arguments);
    int flushOutbox(AppContext &context, const QStringList &arguments);
};

} // namespace sitrep
