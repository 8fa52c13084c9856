#pragma once

#include "domain/clock.h"
#include "domain/escalation.h"
#include "domain/result.h"

#include <functional>
#include <optional>

#include <QObject>
#include <QSet>
#include <QTimer>

namespace sitrep {

class Database;
class IncidentService;
class OnCallService;

// An incident's acknowledge and respond expectations, met or breached.
struct ExpectationCheck
{
    qint64 acknowledgeDueMs = 0;
    qint64 acknowledgedMs = 0; // 0: not yet
    bool acknowledgeBreached = false;
    qint64 respondDueMs = 0;
    qint64 respondedMs = 0; // the first entry written by a person or status update; 0: none
    bool respondBreached = false;
};

// Sitrep's own escalation, running wherever Sitrep runs (the console, `sitrepctl watch`): a
// declared incident pages level 1 of its schedule's policy through the outbox at once, and each
// level that is not acknowledged within its timeout pages the next. Acknowledging stops it and
// records the time (MTTA); resolving stops it too. Every page, level passed on and end is a
// timeline entry, written with its outbox messages in one transaction.
class EscalationService : public QObject
{
    Q_OBJECT
public:
    EscalationService(Database &database, IncidentService &incidents, OnCallService &oncall,
                      const Clock &clock, QObject *parent = nullptr);

    // Checks for due pages every few seconds.
    void start();
    // Pages whatever fell due by now (also what fell due while nothing ran).
    void tick();
    [[nodiscard]] Result<std::optional<Escalation>> escalation(IncidentId incident);
    [[nodiscard]] Result<ExpectationCheck> expectations(const Escalation &escalation);
    // The schedule whose escalation pages for the incident: the first naming one of its
    // services, else the first naming none.
    [[nodiscard]] std::optional<QString> scheduleFor(const QStringList &services) const;
    [[nodiscard]] const QString &lastProblem() const { return m_problem; }
    // Team mode: every console follows every fresh escalation, so one that dies is carried on
    // by the others; each step's page, the exhaustion and each breach are claimed team-wide
    // first (key "INCIDENT-UID/page/STEP"), and only the console that wins pages or writes.
    // `done` gets whether this console won, or nothing when the server could not be asked: then
    // it pages anyway (at least once while partitioned). Empty: solo mode.
    using Claim = std::function<void(const QString &key,
                                     std::function<void(std::optional<bool> won)> done)>;
    void setTeamClaims(Claim claim) { m_claim = std::move(claim); }

Q_SIGNALS:
    void escalationChanged(sitrep::IncidentId incident);
    // Messages were queued: the outbox should look.
    void queued();
    // A person was paged for the incident (after the page is stored and queued).
    void paged(sitrep::IncidentId incident, const QString &person);

private:
    void begin(const Incident &incident);
    void follow(const Incident &incident);
    void stopAcknowledged(const Incident &incident, const QString &author);
    Result<void> page(const Escalation &escalation, const QList<EscalationPage> &pages);
    // Writes a timeline entry once an expectation's deadline passed unmet, so the console
    // shows the breach where the incident's story is told.
    void markBreaches(const Escalation &escalation, qint64 nowMs);
    Result<void> end(const Escalation &escalation, Escalation::State state, qint64 atMs,
                     const QString &by, const QString &text);
    void report(const QString &problem);
    // Runs `act` with true where this console is the one to do `what` for the incident (solo:
    // always; team: once its claim is answered; a claim already asked is not asked again).
    void once(IncidentId incident, const QString &what, std::function<void(bool won)> act);
    // One step's page after its claim: sent when won, recorded as done elsewhere when lost.
    void pageClaimed(IncidentId incident, const EscalationPage &page, bool won);

    Database &m_database;
    IncidentService &m_incidents;
    OnCallService &m_oncall;
    const Clock &m_clock;
    QTimer m_timer;
    QString m_problem;
    QSet<QString> m_breachesMarked;  // "incident/acknowledge", "incident/respond"
    QSet<IncidentId> m_breachesRead; // incidents whose earlier breach entries were read
    Claim m_claim;
    QSet<QString> m_claiming; // claims asked and not answered yet
    // Incidents with nothing left to breach (both marked, or acknowledged and responded to):
    // their incident and timeline are not read again on every tick.
    QSet<IncidentId> m_breachesSettled;
};

} // namespace sitrep
