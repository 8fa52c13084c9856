#include "oncallshifts.h"

#include "rotationturns.h"
#include "zonetime.h"

#include <algorithm>

namespace sitrep {

namespace {

// One layer's coverage before layers and overrides are combined.
struct Segment
{
    qint64 startMs = 0;
    qint64 endMs = 0;
    QString primary;
    QString secondary;
    int version = 0;
    qint64 turn = 0;
};

QList<TimeSpan> mergedSpans(QList<TimeSpan> spans)
{
    std::sort(spans.begin(), spans.end(),
              [](const TimeSpan &a, const TimeSpan &b) { return a.startMs < b.startMs; });
    QList<TimeSpan> merged;
    for (const TimeSpan &span : spans) {
        if (!merged.isEmpty() && span.startMs <= merged.last().endMs)
            merged.last().endMs = std::max(merged.last().endMs, span.endMs);
        else
            merged << span;
    }
    return merged;
}

// The restriction windows in [fromMs, toMs). A window whose end equals its start is a whole day.
QList<TimeSpan> restrictionWindows(const QList<Restriction> &restrictions, const QTimeZone &zone,
                                   qint64 fromMs, qint64 toMs)
{
    QList<TimeSpan> windows;
    const ZoneTime clock(zone);
    const QDate last = clock.wallClock(toMs).date();
    int longest = 1;
    for (const Restriction &restriction : restrictions)
        longest = std::max(longest, restriction.endDay());
    for (QDate day = clock.wallClock(fromMs).date().addDays(-longest); day <= last;
         day = day.addDays(1))
        for (const Restriction &restriction : restrictions) {
            if (restriction.weekday != 0 && restriction.weekday != day.dayOfWeek())
                continue;
            const QDate endDay = day.addDays(restriction.endDay());
            const qint64 start = std::max(fromMs, clock.toUtcMs(day, restriction.from));
            const qint64 end = std::min(toMs, clock.toUtcMs(endDay, restriction.to));
            if (start < end)
                windows << TimeSpan {start, end};
        }
    return mergedSpans(windows);
}

QList<Segment> restricted(const QList<Segment> &segments, const QList<TimeSpan> &windows)
{
    QList<Segment> kept;
    qsizetype window = 0;
    for (const Segment &segment : segments) {
        while (window < windows.size() && windows.at(window).endMs <= segment.startMs)
            ++window;
        for (qsizetype w = window; w < windows.size() && windows.at(w).startMs < segment.endMs;
             ++w) {
            Segment piece = segment;
            piece.startMs = std::max(segment.startMs, windows.at(w).startMs);
            piece.endMs = std::min(segment.endMs, windows.at(w).endMs);
            kept << piece;
        }
    }
    return kept;
}

QList<Segment> layerSegments(const ScheduleLayer &layer, const QTimeZone &zone, qint64 fromMs,
                             qint64 toMs)
{
    QList<Segment> segments;
    for (qsizetype v = 0; v < layer.versions.size(); ++v) {
        const Rotation &rotation = layer.versions.at(v);
        const qint64 activeFrom = std::max(fromMs, rotation.effectiveFromMs);
        const qint64 activeTo
                = std::min(rotation.untilMs,
                           v + 1 < layer.versions.size()
                                   ? std::min(toMs, layer.versions.at(v + 1).effectiveFromMs)
                                   : toMs);
        if (activeFrom >= activeTo)
            continue;
        const RotationTurns turns(rotation, zone);
        const std::optional<qint64> running = turns.indexAt(activeFrom);
        if (!running && rotation.participants.isEmpty())
            continue;
        qint64 index = running.value_or(0);
        qint64 start = turns.handoffMs(index);
        while (start < activeTo) {
            const qint64 end = turns.handoffMs(index + 1);
            const qint64 clippedStart = std::max(start, activeFrom);
            const qint64 clippedEnd = std::min(end, activeTo);
            if (clippedStart < clippedEnd) {
                RotationTurn turn = turns.turn(index);
                if (!turn.primary.isEmpty())
                    segments << Segment {clippedStart,
                                         clippedEnd,
                                         std::move(turn.primary),
                                         std::move(turn.secondary),
                                         int(v),
                                         index};
            }
            start = end;
            ++index;
        }
    }
    if (layer.restrictions.isEmpty())
        return segments;
    return restricted(segments, restrictionWindows(layer.restrictions, zone, fromMs, toMs));
}

void applyOverride(const ScheduleOverride &change, OnCallShift &piece)
{
    switch (change.kind) {
    case ScheduleOverride::Kind::Replace:
        // Only while the replaced person would be on call.
        for (QString *role : {&piece.primary, &piece.secondary})
            if (*role == change.replaces) {
                *role = change.person;
                piece.overridden = true;
            }
        for (QString &person : piece.added)
            if (person == change.replaces) {
                person = change.person;
                piece.overridden = true;
            }
        break;
    case ScheduleOverride::Kind::Add:
        if (!piece.involves(change.person)) {
            piece.added << change.person;
            piece.overridden = true;
        }
        break;
    case ScheduleOverride::Kind::Remove:
        for (QString *role : {&piece.primary, &piece.secondary})
            if (*role == change.person) {
                role->clear();
                piece.overridden = true;
            }
        if (piece.added.removeAll(change.person) > 0)
            piece.overridden = true;
        break;
    case ScheduleOverride::Kind::Cover:
        piece.added.clear();
        if (piece.secondary == change.person)
            piece.secondary.clear();
        piece.primary = change.person;
        piece.overridden = true;
        break;
    }
}

bool samePeopleAndTurn(const OnCallShift &a, const OnCallShift &b)
{
    return a.primary == b.primary && a.secondary == b.secondary && a.added == b.added
            && a.layer == b.layer && a.version == b.version && a.turn == b.turn
            && a.overridden == b.overridden;
}

// The version of a layer in effect at an instant.
const Rotation *versionAt(const ScheduleLayer &layer, qint64 atMs)
{
    const Rotation *found = nullptr;
    for (const Rotation &rotation : layer.versions)
        if (rotation.effectiveFromMs <= atMs)
            found = &rotation;
    return found;
}

} // namespace

bool OnCallShift::involves(const QString &person) const
{
    return primary == person || secondary == person || added.contains(person);
}

QString OnCallShift::turnKey() const
{
    return QStringLiteral("L%1.V%2.T%3").arg(layer).arg(version).arg(turn);
}

QList<OnCallShift> OnCallShifts::compute(const OnCallSchedule &schedule, qint64 fromMs, qint64 toMs)
{
    if (fromMs >= toMs)
        return {};
    QList<QList<Segment>> layers;
    QList<qint64> cuts {fromMs, toMs};
    for (const ScheduleLayer &layer : schedule.layers) {
        layers << layerSegments(layer, schedule.zone, fromMs, toMs);
        for (const Segment &segment : layers.last())
            cuts << segment.startMs << segment.endMs;
    }
    for (const ScheduleOverride &change : schedule.overrides)
        for (qint64 edge : {change.fromMs, change.toMs})
            if (edge > fromMs && edge < toMs)
                cuts << edge;
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());

    QList<qsizetype> cursor(layers.size(), 0);
    QList<OnCallShift> shifts;
    const bool cumulative = schedule.layering == OnCallSchedule::Layering::Cumulative;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        OnCallShift piece;
        piece.startMs = cuts.at(i);
        piece.endMs = cuts.at(i + 1);
        // Stacked: the highest layer with someone wins. Cumulative: the lowest gives the
        // primary, and everyone the others have is on call beside them.
        for (qsizetype i = 0; i < layers.size(); ++i) {
            const qsizetype layer = cumulative ? i : layers.size() - 1 - i;
            const QList<Segment> &segments = layers.at(layer);
            qsizetype &at = cursor[layer];
            while (at < segments.size() && segments.at(at).endMs <= piece.startMs)
                ++at;
            if (at >= segments.size() || segments.at(at).startMs > piece.startMs)
                continue;
            const Segment &segment = segments.at(at);
            if (piece.layer >= 0) {
                if (!piece.involves(segment.primary))
                    piece.added << segment.primary;
                continue;
            }
            piece.primary = segment.primary;
            piece.secondary = segment.secondary;
            piece.layer = int(layer);
            piece.version = segment.version;
            piece.turn = segment.turn;
            if (!cumulative)
                break;
        }
        for (const ScheduleOverride &change : schedule.overrides)
            if (change.fromMs <= piece.startMs && change.toMs >= piece.endMs)
                applyOverride(change, piece);
        if (piece.layer < 0 && piece.primary.isEmpty() && piece.added.isEmpty())
            continue;
        if (!shifts.isEmpty() && shifts.last().endMs == piece.startMs
            && samePeopleAndTurn(shifts.last(), piece))
            shifts.last().endMs = piece.endMs;
        else
            shifts << std::move(piece);
    }
    return shifts;
}

std::optional<OnCallShift> OnCallShifts::at(const OnCallSchedule &schedule, qint64 atMs)
{
    // The shift running at `atMs` lies within the turns running then, or within an override.
    qint64 fromMs = atMs;
    qint64 toMs = atMs + 1;
    for (const ScheduleLayer &layer : schedule.layers) {
        const Rotation *rotation = versionAt(layer, atMs);
        if (!rotation)
            continue;
        const RotationTurns turns(*rotation, schedule.zone);
        if (const std::optional<qint64> index = turns.indexAt(atMs)) {
            fromMs = std::min(fromMs, turns.handoffMs(*index));
            toMs = std::max(toMs, turns.handoffMs(*index + 1));
        }
    }
    for (const ScheduleOverride &change : schedule.overrides)
        if (change.fromMs <= atMs && atMs < change.toMs) {
            fromMs = std::min(fromMs, change.fromMs);
            toMs = std::max(toMs, change.toMs);
        }
    for (const OnCallShift &shift : compute(schedule, fromMs, toMs))
        if (shift.startMs <= atMs && atMs < shift.endMs)
            return shift;
    return std::nullopt;
}

ScheduleCoverage OnCallShifts::coverage(const QList<OnCallShift> &shifts, qint64 fromMs,
                                        qint64 toMs)
{
    QList<TimeSpan> uncovered;
    QList<TimeSpan> crowded;
    qint64 covered = fromMs;
    for (const OnCallShift &shift : shifts) {
        if (shift.startMs > covered)
            uncovered << TimeSpan {covered, shift.startMs};
        const int onCall = (shift.primary.isEmpty() ? 0 : 1) + int(shift.added.size());
        if (onCall == 0)
            uncovered << TimeSpan {shift.startMs, shift.endMs};
        else if (onCall > 1)
            crowded << TimeSpan {shift.startMs, shift.endMs};
        covered = std::max(covered, shift.endMs);
    }
    if (toMs > covered)
        uncovered << TimeSpan {covered, toMs};
    ScheduleCoverage coverage;
    for (const TimeSpan &gap : mergedSpans(uncovered))
        if (gap.endMs - gap.startMs >= continuityMs)
            coverage.gaps << gap;
    coverage.overlaps = mergedSpans(crowded);
    return coverage;
}

OnCallSchedule OnCallShifts::replaceRotation(OnCallSchedule schedule, int layer, Rotation rotation,
                                             qint64 nowMs)
{
    if (layer < 0 || layer >= schedule.layers.size())
        return schedule;
    QList<Rotation> &versions = schedule.layers[layer].versions;
    qint64 takeover = nowMs;
    if (const Rotation *current = versionAt(schedule.layers.at(layer), nowMs)) {
        const RotationTurns turns(*current, schedule.zone);
        if (const std::optional<qint64> index = turns.indexAt(nowMs))
            takeover = turns.handoffMs(*index + 1);
    }
    versions.erase(std::remove_if(versions.begin(), versions.end(),
                                  [&](const Rotation &r) { return r.effectiveFromMs >= takeover; }),
                   versions.end());
    rotation.effectiveFromMs = versions.isEmpty() ? std::numeric_limits<qint64>::min() : takeover;
    versions << std::move(rotation);
    return schedule;
}

OnCallSchedule OnCallShifts::removeParticipant(OnCallSchedule schedule, const QString &person,
                                               qint64 nowMs)
{
    for (qsizetype layer = 0; layer < schedule.layers.size(); ++layer) {
        const Rotation *current = versionAt(schedule.layers.at(layer), nowMs);
        if (!current || !current->participants.contains(person))
            continue;
        const RotationTurns turns(*current, schedule.zone);
        const qint64 next = turns.indexAt(nowMs).value_or(-1) + 1;
        // The order goes on from whoever was next; the explicit table named turns of the old
        // cycle, so the new version follows the participants' order.
        Rotation rotation = *current;
        const qsizetype people = rotation.participants.size();
        rotation.participants.clear();
        for (qsizetype i = 0; i < people; ++i) {
            const QString &participant = current->participants.at((next + i) % people);
            if (participant != person)
                rotation.participants << participant;
        }
        rotation.assignments.clear();
        const QDateTime wallClock = turns.wallClockHandoff(next);
        rotation.start = wallClock.date();
        rotation.handoffTime = wallClock.time();
        const qint64 takeover = turns.handoffMs(next);
        QList<Rotation> &versions = schedule.layers[layer].versions;
        versions.erase(
                std::remove_if(versions.begin(), versions.end(),
                               [&](const Rotation &r) { return r.effectiveFromMs >= takeover; }),
                versions.end());
        rotation.effectiveFromMs = takeover;
        versions << std::move(rotation);
    }
    return schedule;
}

} // namespace sitrep
