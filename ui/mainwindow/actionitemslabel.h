#pragma once

#include <QDate>
#include <QLabel>

namespace sitrep {

class PostmortemService;

// The status bar's count of postmortem action items not yet done, in red when some are
// overdue. Counted again when they change and when the UTC day turns (overdue is by day).
class ActionItemsLabel : public QLabel
{
    Q_OBJECT
public:
    explicit ActionItemsLabel(PostmortemService &postmortems, QWidget *parent = nullptr);

    // Once a second: counts again only when the day has turned.
    void refreshTimes();

private:
    void recount();

    PostmortemService &m_postmortems;
    QDate m_counted; // the UTC day the counts were made
};

} // namespace sitrep
