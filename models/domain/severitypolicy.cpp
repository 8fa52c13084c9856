#include "severitypolicy.h"

namespace sitrep {

namespace {

// The texts of resources/policy/severity-levels.json, listed here so that lupdate offers them
// for translation.
[[maybe_unused]] constexpr const char *shippedTexts[] = {
        QT_TRANSLATE_NOOP("SeverityPolicy", "Critical"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "High"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Medium"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Low"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Complete service outage"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Data loss or corruption"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Security breach"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Revenue impact >$10K/hour"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Significant feature degradation"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Affecting >50% of users"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Performance severely degraded"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Revenue impact $1K-$10K/hour"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Minor feature degradation"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Affecting <50% of users"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Workaround available"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Minimal revenue impact"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Cosmetic issues"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "Minimal user impact"),
        QT_TRANSLATE_NOOP("SeverityPolicy", "No revenue impact"),
};

int indexOf(Severity severity)
{
    return static_cast<int>(severity) - 1;
}

} // namespace

SeverityPolicy::SeverityPolicy()
{
    for (Severity severity : allSeverities)
        m_levels[indexOf(severity)].severity = severity;
}

const SeverityLevel &SeverityPolicy::level(Severity severity) const
{
    return m_levels[indexOf(severity)];
}

void SeverityPolicy::setLevel(const SeverityLevel &level)
{
    m_levels[indexOf(level.severity)] = level;
}

QDateTime SeverityPolicy::nextUpdateDue(const Incident &incident) const
{
    return updateDue(incident, incident.detectedAt);
}

QDateTime SeverityPolicy::nextUpdateDue(const BoardIncident &incident) const
{
    return updateDue(incident, incident.startedAt);
}

QDateTime SeverityPolicy::updateDue(const BoardIncident &incident,
                                    const QDateTime &firstHeard) const
{
    if (!incident.isOpen())
        return {};
    const QDateTime base = incident.lastUpdateAt.isValid() ? incident.lastUpdateAt : firstHeard;
    if (!base.isValid())
        return {};
    return base.addSecs(std::chrono::seconds(level(incident.severity).updateCadence).count());
}

QDateTime SeverityPolicy::responseDeadline(const Incident &incident) const
{
    const ResponseTarget &target = level(incident.severity).response;
    const QDateTime detected = incident.detectedAt.toUTC();
    switch (target.kind) {
    case ResponseTarget::Kind::Immediate:
        return detected;
    case ResponseTarget::Kind::Within:
        return detected.addSecs(std::chrono::seconds(target.within).count());
    case ResponseTarget::Kind::NextBusinessDay: {
        QDateTime next = detected.addDays(1);
        while (next.date().dayOfWeek() > 5)
            next = next.addDays(1);
        return next;
    }
    }
    Q_UNREACHABLE();
    return QDateTime();
}

QString SeverityPolicy::responseText(const ResponseTarget &target)
{
    switch (target.kind) {
    case ResponseTarget::Kind::Immediate:
        return tr("Immediate");
    case ResponseTarget::Kind::NextBusinessDay:
        return tr("Next business day");
    case ResponseTarget::Kind::Within: {
        const auto minutes = target.within.count();
        if (minutes == 60)
            return tr("< 1 hour");
        if (minutes % 60 == 0)
            return tr("< %1 hours").arg(minutes / 60);
        return tr("< %1 min").arg(minutes);
    }
    }
    Q_UNREACHABLE();
    return QString();
}

QString SeverityPolicy::cadenceText(std::chrono::minutes cadence)
{
    const auto minutes = cadence.count();
    if (minutes == 24 * 60)
        return tr("Daily");
    if (minutes == 60)
        return tr("Every hour");
    if (minutes % 60 == 0)
        return tr("Every %1 hours").arg(minutes / 60);
    if (minutes == 1)
        return tr("Every minute");
    return tr("Every %1 minutes").arg(minutes);
}

QString SeverityPolicy::translatedText(const QString &text)
{
    return QCoreApplication::translate("SeverityPolicy", text.toUtf8().constData());
}

SeverityPolicy SeverityPolicy::translated() const
{
    SeverityPolicy shown = *this;
    for (SeverityLevel &level : shown.m_levels) {
        level.name = translatedText(level.name);
        for (QString &criterion : level.criteria)
            criterion = translatedText(criterion);
    }
    return shown;
}

} // namespace sitrep
