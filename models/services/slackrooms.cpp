#include "slackrooms.h"

#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/outboxstore.h"
#include "sync/chatclient.h"

#include <QJsonDocument>
#include <QUrlQuery>

namespace sitrep {

SlackRooms::SlackRooms(Database &database, ChatClient &client)
    : m_database(database), m_client(client)
{ }

void SlackRooms::call(const Channel &channel, const QString &secret, const QString &method,
                      const QJsonObject &arguments, std::function<void(QJsonObject, QString)> then)
{
    const ChatClient::Headers headers {{"Authorization", "Bearer " + secret.toUtf8()}};
    m_client.post(
            channel.slackMethod(method), QJsonDocument(arguments).toJson(QJsonDocument::Compact),
            headers, channel.timeout, [method, then = std::move(then)](HttpAnswer answer) {
                const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
                if (answer.status == 200 && reply.value(u"ok").toBool())
                    return then(reply, {});
                then(reply,
                     tr("Slack %1: %2")
                             .arg(method,
                                  reply.value(u"error").toString(
                                          DeliveryRules::judge(Channel::Kind::SlackApi, answer)
                                                  .answer)));
            });
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
    call(channel, secret, QStringLiteral("conversations.create"),
         {{QStringLiteral("name"), AnnouncementText::slackRoomName(opened)}},
         [this, message, channel, secret, opened, then](QJsonObject reply, QString problem) {
             if (!problem.isEmpty())
                 return then(problem);
             const QJsonObject created = reply.value(u"channel").toObject();
             const ChatRoom room {created.value(u"id").toString(),
                                  created.value(u"name").toString()};
             if (auto saved = OutboxStore(m_database).saveRoom(channel.name, opened.id, room);
                 !saved)
                 return then(saved.error());
             inviteResponders(channel, secret, room, opened,
                              [this, message, channel, secret, room, then](QString invited) {
                                  // The declaration in the incident's own channel; a failed
                                  // invitation is told there and does not stop it.
                                  QJsonObject post
                                          = QJsonDocument::fromJson(message.payload).object();
                                  post.insert(QStringLiteral("channel"), room.id);
                                  if (!invited.isEmpty())
                                      post.insert(QStringLiteral("text"),
                                                  post.value(u"text").toString() + QLatin1Char('\n')
                                                          + invited);
                                  call(channel, secret, QStringLiteral("chat.postMessage"), post,
                                       [then](QJsonObject, QString problem) { then(problem); });
                              });
         });
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
        call(channel, secret, QStringLiteral("conversations.invite"),
             {{QStringLiteral("channel"), room.id}, {QStringLiteral("users"), ids->join(u',')}},
             [then, notInvited](QJsonObject, QString problem) {
                 then(problem.isEmpty() ? notInvited : problem);
             });
    };
    if (emails.isEmpty())
        return invite();
    for (const QString &email : emails) {
        QUrl lookup = channel.slackMethod(QStringLiteral("users.lookupByEmail"));
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("email"), email);
        lookup.setQuery(query);
        m_client.get(lookup, {{"Authorization", "Bearer " + secret.toUtf8()}}, channel.timeout,
                     [ids, left, invite](HttpAnswer answer) {
                         const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
                         const QString id = reply.value(u"user").toObject().value(u"id").toString();
                         if (!id.isEmpty())
                             *ids << id;
                         if (--*left == 0)
                             invite();
                     });
    }
}

} // namespace sitrep
