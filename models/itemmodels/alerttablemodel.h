#pragma once

#include "domain/alert.h"
#include "domain/clock.h"
#include "keyedtablemodel.h"

#include <QTimer>

namespace sitrep {

class AlertService;

// Every cached alert, newest first: the triage inbox. Reloaded after each ingest, signalling
// only the alerts that came, went or changed, so the selection and scroll position stay.
class AlertTableModel : public KeyedTableModel
{
    Q_OBJECT
public:
    enum Column {
        StateColumn,
        NameColumn,
        SeverityColumn,
        IncidentColumn,
        LabelsColumn,
        AgeColumn,
        EndpointColumn,
        FingerprintColumn,
        ColumnCount
    };
    enum Role { FingerprintRole = Qt::UserRole + 1, GroupKeyRole, IncidentIdRole, ResolvedRole };

    // Empty until the first reload(): the inbox reads the cache when it is first shown, so
    // that a storm's cached alerts cost the console's start nothing.
    AlertTableModel(AlertService &alerts, const Clock &clock, QObject *parent = nullptr);

    QString reload();
    [[nodiscard]] bool hasRead() const { return m_read; }
    // Puts the alerts an ingest wrote in place: their rows change, or come in their place in
    // the order. Many at once reload instead.
    void update(const QStringList &fingerprints);
    // Moves the given rows to another incident in place: one dataChanged, no reload.
    void attached(const QStringList &fingerprints, qint64 incidentId);
    [[nodiscard]] const CachedAlert &alertAt(int row) const { return m_rows.at(row).cached; }
    // The row's shown texts but its age, case-folded, a field per line: what the inbox's
    // filter searches. Built when first asked for; kept while the alert stays the same.
    [[nodiscard]] const QString &searchTextAt(int row) const;
    // Every row's search text is prepared (they are, a slice at a time, while idle).
    [[nodiscard]] bool searchTextsReady() const { return m_unprepared >= m_rows.size(); }
    [[nodiscard]] int rowOf(const QString &fingerprint) const;
    // "3 firing, 1 silenced, 2 resolved"
    [[nodiscard]] QString summary() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

protected:
    void rowsReplaced() override;

private:
    struct Row
    {
        CachedAlert cached;
        mutable QString searchText; // empty until asked for
        bool operator==(const Row &other) const { return cached == other.cached; }
    };

    QString stateText(const CachedAlert &alert) const;
    static QString labelsText(const Alert &alert);
    void forgetSearchText(int row);
    void prepareSomeSearchTexts();

    AlertService &m_service;
    const Clock &m_clock;
    QList<Row> m_rows;
    mutable QHash<QString, int> m_rowOf;
    mutable bool m_rowOfStale = true;
    QTimer m_prepare;           // prepares search texts while idle
    qsizetype m_unprepared = 0; // rows before this one have their search texts
    bool m_read = false;        // reload() has read the cache once
};

} // namespace sitrep
