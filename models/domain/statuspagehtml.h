#pragma once

#include "incident.h"

#include <QCoreApplication>

namespace sitrep {

// The static status page for teams without Statuspage: one self-contained HTML file (styles
// inline, no scripts, nothing fetched) with the current incidents and the last 90 days. Its
// markup is well-formed (XHTML syntax) so that tools can check it.
class StatusPageHtml
{
    Q_DECLARE_TR_FUNCTIONS(StatusPageHtml)
public:
    static constexpr int historyDays = 90;

    // `incidents` may hold anything; the page picks the open ones and those resolved in the
    // last 90 days before `now`.
    [[nodiscard]] static QByteArray render(const QString &title, const QList<Incident> &incidents,
                                           const QDateTime &now);
};

} // namespace sitrep
