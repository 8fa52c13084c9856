#pragma once

#include "alert.h"

namespace sitrep {

// How alerts become incidents: alerts whose grouping labels agree form one group, and a group
// is one incident. Severity comes from one label through a mapping.
struct AlertRouting
{
    QStringList groupBy {QStringLiteral("alertname"), QStringLiteral("service")};
    QString severityLabel = QStringLiteral("severity");
    // Label value → severity; anything else is SEV-4.
    QMap<QString, Severity> severities {{QStringLiteral("page"), Severity::Sev1},
                                        {QStringLiteral("critical"), Severity::Sev2},
                                        {QStringLiteral("warning"), Severity::Sev3}};

    // "alertname=HighLatency,service=api": the grouping labels' values, in the order given.
    [[nodiscard]] QString groupKey(const Alert &alert) const;
    [[nodiscard]] Labels groupLabels(const Alert &alert) const;
    [[nodiscard]] Severity severityOf(const Alert &alert) const;
    // The incident's title: the alert's summary annotation, else its alertname.
    [[nodiscard]] static QString titleOf(const Alert &alert);
    // The incident's services: the "service" label, if any.
    [[nodiscard]] static QStringList servicesOf(const Alert &alert);
    // How many incidents these alerts would give under this rule.
    [[nodiscard]] int groupCount(const QList<Alert> &alerts) const;
};

} // namespace sitrep
