#include "alertfiltermodel.h"

#include "alerttablemodel.h"

namespace sitrep {

AlertFilterModel::AlertFilterModel(AlertTableModel &alerts, QObject *parent)
    : QSortFilterProxyModel(parent), m_alerts(alerts)
{
    // Connected before the proxy's own connections, so the verdicts are forgotten before the
    // proxy asks filterAcceptsRow about the changed rows.
    connect(&alerts, &QAbstractItemModel::rowsAboutToBeInserted, this,
            &AlertFilterModel::forgetVerdicts);
    connect(&alerts, &QAbstractItemModel::rowsAboutToBeRemoved, this,
            &AlertFilterModel::forgetVerdicts);
    connect(&alerts, &QAbstractItemModel::layoutAboutToBeChanged, this,
            &AlertFilterModel::forgetVerdicts);
    connect(&alerts, &QAbstractItemModel::modelAboutToBeReset, this,
            &AlertFilterModel::forgetVerdicts);
    connect(&alerts, &QAbstractItemModel::dataChanged, this, &AlertFilterModel::forgetVerdicts);
    setSourceModel(&alerts);
}

void AlertFilterModel::setNeedle(const QString &text)
{
    const QString needle = text.toCaseFolded();
    if (needle == m_needle)
        return;
    const int rows = m_alerts.rowCount();
    // Typing on narrows: only the alerts that matched the shorter text can match this one.
    const bool narrowing = m_verdictsValid && !m_needle.isEmpty() && needle.contains(m_needle)
            && m_matches.size() == rows;
    if (needle.isEmpty()) {
        m_verdictsValid = false;
    } else {
        if (!narrowing)
            m_matches = QBitArray(rows, true);
        for (int row = 0; row < rows; ++row)
            if (m_matches.testBit(row))
                m_matches.setBit(row, m_alerts.searchTextAt(row).contains(needle));
        m_verdictsValid = true;
    }
    m_needle = needle;
    invalidateRowsFilter();
}

bool AlertFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    if (m_needle.isEmpty())
        return true;
    if (m_verdictsValid && sourceRow < m_matches.size())
        return m_matches.testBit(sourceRow);
    return m_alerts.searchTextAt(sourceRow).contains(m_needle);
}

} // namespace sitrep
