#pragma once

#include <QCoreApplication>

namespace sitrep {

class OnCallService;

// "On call now" in one line for the status bar and the dashboard: per schedule the primary and
// the countdown to the next handoff, or that nobody is on call.
class OnCallSummary
{
    Q_DECLARE_TR_FUNCTIONS(OnCallSummary)
public:
    [[nodiscard]] static QString text(const OnCallService &service,
                                      const QString &separator = QStringLiteral(" · "));
};

} // namespace sitrep
