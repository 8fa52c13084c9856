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
};

} // namespace sitrep
