#pragma once

#include "announcement.h"
#include "incident.h"

#include <optional>

#include <QDateTime>
#include <QString>

namespace sitrep {

// One message in the outbox: the body for one channel, and how its delivery is going.
struct OutboxMessage
{
    enum class State { Pending, Delivered, Failed, Cancelled };

    qint64 id = 0;
    QString key; // unique; sent as Idempotency-Key where the receiver honours one
    QString channel;
    IncidentId incident = 0;
    QString incidentLabel; // "#12", "#P-3f2a": what people call it, filled where it is shown
    Announcement::Kind kind = Announcement::Kind::Update;
    QString text; // what it says, for people
    QByteArray payload;
    QDateTime createdAt;
    State state = State::Pending;
    int attempts = 0;
    QDateTime nextAttemptAt;
    QDateTime firstAttemptAt;
    QString lastAnswer;
    QDateTime deliveredAt;
    QString threadTs;
};

[[nodiscard]] QString outboxStateKey(OutboxMessage::State state); // pending, delivered, ...
[[nodiscard]] std::optional<OutboxMessage::State> parseOutboxState(QStringView key);

} // namespace sitrep
