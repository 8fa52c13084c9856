#pragma once

#include "domain/endpoint.h"

#include <chrono>
#include <functional>
#include <memory>

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslError>
#include <QUrlQuery>

namespace sitrep {

// HTTP requests to one monitoring endpoint over a shared QNetworkAccessManager, asynchronous,
// with the endpoint's authentication, its extra CA certificates and a timeout. Every failure
// comes back as one sentence a person can act on: connection refused, timed out, HTTP status
// with the start of the body, TLS error, a reply too large or not JSON. TLS verification is
// never turned off.
class EndpointClient : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(Result<QByteArray>)>;
    // Larger replies are cut off and refused: reading one would take the console's memory.
    // The largest legitimate answer is a whole fleet's alert storm: 100,000 alerts of about a
    // kilobyte each from Alertmanager (43 MB in bench_alerts).
    static constexpr qint64 maxReplyBytes = 128 * 1024 * 1024;
    // How much of a reply Qt buffers before the console takes it: a bound on each read's
    // work on the GUI thread.
    static constexpr qint64 readSlice = 1024 * 1024;

    explicit EndpointClient(QNetworkAccessManager &network, QObject *parent = nullptr);

    // `secret` is the token or password from the keychain (empty for Auth::None).
    void get(const Endpoint &endpoint, const QString &secret, const QString &path, Done done);
    void send(const Endpoint &endpoint, const QString &secret, const QByteArray &verb,
              const QString &path, const QByteArray &json, Done done);
    // POST application/x-www-form-urlencoded (Prometheus' query API: long PromQL fits).
    void postForm(const Endpoint &endpoint, const QString &secret, const QString &path,
                  const QUrlQuery &form, Done done);

private:
    // The request with the endpoint's authentication and trust; or why its ca_file cannot be
    // used (which would otherwise show only as "not trusted" after the handshake).
    [[nodiscard]] Result<QNetworkRequest> request(const Endpoint &endpoint, const QString &secret,
                                                  const QString &path) const;
    // What happened to one request while it ran.
    struct ReplyState
    {
        bool timedOut = false;
        bool tooLarge = false;
        QString url; // without user info or query: safe to show
        std::chrono::seconds timeout {0};
        std::shared_ptr<QList<QSslError>> tlsErrors;
        // What has arrived so far. Taken as it comes, at most readSlice at a time: reading a
        // storm's 43 MB at the end, or as it piled up, stalled the window for 60–150 ms (a
        // fresh buffer's pages fault in as they are first written).
        QByteArray body;
    };

    // Appends what the reply has buffered to the state's body.
    static void takeArrived(QNetworkReply &reply, ReplyState &state);
    // Sends the request for `path` through `send`, unless the endpoint's settings already say
    // it cannot work.
    void start(const Endpoint &endpoint, const QString &secret, const QString &path, Done done,
               const std::function<QNetworkReply *(QNetworkRequest)> &send);
    void watch(QNetworkReply *reply, const Endpoint &endpoint, Done done);
    [[nodiscard]] static QByteArray formBody(const QUrlQuery &form);
    // The reply's problem in words, or empty when it brought a usable answer.
    [[nodiscard]] static QString problemWith(const QNetworkReply &reply, const ReplyState &state,
                                             const QByteArray &body);

    QNetworkAccessManager &m_network;
};

} // namespace sitrep
