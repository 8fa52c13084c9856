#include "replyerror.h"

#include <algorithm>
#include <climits>

#include <QNetworkReply>
#include <QNetworkRequest>

namespace sitrep {

void ReplyError::limitRedirects(QNetworkRequest &request)
{
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::NoLessSafeRedirectPolicy);
    request.setMaximumRedirectsAllowed(mostRedirects);
}

QString ReplyError::closedEarly(const QString &server)
{
    return tr("%1 closed the connection before its reply was complete").arg(server);
}

QString ReplyError::describeShortBody(const QNetworkReply &reply, qint64 received,
                                      const QString &server)
{
    if (reply.error() != QNetworkReply::NoError)
        return {};
    // A compressed body's length is the packed one, and Qt hands on what it unpacked.
    const QByteArray encoding = reply.rawHeader("Content-Encoding").trimmed().toLower();
    if (!encoding.isEmpty() && encoding != "identity")
        return {};
    const QVariant promised = reply.header(QNetworkRequest::ContentLengthHeader);
    return promised.isValid() && received < promised.toLongLong() ? closedEarly(server) : QString();
}

QString ReplyError::describeCutJson(const QByteArray &json, const QString &server)
{
    // Looked at in place: an alert storm's reply is tens of megabytes.
    const auto isSpace = [](char c) { return c == ' ' || c == '\n' || c == '\r' || c == '\t'; };
    const auto firstAt = std::find_if_not(json.begin(), json.end(), isSpace);
    if (firstAt == json.end())
        return {};
    const char first = *firstAt;
    const char last = *std::find_if_not(json.rbegin(), json.rend(), isSpace);
    const bool opens = first == '{' || first == '[';
    return opens && last != '}' && last != ']'
            ? tr("the reply from %1 breaks off after %n bytes, in the middle of its JSON (the "
                 "connection closed early, or the server cut it short)",
                 nullptr, int(std::min<qsizetype>(json.size(), INT_MAX)))
                      .arg(server)
            : QString();
}

QString ReplyError::describe(const QNetworkReply &reply, const QString &server)
{
    switch (reply.error()) {
    case QNetworkReply::ConnectionRefusedError:
        return tr("connection refused by %1 (is it running?)").arg(server);
    case QNetworkReply::HostNotFoundError:
        return tr("host not found: %1").arg(server);
    case QNetworkReply::TooManyRedirectsError:
        return tr("%1 redirected more than %2 times (a redirect loop?)")
                .arg(server)
                .arg(mostRedirects);
    case QNetworkReply::InsecureRedirectError:
        return tr("%1 redirected from https to http; Sitrep does not follow that").arg(server);
    case QNetworkReply::RemoteHostClosedError:
        return closedEarly(server);
    case QNetworkReply::UnknownContentError:
        // Qt 6.4 refuses a compressed body that would grow out of all proportion, with an
        // empty reason.
        return tr("the reply from %1 could not be read or unpacked (a compressed body that "
                  "grows out of all proportion is refused)")
                .arg(server);
    default: {
        // Qt's text may hold the URL, and a webhook's URL is its secret: only `server` is said.
        QString reason = reply.errorString();
        for (const QUrl &url : {reply.url(), reply.request().url()})
            reason.replace(url.toString(), server)
                    .replace(url.toString(QUrl::FullyEncoded), server);
        reason = reason.trimmed();
        while (reason.endsWith(u':'))
            reason = reason.chopped(1).trimmed();
        if (reason.isEmpty())
            return tr("could not reach %1 (Qt gave no reason, error %2)")
                    .arg(server)
                    .arg(int(reply.error()));
        return tr("could not reach %1: %2").arg(server, reason);
    }
    }
}

} // namespace sitrep
