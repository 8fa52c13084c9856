#include "handoffservice.h"

#include "oncallservice.h"
#include "storage/handoffstore.h"

namespace sitrep {

HandoffService::HandoffService(Database &database, OnCallService &oncall, const Clock &clock,
                               QObject *parent)
    : QObject(parent), m_database(database), m_oncall(oncall), m_clock(clock)
{ }

std::optional<Handoff> HandoffService::next(const QString &name) const
{
    const std::optional<OnCallSchedule> schedule = m_oncall.schedule(name);
    if (!schedule)
        return std::nullopt;
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    const QList<OnCallShift> shifts
            = OnCallShifts::compute(*schedule, now, now + 60LL * 24 * 3'600'000);
    if (shifts.isEmpty())
        return std::nullopt;
    const QString current = shifts.first().startMs <= now ? shifts.first().primary : QString();
    for (const OnCallShift &shift : shifts)
        if (shift.startMs > now && shift.primary != current && !shift.primary.isEmpty())
            return Handoff {name, shift.startMs, current, shift.primary};
    return std::nullopt;
}

Result<QList<HandoffItem>> HandoffService::checklist(const Handoff &handoff)
{
    HandoffStore store(m_database);
    QList<HandoffItem> items;
    for (HandoffPhase phase : HandoffChecklist::phases) {
        const QString person = phase == HandoffPhase::Before ? handoff.incoming : handoff.outgoing;
        if (person.isEmpty())
            continue;
        const Result<QSet<QString>> ticked = store.ticked(handoff.schedule, handoff.atMs, person);
        if (!ticked)
            return Error {ticked.error()};
        const QStringList texts = HandoffChecklist::items(phase);
        for (int i = 0; i < texts.size(); ++i)
            items << HandoffItem {phase, i, person, texts.at(i),
                                  ticked.value().contains(HandoffChecklist::key(phase) + u'/'
                                                          + QString::number(i))};
    }
    return items;
}

Result<void> HandoffService::tick(const Handoff &handoff, const HandoffItem &item, bool ticked)
{
    if (Result<void> saved
        = HandoffStore(m_database)
                  .setTicked(handoff.schedule, handoff.atMs, item.person, item.phase, item.index,
                             ticked, m_clock.now().toMSecsSinceEpoch());
        !saved)
        return saved;
    Q_EMIT changed(handoff.schedule);
    return {};
}

Result<std::optional<HandoffNote>> HandoffService::note(const Handoff &handoff)
{
    return HandoffStore(m_database).note(handoff.schedule, handoff.atMs);
}

Result<void> HandoffService::writeNote(const Handoff &handoff, const QString &author,
                                       const QString &text)
{
    if (text.trimmed().isEmpty())
        return Error {tr("Write what the next person should know first.")};
    if (Result<void> saved
        = HandoffStore(m_database)
                  .saveNote(handoff.schedule, handoff.atMs,
                            {author, text.trimmed(), m_clock.now().toMSecsSinceEpoch()});
        !saved)
        return saved;
    Q_EMIT changed(handoff.schedule);
    return {};
}

} // namespace sitrep
