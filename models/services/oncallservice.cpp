#include "oncallservice.h"

#include "domain/oncallcalendar.h"
#include "icalendarwriter.h"
#include "opsgenieschedules.h"
#include "pagerdutyschedules.h"
#include "schedulefile.h"
#include "schedulefilewriter.h"
#include "storage/schedulestore.h"
#include "storage/transaction.h"
#include "teamrecorder.h"
#include "textfilereader.h"

namespace sitrep {

OnCallService::OnCallService(Database &database, const Clock &clock, QObject *parent)
    : QObject(parent), m_database(database), m_clock(clock)
{ }

void OnCallService::reloadFromTeam()
{
    if (Result<void> loaded = load(); !loaded)
        m_problems << loaded.error();
    Q_EMIT changed();
}

Result<void> OnCallService::load()
{
    Result<QList<StoredSchedule>> stored = ScheduleStore(m_database).list();
    if (!stored)
        return Error {stored.error()};
    m_schedules.clear();
    m_problems.clear();
    for (const StoredSchedule &entry : stored.value()) {
        Result<QList<OnCallSchedule>> read
                = ScheduleFile::parse(entry.document.toUtf8(), tr("schedule %1").arg(entry.name));
        if (read)
            m_schedules << read.value();
        else
            m_problems << read.error();
    }
    Q_EMIT changed();
    return {};
}

std::optional<OnCallSchedule> OnCallService::schedule(const QString &name) const
{
    for (const OnCallSchedule &schedule : m_schedules)
        if (schedule.name == name)
            return schedule;
    return std::nullopt;
}

Result<const OnCallSchedule *> OnCallService::find(const QString &name) const
{
    for (const OnCallSchedule &schedule : m_schedules)
        if (schedule.name == name)
            return &schedule;
    return Error {tr("There is no on-call schedule named \"%1\".").arg(name)};
}

Result<void> OnCallService::store(const QList<OnCallSchedule> &schedules)
{
    QList<QByteArray> files;
    for (const OnCallSchedule &schedule : schedules)
        files << ScheduleFileWriter::write(schedule);
    return store(schedules, files);
}

Result<void> OnCallService::store(const QList<OnCallSchedule> &schedules,
                                  const QList<QByteArray> &files)
{
    QList<StoredSchedule> documents;
    for (qsizetype i = 0; i < schedules.size(); ++i)
        documents << StoredSchedule {schedules[i].name, QString::fromUtf8(files[i])};
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    if (Result<void> saved = ScheduleStore(m_database).save(documents); !saved)
        return saved;
    TeamRecorder team(m_database);
    for (const OnCallSchedule &schedule : schedules) {
        if (auto recorded = team.document(TeamDocumentStore::Kind::Schedule, schedule.name);
            !recorded)
            return recorded;
    }
    if (auto committed = transaction.commit(); !committed)
        return committed;
    for (const OnCallSchedule &schedule : schedules) {
        auto existing
                = std::find_if(m_schedules.begin(), m_schedules.end(),
                               [&](const OnCallSchedule &s) { return s.name == schedule.name; });
        if (existing != m_schedules.end())
            *existing = schedule;
        else
            m_schedules << schedule;
    }
    std::sort(m_schedules.begin(), m_schedules.end(),
              [](const OnCallSchedule &a, const OnCallSchedule &b) { return a.name < b.name; });
    Q_EMIT changed();
    return {};
}

Result<QStringList> OnCallService::importFile(const QString &path)
{
    const Result<QByteArray> text = TextFileReader::read(path);
    if (!text)
        return Error {text.error()};
    return importYaml(text.value(), path);
}

Result<QStringList> OnCallService::importYaml(const QByteArray &yaml, const QString &fileName)
{
    Result<QList<OnCallSchedule>> read = ScheduleFile::parse(yaml, fileName);
    if (!read)
        return Error {read.error()};
    if (Result<void> stored = store(read.value()); !stored)
        return Error {stored.error()};
    QStringList names;
    for (const OnCallSchedule &schedule : read.value())
        names << schedule.name;
    return names;
}

Result<OnCallImport> OnCallService::readProvider(Provider provider, const QStringList &paths)
{
    QList<ProviderFile> files;
    for (const QString &path : paths) {
        Result<QByteArray> text = TextFileReader::read(path);
        if (!text)
            return Error {text.error()};
        files << ProviderFile {path, text.value()};
    }
    return readAnswers(provider, files);
}

Result<OnCallImport> OnCallService::readAnswers(Provider provider,
                                                const QList<ProviderAnswer> &answers)
{
    return provider == Provider::PagerDuty ? PagerDutySchedules::read(answers)
                                           : OpsgenieSchedules::read(answers);
}

Result<QStringList> OnCallService::importSchedules(const QList<OnCallSchedule> &schedules)
{
    QStringList names;
    QList<QByteArray> files;
    for (const OnCallSchedule &schedule : schedules) {
        // The store keeps the schedule file: what it would not read back is not imported.
        files << ScheduleFileWriter::write(schedule);
        const Result<QList<OnCallSchedule>> again
                = ScheduleFile::parse(files.last(), tr("schedule %1").arg(schedule.name));
        if (!again || again.value() != QList<OnCallSchedule> {schedule})
            return Error {tr("The schedule \"%1\" cannot be kept as a schedule file as it is: %2")
                                  .arg(schedule.name,
                                       again ? tr("it reads back differently.") : again.error())};
        names << schedule.name;
    }
    if (Result<void> stored = store(schedules, files); !stored)
        return Error {stored.error()};
    return names;
}

Result<QByteArray> OnCallService::exportYaml(const QString &name) const
{
    Result<const OnCallSchedule *> schedule = find(name);
    if (!schedule)
        return Error {schedule.error()};
    return ScheduleFileWriter::write(*schedule.value());
}

Result<void> OnCallService::remove(const QString &name)
{
    Transaction transaction(m_database);
    if (auto begun = transaction.begun(); !begun)
        return begun;
    Result<bool> removed = ScheduleStore(m_database).remove(name);
    if (!removed)
        return Error {removed.error()};
    if (!removed.value())
        return Error {tr("There is no on-call schedule named \"%1\".").arg(name)};
    if (auto recorded = TeamRecorder(m_database).document(TeamDocumentStore::Kind::Schedule, name);
        !recorded)
        return recorded;
    if (auto committed = transaction.commit(); !committed)
        return committed;
    m_schedules.removeIf([&](const OnCallSchedule &s) { return s.name == name; });
    Q_EMIT changed();
    return {};
}

Result<void> OnCallService::addOverride(const QString &name, const ScheduleOverride &change)
{
    Result<const OnCallSchedule *> found = find(name);
    if (!found)
        return Error {found.error()};
    if (change.person.trimmed().isEmpty())
        return Error {tr("An override needs a person.")};
    if (change.kind == ScheduleOverride::Kind::Replace && change.replaces.trimmed().isEmpty())
        return Error {tr("A replacement needs the person it replaces.")};
    if (change.kind == ScheduleOverride::Kind::Replace && change.replaces == change.person)
        return Error {tr("A person cannot replace themselves.")};
    if (const QString problem = change.spanProblem(); !problem.isEmpty())
        return Error {problem};
    OnCallSchedule schedule = *found.value();
    schedule.overrides << change;
    return store({schedule});
}

Result<void> OnCallService::removeParticipant(const QString &name, const QString &person)
{
    Result<const OnCallSchedule *> found = find(name);
    if (!found)
        return Error {found.error()};
    const OnCallSchedule edited = OnCallShifts::removeParticipant(*found.value(), person, nowMs());
    if (edited == *found.value())
        return Error {tr("%1 is not in a rotation of %2.").arg(person, name)};
    return store({edited});
}

Result<void> OnCallService::setEscalation(const QString &name, const EscalationPolicy &policy,
                                          const OnCallExpectations &expectations)
{
    Result<const OnCallSchedule *> found = find(name);
    if (!found)
        return Error {found.error()};
    if (policy.levels.isEmpty())
        return Error {tr("An escalation policy needs at least one level.")};
    for (const EscalationLevel &level : policy.levels) {
        if (level.target.trimmed().isEmpty())
            return Error {tr("Level %1 pages nobody: name primary, secondary or a person.")
                                  .arg(level.level)};
        if (level.timeoutMinutes < 1)
            return Error {tr("Level %1 must wait at least a minute.").arg(level.level)};
    }
    if (policy.repeat < 0 || expectations.acknowledgeMinutes < 1 || expectations.respondMinutes < 1)
        return Error {tr("Repeats and expected times cannot be negative or zero minutes.")};
    OnCallSchedule schedule = *found.value();
    schedule.escalation = policy;
    schedule.expectations = expectations;
    return store({schedule});
}

QList<OnCallNow> OnCallService::onCallNow() const
{
    const qint64 now = nowMs();
    QList<OnCallNow> now_;
    for (const OnCallSchedule &schedule : m_schedules)
        now_ << OnCallNow {schedule.name, OnCallShifts::at(schedule, now)};
    return now_;
}

Result<std::optional<OnCallShift>> OnCallService::who(const QString &name, qint64 atMs) const
{
    Result<const OnCallSchedule *> schedule = find(name);
    if (!schedule)
        return Error {schedule.error()};
    return OnCallShifts::at(*schedule.value(), atMs);
}

Result<QList<OnCallShift>> OnCallService::shifts(const QString &name, qint64 fromMs,
                                                 qint64 toMs) const
{
    Result<const OnCallSchedule *> schedule = find(name);
    if (!schedule)
        return Error {schedule.error()};
    if (toMs <= fromMs)
        return Error {tr("The end of the range must be after its start.")};
    return OnCallShifts::compute(*schedule.value(), fromMs, toMs);
}

OnCallHoursReport OnCallService::hours(qint64 fromMs, qint64 toMs, const QStringList &names) const
{
    OnCallHoursReport report;
    for (const OnCallSchedule &schedule : m_schedules)
        if (names.isEmpty() || names.contains(schedule.name))
            OnCallHoursMath::add(report, OnCallShifts::compute(schedule, fromMs, toMs),
                                 schedule.zone);
    OnCallHoursMath::finish(report);
    return report;
}

Result<QByteArray> OnCallService::calendar(const QString &name, const QString &person,
                                           qint64 fromMs, qint64 toMs)
{
    Result<const OnCallSchedule *> found = find(name);
    if (!found)
        return Error {found.error()};
    if (toMs <= fromMs)
        return Error {tr("The end of the range must be after its start.")};
    const OnCallSchedule &schedule = *found.value();
    if (!person.isEmpty() && !schedule.people().contains(person))
        return Error {tr("%1 is not on the schedule %2.").arg(person, name)};
    // Whole turns, so an occurrence is numbered the same whatever the range.
    const std::optional<OnCallShift> first = OnCallShifts::at(schedule, fromMs);
    const std::optional<OnCallShift> last = OnCallShifts::at(schedule, toMs - 1);
    const qint64 from = first ? first->startMs : fromMs;
    const qint64 to = last ? last->endMs : toMs;
    const QList<CalendarEvent> current
            = OnCallCalendar::events(name, OnCallShifts::compute(schedule, from, to), person);
    const QString key = OnCallCalendar::calendarKey(name, person);
    ScheduleStore store(m_database);
    Result<QList<CalendarEvent>> published = store.published(key);
    if (!published)
        return Error {published.error()};
    const QList<CalendarEvent> events
            = OnCallCalendar::reconcile(published.value(), current, from, to);
    if (Result<void> saved = store.publish(key, events); !saved)
        return Error {saved.error()};
    const QString title = person.isEmpty() ? tr("On call: %1").arg(name)
                                           : tr("On call: %1 (%2)").arg(name, person);
    return IcalendarWriter::write(title, events, nowMs());
}

} // namespace sitrep
