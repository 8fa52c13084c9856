#pragma once

#include <array>
#include <optional>

#include <QString>

namespace sitrep {

// The seed's status-page vocabulary; "resolved" is the only closed state.
enum class IncidentStatus : quint8 { Investigating, Identified, Monitoring, Resolved };

inline constexpr std::array<IncidentStatus, 4> allStatuses {
        IncidentStatus::Investigating, IncidentStatus::Identified, IncidentStatus::Monitoring,
        IncidentStatus::Resolved};

// Stable machine names ("investigating"), used in SQLite, JSON and on the command line.
[[nodiscard]] QString statusKey(IncidentStatus status);
[[nodiscard]] std::optional<IncidentStatus> parseStatus(QStringView key);
// Translated, capitalised name for people ("Investigating").
[[nodiscard]] QString statusDisplayName(IncidentStatus status);

enum class DetectionSource : quint8 { Manual, Automated };

[[nodiscard]] QString detectionKey(DetectionSource source);
[[nodiscard]] std::optional<DetectionSource> parseDetection(QStringView key);

} // namespace sitrep
