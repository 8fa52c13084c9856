#include "delivery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sitrep {

namespace {

QString excerpt(const QByteArray &body)
{
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
