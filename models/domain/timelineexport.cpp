#include "timelineexport.h"

#include <algorithm>

#include <QJsonObject>

namespace sitrep {

namespace {

QList<TimelineEvent> shown(QList<TimelineEvent> events)
{
    events.removeIf([](const TimelineEvent &event) { return event.isDeleted(); });
    std::stable_sort(events.begin(), events.end(), timelineBefore);
    return events;
}

} // namespace

QString timelineMarkdown(QList<TimelineEvent> events)
{
    events = shown(std::move(events));
    const bool oneDay = events.isEmpty()
            || events.constFirst().at.toUTC().date() == events.constLast().at.toUTC().date();
    const QString format = oneDay ? QStringLiteral("HH:mm") : QStringLiteral("yyyy-MM-dd HH:mm");
    QString markdown = QStringLiteral("## Timeline (UTC)\n");
    for (const TimelineEvent &event : std::as_const(events)) {
        // One line per entry: a line break inside the text would end the list item.
        const QString text = event.text.simplified();
        markdown += QStringLiteral("- **%1** - %2\n").arg(event.at.toUTC().toString(format), text);
    }
    return markdown;
}

QJsonArray timelineJson(QList<TimelineEvent> events)
{
    QJsonArray array;
    for (const TimelineEvent &event : shown(std::move(events))) {
        array.append(QJsonObject {
                {QStringLiteral("time"), event.at.toUTC().toString(Qt::ISODateWithMs)},
                {QStringLiteral("kind"), timelineKindKey(event.kind)},
                {QStringLiteral("text"), event.text},
                {QStringLiteral("author"), event.author},
                {QStringLiteral("key"), event.key},
                {QStringLiteral("automatic"), event.automatic},
        });
    }
    return array;
}

} // namespace sitrep
