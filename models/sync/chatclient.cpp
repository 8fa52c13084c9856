#include "chatclient.h"

#include "replyerror.h"
#include "tlsproblem.h"

#include <QNetworkReply>
#include <QTimer>

namespace sitrep {

ChatClient::ChatClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

namespace {

HttpAnswer notSent(const QString &problem)
{
    HttpAnswer answer;
    answer.notSent = true;
    answer.networkError = problem;
    return answer;
}

} // namespace

QNetworkRequest ChatClient::request(const QUrl &url, const Headers &headers,
                                    const QSslConfiguration &trust) const
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    ReplyError::limitRedirects(request);
    request.setSslConfiguration(trust);
    return request;
}

void ChatClient::post(const QUrl &url, const QByteArray &json, const Headers &headers,
                      const Reach &reach, std::function<void(HttpAnswer)> done)
{
    send("POST", url, json, "application/json; charset=utf-8", headers, reach, std::move(done));
}

void ChatClient::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                      const QByteArray &contentType, const Headers &headers, const Reach &reach,
                      std::function<void(HttpAnswer)> done)
{
    const Result<QSslConfiguration> trust = TlsProblem::trusting(reach.caFile);
    if (!trust)
        return done(notSent(trust.error()));
    QNetworkRequest request = this->request(url, headers, trust.value());
    request.setHeader(QNetworkRequest::ContentTypeHeader, contentType);
    watch(m_network.sendCustomRequest(request, verb, body), reach, std::move(done));
}

void ChatClient::get(const QUrl &url, const Headers &headers, const Reach &reach,
                     std::function<void(HttpAnswer)> done)
{
    const Result<QSslConfiguration> trust = TlsProblem::trusting(reach.caFile);
    if (!trust)
        return done(notSent(trust.error()));
    watch(m_network.get(request(url, headers, trust.value())), reach, std::move(done));
}

void ChatClient::deliver(const Request &request, const Reach &reach, const Judge &judge,
                         ChannelApi::Done done)
{
    if (!ChannelRules::isSafeUrl(request.url))
        return done(DeliveryOutcome::givenUp(
                tr("the channel's URL is not https (http only to this machine)")));
    send(request.verb, request.url, request.body, request.contentType, request.headers, reach,
         [judge, done = std::move(done)](const HttpAnswer &answer) {
             // A ca_file that cannot be used will not mend by retrying: said, not retried.
             done(answer.notSent ? DeliveryOutcome::givenUp(answer.networkError) : judge(answer));
         });
}

void ChatClient::watch(QNetworkReply *reply, const Reach &reach,
                       std::function<void(HttpAnswer)> done)
{
    auto timedOut = std::make_shared<bool>(false);
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, timedOut] {
        *timedOut = true;
        reply->abort();
    });
    timer->start(reach.timeout);
    const TlsProblem::Errors tlsErrors = TlsProblem::collect(reply);
    connect(reply, &QNetworkReply::finished, this,
            [reply, timedOut, tlsErrors, mostBytes = reach.mostBytes, done = std::move(done)] {
                reply->deleteLater();
                HttpAnswer answer;
                answer.timedOut = *timedOut;
                // After a redirect loop the status is the last hop's 302: not an answer.
                const bool redirectRefused = reply->error() == QNetworkReply::TooManyRedirectsError
                        || reply->error() == QNetworkReply::InsecureRedirectError;
                answer.status = redirectRefused
                        ? 0
                        : reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                // An aborted reply (timed out) is closed: reading it would only make Qt complain.
                const qint64 received = reply->isOpen() ? reply->bytesAvailable() : 0;
                answer.body = reply->isOpen() ? reply->read(mostBytes) : QByteArray();
                answer.retryAfter = reply->rawHeader("Retry-After");
                // A webhook URL is a secret: what is said names only its host.
                const QString host = reply->url().host();
                if (answer.status == 0 && !answer.timedOut) {
                    answer.networkError = TlsProblem::describe(*reply, tlsErrors, host);
                    if (answer.networkError.isEmpty())
                        answer.networkError = ReplyError::describe(*reply, host);
                } else if (!answer.timedOut && answer.status >= 200 && answer.status < 300
                           && reply->error() != QNetworkReply::NoError) {
                    // Other statuses carry Qt's error for the status itself, not for the body.
                    answer.bodyError = ReplyError::describe(*reply, host);
                } else if (!answer.timedOut && answer.status >= 200 && answer.status < 300) {
                    answer.bodyError = ReplyError::describeShortBody(*reply, received, host);
                    // Qt may hand on a chunked body cut short as if it were whole (see
                    // describeCutJson): its JSON breaking off is then the only sign. A body we
                    // cut at mostBytes ourselves is not looked at.
                    if (answer.bodyError.isEmpty() && received <= mostBytes)
                        answer.bodyError = ReplyError::describeCutJson(answer.body, host);
                }
                done(std::move(answer));
            });
}

} // namespace sitrep
