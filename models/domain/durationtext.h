#pragma once

#include <chrono>
#include <optional>

#include <QCoreApplication>
#include <QString>

namespace sitrep {

// Durations as people write them in policy and rule files: "30m", "1h", "4h", "1d", "2w",
// "90s". One number and one unit, at most ten years (3653d); nothing else is accepted.
inline constexpr std::chrono::seconds longestDuration {3653LL * 86400};
[[nodiscard]] std::optional<std::chrono::seconds> parseDurationText(QStringView text);
[[nodiscard]] QString durationText(std::chrono::seconds duration);

// Time spans as people read them on screen: "2 d 3 h", "5 h 20 min".
class SpanText
{
    Q_DECLARE_TR_FUNCTIONS(SpanText)
public:
    [[nodiscard]] static QString countdown(qint64 ms);
};

} // namespace sitrep
