#pragma once

#include "domain/clock.h"
#include "domain/timelineevent.h"
#include "storage/postmortemstore.h"

#include <QObject>

namespace sitrep {

class Database;
class IncidentService;
class TimelineService;

// The postmortem lifecycle: resolving an incident opens its postmortem, pre-filled from the
// incident and its key timeline events, with the review two days later (the seed's default)
// for the responders and the leads. Complete is refused until the template's rules hold.
class PostmortemService : public QObject
{
    Q_OBJECT
public:
    static constexpr int reviewDaysAfter = 2;

    PostmortemService(Database &database, IncidentService &incidents, TimelineService &timeline,
                      const Clock &clock, QObject *parent = nullptr);

    // Who is invited to every review besides the responders.
    void setLeads(const QStringList &leads) { m_leads = leads; }
    [[nodiscard]] PostmortemStore &store() { return m_store; }

    // The incident's postmortem, opened now if it has none (for a resolved incident).
    [[nodiscard]] Result<StoredPostmortem> open(IncidentId incident);
    // Saves the postmortem; Complete only when nothing the rules need is missing.
    [[nodiscard]] Result<void> save(const Postmortem &postmortem);
    // Imports a Markdown postmortem into the incident's; the lines it could not place.
    [[nodiscard]] Result<QStringList> importMarkdown(IncidentId incident, const QString &markdown);

    // A draft from the incident: title, date, severity, duration, impact, services, the key
    // timeline events, root cause and resolution.
    [[nodiscard]] static Postmortem draftFrom(const Incident &incident,
                                              const QList<TimelineEvent> &timeline);

Q_SIGNALS:
    void postmortemOpened(sitrep::IncidentId incident);

private:
    void onIncidentChanged(const Incident &incident);

    IncidentService &m_incidents;
    TimelineService &m_timeline;
    const Clock &m_clock;
    PostmortemStore m_store;
    QStringList m_leads {QStringLiteral("engineering-leads@example.com")};
};

} // namespace sitrep
