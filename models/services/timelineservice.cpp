#include "timelineservice.h"

#include "domain/uuidv7.h"
#include "offthread.h"
#include "storage/database.h"
#include "storage/incidentstore.h"
#include "storage/timelinestore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"

namespace sitrep {

TimelineService::TimelineService(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent),
      m_database(database),
      m_incidents(std::make_unique<IncidentStore>(database)),
      m_timeline(std::make_unique<TimelineStore>(database)),
      m_clock(clock)
{ }

std::optional<QString> TimelineService::refusalForTime(const Incident &incident,
                                                       const QDateTime &at) const
{
    if (!at.isValid())
        return tr("Give the entry a time.");
    // A minute of slack: clocks on two laptops in the same war room rarely agree exactly.
    if (at > m_clock.now().addSecs(60))
        return tr("%1 UTC is in the future; the timeline records what has happened.")
                .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
    if (incident.startedAt.isValid() && at < incident.startedAt.addDays(-1))
        return tr("%1 UTC is more than a day before incident #%2 started.")
                .arg(at.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
                .arg(incident.id);
    return std::nullopt;
}

TimelineService::~TimelineService()
{
    m_readers.waitForDone();
}

Result<TimelineEvent> TimelineService::add(IncidentId incidentId, TimelineKind kind,
                                           const QString &text, const QDateTime &at, bool key,
                                           const QString &author)
{
    if (!isWrittenKind(kind))
        return Error {tr("%1 entries are captured by Sitrep; add a note, action, decision or "
                         "hypothesis instead.")
                              .arg(timelineKindName(kind))};
    if (text.trimmed().isEmpty())
        return Error {tr("Write what happened.")};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<std::optional<Incident>> incident = m_incidents->find(incidentId);
    if (!incident)
        return Error {incident.error()};
    if (!incident.value())
        return Error {tr("There is no incident #%1.").arg(incidentId)};
    TimelineEvent entry;
    entry.incidentId = incidentId;
    entry.at = (at.isValid() ? at : m_clock.now()).toUTC();
    if (auto refusal = refusalForTime(*incident.value(), entry.at))
        return Error {*refusal};
    entry.author = author;
    entry.kind = kind;
    entry.text = text.trimmed();
    entry.key = key;
    entry.uid = UuidV7::make(QDateTime::currentMSecsSinceEpoch());
    const Result<qint64> id = m_timeline->append(entry);
    if (!id)
        return Error {id.error()};
    entry.id = id.value();
    if (auto recorded = TeamRecorder(m_database).timelineEntry(entry.id); !recorded)
        return Error {recorded.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    Q_EMIT entryAdded(entry);
    return entry;
}

void TimelineService::announceChanged(const QList<qint64> &entryIds)
{
    for (const qint64 id : entryIds) {
        if (const Result<std::optional<TimelineEvent>> found = m_timeline->find(id);
            found && found.value())
            Q_EMIT entryChanged(*found.value());
    }
}

Result<TimelineEvent> TimelineService::change(qint64 eventId, const Change &edit,
                                              const std::optional<TimelineRevision> &revision)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return Error {begun.error()};
    const Result<std::optional<TimelineEvent>> found = m_timeline->find(eventId);
    if (!found)
        return Error {found.error()};
    if (!found.value())
        return Error {tr("Timeline entry %1 does not exist.").arg(eventId)};
    TimelineEvent entry = *found.value();
    const Result<std::optional<Incident>> incident = m_incidents->find(entry.incidentId);
    if (!incident)
        return Error {incident.error()};
    if (!incident.value())
        return Error {tr("There is no incident #%1.").arg(entry.incidentId)};
    if (auto refusal = edit(*incident.value(), entry))
        return Error {*refusal};
    if (revision) {
        TimelineRevision before = *revision;
        before.eventId = eventId;
        before.at = found.value()->at;
        before.kind = found.value()->kind;
        before.text = found.value()->text;
        if (auto kept = m_timeline->addRevision(before); !kept)
            return Error {kept.error()};
        entry.edited = true;
    }
    if (auto saved = m_timeline->update(entry); !saved)
        return Error {saved.error()};
    if (auto recorded = TeamRecorder(m_database).timelineEntry(entry.id); !recorded)
        return Error {recorded.error()};
    if (auto committed = transaction.commit(); !committed)
        return Error {committed.error()};
    Q_EMIT entryChanged(entry);
    return entry;
}

Result<TimelineEvent> TimelineService::edit(qint64 eventId, const QDateTime &at, TimelineKind kind,
                                            const QString &text, const QString &editor)
{
    const TimelineRevision revision {eventId, m_clock.now(), editor, {}, kind, {}};
    return change(
            eventId,
            [&](const Incident &incident, TimelineEvent &entry) -> std::optional<QString> {
                if (text.trimmed().isEmpty())
                    return tr("An entry cannot be empty; delete it instead.");
                if (auto refusal = refusalForTime(incident, at))
                    return refusal;
                if (entry.at == at.toUTC() && entry.kind == kind && entry.text == text.trimmed())
                    return tr("Nothing was changed.");
                entry.at = at.toUTC();
                entry.kind = kind;
                entry.text = text.trimmed();
                return std::nullopt;
            },
            revision);
}

Result<TimelineEvent> TimelineService::setKey(qint64 eventId, bool key)
{
    return change(eventId, [&](const Incident &, TimelineEvent &entry) -> std::optional<QString> {
        entry.key = key;
        return std::nullopt;
    });
}

Result<TimelineEvent> TimelineService::remove(qint64 eventId)
{
    return change(eventId,
                  [&](const Incident &incident, TimelineEvent &entry) -> std::optional<QString> {
                      if (!incident.isOpen())
                          return tr("Incident #%1 is resolved: its timeline can be corrected, "
                                    "but no entry can be deleted any more.")
                                  .arg(incident.reference());
                      if (entry.isDeleted())
                          return tr("The entry is already deleted.");
                      entry.deletedAt = m_clock.now();
                      return std::nullopt;
                  });
}

Result<TimelineEvent> TimelineService::restore(qint64 eventId)
{
    return change(eventId,
                  [&](const Incident &incident, TimelineEvent &entry) -> std::optional<QString> {
                      if (!entry.isDeleted())
                          return tr("The entry is not deleted.");
                      if (!incident.isOpen())
                          return tr("Incident #%1 is resolved: deleted entries can no longer "
                                    "be restored.")
                                  .arg(incident.reference());
                      entry.deletedAt = QDateTime();
                      return std::nullopt;
                  });
}

Result<QList<TimelineEvent>> TimelineService::timeline(IncidentId incidentId, bool withDeleted)
{
    return m_timeline->list(incidentId, withDeleted);
}

void TimelineService::readTimeline(QObject *owner, IncidentId incidentId, bool withDeleted,
                                   std::function<void(Result<QList<TimelineEvent>>)> done)
{
    runOffThread<Result<QList<TimelineEvent>>>(
            owner, m_readers,
            [path = m_database.path(), incidentId, withDeleted]() -> Result<QList<TimelineEvent>> {
                Result<std::unique_ptr<Database>> database = Database::openReader(path);
                if (!database)
                    return Error {database.error()};
                return TimelineStore(*database.value()).list(incidentId, withDeleted);
            },
            std::move(done));
}

Result<QList<TimelineRevision>> TimelineService::revisions(qint64 eventId)
{
    return m_timeline->revisions(eventId);
}

} // namespace sitrep
