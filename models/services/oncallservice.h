#pragma once

#include "domain/clock.h"
#include "domain/oncallhours.h"
#include "domain/oncallshifts.h"
#include "domain/provideranswer.h"
#include "domain/result.h"
#include "oncallimport.h"

#include <QObject>

namespace sitrep {

class Database;

// Who is on call now for one schedule, and until when.
struct OnCallNow
{
    QString schedule;
    std::optional<OnCallShift> shift;
};

// The on-call schedules: imported from and exported to schedule files, kept in the cache,
// edited by overrides and removals (never rewriting past shifts), asked who is on call, and
// published as iCalendar. Schedules are few and small, so they are held in memory and every
// question is answered by the pure rules in domain/ without touching the database.
class OnCallService : public QObject
{
    Q_OBJECT
public:
    OnCallService(Database &database, const Clock &clock, QObject *parent = nullptr);

    // Reads the stored schedules. A stored schedule that no longer reads is reported and left
    // in the store untouched.
    [[nodiscard]] Result<void> load();
    // Reads the schedules again after the team changed them, and tells listeners.
    void reloadFromTeam();
    [[nodiscard]] const QStringList &loadProblems() const { return m_problems; }

    [[nodiscard]] const QList<OnCallSchedule> &schedules() const { return m_schedules; }
    [[nodiscard]] std::optional<OnCallSchedule> schedule(const QString &name) const;

    // Adds or replaces the file's schedules, all or none. Returns their names.
    [[nodiscard]] Result<QStringList> importFile(const QString &path);
    [[nodiscard]] Result<QStringList> importYaml(const QByteArray &yaml, const QString &fileName);
    // Reads another tool's saved answers (its REST API's) into schedules and the report that
    // proves them; nothing is saved.
    enum class Provider { PagerDuty, Opsgenie };
    [[nodiscard]] static Result<OnCallImport> readProvider(Provider provider,
                                                           const QStringList &paths);
    // The same from answers fetched from the provider's API.
    [[nodiscard]] static Result<OnCallImport> readAnswers(Provider provider,
                                                          const QList<ProviderAnswer> &answers);
    // Adds or replaces schedules brought over from another tool, all or none. Refused, naming
    // the schedule, when one would not read back from its schedule file as it is.
    [[nodiscard]] Result<QStringList> importSchedules(const QList<OnCallSchedule> &schedules);
    [[nodiscard]] Result<QByteArray> exportYaml(const QString &name) const;
    [[nodiscard]] Result<void> remove(const QString &name);

    [[nodiscard]] Result<void> addOverride(const QString &name, const ScheduleOverride &change);
    [[nodiscard]] Result<void> removeParticipant(const QString &name, const QString &person);
    // Replaces the escalation policy and expectations (the next incident's escalation uses
    // them; running ones keep theirs). Refused, in words, without a level or with a level that
    // pages nobody or waits less than a minute.
    [[nodiscard]] Result<void> setEscalation(const QString &name, const EscalationPolicy &policy,
                                             const OnCallExpectations &expectations);

    [[nodiscard]] QList<OnCallNow> onCallNow() const;
    [[nodiscard]] Result<std::optional<OnCallShift>> who(const QString &name, qint64 atMs) const;
    [[nodiscard]] Result<QList<OnCallShift>> shifts(const QString &name, qint64 fromMs,
                                                    qint64 toMs) const;
    // Over every schedule, or the named ones.
    [[nodiscard]] OnCallHoursReport hours(qint64 fromMs, qint64 toMs,
                                          const QStringList &names = {}) const;
    // The schedule's (or one person's) calendar over whole turns touching [fromMs, toMs), as
    // .ics text. What it publishes is remembered, so the next export raises the SEQUENCE of
    // changed shifts and cancels removed ones.
    [[nodiscard]] Result<QByteArray> calendar(const QString &name, const QString &person,
                                              qint64 fromMs, qint64 toMs);

    [[nodiscard]] qint64 nowMs() const { return m_clock.now().toMSecsSinceEpoch(); }

Q_SIGNALS:
    void changed();

private:
    [[nodiscard]] Result<void> store(const QList<OnCallSchedule> &schedules);
    // The same with each schedule's file already written (ScheduleFileWriter), in order.
    [[nodiscard]] Result<void> store(const QList<OnCallSchedule> &schedules,
                                     const QList<QByteArray> &files);
    [[nodiscard]] Result<const OnCallSchedule *> find(const QString &name) const;

    Database &m_database;
    const Clock &m_clock;
    QList<OnCallSchedule> m_schedules;
    QStringList m_problems;
};

} // namespace sitrep
