#pragma once

#include "domain/alert.h"
#include "domain/result.h"

#include <QCoreApplication>

namespace sitrep {

// Reads the body of Alertmanager's GET /api/v2/alerts. Anything that is not the documented
// shape is refused with the first problem in words ("alert 3: labels must be an object"), so
// a bad reply never reaches the cache.
class AlertmanagerAlerts
{
    Q_DECLARE_TR_FUNCTIONS(AlertmanagerAlerts)
public:
    [[nodiscard]] static Result<QList<Alert>> parse(const QByteArray &body);
};

} // namespace sitrep
