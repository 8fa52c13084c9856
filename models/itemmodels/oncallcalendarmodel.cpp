#include "oncallcalendarmodel.h"

#include "domain/zonetime.h"
#include "services/oncallservice.h"

#include <QLocale>

namespace sitrep {

namespace {

constexpr int weeksInMonthView = 6;

QString shortName(const QString &person)
{
    return person.section(u'@', 0, 0);
}

} // namespace

QString OnCallCalendarModel::wallTime(qint64 ms, const QTimeZone &zone)
{
    return QDateTime::fromMSecsSinceEpoch(ms, zone).toString(u"ddd d MMM HH:mm");
}

OnCallCalendarModel::OnCallCalendarModel(OnCallService &service, QObject *parent)
    : QAbstractTableModel(parent), m_service(service)
{
    m_nowMs = m_service.nowMs();
    m_anchor = ZoneTime::wallClock(m_zone, m_nowMs).date();
    connect(&m_service, &OnCallService::changed, this, [this] {
        // The schedule may have been removed or edited (zone, people): read it again.
        setSchedule(m_schedule);
    });
    compute();
}

void OnCallCalendarModel::setSchedule(const QString &name)
{
    const bool zoneChanged = m_schedule != name;
    m_schedule = name;
    const std::optional<OnCallSchedule> schedule = m_service.schedule(name);
    m_zone = schedule ? schedule->zone : QTimeZone::utc();
    m_people = schedule ? schedule->people() : QStringList();
    if (zoneChanged)
        m_anchor = ZoneTime::wallClock(m_zone, m_nowMs).date();
    reload();
}

void OnCallCalendarModel::setMode(Mode mode)
{
    if (mode == m_mode)
        return;
    beginResetModel();
    m_mode = mode;
    compute();
    endResetModel();
}

void OnCallCalendarModel::showDate(QDate day)
{
    m_anchor = day;
    reload();
}

void OnCallCalendarModel::step(int periods)
{
    showDate(m_mode == Mode::Month ? m_anchor.addMonths(periods) : m_anchor.addDays(7 * periods));
}

void OnCallCalendarModel::showToday()
{
    m_nowMs = m_service.nowMs();
    showDate(ZoneTime::wallClock(m_zone, m_nowMs).date());
}

QString OnCallCalendarModel::title() const
{
    const QLocale locale;
    if (m_mode == Mode::Month)
        return locale.toString(m_anchor, u"MMMM yyyy");
    const QDate first = firstDay();
    return tr("Week %1: %2 – %3")
            .arg(first.weekNumber())
            .arg(locale.toString(first, u"d MMM"),
                 locale.toString(first.addDays(6), u"d MMM yyyy"));
}

QDate OnCallCalendarModel::firstDay() const
{
    const QDate start
            = m_mode == Mode::Month ? QDate(m_anchor.year(), m_anchor.month(), 1) : m_anchor;
    return start.addDays(1 - start.dayOfWeek()); // the Monday on or before
}

QDate OnCallCalendarModel::dayOf(const QModelIndex &index) const
{
    return m_mode == Mode::Month ? firstDay().addDays(index.row() * 7 + index.column())
                                 : firstDay().addDays(index.column());
}

void OnCallCalendarModel::refreshNow()
{
    m_nowMs = m_service.nowMs();
    if (!m_cells.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {NowRole});
}

void OnCallCalendarModel::reload()
{
    compute();
    Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

void OnCallCalendarModel::compute()
{
    m_nowMs = m_service.nowMs();
    m_cells.clear();
    m_segments.clear();
    m_gaps.clear();
    const QDate first = firstDay();
    for (int row = 0; row < rowCount(); ++row)
        for (int column = 0; column < columnCount(); ++column) {
            if (m_mode == Mode::Month) {
                const QDate day = first.addDays(row * 7 + column);
                m_cells << TimeSpan {ZoneTime::toUtcMs(m_zone, day, QTime(0, 0)),
                                     ZoneTime::toUtcMs(m_zone, day.addDays(1), QTime(0, 0))};
            } else {
                const QDate day = first.addDays(column);
                const qint64 start = ZoneTime::toUtcMs(m_zone, day, QTime(row, 0));
                const qint64 end = row == 23
                        ? ZoneTime::toUtcMs(m_zone, day.addDays(1), QTime(0, 0))
                        : ZoneTime::toUtcMs(m_zone, day, QTime(row + 1, 0));
                m_cells << TimeSpan {start, end};
            }
        }
    const std::optional<OnCallSchedule> schedule = m_service.schedule(m_schedule);
    const qint64 from = m_cells.first().startMs;
    const qint64 to = m_mode == Mode::Month
            ? m_cells.last().endMs
            : ZoneTime::toUtcMs(m_zone, first.addDays(7), QTime(0, 0));
    const QList<OnCallShift> shifts
            = schedule ? OnCallShifts::compute(*schedule, from, to) : QList<OnCallShift>();
    const QList<TimeSpan> gaps
            = schedule ? OnCallShifts::coverage(shifts, from, to).gaps : QList<TimeSpan>();
    qsizetype firstShift = 0;
    for (const TimeSpan &cell : m_cells) {
        QList<CalendarSegment> segments;
        const double length = double(std::max<qint64>(1, cell.endMs - cell.startMs));
        // Cells in a week view run down the columns, so shifts are searched from the start
        // for each new day; within a day the search goes on from where it was.
        if (firstShift > 0 && shifts.value(firstShift).startMs > cell.startMs)
            firstShift = 0;
        while (firstShift < shifts.size() && shifts.at(firstShift).endMs <= cell.startMs)
            ++firstShift;
        for (qsizetype i = firstShift; i < shifts.size() && shifts.at(i).startMs < cell.endMs;
             ++i) {
            const OnCallShift &shift = shifts.at(i);
            CalendarSegment segment;
            segment.from = double(std::max(shift.startMs, cell.startMs) - cell.startMs) / length;
            segment.to = double(std::min(shift.endMs, cell.endMs) - cell.startMs) / length;
            segment.primary = shift.primary;
            segment.secondary = shift.secondary;
            segment.added = shift.added;
            segment.overridden = shift.overridden;
            segment.colour = int(m_people.indexOf(shift.primary));
            segments << segment;
        }
        bool gap = false;
        for (const TimeSpan &hole : gaps)
            gap = gap || (hole.startMs < cell.endMs && hole.endMs > cell.startMs);
        m_segments << segments;
        m_gaps << gap;
    }
}

TimeSpan OnCallCalendarModel::cellSpan(const QModelIndex &index) const
{
    if (!index.isValid())
        return {};
    return m_cells.value(index.row() * columnCount() + index.column());
}

int OnCallCalendarModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : (m_mode == Mode::Month ? weeksInMonthView : 24);
}

int OnCallCalendarModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 7;
}

QVariant OnCallCalendarModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const qsizetype cell = index.row() * columnCount() + index.column();
    if (cell >= m_cells.size())
        return {};
    const TimeSpan span = m_cells.at(cell);
    const QList<CalendarSegment> &segments = m_segments.at(cell);
    switch (role) {
    case Qt::DisplayRole:
        if (m_mode == Mode::Month)
            return dayOf(index).day();
        return segments.isEmpty() ? QString() : shortName(segments.first().primary);
    case Qt::ToolTipRole:
        return tooltip(index);
    case Qt::AccessibleTextRole: {
        QStringList people;
        for (const CalendarSegment &segment : segments)
            people << (segment.primary.isEmpty() ? tr("nobody") : segment.primary);
        people.removeDuplicates();
        return tr("%1: %2").arg(wallTime(span.startMs, m_zone),
                                people.isEmpty() ? tr("nobody on call") : people.join(u", "));
    }
    case SegmentsRole:
        return QVariant::fromValue(segments);
    case StartRole:
        return span.startMs;
    case EndRole:
        return span.endMs;
    case GapRole:
        return m_gaps.at(cell);
    case InPeriodRole:
        return m_mode == Mode::Week || dayOf(index).month() == m_anchor.month();
    case NowRole:
        return m_nowMs >= span.startMs && m_nowMs < span.endMs
                ? double(m_nowMs - span.startMs) / double(span.endMs - span.startMs)
                : -1.0;
    case PrimaryRole:
        return segments.isEmpty() || segments.first().from > 0 ? QString()
                                                               : segments.first().primary;
    default:
        return {};
    }
}

QString OnCallCalendarModel::tooltip(const QModelIndex &index) const
{
    const qsizetype cell = index.row() * columnCount() + index.column();
    const TimeSpan span = m_cells.at(cell);
    const double length = double(span.endMs - span.startMs);
    const QTimeZone viewer = QTimeZone::systemTimeZone();
    QStringList lines;
    lines << tr("%1 – %2 (%3)")
                     .arg(wallTime(span.startMs, m_zone), wallTime(span.endMs, m_zone),
                          QString::fromUtf8(m_zone.id()));
    for (const CalendarSegment &segment : m_segments.at(cell)) {
        const qint64 start = span.startMs + qint64(segment.from * length);
        const qint64 end = span.startMs + qint64(segment.to * length);
        QString line = tr("%1 – %2: %3, secondary %4")
                               .arg(wallTime(start, m_zone), wallTime(end, m_zone),
                                    segment.primary.isEmpty() ? tr("nobody") : segment.primary,
                                    segment.secondary.isEmpty() ? tr("none") : segment.secondary);
        if (!segment.added.isEmpty())
            line += tr(", also %1").arg(segment.added.join(u", "));
        if (segment.overridden)
            line += tr(" (override)");
        lines << line;
    }
    if (m_gaps.at(cell))
        lines << tr("Gap: nobody is on call for part of this time.");
    if (viewer != m_zone)
        lines << tr("Your time (%1): %2 – %3")
                         .arg(QString::fromUtf8(viewer.id()), wallTime(span.startMs, viewer),
                              wallTime(span.endMs, viewer));
    return lines.join(u'\n');
}

QVariant OnCallCalendarModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= 7)
            return {};
        if (m_mode == Mode::Month)
            return locale.dayName(section + 1, QLocale::ShortFormat);
        return locale.toString(firstDay().addDays(section), u"ddd d MMM");
    }
    if (section < 0 || section >= rowCount())
        return {};
    if (m_mode == Mode::Month)
        return tr("W%1").arg(firstDay().addDays(section * 7).weekNumber());
    return QTime(section, 0).toString(u"HH:mm");
}

} // namespace sitrep
