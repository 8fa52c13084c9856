#include "alerttablemodel.h"

#include "services/alertservice.h"
#include "tone.h"

#include <QColor>
#include <QElapsedTimer>

namespace sitrep {

AlertTableModel::AlertTableModel(AlertService &alerts, const Clock &clock, QObject *parent)
    : KeyedTableModel(parent), m_service(alerts), m_clock(clock)
{
    // The search texts are prepared a slice at a time while the window is idle, so the first
    // keystroke in the filter finds them ready, and no slice costs the window a frame.
    m_prepare.setInterval(0);
    connect(&m_prepare, &QTimer::timeout, this, &AlertTableModel::prepareSomeSearchTexts);
    connect(&alerts, &AlertService::alertsUpdated, this, &AlertTableModel::update);
    connect(&alerts, &AlertService::alertsAttached, this, &AlertTableModel::attached);
    connect(&alerts, &AlertService::incidentLabelChanged, this, [this](qint64 incidentId) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).cached.incidentId == incidentId) {
                forgetSearchText(row);
                Q_EMIT dataChanged(index(row, IncidentColumn), index(row, IncidentColumn));
            }
        }
    });
}

QString AlertTableModel::reload()
{
    Result<QList<CachedAlert>> alerts = m_service.alerts();
    // What could not be read leaves the inbox as it was: the alerts shown are still the last
    // ones known, and the caller says why they did not change.
    if (!alerts)
        return alerts.error();
    QList<Row> rows;
    rows.reserve(alerts.value().size());
    for (CachedAlert &alert : alerts.value())
        rows.append({std::move(alert), {}});
    m_read = true;
    replaceRows(m_rows, std::move(rows),
                [](const Row &row) { return row.cached.alert.fingerprint; });
    return {};
}

void AlertTableModel::update(const QStringList &fingerprints)
{
    // A storm's first poll is one replacement of every row. A few alerts are put in place one
    // by one, without copying and sorting the whole cache again (half a second at 100,000).
    constexpr qsizetype fewInserts = 64;
    if (!m_read)
        return; // the first read brings them
    if (m_rows.isEmpty() || fingerprints.size() > std::max<qsizetype>(m_rows.size() / 16, 1)) {
        reload();
        return;
    }
    QList<CachedAlert> placed; // new, or moved in the order
    for (const QString &fingerprint : fingerprints) {
        std::optional<CachedAlert> alert = m_service.cached(fingerprint);
        if (!alert)
            continue;
        const int row = rowOf(fingerprint);
        if (row < 0 || m_rows.at(row).cached.alert.startsAt != alert->alert.startsAt) {
            placed << std::move(*alert);
        } else if (!(m_rows.at(row).cached == *alert)) {
            m_rows[row].cached = std::move(*alert);
            forgetSearchText(row);
            Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        }
    }
    if (placed.isEmpty())
        return;
    if (placed.size() > fewInserts) {
        reload();
        return;
    }
    // Rows whose start moved leave their place first, from the bottom up.
    QList<int> leaving;
    for (const CachedAlert &alert : std::as_const(placed))
        if (const int row = rowOf(alert.alert.fingerprint); row >= 0)
            leaving << row;
    std::sort(leaving.begin(), leaving.end(), std::greater<>());
    for (const int row : std::as_const(leaving)) {
        beginRemoveRows({}, row, row);
        m_rows.removeAt(row);
        endRemoveRows();
        m_unprepared = std::min<qsizetype>(m_unprepared, row);
    }
    // Newest first, as AlertService::alerts() orders them.
    const auto before = [](const CachedAlert &a, const CachedAlert &b) {
        const qint64 aStart = a.alert.startsAt.toMSecsSinceEpoch();
        const qint64 bStart = b.alert.startsAt.toMSecsSinceEpoch();
        return aStart != bStart ? aStart > bStart : a.alert.fingerprint < b.alert.fingerprint;
    };
    for (CachedAlert &alert : placed) {
        const auto at = std::lower_bound(
                m_rows.cbegin(), m_rows.cend(), alert,
                [&](const Row &row, const CachedAlert &next) { return before(row.cached, next); });
        const int row = int(at - m_rows.cbegin());
        beginInsertRows({}, row, row);
        m_rows.insert(row, {std::move(alert), {}});
        endInsertRows();
        m_unprepared = std::min<qsizetype>(m_unprepared, row);
    }
    m_rowOfStale = true;
    m_prepare.start();
    Q_EMIT rowSetChanged();
}

void AlertTableModel::rowsReplaced()
{
    m_unprepared = 0;
    m_prepare.start();
    m_rowOfStale = true;
}

int AlertTableModel::rowOf(const QString &fingerprint) const
{
    // Rebuilt when first asked for after the rows moved: a poll that brings alerts need not
    // pay for it.
    if (m_rowOfStale) {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).cached.alert.fingerprint, row);
        m_rowOfStale = false;
    }
    return m_rowOf.value(fingerprint, -1);
}

void AlertTableModel::attached(const QStringList &fingerprints, qint64 incidentId)
{
    int first = int(m_rows.size());
    int last = -1;
    for (const QString &fingerprint : fingerprints) {
        const int row = rowOf(fingerprint);
        if (row < 0)
            continue;
        m_rows[row].cached.incidentId = incidentId;
        forgetSearchText(row);
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
    for (const Row &row : m_rows) {
        const CachedAlert &alert = row.cached;
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

const QString &AlertTableModel::searchTextAt(int row) const
{
    const Row &shown = m_rows.at(row);
    if (shown.searchText.isEmpty()) {
        const CachedAlert &cached = shown.cached;
        shown.searchText = QStringList {stateText(cached),
                                        cached.alert.labels.value(QStringLiteral("alertname")),
                                        severityCode(m_service.routing().severityOf(cached.alert)),
                                        m_service.incidentLabel(cached.incidentId),
                                        labelsText(cached.alert),
                                        cached.endpoint,
                                        cached.alert.fingerprint}
                                   .join(u'\n')
                                   .toCaseFolded();
    }
    return shown.searchText;
}

void AlertTableModel::forgetSearchText(int row)
{
    m_rows.at(row).searchText.clear();
    m_unprepared = std::min<qsizetype>(m_unprepared, row);
    m_prepare.start();
}

void AlertTableModel::prepareSomeSearchTexts()
{
    constexpr qint64 slice = 4'000'000; // nanoseconds: a quarter of a frame
    QElapsedTimer spent;
    spent.start();
    while (m_unprepared < m_rows.size() && spent.nsecsElapsed() < slice)
        static_cast<void>(searchTextAt(int(m_unprepared++)));
    if (m_unprepared >= m_rows.size())
        m_prepare.stop();
}

QString AlertTableModel::labelsText(const Alert &alert)
{
    QStringList labels;
    for (auto it = alert.labels.begin(); it != alert.labels.end(); ++it) {
        if (it.key() != u"alertname")
            labels << it.key() + u'=' + it.value();
    }
    return labels.join(QStringLiteral(", "));
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
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AlertTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AlertTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CachedAlert &cached = m_rows.at(index.row()).cached;
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
        case LabelsColumn:
            return labelsText(alert);
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
