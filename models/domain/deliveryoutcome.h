#pragma once

#include <chrono>
#include <optional>

#include <QString>

namespace sitrep {

// The outbox's verdict on one attempt to deliver a message.
struct DeliveryOutcome
{
    enum class Verdict { Delivered, Retry, GiveUp };
    Verdict verdict = Verdict::Retry;
    QString answer; // what the receiver said, in words, for the outbox panel
    // Slack Web API: the message's ts, to thread later updates under; Statuspage: the
    // incident it created, for later updates to change.
    QString threadTs;
    std::optional<std::chrono::seconds> retryAfter;

    [[nodiscard]] static DeliveryOutcome delivered(const QString &answer)
    {
        return {Verdict::Delivered, answer, {}, {}};
    }
    [[nodiscard]] static DeliveryOutcome givenUp(const QString &answer)
    {
        return {Verdict::GiveUp, answer, {}, {}};
    }
};

} // namespace sitrep
