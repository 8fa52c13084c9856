#include "postmortemlines.h"

#include <QRegularExpression>

namespace sitrep {

QString PostmortemLines::join(const QStringList &items)
{
    return items.join(u'\n');
}

QStringList PostmortemLines::split(const QString &text)
{
    static const QRegularExpression marker(QStringLiteral("^(?:\\d+\\.|[-*])\\s+"));
    QStringList items;
    for (QString line : text.split(u'\n')) {
        line = line.trimmed().remove(marker);
        if (!line.isEmpty())
            items << line;
    }
    return items;
}

QString PostmortemLines::joinTimeline(const QList<Postmortem::TimelineEntry> &timeline)
{
    QStringList lines;
    for (const Postmortem::TimelineEntry &entry : timeline)
        lines << (entry.time.isValid()
                          ? entry.time.toString(QStringLiteral("HH:mm")) + u' ' + entry.text
                          : entry.text);
    return lines.join(u'\n');
}

QList<Postmortem::TimelineEntry> PostmortemLines::splitTimeline(const QString &text)
{
    static const QRegularExpression timed(
            QStringLiteral("^(\\d{1,2}):(\\d\\d)(?:\\s*[-\u2013]\\s*|\\s+)(.*)$"));
    QList<Postmortem::TimelineEntry> timeline;
    for (const QString &line : split(text)) {
        const QRegularExpressionMatch match = timed.match(line);
        const QTime time = match.hasMatch()
                ? QTime(match.capturedView(1).toInt(), match.capturedView(2).toInt())
                : QTime();
        if (time.isValid())
            timeline.append({time, match.captured(3)});
        else
            timeline.append({QTime(), line});
    }
    return timeline;
}

} // namespace sitrep
