#include "alerts/alertsview.h"
#include "board/boardfilterbar.h"
#include "board/boardview.h"
#include "common/appcontext.h"
#include "common/appearance.h"
#include "common/lazytab.h"
#include "common/refreshwhenshown.h"
#include "mainwindow/mainwindow.h"
#include "mainwindow/windowstate.h"
#include "screenshot.h"
#include "services/alertservice.h"
#include "services/backupscheduler.h"
#include "services/databaseverifier.h"
#include "services/demoscenario.h"
#include "services/incidentloader.h"
#include "services/policyloader.h"
#include "services/slomonitor.h"
#include "services/teamsync.h"
#include "startupprobe.h"
#include "translations.h"

#include <cstdio>
#include <functional>
#include <memory>

#include <QApplication>
#include <QCommandLineParser>
#include <QFileInfo>
#include <QLocale>
#include <QMessageBox>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>

namespace {

int fail(const QString &message, bool quiet)
{
    std::fprintf(stderr, "sitrep: %s\n", qPrintable(message));
    if (!quiet)
        QMessageBox::critical(nullptr, QCoreApplication::translate("main", "Sitrep"), message);
    return 1;
}

// The console's command line.
struct GuiOptions
{
    QCommandLineOption db {QStringLiteral("db"),
                           QCoreApplication::translate("main", "The database file."),
                           QStringLiteral("PATH")};
    QCommandLineOption demo {
            QStringLiteral("demo"),
            QCoreApplication::translate("main",
                                        "Open live demo data: in a throwaway database, or "
                                        "written into a new file given with --db and kept.")};
    QCommandLineOption view {
            QStringLiteral("view"),
            QCoreApplication::translate("main",
                                        "The view to show: board, workspace (the first "
                                        "incident's), alerts, slo, dashboard, oncall (a month), "
                                        "oncall-week, postmortem, actions, palette, settings, "
                                        "settings-rules or settings-policy."),
            QStringLiteral("NAME"), QStringLiteral("board")};
    QCommandLineOption colourScheme {
            QStringLiteral("color-scheme"),
            QCoreApplication::translate("main",
                                        "Draw in the desktop's colours (system, the default), "
                                        "or light or dark whatever the desktop uses."),
            QStringLiteral("SCHEME"), QStringLiteral("system")};
    QCommandLineOption screenshot {
            QStringLiteral("screenshot"),
            QCoreApplication::translate("main", "Render the view to a PNG file and exit."),
            QStringLiteral("FILE")};

    void addTo(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
                QCoreApplication::translate("main", "Incident command console."));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOptions({db, demo, view, colourScheme, screenshot});
    }
};

void name(QCoreApplication &app)
{
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));
    sitrep::translations::install(app);
}

// --help and --version print and exit before any window system is needed: they work over
// SSH and in scripts without a display.
bool onlyPrints(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "-h" || argument == "--help" || argument == "-?" || argument == "--help-all"
            || argument == "-v" || argument == "--version")
            return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (onlyPrints(argc, argv)) {
        QCoreApplication app(argc, argv);
        name(app);
        QCommandLineParser parser;
        const GuiOptions options;
        options.addTo(parser);
        parser.process(app); // prints and exits
        return 0;
    }
    QApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QStringList preferenceWarnings;
    const sitrep::Preferences preferences = sitrep::loadPreferences(&preferenceWarnings);
    // The language chosen in Settings, before any text is translated.
    if (!preferences.language.isEmpty())
        QLocale::setDefault(QLocale(preferences.language));
    name(app);
    QGuiApplication::setDesktopFileName(QStringLiteral("org.sitrep.Sitrep"));

    QCommandLineParser parser;
    const GuiOptions options;
    options.addTo(parser);
    parser.process(app);
    const bool screenshot = parser.isSet(options.screenshot);
    const QString view = parser.value(options.view);
    using namespace Qt::StringLiterals;
    static const QStringList views {
            u"board"_s,    u"workspace"_s,      u"alerts"_s,         u"slo"_s,     u"dashboard"_s,
            u"oncall"_s,   u"oncall-week"_s,    u"postmortem"_s,     u"actions"_s, u"palette"_s,
            u"settings"_s, u"settings-rules"_s, u"settings-policy"_s};
    if (!views.contains(view))
        return fail(QCoreApplication::translate("main", "Unknown view \"%1\"; available: %2.")
                            .arg(view, views.join(u", ")),
                    true);

    // The command line wins over the scheme chosen in Settings.
    const auto scheme = sitrep::Appearance::parse(parser.isSet(options.colourScheme)
                                                          ? parser.value(options.colourScheme)
                                                          : preferences.colourScheme);
    if (!scheme)
        return fail(QCoreApplication::translate("main",
                                                "Unknown colour scheme \"%1\"; use system, "
                                                "light or dark.")
                            .arg(parser.value(options.colourScheme)),
                    true);
    sitrep::Appearance::apply(app, *scheme);

    const bool demo = parser.isSet(options.demo);
    QTemporaryDir demoFolder;
    QString path = parser.isSet(options.db) ? parser.value(options.db)
                                            : sitrep::AppContext::defaultDatabasePath();
    if (demo && !parser.isSet(options.db))
        path = demoFolder.filePath(QStringLiteral("demo.sqlite"));
    else if (demo && QFileInfo(path).exists() && QFileInfo(path).size() > 0)
        // The demo is written into the file: never mixed into someone's real incidents.
        return fail(QCoreApplication::translate("main",
                                                "%1 already exists; --demo writes its data "
                                                "only into a new file.")
                            .arg(path),
                    screenshot);

    const sitrep::SystemClock clock;
    // The board opens first; the page check follows on a worker (see DatabaseVerifier).
    auto context = sitrep::AppContext::create(path, clock, sitrep::AppContext::PageCheck::Deferred);
    if (!context)
        return fail(context.error(), screenshot);
    sitrep::IncidentService &incidents = context.value()->incidents();
    if (demo) {
        auto seeded = incidents.importHistory(sitrep::DemoScenario::history(clock.now()),
                                              QStringLiteral("demo"));
        if (!seeded)
            return fail(seeded.error(), screenshot);
        if (auto ingested = context.value()->monitoring().alerts().ingest(
                    QStringLiteral("demo"), sitrep::DemoScenario::alerts(clock.now()));
            !ingested)
            return fail(ingested.error(), screenshot);
        if (auto slos = sitrep::DemoScenario::slos(context.value()->slos(), clock.now()); !slos)
            return fail(slos.error(), screenshot);
        if (auto schedules
            = sitrep::DemoScenario::schedules(context.value()->oncall(), clock.now());
            !schedules)
            return fail(schedules.error(), screenshot);
        if (auto written = sitrep::DemoScenario::postmortems(context.value()->postmortems(),
                                                             seeded.value(), clock.now());
            !written)
            return fail(written.error(), screenshot);
        // The first live SEV-1 gets a war room's worth of work.
        for (const sitrep::Incident &incident : seeded.value()) {
            if (incident.isOpen() && incident.severity == sitrep::Severity::Sev1) {
                if (auto filled = sitrep::DemoScenario::warRoom(
                            context.value()->workspaceServices(), incident.id, clock.now());
                    !filled)
                    return fail(filled.error(), screenshot);
                break;
            }
        }
    }

    sitrep::AppContext &services = *context.value();
    sitrep::DatabaseVerifier verifier(services.database());
    sitrep::BackupScheduler backups(path, clock);
    sitrep::DemoFeed feed(incidents);
    std::unique_ptr<sitrep::TeamSync> teamSync;
    std::optional<sitrep::TeamUrl> following; // the team the sync follows
    QString teamProblem;
    const std::optional<sitrep::TeamUrl> team = demo ? std::nullopt : sitrep::teamUrl(&teamProblem);
    sitrep::SettingsContext settings {
            {sitrep::PolicyLoader::defaultUserFile(), sitrep::ChecklistService::defaultUserFile(),
             sitrep::detectionRulesFile(), sitrep::RunbookLibrary::defaultUserFolder()},
            preferences,
            sitrep::systemFullName(),
            nullptr,
            team};
    if (!demo) { // the demo stays on its own throwaway file
        settings.team = &services.team();
        settings.conflicts = &services.conflictCopies();
    }

    // The window and the loader of its open incidents go and come back together when the
    // language or the person at this console changes in Settings (the widgets keep the texts
    // and the name they were made with).
    std::unique_ptr<sitrep::IncidentLoader> loader;
    std::unique_ptr<sitrep::MainWindow> window;
    const auto followTeam = [&] {
        window->showTeam(following->toString(), services.conflictCopies());
        if (teamSync)
            window->followTeam(*teamSync);
    };
    const auto follow = [&](const sitrep::TeamUrl &url) {
        following = url;
        window->showTeam(url.toString(), services.conflictCopies());
        services.team().password(url, [&, url](QString password) {
            teamSync = std::make_unique<sitrep::TeamSync>(path, url, password);
            window->followTeam(*teamSync);
            services.followTeam(*teamSync);
            teamSync->start();
        });
    };
    // The cold start benchmark's baseline: every view is built and reads what it shows at
    // once, shown or not, as the console did before its views waited to be looked at.
    const bool eagerViews = qEnvironmentVariableIntValue("SITREP_EAGER_VIEWS") == 1;
    if (eagerViews) {
        sitrep::LazyTab::buildHiddenViewsToo();
        sitrep::RefreshWhenShown::refreshHiddenViewsToo();
    }
    std::function<void()> rebuild;
    const auto build = [&] {
        loader = std::make_unique<sitrep::IncidentLoader>(path);
        // The open incidents are read while the window is built; the result arrives through
        // the event loop, so the window is connected by then. A board left on the resolved or
        // all incidents reads the whole history at once, as does SITREP_EAGER_HISTORY=1 (as the
        // console did before: a benchmark's baseline).
        const auto scope = sitrep::BoardFilter::scopeFromKey(sitrep::boardScope());
        loader->start(scope != sitrep::BoardFilter::Scope::Open
                                      || qEnvironmentVariableIntValue("SITREP_EAGER_HISTORY") == 1
                              ? sitrep::IncidentSelection::All
                              : sitrep::IncidentSelection::Open);
        window = std::make_unique<sitrep::MainWindow>(services.workspaceServices(), *loader,
                                                      sitrep::personName());
        window->board()->filterBar()->setScope(scope);
        QObject::connect(window->board()->filterBar(), &sitrep::BoardFilterBar::scopeChosen,
                         window.get(), [](sitrep::BoardFilter::Scope chosen) {
                             sitrep::saveBoardScope(sitrep::BoardFilter::scopeKey(chosen));
                         });
        if (demo)
            window->setWindowTitle(window->windowTitle()
                                   + QCoreApplication::translate("main", " (demo)"));
        QObject::connect(window->alerts(), &sitrep::AlertsView::groupingChosen, window.get(),
                         [](const QStringList &groupBy) { sitrep::saveAlertGrouping(groupBy); });
        window->offerSettings(settings);
        QObject::connect(window.get(), &sitrep::MainWindow::preferencesChanged, window.get(),
                         [&](const sitrep::Preferences &chosen) {
                             settings.preferences = chosen;
                             sitrep::savePreferences(chosen);
                             if (const auto choice = sitrep::Appearance::parse(chosen.colourScheme))
                                 sitrep::Appearance::apply(app, *choice);
                         });
        // Not from inside the closing Settings window, which the old window owns.
        QObject::connect(window.get(), &sitrep::MainWindow::rebuildWanted, &app,
                         [&] { QTimer::singleShot(0, &app, [&rebuild] { rebuild(); }); });
        QObject::connect(window.get(), &sitrep::MainWindow::runbooksReloadRequested, window.get(),
                         [&services] { services.reloadRunbooks(); });
        if (demo)
            return;
        // Joined or left in the settings: kept in sitrep.ini, and the sync follows at once.
        QObject::connect(window.get(), &sitrep::MainWindow::teamJoined, window.get(),
                         [&](const sitrep::TeamUrl &url) {
                             teamSync.reset();
                             settings.teamUrl = url;
                             sitrep::saveTeamUrl(url);
                             if (auto recording = services.recordForTeam(url); !recording)
                                 window->showWarnings({recording.error()});
                             follow(url);
                         });
        QObject::connect(window.get(), &sitrep::MainWindow::teamLeft, window.get(), [&] {
            teamSync.reset();
            following.reset();
            settings.teamUrl.reset();
            sitrep::saveTeamUrl(std::nullopt);
            if (auto recording = services.recordForTeam(std::nullopt); !recording)
                window->showWarnings({recording.error()});
            window->showStatus(QCoreApplication::translate(
                    "main", "Solo mode: this console keeps its own file."));
        });
    };
    // In the language chosen, for the person at this console now.
    rebuild = [&] {
        const sitrep::MainWindowState state = sitrep::MainWindowState::of(*window);
        sitrep::translations::switchTo(app, settings.preferences.language);
        services.retranslate();
        window.reset(); // saves the postmortem being written
        loader.reset();
        build();
        if (following)
            followTeam();
        state.restoreInto(*window);
        window->show();
    };
    build();

    // Acknowledgements made in PagerDuty come back while the console runs.
    services.pagerDutyAcknowledgements().start();
    window->showWarnings(services.warnings() + preferenceWarnings);
    sitrep::StartupProbe::watchIfAsked(*window->board()->table());
    // The SLO refresh and the escalation loop run while the console is open, demo or not. The
    // first SLO snapshot reads a month of samples on two threads: it waits until the board has
    // its incidents and their frame is queued, so that it does not compete with that frame.
    if (eagerViews)
        services.slos().start();
    else
        QObject::connect(
                window.get(), &sitrep::MainWindow::incidentsLoaded, &services.slos(),
                [&slos = services.slos()] {
                    QTimer::singleShot(0, &slos, &sitrep::SloMonitor::start);
                },
                Qt::SingleShotConnection);
    services.escalations().start();

    // The page check reads the whole file: it starts once the board has had its first frames,
    // so that on two cores it does not compete with them.
    QObject::connect(loader.get(), &sitrep::IncidentLoader::loaded, &verifier, [&verifier] {
        QTimer::singleShot(std::chrono::seconds(2), &verifier, &sitrep::DatabaseVerifier::start);
    });
    QObject::connect(&verifier, &sitrep::DatabaseVerifier::finished, &app,
                     [&window](const QString &problem) {
                         if (!problem.isEmpty())
                             window->showWarnings({problem});
                     });
    QObject::connect(
            &backups, &sitrep::BackupScheduler::backupFinished, &app,
            [&window](const QString &file, const QString &error) {
                if (error.isEmpty())
                    window->showStatus(
                            QCoreApplication::translate("main", "Backed up to %1").arg(file));
                else
                    window->showWarnings(
                            {QCoreApplication::translate("main", "The daily backup failed: %1")
                                     .arg(error)});
            });

    // Team mode: the sync worker keeps this console's file in step with the team's log. The
    // demo stays on its own throwaway file.
    if (const sitrep::Result<void> recording = services.recordForTeam(team); !recording)
        window->showWarnings({recording.error()});
    if (team) {
        follow(*team);
    } else if (!teamProblem.isEmpty()) {
        window->showWarnings({teamProblem});
    }

    if (screenshot) {
        auto *shot = new sitrep::Screenshot(*window, parser.value(options.screenshot), view, &app);
        QObject::connect(window.get(), &sitrep::MainWindow::incidentsLoaded, shot,
                         &sitrep::Screenshot::takeWhenPainted);
    } else {
        window->resize(1440, 900);
        window->show();
        if (demo) {
            feed.start();
        } else {
            backups.start();
            // Until the first poll, the status bar shows each endpoint's health from last time.
            if (const QString problem = services.monitoring().startAll(); !problem.isEmpty())
                window->showWarnings({problem});
            // Messages queued while the console was closed go out now.
            services.messaging().dispatcher().start();
        }
    }
    return app.exec();
}
