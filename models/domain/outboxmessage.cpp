#include "outboxmessage.h"

namespace sitrep {

QString outboxStateKey(OutboxMessage::State state)
{
    switch (state) {
    case OutboxMessage::State::Pending:
        return QStringLiteral("pending");
    case OutboxMessage::State::Delivered:
        return QStringLiteral("delivered");
    case OutboxMessage::State::Failed:
        return QStringLiteral("failed");
    case OutboxMessage::State::Cancelled:
        return QStringLiteral("cancelled");
    }
    return {};
}

std::optional<OutboxMessage::State> parseOutboxState(QStringView key)
{
    for (const auto state : {OutboxMessage::State::Pending, OutboxMessage::State::Delivered,
                             OutboxMessage::State::Failed, OutboxMessage::State::Cancelled})
        if (key == outboxStateKey(state))
            return state;
    return std::nullopt;
}

} // namespace sitrep
