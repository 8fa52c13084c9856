#include "incidenttablemodel.h"

#include "services/incidentservice.h"
#include "tone.h"

#include <algorithm>
#include <malloc.h>

#include <QColor>
#include <QtConcurrent/QtConcurrentRun>

namespace sitrep {

namespace {

// "3d 4h", "2h 05m", "7m", "45s": short enough for a column read across the room.
QString compactDuration(qint64 seconds)
{
    const bool negative = seconds < 0;
    seconds = std::abs(seconds);
    QString text;
    if (seconds >= 86400)
        text = IncidentTableModel::tr("%1d %2h").arg(seconds / 86400).arg((seconds % 86400) / 3600);
    else if (seconds >= 3600)
        text = IncidentTableModel::tr("%1h %2m")
                       .arg(seconds / 3600)
                       .arg((seconds % 3600) / 60, 2, 10, QLatin1Char('0'));
    else if (seconds >= 60)
        text = IncidentTableModel::tr("%1m").arg(seconds / 60);
    else
        text = IncidentTableModel::tr("%1s").arg(seconds);
    return negative ? IncidentTableModel::tr("overdue %1").arg(text) : text;
}

// Reading a large history leaves what the reading threads freed on glibc's free lists: at
// 100,000 incidents, handed back once the rows are in, the console stays 3-4 MB smaller
// (bench_board, 99.4 against 95.6-96.9 MB). Small loads are not worth the call.
void handBackFreedMemory(qsizetype loadedRows)
{
    constexpr qsizetype largeLoad = 10'000;
    if (loadedRows > largeLoad)
        malloc_trim(0);
}

} // namespace

IncidentTableModel::IncidentTableModel(IncidentService &service, const Clock &clock,
                                       QObject *parent)
    : QAbstractTableModel(parent), m_service(service), m_clock(clock)
{
    connect(&m_service, &IncidentService::incidentDeclared, this, &IncidentTableModel::addIncident);
    connect(&m_service, &IncidentService::incidentChanged, this,
            &IncidentTableModel::updateIncident);
}

void IncidentTableModel::beginLoading()
{
    m_loading = true;
    m_pending.clear();
}

void IncidentTableModel::setIncidents(QList<Incident> incidents)
{
    SearchableIncidents prepared;
    prepared.searchTexts.reserve(incidents.size());
    for (const BoardIncident &incident : std::as_const(incidents))
        prepared.searchTexts.append(incident);
    prepared.incidents = QList<BoardIncident>(incidents.cbegin(), incidents.cend());
    setIncidents(std::move(prepared));
}

void IncidentTableModel::setIncidents(SearchableIncidents prepared, qint64 historyLeft)
{
    Q_ASSERT(prepared.searchTexts.isEmpty()
             || prepared.incidents.size() == prepared.searchTexts.size());
    beginResetModel();
    m_rows = std::move(prepared.incidents);
    m_searchTexts = std::move(prepared.searchTexts);
    m_searchTextsReady = m_searchTexts.size() == m_rows.size();
    ++m_searchTextsGeneration;
    m_loadedOrder = std::move(prepared.order);
    if (prepared.hasIdIndex()) { // a whole history, indexed by the loader
        m_rowOf = std::move(prepared.indexOf);
    } else {
        m_rowOf.clear();
        m_rowOf.reserve(m_rows.size());
        for (int row = 0; row < m_rows.size(); ++row)
            m_rowOf.insert(m_rows.at(row).id, row);
    }
    m_openRows.clear();
    findOpenRowsFrom(0);
    m_loading = false;
    m_historyLeft = historyLeft;
    m_historyOrder.clear();
    endResetModel();
    // In the order they happened, so the newest state of each incident wins.
    const QList<BoardIncident> pending = std::exchange(m_pending, {});
    for (const BoardIncident &incident : pending)
        updateIncident(incident);
    if (!m_searchTextsReady)
        buildSearchTextsInBackground();
    handBackFreedMemory(m_rows.size());
    if (m_pendingHistory)
        addHistory(*std::exchange(m_pendingHistory, std::nullopt));
}

void IncidentTableModel::beginLoadingHistory()
{
    m_historyLoading = true;
    Q_EMIT historyLoadingChanged();
}

void IncidentTableModel::historyFailed()
{
    m_historyLoading = false;
    Q_EMIT historyLoadingChanged();
}

void IncidentTableModel::addHistory(SearchableIncidents history)
{
    if (m_loading) {
        m_pendingHistory = std::move(history);
        return;
    }
    m_historyLeft = 0;
    const qsizetype loaded = history.incidents.size();
    insertHistory(std::move(history));
    handBackFreedMemory(loaded);
    m_historyLoading = false;
    Q_EMIT historyLoadingChanged();
}

void IncidentTableModel::insertHistory(SearchableIncidents history)
{
    if (!m_searchTextsReady)
        buildSearchTextsNow(); // the open rows' few, so that the texts stay row for row
    const bool withTexts = history.searchTexts.size() == history.incidents.size();
    const QList<bool> stale = staleIn(history);
    // Where each of the history's incidents lands, or -1 where it is stale.
    const int first = int(m_rows.size());
    QList<int> rowOfLoaded(history.incidents.size(), -1);
    int added = 0;
    for (qsizetype i = 0; i < stale.size(); ++i) {
        if (!stale.at(i))
            rowOfLoaded[i] = first + added++;
    }
    m_historyOrder.clear();
    if (added == 0)
        return;
    m_historyOrder.reserve(added);
    const auto keep = [&](qsizetype i) {
        if (rowOfLoaded.at(i) >= 0)
            m_historyOrder.append(rowOfLoaded.at(i));
    };
    if (history.order.isEmpty()) {
        for (qsizetype i = 0; i < history.incidents.size(); ++i)
            keep(i);
    } else {
        for (int i : std::as_const(history.order))
            keep(i);
    }
    const bool allNew = added == history.incidents.size();
    beginInsertRows({}, first, first + added - 1);
    if (allNew && history.hasIdIndex()) {
        m_rowOf.join(std::move(history.indexOf), first);
    } else {
        m_rowOf.reserve(first + added);
        for (qsizetype i = 0; i < rowOfLoaded.size(); ++i) {
            if (rowOfLoaded.at(i) >= 0)
                m_rowOf.insert(history.incidents.at(i).id, rowOfLoaded.at(i));
        }
    }
    if (allNew) {
        // The usual case: every loaded incident is new here, and its block is handed over.
        if (withTexts) {
            m_searchTexts.append(std::move(history.searchTexts));
        } else {
            m_searchTexts.reserve(first + added);
            for (const BoardIncident &incident : history.incidents)
                m_searchTexts.append(incident);
        }
        m_rows.append(std::move(history.incidents));
    } else {
        m_searchTexts.reserve(first + added);
        for (qsizetype i = 0; i < rowOfLoaded.size(); ++i) {
            if (rowOfLoaded.at(i) < 0)
                continue;
            const BoardIncident &incident = history.incidents.at(i);
            m_searchTexts.append(withTexts ? history.searchTexts.at(i)
                                           : QByteArrayView(incidentSearchText(incident)));
            m_rows.append(incident);
        }
    }
    findOpenRowsFrom(first);
    endInsertRows();
}

QList<bool> IncidentTableModel::staleIn(const SearchableIncidents &history) const
{
    // The history's incidents a live change brought first: they keep their newer state here.
    QList<bool> stale(history.incidents.size(), false);
    if (history.hasIdIndex() && m_rowOf.size() < history.incidents.size()) {
        // The fewer are looked up: the rows here (usually the open few) in the history's index.
        m_rowOf.forEach([&](IncidentId id, int) {
            if (const int loaded = history.indexOf.rowOf(id); loaded >= 0)
                stale[loaded] = true;
        });
    } else {
        for (qsizetype i = 0; i < history.incidents.size(); ++i)
            stale[i] = m_rowOf.contains(history.incidents.at(i).id);
    }
    return stale;
}

void IncidentTableModel::findOpenRowsFrom(qsizetype first)
{
    qsizetype row = first;
    for (auto it = m_rows.iteratorAt(first); it != m_rows.end(); ++it, ++row) {
        if ((*it).isOpen())
            m_openRows.append(int(row));
    }
}

void IncidentTableModel::noteOpen(int row, bool open)
{
    const auto at = std::lower_bound(m_openRows.begin(), m_openRows.end(), row);
    const bool listed = at != m_openRows.end() && *at == row;
    if (open && !listed)
        m_openRows.insert(at, row);
    else if (!open && listed)
        m_openRows.erase(at);
}

int IncidentTableModel::rowOf(IncidentId id) const
{
    return m_rowOf.rowOf(id);
}

void IncidentTableModel::buildSearchTextsNow() const
{
    // A search typed while the worker builds them waits for it (it may not have started: then
    // it runs here), rather than building every text a second time.
    if (m_buildingInBackground && m_buildingGeneration == m_searchTextsGeneration) {
        m_searchTextsWatcher.waitForFinished(); // at once when it is done, not yet taken
        return adoptBuiltSearchTexts();
    }
    ++m_searchTextsGeneration; // a background build still running is no longer wanted
    m_searchTexts.clear();
    m_searchTexts.reserve(m_rows.size());
    for (const BoardIncident &incident : m_rows)
        m_searchTexts.append(incident);
    m_searchTextsReady = true;
}

void IncidentTableModel::adoptBuiltSearchTexts() const
{
    m_buildingInBackground = false;
    m_searchTexts = m_searchTextsWatcher.future().takeResult();
    // Rows that arrived while the worker ran.
    for (qsizetype row = m_searchTexts.size(); row < m_rows.size(); ++row)
        m_searchTexts.append(m_rows.at(row));
    m_searchTextsReady = true;
}

void IncidentTableModel::buildSearchTextsInBackground()
{
    m_buildingGeneration = m_searchTextsGeneration;
    m_buildingInBackground = true;
    m_searchTextsWatcher.disconnect(this);
    connect(&m_searchTextsWatcher, &QFutureWatcherBase::finished, this, [this] {
        if (m_buildingGeneration != m_searchTextsGeneration || m_searchTextsReady)
            return;
        adoptBuiltSearchTexts();
        Q_EMIT searchTextsBuilt();
    });
    // The worker reads a shared copy of the rows; a live change meanwhile detaches this one.
    m_searchTextsWatcher.setFuture(QtConcurrent::run([rows = m_rows] {
        SearchTexts texts;
        texts.reserve(rows.size());
        for (const BoardIncident &incident : rows)
            texts.append(incident);
        return texts;
    }));
}

const SeverityPolicy &IncidentTableModel::policy() const
{
    return m_service.policy();
}

void IncidentTableModel::addIncident(const BoardIncident &incident)
{
    if (m_loading) {
        m_pending.append(incident);
        return;
    }
    if (rowOf(incident.id) >= 0)
        return updateIncident(incident);
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    if (!m_searchTextsReady)
        buildSearchTextsNow();
    m_rows.append(incident);
    m_searchTexts.append(incident);
    m_rowOf.insert(incident.id, row);
    noteOpen(row, incident.isOpen());
    endInsertRows();
}

void IncidentTableModel::updateIncident(const BoardIncident &incident)
{
    if (m_loading) {
        m_pending.append(incident);
        return;
    }
    const int row = rowOf(incident.id);
    if (row < 0)
        return addIncident(incident);
    if (!m_searchTextsReady)
        buildSearchTextsNow();
    m_rows.replace(row, incident);
    m_searchTexts.replace(row, incidentSearchText(incident));
    noteOpen(row, incident.isOpen());
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void IncidentTableModel::refreshTimes()
{
    if (m_rows.isEmpty())
        return;
    Q_EMIT dataChanged(index(0, AgeColumn), index(int(m_rows.size()) - 1, NextUpdateColumn),
                       {Qt::DisplayRole, Qt::ToolTipRole, Qt::BackgroundRole, Qt::ForegroundRole,
                        Qt::AccessibleDescriptionRole, IsOverdueRole});
}

int IncidentTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int IncidentTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant IncidentTableModel::display(const BoardIncident &incident, int column) const
{
    switch (column) {
    case SeverityColumn:
        return severityCode(incident.severity);
    case TitleColumn:
        return incident.title;
    case StatusColumn:
        return statusDisplayName(incident.status);
    case CommanderColumn:
        return incident.commander;
    case ServicesColumn:
        return incident.services.join(QStringLiteral(", "));
    case AgeColumn: {
        const QDateTime end = incident.isOpen() ? m_clock.now() : incident.resolvedAt;
        return compactDuration(incident.startedAt.secsTo(end));
    }
    case NextUpdateColumn: {
        const QDateTime due = m_service.policy().nextUpdateDue(incident);
        if (!due.isValid())
            return QStringLiteral("—");
        return compactDuration(m_clock.now().secsTo(due));
    }
    }
    return {};
}

QVariant IncidentTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const BoardIncident &incident = m_rows.at(index.row());
    const bool overdue = m_service.policy().isUpdateOverdue(incident, m_clock.now());
    switch (role) {
    case Qt::DisplayRole:
        return display(incident, index.column());
    case Qt::ToolTipRole:
        if (index.column() == NextUpdateColumn && incident.isOpen())
            return tr("Next update due %1 UTC")
                    .arg(m_service.policy().nextUpdateDue(incident).toString(
                            QStringLiteral("yyyy-MM-dd HH:mm")));
        if (index.column() == AgeColumn)
            return tr("Started %1 UTC")
                    .arg(incident.startedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return {};
    case Qt::AccessibleDescriptionRole:
        // What the red row says to those who cannot see it.
        if (overdue)
            return tr("Update overdue");
        return {};
    case Qt::BackgroundRole:
        if (overdue)
            return Tones::colour(Tone::DangerFill);
        return {};
    case Qt::ForegroundRole:
        if (overdue && index.column() == NextUpdateColumn)
            return Tones::colour(Tone::Danger);
        if (!incident.isOpen())
            return Tones::colour(Tone::Secondary);
        return {};
    case IdRole:
        return incident.id;
    case SeverityRole:
        return static_cast<int>(incident.severity);
    case StatusRole:
        return static_cast<int>(incident.status);
    case IsOpenRole:
        return incident.isOpen();
    case IsOverdueRole:
        return overdue;
    }
    return {};
}

QVariant IncidentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case TitleColumn:
        return tr("Title");
    case StatusColumn:
        return tr("Status");
    case CommanderColumn:
        return tr("Commander");
    case ServicesColumn:
        return tr("Services");
    case AgeColumn:
        return tr("Age");
    case NextUpdateColumn:
        return tr("Next update");
    }
    return {};
}

QHash<int, QByteArray> IncidentTableModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "incidentId");
    names.insert(SeverityRole, "severity");
    names.insert(StatusRole, "status");
    names.insert(IsOpenRole, "isOpen");
    names.insert(IsOverdueRole, "isOverdue");
    return names;
}

} // namespace sitrep
