#include "boardview.h"

#include "boardfilterbar.h"
#include "common/badgedelegate.h"
#include "incidentdetailpane.h"
#include "itemmodels/incidentboardmodel.h"
#include "itemmodels/incidenttablemodel.h"

#include <QHeaderView>
#include <QLabel>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace sitrep {

BoardView::BoardView(IncidentService &service, ResolutionVerifier &verifier,
                     IncidentTableModel &incidents, const QString &author, QWidget *parent)
    : QWidget(parent), m_incidents(incidents)
{
    m_board = new IncidentBoardModel(incidents, this);
    m_filterBar = new BoardFilterBar(this);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("boardTable"));
    m_table->setAccessibleName(tr("Incidents"));
    m_table->setModel(m_board);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(IncidentTableModel::SeverityColumn, Qt::AscendingOrder);
    m_table->setShowGrid(false);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    // Fixed row heights: the view never measures 100,000 rows.
    m_table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_table->setItemDelegateForColumn(IncidentTableModel::SeverityColumn,
                                      new BadgeDelegate(BadgeDelegate::Kind::Severity, m_table));
    m_table->setItemDelegateForColumn(IncidentTableModel::StatusColumn,
                                      new BadgeDelegate(BadgeDelegate::Kind::Status, m_table));
    // Larger than the rest of the window: the board is read from across the room.
    QFont tableFont = m_table->font();
    tableFont.setPointSizeF(tableFont.pointSizeF() * 1.15);
    m_table->setFont(tableFont);
    const QFontMetrics metrics(tableFont);
    m_table->verticalHeader()->setDefaultSectionSize(metrics.height() + 14);
    QHeaderView *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(IncidentTableModel::TitleColumn, QHeaderView::Stretch);
    header->setMinimumSectionSize(metrics.horizontalAdvance(u'M') * 4);
    // Wide enough for typical contents and for the header in every language.
    const int em = metrics.horizontalAdvance(u'M');
    const QFontMetrics headerMetrics(header->font());
    const std::pair<int, int> widths[] = {
            {IncidentTableModel::SeverityColumn, 6},  {IncidentTableModel::StatusColumn, 11},
            {IncidentTableModel::CommanderColumn, 7}, {IncidentTableModel::ServicesColumn, 9},
            {IncidentTableModel::AgeColumn, 6},       {IncidentTableModel::NextUpdateColumn, 10},
    };
    for (const auto &[column, ems] : widths) {
        const QString title = m_board->headerData(column, Qt::Horizontal).toString();
        header->resizeSection(column,
                              std::max(ems * em, headerMetrics.horizontalAdvance(title) + 28));
    }

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("boardEmpty"));
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->hide();

    m_detail = new IncidentDetailPane(service, verifier, incidents, author, this);
    connect(m_detail, &IncidentDetailPane::postmortemRequested, this,
            &BoardView::postmortemRequested);

    auto *left = new QWidget(this);
    left->setObjectName(QStringLiteral("boardLeft"));
    m_leftColumn = new QVBoxLayout(left);
    m_leftColumn->setContentsMargins(0, 0, 0, 0);
    m_leftColumn->addWidget(m_filterBar);
    m_leftColumn->addWidget(m_table, 1);
    m_leftColumn->addWidget(m_empty);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(m_detail);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    connect(m_filterBar, &BoardFilterBar::filterChanged, this, [this](const BoardFilter &filter) {
        m_board->setFilter(filter);
        // The resolved history is read the first time someone looks at it.
        if (filter.scope != BoardFilter::Scope::Open && !m_incidents.hasWholeHistory()
            && !m_incidents.isLoadingHistory())
            Q_EMIT historyWanted();
    });
    connect(&m_incidents, &IncidentTableModel::historyLoadingChanged, this, &BoardView::emitCounts);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                m_detail->showIncident(current.data(IncidentTableModel::IdRole).toLongLong());
            });
    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT openRequested(index.data(IncidentTableModel::IdRole).toLongLong());
    });
    // A long list is sorted on a worker, and its rows keep their old order until it is done.
    connect(m_board, &IncidentBoardModel::sortingChanged, this, [this](bool sorting) {
        if (sorting)
            m_table->viewport()->setCursor(Qt::BusyCursor);
        else
            m_table->viewport()->unsetCursor();
    });
    connect(m_board, &QAbstractItemModel::layoutChanged, this, &BoardView::emitCounts);
    connect(m_board, &QAbstractItemModel::modelReset, this, &BoardView::emitCounts);
    connect(m_board, &QAbstractItemModel::rowsInserted, this, &BoardView::emitCounts);
    connect(m_board, &QAbstractItemModel::rowsRemoved, this, &BoardView::emitCounts);
}

IncidentId BoardView::currentIncident() const
{
    return m_table->currentIndex().data(IncidentTableModel::IdRole).toLongLong();
}

void BoardView::focusFilter()
{
    m_filterBar->focusSearch();
}

void BoardView::selectIncident(IncidentId id)
{
    const QModelIndex index = m_board->indexOfIncident(id);
    if (!index.isValid())
        return;
    m_table->setCurrentIndex(index);
    m_table->scrollTo(index);
}

void BoardView::setWelcome(QWidget *welcome)
{
    m_welcome = welcome;
    m_leftColumn->addWidget(welcome);
    emitCounts();
}

void BoardView::moveSelection(int step)
{
    const int rows = m_board->rowCount();
    if (rows == 0)
        return;
    const QModelIndex current = m_table->currentIndex();
    const int row
            = current.isValid() ? (current.row() + step + rows) % rows : (step > 0 ? 0 : rows - 1);
    const QModelIndex next = m_board->index(row, IncidentTableModel::TitleColumn);
    m_table->setCurrentIndex(next);
    m_table->scrollTo(next);
    m_table->setFocus();
}

void BoardView::emitCounts()
{
    const int shown = m_board->rowCount();
    // A fresh profile is not a filter that hides everything: say what fills the board.
    const bool none = m_incidents.incidentCount() == 0;
    m_empty->setText(m_incidents.isLoadingHistory() ? tr("Reading the resolved incidents…")
                             : none
                             ? tr("No incidents yet.\nDeclare one with Incident → Declare "
                                  "incident… (Ctrl+N), or connect Alertmanager or Prometheus "
                                  "(sitrepctl endpoint add) and their alerts open incidents "
                                  "by themselves.")
                             : tr("No incidents match. Clear the search or widen the filters."));
    const bool nothingYet = none && !m_incidents.isLoading();
    const bool welcoming = nothingYet && m_welcome;
    if (m_welcome)
        m_welcome->setVisible(welcoming);
    m_detail->setVisible(!welcoming);
    m_empty->setVisible(shown == 0 && !m_incidents.isLoading() && !welcoming);
    // An empty table and filters over nothing say nothing: the invitation takes their place.
    m_table->setVisible(!nothingYet);
    m_filterBar->setVisible(!nothingYet);
    Q_EMIT countsChanged(shown, int(m_incidents.incidentCount()));
}

} // namespace sitrep
