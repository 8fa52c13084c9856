#include "severity.h"

namespace sitrep {

QString severityCode(Severity severity)
{
    return QStringLiteral("SEV-%1").arg(static_cast<int>(severity));
}

std::optional<Severity> parseSeverity(QStringView code)
{
    const QStringView trimmed = code.trimmed();
    for (Severity severity : allSeverities) {
        if (trimmed.compare(severityCode(severity), Qt::CaseInsensitive) == 0)
            return severity;
    }
    return std::nullopt;
}

} // namespace sitrep
