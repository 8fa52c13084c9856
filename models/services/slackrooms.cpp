#include "slackrooms.h"

#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "storage/transaction.h"
#include "sync/slackwebapi.h"
#include "teamrecorder.h"

namespace sitrep {

SlackRooms::SlackRooms(Database &database, SlackWebApi &slack)
    : m_database(database), m_slack(slack)
{ }

bool SlackRooms::wanted(const Channel &channel, const OutboxMessage &message)
{
    return channel.kind == Channel::Kind::SlackApi && channel.incidentChannels
            && message.kind == Announcement::Kind::Declared && message.incident > 0;
}

Channel SlackRooms::mainChannel(const Channel &channel)
{
    Channel main = channel;
    main.incidentChannels = false;
    return main;
}

void SlackRooms::open(const OutboxMessage &message, const Channel &channel, const QString &secret,
                      std::function<void(QString)> then)
{
    OutboxStore store(m_database);
    const Result<std::optional<ChatRoom>> existing = store.room(channel.name, message.incident);
    if (!existing)
        return then(existing.error());
    if (existing.value())
        return then({}); // opened by an earlier attempt
    const Result<std::optional<Incident>> incident
            = IncidentStore(m_database).find(message.incident);
    if (!incident || !incident.value())
        return then(incident ? tr("incident #%1 is gone").arg(message.incident) : incident.error());
    const Incident opened = *incident.value();
    m_slack.createConversation(
            channel, secret, SlackWebApi::roomName(opened),
            [this, message, channel, secret, opened, then](const ChatRoom &room, QString problem) {
                if (!problem.isEmpty())
                    return then(problem);
                if (auto saved = keep(channel.name, opened.id, room); !saved)
                    return then(saved.error());
                // The declaration in the incident's own channel; a failed invitation is told
                // there and does not stop it.
                inviteResponders(channel, secret, room, opened,
                                 [this, message, channel, secret, room, then](QString invited) {
                                     m_slack.postInto(channel, secret, room, message.payload,
                                                      invited, then);
                                 });
            });
}

Result<void> SlackRooms::keep(const QString &channel, IncidentId incident, const ChatRoom &room)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto saved = OutboxStore(m_database).saveRoom(channel, incident, room); !saved)
        return saved;
    if (auto recorded = TeamRecorder(m_database).room(incident, channel, room); !recorded)
        return recorded;
    return transaction.commit();
}

void SlackRooms::inviteResponders(const Channel &channel, const QString &secret,
                                  const ChatRoom &room, const Incident &incident,
                                  std::function<void(QString)> then)
{
    // Slack invites by user id; responders known by email address are looked up. The rest
    // are named in the channel so someone can add them.
    QStringList emails;
    QStringList others;
    for (const QString &person : incident.responders)
        (person.contains(u'@') ? emails : others) << person;
    auto ids = std::make_shared<QStringList>();
    auto left = std::make_shared<int>(int(emails.size()));
    const auto invite = [this, channel, secret, room, others, ids, then]() {
        const QString notInvited = others.isEmpty()
                ? QString()
                : tr("Not invited (no Slack account found): %1")
                          .arg(others.join(QStringLiteral(", ")));
        if (ids->isEmpty())
            return then(notInvited);
        m_slack.invite(channel, secret, room, *ids, [then, notInvited](const QString &problem) {
            then(problem.isEmpty() ? notInvited : problem);
        });
    };
    if (emails.isEmpty())
        return invite();
    for (const QString &email : emails)
        m_slack.lookUpUser(channel, secret, email, [ids, left, invite](const QString &id) {
            if (!id.isEmpty())
                *ids << id;
            if (--*left == 0)
                invite();
        });
}

} // namespace sitrep
