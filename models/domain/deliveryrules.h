#pragma once

#include <chrono>
#include <optional>

#include <QByteArray>
#include <QDateTime>

namespace sitrep {

// When to try again, whatever the receiver: its Retry-After, else an exponential backoff.
class DeliveryRules
{
public:
    // Retry-After as seconds or an HTTP date; nothing if it cannot be read.
    [[nodiscard]] static std::optional<std::chrono::seconds> retryAfter(const QByteArray &header,
                                                                        const QDateTime &now);
    // The wait before attempt `attempts + 1`: the server's Retry-After if it gave one, else
    // 5 s doubling up to 10 min, ±20 % (`jitter` in [0, 1)).
    [[nodiscard]] static std::chrono::milliseconds
    backoff(int attempts, std::optional<std::chrono::seconds> retryAfter, double jitter);
};

} // namespace sitrep
