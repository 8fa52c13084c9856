#pragma once

#include "../fixtures/postgresfixture.h"
#include "../itemmodels/boardfixture.h"
#include "services/teamservice.h"
#include "services/teamsync.h"

#include <QTest>

// One console of a team in a test: its own file and services, in team mode for `login` on the
// fixture's `database`, synced on demand the way the console's own wiring does.
struct TeamConsole
{
    std::unique_ptr<BoardFixture> services;
    sitrep::TeamUrl url;
    QString password;

    static TeamConsole join(const QString &database, const QString &login)
    {
        TeamConsole made;
        made.services = std::make_unique<BoardFixture>();
        made.url = postgres_fixture::url(database, login + u'_' + database);
        made.password = QStringLiteral("pw");
        sitrep::TeamService team(*made.services->database, made.services->monitoring->secrets());
        if (!team.recordFor(made.url))
            qFatal("could not put the console in team mode");
        return made;
    }

    // A sync that stays, with the services told of what it applies, and escalation steps
    // claimed through it. `receiver` ends the connections when it goes.
    [[nodiscard]] std::unique_ptr<sitrep::TeamSync> live(QObject *receiver)
    {
        using namespace sitrep;
        BoardFixture &fixture = *services;
        auto sync = std::make_unique<TeamSync>(fixture.database->path(), url, password);
        QObject::connect(sync.get(), &TeamSync::applied, receiver,
                         [&fixture](const TeamApplied &applied) {
                             fixture.service->announceFromTeam(applied);
                             fixture.timeline->announceChanged(applied.changedEntries);
                             fixture.checklists->announceChanged(applied.checklists);
                             fixture.postmortems->announceChanged(applied.postmortems);
                             if (!applied.documents.isEmpty())
                                 fixture.oncall->reloadFromTeam();
                         });
        // What is written here goes out at once, as the console's own wiring does.
        QObject::connect(fixture.service.get(), &IncidentService::incidentDeclared, sync.get(),
                         &TeamSync::syncNow);
        QObject::connect(fixture.service.get(), &IncidentService::timelineEntryAdded, sync.get(),
                         &TeamSync::syncNow);
        fixture.escalations->setTeamClaims(sync->claimer(QStringLiteral("escalation")));
        sync->start();
        return sync;
    }

    // Connects, pushes and pulls until in step, then goes offline again.
    void sync(QObject *receiver)
    {
        const std::unique_ptr<sitrep::TeamSync> sync = live(receiver);
        QTRY_VERIFY2_WITH_TIMEOUT(sync->state().connected && sync->state().pending == 0
                                          && sync->state().lastSync.isValid(),
                                  qPrintable(sync->state().problem), 10'000);
        services->escalations->setTeamClaims({});
    }
};
