#pragma once

#include "domain/clock.h"
#include "domain/incident.h"
#include "domain/incidentsearch.h"

#include <QAbstractTableModel>
#include <QFutureWatcher>
#include <QHash>
#include <QList>

namespace sitrep {

class IncidentService;

// Every incident in the cache as a table, kept live from the incident service's signals with
// exact row ranges, so views keep their selection and scroll position. Rows hold at least the
// board's fields (see IncidentFields::Board); ask IncidentService for a whole incident.
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
    // computed here unless they come prepared.
    void setIncidents(QList<Incident> incidents);
    void setIncidents(SearchableIncidents prepared);
    [[nodiscard]] QDateTime nextUpdateDue(const Incident &incident) const;
    [[nodiscard]] const Incident &incidentAt(int row) const { return m_rows.at(row); }
    // Built on a worker after a load that came without them; asking before they are there
    // builds them at once.
    [[nodiscard]] const QByteArray &searchTextAt(int row) const
    {
        if (!m_searchTextsReady)
            buildSearchTextsNow();
        return m_searchTexts.at(row);
    }
    [[nodiscard]] bool searchTextsReady() const { return m_searchTextsReady; }
    // The rows in triage order as the last load prepared them (empty: row order itself), so
    // the board's first order needs no sort.
    [[nodiscard]] const QList<int> &loadedTriageOrder() const { return m_loadedOrder; }
    [[nodiscard]] int rowOf(IncidentId id) const { return m_rowOf.value(id, -1); }
    // Ages and countdowns move with the clock: tell views those columns changed.
    void refreshTimes();

Q_SIGNALS:
    void searchTextsBuilt();

public:
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

private:
    void addIncident(const Incident &incident);
    void updateIncident(const Incident &incident);
    QVariant display(const Incident &incident, int column) const;
    void buildSearchTextsNow() const;
    void buildSearchTextsInBackground();

    IncidentService &m_service;
    const Clock &m_clock;
    QList<Incident> m_rows;
    mutable QList<QByteArray> m_searchTexts; // per row, see incidentSearchText()
    mutable bool m_searchTextsReady = true;
    // Counts builds, so that a background build that is overtaken is dropped.
    mutable int m_searchTextsGeneration = 0;
    QFutureWatcher<QList<QByteArray>> m_searchTextsWatcher;
    QList<int> m_loadedOrder;
    QList<Incident> m_pending; // live changes received while loading
    bool m_loading = false;
    QHash<IncidentId, int> m_rowOf;
};

} // namespace sitrep
