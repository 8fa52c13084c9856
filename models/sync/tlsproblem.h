#pragma once

#include "domain/result.h"

#include <memory>

#include <QCoreApplication>
#include <QList>
#include <QSslConfiguration>
#include <QSslError>

class QNetworkReply;

namespace sitrep {

// Why a connection to a server over TLS failed, in words that name the cause and what to do:
// a CA nobody configured, an expired certificate, a certificate for another host, plain HTTP
// on one side. Qt's own text ("SSL handshake failed") names none of them.
class TlsProblem
{
    Q_DECLARE_TR_FUNCTIONS(TlsProblem)
public:
    using Errors = std::shared_ptr<QList<QSslError>>;

    // Keeps the certificate errors `reply` reports during its handshake, for describe().
    [[nodiscard]] static Errors collect(QNetworkReply *reply);
    // What went wrong with `reply`'s TLS, `server` naming the server (its host, or URL without
    // secrets); empty when the reply did not fail on TLS.
    [[nodiscard]] static QString describe(const QNetworkReply &reply, const Errors &errors,
                                          const QString &server);
    // An answer that says the request went as plain HTTP to a port that serves HTTPS (Go's
    // servers, Prometheus and Alertmanager among them, answer 400 with a sentence); or empty.
    [[nodiscard]] static QString plainHttpToTls(int status, const QByteArray &body,
                                                const QString &server);
    // Why the CA file `path` (an endpoint's or channel's ca_file) cannot be used; empty when
    // it can.
    [[nodiscard]] static QString caFileProblem(const QString &path);
    // The TLS configuration that trusts the system's CAs and those in `caFile` (none when it
    // is empty), the file read once; or why the file cannot be used.
    [[nodiscard]] static Result<QSslConfiguration> trusting(const QString &caFile);

private:
    [[nodiscard]] static QString certificateProblem(const QSslError &error, const QString &server);
};

} // namespace sitrep
