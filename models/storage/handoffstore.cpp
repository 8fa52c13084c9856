#include "handoffstore.h"

#include "database.h"
#include "sqlerrors.h"

#include <QSqlQuery>

namespace sitrep {

HandoffStore::HandoffStore(Database &database) : m_database(database) { }

Result<QSet<QString>> HandoffStore::ticked(const QString &schedule, qint64 shiftStartMs,
                                           const QString &person)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT phase, item FROM handoff_ticks WHERE schedule = ?"
                                 " AND shift_start = ? AND person = ?"));
    query.bindValue(0, schedule);
    query.bindValue(1, shiftStartMs);
    query.bindValue(2, person);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the on-call checklist"), query.lastError());
    QSet<QString> ticked;
    while (query.next())
        ticked.insert(query.value(0).toString() + u'/' + query.value(1).toString());
    return ticked;
}

Result<void> HandoffStore::setTicked(const QString &schedule, qint64 shiftStartMs,
                                     const QString &person, HandoffPhase phase, int item,
                                     bool ticked, qint64 atMs)
{
    QSqlQuery query(m_database.connection());
    if (ticked) {
        query.prepare(QStringLiteral("INSERT OR REPLACE INTO handoff_ticks (schedule, shift_start,"
                                     " person, phase, item, ticked_at) VALUES (?, ?, ?, ?, ?, ?)"));
        query.bindValue(5, atMs);
    } else {
        query.prepare(QStringLiteral("DELETE FROM handoff_ticks WHERE schedule = ? AND"
                                     " shift_start = ? AND person = ? AND phase = ? AND item = ?"));
    }
    query.bindValue(0, schedule);
    query.bindValue(1, shiftStartMs);
    query.bindValue(2, person);
    query.bindValue(3, HandoffChecklist::key(phase));
    query.bindValue(4, item);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the on-call checklist"), query.lastError());
    return {};
}

Result<std::optional<HandoffNote>> HandoffStore::note(const QString &schedule, qint64 handoffMs)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("SELECT author, text, written_at FROM handoff_notes"
                                 " WHERE schedule = ? AND handoff_at = ?"));
    query.bindValue(0, schedule);
    query.bindValue(1, handoffMs);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not read the handoff note"), query.lastError());
    if (!query.next())
        return std::optional<HandoffNote>();
    return std::optional(HandoffNote {query.value(0).toString(), query.value(1).toString(),
                                      query.value(2).toLongLong()});
}

Result<void> HandoffStore::saveNote(const QString &schedule, qint64 handoffMs,
                                    const HandoffNote &note)
{
    QSqlQuery query(m_database.connection());
    query.prepare(QStringLiteral("INSERT OR REPLACE INTO handoff_notes (schedule, handoff_at,"
                                 " author, text, written_at) VALUES (?, ?, ?, ?, ?)"));
    query.bindValue(0, schedule);
    query.bindValue(1, handoffMs);
    query.bindValue(2, note.author);
    query.bindValue(3, note.text);
    query.bindValue(4, note.writtenMs);
    if (!query.exec())
        return SqlErrors::describe(tr("Could not save the handoff note"), query.lastError());
    return {};
}

} // namespace sitrep
