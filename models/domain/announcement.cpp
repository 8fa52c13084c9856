#include "announcement.h"

#include "durationtext.h"

namespace sitrep {

namespace {

QString utc(const QDateTime &at)
{
    return at.isValid() ? at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm 'UTC'")) : QString();
}

} // namespace

QString announcementKindKey(Announcement::Kind kind)
{
    switch (kind) {
    case Announcement::Kind::Declared:
        return QStringLiteral("declared");
    case Announcement::Kind::Update:
        return QStringLiteral("update");
    case Announcement::Kind::Resolved:
        return QStringLiteral("resolved");
    case Announcement::Kind::Acknowledged:
        return QStringLiteral("acknowledged");
    case Announcement::Kind::Page:
        return QStringLiteral("page");
    }
    return {};
}

std::optional<Announcement::Kind> parseAnnouncementKind(QStringView key)
{
    for (const auto kind :
         {Announcement::Kind::Declared, Announcement::Kind::Update, Announcement::Kind::Resolved,
          Announcement::Kind::Acknowledged, Announcement::Kind::Page})
        if (key == announcementKindKey(kind))
            return kind;
    return std::nullopt;
}

QList<Severity> AnnouncementRouting::defaults(Channel::Role role, Announcement::Kind kind)
{
    const QList<Severity> all(allSeverities.begin(), allSeverities.end());
    switch (role) {
    case Channel::Role::StatusPage:
        return all;
    case Channel::Role::Chat:
        return kind == Announcement::Kind::Update ? QList {Severity::Sev1, Severity::Sev2} : all;
    case Channel::Role::ExecutiveEmail:
        return kind == Announcement::Kind::Declared ? QList<Severity>() : QList {Severity::Sev1};
    case Channel::Role::Paging:
    case Channel::Role::Other:
        return {};
    }
    return {};
}

bool AnnouncementRouting::routes(const Channel &channel, const Announcement &announcement)
{
    const bool severityHeard
            = !channel.severities || channel.severities->contains(announcement.incident.severity);
    switch (announcement.kind) {
    case Announcement::Kind::Page: // Sitrep's own escalation
        return channel.role == Channel::Role::Paging && !channel.isPagingProvider()
                && severityHeard;
    case Announcement::Kind::Acknowledged: // GoAlert's generic API has none
        return channel.kind == Channel::Kind::PagerDuty && severityHeard;
    case Announcement::Kind::Declared:
    case Announcement::Kind::Resolved:
        if (channel.isPagingProvider())
            return severityHeard;
        break;
    case Announcement::Kind::Update:
        if (channel.isPagingProvider())
            return false;
        break;
    }
    const QList<Severity> hears
            = channel.severities ? *channel.severities : defaults(channel.role, announcement.kind);
    return hears.contains(announcement.incident.severity);
}

QString AnnouncementText::headline(const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    switch (announcement.kind) {
    case Announcement::Kind::Declared:
        return QStringLiteral("🚨 %1: %2").arg(severityCode(incident.severity), incident.title);
    case Announcement::Kind::Update:
        return tr("Update on %1:\n%2").arg(incident.title, announcement.message);
    case Announcement::Kind::Resolved: {
        const qint64 seconds = incident.startedAt.secsTo(
                incident.resolvedAt.isValid() ? incident.resolvedAt : announcement.at);
        return tr("✅ Resolved: %1\n\nDuration: %2\nResolution: %3")
                .arg(incident.title,
                     durationText(std::chrono::seconds(std::max<qint64>(0, seconds))),
                     incident.resolution);
    }
    case Announcement::Kind::Acknowledged:
        return tr("👀 Acknowledged by %1: %2 %3")
                .arg(announcement.person, severityCode(incident.severity), incident.title);
    case Announcement::Kind::Page:
        return tr("📟 Page for %1: %2 %3\n%4")
                .arg(announcement.person, severityCode(incident.severity), incident.title,
                     announcement.message);
    }
    return {};
}

QList<std::pair<QString, QString>> AnnouncementText::fields(const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    QList<std::pair<QString, QString>> fields {
            {tr("Incident"), incident.label()},
            {tr("Severity"), severityCode(incident.severity)},
            {tr("Status"),
             statusDisplayName(announcement.kind == Announcement::Kind::Update ? announcement.status
                                                                               : incident.status)},
            {tr("Started"), utc(incident.startedAt)},
    };
    if (!incident.services.isEmpty())
        fields.append({tr("Services"), incident.services.join(QStringLiteral(", "))});
    if (!incident.commander.isEmpty())
        fields.append({tr("Commander"), incident.commander});
    if (!incident.impact.isEmpty())
        fields.append({tr("Impact"), incident.impact});
    if (announcement.nextUpdateDue.isValid() && announcement.kind != Announcement::Kind::Resolved)
        fields.append({tr("Next update"), utc(announcement.nextUpdateDue)});
    return fields;
}

QString AnnouncementText::publicDeclaration(const Incident &incident)
{
    if (!incident.impact.isEmpty())
        return incident.impact;
    return tr("We are investigating problems with %1.")
            .arg(incident.services.isEmpty() ? incident.title
                                             : incident.services.join(QStringLiteral(", ")));
}

QString AnnouncementText::publicResolution(const Incident &incident)
{
    return tr("This incident has been resolved. %1").arg(incident.resolution).trimmed();
}

QString AnnouncementText::plainText(const Announcement &announcement)
{
    QStringList lines {headline(announcement), QString()};
    for (const auto &[label, value] : fields(announcement))
        lines << QStringLiteral("%1: %2").arg(label, value);
    return lines.join(u'\n');
}

AnnouncementText::EmailText AnnouncementText::email(const Announcement &announcement)
{
    const Incident &incident = announcement.incident;
    const bool resolved = announcement.kind == Announcement::Kind::Resolved;
    const QString severity = severityCode(incident.severity);
    EmailText mail;
    mail.subject = resolved ? tr("%1 Resolved: %2").arg(severity, incident.title)
                            : tr("%1 Update: %2").arg(severity, incident.title);
    const QDateTime end = incident.resolvedAt.isValid() ? incident.resolvedAt : announcement.at;
    const QString duration = durationText(
            std::chrono::seconds(std::max<qint64>(0, incident.startedAt.secsTo(end))));
    const QString status = statusDisplayName(announcement.kind == Announcement::Kind::Update
                                                     ? announcement.status
                                                     : incident.status);
    const QString current = resolved         ? incident.resolution
            : announcement.message.isEmpty() ? headline(announcement)
                                             : announcement.message;
    const QString next = announcement.nextUpdateDue.isValid() ? utc(announcement.nextUpdateDue)
                                                              : tr("none (resolved)");
    const QString services = incident.services.isEmpty()
            ? tr("none recorded")
            : incident.services.join(QStringLiteral(", "));
    // The seed's formatIncidentEmail, line for line.
    mail.text = tr("Incident: %1\nSeverity: %2\nStatus: %3\nStarted: %4\nDuration: %5\n\n"
                   "Current Status:\n%6\n\nImpact:\n- Affected Users: %7\n- Services "
                   "Impacted: %8\n\nNext Update: %9\n")
                        .arg(incident.title, severity, status, utc(incident.startedAt), duration,
                             current, QString::number(incident.affectedUsers), services, next);
    const auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><th align=\"left\">%1</th><td>%2</td></tr>")
                .arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    mail.html = QStringLiteral("<html><body><h2>%1</h2><table>%2%3%4%5%6</table>"
                               "<h3>%7</h3><p>%8</p><h3>%9</h3><ul><li>%10</li><li>%11</li>"
                               "</ul><p><b>%12</b> %13</p></body></html>")
                        .arg(mail.subject.toHtmlEscaped(), row(tr("Incident"), incident.title),
                             row(tr("Severity"), severity), row(tr("Status"), status),
                             row(tr("Started"), utc(incident.startedAt)),
                             row(tr("Duration"), duration), tr("Current Status").toHtmlEscaped(),
                             current.toHtmlEscaped().replace(u'\n', QStringLiteral("<br>")),
                             tr("Impact").toHtmlEscaped())
                        .arg(tr("Affected Users: %1").arg(incident.affectedUsers).toHtmlEscaped(),
                             tr("Services Impacted: %1").arg(services).toHtmlEscaped(),
                             tr("Next Update:").toHtmlEscaped(), next.toHtmlEscaped());
    return mail;
}

Announcement AnnouncementText::sample(const QDateTime &at)
{
    Announcement sample;
    sample.kind = Announcement::Kind::Update;
    sample.incident.id = 0;
    sample.incident.title = tr("Sitrep test message");
    sample.incident.severity = Severity::Sev4;
    sample.incident.startedAt = at;
    sample.status = IncidentStatus::Monitoring;
    sample.message = tr("This channel is set up: Sitrep can post here.");
    sample.at = at;
    return sample;
}

QStringList UpdateTemplates::forStatus(IncidentStatus status)
{
    switch (status) {
    case IncidentStatus::Investigating:
        return {tr("We are investigating reports of problems with %1. Next update by %2."),
                tr("We are seeing elevated errors on %1 and are working to find the cause. Next "
                   "update by %2.")};
    case IncidentStatus::Identified:
        return {tr("We have identified the cause of the problems with %1 and are working on a "
                   "fix. Next update by %2.")};
    case IncidentStatus::Monitoring:
        return {tr("A fix for %1 has been applied and we are monitoring the results. Next "
                   "update by %2.")};
    case IncidentStatus::Resolved:
        return {tr("The problems with %1 have been resolved. Thank you for your patience.")};
    }
    return {};
}

} // namespace sitrep
