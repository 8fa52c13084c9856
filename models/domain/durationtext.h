#pragma once

#include <chrono>
#include <optional>

#include <QString>

namespace sitrep {

// Durations as people write them in policy and rule files: "30m", "1h", "4h", "1d", "2w",
// "90s". One number and one unit; nothing else is accepted.
[[nodiscard]] std::optional<std::chrono::seconds> parseDurationText(QStringView text);
[[nodiscard]] QString durationText(std::chrono::seconds duration);

} // namespace sitrep
