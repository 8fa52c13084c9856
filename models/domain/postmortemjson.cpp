#include "postmortemjson.h"

#include <QJsonArray>

namespace sitrep {

namespace {

QJsonArray strings(const QStringList &list)
{
    return QJsonArray::fromStringList(list);
}

QStringList stringList(const QJsonValue &value)
{
    QStringList list;
    for (const QJsonValue &item : value.toArray())
        list << item.toString();
    return list;
}

} // namespace

QJsonObject PostmortemJson::writeItem(const Postmortem::ActionItem &item)
{
    QJsonObject written {{QStringLiteral("action"), item.action},
                         {QStringLiteral("owner"), item.owner},
                         {QStringLiteral("due"), item.due.toString(Qt::ISODate)},
                         {QStringLiteral("status"), actionStatusText(item.status)}};
    if (!item.uid.isNull())
        written.insert(QStringLiteral("uid"), item.uid.toString(QUuid::WithoutBraces));
    if (!item.order.isEmpty())
        written.insert(QStringLiteral("order"), item.order);
    return written;
}

Postmortem::ActionItem PostmortemJson::readItem(const QJsonObject &item)
{
    Postmortem::ActionItem read;
    read.action = item.value(u"action").toString();
    read.owner = item.value(u"owner").toString();
    read.due = QDate::fromString(item.value(u"due").toString(), Qt::ISODate);
    read.status = parseActionStatus(item.value(u"status").toString())
                          .value_or(Postmortem::ActionItem::Status::Planned);
    read.uid = QUuid(item.value(u"uid").toString());
    read.order = item.value(u"order").toString();
    return read;
}

QJsonObject PostmortemJson::write(const Postmortem &p)
{
    QJsonArray timeline;
    for (const Postmortem::TimelineEntry &entry : p.timeline)
        timeline.append(QJsonObject {{QStringLiteral("time"), entry.time.toString(u"HH:mm")},
                                     {QStringLiteral("text"), entry.text}});
    QJsonArray items;
    for (const Postmortem::ActionItem &item : p.actionItems)
        items.append(writeItem(item));
    QJsonArray related;
    for (const Postmortem::Related &link : p.related)
        related.append(QJsonObject {{QStringLiteral("date"), link.date.toString(Qt::ISODate)},
                                    {QStringLiteral("title"), link.title},
                                    {QStringLiteral("link"), link.link},
                                    {QStringLiteral("same_root_cause"), link.sameRootCause}});
    return {
            {QStringLiteral("title"), p.title},
            {QStringLiteral("date"), p.date.toString(Qt::ISODate)},
            {QStringLiteral("authors"), strings(p.authors)},
            {QStringLiteral("severity"), severityCode(p.severity)},
            {QStringLiteral("duration_minutes"), qint64(p.duration.count())},
            {QStringLiteral("duration_reason"), p.durationReason},
            {QStringLiteral("summary"), p.summary},
            {QStringLiteral("users_affected"), p.usersAffected},
            {QStringLiteral("active_users_percent"),
             p.activeUsersPercent ? QJsonValue(*p.activeUsersPercent) : QJsonValue()},
            {QStringLiteral("revenue_impact"), p.revenueImpact},
            {QStringLiteral("services_affected"), strings(p.servicesAffected)},
            {QStringLiteral("timeline"), timeline},
            {QStringLiteral("root_cause"), p.rootCause},
            {QStringLiteral("resolution"), strings(p.resolution)},
            {QStringLiteral("went_well"), strings(p.wentWell)},
            {QStringLiteral("went_wrong"), strings(p.wentWrong)},
            {QStringLiteral("action_items"), items},
            {QStringLiteral("lessons"), strings(p.lessons)},
            {QStringLiteral("related"), related},
    };
}

Postmortem PostmortemJson::read(const QJsonObject &d)
{
    Postmortem p;
    p.title = d.value(u"title").toString();
    p.date = QDate::fromString(d.value(u"date").toString(), Qt::ISODate);
    p.authors = stringList(d.value(u"authors"));
    p.severity = parseSeverity(d.value(u"severity").toString()).value_or(Severity::Sev3);
    p.duration = std::chrono::minutes(d.value(u"duration_minutes").toInteger());
    p.durationReason = d.value(u"duration_reason").toString();
    p.summary = d.value(u"summary").toString();
    p.usersAffected = d.value(u"users_affected").toInteger();
    if (d.value(u"active_users_percent").isDouble())
        p.activeUsersPercent = d.value(u"active_users_percent").toDouble();
    p.revenueImpact = d.value(u"revenue_impact").toString();
    p.servicesAffected = stringList(d.value(u"services_affected"));
    for (const QJsonValue &entry : d.value(u"timeline").toArray())
        p.timeline.append({QTime::fromString(entry[u"time"].toString(), u"HH:mm"),
                           entry[u"text"].toString()});
    p.rootCause = d.value(u"root_cause").toString();
    p.resolution = stringList(d.value(u"resolution"));
    p.wentWell = stringList(d.value(u"went_well"));
    p.wentWrong = stringList(d.value(u"went_wrong"));
    for (const QJsonValue &item : d.value(u"action_items").toArray())
        p.actionItems.append(readItem(item.toObject()));
    p.lessons = stringList(d.value(u"lessons"));
    for (const QJsonValue &link : d.value(u"related").toArray())
        p.related.append({QDate::fromString(link[u"date"].toString(), Qt::ISODate),
                          link[u"title"].toString(), link[u"link"].toString(),
                          link[u"same_root_cause"].toBool()});
    return p;
}

} // namespace sitrep
