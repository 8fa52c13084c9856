#include "statuspagehtml.h"

#include "durationtext.h"

#include <algorithm>

namespace sitrep {

namespace {

QString utc(const QDateTime &at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'"));
}

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

QString severityColour(Severity severity)
{
    switch (severity) {
    case Severity::Sev1:
        return QStringLiteral("#b91c1c");
    case Severity::Sev2:
        return QStringLiteral("#c2410c");
    case Severity::Sev3:
        return QStringLiteral("#a16207");
    case Severity::Sev4:
        return QStringLiteral("#4b5563");
    }
    return QStringLiteral("#4b5563");
}

QString card(const Incident &incident)
{
    const QString services = incident.services.isEmpty()
            ? QString()
            : QStringLiteral("<p class=\"services\">%1</p>")
                      .arg(escaped(StatusPageHtml::tr("Affects: %1")
                                           .arg(incident.services.join(QStringLiteral(", ")))));
    QString when;
    if (incident.isOpen())
        when = StatusPageHtml::tr("%1 since %2")
                       .arg(statusDisplayName(incident.status), utc(incident.startedAt));
    else
        when = StatusPageHtml::tr("Resolved %1 after %2")
                       .arg(utc(incident.resolvedAt),
                            durationText(std::chrono::seconds(
                                    incident.startedAt.secsTo(incident.resolvedAt))));
    return QStringLiteral("<div class=\"incident\"><h3><span class=\"badge\" style=\"background: "
                          "%1\">%2</span> %3</h3><p class=\"when\">%4</p>%5</div>\n")
            .arg(severityColour(incident.severity), severityCode(incident.severity),
                 escaped(incident.title), escaped(when), services);
}

} // namespace

QByteArray StatusPageHtml::render(const QString &title, const QList<Incident> &incidents,
                                  const QDateTime &now)
{
    QList<Incident> open;
    QList<Incident> recent;
    const QDateTime since = now.addDays(-historyDays);
    for (const Incident &incident : incidents) {
        if (incident.isOpen())
            open << incident;
        else if (incident.resolvedAt >= since)
            recent << incident;
    }
    std::sort(open.begin(), open.end(), [](const Incident &a, const Incident &b) {
        return std::pair(int(a.severity), a.startedAt) < std::pair(int(b.severity), b.startedAt);
    });
    std::sort(recent.begin(), recent.end(),
              [](const Incident &a, const Incident &b) { return a.resolvedAt > b.resolvedAt; });

    QString current;
    if (open.isEmpty())
        current = QStringLiteral("<p class=\"allgood\">%1</p>\n")
                          .arg(escaped(tr("All systems operational.")));
    for (const Incident &incident : std::as_const(open))
        current += card(incident);
    QString history;
    if (recent.isEmpty())
        history = QStringLiteral("<p>%1</p>\n")
                          .arg(escaped(tr("No incidents in the last %1 days.").arg(historyDays)));
    for (const Incident &incident : std::as_const(recent))
        history += card(incident);

    const QString page
            = QStringLiteral(
                      "<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" "
                      "lang=\"en\">\n<head>\n"
                      "<meta charset=\"utf-8\"/>\n<meta name=\"viewport\" "
                      "content=\"width=device-width, "
                      "initial-scale=1\"/>\n<title>%1</title>\n<style>\n"
                      "body { font-family: sans-serif; max-width: 760px; margin: 2em auto; "
                      "padding: 0 1em; "
                      "color: #111827; background: #ffffff; }\n"
                      "h1 { font-size: 1.6em; } h2 { font-size: 1.2em; margin-top: 2em; }\n"
                      ".incident { border: 1px solid #d1d5db; border-radius: 6px; padding: 0.6em "
                      "1em; "
                      "margin: 0.6em 0; }\n.incident h3 { margin: 0.2em 0; font-size: 1.05em; }\n"
                      ".badge { color: #ffffff; border-radius: 4px; padding: 0.1em 0.4em; "
                      "font-size: 0.85em; "
                      "}\n.when, .services { margin: 0.2em 0; color: #374151; }\n"
                      ".allgood { background: #dcfce7; color: #14532d; padding: 0.8em 1em; "
                      "border-radius: "
                      "6px; }\nfooter { margin-top: 3em; color: #6b7280; font-size: 0.85em; }\n"
                      "</style>\n</head>\n<body>\n<h1>%1</h1>\n<h2>%2</h2>\n%3<h2>%4</h2>\n%5"
                      "<footer>%6</footer>\n</body>\n</html>\n")
                      .arg(escaped(title), escaped(tr("Current status")), current,
                           escaped(tr("Past %1 days").arg(historyDays)), history,
                           escaped(tr("Updated %1").arg(utc(now))));
    return page.toUtf8();
}

} // namespace sitrep
