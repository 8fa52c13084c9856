#include "backupcommands.h"
#include "checklistcommands.h"
#include "common/appcontext.h"
#include "ctlregistry.h"
#include "detectioncommands.h"
#include "escalationcommands.h"
#include "importcommands.h"
#include "incidentcommands.h"
#include "messagingcommands.h"
#include "metricscommands.h"
#include "monitoringcommands.h"
#include "oncallcommands.h"
#include "postmortemcommands.h"
#include "slocommands.h"
#include "statuspagecommands.h"
#include "teamcommands.h"
#include "timelinecommands.h"
#include "translations.h"

#include <cstdio>
#include <memory>

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QGuiApplication>
#include <QLoggingCategory>
#include <QTimer>

namespace {

// Typesetting a PDF needs fonts, and fonts need a QGuiApplication; every other command runs on
// a plain QCoreApplication. The GUI one is offscreen: sitrepctl never opens a window.
bool typesets(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArrayView argument(argv[i]);
        if (argument == "--format=pdf"
            || (argument == "--format" && i + 1 < argc && QByteArrayView(argv[i + 1]) == "pdf"))
            return true;
    }
    return false;
}

std::unique_ptr<QCoreApplication> application(int &argc, char *argv[])
{
    if (!typesets(argc, argv))
        return std::make_unique<QCoreApplication>(argc, argv);
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QGuiApplication>(argc, argv);
}

} // namespace

int main(int argc, char *argv[])
{
    const std::unique_ptr<QCoreApplication> app = application(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("sitrep"));
    QCoreApplication::setApplicationVersion(QStringLiteral(SITREP_VERSION));

    // Progress notes are for the GUI's log; a command prints only its result and its errors.
    QLoggingCategory::setFilterRules(QStringLiteral("sitrep.*.info=false"));

    sitrep::translations::install(*app);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
            "sitrepctl",
            "Sitrep on the command line.\n\nCommands:\n"
            "  incidents list [--status open|resolved|all] [--json]\n"
            "  incidents show ID [--json]\n"
            "  incidents declare --title T --severity SEV-N [--service S]... [--commander C] "
            "[--impact TEXT] [--json]\n"
            "  incidents update ID [--status S] [--severity SEV-N] [--commander C]\n"
            "  incidents resolve ID --resolution TEXT [--root-cause TEXT] "
            "[--override-checks REASON]\n"
            "  incidents reopen ID --reason TEXT\n"
            "  timeline add ID --kind note|action|decision|hypothesis --text T [--at ISO8601] "
            "[--key]\n"
            "  timeline export ID --format markdown|json\n"
            "  checklist show ID [--json]\n"
            "  checklist tick ID ITEM\n"
            "  endpoint add alertmanager|prometheus NAME --url URL [--set KEY=VALUE]... "
            "[--secret-stdin]\n"
            "  endpoint list [--json]\n"
            "  endpoint remove NAME\n"
            "  sync alertmanager (--url URL | --endpoint NAME) [--once] [--json]\n"
            "  alerts list [--json]\n"
            "  silence --incident ID --duration 2h --comment TEXT | silence --expire SILENCE-ID\n"
            "  detect (--prometheus URL | --endpoint NAME) [--rules FILE] [--once] "
            "[--at ISO8601] [--json]\n"
            "  verify ID [--prometheus URL | --endpoint NAME] [--rules FILE] [--at ISO8601] "
            "[--json]\n"
            "  channel add slack-webhook|slack-api|mattermost|teams|webhook|statuspage|smtp|"
            "static-page|pagerduty|goalert NAME [--set KEY=VALUE]... [--secret-stdin]\n"
            "  channel list [--json]\n"
            "  channel test NAME\n"
            "  channel remove NAME\n"
            "  update ID --status S --message TEXT\n"
            "  outbox list [--json]\n"
            "  outbox flush [--timeout SECONDS]\n"
            "  statuspage export FOLDER [--channel NAME]\n"
            "  metrics [--from DATE] [--to DATE] [--service S] [--json]\n"
            "  postmortem show ID [--json]\n"
            "  postmortem export ID --format markdown|pdf [--paper a4|letter] --output FILE\n"
            "  postmortem import FILE [--incident ID]\n"
            "  postmortem invite ID --output FILE.ics\n"
            "  postmortem leads [--set LEAD,...]\n"
            "  actions list [--owner O] [--overdue] [--json]\n"
            "  ack ID\n"
            "  escalation show ID [--json]\n"
            "  oncall import FILE | export NAME | list [--json]\n"
            "  import pagerduty|opsgenie FILE... [--strict] [--dry-run] [--json]\n"
            "  import pagerduty|opsgenie [--api-url URL] --secret-stdin [--keep-key]\n"
            "      [--schedule NAME]... [--strict] [--dry-run] [--json]\n"
            "  oncall who --schedule NAME [--at ISO8601] [--json]\n"
            "  oncall shifts --schedule NAME --from ISO8601 --to ISO8601 [--json]\n"
            "  oncall ics --schedule NAME [--person P] --from DATE --to DATE\n"
            "  oncall report --from DATE --to DATE [--json]\n"
            "  slo import FILE...\n"
            "  slo seed SERVICE [--minimum-events N]\n"
            "  slo list [--json]\n"
            "  slo report (--prometheus URL | --endpoint NAME) [--at ISO8601] [--json]\n"
            "  slo rules [--slo NAME]... [--output FILE]\n"
            "  watch\n"
            "  team connect URL [--password-stdin]\n"
            "  team status [--json]\n"
            "  team migrate\n"
            "  team sync [--timeout SECONDS]\n"
            "  team disconnect\n"
            "  backup [FILE]\n"
            "  restore FILE"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(
            QStringLiteral("db"),
            QCoreApplication::translate("sitrepctl", "The database file (default: %1).")
                    .arg(sitrep::AppContext::defaultDatabasePath()),
            QStringLiteral("PATH"));
    parser.addOption(dbOption);
    parser.addPositionalArgument(QStringLiteral("command"),
                                 QCoreApplication::translate("sitrepctl", "What to do."));
    // Everything from the command on belongs to the command's own parser.
    parser.setOptionsAfterPositionalArgumentsMode(QCommandLineParser::ParseAsPositionalArguments);
    if (!parser.parse(QCoreApplication::arguments())) {
        std::fprintf(stderr, "sitrepctl: %s\n", qPrintable(parser.errorText()));
        return sitrep::CtlCommands::BadArguments;
    }
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();
    if (parser.isSet(QStringLiteral("help")) || parser.positionalArguments().isEmpty())
        parser.showHelp(parser.positionalArguments().isEmpty()
                                        && !parser.isSet(QStringLiteral("help"))
                                ? sitrep::CtlCommands::BadArguments
                                : 0);

    const QString databasePath = parser.isSet(dbOption) ? parser.value(dbOption)
                                                        : sitrep::AppContext::defaultDatabasePath();
    sitrep::CtlSession session(databasePath);
    sitrep::CtlRegistry registry(session);
    registry.install<sitrep::IncidentCommands>();
    registry.install<sitrep::TimelineCommands>();
    registry.install<sitrep::ChecklistCommands>();
    registry.install<sitrep::MonitoringCommands>();
    registry.install<sitrep::DetectionCommands>();
    registry.install<sitrep::MessagingCommands>();
    registry.install<sitrep::StatusPageCommands>();
    registry.install<sitrep::OnCallCommands>();
    registry.install<sitrep::ImportCommands>();
    registry.install<sitrep::EscalationCommands>();
    registry.install<sitrep::SloCommands>();
    registry.install<sitrep::MetricsCommands>();
    registry.install<sitrep::PostmortemCommands>();
    registry.install<sitrep::BackupCommands>();
    registry.install<sitrep::TeamCommands>();
    // The command runs inside the application's one event loop; it leaves it through the
    // session when it is done, at once or after waiting on the keychain or the network.
    QTimer::singleShot(0, app.get(),
                       [&registry, words = parser.positionalArguments()] { registry.run(words); });
    return app->exec();
}
