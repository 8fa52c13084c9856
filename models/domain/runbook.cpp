#include "runbook.h"

#include <QRegularExpression>

namespace sitrep {

namespace {

const QStringList templateSections = {
        QStringLiteral("Symptoms"),
        QStringLiteral("Impact"),
        QStringLiteral("Investigation Steps"),
        QStringLiteral("Resolution Steps"),
        QStringLiteral("Escalation"),
        QStringLiteral("Related Runbooks"),
        QStringLiteral("Postmortem Links"),
};

QString comparable(const QString &name)
{
    QString letters;
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            letters.append(c.toLower());
    }
    return letters;
}

QStringList listValue(const QString &line)
{
    QStringList values;
    for (const QString &value : line.section(u':', 1).split(u',')) {
        if (!value.trimmed().isEmpty())
            values << value.trimmed();
    }
    return values;
}

} // namespace

QStringList Runbook::commandBlocks() const
{
    QStringList blocks;
    static const QRegularExpression fence(QStringLiteral("^```[^\\n]*\\n(.*?)^```"),
                                          QRegularExpression::MultilineOption
                                                  | QRegularExpression::DotMatchesEverythingOption);
    for (const QRegularExpressionMatch &match : fence.globalMatch(markdown))
        blocks << match.captured(1).trimmed();
    return blocks;
}

QStringList Runbook::missingSections() const
{
    QStringList missing;
    for (const QString &section : templateSections) {
        const QRegularExpression heading(
                QStringLiteral("^##\\s+%1\\s*$").arg(QRegularExpression::escape(section)),
                QRegularExpression::MultilineOption | QRegularExpression::CaseInsensitiveOption);
        if (!heading.match(markdown).hasMatch())
            missing << section;
    }
    return missing;
}

bool Runbook::matches(const Incident &incident, const QStringList &alertNames) const
{
    for (const QString &service : services) {
        if (incident.services.contains(service, Qt::CaseInsensitive))
            return true;
    }
    QStringList candidates = alertNames;
    candidates << incident.title;
    for (const QString &alert : alerts) {
        for (const QString &candidate : std::as_const(candidates)) {
            if (!alert.isEmpty() && comparable(alert) == comparable(candidate))
                return true;
        }
    }
    return false;
}

Result<Runbook> RunbookParser::parse(const QString &text, const QString &fileName)
{
    Runbook runbook;
    runbook.fileName = fileName;
    QStringList lines = text.split(u'\n');
    if (!lines.isEmpty() && lines.first().trimmed() == u"---") {
        const qsizetype end = lines.indexOf(QStringLiteral("---"), 1);
        if (end < 0)
            return Error {tr("%1: the header that starts with --- on line 1 is never closed.")
                                  .arg(fileName)};
        for (qsizetype i = 1; i < end; ++i) {
            const QString line = lines.at(i).trimmed();
            if (line.startsWith(u"services:"))
                runbook.services = listValue(line);
            else if (line.startsWith(u"alerts:"))
                runbook.alerts = listValue(line);
            else if (!line.isEmpty())
                return Error {tr("%1:%2: unknown header line \"%3\" (known: services, alerts).")
                                      .arg(fileName)
                                      .arg(i + 1)
                                      .arg(line)};
        }
        lines = lines.mid(end + 1);
    }
    runbook.markdown = lines.join(u'\n').trimmed();
    static const QRegularExpression title(QStringLiteral("^#\\s+(?:Runbook:\\s*)?(.+)$"),
                                          QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = title.match(runbook.markdown);
    if (!match.hasMatch())
        return Error {
                tr("%1: a runbook starts with a title line \"# Runbook: ...\".").arg(fileName)};
    runbook.title = match.captured(1).trimmed();
    return runbook;
}

} // namespace sitrep
