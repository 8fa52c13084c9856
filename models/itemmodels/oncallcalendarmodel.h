#pragma once

#include "domain/oncallshifts.h"

#include <QAbstractTableModel>
#include <QDate>

namespace sitrep {

class OnCallService;

// A piece of a shift inside one calendar cell, as fractions of the cell's time.
struct CalendarSegment
{
    double from = 0;
    double to = 1;
    QString primary; // empty: nobody (a gap)
    QString secondary;
    QStringList added;
    bool overridden = false;
    int colour = -1; // the primary's place among the schedule's people; -1 for nobody
};

// One schedule's calendar in its own zone: a month as six weeks of days (rows are weeks,
// columns Monday to Sunday), or a week as 24 hours by 7 days. Each cell holds the shifts that
// fall into it, the gaps in red, and where "now" is. The shifts are computed once per view
// from the schedule (pure rules, microseconds), never per cell.
class OnCallCalendarModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Mode { Month, Week };
    enum Role {
        SegmentsRole = Qt::UserRole + 1, // QList<CalendarSegment>
        StartRole,                       // the cell's start, UTC ms
        EndRole,
        GapRole,      // bool: someone should be on call and nobody is
        InPeriodRole, // bool: the day belongs to the month shown
        NowRole,      // double: where now is in the cell, or -1
        PrimaryRole,  // the primary at the cell's start
    };

    // "Mon 3 Mar 09:00": an instant as the calendar and its side panel show it, in `zone`.
    [[nodiscard]] static QString wallTime(qint64 ms, const QTimeZone &zone);

    explicit OnCallCalendarModel(OnCallService &service, QObject *parent = nullptr);

    void setSchedule(const QString &name);
    [[nodiscard]] const QString &schedule() const { return m_schedule; }
    void setMode(Mode mode);
    [[nodiscard]] Mode mode() const { return m_mode; }
    // Shows the month or week that holds `day` (in the schedule's zone).
    void showDate(QDate day);
    void step(int periods);
    void showToday();
    [[nodiscard]] QDate anchor() const { return m_anchor; }
    [[nodiscard]] QString title() const;
    [[nodiscard]] QTimeZone zone() const { return m_zone; }
    [[nodiscard]] QStringList people() const { return m_people; }
    // Moves the now-line; call every minute or so.
    void refreshNow();
    [[nodiscard]] TimeSpan cellSpan(const QModelIndex &index) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    void reload();
    void compute();
    [[nodiscard]] QDate firstDay() const;
    [[nodiscard]] QDate dayOf(const QModelIndex &index) const;
    [[nodiscard]] QString tooltip(const QModelIndex &index) const;

    OnCallService &m_service;
    QString m_schedule;
    QTimeZone m_zone = QTimeZone::utc();
    QStringList m_people;
    Mode m_mode = Mode::Month;
    QDate m_anchor;
    qint64 m_nowMs = 0;
    QList<TimeSpan> m_cells;                  // row-major
    QList<QList<CalendarSegment>> m_segments; // per cell
    QList<bool> m_gaps;                       // per cell
};

} // namespace sitrep

Q_DECLARE_METATYPE(sitrep::CalendarSegment)
