#pragma once

#include "postmortem.h"

#include <QJsonObject>

namespace sitrep {

// The postmortem's sections as JSON, as the cache stores them and sitrepctl prints them:
// snake_case keys, dates in ISO 8601, times as HH:MM (empty for a timeline entry whose time is
// not known yet), the severity and statuses as the template writes them. The incident and the
// postmortem's status are kept beside the document, not in it. A missing key reads as empty.
class PostmortemJson
{
public:
    [[nodiscard]] static QJsonObject write(const Postmortem &postmortem);
    [[nodiscard]] static Postmortem read(const QJsonObject &document);
    // One action item (with its uid and order key once it has them).
    [[nodiscard]] static QJsonObject writeItem(const Postmortem::ActionItem &item);
    [[nodiscard]] static Postmortem::ActionItem readItem(const QJsonObject &item);
};

} // namespace sitrep
