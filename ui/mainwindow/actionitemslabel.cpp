#include "actionitemslabel.h"

#include "common/tonestyle.h"
#include "services/postmortemservice.h"

namespace sitrep {

ActionItemsLabel::ActionItemsLabel(PostmortemService &postmortems, QWidget *parent)
    : QLabel(parent), m_postmortems(postmortems)
{
    setObjectName(QStringLiteral("actionItemCounts"));
    connect(&postmortems, &PostmortemService::actionItemsChanged, this, &ActionItemsLabel::recount);
    recount();
}

void ActionItemsLabel::refreshTimes()
{
    if (m_postmortems.today() != m_counted)
        recount();
}

void ActionItemsLabel::recount()
{
    m_counted = m_postmortems.today();
    const Result<std::pair<int, int>> counts = m_postmortems.openAndOverdueActionItems();
    if (!counts) {
        setText(tr("Action items: unknown"));
        setToolTip(counts.error());
        return;
    }
    const auto [open, overdue] = counts.value();
    setText(overdue > 0 ? tr("Action items: %1 open, %2 overdue").arg(open).arg(overdue)
                        : tr("Action items: %1 open").arg(open));
    if (overdue > 0)
        ToneStyle::text(this, Tone::Danger);
    else
        ToneStyle::clear(this);
    setToolTip(tr("Action items from postmortems not yet done (Ctrl+Shift+P)"));
}

} // namespace sitrep
