#pragma once

#include <optional>

#include <QCoreApplication>
#include <QString>

namespace sitrep {

// What a login may do on the team's server: an owner migrates the schema and grants roles, a
// responder writes through the server's functions, a viewer reads and listens. Each is a
// PostgreSQL group role of the team's database; None is a login the team has not granted.
enum class TeamRole { None, Viewer, Responder, Owner };

struct TeamMember
{
    QString login;
    TeamRole role = TeamRole::None;
};

class TeamRoles
{
    Q_DECLARE_TR_FUNCTIONS(TeamRoles)
public:
    // "owner", "responder", "viewer" (None: empty): the server's words and sitrepctl's.
    [[nodiscard]] static QString key(TeamRole role);
    [[nodiscard]] static std::optional<TeamRole> parse(const QString &key);
    [[nodiscard]] static QString displayName(TeamRole role);
    [[nodiscard]] static bool canWrite(TeamRole role)
    {
        return role == TeamRole::Responder || role == TeamRole::Owner;
    }
    // Why a console signed in with `role` takes no writes; empty when it does.
    [[nodiscard]] static QString readOnlyReason(TeamRole role);
};

// The verifier PostgreSQL keeps for a SCRAM-SHA-256 password
// ("SCRAM-SHA-256$4096:salt$StoredKey:ServerKey", RFC 5802/7677), made on the console so the
// password itself never reaches the server, its logs or its statistics.
[[nodiscard]] QString scramSha256Verifier(const QString &password, const QByteArray &salt);

} // namespace sitrep
