#pragma once

#include <optional>

#include <QBitArray>
#include <QSortFilterProxyModel>

namespace sitrep {

class AlertTableModel;

// The inbox's filter: the alerts whose shown texts contain what was typed, ignoring case.
// Each alert's texts are prepared once (AlertTableModel::searchTextAt), and a keystroke that
// only adds to the text looks again only at the alerts that still matched, so typing stays
// within a frame over a storm of a hundred thousand alerts.
class AlertFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit AlertFilterModel(AlertTableModel &alerts, QObject *parent = nullptr);

    void setNeedle(const QString &text);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    // Any change to the alerts' rows: the verdicts kept are for rows that may be others now.
    void forgetVerdicts() { m_verdictsValid = false; }
    // Which of the `rows` source rows the filter shows now, if known without asking it.
    [[nodiscard]] std::optional<QBitArray> shownRows(int rows) const;
    // How many separate runs of rows `changed` marks.
    [[nodiscard]] static qsizetype runsOfChanges(const QBitArray &changed);

    AlertTableModel &m_alerts;
    QString m_needle;    // case-folded
    QBitArray m_matches; // per source row, for m_needle, while m_verdictsValid
    bool m_verdictsValid = false;
};

} // namespace sitrep
