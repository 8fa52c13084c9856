#pragma once

#include <QCoreApplication>

class QNetworkReply;
class QNetworkRequest;

namespace sitrep {

// Why a reply that came to nothing failed, in words, for the network errors that are not TLS
// (see TlsProblem): a redirect loop, a body that would not unpack, a connection closed early.
// Qt's own text is used where it says enough, never with an empty slot ("Decompression
// failed: ").
class ReplyError
{
    Q_DECLARE_TR_FUNCTIONS(ReplyError)
public:
    // No server legitimately redirects more often; a loop is cut here, not after Qt's 50.
    static constexpr int mostRedirects = 5;

    // Redirects only within https (never from https to http), at most mostRedirects.
    static void limitRedirects(QNetworkRequest &request);
    // `server` names the server without secrets (its URL without query, or its host); the
    // reply's URL never appears in what is said.
    [[nodiscard]] static QString describe(const QNetworkReply &reply, const QString &server);
    // A reply Qt finished without an error although fewer bytes came than its Content-Length
    // promised: when the server's close arrives together with the last bytes, Qt 6.4 takes the
    // close for the end of the body. Said as the closed connection it is; empty when whole.
    [[nodiscard]] static QString describeShortBody(const QNetworkReply &reply, qint64 received,
                                                   const QString &server);
    // A JSON object or array that breaks off before its last bracket: with a chunked reply Qt
    // 6.4 cannot tell (as above) and neither can its headers, so the body itself is looked at.
    // Empty when `json` ends as a document does, or is not an object or array. Worded for both
    // causes, as a server may also send a whole answer whose JSON breaks off.
    [[nodiscard]] static QString describeCutJson(const QByteArray &json, const QString &server);

private:
    [[nodiscard]] static QString closedEarly(const QString &server);
};

} // namespace sitrep
