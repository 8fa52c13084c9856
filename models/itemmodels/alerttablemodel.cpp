#include "alerttablemodel.h"

#include "services/alertservice.h"
#include "tone.h"

#include <QColor>

namespace sitrep {

AlertTableModel::AlertTableModel(AlertService &alerts, const Clock &clock, QObject *parent)
    : QAbstractTableModel(parent), m_service(alerts), m_clock(clock)
{
    connect(&alerts, &AlertService::alertsChanged, this, &AlertTableModel::reload);
    connect(&alerts, &AlertService::alertsAttached, this, &AlertTableModel::attached);
    connect(&alerts, &AlertService::incidentLabelChanged, this, [this](qint64 incidentId) {
        for (int row = 0; row < m_alerts.size(); ++row)
            if (m_alerts.at(row).incidentId == incidentId)
                Q_EMIT dataChanged(index(row, IncidentColumn), index(row, IncidentColumn));
    });
    reload();
}

QString AlertTableModel::reload()
{
    Result<QList<CachedAlert>> alerts = m_service.alerts();
    // The same alerts in the same order (a bulk action, a silence): the rows change in place,
    // so the view keeps its selection and scroll position.
    if (alerts && alerts.value().size() == m_alerts.size() && !m_alerts.isEmpty()
        && std::equal(m_alerts.cbegin(), m_alerts.cend(), alerts.value().cbegin(),
                      [](const CachedAlert &a, const CachedAlert &b) {
                          return a.alert.fingerprint == b.alert.fingerprint;
                      })) {
        m_alerts = std::move(alerts).value();
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return {};
    }
    beginResetModel();
    m_alerts = alerts ? std::move(alerts).value() : QList<CachedAlert>();
    m_rowOf.clear();
    m_rowOf.reserve(m_alerts.size());
    for (int row = 0; row < m_alerts.size(); ++row)
        m_rowOf.insert(m_alerts.at(row).alert.fingerprint, row);
    endResetModel();
    return alerts ? QString() : alerts.error();
}

void AlertTableModel::attached(const QStringList &fingerprints, qint64 incidentId)
{
    int first = int(m_alerts.size());
    int last = -1;
    for (const QString &fingerprint : fingerprints) {
        const int row = rowOf(fingerprint);
        if (row < 0)
            continue;
        m_alerts[row].incidentId = incidentId;
        first = std::min(first, row);
        last = std::max(last, row);
    }
    if (last >= 0)
        Q_EMIT dataChanged(index(first, IncidentColumn), index(last, IncidentColumn));
}

QString AlertTableModel::summary() const
{
    int firing = 0;
    int quiet = 0;
    int resolved = 0;
    for (const CachedAlert &alert : m_alerts) {
        if (alert.isResolved())
            ++resolved;
        else if (alert.alert.isSilenced() || alert.alert.isInhibited())
            ++quiet;
        else
            ++firing;
    }
    return tr("%1 firing, %2 silenced or inhibited, %3 resolved")
            .arg(firing)
            .arg(quiet)
            .arg(resolved);
}

QString AlertTableModel::stateText(const CachedAlert &cached) const
{
    if (cached.isResolved())
        return tr("resolved");
    if (cached.alert.isSilenced())
        return tr("silenced");
    if (cached.alert.isInhibited())
        return tr("inhibited");
    return tr("firing");
}

int AlertTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_alerts.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedAlert &cached = m_alerts.at(index.row());
    const Alert &alert = cached.alert;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case StateColumn:
            return stateText(cached);
        case NameColumn:
            return alert.labels.value(QStringLiteral("alertname"));
        case SeverityColumn:
            return severityCode(m_service.routing().severityOf(alert));
        case IncidentColumn:
            return m_service.incidentLabel(cached.incidentId);
        case LabelsColumn: {
            QStringList labels;
            for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
                if (it.key() != u"alertname")
                    labels << it.key() + u'=' + it.value();
            }
            return labels.join(QStringLiteral(", "));
        }
        case AgeColumn: {
            const qint64 minutes
                    = alert.startsAt.secsTo(cached.isResolved() ? cached.resolvedAt : m_clock.now())
                    / 60;
            return minutes >= 60
                    ? tr("%1h %2m").arg(minutes / 60).arg(minutes % 60, 2, 10, QLatin1Char('0'))
                    : tr("%1m").arg(minutes);
        }
        case EndpointColumn:
            return cached.endpoint;
        case FingerprintColumn:
            return alert.fingerprint;
        }
        return {};
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && alert.isSilenced())
            return tr("Silenced by %1").arg(alert.silencedBy.join(QStringLiteral(", ")));
        if (index.column() == StateColumn && alert.isInhibited())
            return tr("Inhibited by %1").arg(alert.inhibitedBy.join(QStringLiteral(", ")));
        if (index.column() == NameColumn)
            return alert.annotations.value(QStringLiteral("summary"));
        if (index.column() == LabelsColumn)
            return tr("Grouped as %1").arg(cached.groupKey);
        return {};
    case Qt::ForegroundRole:
        if (cached.isResolved() || alert.isSilenced() || alert.isInhibited())
            return Tones::colour(Tone::Secondary);
        if (index.column() == StateColumn)
            return Tones::colour(Tone::Danger);
        return {};
    case FingerprintRole:
        return alert.fingerprint;
    case GroupKeyRole:
        return cached.groupKey;
    case IncidentIdRole:
        return cached.incidentId;
    case ResolvedRole:
        return cached.isResolved();
    }
    return {};
}

QVariant AlertTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case StateColumn:
        return tr("State");
    case NameColumn:
        return tr("Alert");
    case SeverityColumn:
        return tr("Severity");
    case IncidentColumn:
        return tr("Incident");
    case LabelsColumn:
        return tr("Labels");
    case AgeColumn:
        return tr("Age");
    case EndpointColumn:
        return tr("Endpoint");
    case FingerprintColumn:
        return tr("Fingerprint");
    }
    return {};
}

} // namespace sitrep
