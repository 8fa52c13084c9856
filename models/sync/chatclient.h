#pragma once

#include "channelapi.h"
#include "httpanswer.h"

#include <chrono>
#include <functional>

#include <QNetworkAccessManager>
#include <QObject>
#include <QSslConfiguration>

class QNetworkReply;

namespace sitrep {

// POSTs JSON to chat and webhook receivers over a shared QNetworkAccessManager and hands back
// the raw answer (status, body, Retry-After, or why there was none) for DeliveryRules to
// judge. TLS verification is never turned off; redirects never go from https to http.
class ChatClient : public QObject
{
    Q_OBJECT
public:
    using Headers = QList<std::pair<QByteArray, QByteArray>>;
    // One request to a channel's receiver.
    struct Request
    {
        QByteArray verb = "POST";
        QUrl url;
        QByteArray body;
        Headers headers;
        QByteArray contentType = "application/json; charset=utf-8";
    };
    using Judge = std::function<DeliveryOutcome(const HttpAnswer &)>;
    // How a request reaches its receiver: how long it may take, and which CA certificates
    // (PEM, besides the system's) the receiver's certificate may be signed by. A channel
    // gives both.
    struct Reach
    {
        Reach(std::chrono::seconds timeout) : timeout(timeout) { }
        Reach(const Channel &channel) : timeout(channel.timeout), caFile(channel.caFile) { }
        std::chrono::seconds timeout;
        QString caFile;
        // Receivers answer "ok" or a small JSON object; anything longer is cut off here.
        // Readers of whole documents (another tool's schedules) allow more.
        qint64 mostBytes = 1024 * 1024;
    };

    explicit ChatClient(QNetworkAccessManager &network, QObject *parent = nullptr);

    void post(const QUrl &url, const QByteArray &json, const Headers &headers, const Reach &reach,
              std::function<void(HttpAnswer)> done);
    // Any verb (PATCH, PUT, ...) with a body of `contentType`.
    void send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
              const QByteArray &contentType, const Headers &headers, const Reach &reach,
              std::function<void(HttpAnswer)> done);
    void get(const QUrl &url, const Headers &headers, const Reach &reach,
             std::function<void(HttpAnswer)> done);
    // Sends a delivery and judges its answer; a URL that is not https (http only to this
    // machine), or a ca_file that cannot be used, is given up without sending, since a secret
    // would travel in the clear or to a server that cannot be verified.
    void deliver(const Request &request, const Reach &reach, const Judge &judge,
                 ChannelApi::Done done);

private:
    [[nodiscard]] QNetworkRequest request(const QUrl &url, const Headers &headers,
                                          const QSslConfiguration &trust) const;
    void watch(QNetworkReply *reply, const Reach &reach, std::function<void(HttpAnswer)> done);

    QNetworkAccessManager &m_network;
};

} // namespace sitrep
