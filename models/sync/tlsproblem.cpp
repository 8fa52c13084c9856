#include "tlsproblem.h"

#include <algorithm>

#include <QFileInfo>
#include <QNetworkReply>
#include <QSslCertificate>

namespace sitrep {

namespace {

// Certificate errors that mean "signed by nobody Sitrep trusts".
bool isUntrusted(QSslError::SslError error)
{
    switch (error) {
    case QSslError::UnableToGetIssuerCertificate:
    case QSslError::UnableToGetLocalIssuerCertificate:
    case QSslError::UnableToVerifyFirstCertificate:
    case QSslError::SelfSignedCertificate:
    case QSslError::SelfSignedCertificateInChain:
    case QSslError::CertificateUntrusted:
    case QSslError::CertificateRejected:
        return true;
    default:
        return false;
    }
}

// Which of several errors to name: an untrusted issuer first (the others may follow from it),
// then dates, then the host name.
int rank(QSslError::SslError error)
{
    if (isUntrusted(error))
        return 0;
    if (error == QSslError::CertificateExpired || error == QSslError::CertificateNotYetValid)
        return 1;
    if (error == QSslError::HostNameMismatch)
        return 2;
    return 3;
}

QString day(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

} // namespace

TlsProblem::Errors TlsProblem::collect(QNetworkReply *reply)
{
    auto errors = std::make_shared<QList<QSslError>>();
    QObject::connect(reply, &QNetworkReply::sslErrors, reply,
                     [errors](const QList<QSslError> &reported) { *errors << reported; });
    return errors;
}

QString TlsProblem::describe(const QNetworkReply &reply, const Errors &errors,
                             const QString &server)
{
    if (reply.error() != QNetworkReply::SslHandshakeFailedError)
        return {};
    if (errors && !errors->isEmpty()) {
        const auto first = std::min_element(errors->cbegin(), errors->cend(),
                                            [](const QSslError &a, const QSslError &b) {
                                                return rank(a.error()) < rank(b.error());
                                            });
        return certificateProblem(*first, server);
    }
    // OpenSSL's words for a server that answered the handshake with plain HTTP.
    const QString reason = reply.errorString();
    if (reason.contains(u"wrong version number") || reason.contains(u"packet length too long"))
        return tr("%1 does not speak TLS on this port: use http://, or the port that serves "
                  "https.")
                .arg(server);
    return tr("the TLS handshake with %1 failed: %2").arg(server, reason);
}

QString TlsProblem::certificateProblem(const QSslError &error, const QString &server)
{
    const QSslCertificate certificate = error.certificate();
    if (isUntrusted(error.error()))
        return tr("%1's certificate (issued by \"%2\") is not signed by a CA Sitrep trusts: set "
                  "ca_file to that CA's certificate.")
                .arg(server, certificate.issuerDisplayName());
    if (error.error() == QSslError::CertificateExpired)
        return tr("%1's certificate expired on %2.").arg(server, day(certificate.expiryDate()));
    if (error.error() == QSslError::CertificateNotYetValid)
        return tr("%1's certificate is not valid before %2.")
                .arg(server, day(certificate.effectiveDate()));
    if (error.error() == QSslError::HostNameMismatch) {
        QStringList names = certificate.subjectAlternativeNames().values();
        if (names.isEmpty())
            names = certificate.subjectInfo(QSslCertificate::CommonName);
        return tr("%1's certificate is for %2, not for the host Sitrep connected to.")
                .arg(server, names.join(QStringLiteral(", ")));
    }
    return tr("%1's certificate was refused: %2").arg(server, error.errorString());
}

QString TlsProblem::plainHttpToTls(int status, const QByteArray &body, const QString &server)
{
    if (status != 400 || !body.contains("HTTP request to an HTTPS server"))
        return {};
    return tr("%1 serves https on this port: use https:// instead of http://.").arg(server);
}

QString TlsProblem::caFileProblem(const QString &path)
{
    const Result<QSslConfiguration> configuration = trusting(path);
    return configuration ? QString() : configuration.error();
}

Result<QSslConfiguration> TlsProblem::trusting(const QString &caFile)
{
    QSslConfiguration configuration = QSslConfiguration::defaultConfiguration();
    if (caFile.isEmpty())
        return configuration;
    const QFileInfo file(caFile);
    if (!file.isFile() || !file.isReadable())
        return Error {tr("ca_file %1 cannot be read: it does not exist or is not a readable file.")
                              .arg(caFile)};
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(caFile);
    if (certificates.isEmpty())
        return Error {tr("ca_file %1 holds no PEM certificate.").arg(caFile)};
    configuration.addCaCertificates(certificates);
    return configuration;
}

} // namespace sitrep
