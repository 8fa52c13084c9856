#include "delivery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sitrep {

namespace {

// What the receiver said: the message of a JSON error ({"error": ...}, {"message": ...}), or
// the start of the body.
QString excerpt(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto key : {u"error", u"message"})
        if (object.value(QStringView(key)).isString())
            return object.value(QStringView(key)).toString();
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

} // namespace

QString outboxStateKey(OutboxMessage::State state)
{
    switch (state) {
    case OutboxMessage::State::Pending:
        return QStringLiteral("pending");
    case OutboxMessage::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxMessage::State::Failed:
        return QStringLiteral("failed");
    case OutboxMessage::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxMessage::State> parseOutboxState(QStringView key)
{
    for (const auto state : {OutboxMessage::State::Pending, OutboxMessage::State::Delivered,
                             OutboxMessage::State::Failed, OutboxMessage::State::Cancelled})
        if (key == outboxStateKey(state))
            return state;
    return std::nullopt;
}

QByteArray MailMessage::compose(const QString &from, const QStringList &to, const QString &subject,
                                const QString &text, const QString &html, const QDateTime &date,
                                const QString &messageId)
{
    // RFC 2047 encoded words keep any subject readable; base64 parts keep lines short.
    const auto encoded
            = [](const QString &value) { return "=?UTF-8?B?" + value.toUtf8().toBase64() + "?="; };
    const auto wrapped = [](const QByteArray &base64) {
        QByteArray lines;
        for (qsizetype at = 0; at < base64.size(); at += 76)
            lines += base64.mid(at, 76) + "\r\n";
        return lines;
    };
    const QByteArray boundary = "sitrep-" + messageId.toUtf8().toHex().left(24);
    QByteArray message;
    message += "From: " + from.toUtf8() + "\r\n";
    message += "To: " + to.join(QStringLiteral(", ")).toUtf8() + "\r\n";
    message += "Subject: " + encoded(subject) + "\r\n";
    message += "Date: "
            + QLocale::c()
                      .toString(date.toUTC(), QStringLiteral("ddd, dd MMM yyyy HH:mm:ss '+0000'"))
                      .toLatin1()
            + "\r\n";
    message += "Message-ID: <" + messageId.toUtf8() + "@sitrep>\r\n";
    message += "MIME-Version: 1.0\r\n";
    message += "Content-Type: multipart/alternative; boundary=\"" + boundary + "\"\r\n\r\n";
    message += "--" + boundary + "\r\n";
    message += "Content-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: "
               "base64\r\n\r\n";
    message += wrapped(text.toUtf8().toBase64());
    message += "--" + boundary + "\r\n";
    message += "Content-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: "
               "base64\r\n\r\n";
    message += wrapped(html.toUtf8().toBase64());
    message += "--" + boundary + "--\r\n";
    return message;
}

DeliveryOutcome DeliveryRules::judgeMail(const MailAnswer &answer)
{
    using Verdict = DeliveryOutcome::Verdict;
    DeliveryOutcome outcome;
    if (answer.curlCode == 0) {
        outcome.verdict = Verdict::Delivered;
        outcome.answer = tr("SMTP %1: accepted").arg(answer.smtpCode);
        return outcome;
    }
    // libcurl's codes: 67 login denied, 64 TLS required but not offered, 35/58/60 TLS and
    // certificate failures; 5xx replies are permanent in SMTP, 4xx temporary.
    const bool permanent = answer.curlCode == 67 || answer.curlCode == 64 || answer.curlCode == 35
            || answer.curlCode == 58 || answer.curlCode == 60
            || (answer.smtpCode >= 500 && answer.smtpCode < 600);
    outcome.verdict = permanent ? Verdict::GiveUp : Verdict::Retry;
    outcome.answer = answer.smtpCode > 0 ? tr("SMTP %1: %2").arg(answer.smtpCode).arg(answer.error)
                                         : answer.error;
    if (permanent)
        outcome.answer += tr(" (will not heal by retrying: check the server, the login and "
                             "the addresses)");
    return outcome;
}

std::optional<std::chrono::seconds> DeliveryRules::retryAfter(const QByteArray &header,
                                                              const QDateTime &now)
{
    if (header.trimmed().isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 seconds = header.trimmed().toLongLong(&ok);
    if (ok && seconds >= 0)
        return std::chrono::seconds(seconds);
    // An HTTP date: "Wed, 21 Oct 2015 07:28:00 GMT".
    const QDateTime at = QLocale::c().toDateTime(QString::fromLatin1(header.trimmed()),
                                                 QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!at.isValid())
        return std::nullopt;
    QDateTime utc = at;
    utc.setTimeSpec(Qt::UTC);
    return std::chrono::seconds(std::max<qint64>(0, now.secsTo(utc)));
}

DeliveryOutcome DeliveryRules::judge(Channel::Kind kind, const HttpAnswer &answer)
{
    using Verdict = DeliveryOutcome::Verdict;
    DeliveryOutcome outcome;
    if (answer.timedOut) {
        outcome.answer = tr("no answer in time");
        return outcome;
    }
    if (answer.status == 0) {
        outcome.answer = answer.networkError.isEmpty() ? tr("no answer") : answer.networkError;
        return outcome;
    }
    const QString said = excerpt(answer.body);
    if (answer.status == 429) {
        outcome.retryAfter = retryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
        outcome.answer
                = tr("HTTP 429: rate limited%1")
                          .arg(outcome.retryAfter
                                       ? tr(", retry after %1 s").arg(outcome.retryAfter->count())
                                       : QString());
        return outcome;
    }
    if (answer.status >= 500 || answer.status == 408) {
        outcome.answer = tr("HTTP %1: %2").arg(answer.status).arg(said);
        return outcome;
    }
    if (answer.status >= 400 || answer.status < 200 || answer.status >= 300) {
        outcome.verdict = Verdict::GiveUp;
        outcome.answer = tr("HTTP %1: %2 (will not heal by retrying: check the channel's "
                            "settings)")
                                 .arg(answer.status)
                                 .arg(said);
        return outcome;
    }
    if (kind == Channel::Kind::SlackApi) {
        // The Web API answers 200 even for errors; "ok" says which.
        const QJsonObject reply = QJsonDocument::fromJson(answer.body).object();
        if (!reply.value(u"ok").toBool()) {
            const QString error = reply.value(u"error").toString(said);
            if (error == u"ratelimited" || error == u"service_unavailable"
                || error == u"internal_error" || error == u"fatal_error") {
                outcome.answer = tr("Slack: %1").arg(error);
                return outcome;
            }
            outcome.verdict = Verdict::GiveUp;
            outcome.answer = tr("Slack: %1 (will not heal by retrying: check the token and the "
                                "channel)")
                                     .arg(error);
            return outcome;
        }
        outcome.threadTs = reply.value(u"ts").toString();
    }
    if (kind == Channel::Kind::Statuspage)
        outcome.threadTs = QJsonDocument::fromJson(answer.body).object().value(u"id").toString();
    outcome.verdict = Verdict::Delivered;
    outcome.answer
            = tr("HTTP %1: %2").arg(answer.status).arg(said.isEmpty() ? tr("accepted") : said);
    return outcome;
}

std::chrono::milliseconds
DeliveryRules::backoff(int attempts, std::optional<std::chrono::seconds> retryAfter, double jitter)
{
    using namespace std::chrono;
    if (retryAfter)
        return duration_cast<milliseconds>(*retryAfter);
    milliseconds delay = seconds(5);
    for (int i = 1; i < attempts && delay < minutes(10); ++i)
        delay *= 2;
    delay = std::min<milliseconds>(delay, minutes(10));
    return milliseconds(qint64(double(delay.count()) * (0.8 + 0.4 * jitter)));
}

} // namespace sitrep
