#include "backupcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/backupservice.h"

#include <QFileInfo>

namespace sitrep {

using namespace ctl;

int BackupCommands::backup(const QStringList &arguments)
{
    if (arguments.size() > 1)
        return fail(tr("backup takes at most one file name."), BadArguments);
    const Result<QString> file = BackupService::backUp(
            m_session.databasePath(),
            arguments.isEmpty() ? QString() : QFileInfo(arguments.first()).absoluteFilePath());
    if (!file)
        return fail(file.error());
    m_out << tr("Backed up to %1.").arg(file.value()) << '\n';
    return Done;
}

int BackupCommands::restore(const QStringList &arguments)
{
    if (arguments.size() != 1)
        return fail(tr("restore needs the backup file to restore."), BadArguments);
    const Result<QString> aside
            = BackupService::restore(arguments.first(), m_session.databasePath());
    if (!aside)
        return fail(aside.error());
    m_out << tr("Restored %1.").arg(arguments.first()) << '\n';
    if (!aside.value().isEmpty())
        m_out << tr("The previous database was kept at %1.").arg(aside.value()) << '\n';
    return Done;
}

void BackupCommands::registerIn(CtlRegistry &registry)
{
    registry.addStandalone(QStringLiteral("backup"),
                           [this](const QStringList &arguments) { return backup(arguments); });
    registry.addStandalone(QStringLiteral("restore"),
                           [this](const QStringList &arguments) { return restore(arguments); });
}

} // namespace sitrep
