#pragma once

#include "ctlcommands.h"

namespace sitrep {

// backup [FILE] and restore FILE: the database file itself, with no services over it.
class BackupCommands : public CtlCommands
{
    Q_DECLARE_TR_FUNCTIONS(BackupCommands)

public:
    using CtlCommands::CtlCommands;
    void registerIn(CtlRegistry &registry) override;

private:
    int backup(const QStringList &arguments);
    int restore(const QStringList &arguments);
};

} // namespace sitrep
