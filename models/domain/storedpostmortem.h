#pragma once

#include "postmortem.h"

#include <QDateTime>
#include <QStringList>

namespace sitrep {

// A postmortem with what is scheduled around it.
struct StoredPostmortem
{
    Postmortem postmortem;
    QDateTime reviewAt;
    QStringList attendees;
    QDateTime updatedAt;
};

} // namespace sitrep
