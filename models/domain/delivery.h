#pragma once

#include "announcement.h"
#include "channel.h"

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QDateTime>

namespace sitrep {

// What came back from one attempt to post: an HTTP answer, or no answer at all.
struct HttpAnswer
{
    int status = 0; // 0: no HTTP answer
    QByteArray body;
    QByteArray retryAfter; // the Retry-After header, as sent
    QString networkError;  // refused, not found, TLS, ... (empty when there was an answer)
    bool timedOut = false;
};

// What came back from one attempt to send mail over SMTP.
struct MailAnswer
{
    int curlCode = 0;  // CURLE_OK is 0
    long smtpCode = 0; // the server's last reply code, 0 if none
    QString error;     // libcurl's words
};

// A message in RFC 5322 form with a plain text and an HTML part.
class MailMessage
{
public:
    [[nodiscard]] static QByteArray compose(const QString &from, const QStringList &to,
                                            const QString &subject, const QString &text,
                                            const QString &html, const QDateTime &date,
                                            const QString &messageId);
};

// The outbox's verdict on an attempt.
struct DeliveryOutcome
{
    enum class Verdict { Delivered, Retry, GiveUp };
    Verdict verdict = Verdict::Retry;
    QString answer; // what the receiver said, in words, for the outbox panel
    // Slack Web API: the message's ts, to thread later updates under; Statuspage: the
    // incident it created, for later updates to change.
    QString threadTs;
    std::optional<std::chrono::seconds> retryAfter;
};

// One message in the outbox: the body for one channel, and how its delivery is going.
struct OutboxMessage
{
    enum class State { Pending, Delivered, Failed, Cancelled };

    qint64 id = 0;
    QString key; // unique; sent as Idempotency-Key where the receiver honours one
    QString channel;
    IncidentId incident = 0;
    Announcement::Kind kind = Announcement::Kind::Update;
    QString text; // what it says, for people
    QByteArray payload;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime firstAttemptAt;
    QString lastAnswer;
    QDateTime deliveredAt;
    QString threadTs;
};

[[nodiscard]] QString outboxStateKey(OutboxMessage::State state); // pending, delivered, ...
[[nodiscard]] std::optional<OutboxMessage::State> parseOutboxState(QStringView key);

class DeliveryRules
{
    Q_DECLARE_TR_FUNCTIONS(DeliveryRules)
public:
    // Judges an answer as the channel's API documents it: 2xx delivered (Slack's Web API also
    // needs "ok": true); 429, 408, 5xx, timeouts and network failures retried; other 4xx (400,
    // 401, 403, 404, 410) and Slack errors such as invalid_auth given up, since they will not
    // heal by waiting.
    [[nodiscard]] static DeliveryOutcome judge(Channel::Kind kind, const HttpAnswer &answer);
    // SMTP: sent, or refused for good (login denied, 5xx, TLS required but not offered, a bad
    // certificate), or worth retrying (refused connection, timeouts, 4xx).
    [[nodiscard]] static DeliveryOutcome judgeMail(const MailAnswer &answer);
    // Retry-After as seconds or an HTTP date; nothing if it cannot be read.
    [[nodiscard]] static std::optional<std::chrono::seconds> retryAfter(const QByteArray &header,
                                                                        const QDateTime &now);
    // The wait before attempt `attempts + 1`: the server's Retry-After if it gave one, else
    // 5 s doubling up to 10 min, ±20 % (`jitter` in [0, 1)).
    [[nodiscard]] static std::chrono::milliseconds
    backoff(int attempts, std::optional<std::chrono::seconds> retryAfter, double jitter);
};

} // namespace sitrep
