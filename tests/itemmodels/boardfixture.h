#pragma once

#include "domain/clock.h"
#include "itemmodels/incidenttablemodel.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <QTemporaryDir>
#include <QTest>

// A real database, incident service and manual clock in a temporary directory.
struct BoardFixture
{
    QTemporaryDir dir;
    std::unique_ptr<sitrep::Database> database;
    sitrep::ManualClock clock {QDateTime(QDate(2024, 1, 15), QTime(14, 0), Qt::UTC)};
    std::unique_ptr<sitrep::IncidentService> service;

    BoardFixture()
    {
        auto opened = sitrep::Database::open(dir.filePath(QStringLiteral("sitrep.sqlite")));
        if (!opened)
            qFatal("%s", qPrintable(opened.error()));
        database = std::move(opened).value();
        service = std::make_unique<sitrep::IncidentService>(
                *database, sitrep::PolicyLoader::load({}).policy, clock);
    }

    sitrep::Incident declare(const QString &title, sitrep::Severity severity,
                             const QStringList &services = {}, const QString &commander = {})
    {
        sitrep::IncidentDraft draft;
        draft.title = title;
        draft.severity = severity;
        draft.services = services;
        draft.commander = commander;
        auto declared = service->declare(draft, QStringLiteral("tester"));
        if (!declared)
            qFatal("%s", qPrintable(declared.error()));
        clock.advance(60);
        return declared.value();
    }
};
