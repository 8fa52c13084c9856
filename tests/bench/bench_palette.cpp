// Command palette benchmark: 100,000 incidents on the board and the window's actions. Measures
// each keystroke of a commander typing into the palette (Ctrl+K), for Sitrep's model (fuzzy
// match over the board's prepared UTF-8 search texts, narrowing while typing on, the best 50
// kept) and for a naive baseline in the same run (each keystroke lower-cases every incident's
// title, commander and services as QStrings and matches them in order, then sorts all matches).
//
//   bench_palette   (SITREP_BENCH_RUNS runs, default 5; medians and the slowest keystroke)
#include "benchfigures.h"
#include "domain/clock.h"
#include "itemmodels/commandpalettemodel.h"
#include "itemmodels/incidenttablemodel.h"
#include "services/incidentservice.h"
#include "services/policyloader.h"
#include "storage/database.h"

#include <cstdio>

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace sitrep;
using namespace Qt::StringLiterals;
using bench::median;
using bench::milliseconds;

namespace {

constexpr int count = 100'000;

// What a commander types, keystroke by keystroke, then deletes and types again.
const QStringList typed = {u"c"_s,      u"ch"_s,      u"che"_s,      u"chec"_s,       u"check"_s,
                           u"checko"_s, u"checkou"_s, u"checkout"_s, u"checkout 5"_s, u"checkout"_s,
                           u"p"_s,      u"pa"_s,      u"pay"_s,      u"#4711"_s};

QList<Incident> incidents()
{
    const QStringList services = {u"checkout"_s, u"payments"_s, u"search"_s, u"api"_s,
                                  u"auth"_s,     u"web"_s,      u"orders"_s, u"media"_s};
    const QStringList problems
            = {u"returning 500s"_s, u"latency above SLO"_s,   u"traffic drop"_s,
               u"queue backlog"_s,  u"certificate expired"_s, u"connection pool exhausted"_s};
    const QStringList people = {u"alice"_s, u"bob"_s, u"carol"_s, u"dave"_s, u"erin"_s};
    QRandomGenerator random(7);
    QList<Incident> all;
    all.reserve(count);
    for (int i = 1; i <= count; ++i) {
        Incident incident;
        incident.id = i;
        const QString service = services.at(random.bounded(services.size()));
        incident.title = u"%1 %2"_s.arg(service, problems.at(random.bounded(problems.size())));
        incident.severity = static_cast<Severity>(1 + random.bounded(4));
        incident.status
                = i > count - 200 ? IncidentStatus::Investigating : IncidentStatus::Resolved;
        incident.services = {service};
        incident.commander = people.at(random.bounded(people.size()));
        all.append(incident);
    }
    return all;
}

QList<CommandPaletteModel::Action> actions()
{
    QList<CommandPaletteModel::Action> all;
    for (const QString &text : {u"Declare incident"_s,
                                u"Resolve selected"_s,
                                u"Monitoring endpoints"_s,
                                u"Channels"_s,
                                u"Team server"_s,
                                u"Quit"_s,
                                u"Undo"_s,
                                u"Redo"_s,
                                u"Board"_s,
                                u"Alerts inbox"_s,
                                u"Outbox"_s,
                                u"SLOs and error budgets"_s,
                                u"Dashboard"_s,
                                u"On-call schedules"_s,
                                u"Postmortems"_s,
                                u"Open incident workspace"_s,
                                u"Close workspace"_s,
                                u"Add timeline entry"_s,
                                u"Filter incidents"_s,
                                u"Next incident"_s,
                                u"Previous incident"_s,
                                u"Keyboard shortcuts"_s,
                                u"About Sitrep"_s})
        all.append({text, u"Ctrl+X"_s});
    return all;
}

// The naive palette: every keystroke reads every incident afresh.
int naiveMatches(const QList<Incident> &all, const QString &pattern)
{
    const QString wanted = QString(pattern).remove(u' ').toLower();
    QList<std::pair<int, int>> found;
    for (qsizetype i = 0; i < all.size(); ++i) {
        const Incident &incident = all.at(i);
        const QString text = (incident.label() + u' ' + incident.title + u' ' + incident.commander
                              + u' ' + incident.services.join(u' '))
                                     .toLower();
        qsizetype at = 0;
        int skipped = 0;
        bool matched = true;
        for (const QChar c : wanted) {
            const qsizetype next = text.indexOf(c, at);
            if (next < 0) {
                matched = false;
                break;
            }
            skipped += int(next - at);
            at = next + 1;
        }
        if (matched)
            found.append({-skipped, int(i)});
    }
    std::sort(found.begin(), found.end());
    return int(std::min<qsizetype>(found.size(), CommandPaletteModel::shown));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QTemporaryDir dir;
    auto database = Database::open(dir.filePath(u"bench.sqlite"_s));
    if (!database) {
        std::fprintf(stderr, "%s\n", qPrintable(database.error()));
        return 1;
    }
    SystemClock clock;
    IncidentService service(*database.value(), PolicyLoader::load({}).policy, clock);
    const QList<Incident> all = incidents();
    IncidentTableModel table(service, clock);
    table.setIncidents(SearchableIncidents::prepare(all));
    const int runs = bench::runs();

    QList<double> ours, oursSlowest, naive, naiveSlowest;
    for (int run = 0; run < runs; ++run) {
        CommandPaletteModel palette(table);
        palette.setActions(actions());
        double slowest = 0;
        QElapsedTimer all_keys;
        all_keys.start();
        for (const QString &pattern : typed) {
            QElapsedTimer key;
            key.start();
            palette.setPattern(pattern);
            slowest = std::max(slowest, milliseconds(key));
        }
        ours << milliseconds(all_keys) / double(typed.size());
        oursSlowest << slowest;

        slowest = 0;
        all_keys.restart();
        for (const QString &pattern : typed) {
            QElapsedTimer key;
            key.start();
            (void)naiveMatches(all, pattern);
            slowest = std::max(slowest, milliseconds(key));
        }
        naive << milliseconds(all_keys) / double(typed.size());
        naiveSlowest << slowest;
    }
    std::printf("command palette over %d incidents and %lld actions, %lld keystrokes, "
                "median of %d runs\n",
                count, qlonglong(actions().size()), qlonglong(typed.size()), runs);
    std::printf("  Sitrep  per keystroke %7.2f ms   slowest keystroke %7.2f ms\n", median(ours),
                median(oursSlowest));
    std::printf("  naive   per keystroke %7.2f ms   slowest keystroke %7.2f ms\n", median(naive),
                median(naiveSlowest));
    std::printf("  spread (Sitrep per keystroke, min..max over runs): %.2f..%.2f ms\n",
                *std::min_element(ours.begin(), ours.end()),
                *std::max_element(ours.begin(), ours.end()));
    return 0;
}
