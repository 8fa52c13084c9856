#include "endpointclient.h"

#include "replyerror.h"
#include "synclog.h"
#include "tlsproblem.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTimer>

namespace sitrep {

using namespace Qt::StringLiterals;

namespace {

// The start of an error reply; for the JSON error bodies of Prometheus ({"error": ...}) and
// Alertmanager ({"message": ...}), just their message.
QString excerpt(const QByteArray &body)
{
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    for (const QLatin1StringView key : {"error"_L1, "message"_L1})
        if (object.value(key).isString())
            return object.value(key).toString();
    QString text = QString::fromUtf8(body.left(300)).simplified();
    if (body.size() > 300)
        text += QStringLiteral("…");
    return text;
}

} // namespace

EndpointClient::EndpointClient(QNetworkAccessManager &network, QObject *parent)
    : QObject(parent), m_network(network)
{ }

Result<QNetworkRequest> EndpointClient::request(const Endpoint &endpoint, const QString &secret,
                                                const QString &path) const
{
    Result<QSslConfiguration> trust = TlsProblem::trusting(endpoint.caFile);
    if (!trust)
        return Error {trust.error()};
    QUrl url = endpoint.url;
    QString base = url.path();
    if (base.endsWith(u'/'))
        base.chop(1);
    const qsizetype query = path.indexOf(u'?');
    url.setPath(base + (query < 0 ? path : path.left(query)));
    if (query >= 0)
        url.setQuery(path.mid(query + 1));
    QNetworkRequest request(url);
    request.setRawHeader("Accept", "application/json");
    if (endpoint.auth == Endpoint::Auth::Bearer)
        request.setRawHeader("Authorization", "Bearer " + secret.toUtf8());
    else if (endpoint.auth == Endpoint::Auth::Basic)
        request.setRawHeader("Authorization",
                             "Basic " + (endpoint.username + u':' + secret).toUtf8().toBase64());
    request.setSslConfiguration(trust.value());
    ReplyError::limitRedirects(request);
    return request;
}

void EndpointClient::get(const Endpoint &endpoint, const QString &secret, const QString &path,
                         Done done)
{
    start(endpoint, secret, path, std::move(done),
          [this](const QNetworkRequest &request) { return m_network.get(request); });
}

void EndpointClient::send(const Endpoint &endpoint, const QString &secret, const QByteArray &verb,
                          const QString &path, const QByteArray &json, Done done)
{
    start(endpoint, secret, path, std::move(done), [&](QNetworkRequest request) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/json"));
        return m_network.sendCustomRequest(request, verb, json);
    });
}

void EndpointClient::postForm(const Endpoint &endpoint, const QString &secret, const QString &path,
                              const QUrlQuery &form, Done done)
{
    const QByteArray body = formBody(form);
    start(endpoint, secret, path, std::move(done), [&](QNetworkRequest request) {
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QByteArrayLiteral("application/x-www-form-urlencoded"));
        return m_network.post(request, body);
    });
}

QByteArray EndpointClient::formBody(const QUrlQuery &form)
{
    // Encoded by hand: QUrlQuery leaves '+' alone, which a form decoder reads as a space, and
    // PromQL is full of them.
    QByteArray body;
    for (const auto &[key, value] : form.queryItems(QUrl::FullyDecoded)) {
        if (!body.isEmpty())
            body += '&';
        body += QUrl::toPercentEncoding(key) + '=' + QUrl::toPercentEncoding(value);
    }
    return body;
}

void EndpointClient::start(const Endpoint &endpoint, const QString &secret, const QString &path,
                           Done done, const std::function<QNetworkReply *(QNetworkRequest)> &send)
{
    Result<QNetworkRequest> request = this->request(endpoint, secret, path);
    if (!request)
        return done(Error {request.error()});
    watch(send(std::move(request).value()), endpoint, std::move(done));
}

void EndpointClient::watch(QNetworkReply *reply, const Endpoint &endpoint, Done done)
{
    auto state = std::make_shared<ReplyState>();
    auto *timer = new QTimer(reply);
    timer->setSingleShot(true);
    connect(timer, &QTimer::timeout, reply, [reply, state] {
        state->timedOut = true;
        reply->abort();
    });
    timer->start(std::chrono::milliseconds(endpoint.timeout));
    connect(reply, &QNetworkReply::downloadProgress, reply, [reply, state](qint64 received) {
        if (received > maxReplyBytes && !state->tooLarge) {
            state->tooLarge = true;
            reply->abort();
        }
    });
    reply->setReadBufferSize(readSlice);
    state->url = reply->url().toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery);
    state->timeout = endpoint.timeout;
    state->tlsErrors = TlsProblem::collect(reply);
    connect(reply, &QIODevice::readyRead, reply, [reply, state] { takeArrived(*reply, *state); });
    connect(reply, &QNetworkReply::finished, this, [reply, state, done = std::move(done)] {
        reply->deleteLater();
        // An aborted reply is closed: reading it would only make Qt complain.
        if (!state->tooLarge && reply->isOpen())
            takeArrived(*reply, *state);
        const QByteArray body = state->tooLarge ? QByteArray() : std::exchange(state->body, {});
        if (const QString problem = problemWith(*reply, *state, body); !problem.isEmpty()) {
            qCInfo(lcSync) << problem;
            done(Error {problem});
        } else {
            done(body);
        }
    });
}

void EndpointClient::takeArrived(QNetworkReply &reply, ReplyState &state)
{
    // Room for the whole announced reply at once, so a large one is not copied as it grows.
    if (state.body.isEmpty()) {
        const qint64 announced = reply.header(QNetworkRequest::ContentLengthHeader).toLongLong();
        if (announced > 0 && announced <= maxReplyBytes)
            state.body.reserve(announced);
    }
    const qsizetype had = state.body.size();
    const qint64 available = reply.bytesAvailable();
    state.body.resize(had + available);
    const qint64 read = reply.read(state.body.data() + had, available);
    state.body.truncate(had + std::max<qint64>(read, 0));
}

QString EndpointClient::problemWith(const QNetworkReply &reply, const ReplyState &state,
                                    const QByteArray &body)
{
    const QString &url = state.url;
    const int status = reply.attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // TLS is about the server, not the path asked for.
    const QUrl address = reply.url();
    const QString server = u"%1:%2"_s.arg(address.host())
                                   .arg(address.port(address.scheme() == u"https" ? 443 : 80));
    if (QString tls = TlsProblem::describe(reply, state.tlsErrors, server); !tls.isEmpty())
        return tls;
    if (QString plain = TlsProblem::plainHttpToTls(status, body, server); !plain.isEmpty())
        return plain;
    if (state.timedOut)
        return tr("no reply from %1 within %2 s").arg(url).arg(state.timeout.count());
    if (state.tooLarge)
        return tr("the reply from %1 is larger than %2 MB")
                .arg(url)
                .arg(maxReplyBytes / (1024 * 1024));
    if (status >= 400)
        return tr("%1 answered HTTP %2 %3: %4")
                .arg(url)
                .arg(status)
                .arg(reply.attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString(),
                     excerpt(body));
    if (reply.error() != QNetworkReply::NoError)
        return ReplyError::describe(reply, url);
    if (QString cut = ReplyError::describeShortBody(reply, body.size(), url); !cut.isEmpty())
        return cut;
    const QString type = reply.header(QNetworkRequest::ContentTypeHeader).toString();
    if (!body.isEmpty() && !type.contains(u"json"))
        return tr("%1 did not answer with JSON (content type \"%2\")").arg(url, type);
    return ReplyError::describeCutJson(body, url);
}

} // namespace sitrep
