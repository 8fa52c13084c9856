// sitrepctl's messaging commands: channels, status updates and the outbox.
#include "messagingcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "domain/durationtext.h"

namespace sitrep {

using namespace ctl;

namespace {

QJsonObject channelJson(const Channel &channel)
{
    QJsonObject object {{QStringLiteral("name"), channel.name},
                        {QStringLiteral("kind"), channelKindKey(channel.kind)},
                        {QStringLiteral("role"), channelRoleKey(channel.role)},
                        {QStringLiteral("timeout_seconds"), qint64(channel.timeout.count())}};
    if (channel.kind == Channel::Kind::SlackApi) {
        object.insert(QStringLiteral("channel"), channel.slackChannel);
        object.insert(QStringLiteral("api_url"), MessagingService::apiUrl(channel).toString());
    }
    if (channel.kind == Channel::Kind::Webhook)
        object.insert(QStringLiteral("template"),
                      channel.bodyTemplate.isEmpty() ? ChannelRules::defaultTemplate()
                                                     : channel.bodyTemplate);
    QJsonArray severities;
    if (channel.severities)
        for (Severity severity : *channel.severities)
            severities.append(severityCode(severity));
    object.insert(QStringLiteral("severities"),
                  channel.severities ? QJsonValue(severities) : QJsonValue());
    return object;
}

QJsonObject messageJson(const OutboxMessage &message)
{
    const auto time = [](const QDateTime &at) {
        return at.isValid() ? QJsonValue(at.toUTC().toString(Qt::ISODate)) : QJsonValue();
    };
    return {{QStringLiteral("id"), message.id},
            {QStringLiteral("channel"), message.channel},
            {QStringLiteral("incident_id"),
             message.incident > 0 ? QJsonValue(message.incident) : QJsonValue()},
            {QStringLiteral("kind"), announcementKindKey(message.kind)},
            {QStringLiteral("state"), outboxStateKey(message.state)},
            {QStringLiteral("text"), message.text},
            {QStringLiteral("attempts"), message.attempts},
            {QStringLiteral("created_at"), time(message.createdAt)},
            {QStringLiteral("next_attempt_at"),
             message.state == OutboxMessage::State::Pending ? time(message.nextAttemptAt)
                                                            : QJsonValue()},
            {QStringLiteral("delivered_at"), time(message.deliveredAt)},
            {QStringLiteral("answer"), message.lastAnswer}};
}

} // namespace

int MessagingCommands::addChannel(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption set(
            QStringLiteral("set"),
            tr("A setting: role, channel, api_url, template, severities, timeout."),
            QStringLiteral("KEY=VALUE"));
    const QCommandLineOption secretStdin(
            QStringLiteral("secret-stdin"),
            tr("Read the webhook URL or bot token from standard input into the keychain."));
    line.parser.addOptions({set, secretStdin});
    if (!line.parse(QStringLiteral("channel add"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    const auto kind = parseChannelKind(words.value(0));
    if (words.size() != 2 || !kind)
        return fail(tr("channel add needs a kind (slack-webhook, slack-api, mattermost, teams, "
                       "webhook, statuspage, smtp or static-page) and a name."),
                    BadArguments);
    Channel channel;
    channel.kind = *kind;
    channel.name = words.at(1);
    for (const QString &setting : line.parser.values(set))
        if (auto problem = ChannelRules::apply(channel, setting))
            return fail(*problem, BadArguments);
    if (auto problem = ChannelRules::problem(channel))
        return fail(*problem, BadArguments);
    if (channel.needsSecret() && !line.parser.isSet(secretStdin))
        return fail(tr("channel add needs --secret-stdin: pipe the webhook URL, token, API key "
                       "or password in, so it never appears on a command line."),
                    BadArguments);
    const auto secret = line.parser.isSet(secretStdin) ? secretFromStdin() : QString();
    if (!secret)
        return fail(tr("could not read standard input."));
    context.messaging().addChannel(channel, *secret, [this, name = channel.name](QString problem) {
        if (!problem.isEmpty())
            return finish(fail(problem));
        m_out << tr("Channel %1 saved.").arg(name) << '\n';
        finish(Done);
    });
    return Pending;
}

int MessagingCommands::listChannels(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("channel list"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<Channel>> channels = context.messaging().channels();
    if (!channels)
        return fail(channels.error());
    QJsonArray array;
    for (const Channel &channel : channels.value()) {
        array.append(channelJson(channel));
        if (!line.parser.isSet(QStringLiteral("json")))
            m_out << QStringLiteral("%1  %2  %3\n")
                             .arg(channel.name, -20)
                             .arg(channelKindKey(channel.kind), -14)
                             .arg(channelRoleKey(channel.role));
    }
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(array);
    return Done;
}

int MessagingCommands::testChannel(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("channel test"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    if (words.size() != 1)
        return fail(tr("channel test needs the channel's name."), BadArguments);
    context.messaging().testChannel(
            words.first(), [this, name = words.first()](QString answer, bool ok) {
                if (!ok)
                    return finish(fail(tr("%1: %2").arg(name, answer)));
                m_out << tr("%1: delivered (%2).").arg(name, answer) << '\n';
                finish(Done);
            });
    return Pending;
}

int MessagingCommands::removeChannel(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("channel remove"), arguments))
        return fail(line.error, BadArguments);
    const QStringList words = line.parser.positionalArguments();
    if (words.size() != 1)
        return fail(tr("channel remove needs the channel's name."), BadArguments);
    context.messaging().removeChannel(words.first(), [this, name = words.first()](QString problem) {
        if (!problem.isEmpty())
            return finish(fail(problem));
        m_out << tr("Channel %1 removed.").arg(name) << '\n';
        finish(Done);
    });
    return Pending;
}

int MessagingCommands::postUpdate(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption status(QStringLiteral("status"),
                                    tr("investigating, identified, monitoring or resolved."),
                                    QStringLiteral("STATUS"));
    const QCommandLineOption message(QStringLiteral("message"), tr("What stakeholders read."),
                                     QStringLiteral("TEXT"));
    line.parser.addOptions({status, message});
    if (!line.parse(QStringLiteral("update"), arguments))
        return fail(line.error, BadArguments);
    const Result<IncidentId> id = incidentId(context, line.parser);
    if (!id)
        return failIncident(id, tr("update needs one incident number."));
    const auto newStatus = parseStatus(line.parser.value(status));
    if (!newStatus)
        return fail(tr("update needs --status investigating, identified, monitoring or "
                       "resolved."),
                    BadArguments);
    const Result<Incident> posted = context.incidents().postUpdate(
            id.value(), *newStatus, line.parser.value(message), currentUserName());
    if (!posted)
        return fail(posted.error());
    const Result<int> pending = context.messaging().messageCount(OutboxMessage::State::Pending);
    m_out << tr("Update posted on incident #%1; %n message(s) waiting in the outbox (sitrepctl "
                "outbox flush, or watch, delivers them).",
                nullptr, pending ? pending.value() : 0)
                     .arg(posted.value().reference())
          << '\n';
    return Done;
}

int MessagingCommands::listOutbox(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("outbox list"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<OutboxMessage>> messages = context.messaging().recentMessages(500);
    if (!messages)
        return fail(messages.error());
    QJsonArray array;
    for (const OutboxMessage &message : messages.value()) {
        array.append(messageJson(message));
        if (!line.parser.isSet(QStringLiteral("json")))
            m_out << QStringLiteral("%1  %2  %3  %4  %5\n")
                             .arg(message.id, 6)
                             .arg(outboxStateKey(message.state), -10)
                             .arg(message.channel, -16)
                             .arg(message.text.section(u'\n', 0, 0).left(50), -50)
                             .arg(message.lastAnswer);
    }
    if (line.parser.isSet(QStringLiteral("json")))
        m_out << json(array);
    return Done;
}

int MessagingCommands::flushOutbox(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Also wait for retries due within this many seconds."),
                                     QStringLiteral("SECONDS"), QStringLiteral("0"));
    line.parser.addOption(timeout);
    if (!line.parse(QStringLiteral("outbox flush"), arguments))
        return fail(line.error, BadArguments);
    bool ok = false;
    const int seconds = line.parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 0)
        return fail(tr("--timeout is a number of seconds."), BadArguments);
    if (const QString refused = context.team().refusal(); !refused.isEmpty())
        return fail(refused);
    context.messaging().dispatcher().flush(
            std::chrono::seconds(seconds), [this](const OutboxDispatcher::FlushReport &report) {
                m_out << tr("%1 delivered, %2 failed, %3 still pending.")
                                 .arg(report.delivered)
                                 .arg(report.failed)
                                 .arg(report.pending)
                      << '\n';
                finish(report.failed == 0 && report.pending == 0 ? Done : Failed);
            });
    return Pending;
}

void MessagingCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("channel"),
                      {{QStringLiteral("add"), handler(&MessagingCommands::addChannel)},
                       {QStringLiteral("list"), handler(&MessagingCommands::listChannels)},
                       {QStringLiteral("test"), handler(&MessagingCommands::testChannel)},
                       {QStringLiteral("remove"), handler(&MessagingCommands::removeChannel)}});
    registry.addCommand(QStringLiteral("update"), handler(&MessagingCommands::postUpdate));
    registry.addGroup(QStringLiteral("outbox"),
                      {{QStringLiteral("list"), handler(&MessagingCommands::listOutbox)},
                       {QStringLiteral("flush"), handler(&MessagingCommands::flushOutbox)}});
}

} // namespace sitrep
