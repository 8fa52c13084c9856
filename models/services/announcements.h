#pragma once

#include "domain/announcement.h"
#include "domain/result.h"

namespace sitrep {

class Database;

// Queues an announcement for every channel routing sends it to, one outbox row each, on the
// caller's connection and inside its transaction: the timeline entry that caused it and its
// messages are written together or not at all.
class Announcements
{
public:
    // Returns how many messages were queued.
    [[nodiscard]] static Result<int> queue(Database &database, const Announcement &announcement);
    // What each channel would receive (channel name and text), for the composer's preview.
    [[nodiscard]] static Result<QList<std::pair<QString, QString>>>
    preview(Database &database, const Announcement &announcement);
};

} // namespace sitrep
