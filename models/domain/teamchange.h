#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QUuid>

namespace sitrep {

// One change in the team's log: what changed (an entity by its uid, and a field of it, or the
// whole thing), the new value as JSON, its hybrid logical clock stamp, and once the server has
// it, its place in the one total order and who made it (the database login, which no console
// can forge).
struct TeamChange
{
    QUuid uid; // made by the console; a change resent after a lost answer applies once
    QString entity;
    QUuid entityUid;
    QString field;
    QByteArray payload; // JSON
    qint64 hlcMs = 0;
    int hlcCounter = 0;
    // Set by the server.
    qint64 seq = 0;
    QString author;
    QDateTime committedAt;
};

} // namespace sitrep
