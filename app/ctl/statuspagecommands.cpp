#include "statuspagecommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/messagingservice.h"
#include "services/outboxdispatcher.h"

namespace sitrep {

using namespace ctl;

int StatusPageCommands::exportStatusPage(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption wording(
            QStringLiteral("channel"),
            tr("Draw it with this channel's components and public wording."),
            QStringLiteral("NAME"));
    line.parser.addOption(wording);
    if (!line.parse(QStringLiteral("statuspage export"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    if (words.size() != 1)
        return fail(tr("statuspage export needs the folder to write index.html to."), BadArguments);
    Channel folder;
    if (line.parser.isSet(wording)) {
        const Result<QList<Channel>> channels = context.messaging().channels();
        if (!channels)
            return fail(channels.error());
        const QString name = line.parser.value(wording);
        const auto named
                = std::find_if(channels.value().cbegin(), channels.value().cend(),
                               [&](const Channel &channel) { return channel.name == name; });
        if (named == channels.value().cend())
            return fail(tr("There is no channel named \"%1\" (see channel list).").arg(name),
                        BadArguments);
        folder = *named;
    }
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
