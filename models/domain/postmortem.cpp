#include "postmortem.h"

#include <QRegularExpression>

namespace sitrep {

Postmortem::Related relatedIncident(const Incident &incident, bool sameRootCause)
{
    return {incident.startedAt.toUTC().date(), incident.title,
            QStringLiteral("#incident-%1").arg(incident.id), sameRootCause};
}

QString postmortemStatusText(Postmortem::Status status)
{
    switch (status) {
    case Postmortem::Status::InReview:
        return QStringLiteral("In review");
    case Postmortem::Status::Complete:
        return QStringLiteral("Complete");
    case Postmortem::Status::Draft:
        break;
    }
    return QStringLiteral("Draft");
}

std::optional<Postmortem::Status> parsePostmortemStatus(QStringView text)
{
    for (auto status :
         {Postmortem::Status::Draft, Postmortem::Status::InReview, Postmortem::Status::Complete})
        if (text.compare(postmortemStatusText(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

QString actionStatusText(Postmortem::ActionItem::Status status)
{
    switch (status) {
    case Postmortem::ActionItem::Status::InProgress:
        return QStringLiteral("In Progress");
    case Postmortem::ActionItem::Status::Done:
        return QStringLiteral("Done");
    case Postmortem::ActionItem::Status::Planned:
        break;
    }
    return QStringLiteral("Planned");
}

std::optional<Postmortem::ActionItem::Status> parseActionStatus(QStringView text)
{
    using Status = Postmortem::ActionItem::Status;
    for (auto status : {Status::Planned, Status::InProgress, Status::Done})
        if (text.compare(actionStatusText(status), Qt::CaseInsensitive) == 0)
            return status;
    return std::nullopt;
}

QStringList PostmortemRules::missingForComplete(const Postmortem &postmortem)
{
    QStringList missing;
    if (postmortem.summary.trimmed().isEmpty())
        missing << tr("a summary");
    if (postmortem.usersAffected <= 0 && postmortem.revenueImpact.trimmed().isEmpty()
        && postmortem.servicesAffected.isEmpty())
        missing << tr("the impact (users affected, revenue or services)");
    if (postmortem.rootCause.trimmed().isEmpty())
        missing << tr("the root cause");
    if (postmortem.resolution.isEmpty())
        missing << tr("the resolution");
    for (qsizetype i = 0; i < postmortem.timeline.size(); ++i)
        if (!postmortem.timeline.at(i).time.isValid())
            missing << tr("a time (HH:MM) for timeline entry %1").arg(i + 1);
    if (postmortem.actionItems.isEmpty())
        missing << tr("at least one action item");
    for (qsizetype i = 0; i < postmortem.actionItems.size(); ++i) {
        const Postmortem::ActionItem &item = postmortem.actionItems.at(i);
        const QString name = item.action.isEmpty() ? tr("action item %1").arg(i + 1)
                                                   : tr("\"%1\"").arg(item.action);
        if (item.owner.trimmed().isEmpty())
            missing << tr("an owner for %1").arg(name);
        if (!item.due.isValid())
            missing << tr("a due date for %1").arg(name);
    }
    return missing;
}

QString PostmortemRules::durationText(std::chrono::minutes duration)
{
    const qint64 hours = duration.count() / 60;
    const qint64 minutes = duration.count() % 60;
    QStringList parts;
    if (hours > 0)
        parts << (hours == 1 ? QStringLiteral("1 hour") : QStringLiteral("%1 hours").arg(hours));
    if (minutes > 0 || hours == 0)
        parts << (minutes == 1 ? QStringLiteral("1 minute")
                               : QStringLiteral("%1 minutes").arg(minutes));
    return parts.join(u' ');
}

std::optional<std::chrono::minutes> PostmortemRules::parseDuration(QStringView text)
{
    static const QRegularExpression pattern(
            QStringLiteral("^\\s*(?:(\\d+)\\s*hours?)?\\s*(?:(\\d+)\\s*minutes?)?\\s*$"));
    const QRegularExpressionMatch match = pattern.match(text.toString());
    if (!match.hasMatch() || (match.capturedView(1).isEmpty() && match.capturedView(2).isEmpty()))
        return std::nullopt;
    // Issue 27, defect 3: a number of hours too large for the arithmetic wrapped around into a
    // negative duration. An incident lasts at most a year here; anything longer is not read.
    constexpr qint64 yearOfMinutes = 366LL * 24 * 60;
    bool hoursOk = true;
    bool minutesOk = true;
    const qint64 hours
            = match.capturedView(1).isEmpty() ? 0 : match.capturedView(1).toLongLong(&hoursOk);
    const qint64 minutes
            = match.capturedView(2).isEmpty() ? 0 : match.capturedView(2).toLongLong(&minutesOk);
    if (!hoursOk || !minutesOk || hours > yearOfMinutes / 60 || minutes > yearOfMinutes
        || hours * 60 + minutes > yearOfMinutes)
        return std::nullopt;
    return std::chrono::minutes(hours * 60 + minutes);
}

} // namespace sitrep
