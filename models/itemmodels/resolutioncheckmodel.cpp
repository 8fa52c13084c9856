#include "resolutioncheckmodel.h"

#include "services/resolutionverifier.h"
#include "tone.h"

#include <QBrush>
#include <QColor>

namespace sitrep {

ResolutionCheckModel::ResolutionCheckModel(IncidentId incident, ResolutionVerifier &verifier,
                                           QObject *parent)
    : QAbstractTableModel(parent), m_incident(incident), m_verifier(verifier)
{
    connect(&m_verifier, &ResolutionVerifier::verificationChanged, this,
            [this](IncidentId changed, const ResolutionVerification &state) {
                if (changed == m_incident)
                    show(state);
            });
}

QString ResolutionCheckModel::reload()
{
    const Result<ResolutionVerification> state = m_verifier.state(m_incident);
    if (!state)
        return state.error();
    show(state.value());
    return {};
}

void ResolutionCheckModel::show(const ResolutionVerification &state)
{
    beginResetModel();
    m_state = state;
    m_rows = state.checks;
    if (m_rows.isEmpty()) {
        // Not run yet: the configured checks, without values.
        for (const DetectionRule &check : m_verifier.checks()) {
            CheckResult planned;
            planned.name = check.name;
            planned.recheck = check.recheck;
            if (check.expected.isEmpty())
                planned.outcome.threshold = check.threshold;
            m_rows.append(planned);
        }
    }
    endResetModel();
    Q_EMIT stateChanged();
}

int ResolutionCheckModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResolutionCheckModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ResolutionCheckModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const CheckResult &check = m_rows.at(index.row());
    const bool run = m_state.checkedAt.isValid();
    if (role == HoldsRole)
        return run ? QVariant(check.holds()) : QVariant();
    if (role == Qt::ToolTipRole)
        return check.outcome.problem.isEmpty() ? QVariant() : QVariant(check.outcome.problem);
    if (role == Qt::ForegroundRole && index.column() == ResultColumn && run)
        return QBrush(check.holds() ? Tones::colour(Tone::Success) : Tones::colour(Tone::Danger));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case CheckColumn:
        return check.recheck ? check.name : tr("%1 (first run only)").arg(check.name);
    case ValueColumn:
        return DetectionRules::valueText(check.outcome.value, {});
    case ThresholdColumn:
        return DetectionRules::valueText(check.outcome.threshold, {});
    case ResultColumn:
        if (!run)
            return tr("not run");
        if (!check.outcome.problem.isEmpty())
            return tr("error");
        return check.holds() ? tr("holds") : tr("fails");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ResolutionCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case CheckColumn:
        return tr("Check");
    case ValueColumn:
        return tr("Value");
    case ThresholdColumn:
        return tr("Threshold");
    case ResultColumn:
        return tr("Result");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace sitrep
