#include "teamrole.h"

#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace sitrep {

QString TeamRoles::key(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return QStringLiteral("owner");
    case TeamRole::Responder:
        return QStringLiteral("responder");
    case TeamRole::Viewer:
        return QStringLiteral("viewer");
    case TeamRole::None:
        break;
    }
    return {};
}

std::optional<TeamRole> TeamRoles::parse(const QString &key)
{
    for (TeamRole role : {TeamRole::Owner, TeamRole::Responder, TeamRole::Viewer}) {
        if (key == TeamRoles::key(role))
            return role;
    }
    return std::nullopt;
}

QString TeamRoles::displayName(TeamRole role)
{
    switch (role) {
    case TeamRole::Owner:
        return tr("owner", "team role");
    case TeamRole::Responder:
        return tr("responder", "team role");
    case TeamRole::Viewer:
        return tr("viewer", "team role");
    case TeamRole::None:
        break;
    }
    return tr("no role", "team role");
}

QString TeamRoles::readOnlyReason(TeamRole role)
{
    switch (role) {
    case TeamRole::Viewer:
        return tr("signed in as a viewer");
    case TeamRole::None:
        return tr("this login has no role on the team (the owner grants one with sitrepctl team "
                  "grant)");
    case TeamRole::Responder:
    case TeamRole::Owner:
        break;
    }
    return {};
}

namespace {

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

// PBKDF2-HMAC-SHA256 for one block: SCRAM's Hi() (RFC 5802 §2.2).
QByteArray hi(const QByteArray &password, const QByteArray &salt, int iterations)
{
    QByteArray u = hmac(password, salt + QByteArray::fromHex("00000001"));
    QByteArray result = u;
    for (int i = 1; i < iterations; ++i) {
        u = hmac(password, u);
        for (qsizetype b = 0; b < result.size(); ++b)
            result[b] = char(result[b] ^ u[b]);
    }
    return result;
}

} // namespace

QString scramSha256Verifier(const QString &password, const QByteArray &salt)
{
    // PostgreSQL's iterations; SASLprep's normalisation (NFKC) as libpq applies it.
    constexpr int iterations = 4096;
    const QByteArray salted
            = hi(password.normalized(QString::NormalizationForm_KC).toUtf8(), salt, iterations);
    const QByteArray storedKey
            = QCryptographicHash::hash(hmac(salted, "Client Key"), QCryptographicHash::Sha256);
    const QByteArray serverKey = hmac(salted, "Server Key");
    return QStringLiteral("SCRAM-SHA-256$%1:%2$%3:%4")
            .arg(iterations)
            .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(storedKey.toBase64()),
                 QString::fromLatin1(serverKey.toBase64()));
}

} // namespace sitrep
