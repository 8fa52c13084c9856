#pragma once

#include "domain/hybridclock.h"
#include "domain/result.h"
#include "domain/teamchange.h"
#include "preparedquery.h"

#include <optional>

#include <QCoreApplication>
#include <QJsonObject>
#include <QJsonValue>
#include <QUuid>

namespace sitrep {

class Database;

// The change that currently wins a field of a synced thing (last writer wins: the greater
// stamp, ties broken by the change's uid), and what it said.
struct FieldWinner
{
    QUuid change;
    HlcStamp stamp;
    QString author;
    QByteArray payload; // the change's JSON
    [[nodiscard]] bool beats(HlcStamp otherStamp, const QUuid &otherChange) const
    {
        return stamp != otherStamp ? stamp > otherStamp : change > otherChange;
    }
    // Whether a change's payload names this one as what it replaced ("base"): its writer had
    // seen it. Otherwise the two were written without seeing each other.
    [[nodiscard]] bool seenBy(const QJsonObject &payload) const;
    // The value it wrote (its payload's "value").
    [[nodiscard]] QJsonValue value() const;
    // A pulled change's claim, as the field's winner would keep it: `payload` is what it says
    // about the field ({"value": ...}, and for a declaration's field its "index").
    [[nodiscard]] static FieldWinner of(const TeamChange &change, const QJsonObject &payload);
};

// What the merge needs to remember in the console's file: each field's winner, and every
// change this console has applied (its own or pulled), so that none applies twice. Callers own
// the transaction.
class TeamFields
{
    Q_DECLARE_TR_FUNCTIONS(TeamFields)
public:
    explicit TeamFields(Database &database);

    [[nodiscard]] Result<std::optional<FieldWinner>> winner(const QUuid &entity,
                                                            const QString &field);
    [[nodiscard]] Result<void> setWinner(const QUuid &entity, const QString &field,
                                         const FieldWinner &winner);
    // The winners of every field of `entity` starting with `prefix` ("responders/"), by field.
    [[nodiscard]] Result<QList<std::pair<QString, FieldWinner>>> winners(const QUuid &entity,
                                                                         const QString &prefix);
    [[nodiscard]] Result<void> remove(const QUuid &entity, const QString &field);
    // A section's conflict copies live beside its winner, one field per losing change.
    [[nodiscard]] static QString copyField(const QString &field, const QUuid &change);
    [[nodiscard]] static QString copiesOf(const QString &field);
    // Notes the change as applied here; false when it already was.
    [[nodiscard]] Result<bool> markSeen(const QUuid &change);

private:
    Database &m_database;
    // Prepared once per TeamFields: a pulled page asks thousands of times.
    PreparedQuery m_winner;
    PreparedQuery m_setWinner;
    PreparedQuery m_seen;
};

} // namespace sitrep
