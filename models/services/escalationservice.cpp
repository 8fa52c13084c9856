#include "escalationservice.h"

#include "announcements.h"
#include "declaration.h"
#include "domain/durationtext.h"
#include "incidentservice.h"
#include "oncallservice.h"
#include "storage/database.h"
#include "storage/escalationstore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"

#include <QLoggingCategory>
#include <QPointer>

namespace sitrep {

namespace {

// How fresh another console's declaration must be for this one to follow its escalation: a
// console catching up on old incidents pages nobody.
constexpr qint64 followForSeconds = 10 * 60;

Q_LOGGING_CATEGORY(escalationLog, "sitrep.escalation")

QDateTime utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

} // namespace

EscalationService::EscalationService(Database &database, IncidentService &incidents,
                                     OnCallService &oncall, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_incidents(incidents),
      m_oncall(oncall),
      m_clock(clock)
{
    connect(&m_incidents, &IncidentService::incidentDeclared, this, &EscalationService::begin);
    connect(&m_incidents, &IncidentService::incidentChanged, this, &EscalationService::follow);
    connect(&m_incidents, &IncidentService::incidentAcknowledged, this,
            &EscalationService::stopAcknowledged);
    m_timer.setInterval(5000);
    connect(&m_timer, &QTimer::timeout, this, &EscalationService::tick);
}

void EscalationService::start()
{
    m_timer.start();
    tick();
}

void EscalationService::report(const QString &problem)
{
    m_problem = problem;
    qCWarning(escalationLog).noquote() << problem;
}

std::optional<QString> EscalationService::scheduleFor(const QStringList &services) const
{
    std::optional<QString> fallback;
    for (const OnCallSchedule &schedule : m_oncall.schedules()) {
        for (const QString &service : services)
            if (schedule.services.contains(service))
                return schedule.name;
        if (schedule.services.isEmpty() && !fallback)
            fallback = schedule.name;
    }
    return fallback;
}

void EscalationService::begin(const Incident &incident)
{
    const std::optional<QString> name = scheduleFor(incident.services);
    // Another console's fresh declaration is followed here too (in case that console goes
    // away), quietly: the declaring console says the escalation started. Imports never page.
    const bool following = m_claim && m_incidents.fromTeam();
    const QDateTime now = m_clock.now();
    if (!name || !incident.isOpen() || (m_incidents.importing() && !following))
        return;
    if (following
        && (incident.acknowledgedAt.isValid() || !incident.detectedAt.isValid()
            || incident.detectedAt.secsTo(now) > followForSeconds))
        return;
    const std::optional<OnCallSchedule> schedule = m_oncall.schedule(*name);
    Escalation escalation;
    escalation.incident = incident.id;
    escalation.schedule = *name;
    escalation.policy = schedule->escalation;
    escalation.expectations = schedule->expectations;
    // Followed from the team, its clock is the declaration's, so every console pages on time.
    escalation.startedMs
            = (following ? std::min(incident.detectedAt, now) : now).toMSecsSinceEpoch();
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return report(begun.error());
    if (auto started = EscalationStore(m_database).start(escalation); !started)
        return report(started.error());
    if (following) {
        // The first level is paged by the declaring console as it declares (with or without
        // the server: a one-shot sitrepctl cannot wait for a claim); later steps are claimed.
        for (const EscalationPage &first : EscalationRules::due(
                     escalation.policy, *schedule, escalation.startedMs, {}, escalation.startedMs))
            if (auto recorded = EscalationStore(m_database).addPage(incident.id, first); !recorded)
                return report(recorded.error());
        if (auto committed = transaction.commit(); !committed)
            return report(committed.error());
        return tick();
    }
    Result<TimelineEvent> entry = Declaration::recordCaptured(
            m_database, incident.id, TimelineKind::Escalation,
            tr("Escalation started with %1's policy: acknowledge within %2 min, respond within "
               "%3 min.")
                    .arg(*name)
                    .arg(escalation.expectations.acknowledgeMinutes)
                    .arg(escalation.expectations.respondMinutes),
            QStringLiteral("sitrep"), m_clock.now());
    if (!entry)
        return report(entry.error());
    m_database.afterCommit(
            [this, entry = entry.value()] { m_incidents.announceTimelineEntry(entry); });
    if (auto committed = transaction.commit(); !committed)
        return report(committed.error());
    tick();
}

void EscalationService::follow(const Incident &incident)
{
    const Result<std::optional<Escalation>> found = EscalationStore(m_database).find(incident.id);
    if (!found || !found.value() || found.value()->state != Escalation::State::Running)
        return;
    const Escalation &escalation = *found.value();
    // What another console did, that console said on the timeline: ended here without a word.
    const bool elsewhere = m_incidents.fromTeam();
    if (!incident.isOpen()) {
        if (auto ended
            = end(escalation, Escalation::State::Resolved, m_clock.now().toMSecsSinceEpoch(), {},
                  elsewhere ? QString() : tr("Escalation stopped: the incident was resolved."));
            !ended)
            report(ended.error());
    } else if (elsewhere && incident.acknowledgedAt.isValid()) {
        if (auto ended = end(escalation, Escalation::State::Acknowledged,
                             incident.acknowledgedAt.toMSecsSinceEpoch(), {}, {});
            !ended)
            report(ended.error());
    }
}

void EscalationService::stopAcknowledged(const Incident &incident, const QString &author)
{
    const Result<std::optional<Escalation>> found = EscalationStore(m_database).find(incident.id);
    if (!found || !found.value() || found.value()->state != Escalation::State::Running)
        return;
    const qint64 at = incident.acknowledgedAt.toMSecsSinceEpoch();
    if (auto ended = end(*found.value(), Escalation::State::Acknowledged, at, author,
                         tr("Escalation stopped: acknowledged by %1 after %2.")
                                 .arg(author,
                                      durationText(std::chrono::seconds(
                                              (at - found.value()->startedMs) / 1000))));
        !ended)
        report(ended.error());
}

void EscalationService::tick()
{
    if (TeamRecorder::watchesOnly(m_database))
        return;
    const Result<QList<Escalation>> running = EscalationStore(m_database).running();
    if (!running)
        return report(running.error());
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    for (const Escalation &escalation : running.value()) {
        const std::optional<OnCallSchedule> schedule = m_oncall.schedule(escalation.schedule);
        // A removed schedule pages nobody for its levels on call; named people still.
        const OnCallSchedule onCall = schedule.value_or(OnCallSchedule {});
        const QList<EscalationPage> due = EscalationRules::due(
                escalation.policy, onCall, escalation.startedMs, escalation.pages, now);
        if (!due.isEmpty() && m_claim) {
            for (const EscalationPage &next : due)
                once(escalation.incident, QStringLiteral("page/%1").arg(next.step),
                     [this, id = escalation.incident, next](bool won) {
                         pageClaimed(id, next, won);
                     });
        } else if (!due.isEmpty()) {
            if (auto paged = page(escalation, due); !paged) {
                report(paged.error());
                continue;
            }
        }
        markBreaches(escalation, now);
        QList<EscalationPage> all = escalation.pages + due;
        if (const std::optional<qint64> exhausted
            = EscalationRules::exhaustedAt(escalation.policy, all);
            exhausted && *exhausted <= now) {
            const QString text = tr("Escalation exhausted: nobody acknowledged within %1.")
                                         .arg(durationText(std::chrono::seconds(
                                                 (*exhausted - escalation.startedMs) / 1000)));
            once(escalation.incident, QStringLiteral("exhausted"),
                 [this, escalation, at = *exhausted, text](bool won) {
                     if (auto ended = end(escalation, Escalation::State::Exhausted, at, {},
                                          won ? text : QString());
                         !ended)
                         report(ended.error());
                 });
        }
    }
    // Acknowledged is not responded: a response still due is watched for a day.
    const Result<QList<Escalation>> acknowledged
            = EscalationStore(m_database).acknowledgedSince(now - 24 * 3'600'000LL);
    if (!acknowledged)
        return report(acknowledged.error());
    for (const Escalation &escalation : acknowledged.value())
        markBreaches(escalation, now);
}

void EscalationService::markBreaches(const Escalation &escalation, qint64 nowMs)
{
    const qint64 acknowledgeDue
            = escalation.startedMs + escalation.expectations.acknowledgeMinutes * 60'000LL;
    // Nothing can be breached yet (the respond deadline is the same or later), or nothing any
    // more.
    if (nowMs <= acknowledgeDue || m_breachesSettled.contains(escalation.incident))
        return;
    const QString id = QString::number(escalation.incident);
    const QString acknowledgeText
            = tr("Acknowledgement expectation breached: nobody acknowledged within %1 min.")
                      .arg(escalation.expectations.acknowledgeMinutes);
    const QString respondText = tr("Response expectation breached: nobody responded within %1 min.")
                                        .arg(escalation.expectations.respondMinutes);
    if (!m_breachesRead.contains(escalation.incident)) {
        m_breachesRead.insert(escalation.incident);
        if (const Result<QList<TimelineEvent>> timeline = m_incidents.timeline(escalation.incident))
            for (const TimelineEvent &entry : timeline.value()) {
                if (entry.text == acknowledgeText)
                    m_breachesMarked.insert(id + QStringLiteral("/acknowledge"));
                if (entry.text == respondText)
                    m_breachesMarked.insert(id + QStringLiteral("/respond"));
            }
    }
    const auto marked
            = [&](const QString &suffix) { return m_breachesMarked.contains(id + suffix); };
    if (marked(QStringLiteral("/acknowledge")) && marked(QStringLiteral("/respond"))) {
        m_breachesSettled.insert(escalation.incident);
        return;
    }
    const Result<ExpectationCheck> check = expectations(escalation);
    if (!check)
        return report(check.error());
    // A response, once made, and an acknowledgement (or its marked breach) cannot change.
    if (check.value().respondedMs > 0
        && (check.value().acknowledgedMs > 0 || marked(QStringLiteral("/acknowledge"))))
        m_breachesSettled.insert(escalation.incident);
    const std::pair<bool, std::pair<QString, std::pair<QString, qint64>>> breaches[] = {
            {check.value().acknowledgeBreached && check.value().acknowledgedMs == 0,
             {QStringLiteral("/acknowledge"), {acknowledgeText, check.value().acknowledgeDueMs}}},
            {check.value().respondBreached && check.value().respondedMs == 0,
             {QStringLiteral("/respond"), {respondText, check.value().respondDueMs}}},
    };
    for (const auto &[breached, what] : breaches) {
        const auto &[suffix, entry] = what;
        if (!breached || m_breachesMarked.contains(id + suffix))
            continue;
        m_breachesMarked.insert(id + suffix);
        once(escalation.incident, QStringLiteral("breach") + suffix,
             [this, incident = escalation.incident, entry](bool won) {
                 if (!won)
                     return;
                 Result<TimelineEvent> written = Declaration::recordCaptured(
                         m_database, incident, TimelineKind::Escalation, entry.first,
                         QStringLiteral("sitrep"), utc(entry.second));
                 if (!written)
                     return report(written.error());
                 m_incidents.announceTimelineEntry(written.value());
                 Q_EMIT escalationChanged(incident);
             });
    }
}

Result<void> EscalationService::page(const Escalation &escalation,
                                     const QList<EscalationPage> &pages)
{
    const Result<Incident> incident = m_incidents.incident(escalation.incident);
    if (!incident)
        return Error {incident.error()};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    EscalationStore store(m_database);
    QList<TimelineEvent> entries;
    QStringList paged;
    int queued = 0;
    for (const EscalationPage &page : pages) {
        if (auto added = store.addPage(escalation.incident, page); !added)
            return added;
        const QString level = EscalationRules::levelText(page);
        const QString text = page.person.isEmpty()
                ? tr("Nobody on call for %1; passed on to the next level.").arg(level)
                : tr("Paged %1, %2.").arg(page.person, level);
        Result<TimelineEvent> entry = Declaration::recordCaptured(
                m_database, escalation.incident, TimelineKind::Escalation, text,
                QStringLiteral("sitrep"), utc(page.atMs));
        if (!entry)
            return Error {entry.error()};
        entries << entry.value();
        if (page.person.isEmpty())
            continue;
        paged << page.person;
        Announcement announcement;
        announcement.kind = Announcement::Kind::Page;
        announcement.incident = incident.value();
        announcement.status = incident.value().status;
        announcement.at = utc(page.atMs);
        announcement.person = page.person;
        announcement.message
                = tr("Paged at %1, %2. Acknowledge in the console or with sitrepctl ack %3.")
                          .arg(utc(page.atMs).toString(u"HH:mm 'UTC'"), level)
                          .arg(escalation.incident);
        Result<int> count = Announcements::queue(m_database, announcement);
        if (!count)
            return Error {count.error()};
        queued += count.value();
    }
    m_database.afterCommit([this, entries, queued, paged, id = escalation.incident] {
        for (const TimelineEvent &entry : entries)
            m_incidents.announceTimelineEntry(entry);
        Q_EMIT escalationChanged(id);
        for (const QString &person : paged)
            Q_EMIT this->paged(id, person);
        if (queued > 0)
            Q_EMIT this->queued();
    });
    return transaction.commit();
}

Result<void> EscalationService::end(const Escalation &escalation, Escalation::State state,
                                    qint64 atMs, const QString &by, const QString &text)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (auto ended = EscalationStore(m_database).end(escalation.incident, state, atMs, by); !ended)
        return ended;
    std::optional<TimelineEvent> said;
    if (!text.isEmpty()) { // empty: another console says it
        Result<TimelineEvent> entry = Declaration::recordCaptured(
                m_database, escalation.incident, TimelineKind::Escalation, text,
                QStringLiteral("sitrep"), utc(atMs));
        if (!entry)
            return Error {entry.error()};
        said = entry.value();
    }
    m_database.afterCommit([this, said, id = escalation.incident] {
        if (said)
            m_incidents.announceTimelineEntry(*said);
        Q_EMIT escalationChanged(id);
    });
    return transaction.commit();
}

void EscalationService::once(IncidentId incident, const QString &what,
                             std::function<void(bool)> act)
{
    if (!m_claim)
        return act(true);
    const Result<Incident> found = m_incidents.incident(incident);
    if (!found)
        return report(found.error());
    const QString key = found.value().uid.toString(QUuid::WithoutBraces) + u'/' + what;
    if (m_claiming.contains(key))
        return;
    m_claiming.insert(key);
    m_claim(key, [self = QPointer(this), key, act](std::optional<bool> won) {
        if (!self)
            return;
        self->m_claiming.remove(key);
        // Not asked (offline): paged anyway, at least once beats not at all.
        act(won.value_or(true));
    });
}

void EscalationService::pageClaimed(IncidentId incident, const EscalationPage &page, bool won)
{
    // The answer comes later: the escalation may have ended, or the step been recorded, since.
    EscalationStore store(m_database);
    const Result<std::optional<Escalation>> found = store.find(incident);
    if (!found)
        return report(found.error());
    if (!found.value() || found.value()->state != Escalation::State::Running
        || std::any_of(found.value()->pages.begin(), found.value()->pages.end(),
                       [&page](const EscalationPage &done) { return done.step == page.step; }))
        return;
    if (won) {
        if (auto paged = this->page(*found.value(), {page}); !paged)
            report(paged.error());
        return;
    }
    // Paged by the console that won: recorded here so this one moves on with the policy.
    if (auto recorded = store.addPage(incident, page); !recorded)
        return report(recorded.error());
    Q_EMIT escalationChanged(incident);
}

Result<std::optional<Escalation>> EscalationService::escalation(IncidentId incident)
{
    return EscalationStore(m_database).find(incident);
}

Result<ExpectationCheck> EscalationService::expectations(const Escalation &escalation)
{
    const Result<Incident> incident = m_incidents.incident(escalation.incident);
    if (!incident)
        return Error {incident.error()};
    const Result<QList<TimelineEvent>> timeline = m_incidents.timeline(escalation.incident);
    if (!timeline)
        return Error {timeline.error()};
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    ExpectationCheck check;
    check.acknowledgeDueMs
            = escalation.startedMs + escalation.expectations.acknowledgeMinutes * 60'000LL;
    check.respondDueMs = escalation.startedMs + escalation.expectations.respondMinutes * 60'000LL;
    if (incident.value().acknowledgedAt.isValid())
        check.acknowledgedMs = incident.value().acknowledgedAt.toMSecsSinceEpoch();
    for (const TimelineEvent &entry : timeline.value()) {
        const qint64 at = entry.at.toMSecsSinceEpoch();
        // A person wrote something or posted an update: someone is working on it.
        if (at >= escalation.startedMs
            && ((!entry.automatic && isWrittenKind(entry.kind))
                || entry.kind == TimelineKind::StatusUpdatePosted)) {
            check.respondedMs = at;
            break;
        }
    }
    check.acknowledgeBreached = check.acknowledgedMs > 0
            ? check.acknowledgedMs > check.acknowledgeDueMs
            : now > check.acknowledgeDueMs;
    check.respondBreached = check.respondedMs > 0 ? check.respondedMs > check.respondDueMs
                                                  : now > check.respondDueMs;
    return check;
}

} // namespace sitrep
