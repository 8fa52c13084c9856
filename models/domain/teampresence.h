#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QUuid>

namespace sitrep {

// Where a console is: an incident it has open, and whether someone there is drafting a status
// update in it.
struct PresencePlace
{
    QUuid incident;
    bool writing = false;
    friend bool operator==(const PresencePlace &, const PresencePlace &) = default;
};

// One console's presence as the team's server last heard it (ephemeral: a heartbeat, never a
// change in the log).
struct Presence
{
    QString login;
    QUuid console;
    QList<PresencePlace> places;
    friend bool operator==(const Presence &, const Presence &) = default;
};

class TeamPresence
{
    Q_DECLARE_TR_FUNCTIONS(TeamPresence)
public:
    [[nodiscard]] static QByteArray toJson(const QList<PresencePlace> &places);
    [[nodiscard]] static QList<PresencePlace> fromJson(const QByteArray &json);
    // Who else has `incident` open (every console but `self`), one name each, sorted.
    [[nodiscard]] static QStringList viewers(const QList<Presence> &all, const QUuid &self,
                                             const QUuid &incident);
    [[nodiscard]] static QStringList writers(const QList<Presence> &all, const QUuid &self,
                                             const QUuid &incident);
    // "Also here: alice, bob · erin is writing an update…"; empty when nobody else is.
    [[nodiscard]] static QString describe(const QList<Presence> &all, const QUuid &self,
                                          const QUuid &incident);
};

} // namespace sitrep
