#pragma once

#include "postmortem.h"

namespace sitrep {

// The postmortem's lists as the form edits them: one item per line. Typing a number ("1.")
// or a bullet ("-") in front is allowed and dropped; blank lines are ignored.
class PostmortemLines
{
public:
    [[nodiscard]] static QString join(const QStringList &items);
    [[nodiscard]] static QStringList split(const QString &text);
    // "14:23 First alerts" per line. A line without a time is kept, untimed, so nothing typed
    // is lost; the rules ask for its time before the postmortem can be Complete.
    [[nodiscard]] static QString joinTimeline(const QList<Postmortem::TimelineEntry> &timeline);
    [[nodiscard]] static QList<Postmortem::TimelineEntry> splitTimeline(const QString &text);
};

} // namespace sitrep
