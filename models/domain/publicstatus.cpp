#include "publicstatus.h"

#include "announcement.h"
#include "uuidv7.h"

#include <algorithm>
#include <vector>

#include <QRegularExpression>

namespace sitrep {

PublicImpact PublicWording::fromComponentStatus(QStringView status)
{
    if (status == u"major_outage")
        return PublicImpact::Major;
    if (status == u"partial_outage")
        return PublicImpact::Partial;
    if (status == u"degraded_performance" || status == u"under_maintenance")
        return PublicImpact::Degraded;
    return PublicImpact::None;
}

QString PublicWording::state(PublicImpact impact)
{
    switch (impact) {
    case PublicImpact::Major:
        return tr("Major outage");
    case PublicImpact::Partial:
        return tr("Partial outage");
    case PublicImpact::Degraded:
        return tr("Degraded performance");
    case PublicImpact::None:
        break;
    }
    return tr("Operational");
}

QString PublicWording::headline(PublicImpact worst)
{
    return worst == PublicImpact::None ? tr("All systems operational") : state(worst);
}

QString PublicWording::key(PublicImpact impact)
{
    static const char *keys[] = {"none", "degraded", "partial", "major"};
    return QString::fromLatin1(keys[int(impact)]);
}

namespace {

// A stable uid for what the page derives from an incident (its declaration, its resolution).
QUuid derivedUid(const Incident &incident, const char *what)
{
    const QByteArray of = incident.uid.isNull() ? incident.label().toUtf8()
                                                : incident.uid.toByteArray(QUuid::WithoutBraces);
    return UuidV7::derived("status-page/" + of + '/' + what);
}

// The minute of the window a time falls in (negative before it), rounded down or up.
qint64 minuteOf(const QDateTime &windowStart, const QDateTime &at, bool roundUp)
{
    const qint64 seconds = windowStart.secsTo(at);
    const qint64 minute = seconds >= 0 ? seconds / 60 : -((-seconds + 59) / 60);
    return roundUp && seconds % 60 != 0 ? minute + 1 : minute;
}

} // namespace

PublicUpdate PublicStatus::fromTimeline(const TimelineEvent &event)
{
    // The service writes "<words> (<status>): <text>"; the status word is kept as written, in
    // whatever language the console that posted it spoke.
    static const QRegularExpression posted(QStringLiteral("^[^(]*\\(([^)]*)\\): (.*)$"),
                                           QRegularExpression::DotMatchesEverythingOption);
    const QRegularExpressionMatch match = posted.match(event.text);
    if (!match.hasMatch())
        return {event.at, {}, event.text.trimmed(), event.uid};
    return {event.at, match.captured(1), match.captured(2).trimmed(), event.uid};
}

PublicStatus::PublicStatus(const StatusPageFacts &facts)
    : m_title(facts.title), m_now(facts.now.toUTC()), m_impacts(facts.impacts)
{
    const QDateTime since = m_now.addDays(-days);
    for (const Incident &incident : facts.incidents) {
        if (m_impacts.value(incident.severity, PublicImpact::None) == PublicImpact::None)
            continue;
        if (incident.isOpen())
            m_open << publicIncident(incident, facts.posted.value(incident.id));
        else if (incident.resolvedAt >= since)
            m_history << publicIncident(incident, facts.posted.value(incident.id));
    }
    std::sort(m_open.begin(), m_open.end(), [](const PublicIncident &a, const PublicIncident &b) {
        return std::pair(-int(a.impact), a.incident.startedAt)
                < std::pair(-int(b.impact), b.incident.startedAt);
    });
    std::sort(m_history.begin(), m_history.end(),
              [](const PublicIncident &a, const PublicIncident &b) {
                  return a.incident.startedAt > b.incident.startedAt;
              });
    buildComponents(facts);
}

PublicImpact PublicStatus::worst() const
{
    return m_open.isEmpty() ? PublicImpact::None : m_open.first().impact;
}

QStringList PublicStatus::componentsOf(const Incident &incident) const
{
    QStringList names;
    for (const QString &service : incident.services) {
        const auto component = std::find_if(
                m_components.cbegin(), m_components.cend(),
                [&](const PublicComponent &known) { return known.service == service; });
        if (component != m_components.cend())
            names << component->name;
    }
    return names;
}

PublicIncident PublicStatus::publicIncident(const Incident &incident,
                                            const QList<TimelineEvent> &posted) const
{
    PublicIncident made {incident, m_impacts.value(incident.severity), {}};
    made.updates << PublicUpdate {
            incident.startedAt, statusDisplayName(IncidentStatus::Investigating),
            AnnouncementText::publicDeclaration(incident), derivedUid(incident, "declared")};
    for (const TimelineEvent &event : posted)
        if (!event.isDeleted())
            made.updates << fromTimeline(event);
    if (!incident.isOpen())
        made.updates << PublicUpdate {
                incident.resolvedAt, statusDisplayName(IncidentStatus::Resolved),
                AnnouncementText::publicResolution(incident), derivedUid(incident, "resolved")};
    std::stable_sort(made.updates.begin(), made.updates.end(),
                     [](const PublicUpdate &a, const PublicUpdate &b) { return a.at < b.at; });
    return made;
}

void PublicStatus::buildComponents(const StatusPageFacts &facts)
{
    QMap<QString, QString> shown = facts.components;
    if (shown.isEmpty())
        for (const QString &service : facts.services)
            shown.insert(service, service);
    // One cell per minute of the window: exact minutes of impact without merging intervals.
    const QDate firstDay = m_now.date().addDays(1 - days);
    const QDateTime windowStart(firstDay, QTime(0, 0), Qt::UTC);
    const qint64 windowMinutes = std::max<qint64>(1, minuteOf(windowStart, m_now, true));
    for (auto service = shown.cbegin(); service != shown.cend(); ++service) {
        PublicComponent component {service.key(), service.value(), PublicImpact::None, {}, 1.0};
        std::vector<quint8> minutes(static_cast<size_t>(windowMinutes), quint8(PublicImpact::None));
        QList<QStringList> named(days);
        for (const QList<PublicIncident> *list : {&m_open, &m_history}) {
            for (const PublicIncident &item : *list) {
                if (!item.incident.services.contains(service.key()))
                    continue;
                if (item.incident.isOpen())
                    component.now = std::max(component.now, item.impact);
                const QDateTime end = item.incident.isOpen() ? m_now : item.incident.resolvedAt;
                const qint64 from = std::max<qint64>(
                        0, minuteOf(windowStart, item.incident.startedAt, false));
                const qint64 to = std::min(windowMinutes, minuteOf(windowStart, end, true));
                for (qint64 minute = from; minute < to; ++minute)
                    minutes[size_t(minute)]
                            = std::max(minutes[size_t(minute)], quint8(item.impact));
                const QString label = item.incident.label() + u' ' + item.incident.title;
                for (qint64 day = from / 1440; day < days && day * 1440 < to; ++day)
                    named[day] << label;
            }
        }
        double down = 0;
        for (int day = 0; day < days; ++day) {
            ComponentDay cell {firstDay.addDays(day), PublicImpact::None, 0, named.at(day)};
            const qint64 end = std::min<qint64>(windowMinutes, (day + 1) * 1440LL);
            for (qint64 minute = day * 1440LL; minute < end; ++minute) {
                const auto impact = PublicImpact(minutes[size_t(minute)]);
                cell.worst = std::max(cell.worst, impact);
                cell.minutes += impact != PublicImpact::None;
                down += impact == PublicImpact::Major     ? 1.0
                        : impact == PublicImpact::Partial ? partialWeight
                                                          : 0.0;
            }
            component.days << cell;
        }
        component.uptime = 1.0 - down / double(windowMinutes);
        m_components << component;
    }
}

} // namespace sitrep
