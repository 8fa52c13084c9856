#pragma once

#include "announcement.h"
#include "incident.h"

#include <chrono>
#include <optional>

#include <QDateTime>
#include <QString>
#include <QUuid>

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

    bool operator==(const OutboxMessage &) const = default;
};

// A message as the team's outbox holds it: the incident by the uid every console knows it by,
// and, once leased, the fence its settling must name.
struct TeamOutboxMessage
{
    OutboxMessage message;
    QUuid incident;
    int fence = 0;
    QString deliveredBy; // the login whose console delivered it
    qint64 teamSeq = 0;  // its number in the team's outbox, where one was read
};

// A channel a console asks to lease from the team's outbox, and for how long: longer than
// one delivery may take, so a live console keeps what it sends.
struct ChannelLease
{
    QString channel;
    std::chrono::seconds length;
};

[[nodiscard]] QString outboxStateKey(OutboxMessage::State state); // pending, delivered, ...
[[nodiscard]] std::optional<OutboxMessage::State> parseOutboxState(QStringView key);

} // namespace sitrep
