#include "timelineevent.h"

#include <array>
#include <utility>

namespace sitrep {

namespace {

constexpr std::array<std::pair<TimelineKind, const char16_t *>, 8> kindKeys {{
        {TimelineKind::Declared, u"declared"},
        {TimelineKind::SeverityChanged, u"severity_changed"},
        {TimelineKind::StatusChanged, u"status_changed"},
        {TimelineKind::CommanderChanged, u"commander_changed"},
        {TimelineKind::FieldsUpdated, u"fields_updated"},
        {TimelineKind::Resolved, u"resolved"},
        {TimelineKind::Reopened, u"reopened"},
        {TimelineKind::Note, u"note"},
}};

} // namespace

QString timelineKindKey(TimelineKind kind)
{
    for (const auto &[candidate, key] : kindKeys) {
        if (candidate == kind)
            return QString::fromUtf16(key);
    }
    Q_UNREACHABLE();
    return QString();
}

std::optional<TimelineKind> parseTimelineKind(QStringView key)
{
    for (const auto &[kind, candidate] : kindKeys) {
        if (key == QStringView(candidate))
            return kind;
    }
    return std::nullopt;
}

} // namespace sitrep
