#pragma once

#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/incidentsearch.h"

#include <optional>

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

namespace sitrep {

class IncidentService;
class SeverityPolicy;

// Every incident in the cache as a table, kept live from the incident service's signals with
// exact row ranges, so views keep their selection and scroll position. Rows hold the board's
// fields of each incident (BoardIncident); ask IncidentService for a whole incident.
class IncidentTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeverityColumn,
        TitleColumn,
        StatusColumn,
        CommanderColumn,
        ServicesColumn,
        AgeColumn,
        NextUpdateColumn,
        ColumnCount
    };
    enum Role {
        IdRole = Qt::UserRole + 1,
        SeverityRole, // int 1..4
        StatusRole,   // int IncidentStatus
        IsOpenRole,
        IsOverdueRole,
    };
    Q_ENUM(Role)

    IncidentTableModel(IncidentService &service, const Clock &clock, QObject *parent = nullptr);

    // From now until setIncidents(), live changes are kept and replayed on top of the loaded
    // rows, so nothing that happens while the history loads is lost.
    void beginLoading();
    [[nodiscard]] bool isLoading() const { return m_loading; }
    // Replaces the rows with the given incidents (the initial load); their search texts are
    // computed here unless they come prepared. `historyLeft` resolved incidents are not among
    // them yet: the board shows what is open first and asks for the history when it is needed.
    void setIncidents(QList<Incident> incidents);
    void setIncidents(SearchableIncidents prepared, qint64 historyLeft = 0);
    // The history arrives: its incidents join the rows as they were loaded, its blocks handed
    // over (those a live change already brought keep their newer state).
    void beginLoadingHistory();
    void addHistory(SearchableIncidents history);
    void historyFailed();
    [[nodiscard]] bool hasWholeHistory() const { return m_historyLeft == 0; }
    [[nodiscard]] bool isLoadingHistory() const { return m_historyLoading; }
    // Every incident in the cache, loaded or not.
    [[nodiscard]] qint64 incidentCount() const { return m_rows.size() + m_historyLeft; }
    // The policy the rows' next-update times come from.
    [[nodiscard]] const SeverityPolicy &policy() const;
    // Every row's incident, for a sort: shared, so a worker may hold them while rows change.
    [[nodiscard]] const IncidentBlocks &incidents() const { return m_rows; }
    [[nodiscard]] const BoardIncident &incidentAt(int row) const { return m_rows.at(row); }
    // Built on a worker after a load that came without them; asking before they are there
    // builds them at once.
    [[nodiscard]] QByteArrayView searchTextAt(int row) const { return readySearchTexts().at(row); }
    // A bit per row, set where the row's search text contains `key`: one pass over all texts.
    [[nodiscard]] QBitArray rowsContaining(QByteArrayView key) const
    {
        return readySearchTexts().rowsContaining(key);
    }
    [[nodiscard]] bool searchTextsReady() const { return m_searchTextsReady; }
    [[nodiscard]] const SearchTexts &searchTexts() const { return readySearchTexts(); }
    // The rows in triage order as the last load prepared them (empty: row order itself), so
    // the board's first order needs no sort.
    [[nodiscard]] const QList<int> &loadedTriageOrder() const { return m_loadedOrder; }
    // The rows the history added last, in triage order.
    [[nodiscard]] const QList<int> &historyTriageOrder() const { return m_historyOrder; }
    [[nodiscard]] int rowOf(IncidentId id) const;
    // The rows of open incidents, ascending: the few among a long history that what looks at
    // open incidents every second (UpdateReminder) walks, rather than every row.
    [[nodiscard]] const QList<int> &openRows() const { return m_openRows; }
    // Ages and countdowns move with the clock: tell views those columns changed.
    void refreshTimes();

Q_SIGNALS:
    void searchTextsBuilt();
    void historyLoadingChanged();

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void addIncident(const BoardIncident &incident);
    void updateIncident(const BoardIncident &incident);
    void insertHistory(SearchableIncidents history);
    // Per loaded incident: a live change brought it first (its row here is newer).
    [[nodiscard]] QList<bool> staleIn(const SearchableIncidents &history) const;
    void findOpenRowsFrom(qsizetype first);
    void noteOpen(int row, bool open);
    QVariant display(const BoardIncident &incident, int column) const;
    void buildSearchTextsNow() const;
    const SearchTexts &readySearchTexts() const
    {
        if (!m_searchTextsReady)
            buildSearchTextsNow();
        return m_searchTexts;
    }
    void buildSearchTextsInBackground();
    // Takes what the worker built, with the texts of rows added since.
    void adoptBuiltSearchTexts() const;

    IncidentService &m_service;
    const Clock &m_clock;
    IncidentBlocks m_rows;
    mutable SearchTexts m_searchTexts; // per row, see incidentSearchText()
    mutable bool m_searchTextsReady = true;
    // Counts builds, so that a background build that is overtaken is dropped.
    mutable int m_searchTextsGeneration = 0;
    mutable QFutureWatcher<SearchTexts> m_searchTextsWatcher;
    // The build a worker is making, until its texts are taken.
    int m_buildingGeneration = 0;
    mutable bool m_buildingInBackground = false;
    QList<int> m_loadedOrder;
    QList<int> m_historyOrder;
    QList<BoardIncident> m_pending;                      // live changes received while loading
    std::optional<SearchableIncidents> m_pendingHistory; // a history that came before the rest
    bool m_loading = false;
    bool m_historyLoading = false;
    qint64 m_historyLeft = 0;
    // Every row by id; a history joins it with the index the loader made (its own part).
    IncidentIdIndex m_rowOf;
    QList<int> m_openRows;
};

} // namespace sitrep
