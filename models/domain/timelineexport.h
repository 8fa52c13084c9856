#pragma once

#include "timelineevent.h"

#include <QJsonArray>

namespace sitrep {

// The timeline as the postmortem's "Timeline (UTC)" section:
//   ## Timeline (UTC)
//   - **14:23** - First alerts for increased error rates
// Times are UTC; when the entries span more than one day each time carries its date
// ("2024-01-15 14:23"). Deleted entries are left out; the entries are put in time order.
[[nodiscard]] QString timelineMarkdown(QList<TimelineEvent> events);

// [{time (ISO 8601 UTC), kind, text, author, key, automatic}, ...] in time order, without
// deleted entries.
[[nodiscard]] QJsonArray timelineJson(QList<TimelineEvent> events);

} // namespace sitrep
