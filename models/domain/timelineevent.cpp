#include "timelineevent.h"

#include <array>
#include <utility>

namespace sitrep {

namespace {

struct KindInfo
{
    TimelineKind kind;
    const char16_t *key;
    const char *name;
};

constexpr std::array<KindInfo, 19> kinds {{
        {TimelineKind::Declared, u"declared", QT_TRANSLATE_NOOP("TimelineKind", "Declared")},
        {TimelineKind::SeverityChanged, u"severity_changed",
         QT_TRANSLATE_NOOP("TimelineKind", "Severity changed")},
        {TimelineKind::StatusChanged, u"status_changed",
         QT_TRANSLATE_NOOP("TimelineKind", "Status changed")},
        {TimelineKind::CommanderChanged, u"commander_changed",
         QT_TRANSLATE_NOOP("TimelineKind", "Commander changed")},
        {TimelineKind::FieldsUpdated, u"fields_updated",
         QT_TRANSLATE_NOOP("TimelineKind", "Details updated")},
        {TimelineKind::Resolved, u"resolved", QT_TRANSLATE_NOOP("TimelineKind", "Resolved")},
        {TimelineKind::Reopened, u"reopened", QT_TRANSLATE_NOOP("TimelineKind", "Reopened")},
        {TimelineKind::RoleAssigned, u"role_assigned",
         QT_TRANSLATE_NOOP("TimelineKind", "Role assigned")},
        {TimelineKind::StatusUpdatePosted, u"status_update_posted",
         QT_TRANSLATE_NOOP("TimelineKind", "Status update posted")},
        {TimelineKind::AlertFired, u"alert_fired",
         QT_TRANSLATE_NOOP("TimelineKind", "Alert fired")},
        {TimelineKind::AlertResolved, u"alert_resolved",
         QT_TRANSLATE_NOOP("TimelineKind", "Alert resolved")},
        {TimelineKind::ChecklistTicked, u"checklist_ticked",
         QT_TRANSLATE_NOOP("TimelineKind", "Checklist")},
        {TimelineKind::DetectionMetrics, u"detection_metrics",
         QT_TRANSLATE_NOOP("TimelineKind", "Detection metrics")},
        {TimelineKind::ResolutionCheck, u"resolution_check",
         QT_TRANSLATE_NOOP("TimelineKind", "Resolution check")},
        {TimelineKind::Escalation, u"escalation", QT_TRANSLATE_NOOP("TimelineKind", "Escalation")},
        {TimelineKind::Note, u"note", QT_TRANSLATE_NOOP("TimelineKind", "Note")},
        {TimelineKind::Action, u"action", QT_TRANSLATE_NOOP("TimelineKind", "Action taken")},
        {TimelineKind::Decision, u"decision", QT_TRANSLATE_NOOP("TimelineKind", "Decision")},
        {TimelineKind::Hypothesis, u"hypothesis", QT_TRANSLATE_NOOP("TimelineKind", "Hypothesis")},
}};

const KindInfo &info(TimelineKind kind)
{
    for (const KindInfo &candidate : kinds) {
        if (candidate.kind == kind)
            return candidate;
    }
    Q_UNREACHABLE();
    return kinds.front();
}

} // namespace

QString timelineKindKey(TimelineKind kind)
{
    return QString::fromUtf16(info(kind).key);
}

std::optional<TimelineKind> parseTimelineKind(QStringView key)
{
    for (const KindInfo &candidate : kinds) {
        if (key == QStringView(candidate.key))
            return candidate.kind;
    }
    return std::nullopt;
}

QString timelineKindName(TimelineKind kind)
{
    return QCoreApplication::translate("TimelineKind", info(kind).name);
}

bool isWrittenKind(TimelineKind kind)
{
    return kind >= TimelineKind::Note;
}

QList<TimelineKind> writtenKinds()
{
    return {TimelineKind::Note, TimelineKind::Action, TimelineKind::Decision,
            TimelineKind::Hypothesis};
}

bool timelineBefore(const TimelineEvent &a, const TimelineEvent &b)
{
    if (a.at != b.at)
        return a.at < b.at;
    // Every console of a team orders entries of the same time alike: by uid (made in order).
    if (!a.uid.isNull() && !b.uid.isNull() && a.uid != b.uid)
        return a.uid < b.uid;
    return a.id < b.id;
}

} // namespace sitrep
