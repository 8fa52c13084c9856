#include "../fixtures/postgresfixture.h"
#include "domain/teamrole.h"
#include "storage/teamlog.h"
#include "storage/teammembers.h"
#include "storage/teamschema.h"
#include "sync/teamconnection.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace sitrep;

// Roles on the team's server (schema 4): logins made by the owner through sitrep_grant, with
// a SCRAM verifier made on the console, sign in; a viewer reads and cannot push; a responder
// pushes and cannot grant or migrate; the list names each login's role.
class tst_TeamRoles : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void theVerifierIsWhatPostgresMakes();
    void eachRoleDoesWhatItMay();
    void onlyOwnersGrantAndMigrate();
    void grantingIsRefusedInWords();

private:
    [[nodiscard]] QSqlDatabase connect(const QString &name, const QString &user = u"sitrep_owner"_s,
                                       const QString &password = {});
    [[nodiscard]] QString login(const QString &name) const { return name + u'_' + m_database; }
    QString m_database;
    postgres_fixture::Connections m_connections;
};

void tst_TeamRoles::init()
{
    QVERIFY2(!postgres_fixture::ownerPassword().isEmpty(), "the postgres fixture did not start");
    m_database = postgres_fixture::freshDatabase();
    QVERIFY2(!m_database.isEmpty(), "could not make a database");
}

void tst_TeamRoles::cleanup()
{
    m_connections.closeAll();
}

QSqlDatabase tst_TeamRoles::connect(const QString &name, const QString &user,
                                    const QString &password)
{
    return m_connections.open(m_database, name, user, password);
}

void tst_TeamRoles::theVerifierIsWhatPostgresMakes()
{
    // PostgreSQL hashes a plain password itself: with its salt, the console's verifier must be
    // the same text, byte for byte.
    QSqlDatabase owner = connect(u"owner"_s);
    QSqlQuery query(owner);
    const QString plain = login(u"plain"_s);
    QVERIFY(query.exec(u"CREATE ROLE %1 LOGIN PASSWORD 'S3cret ünïcode'"_s.arg(plain)));
    QVERIFY(query.exec(u"SELECT rolpassword FROM pg_authid WHERE rolname = '%1'"_s.arg(plain)));
    QVERIFY(query.next());
    const QString stored = query.value(0).toString();
    const QStringList parts = stored.split(u'$');
    QCOMPARE(parts.size(), 3);
    const QByteArray salt = QByteArray::fromBase64(parts.at(1).section(u':', 1).toLatin1());
    QCOMPARE(scramSha256Verifier(u"S3cret ünïcode"_s, salt), stored);
}

void tst_TeamRoles::eachRoleDoesWhatItMay()
{
    QVERIFY(postgres_fixture::grant(m_database, login(u"erin"_s), u"erin-pw"_s, TeamRole::Viewer));
    QVERIFY(postgres_fixture::grant(m_database, login(u"bob"_s), u"bob-pw"_s));
    QSqlDatabase viewer = connect(u"viewer"_s, login(u"erin"_s), u"erin-pw"_s);
    QVERIFY2(viewer.isOpen(), "the granted viewer could not sign in with its password");
    QSqlDatabase responder = connect(u"responder"_s, login(u"bob"_s), u"bob-pw"_s);
    QVERIFY(responder.isOpen());
    QSqlDatabase owner = connect(u"owner"_s);

    QCOMPARE(TeamMembers(viewer).mine().value(), TeamRole::Viewer);
    QCOMPARE(TeamMembers(responder).mine().value(), TeamRole::Responder);
    QCOMPARE(TeamMembers(owner).mine().value(), TeamRole::Owner);

    const Result<qint64> refused = TeamLog(viewer).push({postgres_fixture::sampleChange()});
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(u"permission denied"_s), qPrintable(refused.error()));
    const Result<qint64> pushed = TeamLog(responder).push({postgres_fixture::sampleChange()});
    QVERIFY2(pushed, qPrintable(pushed ? QString() : pushed.error()));
    // The viewer reads what the responder wrote, under the name the server authenticated.
    const Result<QList<TeamChange>> read = TeamLog(viewer).pull(0, 10);
    QVERIFY2(read, qPrintable(read ? QString() : read.error()));
    QCOMPARE(read.value().size(), 1);
    QCOMPARE(read.value().first().author, login(u"bob"_s));
    QVERIFY(TeamLog(viewer).newest());
    // Nobody but the owner writes a table.
    QSqlQuery direct(responder);
    QVERIFY(!direct.exec(u"DELETE FROM sitrep_changes"_s));
    QVERIFY(!direct.exec(u"INSERT INTO sitrep_claims VALUES ('x', 'y', gen_random_uuid(), 'm')"_s));

    const Result<QList<TeamMember>> members = TeamMembers(viewer).list();
    QVERIFY2(members, qPrintable(members ? QString() : members.error()));
    QList<std::pair<QString, TeamRole>> listed;
    for (const TeamMember &member : members.value())
        if (member.login.endsWith(m_database))
            listed.append({member.login, member.role});
    QCOMPARE(listed,
             (QList<std::pair<QString, TeamRole>> {{login(u"bob"_s), TeamRole::Responder},
                                                   {login(u"erin"_s), TeamRole::Viewer}}));

    // A changed role holds at the next sign-in: erin responds now, bob only watches.
    QVERIFY(TeamMembers(owner).grant(login(u"erin"_s), TeamRole::Responder, {}));
    QVERIFY(TeamMembers(owner).grant(login(u"bob"_s), TeamRole::Viewer, {}));
    QCOMPARE(TeamMembers(viewer).mine().value(), TeamRole::Responder);
    QCOMPARE(TeamMembers(responder).mine().value(), TeamRole::Viewer);
    // The old password still signs in: none was given with the new role.
    QVERIFY(connect(u"again"_s, login(u"erin"_s), u"erin-pw"_s).isOpen());
}

void tst_TeamRoles::onlyOwnersGrantAndMigrate()
{
    QVERIFY(postgres_fixture::grant(m_database, login(u"bob"_s), u"bob-pw"_s));
    QSqlDatabase responder = connect(u"responder"_s, login(u"bob"_s), u"bob-pw"_s);
    const Result<void> granted = TeamMembers(responder).grant(login(u"bob"_s), TeamRole::Owner, {});
    QVERIFY(!granted);
    QVERIFY2(granted.error().contains(u"only the team's owner grants roles"_s),
             qPrintable(granted.error()));
    const Result<int> migrated = TeamSchema::migrate(responder);
    QVERIFY(!migrated);
    QVERIFY2(migrated.error().contains(u"Only the team's owner changes its schema"_s),
             qPrintable(migrated.error()));

    // An owner made by an owner migrates and grants in turn.
    QSqlDatabase owner = connect(u"owner"_s);
    QVERIFY(TeamMembers(owner).grant(login(u"olga"_s), TeamRole::Owner,
                                     scramSha256Verifier(u"olga-pw"_s, "0123456789abcdef")));
    QSqlDatabase olga = connect(u"olga"_s, login(u"olga"_s), u"olga-pw"_s);
    QCOMPARE(TeamMembers(olga).mine().value(), TeamRole::Owner);
    QCOMPARE(TeamSchema::migrate(olga).value(), TeamSchema::latest);
    const Result<void> byOlga = TeamMembers(olga).grant(login(u"pia"_s), TeamRole::Viewer,
                                                        scramSha256Verifier(u"pia-pw"_s, "salt"));
    QVERIFY2(byOlga, qPrintable(byOlga ? QString() : byOlga.error()));
    QVERIFY(connect(u"pia"_s, login(u"pia"_s), u"pia-pw"_s).isOpen());
}

void tst_TeamRoles::grantingIsRefusedInWords()
{
    QVERIFY(postgres_fixture::grant(m_database, login(u"bob"_s), u"bob-pw"_s));
    TeamMembers owner(connect(u"owner"_s));
    const auto refusal = [&owner](const QString &who, const QString &verifier) {
        const Result<void> granted = owner.grant(who, TeamRole::Viewer, verifier);
        return granted ? QString() : granted.error();
    };
    QVERIFY(refusal(login(u"newbie"_s), {}).contains(u"a new login needs a password"_s));
    QVERIFY(refusal(u"Robert'); DROP TABLE sitrep_changes; --"_s, u"x"_s)
                    .contains(u"not a login name"_s));
    QVERIFY(refusal(m_database.left(48) + u"_owner"_s, u"x"_s).contains(u"not a login name"_s));
    QVERIFY(refusal(u"sitrep_owner"_s, {}).contains(u"cannot take their own owner role"_s));
    QSqlQuery still(connect(u"check"_s));
    QVERIFY(still.exec(u"SELECT count(*) FROM sitrep_changes"_s));
}

QTEST_GUILESS_MAIN(tst_TeamRoles)
#include "tst_teamroles.moc"
