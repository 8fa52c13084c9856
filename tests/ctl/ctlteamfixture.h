#pragma once

#include "../fixtures/postgresfixture.h"
#include "ctlrunner.h"

#include <memory>

// Consoles of one team for sitrepctl tests: each a home of its own, joined to the postgres
// fixture's `database` with a login named after it.
namespace ctl_team {

using namespace Qt::StringLiterals;

// A login `name`_DATABASE with `role`, its password "pw-" and the login.
inline QString login(const QString &database, const QString &name,
                     sitrep::TeamRole role = sitrep::TeamRole::Responder)
{
    const QString user = name + u'_' + database;
    if (!postgres_fixture::grant(database, user, u"pw-"_s + user, role))
        qFatal("could not prepare the team server");
    return user;
}

inline CtlRun join(const QString &database, QTemporaryDir &home, const QString &user,
                   const QStringList &extra = {})
{
    return runCtl(home,
                  QStringList {u"team"_s, u"connect"_s,
                               postgres_fixture::url(database, user).toString(),
                               u"--password-stdin"_s}
                          + extra,
                  (u"pw-"_s + user).toUtf8());
}

inline std::unique_ptr<QTemporaryDir> joined(const QString &database, const QString &name,
                                             sitrep::TeamRole role = sitrep::TeamRole::Responder)
{
    auto home = std::make_unique<QTemporaryDir>();
    const CtlRun run = join(database, *home, login(database, name, role));
    if (run.exitCode != 0)
        qFatal("%s could not join: %s", qPrintable(name), qPrintable(run.err));
    return home;
}

} // namespace ctl_team
