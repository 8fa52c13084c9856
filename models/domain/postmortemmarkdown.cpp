#include "postmortemmarkdown.h"

#include "incident.h"

#include <QLocale>
#include <QRegularExpression>

namespace sitrep {

namespace {

const QString wellMark = QStringLiteral("✅ ");
const QString wrongMark = QStringLiteral("❌ ");

QString numbered(const QStringList &items)
{
    QString text;
    for (qsizetype i = 0; i < items.size(); ++i)
        text += QStringLiteral("%1. %2\n").arg(i + 1).arg(items.at(i));
    return text;
}

QString bulleted(const QStringList &items, const QString &mark = {})
{
    QString text;
    for (const QString &item : items)
        text += QStringLiteral("- ") + mark + item + u'\n';
    return text;
}

QString usersText(const Postmortem &postmortem)
{
    QString text = QLocale(QLocale::English).toString(postmortem.usersAffected);
    if (postmortem.activeUsersPercent)
        text += QStringLiteral(" (%1% of active users)")
                        .arg(QLocale(QLocale::English)
                                     .toString(*postmortem.activeUsersPercent, 'g', 6));
    return text;
}

// A table cell: pipes inside would end it.
QString cell(const QString &text)
{
    QString escaped = text;
    return escaped.replace(u'|', QStringLiteral("\\|"));
}

} // namespace

QString PostmortemMarkdown::write(const Postmortem &p)
{
    QString md;
    md += QStringLiteral("# Postmortem: %1\n\n").arg(p.title);
    md += QStringLiteral("**Date:** %1\n").arg(p.date.toString(Qt::ISODate));
    md += QStringLiteral("**Authors:** %1\n").arg(p.authors.join(QStringLiteral(", ")));
    md += QStringLiteral("**Status:** %1\n").arg(postmortemStatusText(p.status));
    md += QStringLiteral("**Severity:** %1\n").arg(severityCode(p.severity));
    md += QStringLiteral("**Duration:** %1\n\n").arg(PostmortemRules::durationText(p.duration));
    md += QStringLiteral("## Summary\n%1\n\n").arg(p.summary);
    md += QStringLiteral("## Impact\n");
    md += QStringLiteral("- **Users Affected:** %1\n").arg(usersText(p));
    md += QStringLiteral("- **Duration:** %1\n").arg(PostmortemRules::durationText(p.duration));
    md += QStringLiteral("- **Revenue Impact:** %1\n").arg(p.revenueImpact);
    md += QStringLiteral("- **Services Affected:** %1\n\n")
                  .arg(p.servicesAffected.join(QStringLiteral(", ")));
    md += QStringLiteral("## Timeline (UTC)\n");
    for (const Postmortem::TimelineEntry &entry : p.timeline)
        md += entry.time.isValid() ? QStringLiteral("- **%1** - %2\n")
                                             .arg(entry.time.toString(QStringLiteral("HH:mm")),
                                                  entry.text)
                                   : QStringLiteral("- %1\n").arg(entry.text); // time not known yet
    md += QStringLiteral("\n## Root Cause\n%1\n\n").arg(p.rootCause);
    md += QStringLiteral("## Resolution\n") + numbered(p.resolution) + u'\n';
    md += QStringLiteral("## What Went Well\n") + bulleted(p.wentWell, wellMark) + u'\n';
    md += QStringLiteral("## What Went Wrong\n") + bulleted(p.wentWrong, wrongMark) + u'\n';
    md += QStringLiteral("## Action Items\n| Action | Owner | Due Date | Status |\n"
                         "|--------|-------|----------|--------|\n");
    for (const Postmortem::ActionItem &item : p.actionItems)
        md += QStringLiteral("| %1 | %2 | %3 | %4 |\n")
                      .arg(cell(item.action),
                           item.owner.isEmpty() ? QString() : u'@' + cell(item.owner),
                           item.due.toString(Qt::ISODate), actionStatusText(item.status));
    md += QStringLiteral("\n## Lessons Learned\n") + numbered(p.lessons) + u'\n';
    md += QStringLiteral("## Related Incidents\n");
    for (const Postmortem::Related &related : p.related)
        md += QStringLiteral("- [%1: %2](%3)%4\n")
                      .arg(related.date.toString(Qt::ISODate), related.title, related.link,
                           related.sameRootCause ? QStringLiteral(" (same root cause)")
                                                 : QString());
    return md;
}

PostmortemImport PostmortemMarkdown::read(const QString &markdown)
{
    PostmortemImport result;
    Postmortem &p = result.postmortem;
    static const QRegularExpression field(QStringLiteral("^\\*\\*([^*]+):\\*\\*\\s?(.*)$"));
    static const QRegularExpression impact(QStringLiteral("^- \\*\\*([^*]+):\\*\\*\\s?(.*)$"));
    static const QRegularExpression users(
            QStringLiteral("^([\\d,]+)(?:\\s*\\(([\\d.]+)% of active users\\))?$"));
    static const QRegularExpression timeline(
            QStringLiteral("^- \\*\\*(\\d\\d:\\d\\d)\\*\\* - (.*)$"));
    static const QRegularExpression numberedItem(QStringLiteral("^\\d+\\.\\s+(.*)$"));
    static const QRegularExpression related(QStringLiteral(
            "^- \\[(\\d{4}-\\d\\d-\\d\\d): (.*)\\]\\(([^)]*)\\)( \\(same root cause\\))?$"));
    static const QStringList known {
            QStringLiteral("Summary"),         QStringLiteral("Impact"),
            QStringLiteral("Timeline (UTC)"),  QStringLiteral("Root Cause"),
            QStringLiteral("Resolution"),      QStringLiteral("What Went Well"),
            QStringLiteral("What Went Wrong"), QStringLiteral("Action Items"),
            QStringLiteral("Lessons Learned"), QStringLiteral("Related Incidents")};
    QString section;
    QStringList paragraph;
    int blanks = 0; // blank lines inside a free-text section, kept once text follows them
    const auto unplaced = [&](int number, const QString &line) {
        result.unplaced << tr("line %1: %2").arg(number).arg(line);
    };
    const QStringList lines = markdown.split(u'\n');
    for (int i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const int number = i + 1;
        // Summary and Root Cause are the author's prose: paragraphs and "## " lines that are
        // no section of the template are theirs.
        const bool prose = section == u"Summary" || section == u"Root Cause";
        if (line.isEmpty()) {
            blanks += prose ? 1 : 0;
            continue;
        }
        if (line.startsWith(QStringLiteral("# Postmortem:"))) {
            p.title = line.mid(13).trimmed();
            continue;
        }
        if (line.startsWith(QStringLiteral("## "))
            && (!prose || known.contains(line.mid(3).trimmed()))) {
            section = line.mid(3).trimmed();
            blanks = 0;
            if (!known.contains(section))
                unplaced(number, line);
            continue;
        }
        if (section.isEmpty()) {
            const QRegularExpressionMatch match = field.match(line);
            const QString name = match.captured(1);
            const QString value = match.captured(2).trimmed();
            if (!match.hasMatch())
                unplaced(number, line);
            else if (name == u"Date" && QDate::fromString(value, Qt::ISODate).isValid())
                p.date = QDate::fromString(value, Qt::ISODate);
            else if (name == u"Authors")
                p.authors = value.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            else if (name == u"Status" && parsePostmortemStatus(value))
                p.status = *parsePostmortemStatus(value);
            else if (name == u"Severity" && parseSeverity(value))
                p.severity = *parseSeverity(value);
            else if (name == u"Duration" && PostmortemRules::parseDuration(value))
                p.duration = *PostmortemRules::parseDuration(value);
            else
                unplaced(number, line);
            continue;
        }
        if (prose) {
            QString &text = section == u"Summary" ? p.summary : p.rootCause;
            if (!text.isEmpty())
                text += QString(blanks + 1, u'\n');
            text += lines.at(i);
            blanks = 0;
            continue;
        }
        if (section == u"Impact") {
            const QRegularExpressionMatch match = impact.match(line);
            const QString name = match.captured(1);
            const QString value = match.captured(2).trimmed();
            const QRegularExpressionMatch count = users.match(value);
            bool counted = false;
            const qint64 affected = count.captured(1).remove(u',').toLongLong(&counted);
            // A count beyond Incident::mostAffectedUsers (or beyond qint64) is not placed: the
            // line is reported with the others the import could not read.
            if (match.hasMatch() && name == u"Users Affected" && count.hasMatch() && counted
                && affected <= Incident::mostAffectedUsers) {
                p.usersAffected = affected;
                if (count.capturedLength(2) > 0)
                    p.activeUsersPercent = count.captured(2).toDouble();
            } else if (match.hasMatch() && name == u"Duration"
                       && PostmortemRules::parseDuration(value)) {
                if (p.duration.count() == 0)
                    p.duration = *PostmortemRules::parseDuration(value);
            } else if (match.hasMatch() && name == u"Revenue Impact") {
                p.revenueImpact = value;
            } else if (match.hasMatch() && name == u"Services Affected") {
                p.servicesAffected = value.split(QStringLiteral(", "), Qt::SkipEmptyParts);
            } else {
                unplaced(number, line);
            }
            continue;
        }
        if (section == u"Timeline (UTC)") {
            const QRegularExpressionMatch match = timeline.match(line);
            if (match.hasMatch())
                p.timeline.append({QTime::fromString(match.captured(1), QStringLiteral("HH:mm")),
                                   match.captured(2)});
            else if (line.startsWith(QStringLiteral("- ")))
                p.timeline.append({QTime(), line.mid(2)});
            else
                unplaced(number, line);
            continue;
        }
        if (section == u"Resolution" || section == u"Lessons Learned") {
            const QRegularExpressionMatch match = numberedItem.match(line);
            if (match.hasMatch())
                (section == u"Resolution" ? p.resolution : p.lessons) << match.captured(1);
            else
                unplaced(number, line);
            continue;
        }
        if (section == u"What Went Well" || section == u"What Went Wrong") {
            const QString &mark = section == u"What Went Well" ? wellMark : wrongMark;
            if (line.startsWith(QStringLiteral("- "))) {
                QString item = line.mid(2);
                if (item.startsWith(mark))
                    item = item.mid(mark.size());
                (section == u"What Went Well" ? p.wentWell : p.wentWrong) << item;
            } else {
                unplaced(number, line);
            }
            continue;
        }
        if (section == u"Action Items") {
            if (!line.startsWith(u'|')) {
                unplaced(number, line);
                continue;
            }
            // Split on pipes that are not escaped.
            QStringList cells;
            QString current;
            for (qsizetype c = 1; c < line.size(); ++c) {
                if (line.at(c) == u'\\' && c + 1 < line.size() && line.at(c + 1) == u'|') {
                    current += u'|';
                    ++c;
                } else if (line.at(c) == u'|') {
                    cells << current.trimmed();
                    current.clear();
                } else {
                    current += line.at(c);
                }
            }
            if (cells.size() != 4) {
                unplaced(number, line);
                continue;
            }
            if (cells.at(0) == u"Action" || cells.at(0).startsWith(u'-'))
                continue; // the header and its rule
            Postmortem::ActionItem item;
            item.action = cells.at(0);
            item.owner = cells.at(1).startsWith(u'@') ? cells.at(1).mid(1) : cells.at(1);
            item.due = QDate::fromString(cells.at(2), Qt::ISODate);
            const auto status = parseActionStatus(cells.at(3));
            if (!status || (!item.due.isValid() && !cells.at(2).isEmpty())) {
                unplaced(number, line);
                continue;
            }
            item.status = *status;
            p.actionItems.append(item);
            continue;
        }
        if (section == u"Related Incidents") {
            const QRegularExpressionMatch match = related.match(line);
            if (match.hasMatch())
                p.related.append({QDate::fromString(match.captured(1), Qt::ISODate),
                                  match.captured(2), match.captured(3),
                                  match.capturedLength(4) > 0});
            else
                unplaced(number, line);
            continue;
        }
        unplaced(number, line);
    }
    return result;
}

} // namespace sitrep
