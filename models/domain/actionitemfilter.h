#pragma once

#include "postmortem.h"

#include <optional>

#include <QDate>
#include <QString>

namespace sitrep {

struct ActionItemFilter
{
    QString owner;
    std::optional<Postmortem::ActionItem::Status> status;
    // Only those past their due date and not done, as of this day.
    QDate overdueOn;
};

} // namespace sitrep
