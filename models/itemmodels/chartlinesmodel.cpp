#include "chartlinesmodel.h"

#include <algorithm>

#include <QDateTime>
#include <QLocale>

namespace sitrep {

void ChartLinesModel::setLines(QList<Line> lines)
{
    beginResetModel();
    m_lines = std::move(lines);
    m_times.clear();
    m_at.clear();
    m_merged = m_lines.isEmpty();
    endResetModel();
}

void ChartLinesModel::merge() const
{
    if (m_merged)
        return;
    m_merged = true;
    m_times.clear();
    for (const Line &line : m_lines)
        for (const QPointF &point : line.points)
            m_times.append(qint64(point.x()));
    std::sort(m_times.begin(), m_times.end());
    m_times.erase(std::unique(m_times.begin(), m_times.end()), m_times.end());
    m_at.clear();
    for (const Line &line : m_lines) {
        QList<qsizetype> at(m_times.size(), -1);
        qsizetype row = 0;
        for (qsizetype i = 0; i < line.points.size(); ++i) {
            const qint64 x = qint64(line.points.at(i).x());
            row = std::lower_bound(m_times.cbegin() + row, m_times.cend(), x) - m_times.cbegin();
            if (row < m_times.size())
                at[row] = i;
        }
        m_at.append(at);
    }
}

int ChartLinesModel::rowCount(const QModelIndex &parent) const
{
    if (parent.isValid())
        return 0;
    merge();
    return int(m_times.size());
}

int ChartLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size()) + 1;
}

QVariant ChartLinesModel::data(const QModelIndex &index, int role) const
{
    if (role != Qt::DisplayRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    merge();
    if (index.column() == 0)
        return QLocale().toString(QDateTime::fromMSecsSinceEpoch(m_times.at(index.row())),
                                  QLocale::ShortFormat);
    const qsizetype line = index.column() - 1;
    const qsizetype point = m_at.at(line).at(index.row());
    if (point < 0)
        return {};
    return QLocale().toString(m_lines.at(line).points.at(point).y(), 'f', 2);
}

QVariant ChartLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section > m_lines.size())
        return {};
    return section == 0 ? tr("Time") : m_lines.at(section - 1).name;
}

} // namespace sitrep
