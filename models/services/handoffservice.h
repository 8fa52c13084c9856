#pragma once

#include "domain/clock.h"
#include "domain/handoffchecklist.h"
#include "domain/handoffnote.h"
#include "domain/result.h"

#include <QObject>

namespace sitrep {

class Database;
class OnCallService;

// The next change of primary on a schedule: who hands off to whom, and when.
struct Handoff
{
    QString schedule;
    qint64 atMs = 0;
    QString outgoing;
    QString incoming;
    bool operator==(const Handoff &) const = default;
};

// One line of the seed's on-call checklists at a handoff: "before" is the incoming person's,
// "during" and "after" the outgoing person's.
struct HandoffItem
{
    HandoffPhase phase = HandoffPhase::Before;
    int index = 0;
    QString person;
    QString text;
    bool ticked = false;
};

// The handoff between on-call shifts: the seed's checklists, tickable per handoff and person,
// and the note the outgoing person leaves for the next (open incidents, things to watch).
class HandoffService : public QObject
{
    Q_OBJECT
public:
    HandoffService(Database &database, OnCallService &oncall, const Clock &clock,
                   QObject *parent = nullptr);

    // The next handoff where the primary changes, within the next 60 days.
    [[nodiscard]] std::optional<Handoff> next(const QString &schedule) const;
    [[nodiscard]] Result<QList<HandoffItem>> checklist(const Handoff &handoff);
    [[nodiscard]] Result<void> tick(const Handoff &handoff, const HandoffItem &item, bool ticked);
    [[nodiscard]] Result<std::optional<HandoffNote>> note(const Handoff &handoff);
    [[nodiscard]] Result<void> writeNote(const Handoff &handoff, const QString &author,
                                         const QString &text);

Q_SIGNALS:
    void changed(const QString &schedule);

private:
    Database &m_database;
    OnCallService &m_oncall;
    const Clock &m_clock;
};

} // namespace sitrep
