#include "incidentalertspanel.h"

#include "common/tonestyle.h"
#include "common/utcminute.h"
#include "services/alertservice.h"

#include <QLabel>
#include <QListWidget>
#include <QVBoxLayout>

namespace sitrep {

IncidentAlertsPanel::IncidentAlertsPanel(IncidentId id, AlertService &alerts, QWidget *parent)
    : QWidget(parent), m_id(id), m_alerts(alerts)
{
    m_grouping = new QLabel(this);
    m_grouping->setObjectName(QStringLiteral("alertGrouping"));
    m_grouping->setWordWrap(true);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("incidentAlerts"));
    m_list->setAccessibleName(tr("Alerts of this incident"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_grouping);
    layout->addWidget(m_list);
}

void IncidentAlertsPanel::refresh()
{
    m_list->clear();
    const Result<QList<CachedAlert>> alerts = m_alerts.alertsOf(m_id);
    if (!alerts)
        return m_grouping->setText(alerts.error());
    if (alerts.value().isEmpty()) {
        m_grouping->setText(tr("No alerts: this incident was declared by hand."));
        return;
    }
    QStringList groups;
    for (const CachedAlert &cached : alerts.value()) {
        if (!groups.contains(cached.groupKey))
            groups << cached.groupKey;
        QStringList labels;
        for (auto it = cached.alert.labels.begin(); it != cached.alert.labels.end(); ++it)
            labels << it.key() + u'=' + it.value();
        const QString state = cached.isResolved()
                ? tr("resolved %1").arg(utcMinute(cached.resolvedAt))
                : cached.alert.isSilenced()
                ? tr("silenced")
                : tr("firing since %1").arg(utcMinute(cached.alert.startsAt));
        auto *item = new QListWidgetItem(
                QStringLiteral("%1 — %2").arg(state, labels.join(QStringLiteral(", "))), m_list);
        item->setToolTip(
                tr("Fingerprint %1, from %2").arg(cached.alert.fingerprint, cached.endpoint));
        if (cached.isResolved())
            item->setForeground(Tones::colour(Tone::Secondary));
    }
    m_grouping->setText(tr("%n alert(s) grouped by %1", nullptr, int(alerts.value().size()))
                                .arg(groups.join(QStringLiteral("; "))));
    Q_EMIT counted(int(alerts.value().size()));
}

} // namespace sitrep
