#pragma once

#include "incident.h"
#include "timelineevent.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QMap>

namespace sitrep {

// How an incident touches the public, worst last: the words Statuspage, cState and Upptime use.
enum class PublicImpact { None, Degraded, Partial, Major };

// The public's words for impacts, instead of the team's severities.
class PublicWording
{
    Q_DECLARE_TR_FUNCTIONS(PublicWording)
public:
    // A Statuspage component status (major_outage, partial_outage, degraded_performance,
    // under_maintenance, operational), the mapping a channel's component_status edits.
    [[nodiscard]] static PublicImpact fromComponentStatus(QStringView status);
    // "Major outage", "Partial outage", "Degraded performance", "Operational".
    [[nodiscard]] static QString state(PublicImpact impact);
    // "All systems operational" or the worst impact's state.
    [[nodiscard]] static QString headline(PublicImpact worst);
    // A stable name for styles: none, degraded, partial, major.
    [[nodiscard]] static QString key(PublicImpact impact);
};

// One thing said to the public about an incident: the declaration, an update as posted, the
// resolution.
struct PublicUpdate
{
    QDateTime at;
    QString status; // the status word, as it was posted
    QString message;
    QUuid uid; // the same each time the page is drawn (feed entries keep their ids)
};

struct PublicIncident
{
    Incident incident;
    PublicImpact impact = PublicImpact::None;
    QList<PublicUpdate> updates; // oldest first
};

// One day of a component's bar.
struct ComponentDay
{
    QDate date; // UTC
    PublicImpact worst = PublicImpact::None;
    int minutes = 0;       // with any impact
    QStringList incidents; // "#12 Checkout down"
};

struct PublicComponent
{
    QString service;
    QString name; // as the public knows it
    PublicImpact now = PublicImpact::None;
    QList<ComponentDay> days; // oldest first, the last one is today
    double uptime = 1.0;      // over the days, counted as Statuspage counts it
};

// What a status page is drawn from.
struct StatusPageFacts
{
    QString title;
    // Open ones and those resolved in the last days; the rest is ignored.
    QList<Incident> incidents;
    // The status updates posted on each incident (timeline entries "status update posted").
    QHash<IncidentId, QList<TimelineEvent>> posted;
    QStringList services; // every service that ever appeared on an incident
    // The components to show (service → the public's name for it); empty: every service.
    QMap<QString, QString> components;
    // What each severity means to the public; unset severities have no public impact.
    QMap<Severity, PublicImpact> impacts;
    QDateTime now;
};

// The public's view of the incidents: what is wrong now, with every update in order, the
// state of each component over the last 90 days, and the history. Incidents without public
// impact (SEV-4 by default) are left out entirely.
class PublicStatus
{
    Q_DECLARE_TR_FUNCTIONS(PublicStatus)
public:
    static constexpr int days = 90;
    // Statuspage's rule: a major outage counts whole, a partial one 30 %, degraded performance
    // not at all.
    static constexpr double partialWeight = 0.3;

    explicit PublicStatus(const StatusPageFacts &facts);

    [[nodiscard]] const QString &title() const { return m_title; }
    [[nodiscard]] const QDateTime &now() const { return m_now; }
    [[nodiscard]] PublicImpact worst() const;
    [[nodiscard]] const QList<PublicIncident> &open() const { return m_open; } // worst first
    // Resolved within the days, newest first.
    [[nodiscard]] const QList<PublicIncident> &history() const { return m_history; }
    [[nodiscard]] const QList<PublicComponent> &components() const { return m_components; }
    // The public names of the components an incident affects.
    [[nodiscard]] QStringList componentsOf(const Incident &incident) const;

    // The posted update an entry records: "Status update (Identified): text" gives the status
    // word and the text as posted.
    [[nodiscard]] static PublicUpdate fromTimeline(const TimelineEvent &event);

private:
    [[nodiscard]] PublicIncident publicIncident(const Incident &incident,
                                                const QList<TimelineEvent> &posted) const;
    void buildComponents(const StatusPageFacts &facts);

    QString m_title;
    QDateTime m_now;
    QMap<Severity, PublicImpact> m_impacts;
    QList<PublicIncident> m_open;
    QList<PublicIncident> m_history;
    QList<PublicComponent> m_components;
};

} // namespace sitrep
