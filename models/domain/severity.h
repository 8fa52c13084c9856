#pragma once

#include <array>
#include <optional>

#include <QString>

namespace sitrep {

// A byte, as the other small enums: a board row per incident of a long history holds them.
enum class Severity : quint8 { Sev1 = 1, Sev2, Sev3, Sev4 };

inline constexpr std::array<Severity, 4> allSeverities {Severity::Sev1, Severity::Sev2,
                                                        Severity::Sev3, Severity::Sev4};

// "SEV-1" .. "SEV-4": the seed's spelling, used in files, JSON and the UI alike.
[[nodiscard]] QString severityCode(Severity severity);
[[nodiscard]] std::optional<Severity> parseSeverity(QStringView code);

} // namespace sitrep
