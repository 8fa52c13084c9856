#include "httpverdict.h"

#include "domain/deliveryrules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

QString HttpVerdict::excerpt(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const auto key : {u"error", u"message"})
        if (object.value(QStringView(key)).isString())
            return object.value(QStringView(key)).toString();
    // PagerDuty's {"error": {"message": ..., "errors": [...]}}.
    if (const QJsonObject error = object.value(u"error").toObject(); error.contains(u"message")) {
        QStringList said {error.value(u"message").toString()};
        for (const QJsonValue &detail : error.value(u"errors").toArray())
            said << detail.toString();
        return said.join(u"; ");
    }
    QString text = QString::fromUtf8(body.left(200)).simplified();
    if (body.size() > 200)
        text += QStringLiteral("…");
    return text;
}

DeliveryOutcome HttpVerdict::judge(const HttpAnswer &answer)
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
    // "HTTP 302", not "HTTP 302: " when the body says nothing.
    const QString said = excerpt(answer.body);
    const QString heard = said.isEmpty() ? tr("HTTP %1").arg(answer.status)
                                         : tr("HTTP %1: %2").arg(answer.status).arg(said);
    if (answer.status == 429) {
        outcome.retryAfter
                = DeliveryRules::retryAfter(answer.retryAfter, QDateTime::currentDateTimeUtc());
        outcome.answer
                = tr("HTTP 429: rate limited%1")
                          .arg(outcome.retryAfter
                                       ? tr(", retry after %1 s").arg(outcome.retryAfter->count())
                                       : QString());
        return outcome;
    }
    if (answer.status >= 500 || answer.status == 408) {
        outcome.answer = heard;
        return outcome;
    }
    if (answer.status < 200 || answer.status >= 300) {
        outcome.verdict = Verdict::GiveUp;
        outcome.answer
                = tr("%1 (will not heal by retrying: check the channel's settings)").arg(heard);
        return outcome;
    }
    // The status says the message was taken, whatever became of the rest of the reply.
    outcome.verdict = Verdict::Delivered;
    outcome.answer = answer.bodyError.isEmpty()
            ? tr("HTTP %1: %2").arg(answer.status).arg(said.isEmpty() ? tr("accepted") : said)
            : tr("HTTP %1, then the reply broke off: %2").arg(answer.status).arg(answer.bodyError);
    return outcome;
}

} // namespace sitrep
