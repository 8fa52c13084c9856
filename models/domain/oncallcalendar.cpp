#include "oncallcalendar.h"

#include <QCryptographicHash>
#include <QHash>

namespace sitrep {

namespace {

QString uidFor(const QString &key)
{
    return QString::fromLatin1(QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha1)
                                       .toHex()
                                       .left(32))
            + QStringLiteral("@oncall.sitrep");
}

enum class Role { Primary, Secondary, Added };

QString roleKey(Role role)
{
    switch (role) {
    case Role::Primary:
        return QStringLiteral("primary");
    case Role::Secondary:
        return QStringLiteral("secondary");
    case Role::Added:
        return QStringLiteral("added");
    }
    return {};
}

std::optional<Role> roleOf(const OnCallShift &shift, const QString &person)
{
    if (shift.primary == person)
        return Role::Primary;
    if (shift.secondary == person)
        return Role::Secondary;
    if (shift.added.contains(person))
        return Role::Added;
    return std::nullopt;
}

} // namespace

QString OnCallCalendar::calendarKey(const QString &schedule, const QString &person)
{
    return person.isEmpty() ? schedule : schedule + u'/' + person;
}

QList<CalendarEvent> OnCallCalendar::events(const QString &schedule,
                                            const QList<OnCallShift> &shifts, const QString &person)
{
    QList<CalendarEvent> events;
    QHash<QString, int> pieces; // occurrences seen so far per turn (and role)
    QString previousKey;
    for (const OnCallShift &shift : shifts) {
        if (person.isEmpty()) {
            const QString key = schedule + u'/' + shift.turnKey();
            const int piece = ++pieces[key];
            QStringList onCall = shift.added;
            if (!shift.primary.isEmpty())
                onCall.prepend(shift.primary);
            CalendarEvent event;
            event.uid = uidFor(key + u'/' + QString::number(piece));
            event.startMs = shift.startMs;
            event.endMs = shift.endMs;
            event.summary = onCall.isEmpty()
                    ? tr("%1: nobody on call").arg(schedule)
                    : tr("%1 on call: %2").arg(schedule, onCall.join(u", "));
            event.description = shift.secondary.isEmpty()
                    ? tr("No secondary.")
                    : tr("Secondary: %1").arg(shift.secondary);
            events << event;
            continue;
        }
        const std::optional<Role> role = roleOf(shift, person);
        if (!role) {
            previousKey.clear();
            continue;
        }
        const QString key
                = calendarKey(schedule, person) + u'/' + roleKey(*role) + u'/' + shift.turnKey();
        // The same role in the same turn continues one event (a secondary changed beside it).
        if (key == previousKey && events.last().endMs == shift.startMs) {
            events.last().endMs = shift.endMs;
            continue;
        }
        previousKey = key;
        const int piece = ++pieces[key];
        CalendarEvent event;
        event.uid = uidFor(key + u'/' + QString::number(piece));
        event.startMs = shift.startMs;
        event.endMs = shift.endMs;
        switch (*role) {
        case Role::Primary:
            event.summary = tr("On call (primary): %1").arg(schedule);
            event.description = shift.secondary.isEmpty()
                    ? tr("No secondary.")
                    : tr("Secondary: %1").arg(shift.secondary);
            break;
        case Role::Secondary:
            event.summary = tr("On call (secondary): %1").arg(schedule);
            event.description = tr("Primary: %1").arg(shift.primary);
            break;
        case Role::Added:
            event.summary = tr("On call (override): %1").arg(schedule);
            event.description = tr("Primary: %1").arg(shift.primary);
            break;
        }
        events << event;
    }
    return events;
}

QList<CalendarEvent> OnCallCalendar::reconcile(const QList<CalendarEvent> &published,
                                               QList<CalendarEvent> current, qint64 fromMs,
                                               qint64 toMs)
{
    QHash<QString, const CalendarEvent *> before;
    for (const CalendarEvent &event : published)
        before.insert(event.uid, &event);
    QSet<QString> present;
    for (CalendarEvent &event : current) {
        present.insert(event.uid);
        if (const CalendarEvent *earlier = before.value(event.uid)) {
            const bool changed = earlier->startMs != event.startMs || earlier->endMs != event.endMs
                    || earlier->summary != event.summary
                    || earlier->description != event.description || earlier->cancelled;
            event.sequence = earlier->sequence + (changed ? 1 : 0);
        }
    }
    for (const CalendarEvent &earlier : published) {
        if (present.contains(earlier.uid) || earlier.endMs <= fromMs || earlier.startMs >= toMs)
            continue;
        CalendarEvent gone = earlier;
        if (!gone.cancelled)
            ++gone.sequence;
        gone.cancelled = true;
        current << gone;
    }
    std::sort(current.begin(), current.end(), [](const CalendarEvent &a, const CalendarEvent &b) {
        return a.startMs < b.startMs || (a.startMs == b.startMs && a.uid < b.uid);
    });
    return current;
}

} // namespace sitrep
