#include "alertrouting.h"

#include <QSet>

namespace sitrep {

Labels AlertRouting::groupLabels(const Alert &alert) const
{
    Labels labels;
    for (const QString &name : groupBy)
        labels.insert(name, alert.labels.value(name));
    return labels;
}

QString AlertRouting::groupKey(const Alert &alert) const
{
    QStringList parts;
    for (const QString &name : groupBy)
        parts << name + u'=' + alert.labels.value(name);
    return parts.join(u',');
}

Severity AlertRouting::severityOf(const Alert &alert) const
{
    return severities.value(alert.labels.value(severityLabel), Severity::Sev4);
}

QString AlertRouting::titleOf(const Alert &alert)
{
    const QString summary = alert.annotations.value(QStringLiteral("summary")).simplified();
    if (!summary.isEmpty())
        return summary.left(200);
    const QString name = alert.labels.value(QStringLiteral("alertname"));
    return name.isEmpty() ? alert.fingerprint : name;
}

QStringList AlertRouting::servicesOf(const Alert &alert)
{
    const QString service = alert.labels.value(QStringLiteral("service"));
    return service.isEmpty() ? QStringList() : QStringList {service};
}

int AlertRouting::groupCount(const QList<Alert> &alerts) const
{
    QSet<QString> keys;
    for (const Alert &alert : alerts)
        keys.insert(groupKey(alert));
    return int(keys.size());
}

} // namespace sitrep
