#include "schedulecomparison.h"

#include <algorithm>

namespace sitrep {

namespace {

template<typename Shift>
void addEdges(const QList<Shift> &shifts, qint64 fromMs, qint64 toMs, QList<qint64> &cuts)
{
    for (const Shift &shift : shifts)
        for (qint64 edge : {shift.startMs, shift.endMs})
            if (edge > fromMs && edge < toMs)
                cuts << edge;
}

QStringList peopleOf(const ProviderShift &shift)
{
    return {shift.person};
}

QStringList peopleOf(const OnCallShift &shift)
{
    QStringList people = shift.added;
    if (!shift.primary.isEmpty())
        people.prepend(shift.primary);
    return people;
}

// Who is on call at each cut, walking the shifts once in order of their starts (a provider's
// answer may hold many thousands of entries).
template<typename Shift> class Sweep
{
public:
    explicit Sweep(QList<Shift> shifts) : m_shifts(std::move(shifts))
    {
        std::stable_sort(m_shifts.begin(), m_shifts.end(),
                         [](const Shift &a, const Shift &b) { return a.startMs < b.startMs; });
    }

    QStringList at(qint64 atMs)
    {
        while (m_next < m_shifts.size() && m_shifts.at(m_next).startMs <= atMs)
            m_active << m_next++;
        m_active.removeIf([&](qsizetype i) { return m_shifts.at(i).endMs <= atMs; });
        QStringList people;
        for (qsizetype i : std::as_const(m_active))
            people << peopleOf(m_shifts.at(i));
        people.removeDuplicates();
        people.sort();
        return people;
    }

private:
    QList<Shift> m_shifts;
    QList<qsizetype> m_active;
    qsizetype m_next = 0;
};

} // namespace

QList<ScheduleDifference> ScheduleComparison::compare(const QList<ProviderShift> &provider,
                                                      const QList<OnCallShift> &sitrep,
                                                      qint64 fromMs, qint64 toMs)
{
    QList<qint64> cuts {fromMs, toMs};
    addEdges(provider, fromMs, toMs, cuts);
    addEdges(sitrep, fromMs, toMs, cuts);
    std::sort(cuts.begin(), cuts.end());
    cuts.erase(std::unique(cuts.begin(), cuts.end()), cuts.end());
    Sweep<ProviderShift> theirs(provider);
    Sweep<OnCallShift> ours(sitrep);
    QList<ScheduleDifference> differences;
    for (qsizetype i = 0; i + 1 < cuts.size(); ++i) {
        ScheduleDifference piece {cuts.at(i), cuts.at(i + 1), theirs.at(cuts.at(i)),
                                  ours.at(cuts.at(i))};
        if (piece.provider == piece.sitrep)
            continue;
        if (!differences.isEmpty() && differences.last().endMs == piece.startMs
            && differences.last().provider == piece.provider
            && differences.last().sitrep == piece.sitrep)
            differences.last().endMs = piece.endMs;
        else
            differences << std::move(piece);
    }
    return differences;
}

} // namespace sitrep
