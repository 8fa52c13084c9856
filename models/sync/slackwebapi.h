#pragma once

#include "channelapi.h"
#include "chatclient.h"
#include "domain/announcement.h"
#include "domain/chatroom.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace sitrep {

// Slack's Web API with a bot token: chat.postMessage into the channel's conversation,
// threading updates under the incident's first message and tagging each with its outbox key
// in the message's metadata, so that an attempt after a timeout first looks in
// conversations.history for a message Slack took after all. Answers are 200 even for errors:
// "ok" says which, and the error names whether waiting helps.
class SlackWebApi : public ChannelApi
{
    Q_DECLARE_TR_FUNCTIONS(SlackWebApi)
public:
    explicit SlackWebApi(ChatClient &client) : m_client(client) { }

    [[nodiscard]] static QByteArray payload(const Channel &channel,
                                            const Announcement &announcement);
    void deliver(const DeliveryAttempt &attempt, Done done) override;
    [[nodiscard]] static DeliveryOutcome judge(const HttpAnswer &answer);

    // The Web API's base (api_url, else https://slack.com/api) and one method's URL.
    [[nodiscard]] static QUrl baseUrl(const Channel &channel);
    [[nodiscard]] static QUrl methodUrl(const Channel &channel, const QString &method);
    // conversations.create: `then` gets the new conversation, or the problem in words.
    void createConversation(const Channel &channel, const QString &token, const QString &name,
                            std::function<void(ChatRoom, QString)> then);
    // conversations.invite of Slack user ids; `then` gets the problem, if any.
    void invite(const Channel &channel, const QString &token, const ChatRoom &room,
                const QStringList &users, std::function<void(QString)> then);
    // chat.postMessage of a queued message's payload into another conversation, with `note`
    // added to its text; `then` gets the problem, if any.
    void postInto(const Channel &channel, const QString &token, const ChatRoom &room,
                  const QByteArray &payload, const QString &note,
                  std::function<void(QString)> then);
    // users.lookupByEmail: the user's id, or empty when Slack knows nobody by that address.
    void lookUpUser(const Channel &channel, const QString &token, const QString &email,
                    std::function<void(QString)> then);
    // The conversation opened for an incident: "inc-20261126-checkout-api-returning-500s-121",
    // lower case, letters, digits and hyphens, at most 80 characters as Slack requires.
    [[nodiscard]] static QString roomName(const Incident &incident);

private:
    // One method call; `then` gets the reply, or the problem in words.
    void call(const Channel &channel, const QString &token, const QString &method,
              const QJsonObject &arguments, std::function<void(QJsonObject, QString)> then);
    // Why the channel's API URL must not be called, or nothing.
    [[nodiscard]] static QString unsafeUrl(const Channel &channel);
    void post(const DeliveryAttempt &attempt, Done done);

    ChatClient &m_client;
};

} // namespace sitrep
