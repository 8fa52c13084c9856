#include "teamcommands.h"

#include "common/appcontext.h"
#include "ctlhelpers.h"
#include "ctlregistry.h"
#include "services/teamservice.h"
#include "services/teamsync.h"

#include <QTimer>

namespace sitrep {

using namespace ctl;

TeamCommands::TeamCommands(CtlSession &session) : CtlCommands(session) { }

TeamCommands::~TeamCommands() = default;

std::optional<TeamUrl> TeamCommands::configured(int *code)
{
    QString problem;
    std::optional<TeamUrl> url = teamUrl(&problem);
    if (!problem.isEmpty())
        *code = fail(tr("The team server in %1 cannot be used: %2").arg(settingsFile(), problem));
    else if (!url)
        *code = fail(tr("This console is in solo mode: join a team with sitrepctl team connect "
                        "URL."));
    return url;
}

int TeamCommands::connect(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption passwordStdin(
            QStringLiteral("password-stdin"),
            tr("Read the database password from standard input into the keychain."));
    line.parser.addOption(passwordStdin);
    const QCommandLineOption importLocal(
            QStringLiteral("import-local"),
            tr("Bring this console's own history to the team (safe to run again)."));
    line.parser.addOption(importLocal);
    if (!line.parse(QStringLiteral("team connect"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.positionalArguments().size() != 1)
        return fail(tr("team connect needs the server's URL: postgresql://user@host:port/"
                       "database?sslmode=verify-full&sslrootcert=FILE."),
                    BadArguments);
    const Result<TeamUrl> url = TeamUrl::parse(line.parser.positionalArguments().first());
    if (!url)
        return fail(url.error(), BadArguments);
    QString password;
    if (line.parser.isSet(passwordStdin)) {
        const auto piped = secretFromStdin();
        if (!piped)
            return fail(tr("could not read standard input."));
        password = *piped;
    }
    TeamService &team = context.team();
    // The password goes to the keychain first, so the probe reads it the way every later
    // connection will; a refused connection takes it out again and saves nothing.
    const bool bringHistory = line.parser.isSet(importLocal);
    team.rememberPassword(
            url.value(), password, [this, &team, url = url.value(), bringHistory](QString problem) {
                if (!problem.isEmpty())
                    return finish(
                            fail(tr("The keychain did not take the password: %1").arg(problem)));
                team.probe(url, [this, &team, url, bringHistory](const Result<int> &schema) {
                    if (!schema) {
                        const QString why = schema.error();
                        return team.forgetPassword(url,
                                                   [this, why](QString) { finish(fail(why)); });
                    }
                    team.role(url,
                              [this, &team, url, bringHistory,
                               schema = schema.value()](const Result<TeamRole> &role) {
                                  if (!role || role.value() == TeamRole::None) {
                                      const QString why = role ? tr("The team server knows %1 but "
                                                                    "has given it no role: the "
                                                                    "team's owner grants one with "
                                                                    "sitrepctl team grant %1 "
                                                                    "--role responder.")
                                                                         .arg(url.user)
                                                               : role.error();
                                      return team.forgetPassword(
                                              url, [this, why](QString) { finish(fail(why)); });
                                  }
                                  finish(joined(team, url, schema, role.value(), bringHistory));
                              });
                });
            });
    return Pending;
}

int TeamCommands::joined(TeamService &team, const TeamUrl &url, int schema, TeamRole role,
                         bool bringHistory)
{
    if (!bringHistory) {
        const Result<QString> aside = team.setSoloHistoryAside();
        if (!aside)
            return fail(aside.error());
        if (!aside.value().isEmpty())
            m_out << tr("This console's solo history is kept in %1; the console "
                        "now starts from the team's state (join with "
                        "--import-local to bring the history instead).")
                             .arg(aside.value())
                  << '\n';
    }
    saveTeamUrl(url);
    if (const Result<void> marked = team.markRole(role); !marked)
        return fail(marked.error());
    m_out << tr("Joined the team server %1 as %2 (%3).")
                     .arg(url.toString(), url.user, TeamRoles::displayName(role))
          << '\n';
    if (bringHistory) {
        const Result<void> recording = team.recordFor(url);
        const Result<int> brought
                = recording ? team.importLocal() : Result<int>(Error {recording.error()});
        if (!brought)
            return fail(brought.error());
        m_out << tr("%n incident(s) of this console's history will go to the team with "
                    "the next sitrepctl team sync.",
                    nullptr, brought.value())
              << '\n';
    }
    if (schema < TeamService::schemaVersion())
        m_out << tr("Its schema is at version %1; this console needs %2: run "
                    "sitrepctl "
                    "team migrate (as the team's owner).")
                         .arg(schema)
                         .arg(TeamService::schemaVersion())
              << '\n';
    if (!TeamRoles::canWrite(role))
        m_out << tr("This console is read-only: %1.").arg(TeamRoles::readOnlyReason(role)) << '\n';
    return Done;
}

int TeamCommands::status(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("team status"), arguments))
        return fail(line.error, BadArguments);
    const bool asJson = line.parser.isSet(QStringLiteral("json"));
    QString problem;
    const std::optional<TeamUrl> url = teamUrl(&problem);
    if (!problem.isEmpty())
        return fail(tr("The team server in %1 cannot be used: %2").arg(settingsFile(), problem));
    if (!url) {
        if (asJson)
            m_out << json(QJsonObject {{QStringLiteral("mode"), QStringLiteral("solo")},
                                       {QStringLiteral("server"), QJsonValue()},
                                       {QStringLiteral("user"), QJsonValue()},
                                       {QStringLiteral("role"), QJsonValue()},
                                       {QStringLiteral("connected"), false},
                                       {QStringLiteral("cursor"), 0},
                                       {QStringLiteral("pending"), 0},
                                       {QStringLiteral("last_sync"), QJsonValue()},
                                       {QStringLiteral("server_schema"), QJsonValue()}});
        else
            m_out << tr("Solo mode: this console keeps its own file.") << '\n';
        return Done;
    }
    const Result<TeamSyncState> local = context.team().localState();
    if (!local)
        return fail(local.error());
    TeamService &team = context.team();
    team.probe(*url,
               [this, &team, asJson, url = *url, local = local.value()](const Result<int> &schema) {
                   if (!schema)
                       return finish(reportStatus(url, local, schema, TeamRole::None, asJson));
                   team.role(
                           url,
                           [this, &team, asJson, url, local, schema](const Result<TeamRole> &role) {
                               // Each look at the server refreshes what this console may do.
                               if (role && !team.markRole(role.value()))
                                   qWarning("could not keep the team role in this console's file");
                               if (!role)
                                   return finish(reportStatus(url, local,
                                                              Result<int>(Error {role.error()}),
                                                              TeamRole::None, asJson));
                               team.standby(
                                       url,
                                       [this, asJson, url, local, schema,
                                        role = role.value()](const Result<bool> &standby) {
                                           TeamSyncState seen = local;
                                           seen.standby = standby && standby.value();
                                           finish(reportStatus(url, seen, schema, role, asJson));
                                       });
                           });
               });
    return Pending;
}

int TeamCommands::reportStatus(const TeamUrl &url, const TeamSyncState &local,
                               const Result<int> &schema, TeamRole role, bool asJson)
{
    if (asJson) {
        m_out << json(QJsonObject {
                {QStringLiteral("mode"), QStringLiteral("team")},
                {QStringLiteral("server"), url.toString()},
                {QStringLiteral("user"), url.user},
                {QStringLiteral("role"), schema ? QJsonValue(TeamRoles::key(role)) : QJsonValue()},
                {QStringLiteral("connected"), bool(schema)},
                {QStringLiteral("standby"), bool(schema) && local.standby},
                {QStringLiteral("cursor"), local.cursor},
                {QStringLiteral("pending"), local.pending},
                {QStringLiteral("last_sync"), QJsonValue()},
                {QStringLiteral("server_schema"),
                 schema ? QJsonValue(schema.value()) : QJsonValue()},
                {QStringLiteral("problem"), schema ? QJsonValue() : QJsonValue(schema.error())}});
    } else if (schema) {
        m_out << tr("Team server %1 as %2 (%3): reachable, schema version %4.")
                         .arg(url.toString(), url.user, TeamRoles::displayName(role))
                         .arg(schema.value())
              << '\n'
              << tr("Pulled up to change %1; %n change(s) waiting to be pushed.", nullptr,
                    local.pending)
                         .arg(local.cursor)
              << '\n';
        if (local.standby)
            m_out << tr("It is a standby: read-only, and this console's changes wait for the "
                        "primary (a URL with several hosts and target_session_attrs=read-write "
                        "finds it).")
                  << '\n';
    } else {
        m_out << tr("Team server %1 as %2: not reachable: %3")
                         .arg(url.toString(), url.user, schema.error())
              << '\n';
    }
    return schema ? Done : Failed;
}

int TeamCommands::migrate(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("team migrate"), arguments))
        return fail(line.error, BadArguments);
    int code = Failed;
    const std::optional<TeamUrl> url = configured(&code);
    if (!url)
        return code;
    context.team().migrate(*url, [this](const Result<int> &version) {
        if (!version)
            return finish(fail(version.error()));
        m_out << tr("The team server's schema is at version %1.").arg(version.value()) << '\n';
        finish(Done);
    });
    return Pending;
}

int TeamCommands::sync(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     tr("Give up after this many seconds (default 30)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("30"));
    line.parser.addOption(timeout);
    if (!line.parse(QStringLiteral("team sync"), arguments))
        return fail(line.error, BadArguments);
    bool ok = false;
    const int seconds = line.parser.value(timeout).toInt(&ok);
    if (!ok || seconds < 1 || seconds > 3600)
        return fail(tr("--timeout is a number of seconds from 1 to 3600."), BadArguments);
    int code = Failed;
    const std::optional<TeamUrl> url = configured(&code);
    if (!url)
        return code;
    const QString databasePath = context.databasePath();
    context.team().password(*url, [this, databasePath, url = *url, seconds](QString password) {
        // Kept by this group, so it goes before the services and the application do.
        m_sync = std::make_unique<TeamSync>(databasePath, url, password);
        TeamSync *sync = m_sync.get();
        auto *deadline = new QTimer(sync);
        deadline->setSingleShot(true);
        QObject::connect(deadline, &QTimer::timeout, sync, [this, sync, seconds] {
            const TeamSyncState state = sync->state();
            finish(fail(tr("Not in step with the team after %1 s: %2; %n change(s) waiting.",
                           nullptr, state.pending)
                                .arg(seconds)
                                .arg(state.problem.isEmpty() ? tr("no answer") : state.problem)));
        });
        QObject::connect(sync, &TeamSync::stateChanged, sync, [this](const TeamSyncState &state) {
            if (!state.connected || m_session.isFinished())
                return;
            // A standby takes no changes: what waits here would wait out the timeout in vain.
            if (state.pending > 0 && state.standby)
                return finish(fail(tr("Pulled up to change %1 from a standby, which takes no "
                                      "changes: %n change(s) made here wait for the primary.",
                                      nullptr, state.pending)
                                           .arg(state.cursor)));
            if (state.pending > 0)
                return;
            m_out << (state.standby ? tr("In step with the team: pulled up to change %1 from a "
                                         "standby (read-only), nothing waiting.")
                                    : tr("In step with the team: pulled up to change %1, "
                                         "nothing waiting."))
                             .arg(state.cursor)
                  << '\n';
            finish(Done);
        });
        deadline->start(std::chrono::seconds(seconds));
        sync->start();
    });
    return Pending;
}

int TeamCommands::grant(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption roleOption(QStringLiteral("role"),
                                        tr("What the login may do: owner, responder or viewer."),
                                        QStringLiteral("ROLE"));
    line.parser.addOption(roleOption);
    const QCommandLineOption passwordStdin(
            QStringLiteral("password-stdin"),
            tr("Read the login's new password from standard input (needed for a new login)."));
    line.parser.addOption(passwordStdin);
    if (!line.parse(QStringLiteral("team grant"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.positionalArguments().size() != 1)
        return fail(tr("team grant needs one login: sitrepctl team grant LOGIN --role "
                       "owner|responder|viewer [--password-stdin]."),
                    BadArguments);
    const std::optional<TeamRole> role = TeamRoles::parse(line.parser.value(roleOption));
    if (!role)
        return fail(tr("--role is owner, responder or viewer."), BadArguments);
    const QString login = line.parser.positionalArguments().first();
    QString password;
    if (line.parser.isSet(passwordStdin)) {
        const auto piped = secretFromStdin();
        if (!piped || piped->isEmpty())
            return fail(tr("could not read a password from standard input."));
        password = *piped;
    }
    int code = Failed;
    const std::optional<TeamUrl> url = configured(&code);
    if (!url)
        return code;
    context.team().grant(
            *url, login, *role, password, [this, login, role = *role](const Result<void> &granted) {
                if (!granted)
                    return finish(fail(granted.error()));
                m_out << tr("%1 is now a %2 on the team.").arg(login, TeamRoles::displayName(role))
                      << '\n';
                finish(Done);
            });
    return Pending;
}

int TeamCommands::users(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("team users"), arguments))
        return fail(line.error, BadArguments);
    const bool asJson = line.parser.isSet(QStringLiteral("json"));
    int code = Failed;
    const std::optional<TeamUrl> url = configured(&code);
    if (!url)
        return code;
    context.team().members(*url, [this, asJson](const Result<QList<TeamMember>> &members) {
        if (!members)
            return finish(fail(members.error()));
        QJsonArray rows;
        for (const TeamMember &member : members.value()) {
            if (asJson)
                rows.append(QJsonObject {{QStringLiteral("login"), member.login},
                                         {QStringLiteral("role"), TeamRoles::key(member.role)}});
            else
                m_out << member.login << '\t' << TeamRoles::displayName(member.role) << '\n';
        }
        if (asJson)
            m_out << json(rows);
        finish(Done);
    });
    return Pending;
}

int TeamCommands::conflicts(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    line.parser.addOption(jsonOption());
    if (!line.parse(QStringLiteral("team conflicts"), arguments))
        return fail(line.error, BadArguments);
    const Result<QList<DocumentConflictCopy>> copies = context.conflictCopies().copies();
    if (!copies)
        return fail(copies.error());
    if (line.parser.isSet(QStringLiteral("json"))) {
        QJsonArray rows;
        for (const DocumentConflictCopy &copy : copies.value())
            rows.append(QJsonObject {
                    {QStringLiteral("kind"), copy.kind},
                    {QStringLiteral("name"), copy.name},
                    {QStringLiteral("original"), copy.original},
                    {QStringLiteral("author"), copy.author},
                    {QStringLiteral("written_at"), copy.writtenAt.toString(Qt::ISODate)}});
        m_out << json(rows);
        return Done;
    }
    if (copies.value().isEmpty())
        m_out << tr("No conflict copies to settle.") << '\n';
    for (const DocumentConflictCopy &copy : copies.value())
        m_out << copy.kind << '\t' << copy.name << '\t'
              << tr("%1's version of \"%2\", written at the same time as the one kept (%3)")
                         .arg(copy.author, copy.original,
                              copy.writtenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")))
              << '\n';
    return Done;
}

int TeamCommands::settle(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    const QCommandLineOption keepOriginal(
            QStringLiteral("keep-original"),
            tr("Keep the document as the team has it and drop the conflict copy."));
    const QCommandLineOption useCopy(
            QStringLiteral("use-copy"),
            tr("Put the conflict copy's version in the original's place, and drop the copy."));
    const QCommandLineOption kind(QStringLiteral("kind"),
                                  tr("Which kind of document: schedule, channel or slo."),
                                  QStringLiteral("KIND"));
    line.parser.addOptions({keepOriginal, useCopy, kind});
    if (!line.parse(QStringLiteral("team settle"), arguments))
        return fail(line.error, BadArguments);
    if (line.parser.positionalArguments().size() != 1
        || line.parser.isSet(keepOriginal) == line.parser.isSet(useCopy))
        return fail(tr("team settle needs a conflict copy's name (see team conflicts) and either "
                       "--keep-original or --use-copy."),
                    BadArguments);
    const QString name = line.parser.positionalArguments().first();
    const auto how = line.parser.isSet(useCopy) ? ConflictCopyService::Settle::UseCopy
                                                : ConflictCopyService::Settle::KeepOriginal;
    if (auto settled = context.conflictCopies().settle(line.parser.value(kind), name, how);
        !settled)
        return fail(settled.error());
    m_out << (how == ConflictCopyService::Settle::UseCopy
                      ? tr("Settled: the copy's version now stands in the original's place, and "
                           "\"%1\" is gone.")
                      : tr("Settled: the original stays as it is, and \"%1\" is gone."))
                     .arg(name)
          << '\n';
    return Done;
}

int TeamCommands::disconnect(AppContext &context, const QStringList &arguments)
{
    CommandLine line;
    if (!line.parse(QStringLiteral("team disconnect"), arguments))
        return fail(line.error, BadArguments);
    int code = Failed;
    const std::optional<TeamUrl> url = configured(&code);
    if (!url)
        return code;
    saveTeamUrl(std::nullopt);
    context.team().forgetPassword(*url, [this](QString) {
        m_out << tr("Solo mode again: this console keeps its own file.") << '\n';
        finish(Done);
    });
    return Pending;
}

void TeamCommands::registerIn(CtlRegistry &registry)
{
    registry.addGroup(QStringLiteral("team"),
                      {{QStringLiteral("connect"), handler(&TeamCommands::connect)},
                       {QStringLiteral("status"), handler(&TeamCommands::status)},
                       {QStringLiteral("migrate"), handler(&TeamCommands::migrate)},
                       {QStringLiteral("sync"), handler(&TeamCommands::sync)},
                       {QStringLiteral("grant"), handler(&TeamCommands::grant)},
                       {QStringLiteral("users"), handler(&TeamCommands::users)},
                       {QStringLiteral("conflicts"), handler(&TeamCommands::conflicts)},
                       {QStringLiteral("settle"), handler(&TeamCommands::settle)},
                       {QStringLiteral("disconnect"), handler(&TeamCommands::disconnect)}});
}

} // namespace sitrep
