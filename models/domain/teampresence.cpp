#include "teampresence.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace sitrep {

namespace {

QStringList logins(const QList<Presence> &all, const QUuid &self, const QUuid &incident,
                   bool writingOnly)
{
    QStringList names;
    for (const Presence &presence : all) {
        if (presence.console == self)
            continue;
        for (const PresencePlace &place : presence.places)
            if (place.incident == incident && (place.writing || !writingOnly)
                && !names.contains(presence.login))
                names << presence.login;
    }
    names.sort();
    return names;
}

} // namespace

QByteArray TeamPresence::toJson(const QList<PresencePlace> &places)
{
    QJsonArray array;
    for (const PresencePlace &place : places)
        array.append(QJsonObject {
                {QStringLiteral("incident"), place.incident.toString(QUuid::WithoutBraces)},
                {QStringLiteral("writing"), place.writing}});
    return QJsonDocument(array).toJson(QJsonDocument::Compact);
}

QList<PresencePlace> TeamPresence::fromJson(const QByteArray &json)
{
    QList<PresencePlace> places;
    for (const QJsonValue &value : QJsonDocument::fromJson(json).array()) {
        const QUuid incident(value.toObject().value(u"incident").toString());
        if (!incident.isNull())
            places.append({incident, value.toObject().value(u"writing").toBool()});
    }
    return places;
}

QStringList TeamPresence::viewers(const QList<Presence> &all, const QUuid &self,
                                  const QUuid &incident)
{
    return logins(all, self, incident, false);
}

QStringList TeamPresence::writers(const QList<Presence> &all, const QUuid &self,
                                  const QUuid &incident)
{
    return logins(all, self, incident, true);
}

QString TeamPresence::describe(const QList<Presence> &all, const QUuid &self, const QUuid &incident)
{
    const QStringList here = viewers(all, self, incident);
    if (here.isEmpty())
        return {};
    QString text = tr("Also here: %1").arg(here.join(QStringLiteral(", ")));
    const QStringList writing = writers(all, self, incident);
    if (!writing.isEmpty())
        text += QStringLiteral(" · ")
                + tr("%1 is writing an update…", nullptr, int(writing.size()))
                          .arg(writing.join(QStringLiteral(", ")));
    return text;
}

} // namespace sitrep
