#pragma once

#include "../fixtures/chatreceiver.h"
#include "domain/announcement.h"
#include "sync/channelapi.h"
#include "sync/chatclient.h"
#include "sync/pagerdutyapi.h"
#include "sync/slackwebapi.h"
#include "sync/statuspageapi.h"
#include "sync/webhookapi.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QTest>

// A remote API class over a real HTTP client, pointed at a local receiver (ChatReceiver) that
// records every request and answers as scripted.
struct ApiFixture
{
    QNetworkAccessManager network;
    sitrep::ChatClient client {network};
    ChatReceiver receiver;

    // One attempt, waited for: the outcome, or none if it never came.
    static std::optional<sitrep::DeliveryOutcome> deliver(sitrep::ChannelApi &api,
                                                          const sitrep::DeliveryAttempt &attempt)
    {
        std::optional<sitrep::DeliveryOutcome> outcome;
        api.deliver(attempt, [&outcome](const sitrep::DeliveryOutcome &got) { outcome = got; });
        if (!QTest::qWaitFor([&outcome] { return outcome.has_value(); }, 15'000))
            return std::nullopt;
        return outcome;
    }

    // The declaration of the incident below, delivered through the API of `channel`'s kind
    // (Slack's Web API, Statuspage, PagerDuty's Events API, else a generic webhook) with
    // `secret` as that API takes it.
    static std::optional<sitrep::DeliveryOutcome> deliverDeclared(sitrep::ChatClient &client,
                                                                  const sitrep::Channel &channel,
                                                                  const QString &secret)
    {
        using Kind = sitrep::Channel::Kind;
        const sitrep::Announcement declared = announcement(sitrep::Announcement::Kind::Declared);
        switch (channel.kind) {
        case Kind::SlackApi: {
            sitrep::SlackWebApi api(client);
            return deliver(
                    api, attempt(channel, secret, sitrep::SlackWebApi::payload(channel, declared)));
        }
        case Kind::Statuspage: {
            sitrep::StatuspageApi api(client);
            return deliver(
                    api,
                    attempt(channel, secret, sitrep::StatuspageApi::payload(channel, declared)));
        }
        case Kind::PagerDuty: {
            sitrep::PagerDutyApi api(client);
            return deliver(api, attempt(channel, secret, sitrep::PagerDutyApi::payload(declared)));
        }
        default:
            break;
        }
        sitrep::WebhookApi api(client);
        return deliver(api, attempt(channel, secret, sitrep::WebhookApi::payload({}, declared)));
    }

    static sitrep::DeliveryAttempt attempt(const sitrep::Channel &channel, const QString &secret,
                                           const QByteArray &payload)
    {
        sitrep::DeliveryAttempt attempt;
        attempt.channel = channel;
        attempt.channel.timeout = std::chrono::seconds(2);
        attempt.secret = secret;
        attempt.message.key = QStringLiteral("key-1");
        attempt.message.channel = channel.name;
        attempt.message.incident = 121;
        attempt.message.payload = payload;
        attempt.at = QDateTime(QDate(2026, 11, 26), QTime(17, 5), Qt::UTC);
        return attempt;
    }

    // The same incident every payload test is about: SEV-1 #121, declared at 17:00 UTC.
    // The bytes an API must send for it: tests/sync/golden/<kind>-<announcement>.json.
    static QByteArray golden(const QString &name)
    {
        QFile file(QStringLiteral(SITREP_SOURCE_DIR "/tests/sync/golden/") + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("(missing)");
    }

    static sitrep::Announcement announcement(sitrep::Announcement::Kind kind)
    {
        sitrep::Announcement announcement;
        announcement.kind = kind;
        sitrep::Incident &incident = announcement.incident;
        incident.id = 121;
        incident.title = QStringLiteral("Checkout API returning 500s");
        incident.severity = sitrep::Severity::Sev1;
        incident.status = sitrep::IncidentStatus::Investigating;
        incident.commander = QStringLiteral("alice");
        incident.services = {QStringLiteral("checkout"), QStringLiteral("api")};
        incident.impact = QStringLiteral("Customers cannot pay");
        incident.startedAt = QDateTime(QDate(2026, 11, 26), QTime(17, 0), Qt::UTC);
        announcement.at = incident.startedAt.addSecs(300);
        announcement.nextUpdateDue = incident.startedAt.addSecs(1800);
        if (kind == sitrep::Announcement::Kind::Update) {
            announcement.status = sitrep::IncidentStatus::Identified;
            announcement.message = QStringLiteral("Connection pool exhausted; raising the limit");
        }
        if (kind == sitrep::Announcement::Kind::Acknowledged)
            announcement.person = QStringLiteral("bob");
        if (kind == sitrep::Announcement::Kind::Resolved) {
            incident.status = sitrep::IncidentStatus::Resolved;
            incident.resolvedAt = incident.startedAt.addSecs(3900);
            incident.resolution = QStringLiteral("Raised the pool limit");
            announcement.at = incident.resolvedAt;
            announcement.nextUpdateDue = {};
        }
        return announcement;
    }
};

// One scripted answer and what the API must make of it.
struct ErrorCase
{
    ChatReceiver::Status status;
    QByteArray body;
    QByteArray retryAfter;
    sitrep::DeliveryOutcome::Verdict verdict;
    QString words; // a part of the answer in words
};
Q_DECLARE_METATYPE(ErrorCase)

// Scripts `error` at `path`, delivers `attempt` and checks the outcome.
inline void checkAnswer(ApiFixture &f, sitrep::ChannelApi &api, const QString &path,
                        const sitrep::DeliveryAttempt &attempt, const ErrorCase &error)
{
    f.receiver.script(path, {error.status, error.body, error.retryAfter, false});
    const auto outcome = ApiFixture::deliver(api, attempt);
    QVERIFY(outcome);
    QCOMPARE(outcome->verdict, error.verdict);
    QVERIFY2(outcome->answer.contains(error.words), qPrintable(outcome->answer));
    if (!error.retryAfter.isEmpty())
        QCOMPARE(outcome->retryAfter, std::chrono::seconds(error.retryAfter.toInt()));
}
