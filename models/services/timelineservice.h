#pragma once

#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/result.h"
#include "domain/timelineevent.h"

#include <functional>
#include <memory>

#include <QObject>
#include <QThreadPool>

namespace sitrep {

class TimelineStore;
class IncidentStore;
class Database;

// Writing and correcting timelines by hand. Entries Sitrep captured can be corrected, but what
// they said before stays in their edit history; deleted entries stay recoverable while the
// incident is open.
class TimelineService : public QObject
{
    Q_OBJECT
public:
    TimelineService(Database &database, const Clock &clock, QObject *parent = nullptr);
    ~TimelineService() override;

    // A note, action, decision or hypothesis; `at` invalid means now.
    [[nodiscard]] Result<TimelineEvent> add(IncidentId incidentId, TimelineKind kind,
                                            const QString &text, const QDateTime &at, bool key,
                                            const QString &author);
    [[nodiscard]] Result<TimelineEvent> edit(qint64 eventId, const QDateTime &at, TimelineKind kind,
                                             const QString &text, const QString &editor);
    [[nodiscard]] Result<TimelineEvent> setKey(qint64 eventId, bool key);
    [[nodiscard]] Result<TimelineEvent> remove(qint64 eventId);
    [[nodiscard]] Result<TimelineEvent> restore(qint64 eventId);

    [[nodiscard]] Result<QList<TimelineEvent>> timeline(IncidentId incidentId,
                                                        bool withDeleted = false);
    // The same read on a worker with its own read-only connection: a timeline of thousands of
    // entries never stalls the window. `done` runs on this object's thread, never after
    // `owner` is gone.
    void readTimeline(QObject *owner, IncidentId incidentId, bool withDeleted,
                      std::function<void(Result<QList<TimelineEvent>>)> done);
    [[nodiscard]] Result<QList<TimelineRevision>> revisions(qint64 eventId);

    // Entries the team changed (committed by the sync worker), read back on this connection.
    void announceChanged(const QList<qint64> &entryIds);

Q_SIGNALS:
    void entryAdded(const sitrep::TimelineEvent &entry);
    // Edited, flagged, deleted or restored.
    void entryChanged(const sitrep::TimelineEvent &entry);

private:
    using Change = std::function<std::optional<QString>(const Incident &, TimelineEvent &)>;
    // Loads the entry and its incident, lets `change` edit the entry (or refuse), saves it.
    Result<TimelineEvent> change(qint64 eventId, const Change &change,
                                 const std::optional<TimelineRevision> &revision = {});
    std::optional<QString> refusalForTime(const Incident &incident, const QDateTime &at) const;

    Database &m_database;
    std::unique_ptr<IncidentStore> m_incidents;
    std::unique_ptr<TimelineStore> m_timeline;
    const Clock &m_clock;
    QThreadPool m_readers;
};

} // namespace sitrep
