#include "staticpageapi.h"

#include "httpverdict.h"

namespace sitrep {

void StaticPageApi::deliver(const DeliveryAttempt &attempt, Done done)
{
    publish(attempt.channel, attempt.secret,
            {StatusFile {QStringLiteral("index.html"), "text/html; charset=utf-8",
                         attempt.message.payload}},
            std::move(done));
}

void StaticPageApi::publish(const Channel &channel, const QString &url, QList<StatusFile> files,
                            Done done)
{
    if (files.isEmpty())
        return done(DeliveryOutcome::delivered(QString()));
    const StatusFile file = files.takeFirst();
    const QUrl index(url.trimmed());
    ChatClient::Request request;
    request.verb = "PUT";
    request.url = file.path == u"index.html" ? index : index.resolved(QUrl(file.path));
    request.body = file.body;
    request.contentType = file.contentType;
    m_client.deliver(request, channel, &HttpVerdict::judge,
                     [this, channel, url, files = std::move(files),
                      done = std::move(done)](const DeliveryOutcome &outcome) mutable {
                         if (outcome.verdict != DeliveryOutcome::Verdict::Delivered
                             || files.isEmpty())
                             return done(outcome);
                         publish(channel, url, std::move(files), std::move(done));
                     });
}

} // namespace sitrep
