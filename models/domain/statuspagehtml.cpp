#include "statuspagehtml.h"

#include "durationtext.h"

#include <QLocale>

namespace sitrep {

namespace {

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

// A time as UTC text in a <time> element, whose machine-readable value lets the reader's
// tools show it in their own zone.
QString timeElement(const QDateTime &at)
{
    const QDateTime utc = at.toUTC();
    return QStringLiteral("<time datetime=\"%1\">%2</time>")
            .arg(utc.toString(Qt::ISODate), utc.toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")));
}

// Colours by impact; each state is also written in words, so colour never carries it alone.
const char *const styles = R"(
:root { color-scheme: light dark; --text: #111827; --muted: #4b5563; --bg: #ffffff;
  --card: #f3f4f6; --line: #d1d5db; --none: #15803d; --degraded: #a16207; --partial: #c2410c;
  --major: #b91c1c; --quiet: #86efac; }
@media (prefers-color-scheme: dark) {
  :root { --text: #f3f4f6; --muted: #9ca3af; --bg: #0f172a; --card: #1e293b; --line: #334155;
    --none: #4ade80; --degraded: #facc15; --partial: #fb923c; --major: #f87171; --quiet: #166534; }
}
body { font-family: system-ui, sans-serif; line-height: 1.45; color: var(--text);
  background: var(--bg); max-width: 1000px; margin: 0 auto; padding: 1em 1.5em; }
a { color: inherit; }
h1 { font-size: 1.7em; margin: 0.4em 0; }
h2 { font-size: 1.25em; margin: 1.8em 0 0.6em; border-bottom: 1px solid var(--line); }
h3 { font-size: 1.05em; margin: 0.2em 0; }
.headline { font-size: 1.3em; font-weight: bold; padding: 0.8em 1em; border-radius: 8px;
  background: var(--card); border-left: 10px solid var(--none); }
.none { --tone: var(--none); } .degraded { --tone: var(--degraded); }
.partial { --tone: var(--partial); } .major { --tone: var(--major); }
.headline { border-left-color: var(--tone); }
.state { font-weight: bold; color: var(--tone); }
.components { list-style: none; padding: 0; display: grid; grid-template-columns: 1fr 1fr;
  gap: 1em 2em; }
.component header { display: flex; justify-content: space-between; gap: 1em; }
.bar { list-style: none; padding: 0; margin: 0.4em 0 0.2em; display: flex; gap: 1px;
  height: 2em; }
.bar li { flex: 1; border-radius: 2px; background: var(--tone); }
.bar li.none { background: var(--quiet); }
.uptime, .when, .where, footer { color: var(--muted); font-size: 0.9em; margin: 0.2em 0; }
.incident { background: var(--card); border-radius: 8px; padding: 0.6em 1em; margin: 0.8em 0;
  border-left: 6px solid var(--tone); }
.updates { list-style: none; padding: 0; margin: 0.4em 0; }
.updates li { border-top: 1px solid var(--line); padding: 0.4em 0; }
.message { white-space: pre-line; margin: 0.1em 0; }
details summary { cursor: pointer; }
.sr { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0);
  white-space: nowrap; }
footer { margin-top: 3em; border-top: 1px solid var(--line); padding-top: 0.6em; }
@media (max-width: 600px) {
  body { padding: 0.6em 0.8em; }
  .components { grid-template-columns: 1fr; }
  h1 { font-size: 1.4em; }
}
)";

QString page(const QString &title, const QString &body, const QString &base)
{
    return QStringLiteral("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                          "lang=\"%1\">\n<head>\n<meta charset=\"utf-8\"/>\n"
                          "<meta name=\"viewport\" content=\"width=device-width, "
                          "initial-scale=1\"/>\n<title>%2</title>\n"
                          "<link rel=\"alternate\" type=\"application/atom+xml\" "
                          "href=\"%3feed.atom\"/>\n<style>%4</style>\n</head>\n<body>\n%5"
                          "</body>\n</html>\n")
            .arg(QLocale().bcp47Name(), escaped(title), base, QString::fromUtf8(styles), body);
}

QString footer(const PublicStatus &status, const QString &base)
{
    return QStringLiteral("<footer><p>%1 · <a href=\"%2feed.atom\">%3</a></p></footer>\n")
            .arg(StatusPageHtml::tr("Updated %1").arg(timeElement(status.now())), base,
                 escaped(StatusPageHtml::tr("Subscribe to the Atom feed")));
}

QString updateList(const PublicIncident &item)
{
    QString items;
    // Newest first, as status pages show them.
    for (auto update = item.updates.crbegin(); update != item.updates.crend(); ++update)
        items += QStringLiteral("<li><p class=\"message\"><strong>%1</strong> — %2</p>"
                                "<p class=\"when\">%3</p></li>\n")
                         .arg(escaped(update->status), escaped(update->message),
                              timeElement(update->at));
    return QStringLiteral("<ol class=\"updates\">\n%1</ol>\n").arg(items);
}

// The impact in words and the components it touches.
QString whereLine(const PublicStatus &status, const PublicIncident &item)
{
    const QStringList components = status.componentsOf(item.incident);
    QString line = QStringLiteral("<span class=\"state\">%1</span>")
                           .arg(escaped(PublicWording::state(item.impact)));
    if (!components.isEmpty())
        line += escaped(
                StatusPageHtml::tr(" · Affects %1").arg(components.join(QStringLiteral(", "))));
    if (!item.incident.isOpen())
        line += escaped(
                StatusPageHtml::tr(" · Resolved after %1")
                        .arg(durationText(std::chrono::seconds(
                                item.incident.startedAt.secsTo(item.incident.resolvedAt)))));
    return QStringLiteral("<p class=\"where %1\">%2</p>\n")
            .arg(PublicWording::key(item.impact), line);
}

QString openIncident(const PublicStatus &status, const PublicIncident &item)
{
    return QStringLiteral("<article class=\"incident %1\">\n<h3><a href=\"%2\">%3</a></h3>\n%4%5"
                          "</article>\n")
            .arg(PublicWording::key(item.impact), StatusPageHtml::incidentPath(item.incident),
                 escaped(item.incident.title), whereLine(status, item), updateList(item));
}

QString pastIncident(const PublicStatus &status, const PublicIncident &item)
{
    return QStringLiteral("<details class=\"incident %1\">\n<summary><a href=\"%2\">%3</a> — "
                          "%4</summary>\n%5%6</details>\n")
            .arg(PublicWording::key(item.impact), StatusPageHtml::incidentPath(item.incident),
                 escaped(item.incident.title), escaped(PublicWording::state(item.impact)),
                 whereLine(status, item), updateList(item));
}

QString dayTitle(const ComponentDay &day)
{
    const QString date = day.date.toString(Qt::ISODate);
    if (day.worst == PublicImpact::None && day.incidents.isEmpty())
        return StatusPageHtml::tr("%1: no incidents").arg(date);
    return StatusPageHtml::tr("%1: %2, %n minute(s) of impact — %3", nullptr, day.minutes)
            .arg(date, PublicWording::state(day.worst), day.incidents.join(QStringLiteral("; ")));
}

QString componentItem(const PublicComponent &component)
{
    QString cells;
    QStringList impacted;
    for (const ComponentDay &day : component.days) {
        cells += QStringLiteral("<li class=\"%1\" title=\"%2\"></li>")
                         .arg(PublicWording::key(day.worst), escaped(dayTitle(day)));
        if (day.worst != PublicImpact::None)
            impacted << dayTitle(day);
    }
    const QString summary = impacted.isEmpty()
            ? StatusPageHtml::tr("No impact in the last %n day(s).", nullptr, PublicStatus::days)
            : StatusPageHtml::tr("Days with impact: %1").arg(impacted.join(QStringLiteral("; ")));
    return QStringLiteral("<li class=\"component %1\">\n<header><h3>%2</h3><span "
                          "class=\"state\">%3</span></header>\n"
                          "<ol class=\"bar\" role=\"img\" aria-label=\"%4\">%5</ol>\n"
                          "<p class=\"uptime\">%6</p>\n</li>\n")
            .arg(PublicWording::key(component.now), escaped(component.name),
                 escaped(PublicWording::state(component.now)), escaped(summary), cells,
                 escaped(StatusPageHtml::tr("%1 % uptime over the last %n day(s)", nullptr,
                                            PublicStatus::days)
                                 .arg(QLocale().toString(component.uptime * 100, 'f', 2))));
}

QString history(const PublicStatus &status)
{
    if (status.history().isEmpty())
        return QStringLiteral("<p>%1</p>\n")
                .arg(escaped(StatusPageHtml::tr("No incidents in the last %n day(s).", nullptr,
                                                PublicStatus::days)));
    QString days;
    QDate day;
    for (const PublicIncident &item : status.history()) {
        const QDate started = item.incident.startedAt.toUTC().date();
        if (started != day) {
            day = started;
            days += QStringLiteral("<h3>%1</h3>\n")
                            .arg(escaped(QLocale().toString(day, QLocale::LongFormat)));
        }
        days += pastIncident(status, item);
    }
    return days;
}

} // namespace

QString StatusPageHtml::incidentPath(const Incident &incident)
{
    return QStringLiteral("incidents/%1.html").arg(incident.reference());
}

QByteArray StatusPageHtml::index(const PublicStatus &status)
{
    QString components;
    for (const PublicComponent &component : status.components())
        components += componentItem(component);
    QString open;
    for (const PublicIncident &item : status.open())
        open += openIncident(status, item);
    if (open.isEmpty())
        open = QStringLiteral("<p>%1</p>\n").arg(escaped(tr("No incidents right now.")));
    const QString body
            = QStringLiteral("<header>\n<h1>%1</h1>\n<p class=\"headline %2\" role=\"status\">%3"
                             "</p>\n</header>\n<main>\n"
                             "<section aria-labelledby=\"components\">\n<h2 "
                             "id=\"components\">%4</h2>\n<ul class=\"components\">\n%5</ul>\n"
                             "</section>\n<section aria-labelledby=\"current\">\n<h2 "
                             "id=\"current\">%6</h2>\n%7</section>\n"
                             "<section aria-labelledby=\"past\">\n<h2 id=\"past\">%8</h2>\n%9"
                             "</section>\n</main>\n")
                      .arg(escaped(status.title()), PublicWording::key(status.worst()),
                           escaped(PublicWording::headline(status.worst())),
                           escaped(tr("Components")), components, escaped(tr("Current incidents")),
                           open, escaped(tr("Past incidents")), history(status))
            + footer(status, {});
    return page(status.title(), body, {}).toUtf8();
}

QByteArray StatusPageHtml::incidentPage(const PublicStatus &status, const PublicIncident &item)
{
    const QString back = QStringLiteral("../");
    const QString body
            = QStringLiteral("<nav><p><a href=\"../index.html\">%1</a></p></nav>\n"
                             "<main>\n<article class=\"%2\">\n<h1>%3</h1>\n%4"
                             "<h2>%5</h2>\n%6</article>\n</main>\n")
                      .arg(escaped(tr("← %1").arg(status.title())), PublicWording::key(item.impact),
                           escaped(item.incident.title), whereLine(status, item),
                           escaped(tr("Updates")), updateList(item))
            + footer(status, back);
    return page(item.incident.title + QStringLiteral(" — ") + status.title(), body, back).toUtf8();
}

QList<StatusFile> StatusPageHtml::site(const PublicStatus &status, IncidentId onlyIncident)
{
    QList<StatusFile> files;
    const QByteArray html = "text/html; charset=utf-8";
    for (const QList<PublicIncident> *list : {&status.open(), &status.history()})
        for (const PublicIncident &item : *list)
            if (onlyIncident == 0 || item.incident.id == onlyIncident)
                files << StatusFile {incidentPath(item.incident), html, incidentPage(status, item)};
    files << StatusFile {QStringLiteral("feed.atom"), "application/atom+xml; charset=utf-8",
                         StatusFeed::atom(status)};
    files << StatusFile {QStringLiteral("index.html"), html, index(status)};
    return files;
}

} // namespace sitrep
