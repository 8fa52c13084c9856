#include "commandpalettemodel.h"

#include "domain/fuzzymatch.h"
#include "incidenttablemodel.h"

#include <algorithm>

namespace sitrep {

CommandPaletteModel::CommandPaletteModel(const IncidentTableModel &incidents, QObject *parent)
    : QAbstractTableModel(parent), m_incidents(incidents)
{
    // The board's rows change under a palette kept open: what was narrowed is read again.
    const auto forget = [this] { m_narrowedFrom.clear(); };
    connect(&incidents, &QAbstractItemModel::modelReset, this, forget);
    connect(&incidents, &QAbstractItemModel::rowsInserted, this, forget);
    connect(&incidents, &QAbstractItemModel::rowsRemoved, this, forget);
}

void CommandPaletteModel::setActions(const QList<Action> &actions)
{
    m_actions = actions;
    m_actionTexts.clear();
    for (const Action &action : actions)
        m_actionTexts << action.text.toLower().toUtf8();
    rematch();
}

void CommandPaletteModel::setPattern(const QString &pattern)
{
    m_pattern = pattern.simplified().toLower().toUtf8();
    m_pattern.replace(' ', QByteArray()); // words typed apart still match one text in order
    rematch();
}

void CommandPaletteModel::rematch()
{
    QList<Match> matches;
    for (int i = 0; i < m_actions.size(); ++i)
        if (const int score = fuzzyScore(m_pattern, m_actionTexts.at(i)); score >= 0)
            matches.append({false, i, score});
    if (!m_pattern.isEmpty()) {
        const bool narrows = !m_narrowedFrom.isEmpty() && m_pattern.startsWith(m_narrowedFrom);
        QList<int> candidates;
        const auto consider = [&](int row) {
            const int score = fuzzyScore(m_pattern, m_incidents.searchTextAt(row));
            if (score < 0)
                return;
            candidates.append(row);
            matches.append({true, row, score, m_incidents.incidentAt(row).isOpen()});
        };
        if (narrows)
            for (const int row : std::as_const(m_candidates))
                consider(row);
        else
            for (int row = 0, rows = m_incidents.rowCount(); row < rows; ++row)
                consider(row);
        m_candidates = std::move(candidates);
        m_narrowedFrom = m_pattern;
        if (std::optional<Match> unread = unreadByNumber())
            matches.append(*unread);
    }
    // Best first; on a tie actions before incidents, open incidents (the ones looked for)
    // before resolved ones, then in the order they were listed.
    const auto better = [](const Match &a, const Match &b) {
        if (a.score != b.score)
            return a.score > b.score;
        if (a.incident != b.incident)
            return !a.incident;
        if (a.open != b.open)
            return a.open;
        return a.index < b.index;
    };
    const qsizetype kept = std::min<qsizetype>(matches.size(), shown);
    std::partial_sort(matches.begin(), matches.begin() + kept, matches.end(), better);
    matches.resize(kept);
    beginResetModel();
    m_matches = std::move(matches);
    endResetModel();
}

std::optional<CommandPaletteModel::Match> CommandPaletteModel::unreadByNumber() const
{
    if (m_incidents.hasWholeHistory())
        return std::nullopt;
    bool isNumber = false;
    const IncidentId id = QByteArrayView(m_pattern.startsWith('#') ? m_pattern.mid(1) : m_pattern)
                                  .toLongLong(&isNumber);
    if (!isNumber || id <= 0 || m_incidents.rowOf(id) >= 0)
        return std::nullopt;
    return Match {true, -1, std::numeric_limits<int>::max(), false, id};
}

int CommandPaletteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_matches.size());
}

int CommandPaletteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CommandPaletteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Match &match = m_matches.at(index.row());
    if (role == IsIncidentRole)
        return match.incident;
    if (role == KeyRole)
        return match.unread      ? QVariant(match.unread)
                : match.incident ? QVariant(m_incidents.incidentAt(match.index).id)
                                 : QVariant(match.index);
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    if (match.unread)
        return index.column() == NameColumn ? u'#' + QString::number(match.unread)
                                            : tr("from the resolved history");
    if (!match.incident) {
        const Action &action = m_actions.at(match.index);
        return index.column() == NameColumn ? action.text : action.shortcut;
    }
    const BoardIncident &incident = m_incidents.incidentAt(match.index);
    if (index.column() == NameColumn)
        return incident.label() + u' ' + incident.title;
    QStringList detail {severityCode(incident.severity), statusDisplayName(incident.status)};
    detail << incident.services;
    if (!incident.commander.isEmpty())
        detail << incident.commander;
    return detail.join(QStringLiteral(" · "));
}

} // namespace sitrep
