#pragma once

#include "incident.h"

#include <optional>

#include <QDateTime>

namespace sitrep {

// A rule firing that opened an incident, with the values that fired it.
struct Detection
{
    QString rule;
    IncidentId incident = 0;
    QDateTime firedAt;
    std::optional<double> value;
    std::optional<double> expected;
    std::optional<double> threshold;
    QString endpoint;
};

} // namespace sitrep
