#include "statuspagecommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/outboxdispatcher.h"

namespace sitrep {

using namespace ctl;

int StatusPageCommands::exportStatusPage(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("statuspage export"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    if (words.size() != 1)
        return fail(tr("statuspage export needs the folder to write index.html to."), BadArguments);
    Channel folder;
    folder.name = QStringLiteral("export");
    folder.kind = Channel::Kind::StaticPage;
    folder.folder = words.first();
    context.messaging().dispatcher().attempt(
            {}, folder, {}, [this](const DeliveryOutcome &written) {
                if (written.verdict != DeliveryOutcome::Verdict::Delivered)
                    return finish(fail(written.answer));
                m_out << tr("Status page %1.").arg(written.answer) << '\n';
                finish(Done);
            });
    return Pending;
}

void StatusPageCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("statuspage"),
                      {{QStringLiteral("export"), handler(&StatusPageCommands::exportStatusPage)}});
}

} // namespace sitrep
